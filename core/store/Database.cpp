// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "store/Migrator.h"
#include "store/SqlCipherDriver.h"
#include "store/Uuid7.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sodium.h>

#include <cstdio>

Q_LOGGING_CATEGORY(lcDatabase, "madoguchi.store.database")

namespace madoguchi::store {

using security::KdfParams;
using security::KeySlotFile;
using security::SecureBuffer;

namespace {

constexpr int kPageSize = 4096;
constexpr int kCacheKiB = 65536; // 64 MiB: decrypting evicted pages again is what costs (PLATFORM)
constexpr qsizetype kMinPasswordLength = 10;

// Counted in characters (UTF-8 code points), not bytes.
Status checkPasswordLength(const SecureBuffer& password)
{
    qsizetype characters = 0;
    for (std::size_t i = 0; i < password.size(); ++i)
        characters += (password.data()[i] & 0xC0) != 0x80 ? 1 : 0;
    if (characters < kMinPasswordLength)
        return Error{
            ErrorCode::InvalidInput,
            Database::tr("The password must have at least %1 characters.").arg(kMinPasswordLength)};
    return {};
}

QString rekeyPathFor(const QString& path)
{
    return path + QStringLiteral(".rekey");
}

bool removeDatabaseFiles(const QString& path)
{
    bool ok = true;
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFile::exists(path + suffix))
            ok = QFile::remove(path + suffix) && ok;
    }
    return ok;
}

// rename(2) replaces the target atomically; QFile::rename refuses an existing target.
bool replaceFile(const QString& from, const QString& to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// A rekey writes "<db>.rekey" and "<db>.keys.rekey", then renames the database, then the key file.
// If it was interrupted, finish what can be finished or undo the rest, so key file and database
// always match.
void recoverInterruptedRekey(const QString& path)
{
    const QString newDb = rekeyPathFor(path);
    const QString newKeys = rekeyPathFor(security::keySlotPathFor(path));
    if (QFile::exists(newKeys)) {
        if (QFile::exists(newDb)) { // the database was not swapped yet: roll back
            removeDatabaseFiles(newDb);
            QFile::remove(newKeys);
        } else { // the database was swapped: roll forward
            replaceFile(newKeys, security::keySlotPathFor(path));
        }
    } else if (QFile::exists(newDb)) {
        removeDatabaseFiles(newDb);
    }
}

bool exec(QSqlDatabase& db, const QString& sql, QSqlError* error = nullptr)
{
    QSqlQuery query(db);
    const bool ok = query.exec(sql);
    if (!ok && error)
        *error = query.lastError();
    return ok;
}

QString pragmaText(const QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next())
        return query.value(0).toString();
    return {};
}

SecureBuffer deriveKey(const SecureBuffer& from, const char (&context)[9], quint64 id)
{
    SecureBuffer derived(crypto_kdf_KEYBYTES);
    if (!from.isValid() || from.size() != crypto_kdf_KEYBYTES || !derived.isValid() ||
        crypto_kdf_derive_from_key(derived.data(), derived.size(), id, context, from.data()) != 0)
        return {};
    return derived;
}

// The field key sealed under a subkey of the database key: nonce ‖ secretbox, base64 in meta.
QString wrapFieldKey(const SecureBuffer& fieldKey, const SecureBuffer& databaseKey)
{
    const SecureBuffer wrapKey = deriveKey(databaseKey, "FIELDKEY", 1);
    QByteArray sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + fieldKey.size(),
                      Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(out, crypto_secretbox_NONCEBYTES);
    if (!wrapKey.isValid() ||
        crypto_secretbox_easy(out + crypto_secretbox_NONCEBYTES, fieldKey.data(), fieldKey.size(),
                              out, wrapKey.data()) != 0)
        return {};
    return QString::fromLatin1(sealed.toBase64());
}

SecureBuffer unwrapFieldKey(const QString& text, const SecureBuffer& databaseKey)
{
    const QByteArray sealed = QByteArray::fromBase64(text.toLatin1());
    const SecureBuffer wrapKey = deriveKey(databaseKey, "FIELDKEY", 1);
    if (!wrapKey.isValid() ||
        sealed.size() != crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + 32)
        return {};
    SecureBuffer fieldKey(32);
    const auto* in = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (!fieldKey.isValid() ||
        crypto_secretbox_open_easy(fieldKey.data(), in + crypto_secretbox_NONCEBYTES,
                                   sealed.size() - crypto_secretbox_NONCEBYTES, in,
                                   wrapKey.data()) != 0)
        return {};
    return fieldKey;
}

} // namespace

// The open sequence of DESIGN.md, every step checked. Writes nothing until the key is proven and
// the schema is known not to be newer than ours.
static Status configureConnection(QSqlDatabase& db, const Migrator& migrator)
{
    QSqlError error;
    // Pin the file format: SQLCipher 4.x must read and write 3.x files. 3.4.1 ignores the
    // unknown pragma. Page size must be set again on every open and before any read.
    if (!exec(db, QStringLiteral("PRAGMA cipher_compatibility = 3"), &error) ||
        !exec(db, QStringLiteral("PRAGMA cipher_page_size = %1").arg(kPageSize), &error))
        return Error{
            ErrorCode::DatabaseCorrupt,
            Database::tr("The database could not be prepared: %1").arg(error.databaseText())};
    // Plain SQLite accepts PRAGMA key and writes clear text: insist on the cipher.
    if (!isSqlCipherLibrary(db))
        return Error{ErrorCode::NotEncrypted,
                     Database::tr("The database library in use does not encrypt. Madoguchi will "
                                  "not store data without encryption.")};
    // A wrong key only shows at the first real read (SQLITE_NOTADB).
    {
        QSqlQuery proof(db);
        if (!proof.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !proof.next())
            return Error{ErrorCode::DatabaseCorrupt,
                         Database::tr("The database file cannot be read with its key: it is "
                                      "damaged, truncated, or does not belong to this key file.")};
    }
    // A file cut short still opens; compare its size with the page count in its header.
    {
        const QString path = db.databaseName();
        const qint64 size = QFileInfo(path).size();
        const qint64 walSize = QFileInfo(path + QStringLiteral("-wal")).size();
        const qint64 pages = pragmaText(db, QStringLiteral("page_count")).toLongLong();
        if (size % kPageSize != 0 || (walSize == 0 && size < pages * kPageSize))
            return Error{ErrorCode::DatabaseCorrupt,
                         Database::tr("The database file is truncated: it is shorter than its "
                                      "own header says. Restore it from a backup.")};
    }
    if (Status newer = migrator.checkNotNewer(db); !newer)
        return newer;

    if (!exec(db, QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB), &error) ||
        !exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error) ||
        !exec(db, QStringLiteral("PRAGMA secure_delete = ON"), &error) ||
        !exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"), &error))
        return Error{
            ErrorCode::Sql,
            Database::tr("The database could not be configured: %1").arg(error.databaseText())};
    if (pragmaText(db, QStringLiteral("journal_mode = WAL")).compare(u"wal", Qt::CaseInsensitive))
        return Error{ErrorCode::Sql,
                     Database::tr("The database could not switch to write-ahead logging.")};
    if (pragmaText(db, QStringLiteral("foreign_keys")) != u"1")
        return Error{ErrorCode::Sql, Database::tr("The database did not enable foreign keys.")};
    return {};
}

// Keys, opens and configures a connection object that is not open (new, or closed for a rekey,
// so that copies of it held by services stay valid).
static Status openConfigured(QSqlDatabase& db, const SecureBuffer& key, const Migrator& migrator)
{
    Status status;
    if (!setConnectionKey(db, key)) {
        status = Error{ErrorCode::Crypto, Database::tr("The database key could not be applied.")};
    } else if (!db.open()) {
        status = Error{ErrorCode::Io, Database::tr("The database file could not be opened: %1")
                                          .arg(db.lastError().databaseText())};
    } else {
        status = configureConnection(db, migrator);
    }
    if (!status)
        db.close();
    return status;
}

static Result<QSqlDatabase> openConnection(const QString& path, const QString& connectionName,
                                           const SecureBuffer& key, const Migrator& migrator)
{
    registerSqlCipherDriver();
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QString::fromLatin1(kSqlCipherDriverName), connectionName);
    db.setDatabaseName(path);
    if (Status status = openConfigured(db, key, migrator); !status) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return status.error();
    }
    return db;
}

Result<SecureBuffer> Database::loadFieldKey(QSqlDatabase& db, const SecureBuffer& databaseKey)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'field_key'")))
        return Error{
            ErrorCode::Sql,
            tr("The database could not be read: %1").arg(query.lastError().databaseText())};
    if (query.next()) {
        SecureBuffer fieldKey = unwrapFieldKey(query.value(0).toString(), databaseKey);
        if (!fieldKey.isValid())
            return Error{ErrorCode::DatabaseCorrupt,
                         tr("The database's field key does not open with the database key.")};
        return fieldKey;
    }
    query.finish();
    SecureBuffer fieldKey = SecureBuffer::random(32);
    const QString wrapped = wrapFieldKey(fieldKey, databaseKey);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('field_key', ?)"));
    insert.addBindValue(wrapped);
    if (!fieldKey.isValid() || wrapped.isEmpty() || !insert.exec())
        return Error{ErrorCode::Sql, tr("The database's field key could not be created.")};
    return fieldKey;
}

Database::Database() = default;

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(QStringLiteral("madoguchi.db"));
}

bool Database::exists(const QString& path)
{
    return QFile::exists(path) || QFile::exists(security::keySlotPathFor(path));
}

Result<Database::UnlockedKey> Database::unlock(const QString& path, const QString& login,
                                               const SecureBuffer& password)
{
    recoverInterruptedRekey(path);
    if (!exists(path))
        return Error{ErrorCode::DatabaseMissing,
                     tr("There is no database at %1.").arg(QDir::toNativeSeparators(path))};
    auto keySlots = KeySlotFile::load(security::keySlotPathFor(path));
    if (!keySlots)
        return keySlots.error();
    auto key = keySlots->unlockAccount(login, password);
    if (!key)
        return key.error();
    if (!QFile::exists(path))
        return Error{ErrorCode::DatabaseMissing,
                     tr("The key file is there but the database file %1 is missing.")
                         .arg(QDir::toNativeSeparators(path))};
    UnlockedKey unlocked;
    unlocked.path = path;
    unlocked.login = login;
    unlocked.key = std::move(key).value();
    unlocked.keySlots = std::make_unique<KeySlotFile>(std::move(keySlots).value());
    return unlocked;
}

Result<Database::UnlockedKey> Database::unlockWithRecoveryCode(const QString& path,
                                                               QStringView recoveryCode)
{
    recoverInterruptedRekey(path);
    if (!exists(path))
        return Error{ErrorCode::DatabaseMissing,
                     tr("There is no database at %1.").arg(QDir::toNativeSeparators(path))};
    auto keySlots = KeySlotFile::load(security::keySlotPathFor(path));
    if (!keySlots)
        return keySlots.error();
    auto key = keySlots->unlockWithRecoveryCode(recoveryCode);
    if (!key)
        return key.error();
    if (!QFile::exists(path))
        return Error{ErrorCode::DatabaseMissing,
                     tr("The key file is there but the database file %1 is missing.")
                         .arg(QDir::toNativeSeparators(path))};
    UnlockedKey unlocked;
    unlocked.path = path;
    unlocked.key = std::move(key).value();
    unlocked.keySlots = std::make_unique<KeySlotFile>(std::move(keySlots).value());
    return unlocked;
}

Result<Database::UnlockedKey> Database::prepareNew(const QString& path, const QString& adminLogin,
                                                   const SecureBuffer& adminPassword, KdfParams kdf)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (path.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Choose where to keep the database.")};
    if (!loginPattern.match(adminLogin).hasMatch())
        return Error{ErrorCode::InvalidInput,
                     tr("A login name has 1 to 64 letters, digits, dots, hyphens or "
                        "underscores.")};
    if (Status length = checkPasswordLength(adminPassword); !length)
        return length.error();
    if (exists(path))
        return Error{ErrorCode::AlreadyExists,
                     tr("A database already exists at %1.").arg(QDir::toNativeSeparators(path))};

    SecureBuffer key = SecureBuffer::random(KeySlotFile::kDatabaseKeySize);
    if (!key.isValid())
        return Error{ErrorCode::Crypto, tr("Secure memory for the database key is not available.")};
    auto keySlots = KeySlotFile::create(key);
    if (!keySlots)
        return keySlots.error();
    if (Status added = keySlots->addAccount(adminLogin, adminPassword, key, kdf); !added)
        return added.error();
    auto code = keySlots->createRecoverySlot(key, kdf);
    if (!code)
        return code.error();

    UnlockedKey unlocked;
    unlocked.path = path;
    unlocked.login = adminLogin;
    unlocked.key = std::move(key);
    unlocked.keySlots = std::make_unique<KeySlotFile>(std::move(keySlots).value());
    unlocked.isNew = true;
    unlocked.recoveryCode = code.value();
    return unlocked;
}

Result<std::unique_ptr<Database>> Database::open(UnlockedKey unlocked)
{
    const QString path = unlocked.path;
    if (!unlocked.key.isValid() || unlocked.key.size() != KeySlotFile::kDatabaseKeySize ||
        !unlocked.keySlots)
        return Error{ErrorCode::Internal, tr("The database key is not usable.")};
    auto migrator = Migrator::builtIn();
    if (!migrator)
        return migrator.error();

    if (unlocked.isNew) {
        if (exists(path))
            return Error{
                ErrorCode::AlreadyExists,
                tr("A database already exists at %1.").arg(QDir::toNativeSeparators(path))};
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Error{ErrorCode::Io,
                         tr("The folder %1 could not be created.")
                             .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))};
        // Owner-only from the first byte; SQLite gives its -wal and -shm files the same mode.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
            return Error{ErrorCode::Io, tr("The database file %1 could not be created.")
                                            .arg(QDir::toNativeSeparators(path))};
    } else if (!QFile::exists(path)) {
        return Error{ErrorCode::DatabaseMissing,
                     tr("There is no database at %1.").arg(QDir::toNativeSeparators(path))};
    }

    std::unique_ptr<Database> database(new Database);
    database->m_path = path;
    database->m_login = unlocked.login;
    database->m_connectionName = QStringLiteral("madoguchi-main-") + newUuid7();

    auto connection =
        openConnection(path, database->m_connectionName, unlocked.key, migrator.value());
    Status status = connection.status();
    if (status) {
        QSqlDatabase db = connection.value();
        status = migrator->migrate(db);
        if (status && unlocked.isNew) {
            QSqlQuery meta(db);
            meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
            const QList<std::pair<QString, QString>> facts = {
                {QStringLiteral("database_id"), newUuid7()},
                {QStringLiteral("created_at"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {QStringLiteral("created_with"), QStringLiteral(MADOGUCHI_VERSION)}};
            for (const auto& [name, value] : facts) {
                meta.addBindValue(name);
                meta.addBindValue(value);
                if (!meta.exec()) {
                    status = Error{ErrorCode::Sql, tr("The new database could not be set up: %1")
                                                       .arg(meta.lastError().databaseText())};
                    break;
                }
            }
        }
        if (status) {
            auto fieldKey = loadFieldKey(db, unlocked.key);
            if (fieldKey)
                database->m_fieldKey = std::move(fieldKey).value();
            else
                status = fieldKey.status();
        }
        // The key file is written last: there is never a key file for a database that failed.
        if (status && unlocked.isNew)
            status = unlocked.keySlots->save(security::keySlotPathFor(path));
    }
    if (!status) {
        database->close();
        if (unlocked.isNew)
            removeDatabaseFiles(path);
        return status.error();
    }
    database->m_key = std::move(unlocked.key);
    database->m_slots = std::move(unlocked.keySlots);
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QString& login,
                                                 const SecureBuffer& password)
{
    auto unlocked = unlock(path, login, password);
    if (!unlocked)
        return unlocked.error();
    return open(std::move(unlocked).value());
}

Result<Database::Created> Database::create(const QString& path, const QString& adminLogin,
                                           const SecureBuffer& adminPassword, KdfParams kdf)
{
    auto prepared = prepareNew(path, adminLogin, adminPassword, kdf);
    if (!prepared)
        return prepared.error();
    QString code = prepared->recoveryCode;
    auto database = open(std::move(prepared).value());
    if (!database)
        return database.error();
    return Created{std::move(database).value(), code};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlDatabase> Database::openWorkerConnection(const QString& connectionName) const
{
    if (!m_key.isValid())
        return Error{ErrorCode::Internal, tr("The database is closed.")};
    auto migrator = Migrator::builtIn();
    if (!migrator)
        return migrator.error();
    return openConnection(m_path, connectionName, m_key, migrator.value());
}

Result<std::unique_ptr<Database>> Database::openForThisThread() const
{
    if (!m_key.isValid() || !m_fieldKey.isValid())
        return Error{ErrorCode::Internal, tr("The database is closed.")};
    std::unique_ptr<Database> database(new Database);
    database->m_path = m_path;
    database->m_login = m_login;
    database->m_connectionName = QStringLiteral("madoguchi-thread-") + newUuid7();
    auto connection = openWorkerConnection(database->m_connectionName);
    if (!connection)
        return connection.error();
    database->m_key = SecureBuffer::copyOf(m_key.data(), m_key.size());
    database->m_fieldKey = SecureBuffer::copyOf(m_fieldKey.data(), m_fieldKey.size());
    if (!database->m_key.isValid() || !database->m_fieldKey.isValid())
        return Error{ErrorCode::Crypto, tr("The database key could not be copied.")};
    return database;
}

int Database::schemaVersion() const
{
    const auto version = Migrator::currentVersion(connection());
    return version ? version.value() : 0;
}

Status Database::addAccount(const QString& login, const SecureBuffer& password, KdfParams kdf)
{
    if (!m_slots)
        return Error{ErrorCode::Internal, tr("The database is closed.")};
    if (Status length = checkPasswordLength(password); !length)
        return length;
    if (Status status = m_slots->addAccount(login, password, m_key, kdf); !status)
        return status;
    return m_slots->save(security::keySlotPathFor(m_path));
}

Status Database::changePassword(const QString& login, const SecureBuffer& oldPassword,
                                const SecureBuffer& newPassword)
{
    if (!m_slots)
        return Error{ErrorCode::Internal, tr("The database is closed.")};
    if (Status length = checkPasswordLength(newPassword); !length)
        return length;
    if (Status status = m_slots->changePassword(login, oldPassword, newPassword, m_key); !status)
        return status;
    return m_slots->save(security::keySlotPathFor(m_path));
}

Status Database::removeAccount(const QString& login)
{
    if (!m_slots)
        return Error{ErrorCode::Internal, tr("The database is closed.")};
    if (Status status = m_slots->removeAccount(login, m_key); !status)
        return status;
    return m_slots->save(security::keySlotPathFor(m_path));
}

SecureBuffer Database::subkey(const char (&context)[9], quint64 id) const
{
    static_assert(crypto_kdf_KEYBYTES == KeySlotFile::kDatabaseKeySize);
    return deriveKey(m_fieldKey, context, id);
}

Status Database::resetPassword(const QString& login, const SecureBuffer& newPassword, KdfParams kdf)
{
    if (!m_slots)
        return Error{ErrorCode::Internal, tr("The database is closed.")};
    if (Status length = checkPasswordLength(newPassword); !length)
        return length;
    if (Status status = m_slots->resetPassword(login, newPassword, m_key, kdf); !status)
        return status;
    return m_slots->save(security::keySlotPathFor(m_path));
}

QStringList Database::accountLogins() const
{
    return m_slots ? m_slots->accountLogins() : QStringList();
}

Status Database::addEscrowSlot(const QByteArray& publicKey)
{
    if (!m_slots)
        return Error{ErrorCode::Internal, tr("The database is closed.")};
    if (Status status = m_slots->addEscrowSlot(publicKey, m_key); !status)
        return status;
    return m_slots->save(security::keySlotPathFor(m_path));
}

Result<QString> Database::createRecoveryCode(KdfParams kdf)
{
    if (!m_slots)
        return Error{ErrorCode::Internal, tr("The database is closed.")};
    auto code = m_slots->createRecoverySlot(m_key, kdf);
    if (!code)
        return code;
    if (Status saved = m_slots->save(security::keySlotPathFor(m_path)); !saved)
        return saved.error();
    return code;
}

Status Database::rekey()
{
    if (!m_slots || !m_key.isValid())
        return Error{ErrorCode::Internal, tr("The database is closed.")};
    auto migrator = Migrator::builtIn();
    if (!migrator)
        return migrator.error();

    const QString keysPath = security::keySlotPathFor(m_path);
    const QString newDbPath = rekeyPathFor(m_path);
    const QString newKeysPath = rekeyPathFor(keysPath);
    removeDatabaseFiles(newDbPath);
    QFile::remove(newKeysPath);

    SecureBuffer newKey = SecureBuffer::random(KeySlotFile::kDatabaseKeySize);
    auto newSlots = KeySlotFile::load(keysPath);
    if (!newKey.isValid() || !newSlots)
        return newSlots ? Error{ErrorCode::Crypto, tr("Secure memory is not available.")}
                        : newSlots.error();
    if (Status status = newSlots->rewrapAll(m_key, newKey); !status)
        return status;

    auto undo = [&](const QString& message) -> Status {
        removeDatabaseFiles(newDbPath);
        QFile::remove(newKeysPath);
        return Error{ErrorCode::Sql, message};
    };

    // 1. Export every page into a new file under the new key (DESIGN.md: ATTACH … KEY +
    //    sqlcipher_export). The key is bound as a parameter straight from guarded memory.
    {
        QSqlDatabase db = connection();
        const int version = schemaVersion();
        SecureBuffer keyText(2 + 2 * newKey.size() + 1 + 1);
        keyText.data()[0] = 'x';
        keyText.data()[1] = '\'';
        sodium_bin2hex(reinterpret_cast<char*>(keyText.data()) + 2, 2 * newKey.size() + 1,
                       newKey.data(), newKey.size());
        keyText.data()[2 + 2 * newKey.size()] = '\'';
        keyText.truncate(2 + 2 * newKey.size() + 1);

        QSqlQuery attach(db);
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS rekeyed KEY ?"));
        attach.addBindValue(newDbPath);
        attach.addBindValue(QByteArray::fromRawData(reinterpret_cast<const char*>(keyText.data()),
                                                    static_cast<qsizetype>(keyText.size())));
        const bool attached = attach.exec();
        attach.finish();
        attach = QSqlQuery();
        if (!attached)
            return undo(tr("The re-encrypted copy could not be started."));
        QSqlError error;
        const bool exported =
            exec(db, QStringLiteral("PRAGMA rekeyed.cipher_page_size = %1").arg(kPageSize),
                 &error) &&
            exec(db, QStringLiteral("SELECT sqlcipher_export('rekeyed')"), &error) &&
            exec(db, QStringLiteral("PRAGMA rekeyed.user_version = %1").arg(version), &error);
        if (exported) {
            // The field key stays; only its wrapping follows the new database key.
            QSqlQuery rewrap(db);
            rewrap.prepare(
                QStringLiteral("UPDATE rekeyed.meta SET value = ? WHERE key = 'field_key'"));
            rewrap.addBindValue(wrapFieldKey(m_fieldKey, newKey));
            if (!rewrap.exec() || rewrap.numRowsAffected() != 1) {
                error = rewrap.lastError();
                rewrap.finish();
                exec(db, QStringLiteral("DETACH DATABASE rekeyed"));
                return undo(
                    tr("The re-encrypted copy could not be written: %1").arg(error.databaseText()));
            }
        }
        exec(db, QStringLiteral("DETACH DATABASE rekeyed"));
        if (!exported)
            return undo(
                tr("The re-encrypted copy could not be written: %1").arg(error.databaseText()));
    }
    // 2. Prove the copy opens with the new key before anything is replaced.
    {
        const QString probeName = QStringLiteral("madoguchi-rekey-") + newUuid7();
        auto probe = openConnection(newDbPath, probeName, newKey, migrator.value());
        if (!probe)
            return undo(probe.message());
        probe->close();
        probe = QSqlDatabase();
        QSqlDatabase::removeDatabase(probeName);
    }
    if (Status saved = newSlots->save(newKeysPath); !saved) {
        (void)undo(QString());
        return saved;
    }
    // 3. Swap: close, database first, then key file (see recoverInterruptedRekey()). The
    //    connection object stays registered, so the services' copies of it reopen with it.
    QSqlDatabase db = connection();
    db.close();
    if (QFileInfo(m_path + QStringLiteral("-wal")).size() > 0) {
        // Another connection still holds changes in the log: replacing the file would lose them.
        (void)undo(QString());
        if (Status reopened = openConfigured(db, m_key, migrator.value()); !reopened)
            return reopened;
        return Error{ErrorCode::Sql, tr("Close the other connections to the database before "
                                        "changing its key.")};
    }
    QFile::remove(m_path + QStringLiteral("-shm"));
    if (!replaceFile(newDbPath, m_path) || !replaceFile(newKeysPath, keysPath)) {
        recoverInterruptedRekey(m_path);
        (void)openConfigured(db, m_key, migrator.value());
        return Error{ErrorCode::Io, tr("The re-encrypted database could not replace the old one.")};
    }
    // 4. Reopen on the new key.
    m_key = std::move(newKey);
    m_slots = std::make_unique<KeySlotFile>(std::move(newSlots).value());
    if (Status reopened = openConfigured(db, m_key, migrator.value()); !reopened)
        return reopened;
    qCInfo(lcDatabase) << "database re-encrypted under a new key";
    return {};
}

CheckReport Database::check() const
{
    CheckReport report;
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        report.problems << tr("The database is not open.");
        return report;
    }
    report.cipherVersion = pragmaText(db, QStringLiteral("cipher_version"));
    if (report.cipherVersion.isEmpty())
        report.problems << tr("The database is not encrypted by SQLCipher.");
    report.pageSize = pragmaText(db, QStringLiteral("cipher_page_size")).toInt();
    if (report.pageSize == 0)
        report.pageSize = pragmaText(db, QStringLiteral("page_size")).toInt();
    report.schemaVersion = schemaVersion();
    if (auto migrator = Migrator::builtIn();
        migrator && report.schemaVersion != migrator->latestVersion())
        report.problems << tr("The schema version is %1; %2 was expected.")
                               .arg(report.schemaVersion)
                               .arg(migrator->latestVersion());
    {
        // SQLCipher 4.x checks every page's MAC here; 3.4.1 does not know the pragma.
        QSqlQuery cipherCheck(db);
        if (cipherCheck.exec(QStringLiteral("PRAGMA cipher_integrity_check"))) {
            while (cipherCheck.next())
                report.problems
                    << tr("Encrypted page check: %1").arg(cipherCheck.value(0).toString());
        }
    }
    {
        QSqlQuery integrity(db);
        if (!integrity.exec(QStringLiteral("PRAGMA integrity_check"))) {
            report.problems << tr("The integrity check could not run: %1")
                                   .arg(integrity.lastError().databaseText());
        } else {
            while (integrity.next()) {
                const QString line = integrity.value(0).toString();
                if (line != u"ok")
                    report.problems << tr("Integrity check: %1").arg(line);
            }
        }
    }
    {
        QSqlQuery foreignKeys(db);
        if (foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")) && foreignKeys.next())
            report.problems << tr("Some rows refer to rows that do not exist (table %1).")
                                   .arg(foreignKeys.value(0).toString());
    }
    auto keySlots = KeySlotFile::load(security::keySlotPathFor(m_path));
    if (!keySlots)
        report.problems << keySlots.message();
    else if (!keySlots->hasRecoverySlot())
        report.problems << tr("The key file has no recovery slot.");
    report.ok = report.problems.isEmpty();
    return report;
}

void Database::close()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_key.clear();
    m_fieldKey.clear();
    m_slots.reset();
}

} // namespace madoguchi::store
