// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "security/KeySlotFile.h"
#include "security/SecureBuffer.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace madoguchi::store {

/// What `db check` found.
struct CheckReport
{
    bool ok = false;
    QString cipherVersion;
    int schemaVersion = 0;
    int pageSize = 0;
    QStringList problems; // translated, one sentence each; empty when ok
};

/// The local encrypted database: its file, its key slots and its open connection.
///
/// Opening follows one checked sequence (DESIGN.md "Local store"): unlock a key slot, open,
/// key as the first statement, pin page size and cache, require cipher_version, prove the key with
/// a real read, WAL + foreign keys + busy timeout + secure_delete, then migrations. The database
/// key stays in guarded memory while the Database is open (worker connections, rekey, new slots)
/// and is wiped by close() or the destructor.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Created;
    struct UnlockedKey;

    /// AppDataLocation/madoguchi.db, the GUI's and the CLI's default.
    static QString defaultPath();
    /// True when a database file (or its key file) is at path.
    static bool exists(const QString& path);

    /// Step 1 of opening, the slow part (Argon2id): takes the database key out of login's key
    /// slot. Run it off the GUI thread. Errors: KeySlotFileMissing/Corrupt, WrongPassword,
    /// UnknownAccount, DatabaseMissing.
    static Result<UnlockedKey> unlock(const QString& path, const QString& login,
                                      const security::SecureBuffer& password);
    /// Step 1 with the recovery code shown at creation.
    static Result<UnlockedKey> unlockWithRecoveryCode(const QString& path,
                                                      QStringView recoveryCode);
    /// Step 1 for a new database: a random 256-bit key, a key slot for the first administrator and
    /// a recovery slot, in memory only (nothing is written yet). AlreadyExists if a database or key
    /// file is at path. Slow (two Argon2id runs): off the GUI thread.
    static Result<UnlockedKey>
    prepareNew(const QString& path, const QString& adminLogin,
               const security::SecureBuffer& adminPassword,
               security::KdfParams kdf = security::KdfParams::moderate());
    /// Step 2, fast: opens (for a prepared new database: creates, then writes the key file) and
    /// migrates, on the thread that will use the connection. Errors: DatabaseCorrupt,
    /// NewerSchema, MigrationFailed, NotEncrypted, Io. A new database that fails is removed again.
    static Result<std::unique_ptr<Database>> open(UnlockedKey unlocked);

    /// unlock() + open(): for the CLI and tests.
    static Result<std::unique_ptr<Database>> open(const QString& path, const QString& login,
                                                  const security::SecureBuffer& password);
    /// prepareNew() + open(): for the CLI and tests.
    static Result<Created> create(const QString& path, const QString& adminLogin,
                                  const security::SecureBuffer& adminPassword,
                                  security::KdfParams kdf = security::KdfParams::moderate());

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    /// The account whose slot opened the database (empty after a recovery-code open).
    QString login() const { return m_login; }
    /// The connection opened on the thread that opened the database. Use on that thread only.
    QSqlDatabase connection() const;
    /// A new keyed connection for the calling thread (a worker); the caller removes it with
    /// QSqlDatabase::removeDatabase(name) when done.
    Result<QSqlDatabase> openWorkerConnection(const QString& connectionName) const;
    /// A second Database on the same file and key, opened on the calling thread (a worker that
    /// runs a service wanting a whole Database, e.g. sync::SyncEngine): its own connection, the
    /// same subkeys, no key slots (account and rekey calls refuse). Destroy it on that thread.
    Result<std::unique_ptr<Database>> openForThisThread() const;
    int schemaVersion() const;

    Status addAccount(const QString& login, const security::SecureBuffer& password,
                      security::KdfParams kdf = security::KdfParams::moderate());
    Status changePassword(const QString& login, const security::SecureBuffer& oldPassword,
                          const security::SecureBuffer& newPassword);
    Status removeAccount(const QString& login);
    /// An administrator's reset: login's slot is replaced by one for newPassword.
    Status resetPassword(const QString& login, const security::SecureBuffer& newPassword,
                         security::KdfParams kdf = security::KdfParams::moderate());
    QStringList accountLogins() const;
    /// The escrow slot (issue #7, sync::CentralAdmin): the database key sealed to a public key
    /// whose secret half only the central store keeps. Replaces an earlier one.
    Status addEscrowSlot(const QByteArray& publicKey);
    /// A new recovery slot (the old code stops working); returns the new code, shown once.
    Result<QString> createRecoveryCode(security::KdfParams kdf = security::KdfParams::moderate());

    /// A 32-byte key for one purpose (libsodium crypto_kdf) derived from the database's field key,
    /// a random key kept in the database sealed under the database key, so subkeys stay the same
    /// across a rekey:
    /// context is exactly 8 characters naming the purpose (e.g. "TOTPSECR", "DEVICEKY").
    /// Field-level secrets are encrypted under such subkeys. Invalid buffer when closed.
    security::SecureBuffer subkey(const char (&context)[9], quint64 id = 1) const;

    /// New random database key: re-encrypts the file and rewraps every slot.
    Status rekey();
    /// Integrity and cipher checks (cipher_version, cipher_integrity_check where available,
    /// PRAGMA integrity_check, schema version, key file MAC).
    CheckReport check() const;

    /// Closes every connection and wipes the key.
    void close();

private:
    Database();
    static Result<security::SecureBuffer> loadFieldKey(QSqlDatabase& db,
                                                       const security::SecureBuffer& databaseKey);
    QString m_path;
    QString m_login;
    QString m_connectionName;
    security::SecureBuffer m_key;
    security::SecureBuffer m_fieldKey; // subkeys derive from it (see subkey())
    std::unique_ptr<security::KeySlotFile> m_slots;
};

/// A database key out of its slot (or a new one), ready for Database::open(). Move-only.
struct Database::UnlockedKey
{
    QString path;
    QString login;
    security::SecureBuffer key;
    std::unique_ptr<security::KeySlotFile> keySlots;
    bool isNew = false;
    QString recoveryCode; // only for a new database: grouped base32, to show once
};

struct Database::Created
{
    std::unique_ptr<Database> database;
    QString recoveryCode; // grouped base32, to show once
};

} // namespace madoguchi::store
