// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace madoguchi::jukinet {

/// What a 住基ネット inquiry (本人確認情報の照会) sends for one applicant who did not provide the
/// My Number. An empty field is an item not sent. Items: 氏名 (name), 住所 (address), 生年月日
/// (birthDate), 性別 (sex: "male" | "female").
struct JukinetInquiry
{
    QString personId;
    QString name;
    QString address;
    QDate birthDate;
    QString sex;
};

/// The rule of the city's assessment (特定個人情報保護評価書, 人為的ミス対策:
/// "4情報又は住所を含む3情報 による照会を行うことを厳守"): an inquiry sends all four items, or
/// three that include 住所. Three without 住所 (氏名・生年月日・性別) and anything fewer are
/// refused here, in core.
class InquiryRule
{
    Q_DECLARE_TR_FUNCTIONS(InquiryRule)

public:
    /// Success, or InvalidInput with the reason (which items are missing, why it matters).
    static Status check(const JukinetInquiry& inquiry);
    /// The items sent, as stored in jukinet_request.items: "name address birth_date sex" in that
    /// order, absent ones left out.
    static QString itemsCode(const JukinetInquiry& inquiry);
};

} // namespace madoguchi::jukinet
