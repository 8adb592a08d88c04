// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger screens (台帳): the ledger file with its status and renewal filters, a person's
// timeline with the recipient's current state, the person view's 台帳 button, and recording a
// return claim (返還請求). All data go through the core services. The binary loads no catalogue,
// so plural texts read as their source ("6 record(s)").
#include "LedgerDeskFixture.h"
#include "decision/DecisionModels.h"
#include "decision/LedgerFileModel.h"
#include "decision/LedgerFilePage.h"
#include "decision/LedgerTimelineView.h"
#include "decision/LedgersPage.h"
#include "decision/ReturnClaimDialog.h"
#include "intake/ApplicantPicker.h"
#include "ledger/LedgerBook.h"
#include "ledger/LedgerState.h"
#include "ledger/RecipientNumbers.h"
#include "registry/PersonDetailView.h"
#include "registry/PersonsPage.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace madoguchi;
using namespace madoguchi::test;
using ledger::RecipientStatus;
using security::Scope;
using ui::LedgerFileModel;
using ui::LedgerFilePage;
using ui::LedgerTimelineView;

namespace {

/// Six welfare-service recipients around today (2025-07-18) and one in another ledger.
struct Recipients
{
    LedgerDesk ledgerDesk;
    QString endsSoon;  // active, ends 2025-08-15 (28 days)
    QString endsLater; // active, ends 2026-03-31
    QString ended;     // expired 2025-03-31
    QString upcoming;  // starts 2025-09-01
    QString rejected;
    QString cancelled;
    QString psychiatric; // only in the psychiatric ledger
    QString nobody;      // registered, no decision

    Recipients()
    {
        LedgerDesk& d = ledgerDesk;
        endsSoon = d.person(QStringLiteral("青木"), QStringLiteral("一郎"),
                            QStringLiteral("アオキ"), QStringLiteral("イチロウ"));
        endsLater = d.person(QStringLiteral("井上"), QStringLiteral("二郎"),
                             QStringLiteral("イノウエ"), QStringLiteral("ジロウ"));
        ended = d.person(QStringLiteral("上田"), QStringLiteral("三郎"), QStringLiteral("ウエダ"),
                         QStringLiteral("サブロウ"));
        upcoming = d.person(QStringLiteral("江口"), QStringLiteral("四郎"),
                            QStringLiteral("エグチ"), QStringLiteral("シロウ"));
        rejected = d.person(QStringLiteral("岡田"), QStringLiteral("五郎"),
                            QStringLiteral("オカダ"), QStringLiteral("ゴロウ"));
        cancelled = d.person(QStringLiteral("加藤"), QStringLiteral("六郎"),
                             QStringLiteral("カトウ"), QStringLiteral("ロクロウ"));
        psychiatric = d.person(QStringLiteral("木村"), QStringLiteral("七子"),
                               QStringLiteral("キムラ"), QStringLiteral("ナナコ"));
        nobody = d.person(QStringLiteral("久保"), QStringLiteral("八子"), QStringLiteral("クボ"),
                          QStringLiteral("ハチコ"));
        d.grant(endsSoon, Scope::WelfareService, QDate(2025, 4, 1), QDate(2025, 8, 15));
        d.grant(endsLater, Scope::WelfareService, QDate(2025, 4, 1), QDate(2026, 3, 31), 37200);
        d.grant(ended, Scope::WelfareService, QDate(2024, 4, 1), QDate(2025, 3, 31));
        d.grant(upcoming, Scope::WelfareService, QDate(2025, 9, 1), QDate(2026, 8, 31), 0);
        d.reject(rejected, Scope::WelfareService);
        d.cancel(d.grant(cancelled, Scope::WelfareService, QDate(2025, 4, 1), QDate(2026, 3, 31)));
        d.grant(psychiatric, Scope::MedicalPsychiatric, QDate(2025, 4, 1), QDate(2025, 7, 31),
                5000);
    }
};

QStringList listedIds(const LedgerFilePage& page)
{
    QStringList ids;
    for (const ledger::RecipientState& state : page.model()->recipients())
        ids << state.personId;
    return ids;
}

int rowOf(const LedgerFilePage& page, const QString& personId)
{
    return int(listedIds(page).indexOf(personId));
}

QString cell(const LedgerFilePage& page, int row, int column)
{
    return page.model()->data(page.model()->index(row, column)).toString();
}

ledger::LedgerBook book(Workspace& workspace)
{
    return ledger::LedgerBook(workspace.database().connection(), workspace.audit(),
                              workspace.authorizer(), workspace.clock());
}

} // namespace

TEST_CASE("The ledger file lists a ledger's recipients with numbers, status and validity",
          "[ui][ledger]")
{
    Recipients r;
    LedgerFilePage page(r.ledgerDesk.clerk());
    CHECK(page.ledgers() == security::allScopes());
    REQUIRE(page.setLedger(Scope::WelfareService));
    INFO(page.messageText().toStdString());
    CHECK(page.messageText().isEmpty());
    const QStringList ids = listedIds(page);
    CHECK(ids.size() == 6);
    for (const QString& id :
         {r.endsSoon, r.endsLater, r.ended, r.upcoming, r.rejected, r.cancelled})
        CHECK(ids.contains(id));
    CHECK_FALSE(ids.contains(r.psychiatric));
    CHECK_FALSE(ids.contains(r.nobody));
    CHECK(page.countText() == QStringLiteral("6 record(s)"));

    const int soon = rowOf(page, r.endsSoon);
    REQUIRE(soon >= 0);
    const QString number = cell(page, soon, LedgerFileModel::RecipientNumberColumn);
    CHECK(ledger::RecipientNumbers::isValidRecipientNumber(number));
    CHECK(cell(page, soon, LedgerFileModel::NameColumn) == QStringLiteral("青木\u3000一郎"));
    CHECK(cell(page, soon, LedgerFileModel::KanaColumn).startsWith(QStringLiteral("アオキ")));
    CHECK(cell(page, soon, LedgerFileModel::StatusColumn) ==
          ledger::recipientStatusLabel(RecipientStatus::Active));
    CHECK(cell(page, soon, LedgerFileModel::ValidityColumn) ==
          QStringLiteral("令和7年4月1日 – 令和7年8月15日"));
    CHECK(cell(page, soon, LedgerFileModel::CapColumn) == QStringLiteral("¥9,300"));
    CHECK(cell(page, soon, LedgerFileModel::DaysLeftColumn) == QStringLiteral("28 day(s)"));
    CHECK(cell(page, soon, LedgerFileModel::ReturnsColumn).isEmpty());

    const int ended = rowOf(page, r.ended);
    REQUIRE(ended >= 0);
    CHECK(cell(page, ended, LedgerFileModel::StatusColumn) ==
          ledger::recipientStatusLabel(RecipientStatus::Expired));
    CHECK(cell(page, ended, LedgerFileModel::DaysLeftColumn).startsWith(QStringLiteral("Ended")));
    CHECK(cell(page, rowOf(page, r.upcoming), LedgerFileModel::StatusColumn) ==
          ledger::recipientStatusLabel(RecipientStatus::Upcoming));
    CHECK(cell(page, rowOf(page, r.upcoming), LedgerFileModel::CapColumn) == QStringLiteral("¥0"));
    CHECK(cell(page, rowOf(page, r.rejected), LedgerFileModel::StatusColumn) ==
          ledger::recipientStatusLabel(RecipientStatus::Rejected));
    CHECK(cell(page, rowOf(page, r.cancelled), LedgerFileModel::StatusColumn) ==
          ledger::recipientStatusLabel(RecipientStatus::Cancelled));

    // The other ledger lists its own recipient only.
    REQUIRE(page.setLedger(Scope::MedicalPsychiatric));
    CHECK(listedIds(page) == QStringList{r.psychiatric});
    CHECK(page.countText() == QStringLiteral("1 record(s)"));
}

TEST_CASE("The ledger file filters by status and by validity ending within N days", "[ui][ledger]")
{
    Recipients r;
    LedgerFilePage page(r.ledgerDesk.clerk());
    REQUIRE(page.setLedger(Scope::WelfareService));

    page.setStatusFilter(RecipientStatus::Active);
    CHECK(listedIds(page).size() == 2);
    CHECK(listedIds(page).contains(r.endsSoon));
    CHECK(listedIds(page).contains(r.endsLater));
    CHECK(page.countText() == QStringLiteral("2 record(s)"));
    page.setStatusFilter(RecipientStatus::Expired);
    CHECK(listedIds(page) == QStringList{r.ended});
    page.setStatusFilter(RecipientStatus::Cancelled);
    CHECK(listedIds(page) == QStringList{r.cancelled});

    // The renewal-notice list: ends from today up to today + N days.
    page.setStatusFilter(std::nullopt);
    page.setExpiringWithin(30);
    CHECK(page.filter().expiringWithinDays == 30);
    CHECK(listedIds(page) == QStringList{r.endsSoon});
    page.setExpiringWithin(27); // 2025-08-15 is 28 days away
    CHECK(listedIds(page).isEmpty());
    CHECK(page.countText() == QStringLiteral("0 record(s)"));
    page.setExpiringWithin(28);
    CHECK(listedIds(page) == QStringList{r.endsSoon});
    page.setExpiringWithin(365); // 2026-03-31 too; never the ended one
    CHECK(listedIds(page) == (QStringList{r.endsSoon, r.endsLater}));

    // Both filters together, and the controls drive the same filter.
    page.setStatusFilter(RecipientStatus::Upcoming);
    CHECK(listedIds(page).isEmpty());
    page.setExpiringWithin(std::nullopt);
    CHECK(listedIds(page) == QStringList{r.upcoming});
    auto* check = page.findChild<QCheckBox*>(QStringLiteral("expiringCheck"));
    REQUIRE(check);
    page.setStatusFilter(std::nullopt);
    check->setChecked(true); // the spin box keeps 365
    CHECK(listedIds(page) == (QStringList{r.endsSoon, r.endsLater}));
}

TEST_CASE("The ledger chooser offers only the ledgers the session may read", "[ui][ledger]")
{
    Recipients r;
    LedgerFilePage page(*r.ledgerDesk.welfareClerk);
    CHECK(page.ledgers() == QList<Scope>{Scope::WelfareService});
    CHECK_FALSE(page.setLedger(Scope::MedicalPsychiatric));
    page.refresh();
    CHECK(page.ledger() == Scope::WelfareService);
    CHECK(listedIds(page).size() == 6);

    // A ledger outside the session's scopes shows the core's refusal as plain text.
    LedgerTimelineView timeline(*r.ledgerDesk.welfareClerk);
    CHECK(timeline.ledgers() == QList<Scope>{Scope::WelfareService});
    timeline.showPerson(r.psychiatric, Scope::MedicalPsychiatric);
    CHECK(timeline.model()->rowCount() == 0);
    CHECK_FALSE(timeline.recipientState());
    auto refused = book(*r.ledgerDesk.welfareClerk)
                       .entries(r.ledgerDesk.welfareClerk->session(), Scope::MedicalPsychiatric,
                                r.psychiatric);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::PermissionDenied);
    CHECK(timeline.messageText() == refused.message());
}

TEST_CASE("A row of the ledger file opens that person's timeline", "[ui][ledger]")
{
    Recipients r;
    ui::LedgersPage page(r.ledgerDesk.clerk());
    LedgerFilePage* file = page.filePage();
    REQUIRE(file->setLedger(Scope::WelfareService));
    CHECK_FALSE(page.isShowingTimeline());
    auto* button = file->findChild<QPushButton*>(QStringLiteral("timelineButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isEnabled()); // nothing selected
    CHECK_FALSE(file->openTimeline());

    REQUIRE(file->selectRow(rowOf(*file, r.endsLater)));
    CHECK(button->isEnabled());
    button->click();
    CHECK(page.isShowingTimeline());
    LedgerTimelineView* timeline = page.timeline();
    CHECK(timeline->personId() == r.endsLater);
    CHECK(timeline->ledger() == Scope::WelfareService);
    CHECK(timeline->picker()->personText().contains(QStringLiteral("井上")));
    REQUIRE(timeline->model()->rowCount() == 1);
    CHECK(timeline->model()
              ->data(timeline->model()->index(0, ui::LedgerTimelineModel::KindColumn))
              .toString() == ledger::LedgerBook::entryKindLabel(QStringLiteral("decision")));

    // A double click on another row does the same.
    page.showFile();
    auto* table = file->findChild<QTableView*>(QStringLiteral("recipientTable"));
    REQUIRE(table);
    emit table->doubleClicked(file->model()->index(rowOf(*file, r.cancelled), 1));
    CHECK(page.isShowingTimeline());
    CHECK(timeline->personId() == r.cancelled);
    CHECK(timeline->model()->rowCount() == 2); // the grant and its cancellation
    REQUIRE(timeline->recipientState());
    CHECK(timeline->recipientState()->status == RecipientStatus::Cancelled);
}

TEST_CASE("The timeline shows the recipient's current state above the entries", "[ui][ledger]")
{
    Recipients r;
    LedgerTimelineView timeline(r.ledgerDesk.clerk());
    timeline.showPerson(r.endsLater, Scope::WelfareService);
    REQUIRE(timeline.recipientState());
    ledger::LedgerState states(r.ledgerDesk.clerk().database().connection(),
                               r.ledgerDesk.clerk().audit(), r.ledgerDesk.clerk().authorizer(),
                               r.ledgerDesk.office().clock);
    auto expected =
        states.recipient(r.ledgerDesk.clerk().session(), Scope::WelfareService, r.endsLater);
    REQUIRE(expected.ok());
    CHECK(timeline.recipientState()->recipientNumber == expected->recipientNumber);
    const QString state = timeline.stateText();
    CHECK(state.contains(expected->recipientNumber));
    CHECK(state.contains(expected->certificateNumber));
    CHECK(ledger::RecipientNumbers::isValidCertificateNumber(expected->certificateNumber));
    CHECK(state.contains(ledger::recipientStatusLabel(RecipientStatus::Active)));
    CHECK(state.contains(QStringLiteral("令和7年4月1日 – 令和8年3月31日")));
    CHECK(state.contains(QStringLiteral("¥37,200")));
    CHECK(state.contains(QStringLiteral("Outstanding return claims: ¥0")));

    // No decision in this ledger yet: said plainly, not as an error.
    timeline.showPerson(r.nobody, Scope::WelfareService);
    CHECK_FALSE(timeline.recipientState());
    CHECK(timeline.stateText() == QStringLiteral("No decision in this ledger yet."));
    CHECK(timeline.messageText() == QStringLiteral("No entries in this ledger."));
    CHECK(timeline.model()->rowCount() == 0);

    // The same person in a ledger where they have no decision.
    timeline.showPerson(r.endsLater, Scope::Devices);
    CHECK_FALSE(timeline.recipientState());
    CHECK(timeline.stateText() == QStringLiteral("No decision in this ledger yet."));
}

TEST_CASE("The timeline's person is found by the search box", "[ui][ledger]")
{
    Recipients r;
    LedgerTimelineView timeline(r.ledgerDesk.clerk());
    CHECK(timeline.personId().isEmpty());
    CHECK(timeline.findChild<QLineEdit*>(QStringLiteral("personIdEdit")) == nullptr);
    auto* search = timeline.findChild<QLineEdit*>(QStringLiteral("applicantSearchEdit"));
    REQUIRE(search);
    search->setText(QStringLiteral("かとう"));
    timeline.picker()->searchNow();
    REQUIRE(timeline.picker()->matchCount() == 1);
    timeline.picker()->choose(0);
    CHECK(timeline.personId() == r.cancelled);
    CHECK(timeline.model()->rowCount() == 2);
    REQUIRE(timeline.recipientState());
    CHECK(timeline.recipientState()->status == RecipientStatus::Cancelled);
}

TEST_CASE("The person view's Ledger button opens the person's timeline", "[ui][ledger]")
{
    Recipients r;
    const QString person = r.ledgerDesk.desk.addPerson(
        QStringLiteral("佐藤"), QStringLiteral("九郎"), QStringLiteral("サトウ"),
        QStringLiteral("クロウ"), QDate(1970, 1, 2));
    r.ledgerDesk.grant(person, Scope::WelfareService, QDate(2025, 4, 1), QDate(2026, 3, 31));
    ui::MainWindow window(std::move(r.ledgerDesk.desk.clerk));
    auto* persons =
        qobject_cast<ui::PersonsPage*>(window.pageWidget(ui::MainWindow::Page::PersonSearch));
    auto* ledgers =
        qobject_cast<ui::LedgersPage*>(window.pageWidget(ui::MainWindow::Page::Ledgers));
    REQUIRE(persons);
    REQUIRE(ledgers);
    window.setCurrentPage(ui::MainWindow::Page::PersonSearch);
    persons->openPerson(person);
    auto* button = persons->detailView()->findChild<QPushButton*>(QStringLiteral("ledgerButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isHidden());
    REQUIRE(button->isEnabled());
    button->click();
    CHECK(window.currentPage() == ui::MainWindow::Page::Ledgers);
    CHECK(ledgers->isShowingTimeline());
    CHECK(ledgers->timeline()->personId() == person);
    CHECK(ledgers->timeline()->ledger() == Scope::WelfareService);
    REQUIRE(ledgers->timeline()->model()->rowCount() == 1);
    REQUIRE(ledgers->timeline()->recipientState());
    CHECK(ledgers->timeline()->recipientState()->personName == QStringLiteral("佐藤\u3000九郎"));
}

TEST_CASE("The Ledger button is only offered to those who may read a ledger", "[ui][ledger]")
{
    PagesDesk desk;
    // 出張受付 (outreach) opens persons but reads no ledger.
    auto outreach = desk.signInAs(QStringLiteral("outreach"), {security::Role::Outreach},
                                  security::allScopes());
    const QString person =
        desk.addPerson(QStringLiteral("佐藤"), QStringLiteral("九郎"), QStringLiteral("サトウ"),
                       QStringLiteral("クロウ"), QDate(1970, 1, 2));
    ui::PersonDetailView view(*outreach);
    REQUIRE(view.showPerson(person).ok());
    auto* button = view.findChild<QPushButton*>(QStringLiteral("ledgerButton"));
    REQUIRE(button);
    CHECK(button->isHidden());
    ui::PersonDetailView clerkView(*desk.clerk);
    REQUIRE(clerkView.showPerson(person).ok());
    CHECK_FALSE(clerkView.findChild<QPushButton*>(QStringLiteral("ledgerButton"))->isHidden());
}

TEST_CASE("Return claim amounts are read in any width and anything else is refused", "[ui][ledger]")
{
    using ui::ReturnClaimDialog;
    CHECK(ReturnClaimDialog::parseAmount(QStringLiteral("12000")) == 12000);
    CHECK(ReturnClaimDialog::parseAmount(QStringLiteral("12,000")) == 12000);
    CHECK(ReturnClaimDialog::parseAmount(QStringLiteral("１２，０００円")) == 12000);
    CHECK(ReturnClaimDialog::parseAmount(QStringLiteral("¥ 3,500")) == 3500);
    CHECK(ReturnClaimDialog::parseAmount(QStringLiteral(" 0 ")) == 0);     // the core refuses it
    CHECK(ReturnClaimDialog::parseAmount(QStringLiteral("-100")) == -100); // the core refuses it
    for (const QString& bad :
         {QString(), QStringLiteral(" "), QStringLiteral("abc"), QStringLiteral("12a"),
          QStringLiteral("1.5"), QStringLiteral("1e3"), QStringLiteral("--5"), QStringLiteral("-"),
          QStringLiteral("5-"), QStringLiteral("一万"), QStringLiteral("99999999999999999999"),
          QStringLiteral("0x10")})
        CHECK_FALSE(ReturnClaimDialog::parseAmount(bad).has_value());
}

TEST_CASE("A return claim is recorded from the timeline and a bad amount keeps the input",
          "[ui][ledger]")
{
    Recipients r;
    // A clerk reads the ledger but does not draft: no button.
    LedgerTimelineView clerkView(r.ledgerDesk.clerk());
    clerkView.showPerson(r.endsSoon, Scope::WelfareService);
    CHECK_FALSE(clerkView.mayRecordReturnClaim());
    CHECK(clerkView.findChild<QPushButton*>(QStringLiteral("returnClaimButton"))->isHidden());
    CHECK(clerkView.openReturnClaimDialog() == nullptr);

    Workspace& reviewer = *r.ledgerDesk.reviewer;
    LedgerTimelineView timeline(reviewer);
    timeline.showPerson(r.endsSoon, Scope::WelfareService);
    CHECK(timeline.mayRecordReturnClaim());
    CHECK_FALSE(timeline.findChild<QPushButton*>(QStringLiteral("returnClaimButton"))->isHidden());
    ui::ReturnClaimDialog* dialog = timeline.openReturnClaimDialog();
    REQUIRE(dialog);

    // Not a number: the dialog says so, naming the field, and keeps what was typed.
    dialog->setAmountText(QStringLiteral("12千"));
    dialog->setReasonText(QStringLiteral("転出後の月分の給付費"));
    CHECK_FALSE(dialog->submit());
    CHECK(dialog->messageText().startsWith(QStringLiteral("Amount")));
    CHECK(dialog->amountText() == QStringLiteral("12千"));
    CHECK(dialog->reasonText() == QStringLiteral("転出後の月分の給付費"));

    // Zero: the core refuses; its message is shown and the input stays.
    dialog->setAmountText(QStringLiteral("0"));
    CHECK_FALSE(dialog->submit());
    auto refused = book(reviewer).recordReturnClaim(reviewer.session(), Scope::WelfareService,
                                                    r.endsSoon, 0, QStringLiteral("x"));
    REQUIRE_FALSE(refused.ok());
    CHECK(dialog->messageText() == refused.message());
    CHECK(dialog->amountText() == QStringLiteral("0"));
    CHECK(dialog->reasonText() == QStringLiteral("転出後の月分の給付費"));

    // No reason: the core's message again.
    dialog->setAmountText(QStringLiteral("１２，０００"));
    dialog->setReasonText(QStringLiteral("  "));
    CHECK_FALSE(dialog->submit());
    auto noReason = book(reviewer).recordReturnClaim(reviewer.session(), Scope::WelfareService,
                                                     r.endsSoon, 12000, QString());
    REQUIRE_FALSE(noReason.ok());
    CHECK(dialog->messageText() == noReason.message());
    CHECK(dialog->amountText() == QStringLiteral("１２，０００"));
    CHECK(timeline.model()->rowCount() == 1); // nothing recorded yet

    dialog->setReasonText(QStringLiteral("転出後の月分の給付費"));
    REQUIRE(dialog->submit());
    CHECK_FALSE(dialog->recordedEntryId().isEmpty());

    // The timeline reads again: the entry and the outstanding amount appear.
    REQUIRE(timeline.model()->rowCount() == 2);
    const ledger::LedgerEntry& entry = timeline.model()->entries().last();
    CHECK(entry.kind == QStringLiteral("return_claim"));
    const QString summary = ui::LedgerTimelineModel::summaryText(entry);
    CHECK(summary.contains(QStringLiteral("¥12,000")));
    CHECK(summary.contains(QStringLiteral("転出後の月分の給付費")));
    REQUIRE(timeline.recipientState());
    CHECK(timeline.recipientState()->outstandingReturns == 12000);
    CHECK(timeline.stateText().contains(QStringLiteral("Outstanding return claims: ¥12,000")));

    // And the ledger file shows it.
    LedgerFilePage file(reviewer);
    REQUIRE(file.setLedger(Scope::WelfareService));
    CHECK(cell(file, rowOf(file, r.endsSoon), LedgerFileModel::ReturnsColumn) ==
          QStringLiteral("¥12,000"));
}
