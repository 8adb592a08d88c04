// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/RecipientNumbers.h"

#include "security/Authorizer.h"
#include "store/Transaction.h"

#include <algorithm>

namespace madoguchi::ledger {

namespace {

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

int totalDigits(RecipientNumberKind kind)
{
    return kind == RecipientNumberKind::RecipientNumber
               ? RecipientNumbers::kRecipientBodyDigits
               : RecipientNumbers::kCertificateNumberDigits;
}

} // namespace

int RecipientNumbers::checkDigit(QStringView body)
{
    if (body.isEmpty() || !allDigits(body))
        return -1;
    int sum = 0;
    int weight = 2; // the last digit is multiplied by 2, the one before by 1, and so on
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        const int product = (body[i].unicode() - u'0') * weight;
        sum += product / 10 + product % 10;
        weight = weight == 2 ? 1 : 2;
    }
    const int last = sum % 10;
    return last == 0 ? 0 : 10 - last;
}

bool RecipientNumbers::isValidRecipientNumber(QStringView number)
{
    return number.size() == kRecipientNumberDigits && allDigits(number) &&
           checkDigit(number.first(kRecipientBodyDigits)) == number.last(1)[0].unicode() - u'0';
}

bool RecipientNumbers::isValidCertificateNumber(QStringView number)
{
    return number.size() == kCertificateNumberDigits && allDigits(number);
}

QString RecipientNumbers::blockKind(RecipientNumberKind kind, security::Scope ledger)
{
    return (kind == RecipientNumberKind::RecipientNumber ? QStringLiteral("rcpt_")
                                                         : QStringLiteral("cert_")) +
           security::scopeCode(ledger);
}

QString RecipientNumbers::issuePermission()
{
    return QStringLiteral("decision.approve");
}

QString RecipientNumbers::leasePermission()
{
    return QStringLiteral("settings.manage");
}

RecipientNumbers::RecipientNumbers(QSqlDatabase db, QString localPrefix,
                                   const security::Authorizer& authorizer, const Clock& clock)
    : m_db(db), m_authorizer(authorizer), m_blocks(std::move(db), std::move(localPrefix), clock)
{}

Result<QString> RecipientNumbers::leaseBlock(const security::Session& session,
                                             RecipientNumberKind kind, security::Scope ledger,
                                             const QString& prefix, qint64 first, qint64 last,
                                             intake::BlockOrigin origin)
{
    if (Status allowed =
            m_authorizer.require(session, leasePermission(), std::nullopt,
                                 QStringLiteral("number_block"), blockKind(kind, ledger));
        !allowed)
        return allowed.error();
    const int digits = totalDigits(kind) - int(prefix.size());
    if (!allDigits(prefix) || digits < 1)
        return Error{ErrorCode::InvalidInput,
                     tr("The prefix of a block of recipient numbers must be fewer than %1 "
                        "digits.")
                         .arg(totalDigits(kind))};
    // An empty prefix must be stored as '' (the column is NOT NULL), never as a null string.
    const QString storedPrefix = prefix.isNull() ? QStringLiteral("") : prefix;
    return m_blocks.lease(blockKind(kind, ledger), storedPrefix, digits, first, last, origin);
}

Result<QString> RecipientNumbers::issue(const security::Session& session, RecipientNumberKind kind,
                                        security::Scope ledger)
{
    if (Status allowed =
            m_authorizer.require(session, issuePermission(), ledger, QStringLiteral("number_block"),
                                 blockKind(kind, ledger));
        !allowed)
        return allowed.error();
    const QString blockKindCode = blockKind(kind, ledger);

    // NumberBlocks would lease itself a device-prefixed local block: not a valid number here.
    auto blocks = m_blocks.blocks(blockKindCode);
    if (!blocks)
        return blocks.error();
    if (std::none_of(blocks->cbegin(), blocks->cend(),
                     [](const intake::NumberBlock& block) { return block.remaining() > 0; }))
        return Error{ErrorCode::NotFound,
                     kind == RecipientNumberKind::RecipientNumber
                         ? tr("No block of 受給者番号 is open for this ledger. Synchronize with "
                              "the central store or ask an administrator to lease one.")
                         : tr("No block of 受給者証番号 is open for this ledger. Synchronize with "
                              "the central store or ask an administrator to lease one.")};

    store::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("No number could be issued: the database is busy.")};
    auto taken = m_blocks.take(blockKindCode);
    if (!taken)
        return taken.error();
    // A block leased around leaseBlock() could hold numbers of another shape: refuse them, and
    // the rollback returns the number.
    if (taken->size() != totalDigits(kind) || !allDigits(taken.value()))
        return Error{ErrorCode::Internal,
                     tr("A number block of this ledger does not hold numbers of the right "
                        "length; ask an administrator to check the number blocks.")};
    QString number = taken.value();
    if (kind == RecipientNumberKind::RecipientNumber)
        number += QChar(char16_t(u'0' + checkDigit(number)));
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("No number could be issued.")};
    return number;
}

} // namespace madoguchi::ledger
