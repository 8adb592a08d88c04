// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/StaffPage.h"

#include "UiTestSupport.h"
#include "access/TotpEnrolmentDialog.h"
#include "access/TotpEnrolmentWidget.h"
#include "admin/StaffAccountDialog.h"
#include "admin/StaffTableModel.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::test;
using ui::StaffPage;
using ui::StaffTableModel;

namespace {

template <typename T> T* visibleDialog(QWidget* parent, const char* objectName)
{
    T* found = nullptr;
    waitUntil(
        [&]() {
            for (T* dialog : parent->findChildren<T*>(QString::fromLatin1(objectName))) {
                if (dialog->isVisible())
                    found = dialog;
            }
            return found != nullptr;
        },
        2000);
    return found;
}

void fillNewAccount(ui::StaffAccountDialog& dialog, const QString& login)
{
    child<QLineEdit>(&dialog, "loginEdit")->setText(login);
    child<QLineEdit>(&dialog, "displayNameEdit")->setText(QStringLiteral("鈴木 太郎"));
    dialog.roleCheckBox(security::Role::Clerk)->setChecked(true);
    dialog.scopeCheckBox(security::Scope::MedicalPsychiatric)->setChecked(true);
    child<QLineEdit>(&dialog, "passwordEdit")->setText(QString::fromLatin1(kStaffPassword));
    child<QLineEdit>(&dialog, "confirmPasswordEdit")->setText(QString::fromLatin1(kStaffPassword));
}

QString cell(const StaffTableModel& model, const QString& login, int column)
{
    const int row = model.rowOf(login);
    return row < 0 ? QString() : model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("StaffPage creates an account that appears in the table, and shows its QR code once",
          "[ui][staff]")
{
    auto fixture = createTestWorkspace();
    REQUIRE(fixture);
    StaffPage page(*fixture->workspace);
    page.show();
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(cell(*page.model(), QString::fromLatin1(kAdminLogin),
               StaffTableModel::DisplayNameColumn) == QString::fromUtf8(kAdminDisplayName));

    child<QPushButton>(&page, "newButton")->click();
    auto* dialog = visibleDialog<ui::StaffAccountDialog>(&page, "staffAccountDialog");
    REQUIRE(dialog);
    auto* okButton = child<QPushButton>(dialog, "okButton");
    CHECK_FALSE(okButton->isEnabled());
    fillNewAccount(*dialog, QStringLiteral("suzuki.taro"));
    // The four ledgers are offered as scopes.
    for (security::Scope scope : security::allScopes())
        CHECK_FALSE(dialog->scopeCheckBox(scope)->text().isEmpty());
    REQUIRE(okButton->isEnabled());
    okButton->click();

    // The person's QR code, to scan now.
    REQUIRE(waitUntil([&]() { return page.enrolmentDialog() != nullptr; }, 5000));
    CHECK_FALSE(dialog->isVisible());
    ui::TotpEnrolmentDialog* enrolment = page.enrolmentDialog();
    CHECK(enrolment->mode() == ui::TotpEnrolmentDialog::Mode::ShowOnce);
    const QImage qr = enrolment->enrolmentWidget()->qrImage();
    CHECK_FALSE(qr.isNull());
    CHECK(qr.width() == qr.height());
    CHECK(enrolment->enrolment().login == QStringLiteral("suzuki.taro"));

    REQUIRE(page.model()->rowCount() == 2);
    const QString login = QStringLiteral("suzuki.taro");
    CHECK(cell(*page.model(), login, StaffTableModel::DisplayNameColumn) ==
          QStringLiteral("鈴木 太郎"));
    CHECK(cell(*page.model(), login, StaffTableModel::RolesColumn) ==
          QStringLiteral("Counter clerk"));
    CHECK(cell(*page.model(), login, StaffTableModel::ScopesColumn) ==
          QStringLiteral("Medical care for independence (psychiatric) ledger"));
    CHECK(cell(*page.model(), login, StaffTableModel::StateColumn) == QStringLiteral("Active"));
    CHECK(cell(*page.model(), login, StaffTableModel::SecondFactorColumn) == QStringLiteral("Yes"));
    CHECK(page.messageText().contains(login));

    // "Set up at first sign-in" forgets the second factor again.
    child<QPushButton>(enrolment, "laterButton")->click();
    CHECK(waitUntil([&]() {
        return cell(*page.model(), login, StaffTableModel::SecondFactorColumn) !=
               QStringLiteral("Yes");
    }));
    CHECK(cell(*page.model(), login, StaffTableModel::SecondFactorColumn)
              .startsWith(QStringLiteral("No")));

    // A login that exists already is refused in the dialog, which stays open.
    child<QPushButton>(&page, "newButton")->click();
    auto* again = visibleDialog<ui::StaffAccountDialog>(&page, "staffAccountDialog");
    REQUIRE(again);
    fillNewAccount(*again, login);
    child<QPushButton>(again, "okButton")->click();
    CHECK(again->isVisible());
    CHECK(again->messageText().contains(login));
    CHECK(page.model()->rowCount() == 2);
    again->reject();
}

TEST_CASE("StaffPage asks before disabling an account and says what it means", "[ui][staff]")
{
    auto fixture = createTestWorkspace();
    REQUIRE(fixture);
    const QString login = QStringLiteral("takahashi.jiro");
    REQUIRE(addStaff(*fixture->workspace, login, {security::Role::Reviewer}).isValid());
    StaffPage page(*fixture->workspace);
    page.show();
    REQUIRE(page.model()->rowCount() == 2);

    // One's own account cannot be disabled from here.
    REQUIRE(page.selectAccount(QString::fromLatin1(kAdminLogin)));
    CHECK_FALSE(child<QPushButton>(&page, "disableButton")->isEnabled());

    REQUIRE(page.selectAccount(login));
    auto* disableButton = child<QPushButton>(&page, "disableButton");
    REQUIRE(disableButton->isEnabled());
    disableButton->click();
    auto* box = visibleDialog<QMessageBox>(&page, "disableConfirmation");
    REQUIRE(box);
    CHECK(box->text().contains(login));
    CHECK(box->informativeText().contains(QStringLiteral("can no longer open the database")));
    child<QPushButton>(box, "cancelButton")->click();
    waitUntil([]() { return false; }, 50);
    CHECK(cell(*page.model(), login, StaffTableModel::StateColumn) == QStringLiteral("Active"));

    REQUIRE(page.selectAccount(login));
    disableButton->click();
    box = visibleDialog<QMessageBox>(&page, "disableConfirmation");
    REQUIRE(box);
    child<QPushButton>(box, "confirmButton")->click();
    CHECK(waitUntil([&]() {
        return cell(*page.model(), login, StaffTableModel::StateColumn) ==
               QStringLiteral("Disabled");
    }));
    CHECK(page.messageText().contains(login));
    CHECK_FALSE(fixture->workspace->database().accountLogins().contains(login));
    // Nothing more to do with a disabled account.
    REQUIRE(page.selectAccount(login));
    CHECK_FALSE(disableButton->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, "editButton")->isEnabled());
}

TEST_CASE("StaffPage changes roles and scopes, and unlocks a locked account", "[ui][staff]")
{
    auto fixture = createTestWorkspace();
    REQUIRE(fixture);
    const QString login = QStringLiteral("ito.saburo");
    REQUIRE(addStaff(*fixture->workspace, login, {security::Role::Clerk}).isValid());
    REQUIRE(fixture->workspace->staff().lock(fixture->workspace->session(), login));
    StaffPage page(*fixture->workspace);
    page.show();

    REQUIRE(page.selectAccount(login));
    CHECK(cell(*page.model(), login, StaffTableModel::StateColumn) == QStringLiteral("Locked"));
    auto* unlockButton = child<QPushButton>(&page, "unlockButton");
    REQUIRE(unlockButton->isEnabled());
    unlockButton->click();
    CHECK(cell(*page.model(), login, StaffTableModel::StateColumn) == QStringLiteral("Active"));

    REQUIRE(page.selectAccount(login));
    child<QPushButton>(&page, "editButton")->click();
    auto* dialog = visibleDialog<ui::StaffAccountDialog>(&page, "staffAccountDialog");
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(dialog, "loginEdit")->isReadOnly());
    CHECK(dialog->roleCheckBox(security::Role::Clerk)->isChecked());
    dialog->roleCheckBox(security::Role::Approver)->setChecked(true);
    dialog->scopeCheckBox(security::Scope::Devices)->setChecked(true);
    child<QPushButton>(dialog, "okButton")->click();
    CHECK(cell(*page.model(), login, StaffTableModel::RolesColumn) ==
          QStringLiteral("Counter clerk, Approver"));
    CHECK(cell(*page.model(), login, StaffTableModel::ScopesColumn)
              .contains(QStringLiteral("Prosthetic devices")));
}
