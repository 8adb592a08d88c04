// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the QSQLCIPHER driver. Use QSqlDatabase with the driver name and the functions of
// store/SqlCipherDriver.h instead.

#include "security/SecureBuffer.h"
#include "store/sqlcipher/SqliteHandles.h"

#include <QList>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlIndex>
#include <QSqlRecord>

namespace madoguchi::store::sqlcipher {

class SqlCipherResult;

/// QSqlDriver over one SQLCipher connection, used on one thread only.
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT

public:
    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& databaseName, const QString& user, const QString& password,
              const QString& host, int port, const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QSqlRecord record(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField& field, bool trimStrings = false) const override;

    /// Keeps a guarded copy of a 32-byte raw key for the next open(). False when open.
    bool setPendingKey(const security::SecureBuffer& rawKey);
    /// sqlite3_rekey with a 32-byte raw key on the open, keyed connection.
    bool rekey(const security::SecureBuffer& rawKey, QString* error);
    /// True when `PRAGMA cipher_version` returns a row on the open connection.
    bool hasCipherVersion() const;

    // For SqlCipherResult.
    sqlite3* connection() const { return m_connection.get(); }
    void attachResult(SqlCipherResult* result) const;
    void detachResult(SqlCipherResult* result) const;
    /// A QSqlError from the connection's last failure (native code: extended result code).
    QSqlError connectionError(const QString& driverText, QSqlError::ErrorType type) const;

private:
    struct ColumnInfo
    {
        QString name;
        QString declaredType;
        bool notNull = false;
        QString defaultValue;
        int primaryKeyPosition = 0; // 1-based position in the primary key, 0 if not part of it
    };

    bool execSimple(const char* sql, const QString& driverText, QSqlError::ErrorType type);
    QList<ColumnInfo> tableInfo(const QString& tableName) const;

    SqliteConnection m_connection;
    security::SecureBuffer m_pendingKey;
    bool m_keyed = false;
    mutable QList<SqlCipherResult*> m_results;
};

/// The raw-key text SQLCipher expects ("x'" + 64 lowercase hex + "'") in guarded memory, without a
/// terminating zero in size(). Invalid if rawKey is not 32 bytes or memory is short.
security::SecureBuffer rawKeyForm(const security::SecureBuffer& rawKey);

/// True for NULL-meaning values: a null QVariant, or a null
/// QString/QByteArray/QDate/QTime/QDateTime inside one (Qt 5's meaning, which Qt's own drivers keep
/// under Qt 6).
bool isNullValue(const QVariant& value);

/// Qt type for a declared SQL column type (affinity rules, simplified).
QMetaType metaTypeForDeclaredType(QStringView declaredType);

} // namespace madoguchi::store::sqlcipher
