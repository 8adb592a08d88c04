// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ConflictQueue.h"

#include "audit/AuditLog.h"
#include "security/Authorizer.h"
#include "store/Repository.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace madoguchi::sync {

namespace {

Q_LOGGING_CATEGORY(lcConflict, "madoguchi.sync.conflict")

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return a.toString() == b.toString();
}

// Columns computed from others (search keys): never chosen on their own, they follow the
// columns they come from.
const QHash<QString, QStringList>& derivedColumns()
{
    static const QHash<QString, QStringList> derived{
        {QStringLiteral("kana_key"), {QStringLiteral("family_kana"), QStringLiteral("given_kana")}},
        {QStringLiteral("given_kana_key"), {QStringLiteral("given_kana")}},
        {QStringLiteral("name_key"), {QStringLiteral("family_name"), QStringLiteral("given_name")}},
        {QStringLiteral("given_name_key"), {QStringLiteral("given_name")}},
        {QStringLiteral("phone_key"), {QStringLiteral("phone")}},
    };
    return derived;
}

// The table's own columns besides id and version, in table order; empty when it is not a
// repository table (id and version columns) or not a plain identifier.
QStringList tableColumns(QSqlDatabase db, const QString& table)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!identifier.match(table).hasMatch() || table.startsWith(u"sqlite_") ||
        table.startsWith(u"sync_") || table == u"change_journal")
        return {};
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    exists.addBindValue(table);
    if (!exists.exec() || !exists.next())
        return {};
    QSqlQuery info(db);
    if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return {};
    QStringList columns;
    bool hasId = false;
    bool hasVersion = false;
    while (info.next()) {
        const QString name = info.value(1).toString();
        if (name == u"id")
            hasId = true;
        else if (name == u"version")
            hasVersion = true;
        else
            columns << name;
    }
    return hasId && hasVersion ? columns : QStringList();
}

QString choiceCode(ConflictChoice choice)
{
    switch (choice) {
    case ConflictChoice::Mine:
        return QStringLiteral("mine");
    case ConflictChoice::Theirs:
        return QStringLiteral("theirs");
    case ConflictChoice::FieldByField:
        return QStringLiteral("fields");
    }
    return {};
}

} // namespace

QStringList Conflict::differingColumns() const
{
    QStringList columns;
    for (const ConflictField& field : fields)
        if (field.differs)
            columns << field.column;
    return columns;
}

ConflictQueue::ConflictQueue(QSqlDatabase db, audit::AuditLog& audit,
                             const security::Authorizer& authorizer, const Clock& clock)
    : m_db(std::move(db)), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

Result<qint64> ConflictQueue::openCount(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL "
                                   "AND reason = 'version'")) ||
        !query.next()) {
        qCWarning(lcConflict) << "counting conflicts failed:" << query.lastError().databaseText();
        return Error{ErrorCode::Sql, tr("The sync conflicts could not be counted.")};
    }
    return query.value(0).toLongLong();
}

Result<QList<Conflict>> ConflictQueue::list(const security::Session& session,
                                            bool includeNotApplicable) const
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("sync.run")); !allowed)
        return allowed.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM sync_conflict WHERE resolved_at IS NULL AND "
                                 "(reason = 'version' OR ?) ORDER BY id"));
    query.addBindValue(includeNotApplicable ? 1 : 0);
    if (!query.exec()) {
        qCWarning(lcConflict) << "listing conflicts failed:" << query.lastError().databaseText();
        return Error{ErrorCode::Sql, tr("The sync conflicts could not be read.")};
    }
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    QList<Conflict> conflicts;
    for (qint64 id : std::as_const(ids)) {
        auto conflict = load(id);
        if (!conflict)
            return conflict.error();
        conflicts << std::move(conflict).value();
    }
    return conflicts;
}

Result<Conflict> ConflictQueue::find(const security::Session& session, qint64 id) const
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("sync.run")); !allowed)
        return allowed.error();
    return load(id);
}

Result<Conflict> ConflictQueue::load(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT entity, entity_id, operation, device_id, reason, received_at, version, "
        "base_version, payload FROM sync_conflict WHERE id = ? AND resolved_at IS NULL"));
    query.addBindValue(id);
    if (!query.exec()) {
        qCWarning(lcConflict) << "reading a conflict failed:" << query.lastError().databaseText();
        return Error{ErrorCode::Sql, tr("The sync conflict could not be read.")};
    }
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     tr("This conflict is not waiting any more (it was resolved already).")};
    Conflict conflict;
    conflict.id = id;
    conflict.entity = query.value(0).toString();
    conflict.entityId = query.value(1).toString();
    conflict.operation = query.value(2).toString();
    conflict.deviceId = query.value(3).toString();
    conflict.reason = query.value(4).toString();
    conflict.receivedAt = query.value(5).toString();
    conflict.theirVersion = query.value(6).toLongLong();
    conflict.baseVersion = query.value(7).toLongLong();

    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(query.value(8).toString().toUtf8(), &parseError);
    const QJsonObject payload = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // A change this device cannot read: nothing to compare, it can only be set aside.
        conflict.reason = QStringLiteral("not_applicable");
        return conflict;
    }

    const QStringList columns = tableColumns(m_db, conflict.entity);
    QVariantMap local;
    if (!columns.isEmpty()) {
        store::Repository repository(m_db, conflict.entity, columns, m_clock);
        auto row = repository.find(conflict.entityId);
        if (row) {
            local = row.value();
            conflict.localExists = true;
            conflict.localVersion = local.value(QStringLiteral("version")).toLongLong();
        } else if (row.code() != ErrorCode::NotFound) {
            return row.error();
        }
    }
    QStringList order = columns;
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it)
        if (!order.contains(it.key()))
            order << it.key();
    for (const QString& column : std::as_const(order)) {
        ConflictField field;
        field.column = column;
        field.mine = local.value(column);
        field.inTheirs = payload.contains(column);
        field.theirs =
            field.inTheirs ? store::Repository::fromJson(payload.value(column)) : field.mine;
        if (conflict.operation == u"delete")
            field.theirs = QVariant();
        field.differs = conflict.operation == u"delete"
                            ? conflict.localExists
                            : (field.inTheirs &&
                               (!conflict.localExists || !sameValue(field.mine, field.theirs)));
        conflict.fields << field;
    }
    return conflict;
}

Result<ConflictOutcome> ConflictQueue::resolve(const security::Session& session, qint64 id,
                                               const ConflictResolution& resolution)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("sync.run")); !allowed)
        return allowed.error();
    store::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The resolution could not be saved.")};
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    const Conflict& conflict = loaded.value();
    const qint64 localVersion = conflict.localExists ? conflict.localVersion : 0;
    if (localVersion != resolution.expectedLocalVersion)
        return Error{ErrorCode::Conflict,
                     tr("The record on this computer changed after you opened the conflict. "
                        "Open it again to see both versions as they are now.")};
    if (conflict.reason != u"version" && resolution.choice != ConflictChoice::Mine)
        return Error{ErrorCode::InvalidInput,
                     tr("This change from another device does not fit this computer's records; "
                        "it can only be set aside (keep this computer's version).")};

    const QStringList differing = conflict.differingColumns();
    for (const QString& column : resolution.theirFields)
        if (!differing.contains(column))
            return Error{ErrorCode::InvalidInput,
                         tr("The field %1 is not one of the differences of this conflict.")
                             .arg(fieldLabel(conflict.entity, column))};

    // Which side each differing column comes from.
    QHash<QString, bool> takeTheirs;
    for (const QString& column : differing) {
        if (resolution.choice == ConflictChoice::Theirs)
            takeTheirs.insert(column, true);
        else if (resolution.choice == ConflictChoice::Mine)
            takeTheirs.insert(column, false);
        else if (!derivedColumns().contains(column))
            takeTheirs.insert(column, resolution.theirFields.contains(column));
    }
    if (resolution.choice == ConflictChoice::FieldByField) {
        for (const QString& column : differing) {
            const auto derived = derivedColumns().constFind(column);
            if (derived == derivedColumns().constEnd())
                continue;
            // A search key follows the fields it is made of; they must come from one side.
            std::optional<bool> side;
            for (const QString& source : *derived) {
                if (!takeTheirs.contains(source))
                    continue;
                if (side && *side != takeTheirs.value(source)) {
                    QStringList names;
                    for (const QString& name : *derived)
                        names << fieldLabel(conflict.entity, name);
                    return Error{ErrorCode::InvalidInput,
                                 tr("Take %1 from the same version.").arg(names.join(tr(", ")))};
                }
                side = takeTheirs.value(source);
            }
            takeTheirs.insert(column, side.value_or(resolution.theirFields.contains(column)));
        }
    }

    ConflictOutcome outcome;
    outcome.newVersion = localVersion;
    const QStringList columns = tableColumns(m_db, conflict.entity);
    const bool writes = conflict.reason == u"version" && !differing.isEmpty();
    if (writes && columns.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("This computer has no table for this record any more.")};
    if (writes) {
        store::Repository repository(m_db, conflict.entity, columns, m_clock);
        const bool anyTheirs =
            std::any_of(takeTheirs.cbegin(), takeTheirs.cend(), [](bool theirs) { return theirs; });
        if (conflict.operation == u"delete") {
            if (anyTheirs && conflict.localExists) {
                if (Status removed = repository.remove(conflict.entityId, localVersion); !removed)
                    return removed.error();
                outcome.wroteChange = true;
                outcome.newVersion = 0;
            }
        } else if (!conflict.localExists) {
            if (anyTheirs)
                return Error{ErrorCode::InvalidInput,
                             tr("This record was deleted on this computer, so the other "
                                "device's change cannot be taken; keep this computer's "
                                "version.")};
        } else {
            // The resolution is a change of its own: every differing field gets the chosen
            // value, so the settled row travels to the other devices with the next sync.
            QVariantMap changes;
            for (const ConflictField& field : conflict.fields)
                if (field.differs)
                    changes.insert(field.column,
                                   takeTheirs.value(field.column) ? field.theirs : field.mine);
            auto updated = repository.update(conflict.entityId, localVersion, changes);
            if (!updated)
                return updated.error();
            outcome.wroteChange = true;
            outcome.newVersion = updated.value();
        }
    }

    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral(
        "UPDATE sync_conflict SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL"));
    mark.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    mark.addBindValue(id);
    if (!mark.exec() || mark.numRowsAffected() != 1) {
        qCWarning(lcConflict) << "marking a conflict failed:" << mark.lastError().databaseText();
        return Error{ErrorCode::Sql, tr("The resolution could not be saved.")};
    }
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::ConflictResolve, audit::Outcome::Success, session.login,
            conflict.entity, conflict.entityId,
            QStringLiteral("conflict=%1 choice=%2").arg(id).arg(choiceCode(resolution.choice))));
        !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The resolution could not be saved.")};
    return outcome;
}

QString ConflictQueue::entityLabel(const QString& entity)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("person"), QT_TR_NOOP("Person")},
        {QStringLiteral("person_address"), QT_TR_NOOP("Address")},
        {QStringLiteral("handbook"), QT_TR_NOOP("Disability handbook")},
        {QStringLiteral("legal_representative"), QT_TR_NOOP("Legal representative")},
        {QStringLiteral("application"), QT_TR_NOOP("Application")},
        {QStringLiteral("decision"), QT_TR_NOOP("Decision")},
        {QStringLiteral("recipient"), QT_TR_NOOP("Recipient")},
        {QStringLiteral("certificate"), QT_TR_NOOP("Certificate")},
    };
    const auto it = labels.constFind(entity);
    return it == labels.constEnd() ? entity : tr(*it);
}

QString ConflictQueue::fieldLabel(const QString& entity, const QString& column)
{
    Q_UNUSED(entity)
    static const QHash<QString, const char*> labels{
        {QStringLiteral("atena_number"), QT_TR_NOOP("Resident record number")},
        {QStringLiteral("family_name"), QT_TR_NOOP("Family name")},
        {QStringLiteral("given_name"), QT_TR_NOOP("Given name")},
        {QStringLiteral("family_kana"), QT_TR_NOOP("Family name (kana)")},
        {QStringLiteral("given_kana"), QT_TR_NOOP("Given name (kana)")},
        {QStringLiteral("kana_key"), QT_TR_NOOP("Search key (kana)")},
        {QStringLiteral("given_kana_key"), QT_TR_NOOP("Search key (given kana)")},
        {QStringLiteral("name_key"), QT_TR_NOOP("Search key (name)")},
        {QStringLiteral("given_name_key"), QT_TR_NOOP("Search key (given name)")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("phone_key"), QT_TR_NOOP("Search key (phone)")},
        {QStringLiteral("household_id"), QT_TR_NOOP("Household")},
        {QStringLiteral("relationship_to_head"), QT_TR_NOOP("Relationship to the head")},
        {QStringLiteral("merged_into"), QT_TR_NOOP("Merged into")},
        {QStringLiteral("created_at"), QT_TR_NOOP("Created")},
        {QStringLiteral("updated_at"), QT_TR_NOOP("Last changed")},
        {QStringLiteral("person_id"), QT_TR_NOOP("Person")},
        {QStringLiteral("postal_code"), QT_TR_NOOP("Postal code")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("valid_from"), QT_TR_NOOP("Valid from")},
        {QStringLiteral("valid_to"), QT_TR_NOOP("Valid to")},
        {QStringLiteral("valid_until"), QT_TR_NOOP("Valid until")},
        {QStringLiteral("recorded_at"), QT_TR_NOOP("Recorded")},
        {QStringLiteral("recorded_by"), QT_TR_NOOP("Recorded by")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("grade"), QT_TR_NOOP("Grade")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("issued_on"), QT_TR_NOOP("Issued on")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
    };
    const auto it = labels.constFind(column);
    return it == labels.constEnd() ? column : tr(*it);
}

bool ConflictQueue::isDerived(const QString& column)
{
    return derivedColumns().contains(column);
}

QString ConflictQueue::displayValue(const QString& column, const QVariant& value)
{
    if (value.isNull())
        return tr("(empty)");
    if (value.typeId() == QMetaType::QByteArray)
        return tr("(encrypted or binary data)");
    const QString text = value.toString();
    if (column == u"sex")
        return text == u"female" ? tr("Female") : text == u"male" ? tr("Male") : text;
    if (column.endsWith(u"_at") && text.endsWith(u'Z')) {
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (time.isValid())
            return time.toOffsetFromUtc(9 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return text;
}

} // namespace madoguchi::sync
