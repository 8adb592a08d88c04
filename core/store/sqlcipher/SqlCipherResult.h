// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the QSQLCIPHER driver.

#include "store/sqlcipher/SqliteHandles.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

namespace madoguchi::store::sqlcipher {

class SqlCipherDriver;

/// One prepared statement and its rows. Forward-only results keep the current row; scrollable
/// ones cache every row fetched so far, as Qt's own QSQLITE does.
class SqlCipherResult final : public QSqlResult
{
    Q_DECLARE_TR_FUNCTIONS(SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;
    SqlCipherResult(const SqlCipherResult&) = delete;
    SqlCipherResult& operator=(const SqlCipherResult&) = delete;

    /// Finalizes the statement; called by the driver before it closes the connection.
    void finalizeStatement();

protected:
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    const SqlCipherDriver* cipherDriver() const;
    sqlite3* connection() const;
    void clearRows();
    void setStatementError(const QString& driverText, QSqlError::ErrorType type);
    bool bindAll();
    /// Reads the next row into *row (or skips it when row is null). False at the end or on error.
    bool nextRow(QList<QVariant>* row);
    QList<QVariant> readCurrentRow() const;
    const QList<QVariant>* currentRow() const;

    SqliteStatement m_statement;
    QSqlRecord m_record;
    QList<QMetaType> m_columnTypes; // declared types, for typed NULLs
    QList<QList<QVariant>> m_rows;  // scrollable: every row read so far
    QList<QVariant> m_currentRow;   // forward-only: the current row
    bool m_rowPending = false;      // exec() stepped onto a row that is not read yet
    bool m_exhausted = true;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace madoguchi::store::sqlcipher
