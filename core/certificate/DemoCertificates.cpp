// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate/DemoCertificates.h"

#include "certificate/CertificateService.h"
#include "certificate/IssuingKeys.h"
#include "decision/DecisionService.h"
#include "intake/IntakeService.h"
#include "intake/ProcedureCatalog.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "store/Uuid7.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace madoguchi::certificate {

namespace {

/// A valid value of an intake field, for demo applications (fictional data).
QJsonValue demoFieldValue(const intake::FieldSpec& field)
{
    switch (field.type) {
    case intake::FieldType::Text:
        if (field.digits > 0)
            return QString(field.digits, u'7');
        return QStringLiteral("デモ").left(field.maxLength > 0 ? field.maxLength : 100);
    case intake::FieldType::Date:
        return QStringLiteral("2025-04-01");
    case intake::FieldType::Integer: {
        qint64 value = field.min.value_or(1);
        if (field.max && value > *field.max)
            value = *field.max;
        return static_cast<double>(value);
    }
    case intake::FieldType::Choice:
        return field.choices.isEmpty() ? QString() : field.choices.constLast().code;
    case intake::FieldType::Boolean:
        return true;
    }
    return {};
}

/// The demo staff who take, draft and approve (maker-checker: two different people). Their rows
/// have no key slot and are disabled: nobody signs in as them.
Result<security::Session> demoStaff(QSqlDatabase db, const security::Session& admin,
                                    const QString& login, const QString& name, security::Role role,
                                    const QDateTime& now)
{
    const QString stamp = now.toString(Qt::ISODateWithMs);
    QStringList scopes;
    for (const security::Scope scope : security::allScopes())
        scopes << security::scopeCode(scope);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO staff_account (id, version, login, display_name, roles, scopes, "
        "state, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, 'disabled', ?, ?)"));
    insert.addBindValue(store::newUuid7());
    insert.addBindValue(login);
    insert.addBindValue(name);
    insert.addBindValue(security::roleCode(role));
    insert.addBindValue(scopes.join(u' '));
    insert.addBindValue(stamp);
    insert.addBindValue(stamp);
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT id FROM staff_account WHERE login = ?"));
    select.addBindValue(login);
    if (!insert.exec() || !select.exec() || !select.next())
        return Error{ErrorCode::Sql, DemoCertificates::tr("The demo staff could not be created.")};
    security::Session session;
    session.accountId = select.value(0).toString();
    session.login = login;
    session.displayName = name;
    session.roles = {role};
    session.scopes = security::allScopes();
    session.deviceId = admin.deviceId;
    session.startedAtUtc = now;
    return session;
}

/// What the decision of a demo recipient says beyond the period and cap (printed on the
/// certificate; fictional).
QJsonObject demoInputs(security::Scope ledger, int n)
{
    static const QStringList categories{QStringLiteral("区分2"), QStringLiteral("区分3"),
                                        QStringLiteral("区分4"), QStringLiteral("区分5")};
    static const QStringList diagnoses{QStringLiteral("統合失調症"), QStringLiteral("うつ病"),
                                       QStringLiteral("双極性障害")};
    QJsonObject inputs{{QStringLiteral("household"), QJsonArray{}}};
    switch (ledger) {
    case security::Scope::WelfareService:
        inputs.insert(QStringLiteral("support_category"), categories.at(n % categories.size()));
        inputs.insert(QStringLiteral("disability_type"), QStringLiteral("身体"));
        inputs.insert(
            QStringLiteral("services"),
            QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("生活介護")},
                                   {QStringLiteral("amount"),
                                    QStringLiteral("当該月の日数から8日を控除した日数")}},
                       QJsonObject{{QStringLiteral("service"), QStringLiteral("短期入所")},
                                   {QStringLiteral("amount"), QStringLiteral("7日/月")}}});
        break;
    case security::Scope::MedicalPsychiatric:
        inputs.insert(QStringLiteral("diagnosis"), diagnoses.at(n % diagnoses.size()));
        inputs.insert(QStringLiteral("hospital"), QStringLiteral("窓口市立病院"));
        inputs.insert(QStringLiteral("pharmacy"), QStringLiteral("まどぐち薬局 中央店"));
        break;
    case security::Scope::MedicalRehabilitation:
        inputs.insert(QStringLiteral("diagnosis"), QStringLiteral("腎臓機能障害"));
        inputs.insert(QStringLiteral("hospital"), QStringLiteral("窓口市立病院"));
        break;
    case security::Scope::Devices:
        inputs.insert(QStringLiteral("device"), QStringLiteral("車椅子（普通型）"));
        inputs.insert(QStringLiteral("provider"), QStringLiteral("株式会社 まどぐち福祉機器"));
        break;
    }
    return inputs;
}

} // namespace

Result<DemoCertificatesSummary> DemoCertificates::issue(Workspace& workspace,
                                                        const security::Session& admin,
                                                        const DemoCertificateOptions& options)
{
    DemoCertificatesSummary made;
    const int perLedger = options.perLedger;
    const Clock& clock = workspace.clock();
    QSqlDatabase db = workspace.database().connection();

    // An issuing key, so the demo certificates are signed and a new user can print at once.
    certificate::IssuingKeys issuing(workspace.database(), workspace.audit(),
                                     workspace.authorizer(), clock);
    if (auto current = issuing.current(); !current) {
        if (current.code() != ErrorCode::NotFound)
            return current.error();
        auto created = issuing.create(admin);
        if (!created)
            return created.error();
        made.keyCreated = true;
    }

    store::Transaction transaction(db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, DemoCertificates::tr("The demo data could not be saved.")};
    const QDateTime now = clock.nowUtc();
    auto clerk = demoStaff(db, admin, QStringLiteral("demo-clerk"), QStringLiteral("デモ 窓口"),
                           security::Role::Clerk, now);
    auto reviewer = demoStaff(db, admin, QStringLiteral("demo-reviewer"),
                              QStringLiteral("デモ 審査"), security::Role::Reviewer, now);
    auto approver = demoStaff(db, admin, QStringLiteral("demo-approver"),
                              QStringLiteral("デモ 決裁"), security::Role::Approver, now);
    if (!clerk || !reviewer || !approver)
        return Error{ErrorCode::Sql, DemoCertificates::tr("The demo staff could not be created.")};

    intake::IntakeService intake(db, workspace.audit(), workspace.authorizer(), clock);
    decision::DecisionService decisions(db, workspace.audit(), workspace.authorizer(), clock);
    certificate::CertificateService certificates(db, workspace.audit(), workspace.authorizer(),
                                                 clock);
    const QDate today = clock.todayInJapan();
    const QList<security::Scope> ledgers =
        options.ledgers.isEmpty() ? security::allScopes() : options.ledgers;
    for (qsizetype l = 0; l < ledgers.size(); ++l) {
        const security::Scope ledger = ledgers.at(l);
        const intake::ProcedureKind* procedure = nullptr;
        for (const intake::ProcedureKind& kind : intake::ProcedureCatalog::builtIn().procedures())
            if (!procedure && kind.scope == ledger && !kind.code.contains(QStringLiteral("child")))
                procedure = &kind;
        if (!procedure)
            continue;
        // Adults without a decision in this ledger, a different slice of the registry per
        // ledger.
        QSqlQuery persons(db);
        persons.prepare(QStringLiteral(
            "SELECT id FROM person p WHERE merged_into IS NULL AND birth_date <= ? AND NOT "
            "EXISTS (SELECT 1 FROM decision d WHERE d.person_id = p.id AND d.ledger_scope = ?) "
            "ORDER BY atena_number LIMIT ? OFFSET ?"));
        persons.addBindValue(today.addYears(-18).toString(Qt::ISODate));
        persons.addBindValue(security::scopeCode(ledger));
        persons.addBindValue(perLedger);
        persons.addBindValue(options.ledgers.isEmpty() ? perLedger * l : 0);
        if (!persons.exec())
            return Error{ErrorCode::Sql, DemoCertificates::tr("The persons could not be read.")};
        QStringList ids;
        while (persons.next())
            ids << persons.value(0).toString();
        for (int n = 0; n < ids.size(); ++n) {
            intake::IntakeRequest request;
            request.procedureCode = procedure->code;
            request.personId = ids.at(n);
            request.receivedOn = today.addDays(-30);
            for (const intake::FieldSpec& field : procedure->fields)
                if (field.required)
                    request.fields.insert(field.code, demoFieldValue(field));
            for (const intake::AttachmentSpec& attachment : procedure->attachments)
                request.attachments << attachment.code;
            auto taken = intake.submit(clerk.value(), request);
            if (!taken)
                return taken.error();
            decision::DecisionDraft draft;
            draft.kind = decision::DecisionKind::Grant;
            draft.inputs = demoInputs(ledger, n);
            draft.ruleVersion = QStringLiteral("demo");
            static const QStringList incomes{QStringLiteral("low_income"),
                                             QStringLiteral("general_1"),
                                             QStringLiteral("general_2")};
            draft.evaluation =
                QJsonObject{{QStringLiteral("income_category"), incomes.at(n % incomes.size())}};
            // Periods that started up to ~11 months ago: some end within a month (renewals).
            draft.validFrom = today.addDays(-(n * 37) % 340);
            draft.validTo = draft.validFrom.addYears(1).addDays(-1);
            static const QList<qint64> caps{0, 4600, 9300, 37200};
            draft.monthlyCap =
                ledger == security::Scope::MedicalPsychiatric ||
                        ledger == security::Scope::MedicalRehabilitation
                    ? std::optional<qint64>(QList<qint64>{2500, 5000, 10000}.at(n % 3))
                    : std::optional<qint64>(caps.at(n % caps.size()));
            auto drafted = decisions.draft(reviewer.value(), taken->applicationId, draft);
            if (!drafted)
                return drafted.error();
            if (auto sent = decisions.sendForApproval(reviewer.value(), drafted.value()); !sent)
                return sent.error();
            if (Status approved = decisions.approve(approver.value(), drafted.value()); !approved)
                return approved.error();
            ++made.decisions;
            auto issued =
                certificates.request(clerk.value(), workspace.database(), ledger, ids.at(n),
                                     certificate::CertificateService::kindsOf(ledger).constFirst());
            if (!issued)
                return issued.error();
            ++made.certificates;
            if (options.progress)
                options.progress(made.certificates);
        }
    }
    if (!transaction.commit())
        return Error{ErrorCode::Sql, DemoCertificates::tr("The demo data could not be saved.")};
    return made;
}

} // namespace madoguchi::certificate
