// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/NoticeDocuments.h"

#include "audit/AuditLog.h"
#include "certificate/CertificateService.h"
#include "decision/Decision.h"
#include "documents/DecisionFields.h"
#include "documents/DocumentWriter.h"
#include "ledger/LedgerState.h"
#include "security/Authorizer.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace madoguchi::documents {

namespace {

using decision::DecisionKind;

const QString kPrintPermission = QStringLiteral("certificate.print");
const QString kDecisionObject = QStringLiteral("decision");
const QString kPersonObject = QStringLiteral("person");
const QString kRenewalLayout = QStringLiteral("renewal_notice");

/// Fields a decision may carry for its notice (in its inputs or evaluation, as text).
const QStringList& decisionFields()
{
    static const QStringList fields{
        QStringLiteral("support_category"), QStringLiteral("device"),
        QStringLiteral("device_amount"),    QStringLiteral("copay"),
        QStringLiteral("payment"),          QStringLiteral("provider"),
        QStringLiteral("benefit"),          QStringLiteral("income_class")};
    return fields;
}

/// What the notice says was applied for, by ledger (Japanese forms: not translated).
QString benefitOf(security::Scope ledger)
{
    switch (ledger) {
    case security::Scope::WelfareService:
        return QStringLiteral("障害福祉サービス");
    case security::Scope::MedicalRehabilitation:
        return QStringLiteral("自立支援医療（更生医療）");
    case security::Scope::MedicalPsychiatric:
        return QStringLiteral("自立支援医療（精神通院医療）");
    case security::Scope::Devices:
        return QStringLiteral("補装具費");
    }
    return {};
}

/// The day (Japan) of a stored UTC timestamp, as an ISO date; empty when it is not one.
QString japanDayOf(const QString& utc)
{
    QDateTime when = QDateTime::fromString(utc, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(utc, Qt::ISODate);
    if (!when.isValid())
        return {};
    return when.toOffsetFromUtc(9 * 3600).date().toString(Qt::ISODate);
}

QJsonObject jsonObjectOf(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

NoticeDocuments::NoticeDocuments(QSqlDatabase db, audit::AuditLog& audit,
                                 const security::Authorizer& authorizer, const Clock& clock)
    : m_db(std::move(db)), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

Status NoticeDocuments::personFields(const QString& personId, QHash<QString, QString>* f) const
{
    QSqlQuery person(m_db);
    person.prepare(QStringLiteral(
        "SELECT family_name, given_name, family_kana, given_kana, birth_date, "
        "(SELECT address FROM person_address a WHERE a.person_id = p.id AND a.valid_to IS NULL "
        " ORDER BY a.valid_from DESC LIMIT 1) FROM person p WHERE p.id = ?"));
    person.addBindValue(personId);
    if (!person.exec() || !person.next())
        return Error{ErrorCode::NotFound, tr("The person of this notice was not found.")};
    f->insert(QStringLiteral("name"),
              person.value(0).toString() + QStringLiteral(" ") + person.value(1).toString());
    f->insert(QStringLiteral("name_kana"),
              person.value(2).toString() + QStringLiteral(" ") + person.value(3).toString());
    f->insert(QStringLiteral("birth_date"), person.value(4).toString());
    f->insert(QStringLiteral("address"), person.value(5).toString());

    const certificate::OfficeInfo office = certificate::OfficeInfo::load(m_db);
    f->insert(QStringLiteral("municipality"), office.municipality);
    f->insert(QStringLiteral("mayor"), office.mayor);
    f->insert(QStringLiteral("office"), office.municipality);
    f->insert(QStringLiteral("issue_date"), m_clock.todayInJapan().toString(Qt::ISODate));
    return {};
}

QString NoticeDocuments::recipientNumber(security::Scope ledger, const QString& personId) const
{
    // The welfare-service forms carry the 受給者証番号 (rules.md §10), the others the 受給者番号,
    // as the certificates do.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT recipient_number, certificate_number FROM recipient "
                                 "WHERE ledger = ? AND person_id = ?"));
    query.addBindValue(security::scopeCode(ledger));
    query.addBindValue(personId);
    if (!query.exec() || !query.next())
        return {};
    if (ledger == security::Scope::WelfareService && !query.value(1).toString().isEmpty())
        return query.value(1).toString();
    return query.value(0).toString();
}

Result<DocumentData> NoticeDocuments::build(const security::Session& session,
                                            const QString& decisionId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT d.person_id, d.ledger_scope, d.kind, d.inputs, d.evaluation, d.valid_from, "
        "d.valid_to, d.monthly_cap, d.reason, d.state, d.approved_at, a.application_number, "
        "a.received_on FROM decision d LEFT JOIN application a ON a.id = d.application_id "
        "WHERE d.id = ?"));
    query.addBindValue(decisionId);
    if (!query.exec())
        return Error{ErrorCode::Sql, tr("The decision could not be read.")};
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("There is no such decision.")};
    security::Scope ledger = security::Scope::WelfareService;
    DecisionKind kind = DecisionKind::Grant;
    if (!security::scopeFromCode(query.value(1).toString(), &ledger) ||
        !decision::kindFromCode(query.value(2).toString(), &kind))
        return Error{ErrorCode::Internal, tr("A stored decision is not valid.")};
    if (Status allowed =
            m_authorizer.require(session, kPrintPermission, ledger, kDecisionObject, decisionId);
        !allowed)
        return allowed.error();
    if (query.value(9).toString() != u"approved")
        return Error{ErrorCode::InvalidInput,
                     tr("This decision is not approved yet. A notice can be printed only after "
                        "its approval.")};
    if (kind == DecisionKind::Cancel)
        return Error{ErrorCode::InvalidInput,
                     tr("There is no notice form for a cancellation. Choose the decision that "
                        "granted or rejected the benefit.")};

    const QString personId = query.value(0).toString();
    DocumentData data;
    QHash<QString, QString>& f = data.fields;
    if (Status person = personFields(personId, &f); !person)
        return person.error();
    f.insert(QStringLiteral("benefit"), benefitOf(ledger));
    f.insert(QStringLiteral("recipient_number"), recipientNumber(ledger, personId));
    f.insert(QStringLiteral("issue_number"), query.value(11).toString());
    f.insert(QStringLiteral("application_date"), query.value(12).toString());
    f.insert(QStringLiteral("decision_date"), japanDayOf(query.value(10).toString()));
    const QString validFrom = query.value(5).toString();
    const QString validTo = query.value(6).toString();
    f.insert(QStringLiteral("valid_from"), validFrom);
    f.insert(QStringLiteral("valid_to"), validTo);
    if (!query.value(7).isNull())
        f.insert(QStringLiteral("cap_monthly"), QString::number(query.value(7).toLongLong()));
    const QJsonObject inputs = jsonObjectOf(query.value(3));
    const QJsonObject evaluation = jsonObjectOf(query.value(4));
    addDecisionFields(inputs, evaluation, decisionFields(), &f);

    if (kind == DecisionKind::Reject) {
        data.kind = QStringLiteral("rejection_notice");
        f.insert(QStringLiteral("reason"), query.value(8).toString());
        return data;
    }
    data.kind = ledger == security::Scope::Devices ? QStringLiteral("prosthetic_decision_notice")
                                                   : QStringLiteral("decision_notice");
    QList<DocumentRow> services;
    QJsonArray list = inputs.value(QStringLiteral("services")).toArray();
    if (list.isEmpty())
        list = evaluation.value(QStringLiteral("services")).toArray();
    for (const QJsonValue& item : std::as_const(list)) {
        const QJsonObject object = item.toObject();
        DocumentRow row;
        row.insert(QStringLiteral("service"), jsonText(object.value(QStringLiteral("service"))));
        row.insert(QStringLiteral("amount"), jsonText(object.value(QStringLiteral("amount"))));
        const QString from = jsonText(object.value(QStringLiteral("from")));
        const QString to = jsonText(object.value(QStringLiteral("to")));
        row.insert(QStringLiteral("from"), from.isEmpty() ? validFrom : from);
        row.insert(QStringLiteral("to"), to.isEmpty() ? validTo : to);
        if (!row.value(QStringLiteral("service")).isEmpty())
            services << row;
    }
    if (services.isEmpty())
        services << DocumentRow{{QStringLiteral("service"), f.value(QStringLiteral("benefit"))},
                                {QStringLiteral("from"), validFrom},
                                {QStringLiteral("to"), validTo}};
    data.tables.insert(QStringLiteral("services"), services);
    return data;
}

Result<DocumentData> NoticeDocuments::renewalNotice(const security::Session& session,
                                                    security::Scope ledger, const QString& personId)
{
    if (Status allowed =
            m_authorizer.require(session, kPrintPermission, ledger, kPersonObject, personId);
        !allowed)
        return allowed.error();
    ledger::LedgerState states(m_db, m_audit, m_authorizer, m_clock);
    auto state = states.recipient(session, ledger, personId);
    if (!state)
        return state.error();
    const ledger::RecipientState& r = state.value();
    if ((r.status != ledger::RecipientStatus::Active &&
         r.status != ledger::RecipientStatus::Upcoming) ||
        !r.validTo.isValid())
        return Error{ErrorCode::InvalidInput,
                     tr("This person has no current grant in this ledger, so there is nothing "
                        "to renew.")};

    DocumentData data;
    data.kind = kRenewalLayout;
    QHash<QString, QString>& f = data.fields;
    if (Status person = personFields(personId, &f); !person)
        return person.error();
    f.insert(QStringLiteral("benefit"), benefitOf(ledger));
    f.insert(QStringLiteral("recipient_number"), recipientNumber(ledger, personId));
    f.insert(QStringLiteral("valid_from"), r.validFrom.toString(Qt::ISODate));
    f.insert(QStringLiteral("valid_to"), r.validTo.toString(Qt::ISODate));
    if (r.monthlyCap)
        f.insert(QStringLiteral("cap_monthly"), QString::number(*r.monthlyCap));
    // Apply by a month before the end (the form's convention); when that day has passed, by
    // the last day of validity.
    QDate applyBy = r.validTo.addMonths(-1);
    if (applyBy < m_clock.todayInJapan())
        applyBy = r.validTo;
    f.insert(QStringLiteral("apply_by"), applyBy.toString(Qt::ISODate));

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT d.inputs, d.evaluation, a.application_number "
                                 "FROM decision d LEFT JOIN application a "
                                 "ON a.id = d.application_id WHERE d.id = ?"));
    query.addBindValue(r.currentDecisionId);
    if (query.exec() && query.next()) {
        addDecisionFields(jsonObjectOf(query.value(0)), jsonObjectOf(query.value(1)),
                          decisionFields(), &f);
        f.insert(QStringLiteral("issue_number"), query.value(2).toString());
    }
    // The form's sentence names what is renewed; the ledger's benefit reads best there.
    f.insert(QStringLiteral("benefit"), benefitOf(ledger));
    return data;
}

Result<QList<RenewalTarget>> NoticeDocuments::renewalTargets(const security::Session& session,
                                                             std::optional<security::Scope> ledger,
                                                             int withinDays)
{
    if (withinDays < 0)
        return Error{ErrorCode::InvalidInput,
                     tr("The number of days (field \"expiring within\") must not be negative.")};
    QList<security::Scope> ledgers;
    if (ledger) {
        if (Status allowed = m_authorizer.require(session, kPrintPermission, *ledger); !allowed)
            return allowed.error();
        ledgers << *ledger;
    } else {
        for (security::Scope scope : security::allScopes())
            if (m_authorizer.allows(session, kPrintPermission, scope))
                ledgers << scope;
        if (ledgers.isEmpty())
            return m_authorizer.require(session, kPrintPermission).error();
    }
    ledger::LedgerState states(m_db, m_audit, m_authorizer, m_clock);
    ledger::LedgerFileFilter filter;
    filter.expiringWithinDays = withinDays;
    QList<RenewalTarget> targets;
    for (security::Scope scope : std::as_const(ledgers)) {
        auto file = states.file(session, scope, filter);
        if (!file)
            return file.error();
        for (const ledger::RecipientState& r : file.value())
            if (r.status == ledger::RecipientStatus::Active ||
                r.status == ledger::RecipientStatus::Upcoming)
                targets << RenewalTarget{scope, r.personId};
    }
    return targets;
}

Status NoticeDocuments::recordPrints(const QList<audit::AuditEvent>& events, const QString& pdfPath)
{
    // All the prints of one file are recorded, or none (and then the file is removed).
    store::Transaction transaction(m_db);
    for (const audit::AuditEvent& event : events) {
        if (Status audited = m_audit.append(event); !audited) {
            transaction.rollback();
            QFile::remove(pdfPath);
            return audited;
        }
    }
    if (!transaction.commit()) {
        QFile::remove(pdfPath);
        return Error{ErrorCode::Sql, tr("The prints could not be recorded.")};
    }
    return {};
}

Status NoticeDocuments::printToPdf(const security::Session& session, const QStringList& decisionIds,
                                   const QString& pdfPath)
{
    if (decisionIds.isEmpty())
        return Error{ErrorCode::NotFound, tr("There are no notices to print.")};
    DocumentBatch batch;
    QStringList kinds;
    for (const QString& id : decisionIds) {
        auto built = build(session, id);
        if (!built)
            return built.error();
        kinds << built->kind;
        batch << std::move(built).value();
    }
    if (Status written = DocumentWriter::writePdf(pdfPath, batch); !written)
        return written.error();
    QList<audit::AuditEvent> events;
    for (qsizetype i = 0; i < decisionIds.size(); ++i)
        events << audit::AuditEvent::of(audit::EventType::Print, audit::Outcome::Success,
                                        session.login, kDecisionObject, decisionIds.at(i),
                                        kinds.at(i));
    return recordPrints(events, pdfPath);
}

Status NoticeDocuments::printRenewalsToPdf(const security::Session& session,
                                           const QList<RenewalTarget>& targets,
                                           const QString& pdfPath)
{
    if (targets.isEmpty())
        return Error{ErrorCode::NotFound, tr("There are no renewal notices to print.")};
    DocumentBatch batch;
    for (const RenewalTarget& target : targets) {
        auto built = renewalNotice(session, target.ledger, target.personId);
        if (!built)
            return built.error();
        batch << std::move(built).value();
    }
    if (Status written = DocumentWriter::writePdf(pdfPath, batch); !written)
        return written.error();
    QList<audit::AuditEvent> events;
    for (const RenewalTarget& target : targets)
        events << audit::AuditEvent::of(audit::EventType::Print, audit::Outcome::Success,
                                        session.login, kPersonObject, target.personId,
                                        kRenewalLayout + QStringLiteral(":") +
                                            security::scopeCode(target.ledger));
    return recordPrints(events, pdfPath);
}

} // namespace madoguchi::documents
