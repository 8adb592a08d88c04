// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli as a script sees it: exit codes, one-line errors, nothing changed on failure.
#include "security/KeySlotFile.h"
#include "store/Database.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace madoguchi;

namespace {

constexpr char kPassword[] = "correct horse battery";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments, const QByteArray& password = kPassword,
        const QByteArray& stdinText = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MADOGUCHI_USER"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    if (password.isEmpty())
        env.remove(QStringLiteral("MADOGUCHI_PASSWORD"));
    else
        env.insert(QStringLiteral("MADOGUCHI_PASSWORD"), QString::fromUtf8(password));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MADOGUCHI_CLI), arguments);
    REQUIRE(process.waitForStarted());
    process.write(stdinText);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("m.db"));
    QString keys = security::keySlotPathFor(path);

    Fixture()
    {
        // Made in-process with a fast KDF; the CLI reads the cost from the slot.
        REQUIRE(store::Database::create(path, QStringLiteral("admin"), test::secret(kPassword),
                                        test::fastKdf())
                    .ok());
    }
    QStringList args(std::initializer_list<const char*> rest) const
    {
        QStringList list{QStringLiteral("--db"), path, QStringLiteral("--user"),
                         QStringLiteral("admin")};
        for (const char* a : rest)
            list << QString::fromUtf8(a);
        return list;
    }
    QByteArray bytes() const { return test::readAll(path) + test::readAll(keys); }
};

void requireOneLineError(const Run& run)
{
    CHECK(run.out.isEmpty());
    CHECK(run.err.count(u'\n') == 1);
    CHECK(run.err.startsWith(QStringLiteral("madoguchi-cli: ")));
}

} // namespace

TEST_CASE("cli: --version prints the version", "[cli]")
{
    const Run run = cli({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral(MADOGUCHI_VERSION)));
}

TEST_CASE("cli: init creates the database and prints the recovery code once", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    const Run run = cli({QStringLiteral("--db"), path, QStringLiteral("init"),
                         QStringLiteral("--admin"), QStringLiteral("chief")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QRegularExpression(QStringLiteral("\\b[A-Z2-7]{4}(-[A-Z2-7]{4}){7}\\b"))
              .match(run.out)
              .hasMatch());
    CHECK(QFile::exists(path));
    CHECK(QFile::exists(security::keySlotPathFor(path)));
    CHECK(run.err.isEmpty());

    const Run again = cli({QStringLiteral("--db"), path, QStringLiteral("init"),
                           QStringLiteral("--admin"), QStringLiteral("chief")});
    CHECK(again.exitCode == 2);
    requireOneLineError(again);
}

TEST_CASE("cli: usage errors exit 2 and passwords are never taken from argv", "[cli]")
{
    Fixture f;
    CHECK(cli(f.args({"frobnicate"})).exitCode == 2);
    CHECK(cli(f.args({})).exitCode == 2);
    CHECK(cli(f.args({"--password", "x", "db", "check"})).exitCode == 2);
    const Run noPassword = cli(f.args({"db", "check"}), QByteArray());
    CHECK(noPassword.exitCode == 2);
    requireOneLineError(noPassword);
}

TEST_CASE("cli: a wrong password exits 3 with one line and changes nothing", "[cli]")
{
    Fixture f;
    const QByteArray before = f.bytes();
    const Run run = cli(f.args({"db", "check"}), "wrong password!!");
    CHECK(run.exitCode == 3);
    requireOneLineError(run);
    CHECK(f.bytes() == before);
}

TEST_CASE("cli: missing or tampered key file exits 4 with its own message", "[cli]")
{
    Fixture f;
    const QByteArray keys = test::readAll(f.keys);
    REQUIRE(QFile::rename(f.keys, f.keys + QStringLiteral(".away")));
    const Run missing = cli(f.args({"db", "check"}));
    CHECK(missing.exitCode == 4);
    requireOneLineError(missing);

    QByteArray tampered = keys;
    tampered[tampered.size() - 40] = char(tampered[tampered.size() - 40] ^ 0x20);
    {
        QFile file(f.keys);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(tampered);
    }
    const Run corrupt = cli(f.args({"db", "check"}));
    CHECK(corrupt.exitCode == 4);
    requireOneLineError(corrupt);
    CHECK(corrupt.err != missing.err);
}

TEST_CASE("cli: a truncated database exits 4 and is left as it was", "[cli]")
{
    Fixture f;
    REQUIRE(QFile::resize(f.path, 2000));
    const QByteArray before = f.bytes();
    const Run run = cli(f.args({"db", "check"}));
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
    const Run run = cli(f.args({"db", "check"}));
    CHECK(run.exitCode == 4);
    requireOneLineError(run);
    CHECK(run.err.contains(QStringLiteral("newer")));
    CHECK(f.bytes() == before);
}

TEST_CASE("cli: db check --json reports a sound database", "[cli]")
{
    Fixture f;
    const Run run = cli(f.args({"db", "check", "--json"}));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(report[QStringLiteral("ok")].toBool());
    CHECK(report[QStringLiteral("page_size")].toInt() == 4096);
    CHECK(report[QStringLiteral("cipher_version")].toString().startsWith(QStringLiteral("3.")));
}

TEST_CASE("cli: db rekey with the password on stdin keeps the database usable", "[cli]")
{
    Fixture f;
    const QByteArray keysBefore = test::readAll(f.keys);
    const Run run = cli(f.args({"db", "rekey", "--password-stdin"}), QByteArray(),
                        QByteArray(kPassword) + '\n');
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(test::readAll(f.keys) != keysBefore);
    CHECK(cli(f.args({"db", "check"})).exitCode == 0);
}
