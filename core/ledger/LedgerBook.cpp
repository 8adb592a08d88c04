// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/LedgerBook.h"

#include "audit/AuditLog.h"
#include "security/Authorizer.h"
#include "store/Repository.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::ledger {

namespace {

const QString kDraftPermission = QStringLiteral("decision.draft");

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// Whether the person exists in the registry.
Result<bool> personExists(const QSqlDatabase& db, const QString& personId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM person WHERE id = ?"));
    query.addBindValue(personId);
    if (!query.exec())
        return Error{ErrorCode::Sql, LedgerBook::tr("The person registry could not be read.")};
    return query.next();
}

} // namespace

QString LedgerBook::entryKindLabel(const QString& kind)
{
    if (kind == QStringView(kDecision))
        return tr("Decision (決定)");
    if (kind == QStringView(kChange))
        return tr("Change (変更)");
    if (kind == QStringView(kCancellation))
        return tr("Cancellation (取消)");
    if (kind == QStringView(kReissue))
        return tr("Reissue (再交付)");
    if (kind == QStringView(kReturnClaim))
        return tr("Return claim (返還請求)");
    if (kind == QStringView(kHighCostRefund))
        return tr("High-cost refund (高額障害福祉サービス等給付費)");
    return kind;
}

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
    if (Status audited = m_audit.append(
            audit::AuditEvent::of(audit::EventType::LedgerAppend, audit::Outcome::Success,
                                  session.login, QStringLiteral("ledger_entry"), id.value(), kind));
        !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The ledger entry could not be saved.")};
    return id;
}

Result<QString> LedgerBook::recordReturnClaim(const security::Session& session,
                                              security::Scope ledger, const QString& personId,
                                              qint64 amountYen, const QString& reason,
                                              const QString& decisionId)
{
    if (Status allowed = m_authorizer.require(session, kDraftPermission, ledger,
                                              QStringLiteral("ledger"), personId);
        !allowed)
        return allowed.error();
    if (amountYen <= 0)
        return Error{ErrorCode::InvalidInput,
                     tr("The amount to return must be more than 0 yen (field \"amount\").")};
    if (reason.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("A return claim needs a reason (field \"reason\").")};
    auto exists = personExists(m_db, personId);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return Error{ErrorCode::InvalidInput, tr("There is no such person (field \"person_id\").")};
    QJsonObject payload{{QStringLiteral("amount"), static_cast<double>(amountYen)},
                        {QStringLiteral("reason"), reason.trimmed()}};
    if (!decisionId.isEmpty()) {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT person_id, ledger_scope, state FROM decision WHERE id = ?"));
        query.addBindValue(decisionId);
        if (!query.exec())
            return Error{ErrorCode::Sql, tr("The decisions could not be read.")};
        if (!query.next() || query.value(0).toString() != personId ||
            query.value(1).toString() != security::scopeCode(ledger) ||
            query.value(2).toString() != QStringLiteral("approved"))
            return Error{ErrorCode::InvalidInput,
                         tr("The decision named is not an approved decision of this person in "
                            "this ledger (field \"decision_id\").")};
        payload.insert(QStringLiteral("decision_id"), decisionId);
    }
    return append(session, ledger, personId, QString::fromUtf16(kReturnClaim), compact(payload),
                  kDraftPermission);
}

Result<QString> LedgerBook::recordHighCostRefund(const security::Session& session,
                                                 const QString& personId, const QString& month,
                                                 qint64 amountYen, const QJsonObject& explanation)
{
    const security::Scope ledger = security::Scope::WelfareService;
    if (Status allowed = m_authorizer.require(session, kDraftPermission, ledger,
                                              QStringLiteral("ledger"), personId);
        !allowed)
        return allowed.error();
    static const QRegularExpression monthPattern(QStringLiteral("^\\d{4}-\\d{2}$"));
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!monthPattern.match(month).hasMatch() || !first.isValid())
        return Error{ErrorCode::InvalidInput,
                     tr("The month of a high-cost refund is written as YYYY-MM, for example "
                        "2025-07 (field \"month\").")};
    if (first > m_clock.todayInJapan())
        return Error{ErrorCode::InvalidInput,
                     tr("A high-cost refund cannot be for a month that has not begun (field "
                        "\"month\").")};
    if (amountYen <= 0)
        return Error{ErrorCode::InvalidInput,
                     tr("The amount to refund must be more than 0 yen (field \"amount\").")};
    auto exists = personExists(m_db, personId);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return Error{ErrorCode::InvalidInput, tr("There is no such person (field \"person_id\").")};
    const QJsonObject payload{{QStringLiteral("month"), month},
                              {QStringLiteral("amount"), static_cast<double>(amountYen)},
                              {QStringLiteral("explanation"), explanation}};
    return append(session, ledger, personId, QString::fromUtf16(kHighCostRefund), compact(payload),
                  kDraftPermission);
}

} // namespace madoguchi::ledger
