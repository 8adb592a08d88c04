// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "intake/NumberBlocks.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

namespace madoguchi::security {
class Authorizer;
}

namespace madoguchi::ledger {

/// The numbers a recipient is known by.
enum class RecipientNumberKind
{
    RecipientNumber, // 受給者番号: 6-digit 受給者区分 + 検証番号 (rules.md §9), 7 digits
    CertificateNumber, // 受給者証番号: 10 digits
};

/// Issues recipient numbers from number blocks (intake::NumberBlocks), one sequence per kind and
/// ledger, so no number is issued twice, offline included. A block of 受給者番号 holds the 6-digit
/// bodies; the check digit is added when a number is issued. Blocks are leased by sync or by an
/// administrator; there is no local fallback, because a device-prefixed number is not a valid
/// 受給者番号 or 受給者証番号.
class RecipientNumbers
{
    Q_DECLARE_TR_FUNCTIONS(RecipientNumbers)

public:
    static constexpr int kRecipientBodyDigits = 6;
    static constexpr int kRecipientNumberDigits = 7;
    static constexpr int kCertificateNumberDigits = 10;

    /// The 検証番号 of a body of digits (rules.md §9: from the last digit multiply by 2, 1, 2, …,
    /// add the digits of each product, 10 − last digit of the sum, 0 when that is 0); -1 when
    /// body is empty or not all ASCII digits.
    static int checkDigit(QStringView body);
    /// 7 ASCII digits whose last is the check digit of the first 6.
    static bool isValidRecipientNumber(QStringView number);
    /// 10 ASCII digits.
    static bool isValidCertificateNumber(QStringView number);

    /// The number-block kind code of kind in ledger, e.g. "rcpt_medical_psychiatric".
    static QString blockKind(RecipientNumberKind kind, security::Scope ledger);
    /// The permission issuing a number needs in the ledger (numbers go with an approved decision).
    static QString issuePermission();
    /// The permission leasing a block by hand needs.
    static QString leasePermission();

    RecipientNumbers(QSqlDatabase db, QString localPrefix, const security::Authorizer& authorizer,
                     const Clock& clock = Clock::system());

    /// Records a block of numbers first..last for kind in ledger. prefix: leading ASCII digits
    /// common to the block (may be empty); prefix and the numbers together make the 6-digit body
    /// (受給者番号) or the 10 digits (受給者証番号). InvalidInput for a bad prefix or range or an
    /// overlap; PermissionDenied without leasePermission().
    Result<QString> leaseBlock(const security::Session& session, RecipientNumberKind kind,
                               security::Scope ledger, const QString& prefix, qint64 first,
                               qint64 last, intake::BlockOrigin origin);
    /// The next number of kind in ledger. Call it inside the transaction that stores the number,
    /// so a rollback returns it. NotFound with a translated message when no block is open.
    Result<QString> issue(const security::Session& session, RecipientNumberKind kind,
                          security::Scope ledger);

    intake::NumberBlocks& blocks() { return m_blocks; }

private:
    QSqlDatabase m_db;
    const security::Authorizer& m_authorizer;
    intake::NumberBlocks m_blocks;
};

} // namespace madoguchi::ledger
