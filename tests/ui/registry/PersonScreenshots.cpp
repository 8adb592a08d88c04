// SPDX-License-Identifier: GPL-3.0-or-later
// Not checks: renders the person pages to PNG files for a person to look at (see
// ScreenshotSupport.h). Hidden from ctest.
#include "PagesFixture.h"
#include "ScreenshotSupport.h"
#include "inputs/WarekiDateEdit.h"
#include "mynumber/MyNumberService.h"
#include "registry/MyNumberRecordDialog.h"
#include "registry/MyNumberRevealDialog.h"
#include "registry/PersonDetailView.h"
#include "registry/PersonRegistrationDialog.h"
#include "registry/PersonRegistry.h"
#include "registry/PersonSearchModel.h"
#include "registry/PersonSearchPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

using namespace madoguchi;
using namespace madoguchi::test;

TEST_CASE("Screenshots of the person pages", "[.screenshots]")
{
    ScreenshotSession shots;
    PagesDesk desk;
    const QString yamada =
        desk.addPerson(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"),
                       QStringLiteral("タロウ"), QDate(1950, 4, 1));
    const QString hanako =
        desk.addPerson(QStringLiteral("山田"), QStringLiteral("花子"), QStringLiteral("ヤマダ"),
                       QStringLiteral("ハナコ"), QDate(1953, 10, 12), QStringLiteral("female"));
    desk.addPerson(QStringLiteral("山田"), QStringLiteral("健一"), QStringLiteral("ヤマダ"),
                   QStringLiteral("ケンイチ"), QDate(1989, 1, 8));
    desk.addPerson(QStringLiteral("山田"), QStringLiteral("美咲"), QStringLiteral("ヤマダ"),
                   QStringLiteral("ミサキ"), QDate(2019, 5, 1), QStringLiteral("female"));
    desk.addPerson(QStringLiteral("山下"), QStringLiteral("一郎"), QStringLiteral("ヤマシタ"),
                   QStringLiteral("イチロウ"), QDate(1926, 12, 25));

    const security::Session& session = desk.clerk->session();
    registry::PersonRegistry registry(desk.clerk->database().connection(), desk.clerk->audit(),
                                      desk.clerk->authorizer(), desk.office.clock);
    auto record = registry.get(session, yamada);
    REQUIRE(record.ok());
    registry::PersonDraft corrected;
    corrected.familyName = QStringLiteral("山田");
    corrected.givenName = QStringLiteral("太郎");
    corrected.familyKana = QStringLiteral("ヤマダ");
    corrected.givenKana = QStringLiteral("タロウ");
    corrected.birthDate = QDate(1950, 4, 1);
    corrected.sex = QStringLiteral("male");
    corrected.phone = QStringLiteral("03-1234-5678");
    REQUIRE(registry.update(session, yamada, record->person.version, corrected).ok());
    desk.office.clock.advanceMs(3'600'000);
    REQUIRE(registry
                .moveAddress(session, yamada, QStringLiteral("1600023"),
                             QStringLiteral("東京都新宿区西新宿2-8-1 都庁前マンション305号"),
                             QDate(2025, 7, 19))
                .ok());
    registry::HandbookDraft handbook;
    handbook.kind = registry::HandbookKind::Physical;
    handbook.grade = QStringLiteral("2");
    handbook.number = QStringLiteral("第123456号");
    handbook.issuedOn = QDate(2018, 6, 1);
    REQUIRE(registry.addHandbook(session, yamada, handbook).ok());
    auto household = registry.setHousehold(session, yamada, {}, QStringLiteral("本人"));
    REQUIRE(household.ok());
    REQUIRE(registry.setHousehold(session, hanako, household.value(), QStringLiteral("妻")).ok());
    registry::RepresentativeDraft guardian;
    guardian.kind = registry::RepresentativeKind::Guardian;
    guardian.familyName = QStringLiteral("佐々木");
    guardian.givenName = QStringLiteral("誠");
    guardian.familyKana = QStringLiteral("ササキ");
    guardian.givenKana = QStringLiteral("マコト");
    guardian.validFrom = QDate(2024, 4, 1);
    REQUIRE(registry.setRepresentative(session, yamada, guardian).ok());
    mynumber::MyNumberService numbers(desk.clerk->database(), desk.clerk->audit(),
                                      desk.clerk->authorizer(), desk.office.clock);
    REQUIRE(numbers
                .record(session, yamada, QStringLiteral("123456789018"),
                        mynumber::NumberCheck::MyNumberCard, {QStringLiteral("mynumber_card")})
                .ok());

    {
        ui::PersonSearchPage page(*desk.clerk);
        page.setSearchText(QStringLiteral("やまだ"));
        page.searchNow();
        REQUIRE(page.model()->rowCount() == 4);
        shots.save(&page, QStringLiteral("person-search"), 1100, 520);
    }
    {
        ui::PersonDetailView view(*desk.clerk);
        REQUIRE(view.showPerson(yamada).ok());
        shots.save(&view, QStringLiteral("person-detail-history"), 1100, 640);
        ui::MyNumberRevealDialog* reveal = view.openRevealDialog();
        REQUIRE(reveal);
        auto* purpose = reveal->findChild<QComboBox*>(QStringLiteral("purposeCombo"));
        purpose->setCurrentIndex(1);
        shots.save(reveal, QStringLiteral("mynumber-reveal-prompt"));
        reveal->reveal();
        REQUIRE(reveal->isRevealed());
        shots.save(reveal, QStringLiteral("mynumber-revealed"));
        reveal->close();
    }
    {
        ui::MyNumberRecordDialog dialog(*desk.clerk, hanako);
        dialog.findChild<QLineEdit*>(QStringLiteral("numberEdit"))
            ->setText(QStringLiteral("9832 0567 3215"));
        dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        shots.save(&dialog, QStringLiteral("mynumber-record"));
    }
    {
        ui::PersonRegistrationDialog dialog(*desk.clerk);
        dialog.findChild<QLineEdit*>(QStringLiteral("familyNameEdit"))
            ->setText(QStringLiteral("山田"));
        dialog.findChild<QLineEdit*>(QStringLiteral("givenNameEdit"))
            ->setText(QStringLiteral("太朗"));
        dialog.findChild<QLineEdit*>(QStringLiteral("familyKanaEdit"))
            ->setText(QStringLiteral("やまだ"));
        dialog.findChild<QLineEdit*>(QStringLiteral("givenKanaEdit"))
            ->setText(QStringLiteral("たろう"));
        dialog.findChild<ui::WarekiDateEdit*>(QStringLiteral("birthDateEdit"))
            ->setText(QStringLiteral("S25.4.1"));
        auto* sex = dialog.findChild<QComboBox*>(QStringLiteral("sexCombo"));
        sex->setCurrentIndex(1);
        dialog.findChild<QLineEdit*>(QStringLiteral("postalCodeEdit"))
            ->setText(QStringLiteral("100-0001"));
        dialog.findChild<QLineEdit*>(QStringLiteral("addressEdit"))
            ->setText(QStringLiteral("東京都千代田区千代田1-1"));
        dialog.submit();
        REQUIRE(dialog.isShowingDuplicates());
        shots.save(&dialog, QStringLiteral("person-register-duplicates"));
    }
}
