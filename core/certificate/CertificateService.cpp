// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate/CertificateService.h"

#include "audit/AuditLog.h"
#include "certificate/CertificateSigner.h"
#include "ledger/LedgerBook.h"
#include "ledger/LedgerState.h"
#include "security/Authorizer.h"
#include "store/Database.h"
#include "store/Repository.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::certificate {

namespace {

const QString kPrintPermission = QStringLiteral("certificate.print");
const QString kViewPermission = QStringLiteral("ledger.view");
const QString kObjectType = QStringLiteral("certificate");
const QString kTable = QStringLiteral("certificate");

const QStringList& columns()
{
    static const QStringList list{QStringLiteral("ledger"),
                                  QStringLiteral("person_id"),
                                  QStringLiteral("kind"),
                                  QStringLiteral("decision_id"),
                                  QStringLiteral("recipient_number"),
                                  QStringLiteral("issue_number"),
                                  QStringLiteral("reissue"),
                                  QStringLiteral("reissue_of"),
                                  QStringLiteral("reissue_reason"),
                                  QStringLiteral("valid_from"),
                                  QStringLiteral("valid_to"),
                                  QStringLiteral("monthly_cap"),
                                  QStringLiteral("issued_on"),
                                  QStringLiteral("payload"),
                                  QStringLiteral("state"),
                                  QStringLiteral("requested_at"),
                                  QStringLiteral("requested_by"),
                                  QStringLiteral("printed_at"),
                                  QStringLiteral("printed_by"),
                                  QStringLiteral("print_count"),
                                  QStringLiteral("handed_over_at"),
                                  QStringLiteral("handed_over_by"),
                                  QStringLiteral("voided_at"),
                                  QStringLiteral("voided_by"),
                                  QStringLiteral("void_reason"),
                                  QStringLiteral("replaced_by")};
    return list;
}

QString selectColumns()
{
    return QStringLiteral("id, version, ") + columns().join(QStringLiteral(", "));
}

Certificate fromQuery(const QSqlQuery& q)
{
    Certificate c;
    int i = 0;
    c.id = q.value(i++).toString();
    c.version = q.value(i++).toLongLong();
    security::scopeFromCode(q.value(i++).toString(), &c.ledger);
    c.personId = q.value(i++).toString();
    c.kind = kindFromCode(q.value(i++).toString()).value_or(DocumentKind::WelfareService);
    c.decisionId = q.value(i++).toString();
    c.recipientNumber = q.value(i++).toString();
    c.issueNumber = q.value(i++).toInt();
    c.reissue = q.value(i++).toInt();
    c.reissueOf = q.value(i++).toString();
    c.reissueReason = q.value(i++).toString();
    c.validFrom = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    c.validTo = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    const QVariant cap = q.value(i++);
    if (!cap.isNull())
        c.monthlyCap = cap.toLongLong();
    c.issuedOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    c.payload = q.value(i++).toString();
    certificateStateFromCode(q.value(i++).toString(), &c.state);
    c.requestedAt = q.value(i++).toString();
    c.requestedBy = q.value(i++).toString();
    c.printedAt = q.value(i++).toString();
    c.printedBy = q.value(i++).toString();
    c.printCount = q.value(i++).toInt();
    c.handedOverAt = q.value(i++).toString();
    c.handedOverBy = q.value(i++).toString();
    c.voidedAt = q.value(i++).toString();
    c.voidedBy = q.value(i++).toString();
    c.voidReason = q.value(i++).toString();
    c.replacedBy = q.value(i++).toString();
    return c;
}

Error readError()
{
    return Error{ErrorCode::Sql, CertificateService::tr("The certificates could not be read.")};
}

Error saveError()
{
    return Error{ErrorCode::Sql, CertificateService::tr("The certificate could not be saved.")};
}

/// The number a kind of certificate carries: the 受給者証番号 (10 digits) on the welfare-service
/// forms (rules.md §10), the 受給者番号 elsewhere.
QString printedNumber(DocumentKind kind, const ledger::RecipientState& state)
{
    switch (kind) {
    case DocumentKind::WelfareService:
    case DocumentKind::CommunityConsultation:
    case DocumentKind::CapManagementSheet:
        return state.certificateNumber.isEmpty() ? state.recipientNumber : state.certificateNumber;
    default:
        return state.recipientNumber;
    }
}

QString settingValue(const QSqlDatabase& db, const QString& key, const QString& fallback)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next() && !query.value(0).toString().isEmpty())
        return query.value(0).toString();
    return fallback;
}

} // namespace

QString certificateStateCode(CertificateState state)
{
    switch (state) {
    case CertificateState::Requested:
        return QStringLiteral("requested");
    case CertificateState::Printed:
        return QStringLiteral("printed");
    case CertificateState::HandedOver:
        return QStringLiteral("handed_over");
    case CertificateState::Mailed:
        return QStringLiteral("mailed");
    case CertificateState::Void:
        return QStringLiteral("void");
    }
    return {};
}

bool certificateStateFromCode(QStringView code, CertificateState* state)
{
    for (const CertificateState candidate : allCertificateStates()) {
        if (code == certificateStateCode(candidate)) {
            *state = candidate;
            return true;
        }
    }
    return false;
}

QString certificateStateLabel(CertificateState state)
{
    switch (state) {
    case CertificateState::Requested:
        return CertificateService::tr("Requested (印刷待ち)");
    case CertificateState::Printed:
        return CertificateService::tr("Printed (印刷済み)");
    case CertificateState::HandedOver:
        return CertificateService::tr("Handed over (交付済み)");
    case CertificateState::Mailed:
        return CertificateService::tr("Mailed (郵送済み)");
    case CertificateState::Void:
        return CertificateService::tr("Void (無効)");
    }
    return {};
}

QList<CertificateState> allCertificateStates()
{
    return {CertificateState::Requested, CertificateState::Printed, CertificateState::HandedOver,
            CertificateState::Mailed, CertificateState::Void};
}

OfficeInfo OfficeInfo::load(const QSqlDatabase& db)
{
    OfficeInfo info;
    info.code = settingValue(db, QStringLiteral("office.code"), QStringLiteral("000000"));
    info.municipality =
        settingValue(db, QStringLiteral("office.municipality"), CertificateService::tr("窓口市"));
    info.mayor =
        settingValue(db, QStringLiteral("office.mayor"), CertificateService::tr("窓口市長"));
    return info;
}

CertificateService::CertificateService(QSqlDatabase db, audit::AuditLog& audit,
                                       const security::Authorizer& authorizer, const Clock& clock)
    : m_db(std::move(db)), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

security::Scope CertificateService::ledgerOf(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::WelfareService:
    case DocumentKind::CommunityConsultation:
    case DocumentKind::CapManagementSheet:
        return security::Scope::WelfareService;
    case DocumentKind::MedicalPsychiatric:
        return security::Scope::MedicalPsychiatric;
    case DocumentKind::MedicalRehabilitation:
    case DocumentKind::MedicalUpbringing:
        return security::Scope::MedicalRehabilitation;
    case DocumentKind::DeviceVoucher:
        return security::Scope::Devices;
    }
    return security::Scope::WelfareService;
}

QString CertificateService::layoutOf(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::WelfareService:
        return QStringLiteral("welfare_certificate");
    case DocumentKind::CommunityConsultation:
        return QStringLiteral("community_support_certificate");
    case DocumentKind::MedicalPsychiatric:
        return QStringLiteral("medical_psychiatric_certificate");
    case DocumentKind::MedicalRehabilitation:
        return QStringLiteral("medical_rehabilitation_certificate");
    case DocumentKind::MedicalUpbringing:
        return QStringLiteral("medical_child_certificate");
    case DocumentKind::CapManagementSheet:
        return QStringLiteral("copay_management_sheet");
    case DocumentKind::DeviceVoucher:
        return QStringLiteral("prosthetic_voucher");
    }
    return {};
}

QList<DocumentKind> CertificateService::kindsOf(security::Scope ledger)
{
    QList<DocumentKind> kinds;
    for (int n = 1; n <= 7; ++n) {
        const auto kind = kindFromNumber(n);
        if (kind && ledgerOf(*kind) == ledger)
            kinds << *kind;
    }
    return kinds;
}

Result<Certificate> CertificateService::load(QSqlDatabase db, const QString& certificateId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM certificate WHERE id = ?").arg(selectColumns()));
    query.addBindValue(certificateId);
    if (!query.exec())
        return readError();
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("There is no such certificate.")};
    return fromQuery(query);
}

Result<QString> CertificateService::request(const security::Session& session,
                                            store::Database& database, security::Scope ledger,
                                            const QString& personId, DocumentKind kind)
{
    return issue(session, database, ledger, personId, kind, nullptr, {});
}

Result<QString> CertificateService::issue(const security::Session& session,
                                          store::Database& database, security::Scope ledger,
                                          const QString& personId, DocumentKind kind,
                                          const Certificate* replaces, const QString& reason)
{
    if (Status allowed =
            m_authorizer.require(session, kPrintPermission, ledger, kObjectType, personId);
        !allowed)
        return allowed.error();
    if (ledgerOf(kind) != ledger)
        return Error{
            ErrorCode::InvalidInput,
            tr("A %1 is not issued from this ledger (field \"kind\").").arg(kindLabel(kind))};
    ledger::LedgerState states(m_db, m_audit, m_authorizer, m_clock);
    auto state = states.recipient(session, ledger, personId);
    if (!state)
        return state.error();
    const ledger::RecipientState& recipient = state.value();
    if ((recipient.status != ledger::RecipientStatus::Active &&
         recipient.status != ledger::RecipientStatus::Upcoming) ||
        !recipient.validFrom.isValid() || !recipient.validTo.isValid())
        return Error{ErrorCode::NotFound,
                     tr("This person has no current grant in this ledger, so there is nothing "
                        "to certify.")};
    const QString number = printedNumber(kind, recipient);
    if (number.isEmpty())
        return Error{ErrorCode::NotFound, tr("This person has no recipient number yet.")};

    if (!replaces) {
        QSqlQuery current(m_db);
        current.prepare(QStringLiteral("SELECT 1 FROM certificate WHERE ledger = ? AND "
                                       "person_id = ? AND kind = ? AND state <> 'void'"));
        current.addBindValue(security::scopeCode(ledger));
        current.addBindValue(personId);
        current.addBindValue(kindCode(kind));
        if (!current.exec())
            return readError();
        if (current.next())
            return Error{ErrorCode::Conflict,
                         tr("This person already has a current %1. To print a new one for a "
                            "lost or damaged certificate, reissue it.")
                             .arg(kindLabel(kind))};
    }

    auto signer = CertificateSigner::load(database);
    if (!signer)
        return signer.error();

    const QDate today = m_clock.todayInJapan();
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    store::Transaction transaction(m_db);
    if (!transaction.isActive())
        return saveError();
    QSqlQuery next(m_db);
    next.prepare(QStringLiteral("SELECT COALESCE(MAX(issue_number), 0) + 1 FROM certificate "
                                "WHERE ledger = ? AND recipient_number = ? AND kind = ?"));
    next.addBindValue(security::scopeCode(ledger));
    next.addBindValue(number);
    next.addBindValue(kindCode(kind));
    if (!next.exec() || !next.next())
        return readError();
    const int issueNumber = next.value(0).toInt();
    const int reissue = replaces ? replaces->reissue + 1 : 0;
    if (reissue > 255)
        return Error{ErrorCode::InvalidInput,
                     tr("This certificate has been reissued too many times.")};

    store::Repository repository(m_db, kTable, columns(), m_clock);
    QVariantMap row{{QStringLiteral("ledger"), security::scopeCode(ledger)},
                    {QStringLiteral("person_id"), personId},
                    {QStringLiteral("kind"), kindCode(kind)},
                    {QStringLiteral("decision_id"), recipient.currentDecisionId},
                    {QStringLiteral("recipient_number"), number},
                    {QStringLiteral("issue_number"), issueNumber},
                    {QStringLiteral("reissue"), reissue},
                    {QStringLiteral("reissue_of"), replaces ? QVariant(replaces->id) : QVariant()},
                    {QStringLiteral("reissue_reason"), replaces ? QVariant(reason) : QVariant()},
                    {QStringLiteral("valid_from"), recipient.validFrom.toString(Qt::ISODate)},
                    {QStringLiteral("valid_to"), recipient.validTo.toString(Qt::ISODate)},
                    {QStringLiteral("monthly_cap"),
                     recipient.monthlyCap ? QVariant(*recipient.monthlyCap) : QVariant()},
                    {QStringLiteral("issued_on"), today.toString(Qt::ISODate)},
                    {QStringLiteral("state"), certificateStateCode(CertificateState::Requested)},
                    {QStringLiteral("requested_at"), now},
                    {QStringLiteral("requested_by"), session.accountId},
                    {QStringLiteral("print_count"), 0}};
    auto id = repository.insert(row);
    if (!id)
        return id.error();

    CertificateFields fields;
    fields.certificateId = id.value();
    fields.recipientNumber = number;
    fields.kind = kind;
    fields.validFrom = recipient.validFrom;
    fields.validTo = recipient.validTo;
    fields.monthlyCap = recipient.monthlyCap;
    fields.issuedOn = today;
    fields.officeCode = OfficeInfo::load(m_db).code;
    fields.reissue = reissue;
    auto code = signer.value().sign(fields);
    if (!code)
        return code.error();
    if (auto updated =
            repository.update(id.value(), 1, {{QStringLiteral("payload"), code.value()}});
        !updated)
        return updated.error();

    if (replaces) {
        auto voided = repository.update(replaces->id, replaces->version,
                                        {{QStringLiteral("state"), QStringLiteral("void")},
                                         {QStringLiteral("voided_at"), now},
                                         {QStringLiteral("voided_by"), session.accountId},
                                         {QStringLiteral("void_reason"), reason},
                                         {QStringLiteral("replaced_by"), id.value()}});
        if (!voided)
            return voided.error();
        ledger::LedgerBook book(m_db, m_audit, m_authorizer, m_clock);
        const QJsonObject entry{{QStringLiteral("certificate_id"), id.value()},
                                {QStringLiteral("replaces"), replaces->id},
                                {QStringLiteral("kind"), kindCode(kind)},
                                {QStringLiteral("issue_number"), issueNumber},
                                {QStringLiteral("reason"), reason}};
        auto appended =
            book.append(session, ledger, personId, QString::fromUtf16(ledger::LedgerBook::kReissue),
                        QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)),
                        kPrintPermission);
        if (!appended)
            return appended.error();
        if (Status audited = m_audit.append(audit::AuditEvent::of(
                audit::EventType::CertificateVoid, audit::Outcome::Success, session.login,
                kObjectType, replaces->id, QStringLiteral("reissue")));
            !audited)
            return audited.error();
    }
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::CertificateIssue, audit::Outcome::Success, session.login, kObjectType,
            id.value(), replaces ? QStringLiteral("reissue") : kindCode(kind)));
        !audited)
        return audited.error();
    if (!transaction.commit())
        return saveError();
    return id;
}

Status CertificateService::markPrintedLocked(const security::Session& session,
                                             const QString& certificateId)
{
    auto loaded = load(m_db, certificateId);
    if (!loaded)
        return loaded.error();
    const Certificate& c = loaded.value();
    if (Status allowed =
            m_authorizer.require(session, kPrintPermission, c.ledger, kObjectType, c.id);
        !allowed)
        return allowed;
    if (c.state != CertificateState::Requested && c.state != CertificateState::Printed)
        return Error{ErrorCode::Conflict,
                     c.isVoid() ? tr("This certificate is void and cannot be printed. Print its "
                                     "reissue instead.")
                                : tr("This certificate was already handed over or mailed. For a "
                                     "lost certificate, reissue it.")};
    if (c.payload.isEmpty())
        return Error{ErrorCode::Internal, tr("This certificate has no signed code.")};
    QVariantMap changes{{QStringLiteral("state"), QStringLiteral("printed")},
                        {QStringLiteral("print_count"), c.printCount + 1}};
    if (c.printedAt.isEmpty()) {
        changes.insert(QStringLiteral("printed_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs));
        changes.insert(QStringLiteral("printed_by"), session.accountId);
    }
    store::Repository repository(m_db, kTable, columns(), m_clock);
    if (auto updated = repository.update(c.id, c.version, changes); !updated)
        return updated.error();
    return m_audit.append(audit::AuditEvent::of(audit::EventType::Print, audit::Outcome::Success,
                                                session.login, kObjectType, c.id,
                                                kindCode(c.kind)));
}

Status CertificateService::markPrinted(const security::Session& session,
                                       const QString& certificateId)
{
    return markPrinted(session, QStringList{certificateId});
}

Status CertificateService::markPrinted(const security::Session& session,
                                       const QStringList& certificateIds)
{
    store::Transaction transaction(m_db);
    if (!transaction.isActive())
        return saveError();
    for (const QString& id : certificateIds) {
        if (Status marked = markPrintedLocked(session, id); !marked)
            return marked;
    }
    if (!transaction.commit())
        return saveError();
    return {};
}

Status CertificateService::moveTo(const security::Session& session, const QString& certificateId,
                                  CertificateState target)
{
    auto loaded = load(m_db, certificateId);
    if (!loaded)
        return loaded.error();
    const Certificate& c = loaded.value();
    if (Status allowed =
            m_authorizer.require(session, kPrintPermission, c.ledger, kObjectType, c.id);
        !allowed)
        return allowed;
    if (c.isVoid())
        return Error{ErrorCode::Conflict,
                     tr("This certificate is void and cannot be handed over or mailed.")};
    if (c.state == CertificateState::Requested)
        return Error{ErrorCode::Conflict,
                     tr("This certificate has not been printed yet. Print it first.")};
    if (c.state != CertificateState::Printed)
        return Error{ErrorCode::Conflict,
                     tr("This certificate was already handed over or mailed.")};
    store::Transaction transaction(m_db);
    store::Repository repository(m_db, kTable, columns(), m_clock);
    auto updated = repository.update(
        c.id, c.version,
        {{QStringLiteral("state"), certificateStateCode(target)},
         {QStringLiteral("handed_over_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
         {QStringLiteral("handed_over_by"), session.accountId}});
    if (!updated)
        return updated.error();
    if (Status audited = m_audit.append(
            audit::AuditEvent::of(audit::EventType::CertificateHandOver, audit::Outcome::Success,
                                  session.login, kObjectType, c.id, certificateStateCode(target)));
        !audited)
        return audited;
    if (!transaction.commit())
        return saveError();
    return {};
}

Status CertificateService::handOver(const security::Session& session, const QString& certificateId)
{
    return moveTo(session, certificateId, CertificateState::HandedOver);
}

Status CertificateService::mail(const security::Session& session, const QString& certificateId)
{
    return moveTo(session, certificateId, CertificateState::Mailed);
}

Result<QString> CertificateService::reissue(const security::Session& session,
                                            store::Database& database, const QString& certificateId,
                                            const QString& reason)
{
    auto loaded = load(m_db, certificateId);
    if (!loaded)
        return loaded.error();
    const Certificate& old = loaded.value();
    if (Status allowed =
            m_authorizer.require(session, kPrintPermission, old.ledger, kObjectType, old.id);
        !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("A reissue needs a reason, for example \"lost\" (field \"reason\").")};
    if (old.isVoid())
        return Error{ErrorCode::Conflict,
                     tr("This certificate is void already. Reissue the current one instead.")};
    return issue(session, database, old.ledger, old.personId, old.kind, &old, reason.trimmed());
}

Status CertificateService::voidCertificate(const security::Session& session,
                                           const QString& certificateId, const QString& reason)
{
    auto loaded = load(m_db, certificateId);
    if (!loaded)
        return loaded.error();
    const Certificate& c = loaded.value();
    if (Status allowed =
            m_authorizer.require(session, kPrintPermission, c.ledger, kObjectType, c.id);
        !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("Making a certificate void needs a reason (field \"reason\").")};
    if (c.isVoid())
        return Error{ErrorCode::Conflict, tr("This certificate is void already.")};
    store::Transaction transaction(m_db);
    store::Repository repository(m_db, kTable, columns(), m_clock);
    auto updated = repository.update(
        c.id, c.version,
        {{QStringLiteral("state"), QStringLiteral("void")},
         {QStringLiteral("voided_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
         {QStringLiteral("voided_by"), session.accountId},
         {QStringLiteral("void_reason"), reason.trimmed()}});
    if (!updated)
        return updated.error();
    if (Status audited = m_audit.append(
            audit::AuditEvent::of(audit::EventType::CertificateVoid, audit::Outcome::Success,
                                  session.login, kObjectType, c.id, QStringLiteral("cancel")));
        !audited)
        return audited;
    if (!transaction.commit())
        return saveError();
    return {};
}

Result<Certificate> CertificateService::find(const security::Session& session,
                                             const QString& certificateId)
{
    auto loaded = load(m_db, certificateId);
    if (!loaded)
        return loaded.error();
    const security::Scope ledger = loaded.value().ledger;
    if (!m_authorizer.allows(session, kPrintPermission, ledger)) {
        if (Status allowed =
                m_authorizer.require(session, kViewPermission, ledger, kObjectType, certificateId);
            !allowed)
            return allowed.error();
    }
    return loaded;
}

Result<QList<Certificate>> CertificateService::list(const security::Session& session,
                                                    const CertificateFilter& filter)
{
    QList<security::Scope> ledgers;
    const QList<security::Scope> all{security::Scope::WelfareService,
                                     security::Scope::MedicalRehabilitation,
                                     security::Scope::MedicalPsychiatric, security::Scope::Devices};
    for (const security::Scope ledger : all) {
        if (filter.ledger && *filter.ledger != ledger)
            continue;
        if (m_authorizer.allows(session, kPrintPermission, ledger) ||
            m_authorizer.allows(session, kViewPermission, ledger))
            ledgers << ledger;
    }
    if (ledgers.isEmpty()) {
        // Audits the refusal and says why.
        Status allowed = m_authorizer.require(
            session, kPrintPermission, filter.ledger.value_or(security::Scope::WelfareService),
            kObjectType);
        return allowed ? Result<QList<Certificate>>(QList<Certificate>{}) : allowed.error();
    }
    QStringList where;
    QVariantList binds;
    QStringList marks;
    for (const security::Scope ledger : std::as_const(ledgers)) {
        marks << QStringLiteral("?");
        binds << security::scopeCode(ledger);
    }
    where << QStringLiteral("ledger IN (%1)").arg(marks.join(u','));
    if (filter.state) {
        where << QStringLiteral("state = ?");
        binds << certificateStateCode(*filter.state);
    }
    if (filter.currentOnly)
        where << QStringLiteral("state <> 'void'");
    if (!filter.personId.isEmpty()) {
        where << QStringLiteral("person_id = ?");
        binds << filter.personId;
    }
    if (!filter.recipientNumber.isEmpty()) {
        where << QStringLiteral("recipient_number = ?");
        binds << filter.recipientNumber;
    }
    if (filter.kind) {
        where << QStringLiteral("kind = ?");
        binds << kindCode(*filter.kind);
    }
    QString order = QStringLiteral("requested_at DESC, id DESC");
    if (filter.expiringWithinDays) {
        if (*filter.expiringWithinDays < 0)
            return Error{ErrorCode::InvalidInput,
                         tr("The number of days cannot be negative (field \"expiring within\").")};
        const QDate today = m_clock.todayInJapan();
        where << QStringLiteral("valid_to BETWEEN ? AND ?");
        binds << today.toString(Qt::ISODate)
              << today.addDays(*filter.expiringWithinDays).toString(Qt::ISODate);
        order = QStringLiteral("valid_to, recipient_number, id");
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM certificate WHERE %2 ORDER BY %3")
                      .arg(selectColumns(), where.join(QStringLiteral(" AND ")), order));
    for (const QVariant& value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec())
        return readError();
    QList<Certificate> list;
    while (query.next())
        list << fromQuery(query);
    return list;
}

LocalStatus LocalCertificateStatus::statusOf(const CertificateFields& fields) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT c.state, c.replaced_by, c.ledger, c.kind, c.recipient_number, c.issue_number, "
        "EXISTS (SELECT 1 FROM change_journal j WHERE j.entity = 'certificate' AND "
        "j.entity_id = c.id AND j.pushed_at IS NULL) FROM certificate c WHERE c.id = ?"));
    query.addBindValue(fields.certificateId);
    if (!query.exec() || !query.next())
        return LocalStatus::Unknown;
    const bool isVoid = query.value(0).toString() == u"void";
    const bool replaced = !query.value(1).toString().isEmpty();
    const bool unpushed = query.value(6).toBool();
    if (isVoid)
        return replaced && unpushed ? LocalStatus::Superseded : LocalStatus::Void;
    // A newer issue of the same recipient and kind known here (e.g. synced from another device
    // before the void of this one).
    QSqlQuery newer(m_db);
    newer.prepare(QStringLiteral("SELECT 1 FROM certificate WHERE ledger = ? AND kind = ? AND "
                                 "recipient_number = ? AND issue_number > ?"));
    newer.addBindValue(query.value(2));
    newer.addBindValue(query.value(3));
    newer.addBindValue(query.value(4));
    newer.addBindValue(query.value(5));
    if (newer.exec() && newer.next())
        return LocalStatus::Superseded;
    return LocalStatus::Current;
}

} // namespace madoguchi::certificate
