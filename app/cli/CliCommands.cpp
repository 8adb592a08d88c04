// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "CliSecrets.h"
#include "store/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace madoguchi::cli {

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printJson(const QJsonObject& object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

Result<std::unique_ptr<store::Database>> openDatabase(const CliContext& context)
{
    if (context.login.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("Give the account with --user LOGIN or MADOGUCHI_USER.")};
    auto password = readPassword(context.passwordFromStdin);
    if (!password)
        return password.error();
    return store::Database::open(context.databasePath, context.login, password.value());
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
    if (args.value(0) == u"init" && args.size() == 1)
        return init(context);
    if (args.value(0) == u"db" && args.size() == 2 && args.at(1) == u"check")
        return dbCheck(context);
    if (args.value(0) == u"db" && args.size() == 2 && args.at(1) == u"rekey")
        return dbRekey(context);
    if (args.isEmpty())
        return fail(ExitUsage, tr("No command given. See madoguchi-cli --help."));
    return fail(ExitUsage,
                tr("Unknown command: %1. See madoguchi-cli --help.").arg(args.join(u' ')));
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
    const QString path = QDir::toNativeSeparators(created->database->path());
    if (context.json) {
        printJson({{QStringLiteral("database"), path},
                   {QStringLiteral("admin"), context.adminLogin},
                   {QStringLiteral("recovery_code"), created->recoveryCode}});
    } else {
        out() << tr("Created the encrypted database %1 with the administrator %2.")
                     .arg(path, context.adminLogin)
              << '\n'
              << tr("Recovery code (shown only this once; write it down and lock it away):") << '\n'
              << created->recoveryCode << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::dbCheck(const CliContext& context)
{
    auto database = openDatabase(context);
    if (!database)
        return fail(database.error());
    const store::CheckReport report = database.value()->check();
    if (context.json) {
        printJson({{QStringLiteral("ok"), report.ok},
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
    auto database = openDatabase(context);
    if (!database)
        return fail(database.error());
    if (Status status = database.value()->rekey(); !status)
        return fail(status.error());
    const int slotCount = static_cast<int>(database.value()->accountLogins().size()) + 1;
    if (context.json) {
        printJson({{QStringLiteral("rekeyed"), true}, {QStringLiteral("slots"), slotCount}});
    } else {
        out() << tr("The database has a new key; %n key slot(s) were rewrapped.", nullptr,
                    slotCount)
              << '\n';
        out().flush();
    }
    return ExitOk;
}

} // namespace madoguchi::cli
