// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli: the headless entry point (administration, checks, batch work).
#include "CliCommands.h"
#include "security/SecureBuffer.h"
#include "store/Database.h"
#include "store/SqlCipherDriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

using namespace madoguchi;

int main(int argc, char** argv)
{
    security::disableCoreDumps();
    QCoreApplication app(argc, argv);
    // Errors reach the user as one translated line; diagnostics only when QT_LOGGING_RULES
    // asks for them (it takes precedence over these rules).
    QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("Madoguchi"));
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("madoguchi"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    if (!security::initializeSodium())
        return cli::fail(cli::ExitIntegrity, cli::CliCommands::tr("libsodium could not start."));
    store::registerSqlCipherDriver();

    QCommandLineParser parser;
    parser.setApplicationDescription(cli::CliCommands::tr(
        "Madoguchi command line.\n\nCommands:\n"
        "  init --admin LOGIN   create the database and its first administrator\n"
        "  db check             integrity and cipher checks\n"
        "  db rekey             give the database a new key and rewrap every key slot\n\n"
        "Passwords come from MADOGUCHI_PASSWORD or --password-stdin, never from the command "
        "line.\nExit codes: 0 ok, 1 negative result, 2 usage or bad input, 3 authentication or "
        "permission failure, 4 data or integrity error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      cli::CliCommands::tr("The database file (default: %1).")
                                          .arg(store::Database::defaultPath()),
                                      QStringLiteral("PATH"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), cli::CliCommands::tr("The account (default: MADOGUCHI_USER)."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption stdinOption(
        QStringLiteral("password-stdin"),
        cli::CliCommands::tr("Read the password from the first line of standard input."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        cli::CliCommands::tr("Print results as JSON."));
    const QCommandLineOption adminOption(
        QStringLiteral("admin"), cli::CliCommands::tr("init: the first administrator's login."),
        QStringLiteral("LOGIN"));
    parser.addOptions({dbOption, userOption, stdinOption, jsonOption, adminOption});
    parser.addPositionalArgument(QStringLiteral("command"), cli::CliCommands::tr("The command."));

    if (!parser.parse(QCoreApplication::arguments()))
        return cli::fail(cli::ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(cli::ExitOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    cli::CliContext context;
    context.databasePath =
        parser.isSet(dbOption) ? parser.value(dbOption) : store::Database::defaultPath();
    context.login = parser.isSet(userOption) ? parser.value(userOption)
                                             : qEnvironmentVariable("MADOGUCHI_USER");
    context.passwordFromStdin = parser.isSet(stdinOption);
    context.json = parser.isSet(jsonOption);
    context.adminLogin = parser.value(adminOption);
    context.arguments = parser.positionalArguments();
    return cli::CliCommands::run(context);
}
