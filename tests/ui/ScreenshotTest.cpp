// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check: renders the shell's windows to PNG files for a person to look at. Hidden from
// ctest; run it by hand:
//   MADOGUCHI_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=offscreen ./test_ui "[.screenshots]"
// MADOGUCHI_SCREENSHOT_LANG=en gives the English windows (default: ja).
#include "UiTestSupport.h"
#include "access/LockScreen.h"
#include "access/RecoveryCodeDialog.h"
#include "access/SetupDialog.h"
#include "access/SignInDialog.h"
#include "access/TotpEnrolmentDialog.h"
#include "admin/StaffAccountDialog.h"
#include "admin/StaffPage.h"
#include "auditview/AuditPage.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

void save(QWidget* widget, const QString& directory, const char* name, int settleMs = 200)
{
    waitUntil([]() { return false; }, settleMs); // let layouts and fonts settle
    const QString file = QDir(directory).filePath(QString::fromLatin1(name));
    CHECK(widget->grab().save(file, "PNG"));
}

template <typename T> T* visibleChild(QWidget* parent, const char* objectName)
{
    T* found = nullptr;
    waitUntil(
        [&]() {
            for (T* widget : parent->findChildren<T*>(QString::fromLatin1(objectName))) {
                if (widget->isVisible())
                    found = widget;
            }
            return found != nullptr;
        },
        3000);
    return found;
}

void signIn(ui::SignInDialog& dialog, const QString& login, const QString& password)
{
    child<QLineEdit>(&dialog, "loginEdit")->setText(login);
    child<QLineEdit>(&dialog, "passwordEdit")->setText(password);
    child<QPushButton>(&dialog, "signInButton")->click();
    REQUIRE(waitUntil([&]() { return !dialog.isBusy(); }));
}

} // namespace

TEST_CASE("Screenshots of the shell windows", "[.screenshots]")
{
    const QString directory = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR");
    REQUIRE_FALSE(directory.isEmpty());
    REQUIRE(QDir().mkpath(directory));
    const QString language =
        qEnvironmentVariable("MADOGUCHI_SCREENSHOT_LANG", QStringLiteral("ja"));
    QObject owner;
    const QList<QTranslator*> translators = ui::installTranslators(language, &owner);
    const QLocale previousLocale;
    if (language == QLatin1String("ja"))
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));

    QTemporaryDir temporary;
    const QString path = temporary.filePath(QStringLiteral("madoguchi.db"));
    const QString auditor = QStringLiteral("sato.ichiro");
    security::SecureBuffer auditorSecret;
    {
        // The real cost, so the busy state lasts long enough to be seen.
        ui::SetupDialog setup(path, security::KdfParams::moderate());
        setup.show();
        child<QLineEdit>(&setup, "loginEdit")->setText(QStringLiteral("yamada.hanako"));
        child<QLineEdit>(&setup, "displayNameEdit")->setText(QStringLiteral("山田 花子"));
        child<QLineEdit>(&setup, "passwordEdit")->setText(QStringLiteral("short"));
        save(&setup, directory, "setup-short-password.png");
        child<QLineEdit>(&setup, "passwordEdit")->setText(QString::fromLatin1(kAdminPassword));
        child<QLineEdit>(&setup, "confirmPasswordEdit")
            ->setText(QString::fromLatin1(kAdminPassword));
        child<QPushButton>(&setup, "createButton")->click();
        save(&setup, directory, "setup-busy.png", 50);
        REQUIRE(waitUntil([&]() { return setup.recoveryCodeDialog() != nullptr; }));
        ui::RecoveryCodeDialog* recovery = setup.recoveryCodeDialog();
        save(recovery, directory, "recovery-code.png");
        child<QCheckBox>(recovery, "writtenDownCheckBox")->setChecked(true);
        child<QPushButton>(recovery, "continueButton")->click();
        REQUIRE(setup.result() == QDialog::Accepted);

        // The first administrator's authenticator app.
        std::unique_ptr<Workspace> workspace = setup.takeWorkspace();
        REQUIRE(workspace);
        auto enrolment = workspace->staff().newEnrolment();
        REQUIRE(enrolment);
        ui::TotpEnrolmentDialog enrol(std::move(enrolment.value()),
                                      ui::TotpEnrolmentDialog::Mode::Confirm, workspace.get(),
                                      setup.displayName());
        enrol.show();
        save(&enrol, directory, "totp-enrolment.png");
        child<QLineEdit>(&enrol, "codeEdit")->setText(wrongCode(enrol.enrolment().secret));
        child<QPushButton>(&enrol, "confirmButton")->click();
        save(&enrol, directory, "totp-enrolment-wrong-code.png");
        child<QLineEdit>(&enrol, "codeEdit")->setText(codeNow(enrol.enrolment().secret));
        child<QPushButton>(&enrol, "confirmButton")->click();
        REQUIRE(workspace->isSignedIn());

        // Some colleagues, so the administration page has something to show.
        auditorSecret = addStaff(*workspace, auditor, {security::Role::Auditor});
        REQUIRE(auditorSecret.isValid());
        REQUIRE(addStaff(*workspace, QStringLiteral("suzuki.taro"),
                         {security::Role::Clerk, security::Role::Outreach},
                         {security::Scope::WelfareService, security::Scope::Devices})
                    .isValid());
        REQUIRE(addStaff(*workspace, QStringLiteral("takahashi.jiro"), {security::Role::Reviewer},
                         {security::Scope::MedicalPsychiatric})
                    .isValid());
        REQUIRE(workspace->staff().resetSecondFactor(workspace->session(),
                                                     QStringLiteral("takahashi.jiro")));

        ui::MainWindow window(std::move(workspace));
        window.show();
        window.setCurrentPage(ui::MainWindow::Page::Administration);
        auto* staffPage =
            qobject_cast<ui::StaffPage*>(window.pageWidget(ui::MainWindow::Page::Administration));
        REQUIRE(staffPage);
        staffPage->selectAccount(QStringLiteral("suzuki.taro"));
        save(&window, directory, "staff-admin.png");

        child<QPushButton>(staffPage, "newButton")->click();
        auto* dialog = visibleChild<ui::StaffAccountDialog>(staffPage, "staffAccountDialog");
        REQUIRE(dialog);
        child<QLineEdit>(dialog, "loginEdit")->setText(QStringLiteral("ito.saburo"));
        child<QLineEdit>(dialog, "displayNameEdit")->setText(QStringLiteral("伊藤 三郎"));
        dialog->roleCheckBox(security::Role::Clerk)->setChecked(true);
        dialog->scopeCheckBox(security::Scope::MedicalRehabilitation)->setChecked(true);
        dialog->scopeCheckBox(security::Scope::MedicalPsychiatric)->setChecked(true);
        child<QLineEdit>(dialog, "passwordEdit")->setText(QString::fromLatin1(kStaffPassword));
        child<QLineEdit>(dialog, "confirmPasswordEdit")
            ->setText(QString::fromLatin1(kStaffPassword));
        save(dialog, directory, "staff-new.png");
        child<QPushButton>(dialog, "okButton")->click();
        REQUIRE(waitUntil([&]() { return staffPage->enrolmentDialog() != nullptr; }));
        save(staffPage->enrolmentDialog(), directory, "staff-new-qr.png");
        child<QPushButton>(staffPage->enrolmentDialog(), "doneButton")->click();
        window.signOutAction()->trigger();
    }
    {
        ui::SignInDialog signInDialog(path);
        signInDialog.show();
        signIn(signInDialog, auditor, QStringLiteral("wrong password"));
        save(&signInDialog, directory, "signin-wrong-password.png");
        signIn(signInDialog, auditor, QString::fromLatin1(kStaffPassword));
        REQUIRE(signInDialog.step() == ui::SignInDialog::Step::Code);
        save(&signInDialog, directory, "signin-code.png");
        auto* codeEdit = child<QLineEdit>(child<QWidget>(&signInDialog, "codePage"), "codeEdit");
        codeEdit->setText(wrongCode(auditorSecret));
        child<QPushButton>(&signInDialog, "signInButton")->click();
        save(&signInDialog, directory, "signin-code-wrong.png");
        codeEdit->setText(codeNow(auditorSecret));
        child<QPushButton>(&signInDialog, "signInButton")->click();
        REQUIRE(signInDialog.result() == QDialog::Accepted);

        ui::MainWindow window(signInDialog.takeWorkspace());
        window.show();
        save(&window, directory, "main.png");
        window.setCurrentPage(ui::MainWindow::Page::Audit);
        auto* auditPage =
            qobject_cast<ui::AuditPage*>(window.pageWidget(ui::MainWindow::Page::Audit));
        REQUIRE(auditPage);
        child<QPushButton>(auditPage, "verifyButton")->click();
        save(&window, directory, "audit-viewer.png");
        window.lock();
        save(&window, directory, "locked.png");
    }
    {
        // An account the administrator reset: the second step sets up the app again.
        ui::SignInDialog signInDialog(path);
        signInDialog.show();
        signIn(signInDialog, QStringLiteral("takahashi.jiro"), QString::fromLatin1(kStaffPassword));
        REQUIRE(signInDialog.step() == ui::SignInDialog::Step::Enrolment);
        save(&signInDialog, directory, "signin-enrolment.png");
        signInDialog.reject();
    }
    for (QTranslator* translator : translators)
        QCoreApplication::removeTranslator(translator);
    QLocale::setDefault(previousLocale);
}
