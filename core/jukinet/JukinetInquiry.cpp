// SPDX-License-Identifier: GPL-3.0-or-later
#include "jukinet/JukinetInquiry.h"

#include <QStringList>

namespace madoguchi::jukinet {

QString InquiryRule::itemsCode(const JukinetInquiry& inquiry)
{
    QStringList items;
    if (!inquiry.name.trimmed().isEmpty())
        items << QStringLiteral("name");
    if (!inquiry.address.trimmed().isEmpty())
        items << QStringLiteral("address");
    if (inquiry.birthDate.isValid())
        items << QStringLiteral("birth_date");
    if (!inquiry.sex.isEmpty())
        items << QStringLiteral("sex");
    return items.join(u' ');
}

Status InquiryRule::check(const JukinetInquiry& inquiry)
{
    const bool hasName = !inquiry.name.trimmed().isEmpty();
    const bool hasAddress = !inquiry.address.trimmed().isEmpty();
    const bool hasBirthDate = inquiry.birthDate.isValid();
    const bool hasSex = !inquiry.sex.isEmpty();
    const int count = int(hasName) + int(hasAddress) + int(hasBirthDate) + int(hasSex);
    if (count == 4 || (count == 3 && hasAddress))
        return {};
    if (count == 3)
        return Error{ErrorCode::InvalidInput,
                     tr("An inquiry with three items must include the address (住所). Name, "
                        "birth date and sex alone are not allowed: the city's assessment requires "
                        "the four items (4情報) or three items that include the address.")};
    return Error{ErrorCode::InvalidInput,
                 tr("An inquiry needs the four items (name, address, birth date, sex: 4情報) or "
                    "three items that include the address (住所を含む3情報); %n item(s) given.",
                    nullptr, count)};
}

} // namespace madoguchi::jukinet
