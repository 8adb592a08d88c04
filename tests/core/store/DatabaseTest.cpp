// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"
#include "security/KeySlotFile.h"
#include "store/Migrator.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <sodium.h>

using namespace madoguchi;
using store::Database;

namespace {

constexpr char kPassword[] = "correct horse battery";
const QByteArray kMarker = "MARKER-7f3a-do-not-leak-山田太郎";

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("sub/madoguchi.db"));
    QString keys = security::keySlotPathFor(path);

    QString create(const char* login = "admin")
    {
        auto created = Database::create(path, QString::fromLatin1(login), test::secret(kPassword),
                                        test::fastKdf());
        REQUIRE(created.ok());
        return created->recoveryCode;
    }

    std::unique_ptr<Database> open(const char* login = "admin", const char* password = kPassword)
    {
        auto db = Database::open(path, QString::fromLatin1(login), test::secret(password));
        INFO(db.message().toStdString());
        REQUIRE(db.ok());
        return std::move(db).value();
    }

    void insertMarker(Database& db)
    {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS probe (text TEXT)")));
        query.prepare(QStringLiteral("INSERT INTO probe (text) VALUES (?)"));
        query.addBindValue(QString::fromUtf8(kMarker));
        REQUIRE(query.exec());
    }

    // The raw key, as a test may see it (never the application).
    QString rawKeyHex(const char* login = "admin")
    {
        auto file = security::KeySlotFile::load(keys);
        REQUIRE(file.ok());
        auto key = file->unlockAccount(QString::fromLatin1(login), test::secret(kPassword));
        REQUIRE(key.ok());
        return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(key->data()), int(key->size())).toHex());
    }

    QByteArray bytes() { return test::readAll(path) + test::readAll(keys); }
};

QString runSqlcipherShell(const QString& path, const QString& sql)
{
    QProcess shell;
    shell.start(QStringLiteral(MADOGUCHI_SQLCIPHER_SHELL), {path});
    REQUIRE(shell.waitForStarted());
    shell.write(sql.toUtf8());
    shell.closeWriteChannel();
    REQUIRE(shell.waitForFinished(30000));
    return QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
}

} // namespace

TEST_CASE("A new database has its key file, a recovery code and the newest schema", "[database]")
{
    Fixture f;
    const QString code = f.create();
    CHECK(QRegularExpression(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$"))
              .match(code)
              .hasMatch());
    CHECK(QFile::exists(f.path));
    CHECK(QFile::exists(f.keys));
    CHECK((QFile::permissions(f.keys) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    auto db = f.open();
    CHECK(db->schemaVersion() == store::Migrator::builtIn()->latestVersion());
    QSqlQuery meta(db->connection());
    REQUIRE(meta.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'")));
    REQUIRE(meta.next());
    CHECK(meta.value(0).toString().size() == 36);
    CHECK(db->accountLogins() == QStringList{QStringLiteral("admin")});
}

TEST_CASE("Preparing a new database writes nothing until it is opened", "[database]")
{
    Fixture f;
    auto prepared = Database::prepareNew(f.path, QStringLiteral("admin"), test::secret(kPassword),
                                         test::fastKdf());
    REQUIRE(prepared.ok());
    CHECK_FALSE(QFile::exists(f.path));
    CHECK_FALSE(QFile::exists(f.keys));
    auto db = Database::open(std::move(prepared).value());
    REQUIRE(db.ok());
    CHECK(QFile::exists(f.keys));
}

TEST_CASE("Creating refuses an existing database, a short password and a bad login", "[database]")
{
    Fixture f;
    f.create();
    const QByteArray before = f.bytes();
    auto again =
        Database::create(f.path, QStringLiteral("other"), test::secret(kPassword), test::fastKdf());
    CHECK(again.code() == ErrorCode::AlreadyExists);
    CHECK(f.bytes() == before);

    Fixture g;
    CHECK(Database::create(g.path, QStringLiteral("admin"), test::secret("short"), test::fastKdf())
              .code() == ErrorCode::InvalidInput);
    CHECK(Database::create(g.path, QStringLiteral("no spaces"), test::secret(kPassword),
                           test::fastKdf())
              .code() == ErrorCode::InvalidInput);
    CHECK_FALSE(Database::exists(g.path));
}

TEST_CASE("Rows written are read back after reopening", "[database]")
{
    Fixture f;
    f.create();
    {
        auto db = f.open();
        f.insertMarker(*db);
    }
    auto db = f.open();
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT text FROM probe")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QString::fromUtf8(kMarker));
}

TEST_CASE("Neither the database file nor its WAL holds clear text", "[database][cipher]")
{
    Fixture f;
    f.create();
    auto db = f.open();
    f.insertMarker(*db);
    // While open, the row sits in the write-ahead log.
    const QByteArray wal = test::readAll(f.path + QStringLiteral("-wal"));
    CHECK(wal.size() > 0);
    CHECK_FALSE(wal.contains(kMarker));
    CHECK_FALSE(wal.contains("probe"));
    CHECK_FALSE(test::readAll(f.path).contains(kMarker));
    db.reset();
    const QByteArray file = test::readAll(f.path);
    CHECK(file.size() > 0);
    CHECK_FALSE(file.contains(kMarker));
    CHECK_FALSE(file.contains("CREATE TABLE"));
    CHECK_FALSE(file.startsWith("SQLite format 3"));
}

TEST_CASE("The sqlcipher shell opens our database with the raw key", "[database][cipher]")
{
    Fixture f;
    f.create();
    {
        auto db = f.open();
        f.insertMarker(*db);
    }
    const QString key = f.rawKeyHex();
    const QString withKey = runSqlcipherShell(
        f.path, QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n"
                               "SELECT text FROM probe;\n")
                    .arg(key));
    CHECK(withKey.contains(QString::fromUtf8(kMarker)));
    const QString withoutKey =
        runSqlcipherShell(f.path, QStringLiteral("SELECT text FROM probe;\n"));
    CHECK_FALSE(withoutKey.contains(QString::fromUtf8(kMarker)));
    CHECK(withoutKey.contains(QStringLiteral("not a database")));
}

TEST_CASE("Qt's plain QSQLITE driver cannot read our database", "[database][cipher]")
{
    Fixture f;
    f.create();
    const int encrypted = QProcess::execute(QStringLiteral(MADOGUCHI_QSQLITE_PROBE), {f.path});
    CHECK(encrypted == 1);

    // The probe itself works: a file the shell writes without a key is readable to it.
    const QString plain = f.dir.filePath(QStringLiteral("plain.db"));
    runSqlcipherShell(plain, QStringLiteral("CREATE TABLE t (x);\nINSERT INTO t VALUES (1);\n"));
    CHECK(QProcess::execute(QStringLiteral(MADOGUCHI_QSQLITE_PROBE), {plain}) == 0);
}

TEST_CASE("A wrong password is refused and changes nothing", "[database][errors]")
{
    Fixture f;
    f.create();
    const QByteArray before = f.bytes();
    auto db = Database::open(f.path, QStringLiteral("admin"), test::secret("wrong password!!"));
    CHECK(db.code() == ErrorCode::WrongPassword);
    CHECK_FALSE(db.message().isEmpty());
    CHECK(f.bytes() == before);
    CHECK_FALSE(QFile::exists(f.path + QStringLiteral("-wal")));
}

TEST_CASE("An unknown account is refused", "[database][errors]")
{
    Fixture f;
    f.create();
    auto db = Database::open(f.path, QStringLiteral("nobody"), test::secret(kPassword));
    CHECK(db.code() == ErrorCode::UnknownAccount);
}

TEST_CASE("A missing key file is its own error and the database is untouched", "[database][errors]")
{
    Fixture f;
    f.create();
    REQUIRE(QFile::remove(f.keys));
    const QByteArray before = test::readAll(f.path);
    auto db = Database::open(f.path, QStringLiteral("admin"), test::secret(kPassword));
    CHECK(db.code() == ErrorCode::KeySlotFileMissing);
    CHECK(test::readAll(f.path) == before);
}

TEST_CASE("A tampered key file is its own error", "[database][errors]")
{
    Fixture f;
    f.create();
    QByteArray keys = test::readAll(f.keys);
    keys[keys.size() / 2] = char(keys[keys.size() / 2] ^ 0x01);
    {
        QFile file(f.keys);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(keys);
    }
    const QByteArray before = f.bytes();
    auto db = Database::open(f.path, QStringLiteral("admin"), test::secret(kPassword));
    CHECK(db.code() == ErrorCode::KeySlotFileCorrupt);
    CHECK(f.bytes() == before);
}

TEST_CASE("A truncated database is its own error and is not changed", "[database][errors]")
{
    Fixture f;
    f.create();
    {
        auto db = f.open();
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
        for (int i = 0; i < 50; ++i)
            REQUIRE(query.exec(QStringLiteral("INSERT INTO filler VALUES (randomblob(4000))")));
    }
    for (const qint64 keep : {qint64(1000), qint64(3 * 4096)}) {
        Fixture g;
        g.create();
        QFile::remove(g.path);
        REQUIRE(QFile::copy(f.path, g.path));
        REQUIRE(QFile::remove(g.keys));
        REQUIRE(QFile::copy(f.keys, g.keys));
        REQUIRE(QFile::resize(g.path, keep));
        const QByteArray before = test::readAll(g.path);
        auto db = Database::open(g.path, QStringLiteral("admin"), test::secret(kPassword));
        INFO("kept bytes: " << keep);
        CHECK(db.code() == ErrorCode::DatabaseCorrupt);
        CHECK(test::readAll(g.path) == before);
        CHECK_FALSE(QFile::exists(g.path + QStringLiteral("-wal")));
    }
}

TEST_CASE("A database from a newer schema is refused and not changed", "[database][errors]")
{
    Fixture f;
    f.create();
    {
        auto db = f.open();
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    const QByteArray before = test::readAll(f.path);
    auto db = Database::open(f.path, QStringLiteral("admin"), test::secret(kPassword));
    CHECK(db.code() == ErrorCode::NewerSchema);
    CHECK(db.message().contains(QStringLiteral("999")));
    CHECK(test::readAll(f.path) == before);
}

TEST_CASE("The recovery code opens the database", "[database]")
{
    Fixture f;
    const QString code = f.create();
    auto unlocked = Database::unlockWithRecoveryCode(f.path, code.toLower());
    REQUIRE(unlocked.ok());
    auto db = Database::open(std::move(unlocked).value());
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() > 0);
    CHECK(Database::unlockWithRecoveryCode(
              f.path, QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"))
              .code() == ErrorCode::WrongPassword);
}

TEST_CASE("Changing a password rewraps only that account's slot", "[database]")
{
    Fixture f;
    f.create();
    {
        auto db = f.open();
        REQUIRE(db->addAccount(QStringLiteral("clerk"), test::secret("clerk password 1"),
                               test::fastKdf()));
        CHECK(db->changePassword(QStringLiteral("admin"), test::secret("not the password"),
                                 test::secret("new admin password"))
                  .code() == ErrorCode::WrongPassword);
        REQUIRE(db->changePassword(QStringLiteral("admin"), test::secret(kPassword),
                                   test::secret("new admin password")));
    }
    CHECK(Database::open(f.path, QStringLiteral("admin"), test::secret(kPassword)).code() ==
          ErrorCode::WrongPassword);
    CHECK(Database::open(f.path, QStringLiteral("admin"), test::secret("new admin password")).ok());
    CHECK(Database::open(f.path, QStringLiteral("clerk"), test::secret("clerk password 1")).ok());
    {
        auto db = f.open("clerk", "clerk password 1");
        REQUIRE(db->removeAccount(QStringLiteral("clerk")));
    }
    CHECK(
        Database::open(f.path, QStringLiteral("clerk"), test::secret("clerk password 1")).code() ==
        ErrorCode::UnknownAccount);
}

TEST_CASE("Rekey re-encrypts the file under a new key and keeps every slot working", "[database]")
{
    Fixture f;
    const QString code = f.create();
    const QString oldKey = f.rawKeyHex();
    {
        auto db = f.open();
        f.insertMarker(*db);
        REQUIRE(db->addAccount(QStringLiteral("clerk"), test::secret("clerk password 1"),
                               test::fastKdf()));
        const Status rekeyed = db->rekey();
        INFO(rekeyed.message().toStdString());
        REQUIRE(rekeyed.ok());
        // The open Database carries on under the new key.
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM probe")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 1);
    }
    const QString newKey = f.rawKeyHex();
    CHECK(newKey != oldKey);
    CHECK_FALSE(QFile::exists(f.path + QStringLiteral(".rekey")));
    const QString sql = QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n"
                                       "SELECT text FROM probe;\n");
    CHECK_FALSE(runSqlcipherShell(f.path, sql.arg(oldKey)).contains(QString::fromUtf8(kMarker)));
    CHECK(runSqlcipherShell(f.path, sql.arg(newKey)).contains(QString::fromUtf8(kMarker)));
    CHECK(Database::open(f.path, QStringLiteral("clerk"), test::secret("clerk password 1")).ok());
    auto recovered = Database::unlockWithRecoveryCode(f.path, code);
    REQUIRE(recovered.ok());
    CHECK(Database::open(std::move(recovered).value()).ok());
}

TEST_CASE("An interrupted rekey is rolled back at the next unlock", "[database]")
{
    Fixture f;
    f.create();
    // Leftovers of a rekey that stopped before the swap.
    REQUIRE(QFile::copy(f.path, f.path + QStringLiteral(".rekey")));
    {
        QFile stray(f.keys + QStringLiteral(".rekey"));
        REQUIRE(stray.open(QIODevice::WriteOnly));
        stray.write("partial");
    }
    auto db = Database::open(f.path, QStringLiteral("admin"), test::secret(kPassword));
    CHECK(db.ok());
    CHECK_FALSE(QFile::exists(f.path + QStringLiteral(".rekey")));
    CHECK_FALSE(QFile::exists(f.keys + QStringLiteral(".rekey")));
}

TEST_CASE("db check passes on a sound database", "[database]")
{
    Fixture f;
    f.create();
    auto db = f.open();
    const store::CheckReport report = db->check();
    INFO(report.problems.join(u'\n').toStdString());
    CHECK(report.ok);
    CHECK((report.cipherVersion.startsWith(QStringLiteral("3.")) ||
           report.cipherVersion.startsWith(QStringLiteral("4."))));
    CHECK(report.pageSize == 4096);
    CHECK(report.schemaVersion == store::Migrator::builtIn()->latestVersion());
}

TEST_CASE("A worker thread gets its own keyed connection", "[database]")
{
    Fixture f;
    f.create();
    auto db = f.open();
    f.insertMarker(*db);
    QString seen;
    QThread* worker = QThread::create([&] {
        {
            // No Catch assertions off the main thread: Catch2 2.x is not thread-safe.
            auto connection = db->openWorkerConnection(QStringLiteral("worker"));
            if (connection.ok()) {
                QSqlQuery query(connection.value());
                if (query.exec(QStringLiteral("SELECT text FROM probe")) && query.next())
                    seen = query.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("worker"));
    });
    worker->start();
    worker->wait();
    delete worker;
    CHECK(seen == QString::fromUtf8(kMarker));
}
