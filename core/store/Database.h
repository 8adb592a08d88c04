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

    /// AppDataLocation/madoguchi.db, the GUI's and the CLI's default.
    static QString defaultPath();
    /// True when a database file (or its key file) is at path.
    static bool exists(const QString& path);

    /// Creates a new database with a random 256-bit key, a key slot for the first administrator and
    /// a recovery slot. AlreadyExists if either file is there. Nothing is left behind on failure.
    static Result<Created> create(const QString& path, const QString& adminLogin,
                                  const security::SecureBuffer& adminPassword,
                                  security::KdfParams kdf = security::KdfParams::moderate());
    /// Opens with an account's password. Errors: KeySlotFileMissing/Corrupt, WrongPassword,
    /// UnknownAccount, DatabaseMissing, DatabaseCorrupt, NewerSchema, MigrationFailed.
    static Result<std::unique_ptr<Database>> open(const QString& path, const QString& login,
                                                  const security::SecureBuffer& password);
    /// Opens with the recovery code shown at creation.
    static Result<std::unique_ptr<Database>> openWithRecoveryCode(const QString& path,
                                                                  QStringView recoveryCode);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    /// The connection opened on the thread that opened the database. Use on that thread only.
    QSqlDatabase connection() const;
    /// A new keyed connection for the calling thread (a worker); the caller removes it with
    /// QSqlDatabase::removeDatabase(name) when done.
    Result<QSqlDatabase> openWorkerConnection(const QString& connectionName) const;
    int schemaVersion() const;

    Status addAccount(const QString& login, const security::SecureBuffer& password,
                      security::KdfParams kdf = security::KdfParams::moderate());
    Status changePassword(const QString& login, const security::SecureBuffer& oldPassword,
                          const security::SecureBuffer& newPassword);
    Status removeAccount(const QString& login);
    QStringList accountLogins() const;

    /// New random database key: re-encrypts the file and rewraps every slot.
    Status rekey();
    /// Integrity and cipher checks (cipher_version, cipher_integrity_check where available,
    /// PRAGMA integrity_check, schema version, key file MAC).
    CheckReport check() const;

    /// Closes every connection and wipes the key.
    void close();

private:
    Database();
    static Result<std::unique_ptr<Database>> openWithKey(const QString& path,
                                                         security::SecureBuffer key,
                                                         security::KeySlotFile slots);

    QString m_path;
    QString m_connectionName;
    security::SecureBuffer m_key;
    std::unique_ptr<security::KeySlotFile> m_slots;
};

struct Database::Created
{
    std::unique_ptr<Database> database;
    QString recoveryCode; // grouped base32, to show once
};

} // namespace madoguchi::store
