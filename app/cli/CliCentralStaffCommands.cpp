// SPDX-License-Identifier: GPL-3.0-or-later
// Central staff accounts (an administrator's actions with the central owner's URL) and the
// recovery of a device's database with its central escrow key.
#include "CliCommands.h"
#include "CliSecrets.h"
#include "CliSupport.h"
#include "audit/AuditLog.h"
#include "store/Database.h"
#include "sync/CentralConnection.h"
#include "sync/CentralSignIn.h"
#include "sync/CentralStaff.h"
#include "sync/DeviceCard.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace madoguchi::cli {

namespace {

/// --url (the owner's), with the password from MADOGUCHI_CENTRAL_PASSWORD when the URL has
/// none. The message never quotes the URL.
Result<std::unique_ptr<sync::CentralConnection>> ownerConnection(const CliContext& context,
                                                                 const char* command)
{
    if (context.url.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("%1 needs --url postgresql://USER@HOST:PORT/DATABASE (the "
                                     "central store owner's).")
                         .arg(QString::fromLatin1(command))};
    auto url = sync::CentralUrl::parse(context.url);
    if (!url)
        return url.error();
    if (url->password.isEmpty())
        url->password = qEnvironmentVariable("MADOGUCHI_CENTRAL_PASSWORD");
    return sync::CentralConnection::open(url.value());
}

Result<QList<security::Role>> rolesOf(const QStringList& codes)
{
    QList<security::Role> roles;
    for (const QString& code : codes) {
        security::Role role;
        if (!security::roleFromCode(code, &role))
            return Error{ErrorCode::InvalidInput, CliCommands::tr("Unknown role %1.").arg(code)};
        roles << role;
    }
    return roles;
}

Result<QList<security::Scope>> scopesOf(const QStringList& codes)
{
    QList<security::Scope> scopes;
    for (const QString& code : codes) {
        security::Scope scope;
        if (!security::scopeFromCode(code, &scope))
            return Error{ErrorCode::InvalidInput, CliCommands::tr("Unknown scope %1.").arg(code)};
        scopes << scope;
    }
    return scopes;
}

/// The account's password: the first line of standard input with --password-stdin, else
/// MADOGUCHI_NEW_PASSWORD (or a line of standard input with --new-password-stdin).
Result<security::SecureBuffer> accountPassword(const CliContext& context)
{
    if (context.passwordFromStdin)
        return readPassword(true);
    return readNewPassword(context.newPasswordFromStdin);
}

QString stateText(const sync::CentralStaffAccount& account)
{
    if (account.lockedUntilUtc.isValid())
        return CliCommands::tr("locked until %1 (UTC)")
            .arg(account.lockedUntilUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return account.state;
}

void printEnrolment(const CliContext& context, const sync::CentralEnrolment& enrolment)
{
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("account_id"), enrolment.accountId},
                              {QStringLiteral("login"), enrolment.login},
                              {QStringLiteral("otpauth_uri"), enrolment.uri}});
    } else {
        out() << CliCommands::tr("Second factor of %1 (shown only now: scan it into the "
                                 "authenticator app):")
                     .arg(enrolment.login)
              << '\n'
              << enrolment.uri << '\n';
    }
    out().flush();
}

} // namespace

int CliCommands::centralStaff(const CliContext& context)
{
    const QStringList& args = context.arguments; // central staff SUB [LOGIN]
    const QString sub = args.value(2);
    const QString login = !context.staffLogin.isEmpty() ? context.staffLogin : args.value(3);
    const bool needsLogin = sub != u"list";
    if (args.size() > 4 || (needsLogin && login.isEmpty()))
        return fail(ExitUsage,
                    tr("Usage: central staff add|update|lock|unlock|disable|reset-password|"
                       "reset-2fa --login LOGIN --url URL, or central staff list --url URL."));
    static const QStringList known{QStringLiteral("add"),
                                   QStringLiteral("list"),
                                   QStringLiteral("update"),
                                   QStringLiteral("lock"),
                                   QStringLiteral("unlock"),
                                   QStringLiteral("disable"),
                                   QStringLiteral("reset-password"),
                                   QStringLiteral("reset-2fa")};
    if (!known.contains(sub))
        return fail(
            ExitUsage,
            tr("Unknown command: central staff %1. See madoguchi-cli --help.").arg(sub.left(40)));

    // Secrets and usage first, before anything is changed.
    security::SecureBuffer password;
    QList<security::Role> roles;
    QList<security::Scope> scopes;
    if (sub == u"add" || sub == u"reset-password") {
        auto read = accountPassword(context);
        if (!read)
            return fail(read.error());
        password = std::move(read).value();
    }
    if (sub == u"add" || sub == u"update") {
        auto parsedRoles = rolesOf(context.roles);
        if (!parsedRoles)
            return fail(parsedRoles.error());
        auto parsedScopes = scopesOf(context.scopes);
        if (!parsedScopes)
            return fail(parsedScopes.error());
        roles = parsedRoles.value();
        scopes = parsedScopes.value();
        if (roles.isEmpty())
            return fail(ExitUsage, tr("Give the account at least one role with --role."));
    }
    auto connection = ownerConnection(context, "central staff");
    if (!connection)
        return fail(connection.error());
    QSqlDatabase& central = connection.value()->db();

    if (sub == u"add") {
        auto added = sync::CentralStaff::addAccount(
            central,
            {login, context.displayName.isEmpty() ? login : context.displayName, roles, scopes},
            password);
        if (!added)
            return fail(added.error());
        printEnrolment(context, added.value());
        return ExitOk;
    }
    if (sub == u"reset-2fa") {
        auto reset = sync::CentralStaff::resetSecondFactor(central, login);
        if (!reset)
            return fail(reset.error());
        printEnrolment(context, reset.value());
        return ExitOk;
    }
    if (sub == u"list") {
        auto accounts = sync::CentralStaff::list(central);
        if (!accounts)
            return fail(accounts.error());
        if (context.json) {
            QJsonArray list;
            for (const auto& account : accounts.value())
                list.append(QJsonObject{
                    {QStringLiteral("login"), account.login},
                    {QStringLiteral("account_id"), account.accountId},
                    {QStringLiteral("name"), account.displayName},
                    {QStringLiteral("roles"), QJsonArray::fromStringList(account.roles)},
                    {QStringLiteral("scopes"), QJsonArray::fromStringList(account.scopes)},
                    {QStringLiteral("state"), account.state},
                    {QStringLiteral("locked_until"),
                     account.lockedUntilUtc.isValid()
                         ? QJsonValue(account.lockedUntilUtc.toString(Qt::ISODate))
                         : QJsonValue()},
                    {QStringLiteral("version"), double(account.version)}});
            printJson(list);
        } else {
            QList<QStringList> rows;
            for (const auto& account : accounts.value())
                rows << QStringList{account.login, account.displayName, account.roles.join(u','),
                                    account.scopes.join(u','), stateText(account)};
            printTable(rows);
            out().flush();
        }
        return ExitOk;
    }

    Status status;
    QString done;
    if (sub == u"update") {
        status = sync::CentralStaff::update(
            central, login, context.displayName.isEmpty() ? login : context.displayName, roles,
            scopes);
        done = tr("Changed the central account %1.");
    } else if (sub == u"lock") {
        status = sync::CentralStaff::lock(central, login);
        done = tr("Locked the central account %1.");
    } else if (sub == u"unlock") {
        status = sync::CentralStaff::unlock(central, login);
        done = tr("Unlocked the central account %1.");
    } else if (sub == u"disable") {
        status = sync::CentralStaff::disable(central, login);
        done = tr("Disabled the central account %1; devices remove its key slot at their next "
                  "sync.");
    } else {
        status = sync::CentralStaff::resetPassword(central, login, password);
        done = tr("Set a new password for %1; the next sign-in on each device is online.");
    }
    if (!status)
        return fail(status.error());
    out() << done.arg(login) << '\n';
    out().flush();
    return ExitOk;
}

int CliCommands::deviceRecover(const CliContext& context)
{
    if (context.arguments.size() != 2)
        return fail(ExitUsage, tr("Usage: device recover --url URL [--db PATH]."));
    auto card = sync::DeviceCard::load(sync::deviceCardPathFor(context.databasePath));
    if (!card)
        return fail(card.error());
    auto connection = ownerConnection(context, "device recover");
    if (!connection)
        return fail(connection.error());
    auto escrow = sync::CentralStaff::recoverDevice(connection.value()->db(), card->deviceId);
    if (!escrow)
        return fail(escrow.error());
    auto unlocked = sync::CentralSignIn::unlockForRecovery(context.databasePath, escrow.value());
    if (!unlocked)
        return fail(unlocked.error());
    auto database = store::Database::open(std::move(unlocked).value());
    if (!database)
        return fail(database.error());
    auto workspace = Workspace::attach(std::move(database).value());
    if (!workspace)
        return fail(workspace.error());
    Workspace& recovered = *workspace.value();
    auto code = recovered.database().createRecoveryCode();
    if (!code)
        return fail(code.error());
    // Who recovered: the central role that handed out the escrow key (a login, not a person's
    // name).
    const QString administrator = sync::CentralUrl::parse(context.url).value().user;
    if (Status audited = recovered.audit().append(audit::AuditEvent::of(
            audit::EventType::DeviceRecover, audit::Outcome::Success, administrator,
            QStringLiteral("device"), card->deviceId, QStringLiteral("new_recovery_code")));
        !audited)
        return fail(audited.error());
    (void)recovered.audit().checkpoint();
    recovered.database().close();
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("device_id"), card->deviceId},
                              {QStringLiteral("recovery_code"), code.value()}});
    } else {
        out() << tr("Opened the database of device %1 with its central escrow key.")
                     .arg(card->deviceId)
              << '\n'
              << tr("New recovery code (shown only now; the old one no longer works):") << '\n'
              << code.value() << '\n'
              << tr("Keep it where the first recovery code was kept. Staff with central "
                    "accounts sign in again online once an administrator has reset their "
                    "central password.")
              << '\n';
    }
    out().flush();
    return ExitOk;
}

} // namespace madoguchi::cli
