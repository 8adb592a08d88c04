// SPDX-License-Identifier: GPL-3.0-or-later
// Not checks: renders the decision and ledger screens to PNG files for a person to look at
// (see ../registry/ScreenshotSupport.h). Hidden from ctest; run by hand:
//   MADOGUCHI_SCREENSHOT_DIR=build/<dir>/screenshots/issue5 QT_QPA_PLATFORM=offscreen
//   [MADOGUCHI_SCREENSHOT_QM=…/madoguchi_ja.qm] ./test_ui_ledger "[.screenshots]"
#include "LedgerDeskFixture.h"
#include "ScreenshotSupport.h"
#include "decision/ApproverQueuePage.h"
#include "decision/DecisionModels.h"
#include "decision/DecisionWorkbenchPage.h"
#include "decision/LedgerFileModel.h"
#include "decision/LedgerFilePage.h"
#include "decision/LedgerTimelineView.h"
#include "decision/LedgersPage.h"
#include "decision/ReturnClaimDialog.h"
#include "ledger/LedgerBook.h"
#include "registry/PersonDetailView.h"

#include <QCheckBox>
#include <QSpinBox>

using namespace madoguchi;
using namespace madoguchi::test;
using security::Scope;

TEST_CASE("Screenshots of the decision and ledger screens", "[.screenshots]")
{
    ScreenshotSession shots;
    LedgerDesk d;

    // Recipients of the welfare-service ledger, around today (2025-07-18).
    struct Row
    {
        const char* family;
        const char* given;
        const char* familyKana;
        const char* givenKana;
        QDate from;
        QDate to;
        qint64 cap;
    };
    const Row rows[] = {
        {"青木", "一郎", "アオキ", "イチロウ", QDate(2024, 9, 1), QDate(2025, 8, 15), 9300},
        {"井上", "美咲", "イノウエ", "ミサキ", QDate(2025, 4, 1), QDate(2025, 9, 30), 0},
        {"上田", "健太", "ウエダ", "ケンタ", QDate(2025, 4, 1), QDate(2026, 3, 31), 37200},
        {"江口", "陽子", "エグチ", "ヨウコ", QDate(2023, 10, 1), QDate(2025, 8, 31), 9300},
        {"岡田", "翔", "オカダ", "ショウ", QDate(2024, 4, 1), QDate(2025, 3, 31), 4600},
        {"加藤", "さくら", "カトウ", "サクラ", QDate(2025, 9, 1), QDate(2026, 8, 31), 9300},
    };
    QStringList people;
    QStringList granted;
    for (const Row& row : rows) {
        const QString id =
            d.person(QString::fromUtf8(row.family), QString::fromUtf8(row.given),
                     QString::fromUtf8(row.familyKana), QString::fromUtf8(row.givenKana));
        granted << d.grant(id, Scope::WelfareService, row.from, row.to, row.cap);
        people << id;
    }
    // The first recipient has a change decision and an outstanding return claim.
    d.change(granted.first(), 4600);
    ledger::LedgerBook book(d.reviewer->database().connection(), d.reviewer->audit(),
                            d.reviewer->authorizer(), d.office().clock);
    REQUIRE(book.recordReturnClaim(d.reviewer->session(), Scope::WelfareService, people.first(),
                                   18600, QStringLiteral("入院中の月分の給付費（2025年5月・6月）"))
                .ok());

    // An open application for the workbench, and one awaiting approval.
    const QString applicant = d.person(QStringLiteral("木村"), QStringLiteral("大輔"),
                                       QStringLiteral("キムラ"), QStringLiteral("ダイスケ"));
    d.application(applicant, Scope::WelfareService);
    const QString other = d.person(QStringLiteral("久保"), QStringLiteral("真由美"),
                                   QStringLiteral("クボ"), QStringLiteral("マユミ"));
    d.application(other, Scope::WelfareService);

    ui::DecisionWorkbenchPage workbench(*d.reviewer);
    REQUIRE(workbench.selectApplication(0));
    workbench.findChild<QSpinBox*>(QStringLiteral("selfLevySpin"))->setValue(120000);
    workbench.findChild<QCheckBox*>(QStringLiteral("otherMemberCheck"))->setChecked(true);
    workbench.findChild<QSpinBox*>(QStringLiteral("otherLevySpin"))->setValue(80000);
    REQUIRE(workbench.evaluate());
    REQUIRE_FALSE(workbench.explanationLines().isEmpty());
    REQUIRE(workbench.draftDecision());
    shots.save(&workbench, QStringLiteral("decision-workbench"), 1200, 900);
    REQUIRE(workbench.sendForApproval());

    ui::ApproverQueuePage queue(*d.approver);
    REQUIRE(queue.model()->rowCount() == 1);
    REQUIRE(queue.selectDecision(0));
    shots.save(&queue, QStringLiteral("decision-approver-queue"), 1100, 560);

    ui::LedgerTimelineView timeline(*d.reviewer);
    timeline.showPerson(people.first(), Scope::WelfareService);
    REQUIRE(timeline.recipientState());
    REQUIRE(timeline.model()->rowCount() == 3);
    shots.save(&timeline, QStringLiteral("ledger-timeline"), 1100, 560);

    ui::LedgersPage ledgers(d.clerk());
    ui::LedgerFilePage* file = ledgers.filePage();
    REQUIRE(file->setLedger(Scope::WelfareService));
    file->setExpiringWithin(60);
    REQUIRE(file->model()->rowCount() == 2);
    REQUIRE(file->selectRow(0));
    shots.save(&ledgers, QStringLiteral("ledger-file-renewal"), 1200, 420);
    file->setExpiringWithin(std::nullopt);
    shots.save(&ledgers, QStringLiteral("ledger-file-all"), 1200, 480);

    // The return-claim dialog with the core's refusal, and the person view's 台帳 button.
    ui::ReturnClaimDialog* dialog = timeline.openReturnClaimDialog();
    REQUIRE(dialog);
    dialog->setAmountText(QStringLiteral("0"));
    dialog->setReasonText(QStringLiteral("転出後の月分の給付費"));
    REQUIRE_FALSE(dialog->submit());
    shots.save(dialog, QStringLiteral("ledger-return-claim-dialog"));
    dialog->close();

    ui::PersonDetailView person(d.clerk());
    REQUIRE(person.showPerson(people.first()).ok());
    shots.save(&person, QStringLiteral("person-detail-ledger-button"), 1000, 560);
}
