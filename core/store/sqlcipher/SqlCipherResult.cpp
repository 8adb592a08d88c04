// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlcipher/SqlCipherResult.h"

#include "store/sqlcipher/SqlCipherDriverImpl.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QTime>
#include <QUuid>
#include <limits>

namespace madoguchi::store::sqlcipher {

namespace {

int bindText(sqlite3_stmt* stmt, int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(stmt, index, utf8.constData(),
                               static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                               SQLITE_UTF8);
}

int bindVariant(sqlite3_stmt* stmt, int index, const QVariant& value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(stmt, index);
    switch (value.typeId()) {
    case QMetaType::QString:
        return bindText(stmt, index, *static_cast<const QString*>(value.constData()));
    case QMetaType::QByteArray: {
        const auto* bytes = static_cast<const QByteArray*>(value.constData());
        if (bytes->isEmpty()) // a null pointer would bind NULL, not an empty blob
            return sqlite3_bind_zeroblob(stmt, index, 0);
        return sqlite3_bind_blob64(stmt, index, bytes->constData(),
                                   static_cast<sqlite3_uint64>(bytes->size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::UChar:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong number = value.toULongLong();
        if (number > static_cast<qulonglong>(std::numeric_limits<qint64>::max()))
            return bindText(stmt, index, QString::number(number));
        return sqlite3_bind_int64(stmt, index, static_cast<sqlite3_int64>(number));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QDate:
        return bindText(stmt, index, value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return bindText(stmt, index, value.toTime().toString(QStringLiteral("HH:mm:ss.zzz")));
    case QMetaType::QDateTime:
        // UTC with milliseconds and 'Z', so that text order is time order.
        return bindText(stmt, index, value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
    case QMetaType::QUuid:
        return bindText(stmt, index, value.toUuid().toString(QUuid::WithoutBraces));
    default:
        if (value.canConvert<QString>())
            return bindText(stmt, index, value.toString());
        return SQLITE_MISMATCH;
    }
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver) : QSqlResult(driver)
{
    driver->attachResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (const SqlCipherDriver* driver = cipherDriver())
        driver->detachResult(this);
}

void SqlCipherResult::finalizeStatement()
{
    m_statement.finalize();
    m_rowPending = false;
    m_exhausted = true;
}

const SqlCipherDriver* SqlCipherResult::cipherDriver() const
{
    // QSqlResult holds the driver in a QPointer: null once the driver is gone.
    return static_cast<const SqlCipherDriver*>(driver());
}

sqlite3* SqlCipherResult::connection() const
{
    const SqlCipherDriver* driver = cipherDriver();
    return driver && driver->isOpen() ? driver->connection() : nullptr;
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_currentRow.clear();
    m_rowPending = false;
    m_exhausted = true;
    m_rowsAffected = -1;
    m_lastInsertId.clear();
}

void SqlCipherResult::setStatementError(const QString& driverText, QSqlError::ErrorType type)
{
    sqlite3* db = connection();
    if (!db) {
        setLastError(QSqlError(driverText, tr("The database is not open"), type));
        return;
    }
    setLastError(QSqlError(driverText, QString::fromUtf8(sqlite3_errmsg(db)), type,
                           QString::number(sqlite3_extended_errcode(db))));
}

bool SqlCipherResult::reset(const QString& query)
{
    if (!prepare(query))
        return false;
    return exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    m_statement.finalize();
    clearRows();
    m_record.clear();
    m_columnTypes.clear();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    setSelect(false);

    sqlite3* db = connection();
    if (!db) {
        setStatementError(tr("Unable to prepare the statement"), QSqlError::ConnectionError);
        return false;
    }
    bool trailing = false;
    const int rc = m_statement.prepare(db, query.toUtf8(), &trailing);
    if (rc != SQLITE_OK) {
        qCDebug(lcSqlCipher) << "prepare failed with code" << sqlite3_extended_errcode(db);
        setStatementError(tr("Unable to prepare the statement"), QSqlError::StatementError);
        return false;
    }
    if (trailing) {
        m_statement.finalize();
        setLastError(QSqlError(tr("Unable to prepare the statement"),
                               tr("Unable to execute multiple statements at a time"),
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    if (!m_statement.isValid()) {
        setLastError(QSqlError(tr("Unable to prepare the statement"), tr("The statement is empty"),
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        return false;
    }

    sqlite3_stmt* stmt = m_statement.get();
    const int columns = sqlite3_column_count(stmt);
    for (int i = 0; i < columns; ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(stmt, i));
        const char* declared = sqlite3_column_decltype(stmt, i);
        const QMetaType type =
            declared ? metaTypeForDeclaredType(QString::fromUtf8(declared)) : QMetaType();
        const char* table = sqlite3_column_table_name(stmt, i);
        m_record.append(QSqlField(name, type, table ? QString::fromUtf8(table) : QString()));
        m_columnTypes.append(type);
    }
    setSelect(columns > 0);
    return true;
}

bool SqlCipherResult::bindAll()
{
    sqlite3_stmt* stmt = m_statement.get();
    const QList<QVariant>& values = boundValues();
    const int parameters = sqlite3_bind_parameter_count(stmt);
    if (values.size() != parameters) {
        setLastError(QSqlError(tr("Unable to bind parameters"), tr("Parameter count mismatch"),
                               QSqlError::StatementError, QString::number(SQLITE_RANGE)));
        return false;
    }
    for (int i = 0; i < parameters; ++i) {
        const int rc = bindVariant(stmt, i + 1, values.at(i));
        if (rc != SQLITE_OK) {
            // Never the value itself: it may be personal data.
            qCDebug(lcSqlCipher) << "bind failed for parameter" << i + 1 << "with code" << rc;
            if (rc == SQLITE_MISMATCH) {
                setLastError(QSqlError(tr("Unable to bind parameters"),
                                       tr("Unsupported value type for parameter %1").arg(i + 1),
                                       QSqlError::StatementError, QString::number(rc)));
            } else {
                setStatementError(tr("Unable to bind parameters"), QSqlError::StatementError);
            }
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    clearRows();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    sqlite3* db = connection();
    if (!db || !m_statement.isValid()) {
        if (!lastError().isValid())
            setStatementError(tr("Could not execute the statement"), QSqlError::StatementError);
        return false;
    }
    sqlite3_stmt* stmt = m_statement.get();
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (!bindAll())
        return false;

    const int totalBefore = sqlite3_total_changes(db);
    const sqlite3_int64 rowIdBefore = sqlite3_last_insert_rowid(db);
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
        m_exhausted = false;
        // Columns without a declared type (expressions) take the first row's storage class.
        for (int i = 0; i < m_columnTypes.size(); ++i) {
            if (m_columnTypes.at(i).isValid())
                continue;
            QMetaType type;
            switch (sqlite3_column_type(stmt, i)) {
            case SQLITE_INTEGER:
                type = QMetaType(QMetaType::LongLong);
                break;
            case SQLITE_FLOAT:
                type = QMetaType(QMetaType::Double);
                break;
            case SQLITE_TEXT:
                type = QMetaType(QMetaType::QString);
                break;
            case SQLITE_BLOB:
                type = QMetaType(QMetaType::QByteArray);
                break;
            default:
                break;
            }
            QSqlField field = m_record.field(i);
            field.setMetaType(type);
            m_record.replace(i, field);
        }
    } else if (rc == SQLITE_DONE) {
        sqlite3_reset(stmt); // releases locks at once; bindings stay for the next exec()
    } else {
        qCDebug(lcSqlCipher) << "step failed with code" << sqlite3_extended_errcode(db);
        setStatementError(tr("Could not execute the statement"), QSqlError::StatementError);
        sqlite3_reset(stmt);
        return false;
    }

    const bool changed = sqlite3_total_changes(db) != totalBefore;
    if (sqlite3_column_count(stmt) > 0)
        m_rowsAffected = -1; // undefined for queries; size() is not supported either
    else
        m_rowsAffected = changed ? sqlite3_changes(db) : 0;
    const sqlite3_int64 rowIdAfter = sqlite3_last_insert_rowid(db);
    if (changed && rowIdAfter != 0) {
        // Each INSERT moves the rowid; UPDATE and DELETE leave the previous one, so report it
        // only when it moved or the statement is an INSERT/REPLACE (that may reuse a rowid).
        const QString sql = QString::fromUtf8(sqlite3_sql(stmt)).trimmed();
        if (rowIdAfter != rowIdBefore ||
            sql.startsWith(QLatin1String("insert"), Qt::CaseInsensitive) ||
            sql.startsWith(QLatin1String("replace"), Qt::CaseInsensitive))
            m_lastInsertId = QVariant(static_cast<qlonglong>(rowIdAfter));
    }
    setSelect(sqlite3_column_count(stmt) > 0);
    setActive(true);
    return true;
}

QList<QVariant> SqlCipherResult::readCurrentRow() const
{
    sqlite3_stmt* stmt = m_statement.get();
    const int columns = sqlite3_column_count(stmt);
    QList<QVariant> row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i) {
        switch (sqlite3_column_type(stmt, i)) {
        case SQLITE_INTEGER:
            row.append(static_cast<qlonglong>(sqlite3_column_int64(stmt, i)));
            break;
        case SQLITE_FLOAT:
            switch (numericalPrecisionPolicy()) {
            case QSql::LowPrecisionInt32:
                row.append(sqlite3_column_int(stmt, i));
                break;
            case QSql::LowPrecisionInt64:
                row.append(static_cast<qlonglong>(sqlite3_column_int64(stmt, i)));
                break;
            default:
                row.append(sqlite3_column_double(stmt, i));
                break;
            }
            break;
        case SQLITE_TEXT: {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
            row.append(QString::fromUtf8(text, sqlite3_column_bytes(stmt, i)));
            break;
        }
        case SQLITE_BLOB: {
            // Blob pointer first, then its size (the SQLite rule for conversions).
            const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt, i));
            const int size = sqlite3_column_bytes(stmt, i);
            row.append(size > 0 ? QByteArray(bytes, size) : QByteArray(""));
            break;
        }
        default:
            row.append(QVariant(m_columnTypes.value(i)));
            break;
        }
    }
    return row;
}

bool SqlCipherResult::nextRow(QList<QVariant>* row)
{
    if (m_rowPending) {
        m_rowPending = false;
        if (row)
            *row = readCurrentRow();
        return true;
    }
    if (m_exhausted || !m_statement.isValid())
        return false;
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW) {
        if (row)
            *row = readCurrentRow();
        return true;
    }
    m_exhausted = true;
    if (rc != SQLITE_DONE) {
        qCDebug(lcSqlCipher) << "step failed with code" << m_statement.lastErrorCode();
        setStatementError(tr("Unable to fetch row"), QSqlError::StatementError);
    }
    sqlite3_reset(m_statement.get());
    return false;
}

const QList<QVariant>* SqlCipherResult::currentRow() const
{
    if (!isActive() || at() < 0)
        return nullptr;
    if (isForwardOnly())
        return &m_currentRow;
    return at() < m_rows.size() ? &m_rows.at(at()) : nullptr;
}

QVariant SqlCipherResult::data(int field)
{
    const QList<QVariant>* row = currentRow();
    if (!row || field < 0 || field >= row->size()) {
        qCWarning(lcSqlCipher) << "data(): no such row or field" << field;
        return {};
    }
    return row->at(field);
}

bool SqlCipherResult::isNull(int field)
{
    const QList<QVariant>* row = currentRow();
    if (!row || field < 0 || field >= row->size())
        return true;
    return row->at(field).isNull();
}

bool SqlCipherResult::fetch(int row)
{
    if (!isActive() || row < 0)
        return false;
    if (at() == row)
        return true;
    if (isForwardOnly()) {
        if (at() == QSql::AfterLastRow || row < at())
            return false;
        int position = at(); // BeforeFirstRow is -1
        while (position < row - 1) {
            if (!nextRow(nullptr)) // skip without copying values
                return false;
            ++position;
        }
        if (!nextRow(&m_currentRow))
            return false;
        setAt(row);
        return true;
    }
    while (m_rows.size() <= row) {
        QList<QVariant> values;
        if (!nextRow(&values))
            return false;
        m_rows.append(std::move(values));
    }
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive())
        return false;
    if (isForwardOnly()) {
        if (at() == QSql::AfterLastRow)
            return false;
        int position = at();
        QList<QVariant> values;
        while (nextRow(&values)) {
            m_currentRow = std::move(values);
            ++position;
        }
        if (position < 0)
            return false;
        setAt(position);
        return true;
    }
    QList<QVariant> values;
    while (nextRow(&values))
        m_rows.append(std::move(values));
    if (m_rows.isEmpty())
        return false;
    setAt(static_cast<int>(m_rows.size() - 1));
    return true;
}

int SqlCipherResult::size()
{
    return -1; // SQLite cannot tell without stepping through every row
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    if (!isActive() || !isSelect())
        return {};
    return m_record;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return isActive() ? m_lastInsertId : QVariant();
}

void SqlCipherResult::detachFromResultSet()
{
    if (!m_statement.isValid())
        return;
    // QSqlTableModel detaches its select query before each edit; it keeps reading rows
    // from the cache afterwards, so a positioned scrollable result keeps them all.
    // QSqlQuery::finish() moves to BeforeFirstRow first and needs no rows.
    if (!isForwardOnly() && isActive() && at() != QSql::BeforeFirstRow) {
        QList<QVariant> values;
        while (nextRow(&values))
            m_rows.append(std::move(values));
    }
    sqlite3_reset(m_statement.get());
    m_rowPending = false;
    m_exhausted = true;
}

} // namespace madoguchi::store::sqlcipher
