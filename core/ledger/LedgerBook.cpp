// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/LedgerBook.h"

#include "audit/AuditLog.h"
#include "security/Authorizer.h"
#include "store/Repository.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::ledger {

LedgerBook::LedgerBook(QSqlDatabase db, audit::AuditLog& audit,
                       const security::Authorizer& authorizer, const Clock& clock)
    : m_db(std::move(db)), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

Result<QList<LedgerEntry>> LedgerBook::entries(const security::Session& session,
                                               security::Scope ledger, const QString& personId)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("ledger.view"), ledger,
                                              QStringLiteral("ledger"), personId);
        !allowed)
        return allowed.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, person_id, kind, payload, recorded_at, recorded_by FROM ledger_entry "
        "WHERE ledger = ? AND (? = '' OR person_id = ?) ORDER BY recorded_at, id"));
    query.addBindValue(security::scopeCode(ledger));
    query.addBindValue(personId);
    query.addBindValue(personId);
    if (!query.exec())
        return Error{ErrorCode::Sql,
                     tr("The ledger could not be read: %1").arg(query.lastError().databaseText())};
    QList<LedgerEntry> list;
    while (query.next()) {
        LedgerEntry entry;
        entry.id = query.value(0).toString();
        entry.ledger = ledger;
        entry.personId = query.value(1).toString();
        entry.kind = query.value(2).toString();
        entry.payload = query.value(3).toString();
        entry.recordedAt = query.value(4).toString();
        entry.recordedBy = query.value(5).toString();
        list << entry;
    }
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::LedgerView, audit::Outcome::Success, session.login,
            QStringLiteral("ledger"), personId, security::scopeCode(ledger)));
        !audited)
        return audited.error();
    return list;
}

Result<QString> LedgerBook::append(const security::Session& session, security::Scope ledger,
                                   const QString& personId, const QString& kind,
                                   const QString& payloadJson, const QString& permission)
{
    if (Status allowed =
            m_authorizer.require(session, permission, ledger, QStringLiteral("ledger"), personId);
        !allowed)
        return allowed.error();
    store::Transaction transaction(m_db);
    store::Repository repository(m_db, QStringLiteral("ledger_entry"),
                                 {QStringLiteral("ledger"), QStringLiteral("person_id"),
                                  QStringLiteral("kind"), QStringLiteral("payload"),
                                  QStringLiteral("recorded_at"), QStringLiteral("recorded_by")},
                                 m_clock);
    auto id = repository.insert(
        {{QStringLiteral("ledger"), security::scopeCode(ledger)},
         {QStringLiteral("person_id"), personId},
         {QStringLiteral("kind"), kind},
         {QStringLiteral("payload"), payloadJson},
         {QStringLiteral("recorded_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
         {QStringLiteral("recorded_by"), session.accountId}});
    if (!id)
        return id.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The ledger entry could not be saved.")};
    return id;
}

} // namespace madoguchi::ledger
