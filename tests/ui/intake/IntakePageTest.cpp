// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/IntakePage.h"
#include "PagesFixture.h"
#include "inputs/WarekiDateEdit.h"
#include "intake/ApplicantPicker.h"
#include "intake/IntakeService.h"
#include "intake/ProcedureCatalog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <memory>

using namespace madoguchi;
using namespace madoguchi::test;
using intake::FieldSpec;
using intake::FieldType;
using intake::ProcedureKind;
using ui::IntakePage;
using ui::WarekiDateEdit;

namespace {

const intake::ProcedureCatalog& catalog()
{
    return intake::ProcedureCatalog::builtIn();
}

/// The first procedure of every family.
QList<const ProcedureKind*> onePerFamily()
{
    QList<const ProcedureKind*> procedures;
    for (const intake::ProcedureFamily& family : catalog().families()) {
        const auto inFamily = catalog().inFamily(family.code);
        REQUIRE_FALSE(inFamily.isEmpty());
        procedures << inFamily.first();
    }
    return procedures;
}

/// Types a valid value into every required field.
void fillRequired(IntakePage& page, const ProcedureKind& procedure)
{
    for (const FieldSpec& spec : procedure.fields) {
        if (!spec.required)
            continue;
        QWidget* input = page.fieldWidget(spec.code);
        INFO(spec.code.toStdString());
        REQUIRE(input);
        switch (spec.type) {
        case FieldType::Text:
            static_cast<QLineEdit*>(input)->setText(spec.digits > 0 ? QString(spec.digits, u'１')
                                                                    : QStringLiteral("テスト入力"));
            break;
        case FieldType::Date:
            static_cast<WarekiDateEdit*>(input)->setText(QStringLiteral("R7.7.1"));
            break;
        case FieldType::Integer:
            static_cast<QLineEdit*>(input)->setText(QString::number(spec.min.value_or(1)));
            break;
        case FieldType::Choice:
            static_cast<QComboBox*>(input)->setCurrentIndex(1);
            break;
        case FieldType::Boolean:
            static_cast<QCheckBox*>(input)->setChecked(true);
            break;
        }
    }
}

QString addApplicant(PagesDesk& desk)
{
    return desk.addPerson(QStringLiteral("山本"), QStringLiteral("七海"),
                          QStringLiteral("ヤマモト"), QStringLiteral("ナナミ"), QDate(1995, 7, 7),
                          QStringLiteral("female"));
}

qint64 applications(PagesDesk& desk)
{
    return desk.scalar(QStringLiteral("SELECT count(*) FROM application"));
}

/// The field code a widget of the form belongs to (its own name or its 和暦 parent's).
QString fieldCodeOf(QWidget* widget)
{
    for (QWidget* w = widget; w; w = w->parentWidget()) {
        if (w->objectName().startsWith(u"field_"))
            return w->objectName().mid(6);
    }
    return {};
}

} // namespace

TEST_CASE("The intake form of each family is built from its procedure data", "[ui][intake]")
{
    PagesDesk desk;
    IntakePage page(*desk.clerk);
    REQUIRE(page.allowedProcedures().size() == catalog().procedures().size());
    for (const ProcedureKind* procedure : onePerFamily()) {
        INFO(procedure->code.toStdString());
        REQUIRE(page.selectProcedure(procedure->code));
        CHECK(page.familyCode() == procedure->family);
        for (const FieldSpec& spec : procedure->fields) {
            INFO(spec.code.toStdString());
            QWidget* input = page.fieldWidget(spec.code);
            REQUIRE(input);
            switch (spec.type) {
            case FieldType::Text:
            case FieldType::Integer:
                CHECK(qobject_cast<QLineEdit*>(input));
                // No input masks: IME composition must reach every text field.
                CHECK(static_cast<QLineEdit*>(input)->inputMask().isEmpty());
                break;
            case FieldType::Date:
                CHECK(qobject_cast<WarekiDateEdit*>(input));
                break;
            case FieldType::Choice: {
                auto* combo = qobject_cast<QComboBox*>(input);
                REQUIRE(combo);
                CHECK(combo->count() == spec.choices.size() + 1); // + "(choose)"
                break;
            }
            case FieldType::Boolean:
                CHECK(qobject_cast<QCheckBox*>(input));
                break;
            }
        }
        for (const intake::AttachmentSpec& attachment : procedure->attachments)
            CHECK(page.attachmentCheck(attachment.code));

        // Tab order follows the form: the fields come in the order of the procedure data.
        QStringList visited;
        QWidget* widget = page.findChild<QComboBox*>(QStringLiteral("familyCombo"));
        for (int step = 0; step < 400 && widget; ++step) {
            widget = widget->nextInFocusChain();
            if (!(widget->focusPolicy() & Qt::TabFocus))
                continue;
            const QString code = fieldCodeOf(widget);
            if (!code.isEmpty() && !visited.contains(code))
                visited << code;
            if (widget->objectName() == u"submitButton")
                break;
        }
        QStringList expected;
        for (const FieldSpec& spec : procedure->fields)
            expected << spec.code;
        CHECK(visited == expected);
    }
}

TEST_CASE("Missing required fields are shown inline and nothing typed is cleared", "[ui][intake]")
{
    PagesDesk desk;
    const QString applicant = addApplicant(desk);
    IntakePage page(*desk.clerk);
    REQUIRE(page.selectProcedure(QStringLiteral("care_benefit_new")));
    auto* amount = qobject_cast<QLineEdit*>(page.fieldWidget(QStringLiteral("requested_amount")));
    REQUIRE(amount);
    amount->setText(QStringLiteral("２２日／月"));
    auto* start =
        qobject_cast<WarekiDateEdit*>(page.fieldWidget(QStringLiteral("requested_start")));
    REQUIRE(start);
    start->setText(QStringLiteral("R7.8.1"));

    page.submit();
    CHECK(page.applicationNumber().isEmpty());
    CHECK(applications(desk) == 0);
    CHECK_FALSE(page.messageText().isEmpty());
    CHECK_FALSE(page.fieldError(QStringLiteral("requested_service")).isEmpty());
    CHECK_FALSE(page.fieldError(QStringLiteral("support_category_status")).isEmpty());
    CHECK_FALSE(page.fieldError(QStringLiteral("person_id")).isEmpty());
    CHECK(page.fieldError(QStringLiteral("requested_amount")).isEmpty());
    CHECK(amount->text() == QStringLiteral("２２日／月"));
    CHECK(start->text() == QStringLiteral("R7.8.1"));

    // Fixing a field takes its message away at once; the others stay until fixed.
    auto* service = qobject_cast<QComboBox*>(page.fieldWidget(QStringLiteral("requested_service")));
    service->setCurrentIndex(service->findData(QStringLiteral("daily_life_care")));
    CHECK(page.fieldError(QStringLiteral("requested_service")).isEmpty());
    CHECK_FALSE(page.fieldError(QStringLiteral("support_category_status")).isEmpty());

    // A date that does not exist: the reason under the field, the text kept.
    start->setText(QStringLiteral("H31.5.1"));
    CHECK_FALSE(start->errorText().isEmpty());
    auto* status =
        qobject_cast<QComboBox*>(page.fieldWidget(QStringLiteral("support_category_status")));
    status->setCurrentIndex(1);
    page.applicantPicker()->setPerson(applicant, QStringLiteral("山本 七海"));
    page.submit();
    CHECK(applications(desk) == 0);
    CHECK(start->text() == QStringLiteral("H31.5.1"));

    start->setText(QStringLiteral("R7.8.1"));
    page.submit();
    INFO(page.messageText().toStdString());
    CHECK_FALSE(page.applicationNumber().isEmpty());
    CHECK(applications(desk) == 1);
}

TEST_CASE("A form of every family can be submitted and shows the application number",
          "[ui][intake]")
{
    PagesDesk desk;
    const QString applicant = addApplicant(desk);
    IntakePage page(*desk.clerk);
    QStringList numbers;
    QObject::connect(&page, &IntakePage::submitted,
                     [&](const QString&, const QString& number) { numbers << number; });
    qint64 expected = 0;
    for (const ProcedureKind* procedure : onePerFamily()) {
        INFO(procedure->code.toStdString());
        REQUIRE(page.selectProcedure(procedure->code));
        fillRequired(page, *procedure);
        page.applicantPicker()->setPerson(applicant, QStringLiteral("山本 七海"));
        page.submit();
        INFO(page.messageText().toStdString());
        REQUIRE_FALSE(page.applicationNumber().isEmpty());
        CHECK(page.findChild<QLabel*>(QStringLiteral("resultLabel"))
                  ->text()
                  .contains(page.applicationNumber()));
        CHECK(applications(desk) == ++expected);
        // Ready for the next one: the procedure stays, the applicant does not.
        CHECK(page.procedureCode() == procedure->code);
        CHECK(page.applicantPicker()->personId().isEmpty());
    }
    numbers.removeDuplicates();
    CHECK(numbers.size() == catalog().families().size());
}

TEST_CASE("The draft comes back after the page is destroyed and made again", "[ui][intake]")
{
    PagesDesk desk;
    const QString applicant = addApplicant(desk);
    auto page = std::make_unique<IntakePage>(*desk.clerk);
    page->setAutosaveIntervals(60'000, 50);
    REQUIRE(page->selectProcedure(QStringLiteral("psychiatric_outpatient_new")));
    const ProcedureKind* procedure = catalog().find(QStringLiteral("psychiatric_outpatient_new"));
    REQUIRE(procedure);
    fillRequired(*page, *procedure);
    page->applicantPicker()->setPerson(applicant, QStringLiteral("山本 七海"));
    page->findChild<QLineEdit*>(QStringLiteral("representativeEdit"))
        ->setText(QStringLiteral("山本 一郎(父)"));
    const QJsonObject before = page->formState();

    // The autosave runs by itself; then the page goes away without a chance to save
    // (as in a crash, its destructor has nothing left to do).
    REQUIRE(waitUntil([&]() { return !page->hasUnsavedChanges(); }, 3000));
    intake::IntakeService service(desk.clerk->database().connection(), desk.clerk->audit(),
                                  desk.clerk->authorizer(), desk.office.clock);
    auto drafts = service.drafts(desk.clerk->session());
    REQUIRE(drafts.ok());
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->first().form == before);
    page.reset();

    IntakePage again(*desk.clerk);
    CHECK(again.procedureCode() == QStringLiteral("psychiatric_outpatient_new"));
    CHECK(again.formState() == before);
    CHECK(again.applicantPicker()->personId() == applicant);
    CHECK(again.findChild<QLineEdit*>(QStringLiteral("representativeEdit"))->text() ==
          QStringLiteral("山本 一郎(父)"));
    CHECK_FALSE(again.messageText().isEmpty());

    // Another account does not get it.
    auto other =
        desk.signInAs(QStringLiteral("clerk2"), {security::Role::Clerk}, security::allScopes());
    IntakePage theirs(*other);
    CHECK(theirs.applicantPicker()->personId().isEmpty());

    // Submitting uses the draft up.
    again.submit();
    INFO(again.messageText().toStdString());
    REQUIRE_FALSE(again.applicationNumber().isEmpty());
    auto left = service.drafts(desk.clerk->session());
    REQUIRE(left.ok());
    CHECK(left->isEmpty());
}

TEST_CASE("Enter in a line edit moves on and never submits, Ctrl+Return submits", "[ui][intake]")
{
    PagesDesk desk;
    const QString applicant = addApplicant(desk);
    IntakePage page(*desk.clerk);
    page.show();
    page.activateWindow();
    REQUIRE(waitUntil([&]() { return page.isActiveWindow(); }, 3000));
    REQUIRE(page.selectProcedure(QStringLiteral("prosthetic_device")));
    settle(50); // the new fields are shown by queued events
    const ProcedureKind* procedure = catalog().find(QStringLiteral("prosthetic_device"));
    fillRequired(page, *procedure);
    page.applicantPicker()->setPerson(applicant, QStringLiteral("山本 七海"));
    // The form is complete: an Enter that submitted would be taken.
    auto* text = qobject_cast<QLineEdit*>(page.fieldWidget(QStringLiteral("supplier_name")));
    REQUIRE(text);
    text->setFocus();
    REQUIRE(waitUntil([&]() { return text->hasFocus(); }, 2000));
    const QString typed = text->text();
    pressKey(text, Qt::Key_Return);
    QWidget* next = QApplication::focusWidget();
    REQUIRE(next);
    CHECK(next != text);
    // The next field of the procedure (estimate_amount follows supplier_name).
    CHECK(next == page.fieldWidget(QStringLiteral("estimate_amount")));
    pressKey(next, Qt::Key_Enter, Qt::KeypadModifier);
    settle(50);
    CHECK(applications(desk) == 0);
    CHECK(page.applicationNumber().isEmpty());
    CHECK_FALSE(text->hasFocus()); // it moved on
    CHECK(text->text() == typed);

    // Enter in a 和暦 field and on a checkbox does not submit either.
    auto* receivedOn = page.receivedOnEdit();
    pressKey(receivedOn->findChild<QLineEdit*>(QStringLiteral("dateEdit")), Qt::Key_Return);
    settle(50);
    CHECK(applications(desk) == 0);

    // Enter on a focused button presses nothing: "New application" would discard the form.
    auto* newButton = page.findChild<QPushButton*>(QStringLiteral("newButton"));
    newButton->setFocus();
    REQUIRE(waitUntil([&]() { return newButton->hasFocus(); }, 2000));
    pressKey(newButton, Qt::Key_Return);
    settle(50);
    CHECK(text->text() == typed);
    CHECK(page.applicantPicker()->personId() == applicant);

    text->setFocus();
    REQUIRE(waitUntil([&]() { return text->hasFocus(); }, 2000));
    pressKey(text, Qt::Key_Return, Qt::ControlModifier);
    CHECK(applications(desk) == 1);
    CHECK_FALSE(page.applicationNumber().isEmpty());
}

TEST_CASE("The applicant is chosen with the keyboard through the small search", "[ui][intake]")
{
    PagesDesk desk;
    const QString applicant = addApplicant(desk);
    IntakePage page(*desk.clerk);
    ui::ApplicantPicker* picker = page.applicantPicker();
    auto* search = picker->findChild<QLineEdit*>(QStringLiteral("applicantSearchEdit"));
    REQUIRE(search);
    commitText(search, QStringLiteral("やまもと　ななみ"));
    REQUIRE(waitUntil([&]() { return picker->matchCount() == 1; }, 3000));
    CHECK(picker->personId().isEmpty());
    pressKey(search, Qt::Key_Return);
    CHECK(picker->personId() == applicant);
    CHECK(picker->personText().contains(QStringLiteral("山本")));
    CHECK(picker->personText().contains(QStringLiteral("平成7年7月7日")));
    CHECK(page.hasUnsavedChanges());
}
