// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli as a script sees it: exit codes, one-line errors, nothing changed on failure,
// sign-in with a password and a second-factor code, staff accounts and the audit log.
#include "CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <vector>

using namespace madoguchi;
using namespace madoguchi::clitest;

TEST_CASE("cli: --version prints the version", "[cli]")
{
    const Run run = cli({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral(MADOGUCHI_VERSION)));
}

TEST_CASE("cli: init prints the recovery code and the administrator's otpauth URI once", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    const Run run =
        cli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--admin"),
             QStringLiteral("chief"), QStringLiteral("--name"), str(kAdminName)});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QRegularExpression(QStringLiteral("\\b[A-Z2-7]{4}(-[A-Z2-7]{4}){7}\\b"))
              .match(run.out)
              .hasMatch());
    const QString uri = uriIn(run.out);
    CHECK(uri.startsWith(QStringLiteral("otpauth://totp/Madoguchi:chief?")));
    CHECK(run.out.count(QStringLiteral("otpauth://")) == 1);
    CHECK(QFile::exists(path));
    CHECK(QFile::exists(security::keySlotPathFor(path)));
    CHECK(run.err.isEmpty());

    // The printed URI is the enrolled second factor: the administrator can sign in with it.
    const security::SecureBuffer secret = secretFromUri(uri);
    const QString code = Totp::codeAt(secret, Totp::stepAt(QDateTime::currentDateTimeUtc()));
    const Run check = cli({QStringLiteral("--db"), path, QStringLiteral("--user"),
                           QStringLiteral("chief"), QStringLiteral("db"), QStringLiteral("check")},
                          {.code = code});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);

    const Run again = cli({QStringLiteral("--db"), path, QStringLiteral("init"),
                           QStringLiteral("--admin"), QStringLiteral("chief")});
    CHECK(again.exitCode == 2);
    requireOneLineError(again);

    QTemporaryDir jsonDir;
    const Run json = cli({QStringLiteral("--db"), jsonDir.filePath(QStringLiteral("j.db")),
                          QStringLiteral("init"), QStringLiteral("--admin"),
                          QStringLiteral("chief"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(object[QStringLiteral("recovery_code")].toString().size() == 39);
    CHECK(object[QStringLiteral("otpauth_uri")].toString().startsWith(
        QStringLiteral("otpauth://totp/Madoguchi:chief?")));
}

TEST_CASE("cli: usage errors exit 2 and passwords are never taken from argv", "[cli]")
{
    Fixture f;
    const QString code = f.wrongCode(QStringLiteral("admin"));
    CHECK(cli(f.args({"frobnicate"}), {.code = code}).exitCode == 2);
    CHECK(cli(f.args({}), {.code = code}).exitCode == 2);
    CHECK(cli(f.args({"--password", "x", "db", "check"}), {.code = code}).exitCode == 2);
    CHECK(cli(f.args({"--otp", "123456", "db", "check"})).exitCode == 2);
    const Run noPassword = cli(f.args({"db", "check"}), {.password = {}, .code = code});
    CHECK(noPassword.exitCode == 2);
    requireOneLineError(noPassword);
    const Run notDigits = cli(f.args({"db", "check"}), {.code = QStringLiteral("12345x")});
    CHECK(notDigits.exitCode == 2);
    requireOneLineError(notDigits);
}

TEST_CASE("cli: db check needs the second-factor code", "[cli]")
{
    Fixture f;
    const Run missing = cli(f.args({"db", "check"}));
    CHECK(missing.exitCode == 2);
    requireOneLineError(missing);
    CHECK(missing.err.contains(QStringLiteral("MADOGUCHI_OTP")));

    const Run wrong = cli(f.args({"db", "check"}), {.code = f.wrongCode(QStringLiteral("admin"))});
    CHECK(wrong.exitCode == 3);
    requireOneLineError(wrong);

    // Both secrets on standard input: the password on line 1, the code on line 2.
    const Run onStdin = cli(f.args({"db", "check", "--password-stdin", "--otp-stdin"}),
                            {.password = {},
                             .stdinText = QByteArray(kPassword) + '\n' +
                                          f.code(QStringLiteral("admin")).toUtf8() + '\n'});
    INFO(onStdin.err.toStdString());
    CHECK(onStdin.exitCode == 0);
}

TEST_CASE("cli: a replayed code exits 3", "[cli]")
{
    Fixture f;
    const QString code = f.code(QStringLiteral("admin"));
    const Run first = cli(f.args({"db", "check"}), {.code = code});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const Run replayed = cli(f.args({"db", "check"}), {.code = code});
    CHECK(replayed.exitCode == 3);
    requireOneLineError(replayed);
    CHECK(replayed.err.contains(QStringLiteral("used already")));
}

TEST_CASE("cli: a wrong password exits 3 with one line and changes nothing", "[cli]")
{
    Fixture f;
    const QByteArray before = f.bytes();
    const Run run = cli(f.args({"db", "check"}),
                        {.password = "wrong password!!", .code = f.code(QStringLiteral("admin"))});
    CHECK(run.exitCode == 3);
    requireOneLineError(run);
    CHECK(f.bytes() == before);
}

TEST_CASE("cli: after 5 wrong passwords even the right one is refused as locked", "[cli]")
{
    Fixture f;
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const Run wrong = cli(f.args({"db", "check"}),
                              {.password = "wrong password!!", .code = QStringLiteral("123456")});
        CHECK(wrong.exitCode == 3);
        requireOneLineError(wrong);
    }
    const QByteArray before = f.bytes();
    const Run locked = f.asAdmin({"db", "check"});
    CHECK(locked.exitCode == 3);
    requireOneLineError(locked);
    CHECK(locked.err.contains(QStringLiteral("locked")));
    CHECK(f.bytes() == before);
}

TEST_CASE("cli: missing or tampered key file exits 4 with its own message", "[cli]")
{
    Fixture f;
    const QString code = f.code(QStringLiteral("admin"));
    const QByteArray keys = test::readAll(f.keys);
    REQUIRE(QFile::rename(f.keys, f.keys + QStringLiteral(".away")));
    const Run missing = cli(f.args({"db", "check"}), {.code = code});
    CHECK(missing.exitCode == 4);
    requireOneLineError(missing);

    QByteArray tampered = keys;
    tampered[tampered.size() - 40] = char(tampered[tampered.size() - 40] ^ 0x20);
    {
        QFile file(f.keys);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(tampered);
    }
    const Run corrupt = cli(f.args({"db", "check"}), {.code = code});
    CHECK(corrupt.exitCode == 4);
    requireOneLineError(corrupt);
    CHECK(corrupt.err != missing.err);
}

TEST_CASE("cli: a truncated database exits 4 and is left as it was", "[cli]")
{
    Fixture f;
    REQUIRE(QFile::resize(f.path, 2000));
    const QByteArray before = f.bytes();
    const Run run = f.asAdmin({"db", "check"});
    CHECK(run.exitCode == 4);
    requireOneLineError(run);
    CHECK(f.bytes() == before);
}

TEST_CASE("cli: a database from a newer schema exits 4", "[cli]")
{
    Fixture f;
    {
        auto db = store::Database::open(f.path, QStringLiteral("admin"), test::secret(kPassword));
        REQUIRE(db.ok());
        QSqlQuery query(db.value()->connection());
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = f.bytes();
    const Run run = f.asAdmin({"db", "check"});
    CHECK(run.exitCode == 4);
    requireOneLineError(run);
    CHECK(run.err.contains(QStringLiteral("newer")));
    CHECK(f.bytes() == before);
}

TEST_CASE("cli: db check --json reports a sound database and a clerk may not run it", "[cli]")
{
    Fixture f;
    f.addStaff({clerk()});
    const Run run = f.asAdmin({"db", "check", "--json"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(report[QStringLiteral("ok")].toBool());
    CHECK(report[QStringLiteral("page_size")].toInt() == 4096);
    CHECK(report[QStringLiteral("cipher_version")].toString().startsWith(QStringLiteral("3.")));

    const Run denied = f.as(QStringLiteral("clerk"), {"db", "check"});
    CHECK(denied.exitCode == 3);
    requireOneLineError(denied);
    CHECK(denied.err.contains(QStringLiteral("permission")));
}

TEST_CASE("cli: db rekey with the secrets on stdin keeps the database usable", "[cli]")
{
    Fixture f;
    f.addStaff({clerk(), auditor()});
    const QByteArray keysBefore = test::readAll(f.keys);
    const Run denied = f.as(QStringLiteral("clerk"), {"db", "rekey"});
    CHECK(denied.exitCode == 3);
    CHECK(test::readAll(f.keys) == keysBefore);

    const Run run = cli(f.args({"db", "rekey", "--password-stdin", "--otp-stdin"}),
                        {.password = {},
                         .stdinText = QByteArray(kPassword) + '\n' +
                                      f.code(QStringLiteral("admin")).toUtf8() + '\n'});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(plural(QStringLiteral("4 key slot(s)")))); // 3 accounts + recovery
    CHECK(test::readAll(f.keys) != keysBefore);
    CHECK(f.asAdmin({"db", "check"}).exitCode == 0);

    // The rekey is in the audit log.
    const QString csv = f.dir.filePath(QStringLiteral("audit.csv"));
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const Run exported =
        cli(f.args({"audit", "export", "--csv", csv.toUtf8().constData(), "--from", "2000-01-01",
                    "--to", today.toUtf8().constData()},
                   QStringLiteral("auditor")),
            {.password = kStaffPassword, .code = f.code(QStringLiteral("auditor"))});
    REQUIRE(exported.exitCode == 0);
    CHECK(test::readAll(csv).contains(",admin,database.rekey,"));
}

TEST_CASE("cli: user add, list and unlock", "[cli]")
{
    Fixture f;
    f.addStaff({deputy()}); // a second administrator, for more sign-ins within 30 s
    // Password, code and the new person's password, one line each on standard input.
    const Run added =
        cli(f.args({"user", "add", "yamada", "--role", "auditor", "--role", "clerk", "--scope",
                    "welfare_service", "--scope", "devices", "--name", kClerkName,
                    "--password-stdin", "--otp-stdin", "--new-password-stdin"}),
            {.password = {},
             .stdinText = QByteArray(kPassword) + '\n' + f.code(QStringLiteral("admin")).toUtf8() +
                          '\n' + kStaffPassword + '\n'});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString uri = uriIn(added.out);
    CHECK(uri.startsWith(QStringLiteral("otpauth://totp/Madoguchi:yamada?")));
    f.totpSecrets[QStringLiteral("yamada")] = secretFromUri(uri);

    const Run list = f.asAdmin({"user", "list"});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).startsWith(QStringLiteral("LOGIN")));
    CHECK(lines.at(1).startsWith(QStringLiteral("admin ")));
    CHECK(lines.at(1).contains(QStringLiteral("administrator")));
    CHECK(lines.at(1).endsWith(str(kAdminName)));
    CHECK(lines.at(2).startsWith(QStringLiteral("deputy ")));
    CHECK(lines.at(3).startsWith(QStringLiteral("yamada ")));
    CHECK(lines.at(3).contains(QStringLiteral("auditor,clerk")));
    CHECK(lines.at(3).contains(QStringLiteral("welfare_service,devices")));
    CHECK(lines.at(3).endsWith(str(kClerkName)));

    // Locked out by wrong passwords, then unlocked by the administrator.
    for (int attempt = 1; attempt <= 5; ++attempt)
        CHECK(cli(f.args({"audit", "verify"}, QStringLiteral("yamada")),
                  {.password = "not the password", .code = QStringLiteral("123456")})
                  .exitCode == 3);
    const Run locked = f.as(QStringLiteral("yamada"), {"audit", "verify"});
    CHECK(locked.exitCode == 3);
    CHECK(locked.err.contains(QStringLiteral("locked")));

    const Run unlocked = f.as(QStringLiteral("deputy"), {"user", "unlock", "yamada"});
    INFO(unlocked.err.toStdString());
    CHECK(unlocked.exitCode == 0);
    const Run verify = f.as(QStringLiteral("yamada"), {"audit", "verify"});
    INFO(verify.err.toStdString());
    CHECK(verify.exitCode == 0);

    const Run json = f.as(QStringLiteral("deputy"), {"user", "list", "--json"});
    REQUIRE(json.exitCode == 0);
    const QJsonArray accounts = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(accounts.size() == 3);
    const QJsonObject yamada = accounts.at(2).toObject();
    CHECK(yamada[QStringLiteral("login")].toString() == u"yamada");
    CHECK(yamada[QStringLiteral("state")].toString() == u"active");
    CHECK(yamada[QStringLiteral("second_factor")].toBool());
    CHECK(yamada[QStringLiteral("roles")].toArray().size() == 2);
}

TEST_CASE("cli: user add refuses unknown roles and scopes, and needs a new password", "[cli]")
{
    Fixture f;
    const QString code = f.wrongCode(QStringLiteral("admin")); // never gets that far
    const Run role = cli(f.args({"user", "add", "x1", "--role", "janitor", "--scope", "devices"}),
                         {.code = code, .newPassword = kStaffPassword});
    CHECK(role.exitCode == 2);
    requireOneLineError(role);
    CHECK(role.err.contains(QStringLiteral("janitor")));

    const Run scope = cli(f.args({"user", "add", "x1", "--role", "clerk", "--scope", "parking"}),
                          {.code = code, .newPassword = kStaffPassword});
    CHECK(scope.exitCode == 2);
    CHECK(scope.err.contains(QStringLiteral("parking")));

    CHECK(cli(f.args({"user", "add", "x1", "--scope", "devices"}),
              {.code = code, .newPassword = kStaffPassword})
              .exitCode == 2);
    CHECK(cli(f.args({"user", "add", "x1", "--role", "clerk"}),
              {.code = code, .newPassword = kStaffPassword})
              .exitCode == 2);
    const Run noNewPassword =
        cli(f.args({"user", "add", "x1", "--role", "auditor"}), {.code = code});
    CHECK(noNewPassword.exitCode == 2);
    CHECK(noNewPassword.err.contains(QStringLiteral("MADOGUCHI_NEW_PASSWORD")));
    CHECK(security::KeySlotFile::load(f.keys)->accountLogins() ==
          QStringList{QStringLiteral("admin")});
}

TEST_CASE("cli: a disabled account cannot open the database, even with the right password", "[cli]")
{
    Fixture f;
    f.addStaff({deputy()});
    const Run before = f.as(QStringLiteral("deputy"), {"db", "check"});
    INFO(before.err.toStdString());
    REQUIRE(before.exitCode == 0);

    const Run disabled = f.asAdmin({"user", "disable", "deputy"});
    INFO(disabled.err.toStdString());
    REQUIRE(disabled.exitCode == 0);

    const Run after = f.as(QStringLiteral("deputy"), {"db", "check"});
    CHECK(after.exitCode == 3);
    requireOneLineError(after);

    const Run unknown = f.asAdmin({"user", "disable", "nobody"});
    CHECK(unknown.exitCode == 2);
    requireOneLineError(unknown);
}

TEST_CASE("cli: audit verify on an intact log exits 0 and only an auditor may run it", "[cli]")
{
    Fixture f;
    f.addStaff({auditor()});
    const Run run = f.as(QStringLiteral("auditor"), {"audit", "verify"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("The audit log is intact: ")));
    CHECK(run.err.isEmpty());

    const Run json = f.as(QStringLiteral("auditor"), {"audit", "verify", "--json"});
    REQUIRE(json.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(report[QStringLiteral("ok")].toBool());
    CHECK(report[QStringLiteral("records")].toInt() >= 5);
    CHECK(report[QStringLiteral("checkpoints")].toInt() >= 1);

    // The permission table gives audit.view to auditors only, administrators included.
    const Run admin = f.asAdmin({"audit", "verify"});
    CHECK(admin.exitCode == 3);
    requireOneLineError(admin);
}

TEST_CASE("cli: audit verify names the record whose one byte was changed", "[cli]")
{
    Fixture f;
    f.addStaff({auditor()});
    f.tamperAuditLog(QStringLiteral("UPDATE audit_log SET outcome = 'success ' WHERE seq = 3;"));
    const Run run = f.as(QStringLiteral("auditor"), {"audit", "verify"});
    CHECK(run.exitCode == 4);
    requireOneLineError(run);
    CHECK(run.err.contains(QStringLiteral("record 3 ")));
}

TEST_CASE("cli: audit verify detects a deleted record and two swapped records", "[cli]")
{
    SECTION("deleted")
    {
        Fixture f;
        f.addStaff({auditor()});
        f.tamperAuditLog(QStringLiteral("DELETE FROM audit_log WHERE seq = 3;"));
        const Run run = f.as(QStringLiteral("auditor"), {"audit", "verify"});
        CHECK(run.exitCode == 4);
        requireOneLineError(run);
        CHECK(run.err.contains(QStringLiteral("record 3 ")));
    }
    SECTION("swapped")
    {
        Fixture f;
        f.addStaff({auditor()});
        f.tamperAuditLog(QStringLiteral("UPDATE audit_log SET seq = -3 WHERE seq = 3;\n"
                                        "UPDATE audit_log SET seq = 3 WHERE seq = 4;\n"
                                        "UPDATE audit_log SET seq = 4 WHERE seq = -3;"));
        const Run run = f.as(QStringLiteral("auditor"), {"audit", "verify", "--json"});
        CHECK(run.exitCode == 4);
        CHECK(run.err.count(u'\n') == 1);
        CHECK(run.err.contains(QStringLiteral("record 3 ")));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        CHECK(report[QStringLiteral("tampered")].toBool());
        CHECK(report[QStringLiteral("first_bad_seq")].toInt() == 3);
    }
}

TEST_CASE("cli: audit export writes a CSV with BOM and header and bad dates exit 2", "[cli]")
{
    Fixture f;
    f.addStaff({auditor(), clerk()});
    const QString csv = f.dir.filePath(QStringLiteral("audit.csv"));
    const QByteArray csvArg = csv.toUtf8();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QByteArray from = today.addDays(-1).toString(Qt::ISODate).toUtf8();
    const QByteArray to = today.addDays(1).toString(Qt::ISODate).toUtf8();

    const QString code = f.wrongCode(QStringLiteral("auditor")); // never gets that far
    for (const auto& [fromText, toText] :
         std::vector<std::pair<const char*, const char*>>{{"2024-13-01", "2024-12-31"},
                                                          {"2024-02-30", "2024-03-01"},
                                                          {"yesterday", "2024-03-01"},
                                                          {"2024-03-02", "2024-03-01"}}) {
        const Run bad = cli(f.args({"audit", "export", "--csv", csvArg.constData(), "--from",
                                    fromText, "--to", toText},
                                   QStringLiteral("auditor")),
                            {.password = kStaffPassword, .code = code});
        CHECK(bad.exitCode == 2);
        requireOneLineError(bad);
    }
    CHECK(cli(f.args({"audit", "export", "--from", from.constData(), "--to", to.constData()},
                     QStringLiteral("auditor")),
              {.password = kStaffPassword, .code = code})
              .exitCode == 2);
    CHECK_FALSE(QFile::exists(csv));

    const Run run =
        f.as(QStringLiteral("auditor"), {"audit", "export", "--csv", csvArg.constData(), "--from",
                                         from.constData(), "--to", to.constData()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QByteArray bytes = test::readAll(csv);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    CHECK(lines.first().startsWith("seq,recorded_at,"));
    const qsizetype rows = bytes.count("\r\n") - 1;
    CHECK(rows >= 5);
    CHECK(run.out.contains(plural(QStringLiteral("Wrote %1 audit record(s)").arg(rows))));
    CHECK((QFile::permissions(csv) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);

    // A clerk may not export.
    const QString other = f.dir.filePath(QStringLiteral("other.csv"));
    const QByteArray otherArg = other.toUtf8();
    const Run clerk =
        f.as(QStringLiteral("clerk"), {"audit", "export", "--csv", otherArg.constData(), "--from",
                                       from.constData(), "--to", to.constData()});
    CHECK(clerk.exitCode == 3);
    requireOneLineError(clerk);
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("cli: display names stay out of the audit log, its export and the CLI's messages",
          "[cli]")
{
    Fixture f;
    f.addStaff({auditor()});
    QString everything; // stdout and stderr of every run except user list, whose job is names
    const auto keep = [&everything](const Run& run) {
        everything += run.out + run.err;
        return run;
    };
    REQUIRE(keep(cli(f.args({"user", "add", "hanako", "--role", "clerk", "--scope",
                             "medical_psychiatric", "--name", kClerkName}),
                     {.code = f.code(QStringLiteral("admin")), .newPassword = kStaffPassword}))
                .exitCode == 0);
    keep(cli(f.args({"db", "check"}, QStringLiteral("hanako")),
             {.password = "wrong password!!", .code = QStringLiteral("123456")}));
    CHECK(keep(f.asAdmin({"audit", "verify"})).exitCode == 3); // denied, and audited
    REQUIRE(keep(f.as(QStringLiteral("auditor"), {"audit", "verify"})).exitCode == 0);
    const QString csv = f.dir.filePath(QStringLiteral("audit.csv"));
    const QByteArray csvArg = csv.toUtf8();
    REQUIRE(keep(f.as(QStringLiteral("auditor"), {"audit", "export", "--csv", csvArg.constData(),
                                                  "--from", "2000-01-01", "--to", "2999-12-31"}))
                .exitCode == 0);

    const QString exported = QString::fromUtf8(test::readAll(csv));
    CHECK(exported.contains(QStringLiteral("account.create")));
    CHECK(exported.contains(QStringLiteral("sign_in.failure")));
    QString stored;
    {
        auto db = store::Database::open(f.path, QStringLiteral("admin"), test::secret(kPassword));
        REQUIRE(db.ok());
        QSqlQuery query(db.value()->connection());
        REQUIRE(query.exec(QStringLiteral(
            "SELECT recorded_at || account || event || object_type || object_id || purpose || "
            "outcome FROM audit_log")));
        while (query.next())
            stored += query.value(0).toString() + u'\n';
    }
    CHECK(stored.contains(QStringLiteral("hanako")));
    for (const char* name : {kAdminName, kClerkName, kAuditorName}) {
        for (const QString& part : str(name).split(u' ')) {
            INFO(part.toStdString());
            CHECK_FALSE(exported.contains(part));
            CHECK_FALSE(stored.contains(part));
            CHECK_FALSE(everything.contains(part));
        }
    }
}
