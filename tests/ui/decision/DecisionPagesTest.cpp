// SPDX-License-Identifier: GPL-3.0-or-later
// The decision screens: the reviewer's workbench (queue, evaluation, draft, send), the approver's
// queue (maker-checker through the core) and a person's ledger timeline.
#include "DecisionPagesFixture.h"
#include "IntakeTestSupport.h"
#include "decision/ApproverQueuePage.h"
#include "decision/DecisionModels.h"
#include "decision/DecisionService.h"
#include "decision/DecisionWorkbenchPage.h"
#include "decision/LedgerTimelineView.h"
#include "rules/BurdenRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QPushButton>
#include <QSpinBox>

using namespace madoguchi;
using namespace madoguchi::test;
using decision::DecisionState;
using security::Scope;
using ui::ApproverQueuePage;
using ui::DecisionWorkbenchPage;
using ui::LedgerTimelineView;

namespace {

decision::DecisionService service(Workspace& workspace)
{
    return decision::DecisionService(workspace.database().connection(), workspace.audit(),
                                     workspace.authorizer(), workspace.clock());
}

/// The row of applicationId in the workbench's queue, or -1.
int rowOf(const DecisionWorkbenchPage& page, const QString& applicationId)
{
    const auto& items = page.model()->items();
    for (int row = 0; row < items.size(); ++row) {
        if (items.at(row).applicationId == applicationId)
            return row;
    }
    return -1;
}

/// Drafts and sends a decision on applicationId through drafter's workbench; the decision id.
QString draftAndSend(Workspace& drafter, const QString& applicationId)
{
    DecisionWorkbenchPage page(drafter);
    const int row = rowOf(page, applicationId);
    REQUIRE(row >= 0);
    REQUIRE(page.selectApplication(row));
    page.findChild<QSpinBox*>(QStringLiteral("selfLevySpin"))->setValue(120000);
    INFO(page.messageText().toStdString());
    REQUIRE(page.draftDecision());
    const QString id = page.draftedDecisionId();
    REQUIRE(page.sendForApproval());
    return id;
}

} // namespace

TEST_CASE("The workbench lists an open application and drafts a decision on it", "[ui][decision]")
{
    DecisionDesk desk;
    const QString application = desk.application();
    DecisionWorkbenchPage page(*desk.reviewer);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->items().first().applicationId == application);
    CHECK(page.model()->items().first().status == intake::ApplicationStatus::Received);
    auto* draftButton = page.findChild<QPushButton*>(QStringLiteral("draftButton"));
    auto* sendButton = page.findChild<QPushButton*>(QStringLiteral("sendButton"));
    REQUIRE(draftButton);
    REQUIRE(sendButton);
    CHECK_FALSE(draftButton->isEnabled()); // nothing selected yet

    REQUIRE(page.selectApplication(0));
    CHECK(draftButton->isEnabled());
    CHECK_FALSE(sendButton->isEnabled());
    page.findChild<QSpinBox*>(QStringLiteral("selfLevySpin"))->setValue(120000);
    INFO(page.messageText().toStdString());
    REQUIRE(page.draftDecision());
    const QString decisionId = page.draftedDecisionId();
    REQUIRE_FALSE(decisionId.isEmpty());
    CHECK(sendButton->isEnabled());
    CHECK_FALSE(draftButton->isEnabled());
    // Listing again (as showing the page does) keeps the selection, evaluation and draft.
    page.refresh();
    CHECK(page.draftedDecisionId() == decisionId);
    CHECK_FALSE(page.explanationLines().isEmpty());
    CHECK(sendButton->isEnabled());

    auto decisions = service(*desk.approver);
    auto drafted = decisions.find(desk.approver->session(), decisionId);
    REQUIRE(drafted.ok());
    CHECK(drafted->state == DecisionState::Draft);
    CHECK(drafted->applicationId == application);
    CHECK(drafted->kind == decision::DecisionKind::Grant);
    CHECK_FALSE(drafted->ruleVersion.isEmpty());
    const QJsonArray members = drafted->inputs.value(QStringLiteral("household"))
                                   .toObject()
                                   .value(QStringLiteral("members"))
                                   .toArray();
    REQUIRE(members.size() == 1);
    CHECK(members.at(0).toObject().value(QStringLiteral("income_levy")).toInt() == 120000);
    CHECK(drafted->evaluation.value(QStringLiteral("rule_version")).toString() ==
          drafted->ruleVersion);

    REQUIRE(page.sendForApproval());
    drafted = decisions.find(desk.approver->session(), decisionId);
    REQUIRE(drafted.ok());
    CHECK(drafted->state == DecisionState::AwaitingApproval);
    CHECK_FALSE(sendButton->isEnabled()); // sent once only
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->items().first().status == intake::ApplicationStatus::AwaitingDecision);
}

TEST_CASE("The workbench shows the evaluation's explanation lines and rule version",
          "[ui][decision]")
{
    DecisionDesk desk;
    desk.application();
    DecisionWorkbenchPage page(*desk.reviewer);
    REQUIRE(page.selectApplication(0));
    CHECK(page.explanationLines().isEmpty());
    page.findChild<QSpinBox*>(QStringLiteral("selfLevySpin"))->setValue(120000);
    INFO(page.messageText().toStdString());
    REQUIRE(page.evaluate());

    // The same request straight through the rules: the page shows exactly its trail.
    rules::BurdenRequest request;
    request.benefit = rules::Benefit::WelfareService;
    request.asOf = desk.office.clock.todayInJapan();
    request.birthDate = QDate(1980, 1, 1);
    request.setting = rules::Setting::Home;
    request.members << rules::HouseholdMember{QStringLiteral("self"), false, 120000};
    auto expected = rules::BurdenRules::evaluate(request);
    REQUIRE(expected.ok());
    REQUIRE_FALSE(expected->explanation.isEmpty());
    CHECK(page.explanationLines() == expected->explanation);
    CHECK(page.ruleVersionText().contains(expected->ruleVersion));

    // Public assistance changes the outcome and its explanation.
    page.findChild<QCheckBox*>(QStringLiteral("assistanceCheck"))->setChecked(true);
    REQUIRE(page.evaluate());
    request.publicAssistance = true;
    auto assisted = rules::BurdenRules::evaluate(request);
    REQUIRE(assisted.ok());
    CHECK(page.explanationLines() == assisted->explanation);
    CHECK(page.explanationLines() != expected->explanation);
}

TEST_CASE("The workbench lists only open applications in the reviewer's scopes", "[ui][decision]")
{
    DecisionDesk desk;
    const QString welfare = desk.application(Scope::WelfareService);
    const QString medical = desk.application(Scope::MedicalRehabilitation);
    {
        DecisionWorkbenchPage all(*desk.reviewer);
        CHECK(all.model()->rowCount() == 2);
        CHECK(rowOf(all, welfare) >= 0);
        CHECK(rowOf(all, medical) >= 0);
    }
    DecisionWorkbenchPage welfareOnly(*desk.welfareReviewer);
    REQUIRE(welfareOnly.model()->rowCount() == 1);
    CHECK(welfareOnly.model()->items().first().applicationId == welfare);

    // Once decided, it leaves the queue.
    const QString decisionId = draftAndSend(*desk.reviewer, welfare);
    auto decisions = service(*desk.approver);
    REQUIRE(decisions.approve(desk.approver->session(), decisionId).ok());
    welfareOnly.refresh();
    CHECK(welfareOnly.model()->rowCount() == 0);
}

TEST_CASE("A rejection without a reason is refused with the core's message", "[ui][decision]")
{
    DecisionDesk desk;
    desk.application();
    DecisionWorkbenchPage page(*desk.reviewer);
    REQUIRE(page.selectApplication(0));
    auto* kind = page.findChild<QComboBox*>(QStringLiteral("kindCombo"));
    REQUIRE(kind);
    kind->setCurrentIndex(kind->findData(decision::kindCode(decision::DecisionKind::Reject)));
    CHECK_FALSE(page.draftDecision());
    CHECK(page.draftedDecisionId().isEmpty());
    CHECK_FALSE(page.messageText().isEmpty());
    CHECK(count(*desk.clerk, QStringLiteral("SELECT count(*) FROM decision")) == 0);
}

TEST_CASE("A different approver approves from the queue and the ledger entry appears",
          "[ui][decision]")
{
    DecisionDesk desk;
    QString person;
    const QString application = desk.application(Scope::WelfareService, &person);
    const QString decisionId = draftAndSend(*desk.reviewer, application);

    ApproverQueuePage queue(*desk.approver);
    REQUIRE(queue.model()->rowCount() == 1);
    CHECK(queue.model()->decisions().first().id == decisionId);
    REQUIRE(queue.selectDecision(0));
    const auto stored = queue.currentDecision();
    REQUIRE(stored);
    const QStringList explanation = [&] {
        QStringList lines;
        for (const QJsonValue& line :
             stored->evaluation.value(QStringLiteral("explanation")).toArray())
            lines << line.toString();
        return lines;
    }();
    REQUIRE_FALSE(explanation.isEmpty());
    CHECK(queue.explanationLines() == explanation);

    LedgerTimelineView timeline(*desk.approver);
    timeline.showPerson(person, Scope::WelfareService);
    CHECK(timeline.model()->rowCount() == 0);

    QString approvedId;
    QObject::connect(&queue, &ApproverQueuePage::approved,
                     [&](const QString& id, const QString&, Scope) { approvedId = id; });
    INFO(queue.messageText().toStdString());
    REQUIRE(queue.approve());
    CHECK(approvedId == decisionId);
    CHECK(queue.model()->rowCount() == 0);
    auto decisions = service(*desk.approver);
    auto approved = decisions.find(desk.approver->session(), decisionId);
    REQUIRE(approved.ok());
    CHECK(approved->state == DecisionState::Approved);

    timeline.refresh();
    REQUIRE(timeline.model()->rowCount() == 1);
    const ledger::LedgerEntry& entry = timeline.model()->entries().first();
    CHECK(entry.kind == QStringLiteral("decision"));
    CHECK(entry.personId == person);
    const QString summary =
        timeline.model()
            ->data(timeline.model()->index(0, ui::LedgerTimelineModel::SummaryColumn))
            .toString();
    CHECK(summary.contains(approved->ruleVersion));
    CHECK(summary.contains(QStringLiteral("2025-08-01")));
}

TEST_CASE("The drafter's own approval shows the core's refusal", "[ui][decision]")
{
    DecisionDesk desk;
    const QString application = desk.application();
    const QString decisionId = draftAndSend(*desk.both, application);

    ApproverQueuePage own(*desk.both);
    REQUIRE(own.model()->rowCount() == 1);
    const auto drafter = own.model()->index(0, ui::ApprovalQueueModel::DrafterColumn);
    CHECK_FALSE(own.model()->data(drafter).toString().isEmpty()); // marked as the user's own
    ApproverQueuePage other(*desk.approver);
    REQUIRE(other.model()->rowCount() == 1);
    // Another approver sees who drafted it, by name.
    CHECK(other.model()
              ->data(other.model()->index(0, ui::ApprovalQueueModel::DrafterColumn))
              .toString() == QStringLiteral("審査 三"));
    REQUIRE(own.selectDecision(0));
    CHECK_FALSE(own.approve());
    const QString shown = own.messageText();
    CHECK_FALSE(shown.isEmpty());
    // The very message the core gives for it.
    auto decisions = service(*desk.both);
    Status refused = decisions.approve(desk.both->session(), decisionId);
    CHECK(refused.code() == ErrorCode::PermissionDenied);
    CHECK(shown == refused.message());
    own.refresh();
    CHECK(own.model()->rowCount() == 1);
    REQUIRE(own.currentDecision()); // still selected after listing again
    CHECK(own.currentDecision()->id == decisionId);
    CHECK(count(*desk.clerk, QStringLiteral("SELECT count(*) FROM ledger_entry")) == 0);
}
