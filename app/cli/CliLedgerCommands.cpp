// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli: blocks of recipient numbers and the current state of the benefit ledgers.
#include "CliCommands.h"
#include "CliSupport.h"
#include "audit/AuditLog.h"
#include "intake/NumberBlocks.h"
#include "ledger/LedgerState.h"
#include "ledger/RecipientNumbers.h"
#include "security/Authorizer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace madoguchi::cli {

namespace {

using ledger::RecipientNumberKind;

QString kindCodeOf(RecipientNumberKind kind)
{
    return kind == RecipientNumberKind::RecipientNumber ? QStringLiteral("recipient")
                                                        : QStringLiteral("certificate");
}

QStringList scopeCodeList()
{
    QStringList codes;
    for (const security::Scope scope : security::allScopes())
        codes << security::scopeCode(scope);
    return codes;
}

/// --ledger, required.
Result<security::Scope> ledgerOption(const CliContext& context, const QString& command)
{
    security::Scope scope = security::Scope::WelfareService;
    if (context.ledger.isEmpty())
        return Error{
            ErrorCode::InvalidInput,
            CliCommands::tr("%1 needs --ledger (%2).").arg(command, scopeCodeList().join(u' '))};
    if (!security::scopeFromCode(context.ledger, &scope))
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("Unknown ledger: %1. Ledgers are: %2.")
                         .arg(context.ledger, scopeCodeList().join(u' '))};
    return scope;
}

/// A whole number of at most 12 digits (what a number block can hold), or an error naming the
/// option.
Result<qint64> numberOption(const QString& text, const QString& option)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{1,12}$"));
    if (text.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("numbers lease needs %1 N, a whole number.").arg(option)};
    if (!pattern.match(text).hasMatch())
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("%1 takes a whole number of up to 12 digits, not %2.")
                         .arg(option, text)};
    return text.toLongLong();
}

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject stateJson(const ledger::RecipientState& state)
{
    const bool hasValidity = state.validTo.isValid();
    return QJsonObject{
        {QStringLiteral("person_id"), state.personId},
        {QStringLiteral("ledger"), security::scopeCode(state.ledger)},
        {QStringLiteral("name"), state.personName},
        {QStringLiteral("kana"), state.personKana},
        {QStringLiteral("recipient_number"), state.recipientNumber},
        {QStringLiteral("certificate_number"), state.certificateNumber},
        {QStringLiteral("status"), ledger::recipientStatusCode(state.status)},
        {QStringLiteral("status_label"), ledger::recipientStatusLabel(state.status)},
        {QStringLiteral("current_decision_id"), state.currentDecisionId},
        {QStringLiteral("current_kind"), decision::kindCode(state.currentKind)},
        {QStringLiteral("valid_from"), dateJson(state.validFrom)},
        {QStringLiteral("valid_to"), dateJson(state.validTo)},
        {QStringLiteral("days_left"), hasValidity ? QJsonValue(state.daysLeft) : QJsonValue()},
        {QStringLiteral("monthly_cap"),
         state.monthlyCap ? QJsonValue(static_cast<double>(*state.monthlyCap)) : QJsonValue()},
        {QStringLiteral("outstanding_returns"), static_cast<double>(state.outstandingReturns)},
        {QStringLiteral("high_cost_refunds"), static_cast<double>(state.highCostRefunds)},
        {QStringLiteral("entries"), state.entryCount},
        {QStringLiteral("last_entry_at"), state.lastEntryAt}};
}

QString blockOriginCode(intake::BlockOrigin origin)
{
    return origin == intake::BlockOrigin::Central ? QStringLiteral("central")
                                                  : QStringLiteral("local");
}

} // namespace

int CliCommands::numbersLease(const CliContext& context)
{
    RecipientNumberKind kind = RecipientNumberKind::RecipientNumber;
    if (context.kind == u"recipient")
        kind = RecipientNumberKind::RecipientNumber;
    else if (context.kind == u"certificate")
        kind = RecipientNumberKind::CertificateNumber;
    else
        return fail(ExitUsage,
                    context.kind.isEmpty()
                        ? tr("numbers lease needs --kind recipient (受給者番号) or --kind "
                             "certificate (受給者証番号).")
                        : tr("Unknown kind of number: %1. Kinds are: recipient certificate.")
                              .arg(context.kind));
    auto ledger = ledgerOption(context, QStringLiteral("numbers lease"));
    if (!ledger)
        return fail(ledger.error());
    auto first = numberOption(context.first, QStringLiteral("--first"));
    if (!first)
        return fail(first.error());
    auto last = numberOption(context.last, QStringLiteral("--last"));
    if (!last)
        return fail(last.error());

    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    ledger::RecipientNumbers numbers(
        workspace->database().connection(),
        intake::NumberBlocks::localPrefixFor(workspace->audit().deviceId()),
        workspace->authorizer(), workspace->clock());
    auto leased = numbers.leaseBlock(workspace.session(), kind, ledger.value(), context.prefix,
                                     first.value(), last.value(), intake::BlockOrigin::Central);
    if (!leased)
        return fail(leased.error());
    const qint64 count = last.value() - first.value() + 1;
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("id"), leased.value()},
                              {QStringLiteral("kind"), kindCodeOf(kind)},
                              {QStringLiteral("ledger"), security::scopeCode(ledger.value())},
                              {QStringLiteral("prefix"), context.prefix},
                              {QStringLiteral("first"), static_cast<double>(first.value())},
                              {QStringLiteral("last"), static_cast<double>(last.value())}});
    } else {
        out() << tr("Leased the block %1–%2 (%3 numbers) of %4 numbers for the ledger %5.")
                     .arg(context.prefix + context.first, context.prefix + context.last)
                     .arg(count)
                     .arg(kindCodeOf(kind), security::scopeCode(ledger.value()))
              << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::numbersList(const CliContext& context)
{
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    if (Status allowed = workspace->authorizer().require(
            workspace.session(), ledger::RecipientNumbers::leasePermission(), std::nullopt,
            QStringLiteral("number_block"));
        !allowed)
        return fail(allowed.error());
    ledger::RecipientNumbers numbers(
        workspace->database().connection(),
        intake::NumberBlocks::localPrefixFor(workspace->audit().deviceId()),
        workspace->authorizer(), workspace->clock());
    QJsonArray array;
    QList<QStringList> rows{{tr("KIND"), tr("LEDGER"), tr("PREFIX"), tr("FIRST"), tr("LAST"),
                             tr("NEXT"), tr("REMAINING"), tr("ORIGIN")}};
    for (const security::Scope scope : security::allScopes()) {
        for (const RecipientNumberKind kind :
             {RecipientNumberKind::RecipientNumber, RecipientNumberKind::CertificateNumber}) {
            auto blocks = numbers.blocks().blocks(ledger::RecipientNumbers::blockKind(kind, scope));
            if (!blocks)
                return fail(blocks.error());
            for (const intake::NumberBlock& block : std::as_const(blocks.value())) {
                const qint64 remaining = std::max<qint64>(0, block.remaining());
                array.append(
                    QJsonObject{{QStringLiteral("id"), block.id},
                                {QStringLiteral("kind"), kindCodeOf(kind)},
                                {QStringLiteral("ledger"), security::scopeCode(scope)},
                                {QStringLiteral("prefix"), block.prefix},
                                {QStringLiteral("first"), static_cast<double>(block.first)},
                                {QStringLiteral("last"), static_cast<double>(block.last)},
                                {QStringLiteral("next"), static_cast<double>(block.next)},
                                {QStringLiteral("remaining"), static_cast<double>(remaining)},
                                {QStringLiteral("origin"), blockOriginCode(block.origin)}});
                rows << QStringList{kindCodeOf(kind),
                                    security::scopeCode(scope),
                                    block.prefix.isEmpty() ? QStringLiteral("-") : block.prefix,
                                    QString::number(block.first),
                                    QString::number(block.last),
                                    QString::number(block.next),
                                    QString::number(remaining),
                                    blockOriginCode(block.origin)};
            }
        }
    }
    if (context.json)
        printJson(array);
    else
        printTable(rows);
    return ExitOk;
}

int CliCommands::ledgerShow(const CliContext& context)
{
    auto ledger = ledgerOption(context, QStringLiteral("ledger show"));
    if (!ledger)
        return fail(ledger.error());
    if (context.recipient.trimmed().isEmpty())
        return fail(ExitUsage, tr("ledger show needs --recipient NUMBER, the 受給者番号."));
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    ledger::LedgerState states(workspace->database().connection(), workspace->audit(),
                               workspace->authorizer(), workspace->clock());
    auto state =
        states.byRecipientNumber(workspace.session(), ledger.value(), context.recipient.trimmed());
    if (!state) {
        // Nobody holds the number: a "no" answer, like a search that finds nobody.
        if (state.code() == ErrorCode::NotFound)
            return fail(ExitNegative, state.message());
        return fail(state.error());
    }
    printJson(stateJson(state.value()));
    return ExitOk;
}

int CliCommands::ledgerList(const CliContext& context)
{
    auto ledger = ledgerOption(context, QStringLiteral("ledger list"));
    if (!ledger)
        return fail(ledger.error());
    ledger::LedgerFileFilter filter;
    if (!context.status.isEmpty()) {
        ledger::RecipientStatus status = ledger::RecipientStatus::Active;
        if (!ledger::recipientStatusFromCode(context.status, &status)) {
            QStringList codes;
            for (const ledger::RecipientStatus s : ledger::allRecipientStatuses())
                codes << ledger::recipientStatusCode(s);
            return fail(
                ExitUsage,
                tr("Unknown status: %1. Statuses are: %2.").arg(context.status, codes.join(u' ')));
        }
        filter.status = status;
    }
    if (!context.expiringWithin.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^\\d{1,5}$"));
        if (!pattern.match(context.expiringWithin).hasMatch())
            return fail(ExitUsage, tr("--expiring-within takes a number of days from 0 to 99999, "
                                      "not %1.")
                                       .arg(context.expiringWithin));
        filter.expiringWithinDays = context.expiringWithin.toInt();
    }
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    ledger::LedgerState states(workspace->database().connection(), workspace->audit(),
                               workspace->authorizer(), workspace->clock());
    auto file = states.file(workspace.session(), ledger.value(), filter);
    if (!file)
        return fail(file.error());
    if (context.json) {
        QJsonArray array;
        for (const ledger::RecipientState& state : std::as_const(file.value()))
            array.append(stateJson(state));
        printJson(array);
        return ExitOk;
    }
    // One recipient a line, tab-separated, for scripts (renewal notices): 受給者番号,
    // 受給者証番号, status, valid from, valid to, days left, monthly cap, name, kana, person id.
    for (const ledger::RecipientState& state : std::as_const(file.value())) {
        const bool hasValidity = state.validTo.isValid();
        out() << QStringList{state.recipientNumber,
                             state.certificateNumber,
                             ledger::recipientStatusCode(state.status),
                             state.validFrom.isValid() ? state.validFrom.toString(Qt::ISODate)
                                                       : QString(),
                             hasValidity ? state.validTo.toString(Qt::ISODate) : QString(),
                             hasValidity ? QString::number(state.daysLeft) : QString(),
                             state.monthlyCap ? QString::number(*state.monthlyCap) : QString(),
                             state.personName,
                             state.personKana,
                             state.personId}
                     .join(u'\t')
              << '\n';
    }
    out().flush();
    return ExitOk;
}

Result<int> leaseDemoNumberBlocks(Workspace& workspace)
{
    ledger::RecipientNumbers numbers(
        workspace.database().connection(),
        intake::NumberBlocks::localPrefixFor(workspace.audit().deviceId()), workspace.authorizer(),
        workspace.clock());
    const QList<security::Scope> scopes = security::allScopes();
    int leased = 0;
    for (qsizetype index = 0; index < scopes.size(); ++index) {
        const security::Scope scope = scopes.at(index);
        const QString digit = QString::number(index + 1);
        for (const RecipientNumberKind kind :
             {RecipientNumberKind::RecipientNumber, RecipientNumberKind::CertificateNumber}) {
            auto blocks = numbers.blocks().blocks(ledger::RecipientNumbers::blockKind(kind, scope));
            if (!blocks)
                return blocks.error();
            if (std::any_of(blocks->cbegin(), blocks->cend(),
                            [](const intake::NumberBlock& block) { return block.remaining() > 0; }))
                continue;
            // Demo numbers: 受給者番号 bodies 9<ledger>0001–9<ledger>9999, 受給者証番号
            // 9900<ledger>00001–…99999; after earlier demo blocks of the prefix if used up.
            const bool recipient = kind == RecipientNumberKind::RecipientNumber;
            const QString prefix =
                recipient ? QStringLiteral("9") + digit : QStringLiteral("9900") + digit;
            const qint64 largest = recipient ? 9999 : 99999;
            qint64 first = 1;
            for (const intake::NumberBlock& block : std::as_const(blocks.value()))
                if (block.prefix == prefix)
                    first = std::max(first, block.last + 1);
            if (first > largest)
                continue; // every demo number of this ledger was used
            auto lease =
                numbers.leaseBlock(workspace.session(), kind, scope, prefix, first,
                                   std::min(largest, first + 999), intake::BlockOrigin::Local);
            if (!lease)
                return lease.error();
            ++leased;
        }
    }
    return leased;
}

} // namespace madoguchi::cli
