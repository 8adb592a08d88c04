// SPDX-License-Identifier: GPL-3.0-or-later
// Not checks: renders the decision screens to PNG files for a person to look at (see
// ../registry/ScreenshotSupport.h; MADOGUCHI_SCREENSHOT_DIR=/tmp/shots/issue5). Hidden from ctest.
#include "DecisionPagesFixture.h"
#include "ScreenshotSupport.h"
#include "decision/ApproverQueuePage.h"
#include "decision/DecisionModels.h"
#include "decision/DecisionWorkbenchPage.h"
#include "decision/LedgerTimelineView.h"

#include <QCheckBox>
#include <QSpinBox>

using namespace madoguchi;
using namespace madoguchi::test;

TEST_CASE("Screenshots of the decision screens", "[.screenshots]")
{
    ScreenshotSession shots;
    DecisionDesk desk;
    QString person;
    desk.application(security::Scope::WelfareService, &person);
    desk.application(security::Scope::MedicalRehabilitation);
    desk.application(security::Scope::Devices);

    ui::DecisionWorkbenchPage workbench(*desk.reviewer);
    REQUIRE(workbench.selectApplication(0));
    workbench.findChild<QSpinBox*>(QStringLiteral("selfLevySpin"))->setValue(120000);
    workbench.findChild<QCheckBox*>(QStringLiteral("otherMemberCheck"))->setChecked(true);
    workbench.findChild<QSpinBox*>(QStringLiteral("otherLevySpin"))->setValue(80000);
    REQUIRE(workbench.evaluate());
    REQUIRE(workbench.draftDecision());
    shots.save(&workbench, QStringLiteral("decision-workbench"), 1200, 900);
    REQUIRE(workbench.sendForApproval());

    // A second one drafted by the reviewer who also approves: their own approval is refused.
    ui::DecisionWorkbenchPage ownBench(*desk.both);
    REQUIRE(ownBench.selectApplication(1));
    REQUIRE(ownBench.draftDecision());
    REQUIRE(ownBench.sendForApproval());
    ui::ApproverQueuePage queue(*desk.both);
    REQUIRE(queue.model()->rowCount() == 2);
    REQUIRE(queue.selectDecision(1));
    REQUIRE_FALSE(queue.approve());
    shots.save(&queue, QStringLiteral("decision-approver-queue"), 1100, 700);

    ui::ApproverQueuePage approver(*desk.approver);
    REQUIRE(approver.selectDecision(0));
    REQUIRE(approver.approve());
    ui::LedgerTimelineView timeline(*desk.approver);
    timeline.showPerson(person, security::Scope::WelfareService);
    shots.save(&timeline, QStringLiteral("decision-ledger-timeline"), 1100, 500);
}
