// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Repository.h"

#include "store/Transaction.h"
#include "store/Uuid7.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace madoguchi::store {

namespace {

bool isIdentifier(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

// Journal payloads are JSON; values that JSON cannot hold exactly get a tagged form.
QJsonValue toJson(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QJsonObject{
            {QStringLiteral("$bytes"), QString::fromLatin1(value.toByteArray().toBase64())}};
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        // JSON numbers lose precision beyond 2^53; keep large integers exact as text.
        return QString::number(value.toLongLong());
    default:
        return QJsonValue::fromVariant(value);
    }
}

Error sqlError(const QString& message, const QSqlQuery& query)
{
    return Error{ErrorCode::Sql, message.arg(query.lastError().databaseText())};
}

} // namespace

QVariant Repository::fromJson(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.size() == 1 && object.contains(QStringLiteral("$bytes")))
            return QByteArray::fromBase64(
                object.value(QStringLiteral("$bytes")).toString().toLatin1());
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return qint64(number);
        return number;
    }
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toString();
}

Repository::Repository(QSqlDatabase db, QString table, QStringList columns, const Clock& clock)
    : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns)), m_clock(clock)
{
    m_valid = isIdentifier(m_table) && m_table != u"change_journal";
    for (const QString& column : std::as_const(m_columns))
        m_valid = m_valid && isIdentifier(column) && column != u"id" && column != u"version";
}

Status Repository::checkColumns(const QVariantMap& fields) const
{
    if (!m_valid)
        return Error{ErrorCode::Internal, tr("The table or column names are not valid.")};
    for (auto it = fields.keyBegin(); it != fields.keyEnd(); ++it) {
        if (!m_columns.contains(*it))
            return Error{ErrorCode::InvalidInput,
                         tr("The field %1 does not belong to %2.").arg(*it, m_table)};
    }
    return {};
}

Status Repository::journal(const QString& id, const QString& operation, qint64 version,
                           qint64 baseVersion, const QVariantMap& payload)
{
    QJsonObject object;
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it)
        object.insert(it.key(), toJson(it.value()));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO change_journal (change_id, entity, entity_id, operation, version, "
        "base_version, payload, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(newUuid7());
    query.addBindValue(m_table);
    query.addBindValue(id);
    query.addBindValue(operation);
    query.addBindValue(version);
    query.addBindValue(baseVersion);
    query.addBindValue(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    query.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return sqlError(tr("The change could not be journaled: %1"), query);
    return {};
}

Result<QString> Repository::insert(const QVariantMap& fields)
{
    if (Status status = checkColumns(fields); !status)
        return status.error();
    const QString id = newUuid7();
    QStringList names{QStringLiteral("id"), QStringLiteral("version")};
    names += fields.keys();
    QStringList marks;
    marks.fill(QStringLiteral("?"), names.size());

    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(m_table, names.join(u','), marks.join(u',')));
    query.addBindValue(id);
    query.addBindValue(1);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        query.addBindValue(it.value());
    if (!transaction.isActive() || !query.exec())
        return sqlError(tr("The record could not be saved: %1"), query);
    if (Status status = journal(id, QStringLiteral("insert"), 1, 0, fields); !status)
        return status.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The record could not be saved.")};
    return id;
}

Result<qint64> Repository::update(const QString& id, qint64 expectedVersion,
                                  const QVariantMap& changes)
{
    if (Status status = checkColumns(changes); !status)
        return status.error();
    if (changes.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("There is nothing to change.")};
    QStringList assignments{QStringLiteral("version = version + 1")};
    for (auto it = changes.keyBegin(); it != changes.keyEnd(); ++it)
        assignments << *it + QStringLiteral(" = ?");

    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ?")
                      .arg(m_table, assignments.join(u',')));
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        query.addBindValue(it.value());
    query.addBindValue(id);
    query.addBindValue(expectedVersion);
    if (!transaction.isActive() || !query.exec())
        return sqlError(tr("The record could not be saved: %1"), query);
    if (query.numRowsAffected() != 1) {
        const auto current = find(id);
        if (!current)
            return current.error();
        return Error{ErrorCode::Conflict,
                     tr("Someone changed this record after you opened it. Reload it and make "
                        "your change again.")};
    }
    const qint64 version = expectedVersion + 1;
    if (Status status = journal(id, QStringLiteral("update"), version, expectedVersion, changes);
        !status)
        return status.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The record could not be saved.")};
    return version;
}

Status Repository::remove(const QString& id, qint64 expectedVersion)
{
    if (Status status = checkColumns({}); !status)
        return status;
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = ?").arg(m_table));
    query.addBindValue(id);
    query.addBindValue(expectedVersion);
    if (!transaction.isActive() || !query.exec())
        return sqlError(tr("The record could not be deleted: %1"), query);
    if (query.numRowsAffected() != 1) {
        const auto current = find(id);
        if (!current)
            return current.error();
        return Error{ErrorCode::Conflict,
                     tr("Someone changed this record after you opened it. Reload it and try "
                        "again.")};
    }
    if (Status status =
            journal(id, QStringLiteral("delete"), expectedVersion + 1, expectedVersion, {});
        !status)
        return status;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The record could not be deleted.")};
    return {};
}

Result<QVariantMap> Repository::find(const QString& id) const
{
    if (Status status = checkColumns({}); !status)
        return status.error();
    QSqlQuery query(m_db);
    const QStringList names =
        QStringList{QStringLiteral("id"), QStringLiteral("version")} + m_columns;
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(names.join(u','), m_table));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("The record could not be read: %1"), query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("The record was not found.")};
    QVariantMap row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query.value(i));
    return row;
}

} // namespace madoguchi::store
