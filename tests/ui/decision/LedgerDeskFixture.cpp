// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerDeskFixture.h"

#include "IntakeTestSupport.h"
#include "decision/DecisionService.h"
#include "intake/IntakeService.h"
#include "intake/NumberBlocks.h"
#include "intake/ProcedureCatalog.h"
#include "ledger/RecipientNumbers.h"

#include <QJsonArray>

namespace madoguchi::test {

namespace {

decision::DecisionService decisions(Workspace& workspace)
{
    return decision::DecisionService(workspace.database().connection(), workspace.audit(),
                                     workspace.authorizer(), workspace.clock());
}

const intake::ProcedureKind* procedureOf(security::Scope scope)
{
    for (const intake::ProcedureKind& kind : intake::ProcedureCatalog::builtIn().procedures()) {
        if (kind.scope == scope && !kind.code.contains(QStringLiteral("child")))
            return &kind;
    }
    return nullptr;
}

} // namespace

LedgerDesk::LedgerDesk()
{
    using security::Role;
    const QList<security::Scope> all = security::allScopes();
    reviewer = desk.signInAs(QStringLiteral("reviewer"), {Role::Reviewer}, all);
    approver = desk.signInAs(QStringLiteral("approver"), {Role::Approver}, all);
    welfareClerk =
        desk.signInAs(QStringLiteral("wclerk"), {Role::Clerk}, {security::Scope::WelfareService});

    // Numbers come from blocks an administrator leases (as sync would from the centre).
    Workspace& admin = *office().admin;
    ledger::RecipientNumbers numbers(admin.database().connection(), QStringLiteral("LA0A0A0-"),
                                     admin.authorizer(), office().clock);
    int ledgerIndex = 0;
    for (security::Scope scope : all) {
        ++ledgerIndex;
        auto bodies = numbers.leaseBlock(
            admin.session(), ledger::RecipientNumberKind::RecipientNumber, scope,
            QStringLiteral("%1").arg(ledgerIndex), 1, 999, intake::BlockOrigin::Central);
        INFO(bodies.message().toStdString());
        REQUIRE(bodies.ok());
        auto certificates = numbers.leaseBlock(
            admin.session(), ledger::RecipientNumberKind::CertificateNumber, scope,
            QStringLiteral("13%1").arg(ledgerIndex), 1, 9999, intake::BlockOrigin::Central);
        INFO(certificates.message().toStdString());
        REQUIRE(certificates.ok());
    }
}

QString LedgerDesk::person(const QString& familyName, const QString& givenName,
                           const QString& familyKana, const QString& givenKana)
{
    return desk.addPerson(familyName, givenName, familyKana, givenKana, QDate(1980, 4, 1));
}

QString LedgerDesk::application(const QString& personId, security::Scope scope)
{
    const intake::ProcedureKind* procedure = procedureOf(scope);
    REQUIRE(procedure);
    intake::IntakeService intake(clerk().database().connection(), clerk().audit(),
                                 clerk().authorizer(), office().clock);
    intake::IntakeRequest request;
    request.procedureCode = procedure->code;
    request.personId = personId;
    request.receivedOn = QDate(2025, 7, 1).addDays(++applications % 15);
    request.fields = requiredValues(*procedure);
    request.attachments = allAttachments(*procedure);
    auto taken = intake.submit(clerk().session(), request);
    INFO(taken.message().toStdString());
    REQUIRE(taken.ok());
    return taken->applicationId;
}

QString LedgerDesk::decide(const QString& applicationId, const decision::DecisionDraft& draft)
{
    auto drafting = decisions(*reviewer);
    auto drafted = drafting.draft(reviewer->session(), applicationId, draft);
    INFO(drafted.message().toStdString());
    REQUIRE(drafted.ok());
    auto sent = drafting.sendForApproval(reviewer->session(), drafted.value());
    INFO(sent.message().toStdString());
    REQUIRE(sent.ok());
    auto approving = decisions(*approver);
    Status approved = approving.approve(approver->session(), drafted.value());
    INFO(approved.message().toStdString());
    REQUIRE(approved.ok());
    return drafted.value();
}

QString LedgerDesk::grant(const QString& personId, security::Scope scope, QDate from, QDate to,
                          std::optional<qint64> cap)
{
    decision::DecisionDraft draft;
    draft.kind = decision::DecisionKind::Grant;
    draft.validFrom = from;
    draft.validTo = to;
    draft.monthlyCap = cap;
    draft.ruleVersion = QStringLiteral("test-2025-04");
    draft.evaluation = QJsonObject{
        {QStringLiteral("eligible"), true},
        {QStringLiteral("explanation"), QJsonArray{QStringLiteral("fixture decision")}}};
    return decide(application(personId, scope), draft);
}

QString LedgerDesk::reject(const QString& personId, security::Scope scope)
{
    decision::DecisionDraft draft;
    draft.kind = decision::DecisionKind::Reject;
    draft.reason = QStringLiteral("対象外");
    draft.ruleVersion = QStringLiteral("test-2025-04");
    return decide(application(personId, scope), draft);
}

QString LedgerDesk::cancel(const QString& decisionId)
{
    auto reading = decisions(*approver);
    auto granted = reading.find(approver->session(), decisionId);
    INFO(granted.message().toStdString());
    REQUIRE(granted.ok());
    decision::DecisionDraft draft;
    draft.kind = decision::DecisionKind::Cancel;
    draft.refersTo = decisionId;
    draft.reason = QStringLiteral("転出");
    draft.ruleVersion = granted->ruleVersion;
    return decide(granted->applicationId, draft);
}

QString LedgerDesk::change(const QString& decisionId, std::optional<qint64> cap)
{
    auto reading = decisions(*approver);
    auto granted = reading.find(approver->session(), decisionId);
    INFO(granted.message().toStdString());
    REQUIRE(granted.ok());
    decision::DecisionDraft draft;
    draft.kind = decision::DecisionKind::Change;
    draft.refersTo = decisionId;
    draft.validFrom = granted->validFrom;
    draft.validTo = granted->validTo;
    draft.monthlyCap = cap;
    draft.ruleVersion = granted->ruleVersion;
    draft.evaluation = granted->evaluation;
    return decide(granted->applicationId, draft);
}

} // namespace madoguchi::test
