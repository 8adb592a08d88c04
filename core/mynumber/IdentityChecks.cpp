// SPDX-License-Identifier: GPL-3.0-or-later
#include "mynumber/IdentityChecks.h"

namespace madoguchi::mynumber {

namespace {

struct NumberCheckInfo
{
    NumberCheck check;
    const char16_t* code;
};

constexpr NumberCheckInfo kNumberChecks[] = {
    {NumberCheck::MyNumberCard, u"mynumber_card"},
    {NumberCheck::NotificationCard, u"notification_card"},
    {NumberCheck::ResidenceCertificate, u"residence_certificate"},
    {NumberCheck::JukinetInquiry, u"jukinet_inquiry"},
};

const char16_t kNotificationCard[] = u"notification_card";

// 番号法施行規則 第1条 (rules.md §11). The list is the counter's, not the law's complete one; a
// document missing here is added here with its legal source.
struct DocumentInfo
{
    const char16_t* code;
    bool hasPhoto;
};

constexpr DocumentInfo kDocuments[] = {
    {u"mynumber_card", true},              // 個人番号カード
    {u"drivers_license", true},            // 運転免許証
    {u"driving_record_certificate", true}, // 運転経歴証明書 (issued on or after 平成24年4月1日)
    {u"passport", true},                   // 旅券
    {u"physical_disability_handbook", true},           // 身体障害者手帳
    {u"mental_health_handbook", true},                 // 精神障害者保健福祉手帳
    {u"rehabilitation_handbook", true},                // 療育手帳
    {u"residence_card", true},                         // 在留カード
    {u"special_permanent_resident_certificate", true}, // 特別永住者証明書
    {u"health_insurance", false},         // 健康保険の資格確認書・被保険者証
    {u"pension_book", false},             // 年金手帳
    {u"long_term_care_insurance", false}, // 介護保険被保険者証
};

QString documentLabel(QStringView code)
{
    if (code == u"mynumber_card")
        return IdentityChecks::tr("My Number card (個人番号カード)");
    if (code == u"drivers_license")
        return IdentityChecks::tr("Driver's license (運転免許証)");
    if (code == u"driving_record_certificate")
        return IdentityChecks::tr("Driving record certificate (運転経歴証明書, issued from "
                                  "2012-04-01)");
    if (code == u"passport")
        return IdentityChecks::tr("Passport (旅券)");
    if (code == u"physical_disability_handbook")
        return IdentityChecks::tr("Physical disability handbook (身体障害者手帳)");
    if (code == u"mental_health_handbook")
        return IdentityChecks::tr("Mental health and welfare handbook (精神障害者保健福祉手帳)");
    if (code == u"rehabilitation_handbook")
        return IdentityChecks::tr("Rehabilitation handbook (療育手帳)");
    if (code == u"residence_card")
        return IdentityChecks::tr("Residence card (在留カード)");
    if (code == u"special_permanent_resident_certificate")
        return IdentityChecks::tr("Special permanent resident certificate (特別永住者証明書)");
    if (code == u"health_insurance")
        return IdentityChecks::tr(
            "Health insurance certificate (健康保険の資格確認書・被保険者証)");
    if (code == u"pension_book")
        return IdentityChecks::tr("Pension book (年金手帳)");
    if (code == u"long_term_care_insurance")
        return IdentityChecks::tr("Long-term care insurance certificate (介護保険被保険者証)");
    return {};
}

} // namespace

QString numberCheckCode(NumberCheck check)
{
    for (const auto& info : kNumberChecks) {
        if (info.check == check)
            return QString::fromUtf16(info.code);
    }
    return {};
}

bool numberCheckFromCode(QStringView code, NumberCheck* check)
{
    for (const auto& info : kNumberChecks) {
        if (code == QStringView(info.code)) {
            if (check)
                *check = info.check;
            return true;
        }
    }
    return false;
}

QString numberCheckLabel(NumberCheck check)
{
    switch (check) {
    case NumberCheck::MyNumberCard:
        return IdentityChecks::tr("My Number card (個人番号カード)");
    case NumberCheck::NotificationCard:
        return IdentityChecks::tr("Notification card (通知カード), name and address matching the "
                                  "residence record");
    case NumberCheck::ResidenceCertificate:
        return IdentityChecks::tr("Copy of the residence record with the number (住民票の写し)");
    case NumberCheck::JukinetInquiry:
        return IdentityChecks::tr("Inquiry to the resident registry network (住基ネット照会)");
    }
    return {};
}

QList<NumberCheck> counterNumberChecks()
{
    return {NumberCheck::MyNumberCard, NumberCheck::NotificationCard,
            NumberCheck::ResidenceCertificate};
}

QList<IdentityDocument> IdentityChecks::documents()
{
    QList<IdentityDocument> list;
    for (const auto& info : kDocuments) {
        const QString code = QString::fromUtf16(info.code);
        list.append({code, info.hasPhoto, documentLabel(code)});
    }
    return list;
}

IdentityDocument IdentityChecks::document(QStringView code)
{
    for (const auto& info : kDocuments) {
        if (code == QStringView(info.code))
            return {code.toString(), info.hasPhoto, documentLabel(code)};
    }
    return {};
}

Status IdentityChecks::check(const QStringList& codes)
{
    if (codes.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("Record how the applicant's identity was confirmed (身元確認): one photo "
                        "ID, or two other documents.")};
    int photo = 0;
    QStringList others;
    for (const QString& code : codes) {
        if (code == QStringView(kNotificationCard))
            return Error{ErrorCode::InvalidInput,
                         tr("A notification card (通知カード) confirms the number only, never the "
                            "applicant's identity (身元確認). Choose a photo ID or two other "
                            "documents.")};
        const IdentityDocument found = document(code);
        if (found.code.isEmpty())
            return Error{ErrorCode::InvalidInput,
                         tr("The identity document \"%1\" is not one Madoguchi knows.").arg(code)};
        if (found.hasPhoto)
            ++photo;
        else if (!others.contains(code))
            others << code;
    }
    if (photo > 0 || others.size() >= 2)
        return {};
    return Error{ErrorCode::InvalidInput,
                 tr("A document without a photo confirms identity (身元確認) only together with "
                    "a second, different document. Add another document or a photo ID.")};
}

QString IdentityChecks::storedForm(const QStringList& codes)
{
    QStringList stored;
    for (const auto& info : kDocuments) {
        const QString code = QString::fromUtf16(info.code);
        if (codes.contains(code))
            stored << code;
    }
    return stored.join(u' ');
}

} // namespace madoguchi::mynumber
