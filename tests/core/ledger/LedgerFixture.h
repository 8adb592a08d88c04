// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An office with the people a ledger needs: a clerk, a reviewer, an approver, an auditor and a
// clerk limited to the welfare-service scope; applications per ledger and decisions approved
// through the real services.

#include "IntakeTestSupport.h"
#include "WorkspaceFixture.h"
#include "decision/DecisionService.h"
#include "intake/IntakeService.h"
#include "ledger/LedgerBook.h"
#include "ledger/LedgerState.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

#include <memory>

namespace madoguchi::test {

/// One signed-in person with the services on their own connection.
struct LedgerDesk
{
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<intake::IntakeService> intake;
    std::unique_ptr<decision::DecisionService> decisions;
    std::unique_ptr<ledger::LedgerBook> book;
    std::unique_ptr<ledger::LedgerState> state;

    const security::Session& session() const { return workspace->session(); }
};

struct LedgerOffice
{
    Office office;
    LedgerDesk clerk;
    LedgerDesk reviewer;
    LedgerDesk approver;
    LedgerDesk auditor;
    LedgerDesk welfareClerk; // clerk in welfare_service only
    int persons = 0;

    explicit LedgerOffice(bool leaseBlocks = true)
    {
        using security::Role;
        const QList<security::Scope> all = security::allScopes();
        office.addAccount(QStringLiteral("clerk"), QStringLiteral("窓口 一"), {Role::Clerk}, all);
        office.addAccount(QStringLiteral("reviewer"), QStringLiteral("審査 二"), {Role::Reviewer},
                          all);
        office.addAccount(QStringLiteral("approver"), QStringLiteral("決裁 三"), {Role::Approver},
                          all);
        office.addAccount(QStringLiteral("auditor"), QStringLiteral("監査 四"), {Role::Auditor},
                          all);
        office.addAccount(QStringLiteral("wclerk"), QStringLiteral("窓口 五"), {Role::Clerk},
                          {security::Scope::WelfareService});
        clerk = desk(QStringLiteral("clerk"));
        reviewer = desk(QStringLiteral("reviewer"));
        approver = desk(QStringLiteral("approver"));
        auditor = desk(QStringLiteral("auditor"));
        welfareClerk = desk(QStringLiteral("wclerk"));
        if (leaseBlocks)
            office.leaseRecipientBlocks();
    }

    LedgerDesk desk(const QString& login)
    {
        auto signedIn = office.signIn(login);
        INFO(signedIn.message().toStdString());
        REQUIRE(signedIn.ok());
        LedgerDesk d;
        d.workspace = std::move(signedIn).value();
        auto connection = d.workspace->database().connection();
        auto& audit = d.workspace->audit();
        auto& authorizer = d.workspace->authorizer();
        d.intake =
            std::make_unique<intake::IntakeService>(connection, audit, authorizer, office.clock);
        d.decisions = std::make_unique<decision::DecisionService>(connection, audit, authorizer,
                                                                  office.clock);
        d.book = std::make_unique<ledger::LedgerBook>(connection, audit, authorizer, office.clock);
        d.state =
            std::make_unique<ledger::LedgerState>(connection, audit, authorizer, office.clock);
        return d;
    }

    static const intake::ProcedureKind* procedureOf(security::Scope scope)
    {
        for (const intake::ProcedureKind& kind : intake::ProcedureCatalog::builtIn().procedures())
            if (kind.scope == scope && !kind.code.contains(QStringLiteral("child")))
                return &kind;
        return nullptr;
    }

    QString newPerson()
    {
        return addPerson(*clerk.workspace,
                         QStringLiteral("00000004%1").arg(++persons, 4, 10, QChar(u'0')));
    }

    /// An application of person in the ledger, as the clerk takes it.
    QString application(const QString& person,
                        security::Scope scope = security::Scope::MedicalPsychiatric)
    {
        const intake::ProcedureKind* procedure = procedureOf(scope);
        REQUIRE(procedure);
        intake::IntakeRequest request;
        request.procedureCode = procedure->code;
        request.personId = person;
        request.receivedOn = QDate(2025, 7, 18);
        request.fields = requiredValues(*procedure);
        request.attachments = allAttachments(*procedure);
        auto taken = clerk.intake->submit(clerk.session(), request);
        INFO(taken.message().toStdString());
        REQUIRE(taken.ok());
        return taken->applicationId;
    }

    /// Drafted by the reviewer and sent for approval; returns the decision id.
    QString sent(const QString& applicationId, const decision::DecisionDraft& draft)
    {
        auto id = reviewer.decisions->draft(reviewer.session(), applicationId, draft);
        INFO(id.message().toStdString());
        REQUIRE(id.ok());
        auto request = reviewer.decisions->sendForApproval(reviewer.session(), id.value());
        INFO(request.message().toStdString());
        REQUIRE(request.ok());
        return id.value();
    }

    /// Drafted, sent and approved; the clock moves one second on, so approvals are ordered.
    QString approved(const QString& applicationId, const decision::DecisionDraft& draft)
    {
        const QString id = sent(applicationId, draft);
        Status done = approver.decisions->approve(approver.session(), id);
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
        office.clock.advanceMs(1000);
        return id;
    }

    int count(const QString& sql) { return test::count(*clerk.workspace, sql); }
};

inline decision::DecisionDraft grantDraft(QDate from, QDate to, qint64 cap = 5000)
{
    decision::DecisionDraft draft;
    draft.kind = decision::DecisionKind::Grant;
    draft.inputs = QJsonObject{{QStringLiteral("household"), QJsonArray{}}};
    draft.ruleVersion = QStringLiteral("rules-2025-04-01");
    draft.evaluation = QJsonObject{{QStringLiteral("monthly_cap"), double(cap)}};
    draft.validFrom = from;
    draft.validTo = to;
    draft.monthlyCap = cap;
    return draft;
}

inline decision::DecisionDraft followUpDraft(decision::DecisionKind kind, const QString& refersTo,
                                             QDate from = QDate(2025, 8, 1),
                                             QDate to = QDate(2026, 7, 31), qint64 cap = 10000)
{
    decision::DecisionDraft draft = grantDraft(from, to, cap);
    draft.kind = kind;
    draft.refersTo = refersTo;
    if (kind == decision::DecisionKind::Cancel || kind == decision::DecisionKind::Reject) {
        draft.validFrom = {};
        draft.validTo = {};
        draft.monthlyCap.reset();
        draft.reason = QStringLiteral("転出");
    }
    return draft;
}

} // namespace madoguchi::test
