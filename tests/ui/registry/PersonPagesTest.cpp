// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagesFixture.h"
#include "inputs/WarekiDateEdit.h"
#include "mynumber/MyNumberService.h"
#include "registry/MyNumberRecordDialog.h"
#include "registry/MyNumberRevealDialog.h"
#include "registry/PersonDetailView.h"
#include "registry/PersonRegistrationDialog.h"
#include "registry/PersonRegistry.h"
#include "registry/PersonSearchModel.h"
#include "registry/PersonSearchPage.h"
#include "registry/PersonsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace madoguchi;
using namespace madoguchi::test;
using ui::PersonSearchModel;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

QStringList tableColumn(const QTableWidget* table, int column)
{
    QStringList values;
    for (int row = 0; row < table->rowCount(); ++row)
        values << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return values;
}

void recordNumber(PagesDesk& desk, const QString& personId, const char* number)
{
    mynumber::MyNumberService numbers(desk.clerk->database(), desk.clerk->audit(),
                                      desk.clerk->authorizer(), desk.office.clock);
    const Status recorded =
        numbers.record(desk.clerk->session(), personId, QString::fromLatin1(number),
                       mynumber::NumberCheck::MyNumberCard, {QStringLiteral("mynumber_card")});
    INFO(recorded.message().toStdString());
    REQUIRE(recorded.ok());
}

} // namespace

TEST_CASE("Search as you type fills the table and hiragana finds a katakana registration",
          "[ui][registry]")
{
    PagesDesk desk;
    const QString yamada =
        desk.addPerson(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"),
                       QStringLiteral("タロウ"), QDate(1950, 4, 1));
    desk.addPerson(QStringLiteral("佐藤"), QStringLiteral("花子"), QStringLiteral("サトウ"),
                   QStringLiteral("ハナコ"), QDate(1989, 1, 8), QStringLiteral("female"));

    ui::PersonSearchPage page(*desk.clerk);
    page.show();
    auto* edit = page.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    REQUIRE(edit);
    commitText(edit, QStringLiteral("やまだ"));
    // Not at once: the search waits for the typing to pause.
    CHECK(page.model()->rowCount() == 0);
    REQUIRE(waitUntil([&]() { return page.model()->rowCount() == 1; }, 3000));
    const PersonSearchModel& model = *page.model();
    CHECK(model.personId(0) == yamada);
    CHECK(cell(model, 0, PersonSearchModel::NameColumn) == QStringLiteral("山田\u3000太郎"));
    CHECK(cell(model, 0, PersonSearchModel::KanaColumn) == QStringLiteral("ヤマダ\u3000タロウ"));
    CHECK(cell(model, 0, PersonSearchModel::BirthDateColumn) ==
          QStringLiteral("昭和25年4月1日 (1950-04-01)"));
    CHECK(cell(model, 0, PersonSearchModel::AddressColumn).contains(QStringLiteral("千代田")));
    CHECK(cell(model, 0, PersonSearchModel::AtenaNumberColumn).size() == 10);

    // A 和暦 date of birth finds the other person; the table follows the box.
    edit->clear();
    commitText(edit, QStringLiteral("H1.1.8"));
    REQUIRE(waitUntil(
        [&]() {
            return model.rowCount() == 1 &&
                   cell(model, 0, PersonSearchModel::NameColumn).startsWith(u"佐藤");
        },
        3000));
    CHECK(page.messageText().contains(u'1'));
}

TEST_CASE("Enter in the search box opens the person found", "[ui][registry]")
{
    PagesDesk desk;
    const QString id =
        desk.addPerson(QStringLiteral("鈴木"), QStringLiteral("一郎"), QStringLiteral("スズキ"),
                       QStringLiteral("イチロウ"), QDate(1972, 11, 3));
    ui::PersonSearchPage page(*desk.clerk);
    page.show();
    QString opened;
    QObject::connect(&page, &ui::PersonSearchPage::personOpened,
                     [&](const QString& personId) { opened = personId; });
    auto* edit = page.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    REQUIRE(edit);
    // Half-width katakana, typed and confirmed with Enter before the pause is over.
    commitText(edit, QStringLiteral("ｽｽﾞｷ"));
    pressKey(edit, Qt::Key_Return);
    CHECK(opened == id);
}

TEST_CASE("The persons page opens a found person and goes back to the results", "[ui][registry]")
{
    PagesDesk desk;
    const QString id =
        desk.addPerson(QStringLiteral("中村"), QStringLiteral("八重"), QStringLiteral("ナカムラ"),
                       QStringLiteral("ヤエ"), QDate(1940, 8, 8), QStringLiteral("female"));
    ui::PersonsPage page(*desk.clerk);
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("resultTable"));
    REQUIRE(table);
    page.searchPage()->setSearchText(QStringLiteral("なかむら"));
    REQUIRE(waitUntil([&]() { return page.searchPage()->model()->rowCount() == 1; }, 3000));
    CHECK_FALSE(page.isShowingPerson());
    emit table->activated(page.searchPage()->model()->index(0, 0)); // Enter or double click
    REQUIRE(page.isShowingPerson());
    CHECK(page.detailView()->personId() == id);
    // Opening was audited as a view of that person, by id only.
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_id = '") + id +
                      QStringLiteral("' AND account = 'clerk1'")) >= 1);
    pressKey(page.detailView(), Qt::Key_Escape);
    CHECK_FALSE(page.isShowingPerson());
    CHECK(page.searchPage()->model()->rowCount() == 1); // the results are still there
}

TEST_CASE("Registering a possible duplicate asks before saving", "[ui][registry]")
{
    PagesDesk desk;
    const QString existing =
        desk.addPerson(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"),
                       QStringLiteral("タロウ"), QDate(1950, 4, 1));
    const qint64 before = desk.scalar(QStringLiteral("SELECT count(*) FROM person"));

    ui::PersonRegistrationDialog dialog(*desk.clerk);
    QString registered;
    QObject::connect(&dialog, &ui::PersonRegistrationDialog::personRegistered,
                     [&](const QString& id) { registered = id; });
    dialog.findChild<QLineEdit*>(QStringLiteral("familyNameEdit"))->setText(QStringLiteral("山田"));
    dialog.findChild<QLineEdit*>(QStringLiteral("givenNameEdit"))->setText(QStringLiteral("太朗"));
    // The same kana typed in hiragana, with a space.
    dialog.findChild<QLineEdit*>(QStringLiteral("familyKanaEdit"))
        ->setText(QStringLiteral("やまだ"));
    dialog.findChild<QLineEdit*>(QStringLiteral("givenKanaEdit"))
        ->setText(QStringLiteral("たろう"));
    dialog.findChild<ui::WarekiDateEdit*>(QStringLiteral("birthDateEdit"))
        ->setText(QStringLiteral("S25.4.1"));
    auto* sex = dialog.findChild<QComboBox*>(QStringLiteral("sexCombo"));
    sex->setCurrentIndex(sex->findData(QStringLiteral("male")));
    dialog.findChild<QLineEdit*>(QStringLiteral("postalCodeEdit"))
        ->setText(QStringLiteral("100-0001"));
    dialog.findChild<QLineEdit*>(QStringLiteral("addressEdit"))
        ->setText(QStringLiteral("東京都千代田区千代田2-2"));

    dialog.findChild<QPushButton*>(QStringLiteral("registerButton"))->click();
    REQUIRE(dialog.isShowingDuplicates());
    REQUIRE(dialog.duplicates().size() == 1);
    CHECK(dialog.duplicates().first().person.id == existing);
    CHECK(registered.isEmpty());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM person")) == before);
    // What was typed is still there.
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("givenNameEdit"))->text() ==
          QStringLiteral("太朗"));

    dialog.findChild<QPushButton*>(QStringLiteral("registerAnywayButton"))->click();
    INFO(dialog.messageText().toStdString());
    CHECK_FALSE(registered.isEmpty());
    CHECK(registered != existing);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM person")) == before + 1);
}

TEST_CASE("A refused registration shows the reason and keeps every field", "[ui][registry]")
{
    PagesDesk desk;
    ui::PersonRegistrationDialog dialog(*desk.clerk);
    dialog.findChild<QLineEdit*>(QStringLiteral("familyNameEdit"))->setText(QStringLiteral("高橋"));
    dialog.findChild<QLineEdit*>(QStringLiteral("givenNameEdit"))->setText(QStringLiteral("誠"));
    dialog.findChild<QLineEdit*>(QStringLiteral("familyKanaEdit"))
        ->setText(QStringLiteral("タカハシ"));
    // The given name's kana is missing.
    dialog.findChild<ui::WarekiDateEdit*>(QStringLiteral("birthDateEdit"))
        ->setText(QStringLiteral("1990-02-03"));
    dialog.findChild<QLineEdit*>(QStringLiteral("addressEdit"))->setText(QStringLiteral("大阪市"));
    dialog.findChild<QPushButton*>(QStringLiteral("registerButton"))->click();
    CHECK_FALSE(dialog.messageText().isEmpty());
    CHECK(dialog.registeredPersonId().isEmpty());
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("familyKanaEdit"))->text() ==
          QStringLiteral("タカハシ"));
    CHECK(dialog.findChild<ui::WarekiDateEdit*>(QStringLiteral("birthDateEdit"))->text() ==
          QStringLiteral("1990-02-03"));
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM person")) == 0);
}

TEST_CASE("The detail view shows the change history after an update", "[ui][registry]")
{
    PagesDesk desk;
    const QString id =
        desk.addPerson(QStringLiteral("田中"), QStringLiteral("次郎"), QStringLiteral("タナカ"),
                       QStringLiteral("ジロウ"), QDate(1961, 6, 15));
    registry::PersonRegistry registry(desk.clerk->database().connection(), desk.clerk->audit(),
                                      desk.clerk->authorizer(), desk.office.clock);
    auto record = registry.get(desk.clerk->session(), id);
    REQUIRE(record.ok());
    registry::PersonDraft corrected;
    corrected.familyName = QStringLiteral("中田");
    corrected.givenName = record->person.givenName;
    corrected.familyKana = QStringLiteral("ナカタ");
    corrected.givenKana = record->person.givenKana;
    corrected.birthDate = record->person.birthDate;
    corrected.sex = record->person.sex;
    corrected.phone = QStringLiteral("090-1234-5678");
    REQUIRE(registry.update(desk.clerk->session(), id, record->person.version, corrected).ok());
    desk.office.clock.advanceMs(60'000);
    REQUIRE(registry
                .moveAddress(desk.clerk->session(), id, QStringLiteral("5300001"),
                             QStringLiteral("大阪府大阪市北区梅田1-1"), QDate(2025, 7, 20))
                .ok());

    ui::PersonDetailView view(*desk.clerk);
    REQUIRE(view.showPerson(id).ok());
    auto* history = view.findChild<QTableWidget*>(QStringLiteral("historyTable"));
    REQUIRE(history);
    const QStringList items = tableColumn(history, 1);
    CHECK(items.contains(QStringLiteral("Family name")));
    CHECK(items.contains(QStringLiteral("Phone")));
    CHECK(items.contains(QStringLiteral("Address")));  // the move, from the address history
    CHECK(items.first() == QStringLiteral("Address")); // newest first
    CHECK(tableColumn(history, 2).contains(QStringLiteral("田中")));
    CHECK(tableColumn(history, 3).contains(QStringLiteral("中田")));
    CHECK(tableColumn(history, 3).contains(QStringLiteral("090-1234-5678")));
    CHECK(tableColumn(history, 4).contains(QStringLiteral("窓口 花子")));
    auto* addresses = view.findChild<QTableWidget*>(QStringLiteral("addressTable"));
    REQUIRE(addresses->rowCount() == 2);
    CHECK(tableColumn(addresses, 2).first() == QStringLiteral("大阪府大阪市北区梅田1-1"));
    CHECK(view.findChild<QLabel*>(QStringLiteral("nameLabel"))->text() ==
          QStringLiteral("中田\u3000次郎"));
    CHECK(view.findChild<QLabel*>(QStringLiteral("addressLabel"))->text().contains(u"梅田"));
    CHECK(view.myNumberText() == QStringLiteral("Not recorded"));
}

TEST_CASE("Showing the My Number needs a purpose, re-masks after the delay and is audited",
          "[ui][registry][mynumber]")
{
    PagesDesk desk;
    const QString id =
        desk.addPerson(QStringLiteral("伊藤"), QStringLiteral("三郎"), QStringLiteral("イトウ"),
                       QStringLiteral("サブロウ"), QDate(1980, 3, 3));
    recordNumber(desk, id, "123456789018");
    const QString revealed = QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE event = 'mynumber.reveal' AND outcome = 'success'");

    ui::PersonDetailView view(*desk.clerk);
    view.setRevealDuration(300);
    REQUIRE(view.showPerson(id).ok());
    CHECK(view.myNumberText().startsWith(QStringLiteral("●●●●●●●●9018")));
    CHECK_FALSE(view.myNumberText().contains(QStringLiteral("12345678")));
    auto* button = view.findChild<QPushButton*>(QStringLiteral("revealButton"));
    REQUIRE_FALSE(button->isHidden());

    ui::MyNumberRevealDialog* dialog = view.openRevealDialog();
    REQUIRE(dialog);
    CHECK(dialog->shownText() == QStringLiteral("●●●●●●●●9018"));
    // No purpose chosen: refused, nothing shown, nothing audited.
    dialog->reveal();
    CHECK_FALSE(dialog->isRevealed());
    CHECK_FALSE(dialog->messageText().isEmpty());
    CHECK(dialog->shownText() == QStringLiteral("●●●●●●●●9018"));
    CHECK(desk.scalar(revealed) == 0);

    auto* purpose = dialog->findChild<QComboBox*>(QStringLiteral("purposeCombo"));
    purpose->setCurrentIndex(purpose->findData(QStringLiteral("application_check")));
    dialog->findChild<QPushButton*>(QStringLiteral("revealButton"))->click();
    REQUIRE(dialog->isRevealed());
    CHECK(dialog->shownText() == QStringLiteral("1234 5678 9018"));
    CHECK(desk.scalar(revealed) == 1);
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                     "'mynumber.reveal' AND object_id = '") +
                      id + QStringLiteral("' AND purpose LIKE 'application_check@%'")) == 1);

    REQUIRE(waitUntil([&]() { return !dialog->isRevealed(); }, 5000));
    CHECK(dialog->shownText() == QStringLiteral("●●●●●●●●9018"));
    dialog->close();
}

TEST_CASE("Without mynumber.reveal the Show button is hidden", "[ui][registry][mynumber]")
{
    PagesDesk desk;
    const QString id =
        desk.addPerson(QStringLiteral("渡辺"), QStringLiteral("四郎"), QStringLiteral("ワタナベ"),
                       QStringLiteral("シロウ"), QDate(1975, 5, 5));
    recordNumber(desk, id, "111111111118");
    auto approver = desk.signInAs(QStringLiteral("approver1"), {security::Role::Approver},
                                  security::allScopes());
    ui::PersonDetailView view(*approver);
    REQUIRE(view.showPerson(id).ok());
    CHECK(view.myNumberText().startsWith(QStringLiteral("●●●●●●●●1118")));
    CHECK(view.findChild<QPushButton*>(QStringLiteral("revealButton"))->isHidden());
    CHECK(view.findChild<QPushButton*>(QStringLiteral("recordMyNumberButton"))->isHidden());
    CHECK(view.openRevealDialog() == nullptr);

    ui::PersonDetailView clerkView(*desk.clerk);
    REQUIRE(clerkView.showPerson(id).ok());
    CHECK_FALSE(clerkView.findChild<QPushButton*>(QStringLiteral("revealButton"))->isHidden());
}

TEST_CASE("Recording a My Number checks the number and 身元確認 inline", "[ui][registry][mynumber]")
{
    PagesDesk desk;
    const QString id =
        desk.addPerson(QStringLiteral("小林"), QStringLiteral("五郎"), QStringLiteral("コバヤシ"),
                       QStringLiteral("ゴロウ"), QDate(1969, 9, 9));
    ui::MyNumberRecordDialog dialog(*desk.clerk, id);
    auto* number = dialog.findChild<QLineEdit*>(QStringLiteral("numberEdit"));
    REQUIRE(number);
    number->setText(QStringLiteral("123456789019")); // wrong check digit
    CHECK_FALSE(dialog.numberError().isEmpty());
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    CHECK_FALSE(dialog.identityError().isEmpty()); // no document ticked
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(number->text() == QStringLiteral("123456789019"));
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM person_mynumber")) == 0);

    // A notification card alone never confirms identity; two documents without photo do.
    number->setText(QStringLiteral("1234 5678 9018"));
    CHECK(dialog.numberError().isEmpty());
    dialog.findChild<QCheckBox*>(QStringLiteral("document_health_insurance"))->setChecked(true);
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    CHECK_FALSE(dialog.identityError().isEmpty());
    dialog.findChild<QCheckBox*>(QStringLiteral("document_pension_book"))->setChecked(true);
    CHECK(dialog.identityError().isEmpty());
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    INFO(dialog.messageText().toStdString());
    CHECK(dialog.result() == QDialog::Accepted);
    mynumber::MyNumberService numbers(desk.clerk->database(), desk.clerk->audit(),
                                      desk.clerk->authorizer(), desk.office.clock);
    auto found = numbers.find(desk.clerk->session(), id);
    REQUIRE(found.ok());
    CHECK(found->provided);
    CHECK(found->masked == QStringLiteral("●●●●●●●●9018"));
    CHECK(found->identityCheck.contains(QStringLiteral("pension_book")));
}

TEST_CASE("Recording that the number was not provided needs a reason", "[ui][registry][mynumber]")
{
    PagesDesk desk;
    const QString id =
        desk.addPerson(QStringLiteral("加藤"), QStringLiteral("六郎"), QStringLiteral("カトウ"),
                       QStringLiteral("ロクロウ"), QDate(1959, 12, 1));
    ui::MyNumberRecordDialog dialog(*desk.clerk, id);
    dialog.setProvided(false);
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    CHECK_FALSE(dialog.messageText().isEmpty());
    CHECK(dialog.result() != QDialog::Accepted);
    auto* reason = dialog.findChild<QComboBox*>(QStringLiteral("reasonCombo"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("declined")));
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    CHECK(dialog.result() == QDialog::Accepted);

    ui::PersonDetailView view(*desk.clerk);
    REQUIRE(view.showPerson(id).ok());
    CHECK(view.myNumberText().startsWith(QStringLiteral("Not provided")));
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("revealButton"))->isEnabled());
}
