// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision/DecisionService.h"

#include "audit/AuditLog.h"
#include "intake/IntakeService.h"
#include "intake/NumberBlocks.h"
#include "ledger/LedgerBook.h"
#include "ledger/RecipientNumbers.h"
#include "security/Authorizer.h"
#include "security/MakerChecker.h"
#include "store/Repository.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::decision {

Q_LOGGING_CATEGORY(lcDecision, "madoguchi.decision")

namespace {

const QString kObjectType = QStringLiteral("decision");
const QString kDraftPermission = QStringLiteral("decision.draft");
const QString kApprovePermission = QStringLiteral("decision.approve");

QStringList decisionColumns()
{
    return {QStringLiteral("application_id"), QStringLiteral("person_id"),
            QStringLiteral("ledger_scope"),   QStringLiteral("kind"),
            QStringLiteral("refers_to"),      QStringLiteral("inputs"),
            QStringLiteral("rule_version"),   QStringLiteral("evaluation"),
            QStringLiteral("valid_from"),     QStringLiteral("valid_to"),
            QStringLiteral("monthly_cap"),    QStringLiteral("reason"),
            QStringLiteral("state"),          QStringLiteral("drafted_by"),
            QStringLiteral("drafted_at"),     QStringLiteral("approval_request_id"),
            QStringLiteral("approved_by"),    QStringLiteral("approved_at"),
            QStringLiteral("ledger_entry_id")};
}

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

/// The content columns of a draft (what edit() replaces).
QVariantMap contentOf(const DecisionDraft& draft)
{
    return {{QStringLiteral("kind"), kindCode(draft.kind)},
            {QStringLiteral("refers_to"),
             draft.refersTo.isEmpty() ? QVariant() : QVariant(draft.refersTo)},
            {QStringLiteral("inputs"), json(draft.inputs)},
            {QStringLiteral("rule_version"), draft.ruleVersion},
            {QStringLiteral("evaluation"), json(draft.evaluation)},
            {QStringLiteral("valid_from"), dateValue(draft.validFrom)},
            {QStringLiteral("valid_to"), dateValue(draft.validTo)},
            {QStringLiteral("monthly_cap"),
             draft.monthlyCap ? QVariant(*draft.monthlyCap) : QVariant()},
            {QStringLiteral("reason"),
             draft.reason.trimmed().isEmpty() ? QVariant() : QVariant(draft.reason.trimmed())}};
}

const QString kSelect = QStringLiteral(
    "SELECT id, version, application_id, person_id, ledger_scope, kind, refers_to, inputs, "
    "rule_version, evaluation, valid_from, valid_to, monthly_cap, reason, state, drafted_by, "
    "drafted_at, approval_request_id, approved_by, approved_at, ledger_entry_id FROM decision ");

bool readDecision(const QSqlQuery& query, Decision* decision)
{
    decision->id = query.value(0).toString();
    decision->version = query.value(1).toLongLong();
    decision->applicationId = query.value(2).toString();
    decision->personId = query.value(3).toString();
    if (!security::scopeFromCode(query.value(4).toString(), &decision->scope) ||
        !kindFromCode(query.value(5).toString(), &decision->kind) ||
        !stateFromCode(query.value(14).toString(), &decision->state))
        return false;
    decision->refersTo = query.value(6).toString();
    decision->inputs = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    decision->ruleVersion = query.value(8).toString();
    decision->evaluation = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
    decision->validFrom = QDate::fromString(query.value(10).toString(), Qt::ISODate);
    decision->validTo = QDate::fromString(query.value(11).toString(), Qt::ISODate);
    if (query.value(12).isNull())
        decision->monthlyCap.reset();
    else
        decision->monthlyCap = query.value(12).toLongLong();
    decision->reason = query.value(13).toString();
    decision->draftedBy = query.value(15).toString();
    decision->draftedAt = query.value(16).toString();
    decision->approvalRequestId = query.value(17).toString();
    decision->approvedBy = query.value(18).toString();
    decision->approvedAt = query.value(19).toString();
    decision->ledgerEntryId = query.value(20).toString();
    return true;
}

/// The application facts a decision needs, read without the intake service's audit.
struct ApplicationFacts
{
    QString personId;
    security::Scope scope = security::Scope::WelfareService;
    intake::ApplicationStatus status = intake::ApplicationStatus::Received;
};

} // namespace

DecisionService::DecisionService(QSqlDatabase db, audit::AuditLog& audit,
                                 const security::Authorizer& authorizer, const Clock& clock)
    : m_db(std::move(db)), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

Result<QString> DecisionService::draft(const security::Session& session,
                                       const QString& applicationId, const DecisionDraft& draft)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT person_id, ledger_scope, status FROM application WHERE id = ?"));
    query.addBindValue(applicationId);
    if (!query.exec()) {
        qCWarning(lcDecision) << "application read failed:" << query.lastError().databaseText();
        return Error{ErrorCode::Sql, tr("The application could not be read.")};
    }
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("There is no such application.")};
    ApplicationFacts facts;
    facts.personId = query.value(0).toString();
    if (!security::scopeFromCode(query.value(1).toString(), &facts.scope) ||
        !intake::statusFromCode(query.value(2).toString(), &facts.status))
        return Error{ErrorCode::Internal, tr("The application's stored status is not valid.")};
    query.finish();

    if (Status allowed = m_authorizer.require(session, kDraftPermission, facts.scope,
                                              QStringLiteral("application"), applicationId);
        !allowed)
        return allowed.error();

    using intake::ApplicationStatus;
    const bool open = facts.status == ApplicationStatus::Received ||
                      facts.status == ApplicationStatus::Reviewing ||
                      facts.status == ApplicationStatus::AwaitingDecision;
    const bool decidedFollowUp =
        facts.status == ApplicationStatus::Decided && needsReference(draft.kind);
    if (!open && !decidedFollowUp)
        return Error{ErrorCode::InvalidInput,
                     tr("A decision cannot be drafted on an application in status '%1'.")
                         .arg(intake::statusLabel(facts.status))};
    if (Status checked = checkDraft(draft, facts.personId, facts.scope, {}); !checked)
        return checked.error();

    store::Transaction transaction(m_db);
    if (facts.status == ApplicationStatus::Received) {
        intake::IntakeService intake(m_db, m_audit, m_authorizer, m_clock);
        if (Status moved =
                intake.changeStatus(session, applicationId, ApplicationStatus::Reviewing);
            !moved)
            return moved.error();
    }
    QVariantMap fields = contentOf(draft);
    fields.insert(QStringLiteral("application_id"), applicationId);
    fields.insert(QStringLiteral("person_id"), facts.personId);
    fields.insert(QStringLiteral("ledger_scope"), security::scopeCode(facts.scope));
    fields.insert(QStringLiteral("state"), stateCode(DecisionState::Draft));
    fields.insert(QStringLiteral("drafted_by"), session.accountId);
    fields.insert(QStringLiteral("drafted_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs));
    store::Repository decisions(m_db, QStringLiteral("decision"), decisionColumns(), m_clock);
    auto id = decisions.insert(fields);
    if (!id)
        return id.error();
    if (Status audited = m_audit.append(
            audit::AuditEvent::of(audit::EventType::ApprovalDraft, audit::Outcome::Success,
                                  session.login, kObjectType, id.value(), kindCode(draft.kind)));
        !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The decision could not be saved.")};
    return id;
}

Status DecisionService::edit(const security::Session& session, const QString& decisionId,
                             const DecisionDraft& draft)
{
    auto decision = load(decisionId);
    if (!decision)
        return decision.error();
    if (Status allowed = m_authorizer.require(session, kDraftPermission, decision->scope,
                                              kObjectType, decisionId);
        !allowed)
        return allowed;
    if (decision->state == DecisionState::Approved)
        return Error{ErrorCode::Conflict,
                     tr("An approved decision cannot be changed. Draft a change or cancellation "
                        "decision that refers to it.")};
    if (decision->state == DecisionState::AwaitingApproval)
        return Error{ErrorCode::Conflict,
                     tr("This decision was sent for approval and can no longer be edited.")};
    if (Status checked = checkDraft(draft, decision->personId, decision->scope, decisionId);
        !checked)
        return checked;

    store::Transaction transaction(m_db);
    store::Repository decisions(m_db, QStringLiteral("decision"), decisionColumns(), m_clock);
    if (auto updated = decisions.update(decisionId, decision->version, contentOf(draft)); !updated)
        return updated.error();
    if (Status audited = m_audit.append(
            audit::AuditEvent::of(audit::EventType::ApprovalDraft, audit::Outcome::Success,
                                  session.login, kObjectType, decisionId, kindCode(draft.kind)));
        !audited)
        return audited;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The decision could not be saved.")};
    return {};
}

Result<QString> DecisionService::sendForApproval(const security::Session& session,
                                                 const QString& decisionId)
{
    auto decision = load(decisionId);
    if (!decision)
        return decision.error();
    if (Status allowed = m_authorizer.require(session, kDraftPermission, decision->scope,
                                              kObjectType, decisionId);
        !allowed)
        return allowed.error();
    if (decision->state != DecisionState::Draft)
        return Error{ErrorCode::Conflict, tr("This decision was sent for approval already.")};

    store::Transaction transaction(m_db);
    intake::IntakeService intake(m_db, m_audit, m_authorizer, m_clock);
    // The application waits for the decision (a decided one stays decided: a follow-up).
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT status FROM application WHERE id = ?"));
    query.addBindValue(decision->applicationId);
    if (!query.exec() || !query.next())
        return Error{ErrorCode::Sql, tr("The application could not be read.")};
    const QString status = query.value(0).toString();
    query.finish();
    if (status == intake::statusCode(intake::ApplicationStatus::Reviewing)) {
        if (Status moved = intake.changeStatus(session, decision->applicationId,
                                               intake::ApplicationStatus::AwaitingDecision);
            !moved)
            return moved.error();
    }
    security::MakerChecker checker(m_db, m_audit, m_authorizer, m_clock);
    auto request = checker.draft(session, QString::fromUtf16(kApprovalKind), decision->scope,
                                 decisionId, kDraftPermission);
    if (!request)
        return request.error();
    store::Repository decisions(m_db, QStringLiteral("decision"), decisionColumns(), m_clock);
    if (auto updated =
            decisions.update(decisionId, decision->version,
                             {{QStringLiteral("state"), stateCode(DecisionState::AwaitingApproval)},
                              {QStringLiteral("approval_request_id"), request.value()}});
        !updated)
        return updated.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The decision could not be sent for approval.")};
    return request;
}

Status DecisionService::approve(const security::Session& session, const QString& decisionId)
{
    auto decision = load(decisionId);
    if (!decision)
        return decision.error();
    // The drafter never approves, whoever sent it on (MakerChecker checks the sender too).
    if (Status allowed =
            m_authorizer.requireChecker(session, decision->draftedBy, kApprovePermission,
                                        decision->scope, kObjectType, decisionId);
        !allowed)
        return allowed;
    if (decision->state == DecisionState::Approved)
        return Error{ErrorCode::Conflict, tr("This decision has been approved already.")};
    if (decision->state != DecisionState::AwaitingApproval)
        return Error{ErrorCode::InvalidInput,
                     tr("This decision has not been sent for approval yet.")};
    security::MakerChecker checker(m_db, m_audit, m_authorizer, m_clock);
    auto request = checker.find(decision->approvalRequestId);
    if (!request)
        return request.error();
    if (Status allowed =
            m_authorizer.requireChecker(session, request->draftedBy, kApprovePermission,
                                        decision->scope, kObjectType, decisionId);
        !allowed)
        return allowed;
    // A follow-up must still find its reference current (nothing else approved on it since).
    if (!decision->refersTo.isEmpty()) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT count(*) FROM decision WHERE refers_to = ? AND "
                                     "state = 'approved' AND id <> ?"));
        query.addBindValue(decision->refersTo);
        query.addBindValue(decisionId);
        if (!query.exec() || !query.next())
            return Error{ErrorCode::Sql, tr("The decisions could not be read.")};
        if (query.value(0).toInt() > 0)
            return Error{ErrorCode::Conflict,
                         tr("The decision this one refers to was changed or cancelled by another "
                            "decision in the meantime.")};
    }

    // The application must still wait for it (or, for a follow-up, stand decided).
    QSqlQuery statusQuery(m_db);
    statusQuery.prepare(QStringLiteral("SELECT status FROM application WHERE id = ?"));
    statusQuery.addBindValue(decision->applicationId);
    if (!statusQuery.exec() || !statusQuery.next())
        return Error{ErrorCode::Sql, tr("The application could not be read.")};
    intake::ApplicationStatus status = intake::ApplicationStatus::Received;
    if (!intake::statusFromCode(statusQuery.value(0).toString(), &status))
        return Error{ErrorCode::Internal, tr("The application's stored status is not valid.")};
    statusQuery.finish();
    const bool awaiting = status == intake::ApplicationStatus::AwaitingDecision;
    const bool followUp =
        status == intake::ApplicationStatus::Decided && needsReference(decision->kind);
    if (!awaiting && !followUp)
        return Error{ErrorCode::InvalidInput,
                     tr("The application is in status '%1' and no longer awaits this decision.")
                         .arg(intake::statusLabel(status))};

    store::Transaction transaction(m_db);
    auto numbers = recipientNumbersFor(session, decision.value());
    if (!numbers)
        return numbers.error();
    if (Status approved = checker.approve(session, decision->approvalRequestId, kApprovePermission);
        !approved)
        return approved;

    QJsonObject payload{{QStringLiteral("decision_id"), decisionId},
                        {QStringLiteral("decision_kind"), kindCode(decision->kind)},
                        {QStringLiteral("application_id"), decision->applicationId},
                        {QStringLiteral("rule_version"), decision->ruleVersion}};
    if (!decision->refersTo.isEmpty())
        payload.insert(QStringLiteral("refers_to"), decision->refersTo);
    if (decision->validFrom.isValid())
        payload.insert(QStringLiteral("valid_from"), decision->validFrom.toString(Qt::ISODate));
    if (decision->validTo.isValid())
        payload.insert(QStringLiteral("valid_to"), decision->validTo.toString(Qt::ISODate));
    if (decision->monthlyCap)
        payload.insert(QStringLiteral("monthly_cap"), static_cast<double>(*decision->monthlyCap));
    if (!numbers->first.isEmpty()) {
        payload.insert(QStringLiteral("recipient_number"), numbers->first);
        payload.insert(QStringLiteral("certificate_number"), numbers->second);
    }
    ledger::LedgerBook book(m_db, m_audit, m_authorizer, m_clock);
    auto entry = book.append(session, decision->scope, decision->personId,
                             ledgerEntryKind(decision->kind), json(payload), kApprovePermission);
    if (!entry)
        return entry.error();

    store::Repository decisions(m_db, QStringLiteral("decision"), decisionColumns(), m_clock);
    if (auto updated = decisions.update(
            decisionId, decision->version,
            {{QStringLiteral("state"), stateCode(DecisionState::Approved)},
             {QStringLiteral("approved_by"), session.accountId},
             {QStringLiteral("approved_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
             {QStringLiteral("ledger_entry_id"), entry.value()}});
        !updated)
        return updated.error();

    if (awaiting) {
        intake::IntakeService intake(m_db, m_audit, m_authorizer, m_clock);
        const auto to = decision->kind == DecisionKind::Reject ? intake::ApplicationStatus::Rejected
                                                               : intake::ApplicationStatus::Decided;
        if (Status moved = intake.changeStatus(session, decision->applicationId, to); !moved)
            return moved;
    }
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The approval could not be saved.")};
    return {};
}

Result<std::pair<QString, QString>>
DecisionService::recipientNumbersFor(const security::Session& session, const Decision& decision)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT recipient_number, certificate_number FROM recipient "
                                 "WHERE ledger = ? AND person_id = ?"));
    query.addBindValue(security::scopeCode(decision.scope));
    query.addBindValue(decision.personId);
    if (!query.exec())
        return Error{ErrorCode::Sql, tr("The recipient numbers could not be read.")};
    if (query.next())
        return std::pair{query.value(0).toString(), query.value(1).toString()};
    query.finish();
    if (!grantsBenefit(decision.kind))
        return std::pair<QString, QString>{};

    // The first grant in this ledger: a 受給者番号 and a 受給者証番号 from the number blocks.
    ledger::RecipientNumbers numbers(m_db, intake::NumberBlocks::localPrefixFor(m_audit.deviceId()),
                                     m_authorizer, m_clock);
    const QString noBlock =
        tr("No block of recipient numbers (受給者番号 and 受給者証番号) is open for this "
           "ledger, so the decision cannot be approved yet. An administrator must lease a block "
           "of recipient numbers first.");
    auto recipientNumber =
        numbers.issue(session, ledger::RecipientNumberKind::RecipientNumber, decision.scope);
    if (!recipientNumber)
        return recipientNumber.code() == ErrorCode::NotFound ? Error{ErrorCode::NotFound, noBlock}
                                                             : recipientNumber.error();
    auto certificateNumber =
        numbers.issue(session, ledger::RecipientNumberKind::CertificateNumber, decision.scope);
    if (!certificateNumber)
        return certificateNumber.code() == ErrorCode::NotFound ? Error{ErrorCode::NotFound, noBlock}
                                                               : certificateNumber.error();
    store::Repository recipients(
        m_db, QStringLiteral("recipient"),
        {QStringLiteral("ledger"), QStringLiteral("person_id"), QStringLiteral("recipient_number"),
         QStringLiteral("certificate_number"), QStringLiteral("decision_id"),
         QStringLiteral("assigned_at"), QStringLiteral("assigned_by")},
        m_clock);
    if (auto inserted = recipients.insert(
            {{QStringLiteral("ledger"), security::scopeCode(decision.scope)},
             {QStringLiteral("person_id"), decision.personId},
             {QStringLiteral("recipient_number"), recipientNumber.value()},
             {QStringLiteral("certificate_number"), certificateNumber.value()},
             {QStringLiteral("decision_id"), decision.id},
             {QStringLiteral("assigned_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
             {QStringLiteral("assigned_by"), session.accountId}});
        !inserted)
        return inserted.error();
    return std::pair{recipientNumber.value(), certificateNumber.value()};
}

Result<Decision> DecisionService::find(const security::Session& session, const QString& decisionId)
{
    auto decision = load(decisionId);
    if (!decision)
        return decision;
    if (m_authorizer.allows(session, kDraftPermission, decision->scope) ||
        m_authorizer.allows(session, kApprovePermission, decision->scope))
        return decision;
    if (Status allowed = m_authorizer.require(session, QStringLiteral("ledger.view"),
                                              decision->scope, kObjectType, decisionId);
        !allowed)
        return allowed.error();
    return decision;
}

Result<QList<Decision>> DecisionService::awaitingApproval(const security::Session& session,
                                                          security::Scope scope)
{
    if (Status allowed = m_authorizer.require(session, kApprovePermission, scope, kObjectType);
        !allowed)
        return allowed.error();
    QSqlQuery query(m_db);
    query.prepare(kSelect + QStringLiteral("WHERE ledger_scope = ? AND state = "
                                           "'awaiting_approval' ORDER BY drafted_at, id"));
    query.addBindValue(security::scopeCode(scope));
    if (!query.exec())
        return Error{ErrorCode::Sql, tr("The decisions could not be read.")};
    QList<Decision> list;
    while (query.next()) {
        Decision decision;
        if (!readDecision(query, &decision))
            return Error{ErrorCode::Internal, tr("A stored decision is not valid.")};
        list << decision;
    }
    return list;
}

Result<QList<RenewalItem>> DecisionService::renewalList(const security::Session& session,
                                                        security::Scope scope, int withinDays)
{
    if (withinDays < 0)
        return Error{ErrorCode::InvalidInput, tr("The number of days cannot be negative.")};
    if (Status allowed =
            m_authorizer.require(session, QStringLiteral("ledger.view"), scope, kObjectType);
        !allowed)
        return allowed.error();
    const QDate today = m_clock.todayInJapan();
    const QDate last = today.addDays(withinDays);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT d.person_id, d.id, d.application_id, d.kind, d.valid_to FROM decision d "
        "WHERE d.ledger_scope = ? AND d.state = 'approved' "
        "AND d.kind IN ('grant', 'change', 'provisional', 'final') "
        "AND d.valid_to >= ? AND d.valid_to <= ? "
        "AND NOT EXISTS (SELECT 1 FROM decision later WHERE later.refers_to = d.id "
        "AND later.state = 'approved') "
        "ORDER BY d.valid_to, d.person_id, d.id"));
    query.addBindValue(security::scopeCode(scope));
    query.addBindValue(today.toString(Qt::ISODate));
    query.addBindValue(last.toString(Qt::ISODate));
    if (!query.exec())
        return Error{ErrorCode::Sql, tr("The decisions could not be read.")};
    QList<RenewalItem> list;
    while (query.next()) {
        RenewalItem item;
        item.personId = query.value(0).toString();
        item.decisionId = query.value(1).toString();
        item.applicationId = query.value(2).toString();
        if (!kindFromCode(query.value(3).toString(), &item.kind))
            return Error{ErrorCode::Internal, tr("A stored decision is not valid.")};
        item.validTo = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        item.daysLeft = static_cast<int>(today.daysTo(item.validTo));
        list << item;
    }
    return list;
}

Result<Decision> DecisionService::load(const QString& decisionId) const
{
    QSqlQuery query(m_db);
    query.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    query.addBindValue(decisionId);
    if (!query.exec()) {
        qCWarning(lcDecision) << "decision read failed:" << query.lastError().databaseText();
        return Error{ErrorCode::Sql, tr("The decisions could not be read.")};
    }
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("There is no such decision.")};
    Decision decision;
    if (!readDecision(query, &decision))
        return Error{ErrorCode::Internal, tr("A stored decision is not valid.")};
    return decision;
}

Status DecisionService::checkDraft(const DecisionDraft& draft, const QString& personId,
                                   security::Scope scope, const QString& selfId) const
{
    const bool needsReason =
        draft.kind == DecisionKind::Reject || draft.kind == DecisionKind::Cancel;
    if (needsReason && draft.reason.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("A rejection or cancellation needs a reason (field \"reason\").")};
    if (draft.ruleVersion.trimmed().isEmpty() && draft.kind != DecisionKind::Cancel)
        return Error{ErrorCode::InvalidInput,
                     tr("The rule version the evaluation used is missing (field "
                        "\"rule_version\").")};
    if (grantsBenefit(draft.kind)) {
        if (!draft.validFrom.isValid() || !draft.validTo.isValid())
            return Error{ErrorCode::InvalidInput,
                         tr("The validity period is missing (fields \"valid_from\" and "
                            "\"valid_to\").")};
        if (draft.validTo < draft.validFrom)
            return Error{ErrorCode::InvalidInput, tr("The validity period ends before it starts.")};
    }
    if (draft.monthlyCap && *draft.monthlyCap < 0)
        return Error{ErrorCode::InvalidInput, tr("The monthly cap cannot be negative.")};
    if (needsReference(draft.kind) && draft.refersTo.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("A change, cancellation or final decision must name the decision it "
                        "refers to (field \"refers_to\").")};
    if (draft.refersTo.isEmpty())
        return {};
    if (draft.refersTo == selfId)
        return Error{ErrorCode::InvalidInput, tr("A decision cannot refer to itself.")};
    auto previous = load(draft.refersTo);
    if (!previous) {
        if (previous.code() == ErrorCode::NotFound)
            return Error{ErrorCode::InvalidInput,
                         tr("The decision it refers to does not exist (field \"refers_to\").")};
        return previous.error();
    }
    if (previous->state != DecisionState::Approved)
        return Error{ErrorCode::InvalidInput,
                     tr("The decision it refers to has not been approved.")};
    if (previous->personId != personId || previous->scope != scope)
        return Error{ErrorCode::InvalidInput,
                     tr("The decision it refers to is of another person or ledger.")};
    if (!grantsBenefit(previous->kind))
        return Error{ErrorCode::InvalidInput,
                     tr("A rejection or cancellation cannot be changed by a later decision.")};
    if (draft.kind == DecisionKind::Final && previous->kind != DecisionKind::Provisional)
        return Error{
            ErrorCode::InvalidInput,
            tr("A final decision (本支給決定) refers to a provisional one (暫定支給決定).")};
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT count(*) FROM decision WHERE refers_to = ? AND state = 'approved'"));
    query.addBindValue(draft.refersTo);
    if (!query.exec() || !query.next())
        return Error{ErrorCode::Sql, tr("The decisions could not be read.")};
    if (query.value(0).toInt() > 0)
        return Error{ErrorCode::InvalidInput,
                     tr("The decision it refers to was already changed or cancelled; refer to "
                        "the current one.")};
    return {};
}

} // namespace madoguchi::decision
