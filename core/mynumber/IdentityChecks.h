// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::mynumber {

/// 番号確認: how the clerk confirmed that the number is the applicant's (番号法16条, rules.md §11).
/// Codes are stored in person_mynumber.number_check.
enum class NumberCheck
{
    MyNumberCard,     // mynumber_card: 個人番号カード (裏面)
    NotificationCard, // notification_card: 通知カード (name and address still match 住民票)
    ResidenceCertificate, // residence_certificate: 住民票の写し / 記載事項証明書 with the number
    JukinetInquiry, // jukinet_inquiry: 住基ネット照会 (never chosen at the counter)
};

QString numberCheckCode(NumberCheck check);
bool numberCheckFromCode(QStringView code, NumberCheck* check);
QString numberCheckLabel(NumberCheck check);
/// The three a clerk may choose at the counter (JukinetInquiry is set by the inquiry import).
QList<NumberCheck> counterNumberChecks();

/// One document shown for 身元確認 (the person presenting is the number's owner).
struct IdentityDocument
{
    QString code; // stored, space-separated, in person_mynumber.identity_check
    bool hasPhoto = false;
    QString label; // translated
};

/// 身元確認 rules of 番号法施行規則 第1条 (rules.md §11): one photo ID, or two different documents
/// without a photo. 通知カード never confirms identity.
class IdentityChecks
{
    Q_DECLARE_TR_FUNCTIONS(IdentityChecks)

public:
    /// Documents that may confirm identity, photo IDs first.
    static QList<IdentityDocument> documents();
    /// The document with code; its code is empty if Madoguchi does not know it.
    static IdentityDocument document(QStringView code);
    /// Success if codes satisfy 身元確認; InvalidInput with the reason otherwise. Repeating a
    /// code does not make it two documents.
    static Status check(const QStringList& codes);
    /// The codes as stored: known, deduplicated, in the order of documents().
    static QString storedForm(const QStringList& codes);
};

} // namespace madoguchi::mynumber
