// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the QSQLCIPHER driver: small owning wrappers over the sqlite3 C API handles.
// Never include this from a public header.

#include <QLoggingCategory>
#include <QString>
#include <sqlite3.h>

namespace madoguchi::store::sqlcipher {

Q_DECLARE_LOGGING_CATEGORY(lcSqlCipher)

/// Owns one sqlite3 connection; closed with sqlite3_close_v2. Move-only.
class SqliteConnection
{
public:
    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(SqliteConnection&& other) noexcept;
    SqliteConnection& operator=(SqliteConnection&& other) noexcept;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    /// Opens (or creates) a file with sqlite3_open_v2. On failure the handle is kept until
    /// close() so that lastErrorCode()/lastErrorMessage() can still be read.
    bool open(const QString& path, int flags);
    void close();

    bool isValid() const { return m_db != nullptr; }
    sqlite3* get() const { return m_db; }
    /// Extended result code of the last failed call on this connection.
    int lastErrorCode() const;
    QString lastErrorMessage() const;

private:
    sqlite3* m_db = nullptr;
    int m_openResult = SQLITE_OK;
};

/// Owns one prepared statement; finalized on destruction. Move-only.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    /// Compiles exactly one statement. Returns an sqlite result code; on SQLITE_OK with an
    /// empty or comment-only text the statement stays invalid. If utf8 holds more than one
    /// statement, *hasTrailingStatement is set.
    int prepare(sqlite3* db, const QByteArray& utf8, bool* hasTrailingStatement = nullptr);
    void finalize();

    bool isValid() const { return m_stmt != nullptr; }
    sqlite3_stmt* get() const { return m_stmt; }
    /// The extended result code of the last call, as sqlite3_extended_errcode of its connection.
    int lastErrorCode() const;
    QString lastErrorMessage() const;

private:
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace madoguchi::store::sqlcipher
