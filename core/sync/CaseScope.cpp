// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CaseScope.h"

#include "store/Transaction.h"
#include "sync/SyncClient.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace madoguchi::sync {

namespace {

Q_LOGGING_CATEGORY(lcCaseScope, "madoguchi.sync.cases")

// Rows of the person in an order that deletes every row before the rows it refers to. Each
// statement binds the person id once per "?".
const QStringList& orderedDeletes()
{
    static const QStringList statements{
        QStringLiteral("DELETE FROM certificate WHERE person_id = ?"),
        QStringLiteral("DELETE FROM recipient WHERE person_id = ?"),
        // approval requests of the person's decisions: collected before the decisions go
        // (approval_request is referred to by decision.approval_request_id)
        QStringLiteral("INSERT INTO temp.case_scope_approval (id) SELECT a.id FROM "
                       "approval_request a JOIN decision d ON d.id = a.object_id "
                       "WHERE d.person_id = ?"),
        QStringLiteral("DELETE FROM decision WHERE person_id = ?"),
        QStringLiteral("DELETE FROM approval_request WHERE id IN "
                       "(SELECT id FROM temp.case_scope_approval)"),
        QStringLiteral("DELETE FROM ledger_entry WHERE person_id = ?"),
        QStringLiteral("DELETE FROM copay_visit WHERE person_id = ?"),
        QStringLiteral("DELETE FROM application_status_history WHERE application_id IN "
                       "(SELECT id FROM application WHERE person_id = ?)"),
        QStringLiteral("DELETE FROM application WHERE person_id = ?"),
        QStringLiteral("DELETE FROM jukinet_request WHERE person_id = ?"),
        QStringLiteral("DELETE FROM person_mynumber WHERE person_id = ?"),
        QStringLiteral("DELETE FROM person_history WHERE person_id = ?"),
        QStringLiteral("DELETE FROM legal_representative WHERE person_id = ?"),
        QStringLiteral("DELETE FROM handbook WHERE person_id = ?"),
        QStringLiteral("DELETE FROM person_address WHERE person_id = ?"),
        QStringLiteral("DELETE FROM duplicate_candidate WHERE person_low = ? OR person_high = ? "
                       "OR survivor_id = ?"),
    };
    return statements;
}

// Tables named in orderedDeletes (and never to be touched generically).
bool handledOrLocal(const QString& table)
{
    static const QStringList handled{QStringLiteral("certificate"),
                                     QStringLiteral("recipient"),
                                     QStringLiteral("decision"),
                                     QStringLiteral("approval_request"),
                                     QStringLiteral("ledger_entry"),
                                     QStringLiteral("copay_visit"),
                                     QStringLiteral("application"),
                                     QStringLiteral("application_status_history"),
                                     QStringLiteral("jukinet_request"),
                                     QStringLiteral("person_mynumber"),
                                     QStringLiteral("person_history"),
                                     QStringLiteral("legal_representative"),
                                     QStringLiteral("handbook"),
                                     QStringLiteral("person_address"),
                                     QStringLiteral("duplicate_candidate"),
                                     QStringLiteral("person"),
                                     QStringLiteral("change_journal"),
                                     QStringLiteral("audit_log"),
                                     QStringLiteral("audit_checkpoint")};
    return handled.contains(table) || table.startsWith(u"sync_") || table.startsWith(u"sqlite_");
}

Error sqlError(const QSqlQuery& query)
{
    qCWarning(lcCaseScope) << "forgetting a case failed:" << query.lastError().databaseText();
    return Error{ErrorCode::Sql,
                 CaseScope::tr("The records of a case taken back from this device could not be "
                               "removed.")};
}

} // namespace

bool CaseScope::isForget(const PulledChange& change)
{
    return change.operation == u"forget" && change.entity == u"person" &&
           !change.entityId.isEmpty();
}

Result<int> CaseScope::forgetPerson(QSqlDatabase& db, const QString& personId)
{
    if (personId.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The person to remove from this device is not "
                                                 "named.")};
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The records of a case taken back from this device "
                                        "could not be removed.")};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS case_scope_approval "
                                   "(id TEXT PRIMARY KEY NOT NULL)")) ||
        !query.exec(QStringLiteral("DELETE FROM temp.case_scope_approval")))
        return sqlError(query);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_forgetting (person_id) VALUES (?)"));
    query.addBindValue(personId);
    if (!query.exec())
        return sqlError(query);

    int deleted = 0;
    auto run = [&](const QString& sql) -> Status {
        QSqlQuery statement(db);
        statement.prepare(sql);
        for (qsizetype i = 0; i < sql.count(u'?'); ++i)
            statement.addBindValue(personId);
        if (!statement.exec())
            return sqlError(statement);
        if (!sql.startsWith(u"INSERT"))
            deleted += statement.numRowsAffected();
        return {};
    };
    for (const QString& sql : orderedDeletes())
        if (Status done = run(sql); !done)
            return done.error();

    // Tables added later that carry a person_id: their rows go before the person.
    QStringList tables;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "ORDER BY name")))
        return sqlError(query);
    while (query.next())
        tables << query.value(0).toString();
    for (const QString& table : std::as_const(tables)) {
        if (handledOrLocal(table))
            continue;
        QSqlQuery info(db);
        if (!info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)))
            return sqlError(info);
        bool hasPerson = false;
        while (info.next())
            hasPerson = hasPerson || info.value(1).toString() == u"person_id";
        if (hasPerson)
            if (Status done =
                    run(QStringLiteral("DELETE FROM \"%1\" WHERE person_id = ?").arg(table));
                !done)
                return done.error();
    }

    // The person row, unless a row this device keeps still refers to it (the failed statement
    // alone is undone).
    QSqlQuery person(db);
    person.prepare(QStringLiteral("DELETE FROM person WHERE id = ?"));
    person.addBindValue(personId);
    if (person.exec())
        deleted += person.numRowsAffected();
    else
        qCInfo(lcCaseScope) << "a forgotten person is still referred to on this device";

    query.prepare(QStringLiteral("DELETE FROM sync_forgetting WHERE person_id = ?"));
    query.addBindValue(personId);
    if (!query.exec() || !query.exec(QStringLiteral("DELETE FROM temp.case_scope_approval")))
        return sqlError(query);
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The records of a case taken back from this device "
                                        "could not be removed.")};
    return deleted;
}

Result<SyncSummary> CaseScope::applyPulled(SyncClient& client, QSqlDatabase& db,
                                           const QList<PulledChange>& changes)
{
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The received changes could not be saved.")};
    SyncSummary total;
    QList<PulledChange> segment;
    auto flush = [&]() -> Status {
        if (segment.isEmpty())
            return {};
        auto applied = client.applyPulled(segment);
        if (!applied)
            return applied.error();
        total.pulled += applied->pulled;
        total.conflicts += applied->conflicts;
        segment.clear();
        return {};
    };
    for (const PulledChange& change : changes) {
        if (!isForget(change)) {
            segment.append(change);
            continue;
        }
        if (Status flushed = flush(); !flushed)
            return flushed.error();
        auto cursor = client.pullCursor();
        if (!cursor)
            return cursor.error();
        if (std::pair(change.commitXid, change.centralSeq) > cursor.value()) {
            if (auto forgotten = forgetPerson(db, change.entityId); !forgotten)
                return forgotten.error();
        }
        segment.append(change);
        if (Status flushed = flush(); !flushed)
            return flushed.error();
    }
    if (Status flushed = flush(); !flushed)
        return flushed.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The received changes could not be saved.")};
    return total;
}

} // namespace madoguchi::sync
