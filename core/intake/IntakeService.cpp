// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/IntakeService.h"

#include "audit/AuditLog.h"
#include "intake/FormValidator.h"
#include "security/Authorizer.h"
#include "store/Repository.h"
#include "store/Transaction.h"
#include "store/Uuid7.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::intake {

namespace {

Q_LOGGING_CATEGORY(lcIntake, "madoguchi.intake")

const QString kIntake = QStringLiteral("application.intake");
const QString kObjectType = QStringLiteral("application");
const QString kDraftObjectType = QStringLiteral("intake_draft");
// Audit event codes of intake (audit/AuditEvent.h).
const QString kSubmitEvent = QStringLiteral("application.submit");
const QString kStatusEvent = QStringLiteral("application.status");

QStringList applicationColumns()
{
    return {QStringLiteral("application_number"),
            QStringLiteral("procedure_code"),
            QStringLiteral("person_id"),
            QStringLiteral("representative_person_id"),
            QStringLiteral("representative_note"),
            QStringLiteral("received_on"),
            QStringLiteral("channel"),
            QStringLiteral("received_by"),
            QStringLiteral("status"),
            QStringLiteral("fields"),
            QStringLiteral("attachments"),
            QStringLiteral("ledger_scope"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at")};
}

QStringList historyColumns()
{
    return {QStringLiteral("application_id"), QStringLiteral("from_status"),
            QStringLiteral("to_status"), QStringLiteral("changed_at"),
            QStringLiteral("changed_by")};
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

Error sqlError(const QString& message, const QSqlQuery& query)
{
    qCWarning(lcIntake) << "intake SQL failed:" << query.lastError().databaseText();
    return Error{ErrorCode::Sql, message};
}

// What the acting person needs to move an application from one status to another.
QString permissionFor(ApplicationStatus from, ApplicationStatus to)
{
    switch (to) {
    case ApplicationStatus::Withdrawn:
        return kIntake;
    case ApplicationStatus::Reviewing:
        return from == ApplicationStatus::AwaitingDecision ? QStringLiteral("decision.approve")
                                                           : QStringLiteral("decision.draft");
    case ApplicationStatus::AwaitingDecision:
        return QStringLiteral("decision.draft");
    case ApplicationStatus::Decided:
    case ApplicationStatus::Rejected:
    case ApplicationStatus::Received:
        return QStringLiteral("decision.approve");
    }
    return QStringLiteral("decision.approve");
}

IntakeDraft readDraft(const QSqlQuery& query)
{
    IntakeDraft draft;
    draft.id = query.value(0).toString();
    draft.version = query.value(1).toLongLong();
    draft.procedureCode = query.value(2).toString();
    draft.form = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    draft.createdAt = query.value(4).toString();
    draft.updatedAt = query.value(5).toString();
    return draft;
}

} // namespace

IntakeService::IntakeService(QSqlDatabase db, audit::AuditLog& audit,
                             const security::Authorizer& authorizer, const Clock& clock,
                             const ProcedureCatalog& catalog)
    : m_db(db), m_audit(audit), m_authorizer(authorizer), m_clock(clock), m_catalog(catalog),
      m_blocks(db, NumberBlocks::localPrefixFor(audit.deviceId()), clock)
{}

Status IntakeService::recordAudit(const security::Session& session, const QString& eventCode,
                                  const QString& applicationId, const QString& purpose)
{
    // The intake event codes are added to audit/AuditEvent.h by the audit owner; until a build
    // knows them there is nothing valid to record them as.
    if (!audit::eventFromCode(eventCode, nullptr)) {
        qCWarning(lcIntake) << "audit event type not known yet, not recorded:" << eventCode;
        return {};
    }
    return m_audit.append(audit::AuditEvent{eventCode, session.login, kObjectType, applicationId,
                                            purpose, audit::outcomeCode(audit::Outcome::Success)});
}

FieldErrors IntakeService::checkRequest(const IntakeRequest& request) const
{
    FieldErrors errors;
    auto personExists = [this](const QString& id) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT 1 FROM person WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next();
    };
    if (request.personId.isEmpty())
        errors.insert(QStringLiteral("person_id"), tr("Choose the applicant."));
    else if (!personExists(request.personId))
        errors.insert(QStringLiteral("person_id"), tr("The applicant is not in the register."));
    if (!request.representativePersonId.isEmpty()) {
        if (request.representativePersonId == request.personId)
            errors.insert(QStringLiteral("representative"),
                          tr("The representative cannot be the applicant."));
        else if (!personExists(request.representativePersonId))
            errors.insert(QStringLiteral("representative"),
                          tr("The representative is not in the register."));
    }
    if (request.representativeNote.size() > 200)
        errors.insert(QStringLiteral("representative"),
                      tr("Enter at most %n character(s).", nullptr, 200));
    const QDate today = m_clock.todayInJapan();
    if (!request.receivedOn.isValid())
        errors.insert(QStringLiteral("received_on"), tr("Enter the date of receipt."));
    else if (request.receivedOn > today)
        errors.insert(QStringLiteral("received_on"),
                      tr("The date of receipt cannot be in the future."));
    return errors;
}

Result<Submission> IntakeService::submit(const security::Session& session,
                                         const IntakeRequest& request, FieldErrors* fieldErrors)
{
    if (fieldErrors)
        fieldErrors->clear();
    const ProcedureKind* procedure = m_catalog.find(request.procedureCode);
    if (!procedure)
        return Error{ErrorCode::InvalidInput,
                     tr("There is no procedure '%1'.").arg(request.procedureCode.left(64))};
    if (Status allowed = m_authorizer.require(session, kIntake, procedure->scope, kObjectType);
        !allowed)
        return allowed.error();

    QJsonObject values;
    FieldErrors errors =
        FormValidator::validate(*procedure, request.fields, request.attachments, &values);
    errors.insert(checkRequest(request));
    if (!errors.isEmpty()) {
        if (fieldErrors)
            *fieldErrors = errors;
        return Error{ErrorCode::InvalidInput,
                     tr("%n entry(s) of the form need attention.", nullptr, int(errors.size()))};
    }

    Submission submission;
    QJsonArray attachments;
    for (const AttachmentSpec& spec : procedure->attachments) {
        const bool received = request.attachments.contains(spec.code);
        attachments.append(QJsonObject{{QStringLiteral("code"), spec.code},
                                       {QStringLiteral("received"), received}});
        if (spec.required && !received)
            submission.missingAttachments << spec.code;
    }

    store::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The application could not be saved: the database is "
                                        "busy.")};
    auto number = m_blocks.take(QString::fromUtf16(kNumberKind));
    if (!number)
        return number.error();
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    const QString status = statusCode(ApplicationStatus::Received);
    store::Repository applications(m_db, QStringLiteral("application"), applicationColumns(),
                                   m_clock);
    auto id = applications.insert(
        {{QStringLiteral("application_number"), number.value()},
         {QStringLiteral("procedure_code"), procedure->code},
         {QStringLiteral("person_id"), request.personId},
         {QStringLiteral("representative_person_id"), textOrNull(request.representativePersonId)},
         {QStringLiteral("representative_note"), textOrNull(request.representativeNote.trimmed())},
         {QStringLiteral("received_on"), request.receivedOn.toString(Qt::ISODate)},
         {QStringLiteral("channel"), channelCode(request.channel)},
         {QStringLiteral("received_by"), session.accountId},
         {QStringLiteral("status"), status},
         {QStringLiteral("fields"), compact(values)},
         {QStringLiteral("attachments"), compact(attachments)},
         {QStringLiteral("ledger_scope"), security::scopeCode(procedure->scope)},
         {QStringLiteral("created_at"), now},
         {QStringLiteral("updated_at"), now}});
    if (!id)
        return id.error();
    store::Repository history(m_db, QStringLiteral("application_status_history"), historyColumns(),
                              m_clock);
    if (auto entry = history.insert({{QStringLiteral("application_id"), id.value()},
                                     {QStringLiteral("from_status"), QVariant()},
                                     {QStringLiteral("to_status"), status},
                                     {QStringLiteral("changed_at"), now},
                                     {QStringLiteral("changed_by"), session.accountId}});
        !entry)
        return entry.error();
    if (!request.draftId.isEmpty()) {
        QSqlQuery discard(m_db);
        discard.prepare(
            QStringLiteral("DELETE FROM intake_draft WHERE id = ? AND staff_account_id = ?"));
        discard.addBindValue(request.draftId);
        discard.addBindValue(session.accountId);
        if (!discard.exec())
            return sqlError(tr("The application could not be saved."), discard);
    }
    if (Status audited = recordAudit(session, kSubmitEvent, id.value(), procedure->code); !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The application could not be saved.")};

    submission.applicationId = id.value();
    submission.applicationNumber = number.value();
    return submission;
}

Status IntakeService::changeStatus(const security::Session& session, const QString& applicationId,
                                   ApplicationStatus newStatus)
{
    store::Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT version, status, ledger_scope FROM application WHERE id = ?"));
    query.addBindValue(applicationId);
    if (!query.exec())
        return sqlError(tr("The application could not be read."), query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("There is no such application.")};
    const qint64 version = query.value(0).toLongLong();
    ApplicationStatus current = ApplicationStatus::Received;
    security::Scope scope = security::Scope::WelfareService;
    if (!statusFromCode(query.value(1).toString(), &current) ||
        !security::scopeFromCode(query.value(2).toString(), &scope))
        return Error{ErrorCode::Internal, tr("The application's stored status is not valid.")};

    if (Status allowed = m_authorizer.require(session, permissionFor(current, newStatus), scope,
                                              kObjectType, applicationId);
        !allowed)
        return allowed;
    if (!allowedTransitions(current).contains(newStatus))
        return Error{ErrorCode::InvalidInput,
                     tr("An application in status '%1' cannot change to '%2'.")
                         .arg(statusLabel(current), statusLabel(newStatus))};

    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    store::Repository applications(m_db, QStringLiteral("application"), applicationColumns(),
                                   m_clock);
    if (auto updated = applications.update(applicationId, version,
                                           {{QStringLiteral("status"), statusCode(newStatus)},
                                            {QStringLiteral("updated_at"), now}});
        !updated)
        return updated.status();
    store::Repository history(m_db, QStringLiteral("application_status_history"), historyColumns(),
                              m_clock);
    if (auto entry = history.insert({{QStringLiteral("application_id"), applicationId},
                                     {QStringLiteral("from_status"), statusCode(current)},
                                     {QStringLiteral("to_status"), statusCode(newStatus)},
                                     {QStringLiteral("changed_at"), now},
                                     {QStringLiteral("changed_by"), session.accountId}});
        !entry)
        return entry.status();
    if (Status audited = recordAudit(session, kStatusEvent, applicationId,
                                     statusCode(current) + u'>' + statusCode(newStatus));
        !audited)
        return audited;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The status could not be saved.")};
    return {};
}

Result<Application> IntakeService::application(const security::Session& session,
                                               const QString& applicationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, version, application_number, procedure_code, person_id, "
        "representative_person_id, representative_note, received_on, channel, received_by, "
        "status, fields, attachments, ledger_scope, created_at, updated_at "
        "FROM application WHERE id = ?"));
    query.addBindValue(applicationId);
    if (!query.exec())
        return sqlError(tr("The application could not be read."), query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("There is no such application.")};
    Application app;
    app.id = query.value(0).toString();
    app.version = query.value(1).toLongLong();
    app.applicationNumber = query.value(2).toString();
    app.procedureCode = query.value(3).toString();
    app.personId = query.value(4).toString();
    app.representativePersonId = query.value(5).toString();
    app.representativeNote = query.value(6).toString();
    app.receivedOn = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    app.receivedBy = query.value(9).toString();
    app.fields = QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object();
    app.attachments = QJsonDocument::fromJson(query.value(12).toString().toUtf8()).array();
    app.createdAt = query.value(14).toString();
    app.updatedAt = query.value(15).toString();
    if (!channelFromCode(query.value(8).toString(), &app.channel) ||
        !statusFromCode(query.value(10).toString(), &app.status) ||
        !security::scopeFromCode(query.value(13).toString(), &app.scope))
        return Error{ErrorCode::Internal, tr("The stored application is not valid.")};

    // The clerks who take applications and the staff who read the ledger may open one.
    if (!m_authorizer.allows(session, kIntake, app.scope)) {
        if (Status allowed = m_authorizer.require(session, QStringLiteral("ledger.view"), app.scope,
                                                  kObjectType, applicationId);
            !allowed)
            return allowed.error();
    }
    return app;
}

Result<QList<StatusChange>> IntakeService::statusHistory(const security::Session& session,
                                                         const QString& applicationId)
{
    if (auto app = application(session, applicationId); !app)
        return app.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT from_status, to_status, changed_at, changed_by FROM application_status_history "
        "WHERE application_id = ? ORDER BY changed_at, id"));
    query.addBindValue(applicationId);
    if (!query.exec())
        return sqlError(tr("The application could not be read."), query);
    QList<StatusChange> list;
    while (query.next())
        list << StatusChange{query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString(), query.value(3).toString()};
    return list;
}

Result<QString> IntakeService::saveDraft(const security::Session& session, const QString& draftId,
                                         const QString& procedureCode, const QJsonObject& form)
{
    const ProcedureKind* procedure = m_catalog.find(procedureCode);
    if (!procedure)
        return Error{ErrorCode::InvalidInput,
                     tr("There is no procedure '%1'.").arg(procedureCode.left(64))};
    if (Status allowed =
            m_authorizer.require(session, kIntake, procedure->scope, kDraftObjectType, draftId);
        !allowed)
        return allowed.error();
    const QString text = compact(form);
    if (text.toUtf8().size() > kMaxDraftBytes)
        return Error{ErrorCode::InvalidInput, tr("The form is too large to be saved as a draft.")};
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);

    QSqlQuery query(m_db);
    if (draftId.isEmpty()) {
        const QString id = store::newUuid7();
        query.prepare(QStringLiteral(
            "INSERT INTO intake_draft (id, version, staff_account_id, procedure_code, form, "
            "created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(session.accountId);
        query.addBindValue(procedureCode);
        query.addBindValue(text);
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec())
            return sqlError(tr("The draft could not be saved."), query);
        return id;
    }
    query.prepare(QStringLiteral(
        "UPDATE intake_draft SET version = version + 1, procedure_code = ?, form = ?, "
        "updated_at = ? WHERE id = ? AND staff_account_id = ?"));
    query.addBindValue(procedureCode);
    query.addBindValue(text);
    query.addBindValue(now);
    query.addBindValue(draftId);
    query.addBindValue(session.accountId);
    if (!query.exec())
        return sqlError(tr("The draft could not be saved."), query);
    if (query.numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, tr("The draft is gone (submitted or discarded).")};
    return draftId;
}

Result<IntakeDraft> IntakeService::loadDraft(const security::Session& session,
                                             const QString& draftId)
{
    if (!session.isValid())
        return Error{ErrorCode::PermissionDenied, tr("Sign in first.")};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, version, procedure_code, form, created_at, updated_at FROM intake_draft "
        "WHERE id = ? AND staff_account_id = ?"));
    query.addBindValue(draftId);
    query.addBindValue(session.accountId);
    if (!query.exec())
        return sqlError(tr("The draft could not be read."), query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("There is no such draft.")};
    IntakeDraft draft = readDraft(query);
    const ProcedureKind* procedure = m_catalog.find(draft.procedureCode);
    if (!procedure)
        return Error{ErrorCode::NotFound, tr("There is no such draft.")};
    if (Status allowed =
            m_authorizer.require(session, kIntake, procedure->scope, kDraftObjectType, draftId);
        !allowed)
        return allowed.error();
    return draft;
}

Result<QList<IntakeDraft>> IntakeService::drafts(const security::Session& session)
{
    if (Status allowed = m_authorizer.require(session, kIntake, std::nullopt, kDraftObjectType);
        !allowed)
        return allowed.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, version, procedure_code, form, created_at, updated_at FROM intake_draft "
        "WHERE staff_account_id = ? ORDER BY updated_at DESC, id DESC"));
    query.addBindValue(session.accountId);
    if (!query.exec())
        return sqlError(tr("The drafts could not be read."), query);
    QList<IntakeDraft> list;
    while (query.next()) {
        IntakeDraft draft = readDraft(query);
        // Scopes can be taken away after a draft was saved: offer only what may be finished.
        const ProcedureKind* procedure = m_catalog.find(draft.procedureCode);
        if (procedure && m_authorizer.allows(session, kIntake, procedure->scope))
            list << draft;
    }
    return list;
}

Status IntakeService::discardDraft(const security::Session& session, const QString& draftId)
{
    if (!session.isValid())
        return Error{ErrorCode::PermissionDenied, tr("Sign in first.")};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM intake_draft WHERE id = ? AND staff_account_id = ?"));
    query.addBindValue(draftId);
    query.addBindValue(session.accountId);
    if (!query.exec())
        return sqlError(tr("The draft could not be discarded."), query);
    if (query.numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, tr("There is no such draft.")};
    return {};
}

} // namespace madoguchi::intake
