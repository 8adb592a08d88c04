// SPDX-License-Identifier: GPL-3.0-or-later
// Not checks: renders the intake form of every procedure family to PNG files for a person to
// look at (see ../registry/ScreenshotSupport.h). Hidden from ctest.
#include "PagesFixture.h"
#include "ScreenshotSupport.h"
#include "inputs/WarekiDateEdit.h"
#include "intake/ApplicantPicker.h"
#include "intake/IntakePage.h"
#include "intake/ProcedureCatalog.h"

#include <QComboBox>
#include <QLineEdit>

using namespace madoguchi;
using namespace madoguchi::test;

TEST_CASE("Screenshots of the intake forms", "[.screenshots]")
{
    ScreenshotSession shots;
    PagesDesk desk;
    const QString applicant =
        desk.addPerson(QStringLiteral("山本"), QStringLiteral("七海"), QStringLiteral("ヤマモト"),
                       QStringLiteral("ナナミ"), QDate(1995, 7, 7), QStringLiteral("female"));
    const auto& catalog = intake::ProcedureCatalog::builtIn();
    int index = 0;
    for (const intake::ProcedureFamily& family : catalog.families()) {
        const intake::ProcedureKind* procedure = catalog.inFamily(family.code).first();
        ui::IntakePage page(*desk.clerk);
        REQUIRE(page.selectProcedure(procedure->code));
        // Half filled, then a submit: the inline problems show (odd: choices left open;
        // even: the applicant missing).
        if (index % 2 == 1)
            page.applicantPicker()->setPerson(
                applicant, QStringLiteral("0000000001  山本\u3000七海（ヤマモト\u3000ナナミ）  "
                                          "平成7年7月7日 (1995-07-07)"));
        for (const intake::FieldSpec& spec : procedure->fields) {
            QWidget* input = page.fieldWidget(spec.code);
            if (spec.type == intake::FieldType::Text && spec.digits == 0)
                static_cast<QLineEdit*>(input)->setText(QStringLiteral("障害福祉サービス"));
            else if (spec.type == intake::FieldType::Date)
                static_cast<ui::WarekiDateEdit*>(input)->setText(QStringLiteral("R7.8.1"));
            else if (spec.type == intake::FieldType::Choice && index % 2 == 0)
                static_cast<QComboBox*>(input)->setCurrentIndex(1);
        }
        page.submit();
        page.resize(1000, 900);
        const QSize content = page.sizeHint();
        shots.save(
            &page,
            QStringLiteral("intake-%1-%2").arg(++index, 2, 10, QLatin1Char('0')).arg(family.code),
            1000, std::max(900, content.height()));
        page.startNew(); // no drafts left behind for the next page
    }
}
