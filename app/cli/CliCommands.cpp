// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "CliSecrets.h"
#include "CliSupport.h"
#include "audit/AuditLog.h"
#include "security/KeySlotFile.h"
#include "security/SecuritySettings.h"
#include "security/Session.h"
#include "security/StaffAccounts.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

namespace madoguchi::cli {

namespace {

/// For commands naming another account: an unknown login there is bad input, not a failed
/// sign-in.
int failOnAccount(const Error& error)
{
    return fail(error.code == ErrorCode::UnknownAccount ? ExitUsage : exitCodeFor(error.code),
                error.message);
}

/// Removes what a failed init made, so it can simply be run again.
void removeNewDatabase(const QString& path)
{
    const QStringList files{path,
                            path + QStringLiteral("-wal"),
                            path + QStringLiteral("-shm"),
                            path + QStringLiteral("-journal"),
                            security::keySlotPathFor(path),
                            path + QStringLiteral(".signin")};
    for (const QString& file : files)
        QFile::remove(file);
}

/// Roles whose permissions apply within business scopes (see permissions.tsv): an account with
/// one of them and no scope could do nothing.
bool needsScope(security::Role role)
{
    return role != security::Role::Administrator && role != security::Role::Auditor;
}

Result<QDate> parseDate(const QString& text, const QString& option)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (text.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("audit export needs %1 YYYY-MM-DD.").arg(option)};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!pattern.match(text).hasMatch() || !date.isValid())
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("%1 takes a date as YYYY-MM-DD, not %2.").arg(option, text)};
    return date;
}

QStringList roleCodes(const QList<security::Role>& roles)
{
    QStringList codes;
    for (const security::Role role : roles)
        codes << security::roleCode(role);
    return codes;
}

QStringList scopeCodes(const QList<security::Scope>& scopes)
{
    QStringList codes;
    for (const security::Scope scope : scopes)
        codes << security::scopeCode(scope);
    return codes;
}

QString stateText(const security::StaffAccount& account)
{
    if (account.state == security::AccountState::Active && account.lockedUntilUtc.isValid())
        return security::accountStateCode(security::AccountState::Locked);
    return security::accountStateCode(account.state);
}

} // namespace

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return ExitOk;
    case ErrorCode::InvalidInput:
    case ErrorCode::AlreadyExists:
        return ExitUsage;
    case ErrorCode::WrongPassword:
    case ErrorCode::UnknownAccount:
    case ErrorCode::PermissionDenied:
    case ErrorCode::AccountLocked:
    case ErrorCode::AccountDisabled:
    case ErrorCode::WrongCode:
        return ExitAuth;
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
    case ErrorCode::KeySlotFileMissing:
    case ErrorCode::KeySlotFileCorrupt:
    case ErrorCode::DatabaseMissing:
    case ErrorCode::DatabaseCorrupt:
    case ErrorCode::NewerSchema:
    case ErrorCode::MigrationFailed:
    case ErrorCode::NotEncrypted:
    case ErrorCode::Io:
    case ErrorCode::Crypto:
    case ErrorCode::Sql:
    case ErrorCode::Internal:
        return ExitIntegrity;
    }
    return ExitIntegrity;
}

int fail(int exitCode, const QString& message)
{
    QTextStream err(stderr);
    // One line: scripts and people read the first line only.
    err << "madoguchi-cli: " << QString(message).replace(u'\n', u' ') << Qt::endl;
    return exitCode;
}

int fail(const Error& error)
{
    return fail(exitCodeFor(error.code), error.message);
}

int CliCommands::run(const CliContext& context)
{
    const QStringList& args = context.arguments;
    const QString command = args.value(0);
    // Arguments past the command words may be personal data (a My Number, a name): error
    // messages name the command words only.
    const QString sub = args.value(1);
    if (command == u"init" && args.size() == 1)
        return init(context);
    if (command == u"db" && args.size() == 2 && sub == u"check")
        return dbCheck(context);
    if (command == u"db" && args.size() == 2 && sub == u"rekey")
        return dbRekey(context);
    if (command == u"user" && args.size() == 3 && sub == u"add")
        return userAdd(context);
    if (command == u"user" && args.size() == 2 && sub == u"list")
        return userList(context);
    if (command == u"user" && args.size() == 3 && sub == u"disable")
        return userDisable(context);
    if (command == u"user" && args.size() == 3 && sub == u"unlock")
        return userUnlock(context);
    if (command == u"setting" && args.size() == 2 && sub == u"list")
        return settingList(context);
    if (command == u"setting" && args.size() == 4 && sub == u"set")
        return settingSet(context);
    if (command == u"audit" && args.size() == 2 && sub == u"verify")
        return auditVerify(context);
    if (command == u"audit" && args.size() == 2 && sub == u"export")
        return auditExport(context);
    if (command == u"check" && args.size() == 3 && sub == u"mynumber")
        return checkMyNumber(context);
    if (command == u"wareki" && args.size() == 2)
        return wareki(context);
    if (command == u"person" && args.size() == 3 && sub == u"add")
        return personAdd(context);
    if (command == u"person" && args.size() >= 3 && sub == u"search")
        return personSearch(context);
    if (command == u"intake" && args.size() == 3 && sub == u"submit")
        return intakeSubmit(context);
    if (command == u"demo" && args.size() == 1)
        return demo(context);
    if (command == u"decide" && args.size() == 1)
        return decide(context);
    if (command == u"person" && args.size() == 4 && sub == u"merge")
        return personMerge(context);
    if (command == u"person" && args.size() >= 2 && sub == u"duplicates")
        return personDuplicates(context);
    if (command == u"mynumber" && args.size() == 2 && sub == u"not-provided")
        return myNumberNotProvided(context);
    if (command == u"jukinet" && args.size() == 2 && sub == u"request")
        return jukinetRequest(context);
    if (command == u"jukinet" && args.size() == 2 && sub == u"list")
        return jukinetList(context);
    if (command == u"jukinet" && args.size() == 2 && sub == u"export")
        return jukinetExport(context);
    if (command == u"jukinet" && args.size() == 2 && sub == u"import")
        return jukinetImport(context);
    if (command == u"certificate" && args.size() == 3 && sub == u"verify")
        return certificateVerify(context);
    if (command == u"certificate" && args.size() == 2 && sub == u"print")
        return certificatePrint(context);
    if (command == u"certificate" && args.size() == 2 && sub == u"batch")
        return certificateBatch(context);
    if (command == u"certificate" && args.size() == 2 && sub == u"reissue")
        return certificateReissue(context);
    if (command == u"certificate" && args.size() == 2 && sub == u"list")
        return certificateList(context);
    if (command == u"notice" && args.size() == 2 && sub == u"print")
        return noticePrint(context);
    if (command == u"notice" && args.size() == 2 && sub == u"renewal")
        return noticeRenewal(context);
    if (command == u"issuing-key" && args.size() == 2 &&
        (sub == u"create" || sub == u"rotate" || sub == u"export"))
        return issuingKey(context);
    if (command == u"numbers" && args.size() == 2 && sub == u"lease")
        return numbersLease(context);
    if (command == u"numbers" && args.size() == 2 && sub == u"list")
        return numbersList(context);
    if (command == u"ledger" && args.size() == 2 && sub == u"show")
        return ledgerShow(context);
    if (command == u"ledger" && args.size() == 2 && sub == u"list")
        return ledgerList(context);
    if (command == u"central" && args.size() == 2 && sub == u"migrate")
        return centralMigrate(context);
    if (command == u"device" && args.size() == 2 && sub == u"enroll")
        return deviceEnroll(context);
    if (command == u"device" && args.size() == 3 && sub == u"revoke")
        return deviceRevoke(context);
    if (command == u"device" && args.size() == 2 && sub == u"assign")
        return deviceAssign(context);
    if (command == u"device" && args.size() == 2 && sub == u"unassign")
        return deviceUnassign(context);
    if (command == u"device" && args.size() == 2 && sub == u"cases")
        return deviceCases(context);
    if (command == u"sync" && args.size() == 1)
        return syncRun(context);
    if (command == u"sync" && args.size() == 2 && sub == u"export-package")
        return syncExportPackage(context);
    if (command == u"sync" && args.size() == 2 && sub == u"import-package")
        return syncImportPackage(context);
    if (command == u"sync" && args.size() == 2 && sub == u"import-reply")
        return syncImportReply(context);
    if (command == u"central" && args.size() >= 3 && sub == u"staff")
        return centralStaff(context);
    if (command == u"device" && sub == u"recover")
        return deviceRecover(context);
    if (command == u"check")
        return fail(ExitUsage, tr("Usage: check mynumber N (one number; quote it if it has "
                                  "spaces)."));
    if (args.isEmpty())
        return fail(ExitUsage, tr("No command given. See madoguchi-cli --help."));
    return fail(
        ExitUsage,
        tr("Unknown command: %1. See madoguchi-cli --help.").arg(args.mid(0, 2).join(u' ')));
}

int CliCommands::init(const CliContext& context)
{
    if (context.adminLogin.isEmpty())
        return fail(ExitUsage, tr("init needs --admin LOGIN, the first administrator's login."));
    auto password = readPassword(context.passwordFromStdin);
    if (!password)
        return fail(password.error());
    auto created =
        store::Database::create(context.databasePath, context.adminLogin, password.value());
    if (!created)
        return fail(created.error());
    const QString path = created->database->path();
    const QString recoveryCode = created->recoveryCode;

    // The first administrator's account and second factor. Without them nobody could sign in, so
    // a failure here removes the new database again.
    QString uri;
    Status status;
    {
        auto workspace = Workspace::attach(std::move(created->database));
        if (!workspace)
            status = workspace.error();
        if (status)
            status =
                workspace.value()->staff().createFirstAdministrator(context.displayName).status();
        if (status) {
            auto enrolment = workspace.value()->staff().newEnrolment();
            status = enrolment.status();
            if (status)
                status = workspace.value()->staff().saveEnrolment(enrolment.value());
            if (status)
                uri = enrolment->uri;
        }
        if (status)
            status = workspace.value()->audit().checkpoint();
        if (workspace)
            (void)workspace.value()->signOut();
    }
    if (!status) {
        removeNewDatabase(path);
        return fail(status.error());
    }

    const QString nativePath = QDir::toNativeSeparators(path);
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("database"), nativePath},
                              {QStringLiteral("admin"), context.adminLogin},
                              {QStringLiteral("recovery_code"), recoveryCode},
                              {QStringLiteral("otpauth_uri"), uri}});
    } else {
        out() << tr("Created the encrypted database %1 with the administrator %2.")
                     .arg(nativePath, context.adminLogin)
              << '\n'
              << tr("Recovery code (shown only this once; write it down and lock it away):") << '\n'
              << recoveryCode << '\n'
              << tr("Second factor of %1 (shown only this once; add it to the authenticator app "
                    "now, then keep no copy):")
                     .arg(context.adminLogin)
              << '\n'
              << uri << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::dbCheck(const CliContext& context)
{
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    // database.maintain: "Check and rekey the local database" (permissions.tsv).
    if (Status allowed = workspace->authorizer().require(workspace.session(),
                                                         QStringLiteral("database.maintain"));
        !allowed)
        return fail(allowed.error());
    const store::CheckReport report = workspace->database().check();
    if (context.json) {
        printJson(
            QJsonObject{{QStringLiteral("ok"), report.ok},
                        {QStringLiteral("cipher_version"), report.cipherVersion},
                        {QStringLiteral("schema_version"), report.schemaVersion},
                        {QStringLiteral("page_size"), report.pageSize},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}});
    } else {
        out() << tr("Cipher: SQLCipher %1, page size %2")
                     .arg(report.cipherVersion)
                     .arg(report.pageSize)
              << '\n'
              << tr("Schema version: %1").arg(report.schemaVersion) << '\n';
        for (const QString& problem : report.problems)
            out() << tr("Problem: %1").arg(problem) << '\n';
        out() << (report.ok ? tr("The database is intact.") : tr("The database has problems."))
              << '\n';
        out().flush();
    }
    return report.ok ? ExitOk : ExitNegative;
}

int CliCommands::dbRekey(const CliContext& context)
{
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    const security::Session& session = workspace.session();
    if (Status allowed =
            workspace->authorizer().require(session, QStringLiteral("database.maintain"));
        !allowed)
        return fail(allowed.error());
    const Status rekeyed = workspace->database().rekey();
    const Status audited = workspace->audit().append(audit::AuditEvent::of(
        audit::EventType::DatabaseRekey,
        rekeyed ? audit::Outcome::Success : audit::Outcome::Failure, session.login));
    if (!rekeyed)
        return fail(rekeyed.error());
    if (!audited)
        return fail(audited.error());
    const int slotCount = static_cast<int>(workspace->database().accountLogins().size()) + 1;
    if (context.json) {
        printJson(
            QJsonObject{{QStringLiteral("rekeyed"), true}, {QStringLiteral("slots"), slotCount}});
    } else {
        out() << tr("The database has a new key; %n key slot(s) were rewrapped.", nullptr,
                    slotCount)
              << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::userAdd(const CliContext& context)
{
    security::NewStaffAccount account;
    account.login = context.arguments.at(2);
    account.displayName =
        context.displayName.trimmed().isEmpty() ? account.login : context.displayName.trimmed();
    if (context.roles.isEmpty())
        return fail(ExitUsage, tr("user add needs at least one --role (%1).")
                                   .arg(roleCodes(security::allRoles()).join(u' ')));
    QString scopedRole; // a role given that works within business scopes
    for (const QString& code : context.roles) {
        security::Role role;
        if (!security::roleFromCode(code, &role))
            return fail(ExitUsage, tr("Unknown role: %1. Roles are: %2.")
                                       .arg(code, roleCodes(security::allRoles()).join(u' ')));
        if (!account.roles.contains(role))
            account.roles << role;
        if (scopedRole.isEmpty() && needsScope(role))
            scopedRole = code;
    }
    for (const QString& code : context.scopes) {
        security::Scope scope;
        if (!security::scopeFromCode(code, &scope))
            return fail(ExitUsage, tr("Unknown scope: %1. Scopes are: %2.")
                                       .arg(code, scopeCodes(security::allScopes()).join(u' ')));
        if (!account.scopes.contains(scope))
            account.scopes << scope;
    }
    if (!scopedRole.isEmpty() && account.scopes.isEmpty())
        return fail(ExitUsage, tr("The role %1 works within business scopes: give at least one "
                                  "--scope (%2).")
                                   .arg(scopedRole, scopeCodes(security::allScopes()).join(u' ')));

    security::SecureBuffer newPassword(0);
    auto signedIn = signIn(context, &newPassword);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    auto enrolment = workspace->staff().create(workspace.session(), account, newPassword);
    if (!enrolment)
        return fail(enrolment.error());
    if (context.json) {
        printJson(QJsonObject{
            {QStringLiteral("login"), account.login},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roleCodes(account.roles))},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopeCodes(account.scopes))},
            {QStringLiteral("otpauth_uri"), enrolment->uri}});
    } else {
        out() << tr("Created the account %1.").arg(account.login) << '\n'
              << tr("Second factor of %1 (shown only this once; give it to that person to add to "
                    "their authenticator app, then keep no copy):")
                     .arg(account.login)
              << '\n'
              << enrolment->uri << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::userList(const CliContext& context)
{
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    auto accounts = workspace->staff().list(workspace.session());
    if (!accounts)
        return fail(accounts.error());
    if (context.json) {
        QJsonArray array;
        for (const security::StaffAccount& account : accounts.value()) {
            array.append(QJsonObject{
                {QStringLiteral("login"), account.login},
                {QStringLiteral("name"), account.displayName},
                {QStringLiteral("roles"), QJsonArray::fromStringList(roleCodes(account.roles))},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(scopeCodes(account.scopes))},
                {QStringLiteral("state"), stateText(account)},
                {QStringLiteral("locked_until"),
                 account.lockedUntilUtc.isValid()
                     ? QJsonValue(account.lockedUntilUtc.toString(Qt::ISODate))
                     : QJsonValue()},
                {QStringLiteral("second_factor"), account.hasSecondFactor}});
        }
        printJson(array);
        return ExitOk;
    }
    // The display name last: its width in a terminal is not its length (full-width kana, kanji).
    QList<QStringList> rows{
        {tr("LOGIN"), tr("STATE"), tr("2FA"), tr("ROLES"), tr("SCOPES"), tr("NAME")}};
    for (const security::StaffAccount& account : accounts.value())
        rows << QStringList{account.login,
                            stateText(account),
                            account.hasSecondFactor ? tr("yes") : tr("no"),
                            roleCodes(account.roles).join(u','),
                            account.scopes.isEmpty() ? QStringLiteral("-")
                                                     : scopeCodes(account.scopes).join(u','),
                            account.displayName};
    printTable(rows);
    return ExitOk;
}

int CliCommands::userDisable(const CliContext& context)
{
    const QString login = context.arguments.at(2);
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    if (Status disabled = workspace->staff().disable(workspace.session(), login); !disabled)
        return failOnAccount(disabled.error());
    out() << tr("Disabled the account %1: its key slot is removed, so it can no longer open this "
                "database.")
                 .arg(login)
          << '\n';
    out().flush();
    return ExitOk;
}

int CliCommands::userUnlock(const CliContext& context)
{
    const QString login = context.arguments.at(2);
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    if (Status unlocked = workspace->staff().unlock(workspace.session(), login); !unlocked)
        return failOnAccount(unlocked.error());
    out() << tr("Unlocked the account %1.").arg(login) << '\n';
    out().flush();
    return ExitOk;
}

int CliCommands::settingList(const CliContext& context)
{
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    QJsonArray list;
    for (const auto& definition : security::SecuritySettings::definitions()) {
        const int value = workspace->settings().value(definition.key).value();
        if (context.json) {
            list.append(QJsonObject{{QStringLiteral("key"), definition.key},
                                    {QStringLiteral("value"), value},
                                    {QStringLiteral("default"), definition.defaultValue},
                                    {QStringLiteral("min"), definition.minimum},
                                    {QStringLiteral("max"), definition.maximum}});
        } else {
            out() << definition.key << " = " << value << "  (" << definition.description << ", "
                  << definition.minimum << "–" << definition.maximum << ")\n";
        }
    }
    if (context.json)
        printJson(QJsonObject{{QStringLiteral("settings"), list}});
    out().flush();
    return ExitOk;
}

int CliCommands::settingSet(const CliContext& context)
{
    const QString key = context.arguments.at(2);
    bool ok = false;
    const int value = context.arguments.at(3).toInt(&ok);
    if (!ok)
        return fail(ExitUsage, tr("The value of a setting is a whole number."));
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    if (Status saved = workspace->settings().set(workspace.session(), key, value); !saved)
        return fail(saved.error());
    out() << tr("%1 is now %2.").arg(key).arg(value) << '\n';
    out().flush();
    return ExitOk;
}

int CliCommands::auditVerify(const CliContext& context)
{
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    auto verified = workspace->verifyAudit(workspace.session());
    if (!verified)
        return fail(verified.error());
    const audit::VerifyReport& report = verified.value();
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("ok"), report.ok},
                              {QStringLiteral("tampered"), report.tampered},
                              {QStringLiteral("records"), report.records},
                              {QStringLiteral("checkpoints"), report.checkpoints},
                              {QStringLiteral("first_bad_seq"), report.firstBadSeq},
                              {QStringLiteral("reason"), report.reason},
                              {QStringLiteral("device_id"), report.deviceId},
                              {QStringLiteral("device_public_key"),
                               QString::fromLatin1(report.devicePublicKey.toHex())}});
    }
    if (report.tampered)
        return fail(ExitIntegrity,
                    tr("The audit log has been tampered with: %1").arg(report.reason));
    if (!report.ok)
        return fail(ExitIntegrity, tr("The audit log could not be checked: %1").arg(report.reason));
    if (!context.json) {
        out() << tr("The audit log is intact: %n record(s), %1 signed checkpoint(s).", nullptr,
                    static_cast<int>(report.records))
                     .arg(report.checkpoints)
              << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::auditExport(const CliContext& context)
{
    if (context.csvPath.isEmpty())
        return fail(ExitUsage, tr("audit export needs --csv FILE."));
    audit::AuditFilter filter;
    auto from = parseDate(context.fromDate, QStringLiteral("--from"));
    if (!from)
        return fail(from.error());
    auto to = parseDate(context.toDate, QStringLiteral("--to"));
    if (!to)
        return fail(to.error());
    if (to.value() < from.value())
        return fail(ExitUsage,
                    tr("--from %1 is after --to %2.").arg(context.fromDate, context.toDate));
    filter.from = from.value();
    filter.to = to.value();

    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    // Counted before the export, which itself adds an audit.export record.
    auto records = audit::AuditLog::find(workspace->database().connection(), filter);
    if (!records)
        return fail(records.error());
    const qsizetype count = records->size();
    records.value().clear();

    // Written whole or not at all; owner-only, as it names staff and the objects they touched.
    QSaveFile file(context.csvPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ExitUsage,
                    tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(context.csvPath), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status exported = workspace->exportAudit(workspace.session(), filter, file); !exported) {
        file.cancelWriting();
        return fail(exported.error());
    }
    if (!file.commit())
        return fail(ExitIntegrity,
                    tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(context.csvPath), file.errorString()));
    const QString path = QDir::toNativeSeparators(context.csvPath);
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("file"), path},
                              {QStringLiteral("records"), static_cast<qint64>(count)},
                              {QStringLiteral("from"), context.fromDate},
                              {QStringLiteral("to"), context.toDate}});
    } else {
        out() << tr("Wrote %n audit record(s) to %1.", nullptr, static_cast<int>(count)).arg(path)
              << '\n';
        out().flush();
    }
    return ExitOk;
}

} // namespace madoguchi::cli
