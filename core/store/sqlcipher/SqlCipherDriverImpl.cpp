// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlcipher/SqlCipherDriverImpl.h"

#include "store/sqlcipher/SqlCipherResult.h"

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QStringList>
#include <QTime>
#include <algorithm>
#include <sodium.h>
#include <utility>

namespace madoguchi::store::sqlcipher {

namespace {

constexpr int kDefaultBusyTimeoutMs = 5000;
constexpr std::size_t kRawKeyBytes = 32;

QString quoteIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

security::SecureBuffer rawKeyForm(const security::SecureBuffer& rawKey)
{
    if (!rawKey.isValid() || rawKey.size() != kRawKeyBytes)
        return {};
    // x ' <64 hex> ' and the zero sodium_bin2hex writes.
    constexpr std::size_t hexChars = kRawKeyBytes * 2;
    security::SecureBuffer form(2 + hexChars + 1 + 1);
    if (!form.isValid())
        return {};
    auto* text = reinterpret_cast<char*>(form.data());
    text[0] = 'x';
    text[1] = '\'';
    sodium_bin2hex(text + 2, hexChars + 1, rawKey.data(), kRawKeyBytes);
    text[2 + hexChars] = '\'';
    form.truncate(2 + hexChars + 1);
    return form;
}

bool isNullValue(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(value.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate*>(value.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime*>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime*>(value.constData())->isNull();
    default:
        return false;
    }
}

QMetaType metaTypeForDeclaredType(QStringView declaredType)
{
    const QString type = declaredType.trimmed().toString().toUpper();
    if (type.isEmpty())
        return {}; // no declared type: the value decides
    if (type == QLatin1String("BOOL") || type == QLatin1String("BOOLEAN"))
        return QMetaType(QMetaType::Bool);
    if (type.contains(QLatin1String("INT")))
        return QMetaType(QMetaType::LongLong);
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) ||
        type.contains(QLatin1String("TEXT")))
        return QMetaType(QMetaType::QString);
    if (type.contains(QLatin1String("BLOB")))
        return QMetaType(QMetaType::QByteArray);
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) ||
        type.contains(QLatin1String("DOUB")) || type.startsWith(QLatin1String("NUMERIC")) ||
        type.startsWith(QLatin1String("DECIMAL")))
        return QMetaType(QMetaType::Double);
    // DATE, DATETIME, TIME, TIMESTAMP and anything else: we store those as ISO 8601 text.
    return QMetaType(QMetaType::QString);
}

SqlCipherDriver::SqlCipherDriver(QObject* parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    case NamedPlaceholders: // Qt rewrites :name to ? and binds by position (PLATFORM.md)
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString& databaseName, const QString& /*user*/,
                           const QString& password, const QString& /*host*/, int /*port*/,
                           const QString& connectOptions)
{
    if (isOpen())
        close();
    // The key copy leaves the driver now and is wiped when this function returns, whatever happens.
    const security::SecureBuffer key = std::move(m_pendingKey);
    m_pendingKey.clear();

    if (!password.isEmpty())
        qCWarning(lcSqlCipher) << "ignoring the connection password: use setConnectionKey()";

    int busyTimeoutMs = kDefaultBusyTimeoutMs;
    bool readOnly = false;
    bool uri = false;
    const QList<QStringView> options = QStringView(connectOptions).split(u';', Qt::SkipEmptyParts);
    for (QStringView option : options) {
        option = option.trimmed();
        if (option.startsWith(QLatin1String("QSQLITE_BUSY_TIMEOUT"))) {
            const qsizetype equals = option.indexOf(u'=');
            bool ok = false;
            const int value = equals > 0 ? option.mid(equals + 1).trimmed().toInt(&ok) : -1;
            if (ok && value >= 0)
                busyTimeoutMs = value;
            else
                qCWarning(lcSqlCipher) << "ignoring malformed QSQLITE_BUSY_TIMEOUT option";
        } else if (option == QLatin1String("QSQLITE_OPEN_READONLY")) {
            readOnly = true;
        } else if (option == QLatin1String("QSQLITE_OPEN_URI")) {
            uri = true;
        } else if (!option.isEmpty()) {
            qCWarning(lcSqlCipher) << "ignoring unknown connect option"
                                   << option.left(option.indexOf(u'=')).toString();
        }
    }
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (uri)
        flags |= SQLITE_OPEN_URI;

    const auto fail = [this](const QString& text, int code, const QString& detail) {
        setLastError(QSqlError(text, detail, QSqlError::ConnectionError, QString::number(code)));
        m_connection.close();
        m_keyed = false;
        setOpenError(true);
        return false;
    };

    if (!m_connection.open(databaseName, flags))
        return fail(tr("Error opening database"), m_connection.lastErrorCode(),
                    m_connection.lastErrorMessage());
    sqlite3* db = m_connection.get();
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, busyTimeoutMs);

    if (key.isValid()) {
        const security::SecureBuffer form = rawKeyForm(key);
        if (!form.isValid())
            return fail(tr("Error opening database"), SQLITE_NOMEM,
                        tr("Could not prepare the key"));
        // The only thing open() does besides opening: the caller runs the rest of the sequence.
        const int rc = sqlite3_key(db, form.data(), static_cast<int>(form.size()));
        if (rc != SQLITE_OK)
            return fail(tr("Error opening database"), rc, tr("Could not apply the key"));
        m_keyed = true;
    }
    qCDebug(lcSqlCipher) << "opened connection, keyed:" << m_keyed
                         << "busy timeout ms:" << busyTimeoutMs;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    // Statements first: a connection with live statements would linger as a zombie.
    for (SqlCipherResult* result : std::as_const(m_results))
        result->finalizeStatement();
    if (m_connection.isValid())
        qCDebug(lcSqlCipher) << "closing connection";
    m_connection.close();
    m_keyed = false;
    setOpen(false);
    setOpenError(false);
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::attachResult(SqlCipherResult* result) const
{
    m_results.append(result);
}

void SqlCipherDriver::detachResult(SqlCipherResult* result) const
{
    m_results.removeOne(result);
}

QSqlError SqlCipherDriver::connectionError(const QString& driverText,
                                           QSqlError::ErrorType type) const
{
    if (!m_connection.isValid())
        return QSqlError(driverText, tr("The database is not open"), type);
    return QSqlError(driverText, m_connection.lastErrorMessage(), type,
                     QString::number(m_connection.lastErrorCode()));
}

bool SqlCipherDriver::execSimple(const char* sql, const QString& driverText,
                                 QSqlError::ErrorType type)
{
    if (!isOpen() || isOpenError()) {
        setLastError(connectionError(driverText, type));
        return false;
    }
    SqliteStatement statement;
    if (statement.prepare(m_connection.get(), QByteArray(sql)) != SQLITE_OK) {
        setLastError(connectionError(driverText, type));
        return false;
    }
    const int rc = sqlite3_step(statement.get());
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        qCDebug(lcSqlCipher) << "transaction statement failed with code"
                             << m_connection.lastErrorCode();
        setLastError(connectionError(driverText, type));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock now: a deferred transaction that later upgrades can fail
    // with SQLITE_BUSY at once in WAL mode, without waiting for the busy timeout.
    return execSimple("BEGIN IMMEDIATE", tr("Unable to begin transaction"),
                      QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", tr("Unable to commit transaction"), QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", tr("Unable to roll back transaction"),
                      QSqlError::TransactionError);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds.append(QStringLiteral("'table'"));
    if (type & QSql::Views)
        kinds.append(QStringLiteral("'view'"));
    if (!kinds.isEmpty()) {
        const QString sql = QLatin1String("SELECT name FROM sqlite_master WHERE type IN (") +
                            kinds.join(u',') +
                            QLatin1String(") AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                          "ORDER BY name");
        SqliteStatement statement;
        if (statement.prepare(m_connection.get(), sql.toUtf8()) == SQLITE_OK) {
            while (sqlite3_step(statement.get()) == SQLITE_ROW) {
                names.append(QString::fromUtf8(
                    reinterpret_cast<const char*>(sqlite3_column_text(statement.get(), 0))));
            }
        }
    }
    if (type & QSql::SystemTables)
        names.append(QStringLiteral("sqlite_master"));
    return names;
}

QList<SqlCipherDriver::ColumnInfo> SqlCipherDriver::tableInfo(const QString& tableName) const
{
    QList<ColumnInfo> columns;
    if (!isOpen() || tableName.isEmpty())
        return columns;
    QString schema;
    QString table = tableName;
    if (isIdentifierEscaped(tableName, TableName)) {
        table = stripDelimiters(tableName, TableName);
    } else if (const qsizetype dot = tableName.indexOf(u'.'); dot > 0) {
        schema = tableName.left(dot);
        table = tableName.mid(dot + 1);
    }
    // PRAGMA arguments cannot be bound (and pragma_table_info() needs SQLite 3.16).
    const QString sql = QLatin1String("PRAGMA ") +
                        (schema.isEmpty() ? QString() : quoteIdentifier(schema) + u'.') +
                        QLatin1String("table_info(") + quoteIdentifier(table) + u')';
    SqliteStatement statement;
    if (statement.prepare(m_connection.get(), sql.toUtf8()) != SQLITE_OK)
        return columns;
    sqlite3_stmt* stmt = statement.get();
    const auto text = [stmt](int column) {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, column)));
    };
    // cid, name, type, notnull, dflt_value, pk
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ColumnInfo column;
        column.name = text(1);
        column.declaredType = text(2);
        column.notNull = sqlite3_column_int(stmt, 3) != 0;
        column.defaultValue = text(4);
        if (column.defaultValue.size() >= 2 && column.defaultValue.startsWith(u'\'') &&
            column.defaultValue.endsWith(u'\''))
            column.defaultValue = column.defaultValue.mid(1, column.defaultValue.size() - 2)
                                      .replace(QLatin1String("''"), QLatin1String("'"));
        column.primaryKeyPosition = sqlite3_column_int(stmt, 5);
        columns.append(std::move(column));
    }
    return columns;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QList<ColumnInfo> columns = tableInfo(tableName);
    columns.removeIf([](const ColumnInfo& column) { return column.primaryKeyPosition == 0; });
    std::sort(columns.begin(), columns.end(), [](const ColumnInfo& a, const ColumnInfo& b) {
        return a.primaryKeyPosition < b.primaryKeyPosition;
    });
    QSqlIndex index(tableName);
    for (const ColumnInfo& column : std::as_const(columns))
        index.append(
            QSqlField(column.name, metaTypeForDeclaredType(column.declaredType), tableName));
    return index;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    const QList<ColumnInfo> columns = tableInfo(tableName);
    const auto keyColumns = std::count_if(columns.begin(), columns.end(), [](const ColumnInfo& c) {
        return c.primaryKeyPosition > 0;
    });
    QSqlRecord record;
    for (const ColumnInfo& column : columns) {
        QSqlField field(column.name, metaTypeForDeclaredType(column.declaredType), tableName);
        field.setRequiredStatus(column.notNull ? QSqlField::Required : QSqlField::Optional);
        if (!column.defaultValue.isEmpty())
            field.setDefaultValue(column.defaultValue);
        // Only "INTEGER PRIMARY KEY" aliases the rowid and gets its value from SQLite.
        if (keyColumns == 1 && column.primaryKeyPosition == 1 &&
            column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
            field.setAutoValue(true);
        record.append(field);
    }
    return record;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = quoteIdentifier(identifier);
    if (type == TableName)
        escaped.replace(u'.', QLatin1String("\".\"")); // schema.table
    return escaped;
}

QString SqlCipherDriver::formatValue(const QSqlField& field, bool trimStrings) const
{
    const QVariant value = field.value();
    if (isNullValue(value))
        return QStringLiteral("NULL");
    // By the value's type (QSqlDriver's goes by the field's declared type), in the same text
    // forms the result binds, so literal SQL and bound values compare equal.
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QLatin1String("X'") + QString::fromLatin1(value.toByteArray().toHex()) + u'\'';
    case QMetaType::QDate:
        return u'\'' + value.toDate().toString(Qt::ISODate) + u'\'';
    case QMetaType::QTime:
        return u'\'' + value.toTime().toString(QStringLiteral("HH:mm:ss.zzz")) + u'\'';
    case QMetaType::QDateTime:
        return u'\'' + value.toDateTime().toUTC().toString(Qt::ISODateWithMs) + u'\'';
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default: {
        QSqlField typed(field);
        typed.setMetaType(value.metaType());
        return QSqlDriver::formatValue(typed, trimStrings);
    }
    }
}

bool SqlCipherDriver::setPendingKey(const security::SecureBuffer& rawKey)
{
    if (isOpen() || !rawKey.isValid() || rawKey.size() != kRawKeyBytes)
        return false;
    security::SecureBuffer copy = security::SecureBuffer::copyOf(rawKey.data(), rawKey.size());
    if (!copy.isValid())
        return false;
    m_pendingKey = std::move(copy);
    return true;
}

bool SqlCipherDriver::rekey(const security::SecureBuffer& rawKey, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isOpen() || !m_connection.isValid())
        return fail(tr("The database is not open"));
    if (!m_keyed)
        return fail(tr("The database connection has no key"));
    const security::SecureBuffer form = rawKeyForm(rawKey);
    if (!form.isValid())
        return fail(tr("The new key is not a 32-byte key"));
    const int rc = sqlite3_rekey(m_connection.get(), form.data(), static_cast<int>(form.size()));
    if (rc != SQLITE_OK) {
        qCWarning(lcSqlCipher) << "sqlite3_rekey failed with code" << rc;
        return fail(
            tr("Could not re-encrypt the database: %1").arg(m_connection.lastErrorMessage()));
    }
    qCDebug(lcSqlCipher) << "rekeyed connection";
    return true;
}

bool SqlCipherDriver::hasCipherVersion() const
{
    if (!isOpen() || !m_connection.isValid())
        return false;
    SqliteStatement statement;
    if (statement.prepare(m_connection.get(), QByteArrayLiteral("PRAGMA cipher_version")) !=
            SQLITE_OK ||
        !statement.isValid())
        return false;
    return sqlite3_step(statement.get()) == SQLITE_ROW;
}

} // namespace madoguchi::store::sqlcipher
