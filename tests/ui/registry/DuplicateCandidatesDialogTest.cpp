// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's list of possible duplicates that sync brought (and its screenshot).
#include "registry/DuplicateCandidatesDialog.h"
#include "PagesFixture.h"
#include "ScreenshotSupport.h"
#include "registry/DuplicateCandidates.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>

using namespace madoguchi;
using namespace madoguchi::test;
using ui::DuplicateCandidatesDialog;

namespace {

// Two pairs found as if a pull had brought the second record of each.
void makePairs(PagesDesk& desk)
{
    desk.addPerson(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"),
                   QStringLiteral("タロウ"), QDate(1950, 4, 1));
    const QString second =
        desk.addPerson(QStringLiteral("山田"), QStringLiteral("太朗"), QStringLiteral("やまだ"),
                       QStringLiteral("たろう"), QDate(1950, 4, 1));
    desk.addPerson(QStringLiteral("鈴木"), QStringLiteral("花子"), QStringLiteral("スズキ"),
                   QStringLiteral("ハナコ"), QDate(1980, 2, 2), QStringLiteral("female"));
    const QString fourth =
        desk.addPerson(QStringLiteral("鈴木"), QStringLiteral("華子"), QStringLiteral("スズキ"),
                       QStringLiteral("ハナコ"), QDate(1980, 2, 2), QStringLiteral("female"));
    registry::DuplicateCandidates candidates(desk.clerk->database().connection(),
                                             desk.clerk->audit(), desk.clerk->authorizer(),
                                             desk.office.clock);
    auto found = candidates.detectAfterPull({second, fourth});
    INFO(found.message().toStdString());
    REQUIRE(found.ok());
    REQUIRE(found.value() == 2);
}

// The 宛名番号 shown in a record's cell.
QString atenaIn(const QTableWidget* table, int row, int column)
{
    const auto match =
        QRegularExpression(QStringLiteral("[0-9]{10}")).match(table->item(row, column)->text());
    REQUIRE(match.hasMatch());
    return match.captured(0);
}

QPushButton* button(QWidget* dialog, const char* name)
{
    auto* found = dialog->findChild<QPushButton*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("An administrator settles possible duplicates in the dialog", "[ui][registry]")
{
    PagesDesk desk;
    makePairs(desk);

    // A clerk sees why there is nothing, and cannot act.
    DuplicateCandidatesDialog asClerk(*desk.clerk);
    CHECK(asClerk.candidateCount() == 0);
    CHECK_FALSE(asClerk.messageText().isEmpty());
    CHECK_FALSE(button(&asClerk, "dismissButton")->isEnabled());

    Workspace& admin = *desk.office.admin;
    DuplicateCandidatesDialog dialog(admin);
    REQUIRE(dialog.candidateCount() == 2);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("candidateTable"));
    REQUIRE(table);
    CHECK(table->rowCount() == 2);
    CHECK(button(&dialog, "keepFirstButton")->isEnabled());

    dialog.selectRow(0);
    const QString keptAtena = atenaIn(table, 0, 1);
    button(&dialog, "dismissButton")->click();
    CHECK(dialog.candidateCount() == 1);
    CHECK(dialog.messageText().contains(keptAtena));
    CHECK(desk.scalar(QStringLiteral(
              "SELECT count(*) FROM duplicate_candidate WHERE state = 'dismissed'")) == 1);

    dialog.selectRow(0);
    const QString right = atenaIn(table, 0, 2);
    button(&dialog, "keepSecondButton")->click();
    CHECK(dialog.candidateCount() == 0);
    CHECK(dialog.messageText().contains(right));
    CHECK(desk.scalar(
              QStringLiteral(
                  "SELECT count(*) FROM person WHERE merged_into = (SELECT id FROM person WHERE "
                  "atena_number = '%1')")
                  .arg(right)) == 1);
    CHECK_FALSE(button(&dialog, "keepFirstButton")->isEnabled());
}

TEST_CASE("Screenshot of the possible duplicates", "[.screenshots]")
{
    ScreenshotSession shots;
    PagesDesk desk;
    makePairs(desk);
    DuplicateCandidatesDialog dialog(*desk.office.admin);
    dialog.selectRow(0);
    shots.save(&dialog, QStringLiteral("duplicate-candidates"), 900, 480);
}
