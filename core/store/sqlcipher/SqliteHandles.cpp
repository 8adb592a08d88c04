// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlcipher/SqliteHandles.h"

#include <QByteArray>
#include <utility>

namespace madoguchi::store::sqlcipher {

// Debug detail is off unless enabled with QT_LOGGING_RULES="madoguchi.store.sqlcipher.debug=true".
Q_LOGGING_CATEGORY(lcSqlCipher, "madoguchi.store.sqlcipher", QtInfoMsg)

SqliteConnection::~SqliteConnection()
{
    close();
}

SqliteConnection::SqliteConnection(SqliteConnection&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_openResult(std::exchange(other.m_openResult, SQLITE_OK))
{}

SqliteConnection& SqliteConnection::operator=(SqliteConnection&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_openResult = std::exchange(other.m_openResult, SQLITE_OK);
    }
    return *this;
}

bool SqliteConnection::open(const QString& path, int flags)
{
    close();
    // sqlite3_open_v2 takes UTF-8 file names on every platform.
    const QByteArray name = path.toUtf8();
    m_openResult = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (m_openResult != SQLITE_OK) {
        qCDebug(lcSqlCipher) << "sqlite3_open_v2 failed with code" << lastErrorCode();
        return false;
    }
    return true;
}

void SqliteConnection::close()
{
    if (m_db) {
        const int rc = sqlite3_close_v2(m_db);
        if (rc != SQLITE_OK)
            qCWarning(lcSqlCipher) << "sqlite3_close_v2 failed with code" << rc;
    }
    m_db = nullptr;
    m_openResult = SQLITE_OK;
}

int SqliteConnection::lastErrorCode() const
{
    if (!m_db)
        return m_openResult == SQLITE_OK ? SQLITE_MISUSE : m_openResult;
    const int code = sqlite3_extended_errcode(m_db);
    // A failed open can leave the handle's error at SQLITE_OK on some versions.
    return code == SQLITE_OK && m_openResult != SQLITE_OK ? m_openResult : code;
}

QString SqliteConnection::lastErrorMessage() const
{
    if (!m_db)
        return QString::fromUtf8(sqlite3_errstr(lastErrorCode()));
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

SqliteStatement::~SqliteStatement()
{
    finalize();
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
{}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        finalize();
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

int SqliteStatement::prepare(sqlite3* db, const QByteArray& utf8, bool* hasTrailingStatement)
{
    finalize();
    if (hasTrailingStatement)
        *hasTrailingStatement = false;
    const char* tail = nullptr;
    const int rc =
        sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        finalize();
        return rc;
    }
    if (hasTrailingStatement && tail && tail < utf8.constData() + utf8.size()) {
        // Compile the rest only to learn whether it holds more than whitespace and comments.
        const int rest = static_cast<int>(utf8.constData() + utf8.size() - tail);
        sqlite3_stmt* next = nullptr;
        if (sqlite3_prepare_v2(db, tail, rest, &next, nullptr) != SQLITE_OK || next != nullptr)
            *hasTrailingStatement = true;
        sqlite3_finalize(next);
    }
    return SQLITE_OK;
}

void SqliteStatement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

int SqliteStatement::lastErrorCode() const
{
    return m_stmt ? sqlite3_extended_errcode(sqlite3_db_handle(m_stmt)) : SQLITE_MISUSE;
}

QString SqliteStatement::lastErrorMessage() const
{
    return m_stmt ? QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))) : QString();
}

} // namespace madoguchi::store::sqlcipher
