// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions through the core service: maker-checker approval, immutability once approved, the
// ledger entry and application status approval brings, follow-up decisions, scopes and the
// renewal list.
#include "decision/DecisionService.h"
#include "IntakeTestSupport.h"
#include "WorkspaceFixture.h"
#include "intake/IntakeService.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::decision;
using namespace madoguchi::intake;
using namespace madoguchi::security;
using test::Office;

namespace {

const QList<Scope> kAllScopes{Scope::WelfareService, Scope::MedicalRehabilitation,
                              Scope::MedicalPsychiatric, Scope::Devices};

/// One signed-in person with the services on their own connection.
struct Desk
{
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<IntakeService> intake;
    std::unique_ptr<DecisionService> decisions;

    const Session& session() const { return workspace->session(); }
};

/// An office with a clerk, two reviewers (one also an approver), an approver, and approvers and
/// reviewers limited to the welfare-service scope.
struct Division
{
    Office office;
    Desk clerk;
    Desk reviewer;
    Desk reviewerApprover;
    Desk approver;
    Desk welfareReviewer;
    Desk welfareApprover;
    const ProcedureKind* kind = nullptr; // a 更生医療 procedure (medical_rehabilitation)
    int persons = 0;

    Division()
    {
        office.addAccount(QStringLiteral("clerk"), QStringLiteral("窓口 一"), {Role::Clerk},
                          kAllScopes);
        office.addAccount(QStringLiteral("reviewer"), QStringLiteral("審査 二"), {Role::Reviewer},
                          kAllScopes);
        office.addAccount(QStringLiteral("both"), QStringLiteral("審査 三"),
                          {Role::Reviewer, Role::Approver}, kAllScopes);
        office.addAccount(QStringLiteral("approver"), QStringLiteral("決裁 四"), {Role::Approver},
                          kAllScopes);
        office.addAccount(QStringLiteral("wreviewer"), QStringLiteral("審査 五"), {Role::Reviewer},
                          {Scope::WelfareService});
        office.addAccount(QStringLiteral("wapprover"), QStringLiteral("決裁 六"), {Role::Approver},
                          {Scope::WelfareService});
        clerk = desk(QStringLiteral("clerk"));
        reviewer = desk(QStringLiteral("reviewer"));
        reviewerApprover = desk(QStringLiteral("both"));
        approver = desk(QStringLiteral("approver"));
        welfareReviewer = desk(QStringLiteral("wreviewer"));
        welfareApprover = desk(QStringLiteral("wapprover"));
        office.leaseRecipientBlocks();
        kind = clerk.intake->catalog().find(QStringLiteral("rehabilitation_medical_new"));
        REQUIRE(kind);
        REQUIRE(kind->scope == Scope::MedicalRehabilitation);
    }

    Desk desk(const QString& login)
    {
        auto signedIn = office.signIn(login);
        INFO(signedIn.message().toStdString());
        REQUIRE(signedIn.ok());
        Desk d;
        d.workspace = std::move(signedIn).value();
        auto connection = d.workspace->database().connection();
        d.intake = std::make_unique<IntakeService>(connection, d.workspace->audit(),
                                                   d.workspace->authorizer(), office.clock);
        d.decisions = std::make_unique<DecisionService>(connection, d.workspace->audit(),
                                                        d.workspace->authorizer(), office.clock);
        return d;
    }

    /// A new person and an application of theirs, as the clerk takes it.
    QString application(const ProcedureKind* procedure = nullptr)
    {
        if (!procedure)
            procedure = kind;
        const QString person = test::addPerson(
            *clerk.workspace, QStringLiteral("0000000002%1").arg(++persons, 2, 10, QChar(u'0')));
        IntakeRequest request;
        request.procedureCode = procedure->code;
        request.personId = person;
        request.receivedOn = QDate(2025, 7, 18);
        request.fields = test::requiredValues(*procedure);
        request.attachments = test::allAttachments(*procedure);
        auto taken = clerk.intake->submit(clerk.session(), request);
        INFO(taken.message().toStdString());
        REQUIRE(taken.ok());
        return taken->applicationId;
    }

    ApplicationStatus statusOf(const QString& applicationId)
    {
        auto application = clerk.intake->application(clerk.session(), applicationId);
        REQUIRE(application.ok());
        return application->status;
    }

    int count(const QString& sql) { return test::count(*clerk.workspace, sql); }

    /// Drafted by the reviewer, sent, approved by the approver; returns the decision id.
    QString approved(const QString& applicationId, const DecisionDraft& draft)
    {
        auto id = reviewer.decisions->draft(reviewer.session(), applicationId, draft);
        INFO(id.message().toStdString());
        REQUIRE(id.ok());
        auto sent = reviewer.decisions->sendForApproval(reviewer.session(), id.value());
        INFO(sent.message().toStdString());
        REQUIRE(sent.ok());
        Status done = approver.decisions->approve(approver.session(), id.value());
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
        return id.value();
    }
};

DecisionDraft grant(QDate from = QDate(2025, 8, 1), QDate to = QDate(2026, 7, 31))
{
    DecisionDraft draft;
    draft.kind = DecisionKind::Grant;
    draft.inputs =
        QJsonObject{{QStringLiteral("household"),
                     QJsonArray{QJsonObject{{QStringLiteral("relation"), QStringLiteral("self")},
                                            {QStringLiteral("income_levy"), 120000}}}}};
    draft.ruleVersion = QStringLiteral("rules-2025-04-01");
    draft.evaluation = QJsonObject{{QStringLiteral("income_category"), QStringLiteral("middle_1")},
                                   {QStringLiteral("monthly_cap"), 5000}};
    draft.validFrom = from;
    draft.validTo = to;
    draft.monthlyCap = 5000;
    return draft;
}

DecisionDraft followUp(DecisionKind kind, const QString& refersTo)
{
    DecisionDraft draft = grant();
    draft.kind = kind;
    draft.refersTo = refersTo;
    if (kind == DecisionKind::Change)
        draft.monthlyCap = 10000;
    if (kind == DecisionKind::Cancel) {
        draft.validFrom = {};
        draft.validTo = {};
        draft.monthlyCap.reset();
        draft.reason = QStringLiteral("転出");
    }
    return draft;
}

} // namespace

TEST_CASE("A decision cannot be approved by its drafter", "[decision][approve]")
{
    Division division;
    const QString application = division.application();
    Desk& both = division.reviewerApprover;
    auto id = both.decisions->draft(both.session(), application, grant());
    REQUIRE(id.ok());
    // Not sent for approval yet: nobody approves it.
    CHECK(division.approver.decisions->approve(division.approver.session(), id.value()).code() ==
          ErrorCode::InvalidInput);
    REQUIRE(both.decisions->sendForApproval(both.session(), id.value()).ok());
    CHECK(division.statusOf(application) == ApplicationStatus::AwaitingDecision);
    CHECK(both.decisions->sendForApproval(both.session(), id.value()).code() ==
          ErrorCode::Conflict);

    // The drafter holds decision.approve in the scope, and is still refused.
    Status own = both.decisions->approve(both.session(), id.value());
    CHECK(own.code() == ErrorCode::PermissionDenied);
    auto stored = division.approver.decisions->find(division.approver.session(), id.value());
    REQUIRE(stored.ok());
    CHECK(stored->state == DecisionState::AwaitingApproval);
    CHECK(stored->approvedBy.isEmpty());
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM ledger_entry")) == 0);
    CHECK(division.count(
              QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'permission.denied' AND "
                             "object_type = 'decision'")) >= 1);
    CHECK(division.statusOf(application) == ApplicationStatus::AwaitingDecision);

    // A different person with decision.approve approves it, once.
    REQUIRE(division.approver.decisions->approve(division.approver.session(), id.value()).ok());
    CHECK(division.approver.decisions->approve(division.approver.session(), id.value()).code() ==
          ErrorCode::Conflict);
    stored = division.approver.decisions->find(division.approver.session(), id.value());
    REQUIRE(stored.ok());
    CHECK(stored->state == DecisionState::Approved);
    CHECK(stored->approvedBy == division.approver.session().accountId);
    CHECK(stored->draftedBy == both.session().accountId);
}

TEST_CASE("Approval appends one ledger entry and decides the application", "[decision][approve]")
{
    Division division;
    const QString application = division.application();
    CHECK(division.statusOf(application) == ApplicationStatus::Received);
    auto id = division.reviewer.decisions->draft(division.reviewer.session(), application, grant());
    REQUIRE(id.ok());
    CHECK(division.statusOf(application) == ApplicationStatus::Reviewing);
    REQUIRE(
        division.reviewer.decisions->sendForApproval(division.reviewer.session(), id.value()).ok());
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM ledger_entry")) == 0);
    auto queue = division.approver.decisions->awaitingApproval(division.approver.session(),
                                                               Scope::MedicalRehabilitation);
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().id == id.value());

    REQUIRE(division.approver.decisions->approve(division.approver.session(), id.value()).ok());
    CHECK(division.statusOf(application) == ApplicationStatus::Decided);
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM ledger_entry")) == 1);
    auto stored = division.approver.decisions->find(division.approver.session(), id.value());
    REQUIRE(stored.ok());
    QSqlQuery query(division.clerk.workspace->database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT id, ledger, person_id, kind, payload, recorded_by "
                                      "FROM ledger_entry")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == stored->ledgerEntryId);
    CHECK(query.value(1).toString() == QStringLiteral("medical_rehabilitation"));
    CHECK(query.value(2).toString() == stored->personId);
    CHECK(query.value(3).toString() == QStringLiteral("decision"));
    CHECK(query.value(4).toString().contains(id.value()));
    CHECK(query.value(4).toString().contains(QStringLiteral("\"valid_to\":\"2026-07-31\"")));
    CHECK(query.value(5).toString() == division.approver.session().accountId);
    query.finish(); // end the read, so this connection sees later writes
    CHECK(division.approver.decisions
              ->awaitingApproval(division.approver.session(), Scope::MedicalRehabilitation)
              ->isEmpty());

    // A rejection: the application is rejected, and one more entry records it.
    const QString second = division.application();
    DecisionDraft reject;
    reject.kind = DecisionKind::Reject;
    reject.ruleVersion = QStringLiteral("rules-2025-04-01");
    reject.reason = QStringLiteral("対象となる医療ではない");
    division.approved(second, reject);
    CHECK(division.statusOf(second) == ApplicationStatus::Rejected);
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM ledger_entry")) == 2);
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM ledger_entry WHERE payload LIKE "
                                        "'%\"decision_kind\":\"reject\"%'")) == 1);
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                        "'approval.approve' AND object_id = '%1'")
                             .arg(id.value())) == 1);

    // An application withdrawn (取下げ) while its decision waited: the approval is refused.
    const QString third = division.application();
    auto waiting = division.reviewer.decisions->draft(division.reviewer.session(), third, grant());
    REQUIRE(waiting.ok());
    REQUIRE(
        division.reviewer.decisions->sendForApproval(division.reviewer.session(), waiting.value())
            .ok());
    REQUIRE(division.clerk.intake
                ->changeStatus(division.clerk.session(), third, ApplicationStatus::Withdrawn)
                .ok());
    CHECK(
        division.approver.decisions->approve(division.approver.session(), waiting.value()).code() ==
        ErrorCode::InvalidInput);
    CHECK(division.approver.decisions->find(division.approver.session(), waiting.value())->state ==
          DecisionState::AwaitingApproval);
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM ledger_entry")) == 2);
}

TEST_CASE("An approved decision cannot be edited, by the service or by raw SQL",
          "[decision][immutable]")
{
    Division division;
    Desk& reviewer = division.reviewer;
    const QString application = division.application();
    auto id = reviewer.decisions->draft(reviewer.session(), application, grant());
    REQUIRE(id.ok());
    // A draft can be edited.
    DecisionDraft edited = grant();
    edited.monthlyCap = 2500;
    REQUIRE(reviewer.decisions->edit(reviewer.session(), id.value(), edited).ok());
    CHECK(reviewer.decisions->find(reviewer.session(), id.value())->monthlyCap == 2500);
    // Once sent, not any more.
    REQUIRE(reviewer.decisions->sendForApproval(reviewer.session(), id.value()).ok());
    CHECK(reviewer.decisions->edit(reviewer.session(), id.value(), grant()).code() ==
          ErrorCode::Conflict);
    REQUIRE(division.approver.decisions->approve(division.approver.session(), id.value()).ok());
    auto before = reviewer.decisions->find(reviewer.session(), id.value());
    REQUIRE(before.ok());

    Status refused = reviewer.decisions->edit(reviewer.session(), id.value(), grant());
    CHECK(refused.code() == ErrorCode::Conflict);
    CHECK(refused.message().contains(QStringLiteral("approved")));

    QSqlQuery query(division.clerk.workspace->database().connection());
    CHECK_FALSE(query.exec(
        QStringLiteral("UPDATE decision SET monthly_cap = 0 WHERE id = '%1'").arg(id.value())));
    CHECK_FALSE(query.exec(
        QStringLiteral("UPDATE decision SET state = 'draft' WHERE id = '%1'").arg(id.value())));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM decision WHERE id = '%1'").arg(id.value())));
    auto after = reviewer.decisions->find(reviewer.session(), id.value());
    REQUIRE(after.ok());
    CHECK(after->monthlyCap == 2500);
    CHECK(after->version == before->version);
    CHECK(after->state == DecisionState::Approved);
}

TEST_CASE("A change decision refers to the old one, which stays unchanged", "[decision][followup]")
{
    Division division;
    Desk& reviewer = division.reviewer;
    const QString application = division.application();
    const QString original = division.approved(application, grant());
    auto before = reviewer.decisions->find(reviewer.session(), original);
    REQUIRE(before.ok());

    // A change must name what it changes.
    CHECK(reviewer.decisions
              ->draft(reviewer.session(), application, followUp(DecisionKind::Change, {}))
              .code() == ErrorCode::InvalidInput);
    CHECK(reviewer.decisions
              ->draft(reviewer.session(), application,
                      followUp(DecisionKind::Change, QStringLiteral("no-such-decision")))
              .code() == ErrorCode::InvalidInput);
    // Final (本支給決定) refers to a provisional decision only.
    CHECK(reviewer.decisions
              ->draft(reviewer.session(), application, followUp(DecisionKind::Final, original))
              .code() == ErrorCode::InvalidInput);
    // Another person's decision cannot be referred to.
    const QString other = division.application();
    CHECK(reviewer.decisions
              ->draft(reviewer.session(), other, followUp(DecisionKind::Change, original))
              .code() == ErrorCode::InvalidInput);

    const QString change = division.approved(application, followUp(DecisionKind::Change, original));
    auto after = reviewer.decisions->find(reviewer.session(), original);
    REQUIRE(after.ok());
    CHECK(after->version == before->version);
    CHECK(after->monthlyCap == 5000);
    CHECK(after->state == DecisionState::Approved);
    CHECK(after->ledgerEntryId == before->ledgerEntryId);
    auto changed = reviewer.decisions->find(reviewer.session(), change);
    REQUIRE(changed.ok());
    CHECK(changed->refersTo == original);
    CHECK(changed->monthlyCap == 10000);
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM ledger_entry WHERE kind = 'change' "
                                        "AND payload LIKE '%%1%'")
                             .arg(original)) == 1);
    CHECK(division.statusOf(application) == ApplicationStatus::Decided);

    // The original was superseded: a follow-up refers to the current decision.
    CHECK(reviewer.decisions
              ->draft(reviewer.session(), application, followUp(DecisionKind::Change, original))
              .code() == ErrorCode::InvalidInput);
    const QString cancel = division.approved(application, followUp(DecisionKind::Cancel, change));
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM ledger_entry WHERE kind = "
                                        "'cancellation'")) == 1);
    CHECK(reviewer.decisions->find(reviewer.session(), change)->version == changed->version);
    // Nothing follows a cancellation.
    CHECK(reviewer.decisions
              ->draft(reviewer.session(), application, followUp(DecisionKind::Change, cancel))
              .code() == ErrorCode::InvalidInput);

    // 暫定支給決定 then 本支給決定.
    const QString third = division.application();
    DecisionDraft provisional = grant(QDate(2025, 8, 1), QDate(2025, 9, 30));
    provisional.kind = DecisionKind::Provisional;
    const QString provisionalId = division.approved(third, provisional);
    const QString finalId = division.approved(third, followUp(DecisionKind::Final, provisionalId));
    CHECK(reviewer.decisions->find(reviewer.session(), finalId)->refersTo == provisionalId);
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM ledger_entry")) == 5);
}

TEST_CASE("A rejection and a cancellation need a reason", "[decision][draft]")
{
    Division division;
    Desk& reviewer = division.reviewer;
    const QString application = division.application();
    DecisionDraft reject;
    reject.kind = DecisionKind::Reject;
    reject.ruleVersion = QStringLiteral("rules-2025-04-01");
    for (const QString& reason : {QString(), QStringLiteral("   ")}) {
        reject.reason = reason;
        auto refused = reviewer.decisions->draft(reviewer.session(), application, reject);
        CHECK(refused.code() == ErrorCode::InvalidInput);
        CHECK(refused.message().contains(QStringLiteral("reason")));
    }
    const QString original = division.approved(division.application(), grant());
    DecisionDraft cancel = followUp(DecisionKind::Cancel, original);
    cancel.reason.clear();
    CHECK(reviewer.decisions->draft(reviewer.session(), application, cancel).code() ==
          ErrorCode::InvalidInput);
    // A grant needs its validity period, in order.
    DecisionDraft noPeriod = grant();
    noPeriod.validTo = {};
    CHECK(reviewer.decisions->draft(reviewer.session(), application, noPeriod).code() ==
          ErrorCode::InvalidInput);
    CHECK(reviewer.decisions
              ->draft(reviewer.session(), application, grant(QDate(2025, 8, 1), QDate(2025, 7, 31)))
              .code() == ErrorCode::InvalidInput);
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM decision")) == 1);
    CHECK(division.statusOf(application) == ApplicationStatus::Received);

    reject.reason = QStringLiteral("要件に該当しない");
    auto drafted = reviewer.decisions->draft(reviewer.session(), application, reject);
    REQUIRE(drafted.ok());
    CHECK(reviewer.decisions->find(reviewer.session(), drafted.value())->reason == reject.reason);
}

TEST_CASE("Drafting and approving need the permission in the application's scope",
          "[decision][permissions]")
{
    Division division;
    const QString application = division.application(); // medical_rehabilitation
    // The clerk and an approver do not draft; a reviewer of another scope does not either.
    CHECK(division.clerk.decisions->draft(division.clerk.session(), application, grant()).code() ==
          ErrorCode::PermissionDenied);
    CHECK(division.approver.decisions->draft(division.approver.session(), application, grant())
              .code() == ErrorCode::PermissionDenied);
    CHECK(division.welfareReviewer.decisions
              ->draft(division.welfareReviewer.session(), application, grant())
              .code() == ErrorCode::PermissionDenied);
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM decision")) == 0);
    CHECK(division.statusOf(application) == ApplicationStatus::Received);

    auto id = division.reviewer.decisions->draft(division.reviewer.session(), application, grant());
    REQUIRE(id.ok());
    CHECK(division.welfareReviewer.decisions
              ->sendForApproval(division.welfareReviewer.session(), id.value())
              .code() == ErrorCode::PermissionDenied);
    REQUIRE(
        division.reviewer.decisions->sendForApproval(division.reviewer.session(), id.value()).ok());
    // Approvers of another scope, and reviewers, do not approve.
    CHECK(
        division.welfareApprover.decisions->approve(division.welfareApprover.session(), id.value())
            .code() == ErrorCode::PermissionDenied);
    CHECK(division.clerk.decisions->approve(division.clerk.session(), id.value()).code() ==
          ErrorCode::PermissionDenied);
    CHECK(division.welfareApprover.decisions
              ->awaitingApproval(division.welfareApprover.session(), Scope::MedicalRehabilitation)
              .code() == ErrorCode::PermissionDenied);
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM ledger_entry")) == 0);
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                        "'permission.denied'")) >= 6);
    REQUIRE(division.approver.decisions->approve(division.approver.session(), id.value()).ok());

    // A welfare-scope pair decides a welfare application.
    const ProcedureKind* welfare = nullptr;
    for (const ProcedureKind& procedure : division.clerk.intake->catalog().procedures()) {
        if (procedure.scope == Scope::WelfareService) {
            welfare = &procedure;
            break;
        }
    }
    REQUIRE(welfare);
    const QString welfareApplication = division.application(welfare);
    auto welfareId = division.welfareReviewer.decisions->draft(division.welfareReviewer.session(),
                                                               welfareApplication, grant());
    REQUIRE(welfareId.ok());
    REQUIRE(division.welfareReviewer.decisions
                ->sendForApproval(division.welfareReviewer.session(), welfareId.value())
                .ok());
    REQUIRE(division.welfareApprover.decisions
                ->approve(division.welfareApprover.session(), welfareId.value())
                .ok());
    CHECK(division.count(QStringLiteral("SELECT count(*) FROM ledger_entry WHERE ledger = "
                                        "'welfare_service'")) == 1);
}

TEST_CASE("The renewal list holds current decisions ending within N days, both ends included",
          "[decision][renewal]")
{
    Division division;
    // The office clock stands at 2025-07-18 in Japan.
    const QDate today(2025, 7, 18);
    REQUIRE(division.office.clock.todayInJapan() == today);
    auto grantEnding = [&](int days) {
        return division.approved(division.application(),
                                 grant(QDate(2024, 8, 1), today.addDays(days)));
    };
    const QString endsToday = grantEnding(0);
    const QString ends29 = grantEnding(29);
    const QString ends30 = grantEnding(30);
    const QString ends31 = grantEnding(31);
    const QString endedYesterday = grantEnding(-1);
    // Superseded by a change that ends later: only the change counts.
    const QString superseded = grantEnding(10);
    auto changeDraft = followUp(DecisionKind::Change, superseded);
    changeDraft.validFrom = QDate(2025, 7, 1);
    changeDraft.validTo = today.addDays(20);
    auto supersededDecision =
        division.reviewer.decisions->find(division.reviewer.session(), superseded);
    REQUIRE(supersededDecision.ok());
    const QString change = division.approved(supersededDecision->applicationId, changeDraft);
    // Cancelled: not a recipient any more.
    const QString cancelled = grantEnding(5);
    auto cancelledDecision =
        division.reviewer.decisions->find(division.reviewer.session(), cancelled);
    REQUIRE(cancelledDecision.ok());
    division.approved(cancelledDecision->applicationId, followUp(DecisionKind::Cancel, cancelled));
    // Drafted but not approved: not listed.
    REQUIRE(division.reviewer.decisions
                ->draft(division.reviewer.session(), division.application(),
                        grant(QDate(2024, 8, 1), today.addDays(3)))
                .ok());

    const Session& clerk = division.clerk.session();
    auto list = division.clerk.decisions->renewalList(clerk, Scope::MedicalRehabilitation, 30);
    INFO(list.message().toStdString());
    REQUIRE(list.ok());
    QStringList ids;
    for (const RenewalItem& item : list.value())
        ids << item.decisionId;
    CHECK(ids == QStringList{endsToday, change, ends29, ends30});
    REQUIRE(list->size() == 4);
    CHECK(list->at(0).daysLeft == 0);
    CHECK(list->at(1).daysLeft == 20);
    CHECK(list->at(3).daysLeft == 30);
    CHECK(list->at(3).validTo == QDate(2025, 8, 17));
    CHECK_FALSE(ids.contains(ends31));
    CHECK_FALSE(ids.contains(endedYesterday));

    auto exactly29 = division.clerk.decisions->renewalList(clerk, Scope::MedicalRehabilitation, 29);
    REQUIRE(exactly29.ok());
    CHECK(exactly29->size() == 3);
    auto exactly31 = division.clerk.decisions->renewalList(clerk, Scope::MedicalRehabilitation, 31);
    REQUIRE(exactly31.ok());
    CHECK(exactly31->size() == 5);
    auto onlyToday = division.clerk.decisions->renewalList(clerk, Scope::MedicalRehabilitation, 0);
    REQUIRE(onlyToday.ok());
    REQUIRE(onlyToday->size() == 1);
    CHECK(onlyToday->first().decisionId == endsToday);
    // Per ledger: another ledger has none.
    auto welfare = division.clerk.decisions->renewalList(clerk, Scope::WelfareService, 365);
    REQUIRE(welfare.ok());
    CHECK(welfare->isEmpty());
    CHECK(division.clerk.decisions->renewalList(clerk, Scope::MedicalRehabilitation, -1).code() ==
          ErrorCode::InvalidInput);
    // ledger.view in the scope is needed: a welfare-only approver is refused.
    CHECK(division.welfareApprover.decisions
              ->renewalList(division.welfareApprover.session(), Scope::MedicalRehabilitation, 30)
              .code() == ErrorCode::PermissionDenied);
}
