// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace madoguchi::security {
class SecureBuffer;
}

namespace madoguchi::store {

/// Name under which our SQLCipher Qt SQL driver is registered in-process.
inline constexpr char kSqlCipherDriverName[] = "QSQLCIPHER";

/// Registers the QSQLCIPHER driver with QSqlDatabase. Idempotent and thread-safe.
/// Never load Qt's QSQLITE plugin in the same process (both export sqlite3_* symbols).
void registerSqlCipherDriver();

/// Gives a QSQLCIPHER connection that is not yet open the raw 32-byte database key. The driver
/// copies it into guarded memory, applies it with sqlite3_key() right after sqlite3_open_v2() at
/// the next open(), and wipes its copy then (success or not). Returns false if db is not a
/// QSQLCIPHER connection, is already open, or the key is not 32 bytes.
bool setConnectionKey(QSqlDatabase& db, const security::SecureBuffer& rawKey);

/// Re-encrypts an open, keyed connection's database in place with a new raw 32-byte key
/// (sqlite3_rekey). The caller must rewrap every key slot afterwards.
bool rekeyConnection(QSqlDatabase& db, const security::SecureBuffer& newRawKey, QString* error);

/// True when the SQLite library linked into the process is SQLCipher (`PRAGMA cipher_version`
/// returns a row on an open connection).
bool isSqlCipherLibrary(const QSqlDatabase& db);

} // namespace madoguchi::store
