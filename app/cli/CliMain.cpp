// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli: the headless entry point (administration, checks, batch work).
#include "CliCommands.h"
#include "security/SecureBuffer.h"
#include "store/Database.h"
#include "store/SqlCipherDriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>

using namespace madoguchi;

int main(int argc, char** argv)
{
    security::disableCoreDumps();
    // certificate print / batch / reissue render documents, which need Qt Gui (fonts, PDF):
    // a QGuiApplication on the offscreen platform (unless one is set), only for those.
    bool rendersDocuments = false;
    for (int i = 1; i + 1 < argc; ++i) {
        const QByteArray word = argv[i];
        const QByteArray next = argv[i + 1];
        if (word == "certificate" && (next == "print" || next == "batch" || next == "reissue"))
            rendersDocuments = true;
        if (word == "notice" && (next == "print" || next == "renewal"))
            rendersDocuments = true;
    }
    if (rendersDocuments && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's platform start-up notes (no XDG_RUNTIME_DIR, …) are no business of a script's stderr;
    // the rules are set again below.
    if (rendersDocuments)
        QLoggingCategory::setFilterRules(QStringLiteral("*.warning=false\n*.info=false"));
    std::unique_ptr<QCoreApplication> application =
        rendersDocuments ? std::make_unique<QGuiApplication>(argc, argv)
                         : std::make_unique<QCoreApplication>(argc, argv);
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
        "  init --admin LOGIN [--name NAME]\n"
        "        create the database and its first administrator; prints the recovery code and\n"
        "        the administrator's second-factor (otpauth) URI, each only once\n"
        "  db check            integrity and cipher checks (administrator)\n"
        "  db rekey            give the database a new key and rewrap every key slot\n"
        "                      (administrator)\n"
        "  user add LOGIN --role R [--role R2…] [--scope S…] [--name NAME]\n"
        "        create a staff account; prints its second-factor URI once (administrator)\n"
        "  user list           the staff accounts (administrator)\n"
        "  user disable LOGIN  remove the account's key slot for good (administrator)\n"
        "  user unlock LOGIN   lift a lockout (administrator)\n"
        "  setting list        the security settings and their values\n"
        "  setting set KEY N   change one (administrator): lockout.max_failed_sign_ins,\n"
        "                      lockout.minutes, session.idle_lock_minutes\n"
        "  audit verify        check the audit log's hash chain and signatures (auditor)\n"
        "  audit export --csv FILE --from YYYY-MM-DD --to YYYY-MM-DD\n"
        "        the audit log of those UTC days as CSV (auditor)\n"
        "  check mynumber N    exit 0 if N is a valid My Number (check digit), else 1 with the\n"
        "                      reason; the number is never printed (no database, no sign-in)\n"
        "  wareki DATE         2019-05-01 → 令和元年5月1日, R1.5.1 → 2019-05-01; exit 2 for a\n"
        "                      date that does not exist (no database, no sign-in)\n"
        "  decide              evaluate one benefit request (JSON on stdin: benefit, as_of,\n"
        "                      applicant, household, setting, severe_continuous, device_cost)\n"
        "                      and print the burden cap with its explanation as JSON; exit 2\n"
        "                      naming the field for malformed input (no database, no sign-in)\n"
        "  person add --json FILE [--not-duplicate]\n"
        "        register a person (clerk). FILE is a JSON object: family_name, given_name,\n"
        "        family_kana, given_kana (hiragana or katakana), birth_date (2025-07-18 or\n"
        "        和暦), sex (male|female), address; optional atena_number (10 digits), phone,\n"
        "        postal_code, address_since, my_number {number, number_check\n"
        "        (mynumber_card|notification_card|residence_certificate), identity_check\n"
        "        [document codes]}. A possible duplicate (same kana and birth date, or same\n"
        "        My Number) saves nothing, lists the candidates and exits 1, unless\n"
        "        --not-duplicate says the clerk checked them\n"
        "  person search TEXT  kana, name, 宛名番号, date of birth or phone (clerk); exit 1 if\n"
        "                      nobody is found\n"
        "  intake submit --json FILE\n"
        "        take an application (clerk, in the procedure's scope). FILE: procedure (a\n"
        "        code of resources/procedures/procedures.json), person_id or atena_number,\n"
        "        received_on, channel (counter|mail|outreach; default counter), fields\n"
        "        {code: value}, attachments [codes received]; optional\n"
        "        representative_person_id, representative_note. Field problems are listed\n"
        "        and exit 2\n"
        "  demo --persons N [--seed S]\n"
        "        add N fictional persons for trying and benchmarking (administrator)\n"
        "  person merge SURVIVOR MERGED\n"
        "        two records of one person become one; SURVIVOR remains (ids or 宛名番号;\n"
        "        administrator)\n"
        "  person duplicates [--json]\n"
        "        possible duplicates that sync brought from other devices (administrator)\n"
        "  person duplicates dismiss ID | person duplicates merge ID --keep PERSON\n"
        "        settle one: not the same person, or merge keeping PERSON (id or 宛名番号)\n"
        "  mynumber not-provided --person ID --reason not_brought|declined|unable\n"
        "        record that the applicant did not provide the My Number (clerk)\n"
        "  jukinet request --person ID --items name,address,birth_date,sex\n"
        "        queue a 住基ネット inquiry with the person's registered 4情報, or three items\n"
        "        including address (clerk; \"not provided\" must be on record)\n"
        "  jukinet list [--state queued|exported|answered|no_match]\n"
        "        the inquiry requests (clerk, reviewer, approver)\n"
        "  jukinet export --file FILE\n"
        "        write the queued requests as one batch file for the terminal (clerk)\n"
        "  jukinet import --file FILE\n"
        "        record the My Numbers of a result file; a bad line refuses the whole file\n"
        "        (clerk)\n"
        "  certificate verify CODE [--keys FILE]\n"
        "        check a certificate's QR code text: exit 0 valid, 1 not (tampered, expired,\n"
        "        void, unknown key, …) with the reason. With --keys (a file from issuing-key\n"
        "        export) it needs no database and no sign-in; without, it signs in and uses\n"
        "        the database's issuing keys, and its certificate table (void, replaced)\n"
        "  certificate print --recipient NUMBER [--ledger L] [--kind K] --pdf FILE\n"
        "        print the recipient's current certificate (requested first if there is none)\n"
        "        to a PDF; NUMBER is the 受給者番号 or 受給者証番号 (clerk)\n"
        "  certificate batch [--ledger L] [--expiring-within DAYS] --pdf FILE\n"
        "        every current certificate not yet handed over (or those of L, or those whose\n"
        "        validity ends within DAYS) to one PDF, marked printed (clerk)\n"
        "  certificate reissue --certificate ID --reason TEXT [--pdf FILE]\n"
        "        再交付: a new certificate with the next issue number; the old one is void\n"
        "  certificate list [--ledger L] [--state S] [--recipient NUMBER]\n"
        "                   [--expiring-within DAYS]\n"
        "        the print queue\n"
        "  notice print --decision ID --pdf FILE\n"
        "        the notice of an approved decision (支給決定通知書, 補装具費支給決定通知書 or\n"
        "        却下通知書) to a PDF (clerk)\n"
        "  notice renewal [--ledger L] --expiring-within DAYS --pdf FILE\n"
        "        renewal notices (更新申請のお知らせ) of every recipient whose grant ends within\n"
        "        DAYS (in L), to one PDF (clerk)\n"
        "  issuing-key create|rotate|export [--file FILE]\n"
        "        make the city's first certificate-issuing key, replace it (the old one keeps\n"
        "        verifying what it signed), or write the public keys for offline verification\n"
        "        to FILE or standard output (administrator)\n"
        "  numbers lease --kind recipient|certificate --ledger L [--prefix P] --first A\n"
        "                --last B\n"
        "        record a block of 受給者番号 bodies (6 digits with the prefix; the check digit\n"
        "        is added when issued) or of 受給者証番号 (10 digits) for a ledger\n"
        "        (administrator)\n"
        "  numbers list        the blocks of recipient numbers and what is left (administrator)\n"
        "  ledger show --ledger L --recipient NUMBER\n"
        "        the current state of the recipient with that 受給者番号 as JSON; exit 1 if\n"
        "        nobody holds it (ledger.view)\n"
        "  ledger list --ledger L [--status active|upcoming|expired|cancelled|rejected]\n"
        "              [--expiring-within DAYS]\n"
        "        the recipients of a ledger, one a line, tab-separated: 受給者番号, 受給者証番号,\n"
        "        status, valid from, valid to, days left, monthly cap, name, kana, person id;\n"
        "        soonest validity end first (ledger.view)\n"
        "  central migrate --url URL\n"
        "        create or update the central PostgreSQL store's schema (its owner's URL,\n"
        "        postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA; the\n"
        "        password from the URL or MADOGUCHI_CENTRAL_PASSWORD; no database, no sign-in)\n"
        "  device enroll --url URL --name NAME --kind counter|outreach\n"
        "        enrol this device with the central store (administrator; the owner's URL)\n"
        "  device revoke ID --url URL\n"
        "        revoke a device: its next sync is refused (administrator)\n"
        "  device assign --url URL --device ID --person ID\n"
        "  device unassign --url URL --device ID --person ID\n"
        "        give an outreach device a case (the person's records reach it at its next\n"
        "        sync) or take it back (the device removes them); administrator, owner's URL\n"
        "  device cases --url URL --device ID [--json]\n"
        "        the cases an outreach device holds (administrator; the owner's URL)\n"
        "  sync [--url URL]    send this device's changes and receive the others' (clerk,\n"
        "                      outreach, administrator; the device's own credentials)\n"
        "  sync export-package --out FILE\n"
        "        sync by file: write this device's unsent changes, sealed for the office and\n"
        "        signed, to FILE (e.g. on a USB stick); nothing is marked as sent yet\n"
        "  sync import-package --url URL --in FILE --out REPLY\n"
        "        at the office: read a device's package into the central store (the owner's\n"
        "        URL; administrator) and write the REPLY file for the device\n"
        "  sync import-reply --in REPLY\n"
        "        on the device: read the office's reply (changes confirmed, others' changes,\n"
        "        number blocks); reading it twice changes nothing\n"
        "  central staff add --url URL --login L --name N --role R [--role R2…] [--scope S…]\n"
        "        a central staff account (the owner's URL; its password from\n"
        "        --password-stdin or MADOGUCHI_NEW_PASSWORD); prints its second-factor URI once.\n"
        "        The person's first sign-in on each device is online; later ones work offline\n"
        "  central staff list --url URL\n"
        "  central staff update|lock|unlock|disable|reset-password|reset-2fa --login L --url URL\n"
        "        change, lock, unlock, disable a central account, or give it a new password\n"
        "        (--password-stdin) or second factor (URI printed once); devices follow at\n"
        "        their next sync\n"
        "  device recover --url URL [--db PATH]\n"
        "        open this device's database with its central escrow key when every password\n"
        "        and the recovery code are lost; prints a new recovery code once (the owner's\n"
        "        URL; no sign-in)\n\n"
        "Roles: clerk reviewer approver auditor administrator outreach. Scopes: welfare_service\n"
        "medical_rehabilitation medical_psychiatric devices.\n\n"
        "Every command but init, check and wareki signs in with a password and a code from the\n"
        "authenticator app. The password comes from MADOGUCHI_PASSWORD or --password-stdin,\n"
        "the code from MADOGUCHI_OTP or --otp-stdin, the password of a new account (user add)\n"
        "from MADOGUCHI_NEW_PASSWORD or --new-password-stdin; never from the command line. On\n"
        "standard input each is one line, in that order.\n"
        "Exit codes: 0 ok, 1 negative result, 2 usage or bad input, 3 authentication or "
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
    const QCommandLineOption otpStdinOption(
        QStringLiteral("otp-stdin"),
        cli::CliCommands::tr("Read the second-factor code from the next line of standard input."));
    const QCommandLineOption newPasswordStdinOption(
        QStringLiteral("new-password-stdin"),
        cli::CliCommands::tr("user add: read the new account's password from the next line of "
                             "standard input."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        cli::CliCommands::tr(
            "Print results as JSON (person add and intake submit also read their FILE as JSON)."));
    const QCommandLineOption adminOption(
        QStringLiteral("admin"), cli::CliCommands::tr("init: the first administrator's login."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"),
        cli::CliCommands::tr("init, user add: the person's display name (default: the login)."),
        QStringLiteral("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        cli::CliCommands::tr("user add: a role; repeat for more."),
                                        QStringLiteral("ROLE"));
    const QCommandLineOption scopeOption(
        QStringLiteral("scope"),
        cli::CliCommands::tr("user add: a business scope; repeat for more."),
        QStringLiteral("SCOPE"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       cli::CliCommands::tr("audit export: the CSV file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        cli::CliCommands::tr("audit export: the first day (UTC)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      cli::CliCommands::tr("audit export: the last day (UTC)."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption notDuplicateOption(
        QStringLiteral("not-duplicate"),
        cli::CliCommands::tr("person add: the possible duplicates were checked; this is another "
                             "person."));
    const QCommandLineOption personsOption(
        QStringLiteral("persons"), cli::CliCommands::tr("demo: how many fictional persons."),
        QStringLiteral("N"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        cli::CliCommands::tr("demo: the random seed (the same seed gives the same people)."),
        QStringLiteral("S"));
    const QCommandLineOption personOption(
        QStringLiteral("person"),
        cli::CliCommands::tr(
            "mynumber not-provided, jukinet request: the person's id or 宛名番号."),
        QStringLiteral("ID"));
    const QCommandLineOption reasonOption(
        QStringLiteral("reason"),
        cli::CliCommands::tr("mynumber not-provided: why the number was not provided."),
        QStringLiteral("CODE"));
    const QCommandLineOption itemsOption(
        QStringLiteral("items"),
        cli::CliCommands::tr("jukinet request: the items to send, comma-separated."),
        QStringLiteral("LIST"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"), cli::CliCommands::tr("jukinet list: only requests in this state."),
        QStringLiteral("STATE"));
    const QCommandLineOption fileOption(
        QStringLiteral("file"),
        cli::CliCommands::tr("jukinet export: the batch file to write; jukinet import: the result "
                             "file to read."),
        QStringLiteral("FILE"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        cli::CliCommands::tr(
            "numbers lease: recipient (受給者番号) or certificate (受給者証番号); certificate "
            "print: the kind of certificate (welfare_service, medical_psychiatric, …)."),
        QStringLiteral("KIND"));
    const QCommandLineOption ledgerOption(
        QStringLiteral("ledger"),
        cli::CliCommands::tr("numbers lease, ledger show, ledger list: the ledger (a scope code)."),
        QStringLiteral("LEDGER"));
    const QCommandLineOption prefixOption(
        QStringLiteral("prefix"),
        cli::CliCommands::tr("numbers lease: the leading digits common to the block."),
        QStringLiteral("DIGITS"));
    const QCommandLineOption firstOption(QStringLiteral("first"),
                                         cli::CliCommands::tr("numbers lease: the first number."),
                                         QStringLiteral("N"));
    const QCommandLineOption lastOption(QStringLiteral("last"),
                                        cli::CliCommands::tr("numbers lease: the last number."),
                                        QStringLiteral("N"));
    const QCommandLineOption recipientOption(
        QStringLiteral("recipient"),
        cli::CliCommands::tr("ledger show, certificate print, certificate list: the 受給者番号."),
        QStringLiteral("NUMBER"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        cli::CliCommands::tr("ledger list: only recipients in this status."),
        QStringLiteral("STATUS"));
    const QCommandLineOption expiringWithinOption(
        QStringLiteral("expiring-within"),
        cli::CliCommands::tr(
            "ledger list: only recipients whose validity ends from today to today + DAYS."),
        QStringLiteral("DAYS"));
    parser.addOptions({kindOption, ledgerOption, prefixOption, firstOption, lastOption,
                       recipientOption, statusOption, expiringWithinOption});
    parser.addOptions(
        {dbOption,   userOption,   stdinOption,  otpStdinOption,     newPasswordStdinOption,
         jsonOption, adminOption,  nameOption,   roleOption,         scopeOption,
         csvOption,  fromOption,   toOption,     notDuplicateOption, personsOption,
         seedOption, personOption, reasonOption, itemsOption,        stateOption,
         fileOption});
    const QCommandLineOption keysOption(
        QStringLiteral("keys"),
        cli::CliCommands::tr("certificate verify: the issuing keys (a file from issuing-key "
                             "export); no database or sign-in needed."),
        QStringLiteral("FILE"));
    parser.addOption(keysOption);
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        cli::CliCommands::tr("person duplicates merge: the record that remains (id or 宛名番号)."),
        QStringLiteral("PERSON"));
    parser.addOption(keepOption);
    const QCommandLineOption pdfOption(
        QStringLiteral("pdf"),
        cli::CliCommands::tr("certificate print, batch, reissue: the PDF file to write."),
        QStringLiteral("FILE"));
    const QCommandLineOption certificateOption(
        QStringLiteral("certificate"),
        cli::CliCommands::tr("certificate reissue: the id of the certificate to replace."),
        QStringLiteral("ID"));
    const QCommandLineOption decisionOption(
        QStringLiteral("decision"),
        cli::CliCommands::tr("notice print: the id of the approved decision."),
        QStringLiteral("ID"));
    parser.addOptions({pdfOption, certificateOption, decisionOption});
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        cli::CliCommands::tr("central migrate, device enroll, device revoke, sync: the central "
                             "store's URL."),
        QStringLiteral("URL"));
    parser.addOption(urlOption);
    const QCommandLineOption inOption(
        QStringLiteral("in"),
        cli::CliCommands::tr("sync import-package: the device's package; sync import-reply: the "
                             "office's reply."),
        QStringLiteral("FILE"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        cli::CliCommands::tr("sync export-package: the package to write; sync import-package: "
                             "the reply to write."),
        QStringLiteral("FILE"));
    parser.addOptions({inOption, outOption});
    const QCommandLineOption loginOption(
        QStringLiteral("login"),
        cli::CliCommands::tr("central staff: the central account's login."),
        QStringLiteral("LOGIN"));
    parser.addOption(loginOption);
    const QCommandLineOption deviceOption(
        QStringLiteral("device"),
        cli::CliCommands::tr("device assign, unassign, cases: the outreach device's id."),
        QStringLiteral("ID"));
    parser.addOption(deviceOption);
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
    context.codeFromStdin = parser.isSet(otpStdinOption);
    context.newPasswordFromStdin = parser.isSet(newPasswordStdinOption);
    context.json = parser.isSet(jsonOption);
    context.adminLogin = parser.value(adminOption);
    context.displayName = parser.value(nameOption);
    context.roles = parser.values(roleOption);
    context.scopes = parser.values(scopeOption);
    context.csvPath = parser.value(csvOption);
    context.fromDate = parser.value(fromOption);
    context.toDate = parser.value(toOption);
    context.notDuplicate = parser.isSet(notDuplicateOption);
    context.persons = parser.value(personsOption);
    context.seed = parser.value(seedOption);
    context.person = parser.value(personOption);
    context.reason = parser.value(reasonOption);
    context.items = parser.value(itemsOption);
    context.state = parser.value(stateOption);
    context.filePath = parser.value(fileOption);
    context.keysPath = parser.value(keysOption);
    context.keep = parser.value(keepOption);
    context.staffLogin = parser.value(loginOption);
    context.device = parser.value(deviceOption);
    context.kind = parser.value(kindOption);
    context.ledger = parser.value(ledgerOption);
    context.prefix = parser.value(prefixOption);
    context.first = parser.value(firstOption);
    context.last = parser.value(lastOption);
    context.recipient = parser.value(recipientOption);
    context.status = parser.value(statusOption);
    context.expiringWithin = parser.value(expiringWithinOption);
    context.pdfPath = parser.value(pdfOption);
    context.certificateId = parser.value(certificateOption);
    context.decisionId = parser.value(decisionOption);
    context.url = parser.value(urlOption);
    context.inPath = parser.value(inOption);
    context.outPath = parser.value(outOption);
    context.arguments = parser.positionalArguments();
    return cli::CliCommands::run(context);
}
