// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/WindowFlow.h"

#include "UiTestSupport.h"
#include "access/RecoveryCodeDialog.h"
#include "access/SetupDialog.h"
#include "access/SignInDialog.h"
#include "access/TotpEnrolmentDialog.h"
#include "access/TotpEnrolmentWidget.h"
#include "shell/MainWindow.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::test;

TEST_CASE("First run ends signed in as an administrator with the display name typed", "[ui][flow]")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("first.db"));
    ui::WindowFlow flow(path, fastKdf());
    int finished = 0;
    QObject::connect(&flow, &ui::WindowFlow::finished, [&]() { ++finished; });
    flow.start();

    ui::SetupDialog* setup = flow.setupDialog();
    REQUIRE(setup);
    CHECK_FALSE(flow.signInDialog());
    child<QLineEdit>(setup, "loginEdit")->setText(QStringLiteral("tanaka.yoko"));
    child<QLineEdit>(setup, "displayNameEdit")->setText(QStringLiteral("田中 陽子"));
    child<QLineEdit>(setup, "passwordEdit")->setText(QString::fromLatin1(kAdminPassword));
    child<QLineEdit>(setup, "confirmPasswordEdit")->setText(QString::fromLatin1(kAdminPassword));
    child<QPushButton>(setup, "createButton")->click();

    // The recovery code first…
    REQUIRE(waitUntil([&]() { return setup->recoveryCodeDialog() != nullptr; }));
    ui::RecoveryCodeDialog* recovery = setup->recoveryCodeDialog();
    child<QCheckBox>(recovery, "writtenDownCheckBox")->setChecked(true);
    child<QPushButton>(recovery, "continueButton")->click();

    // …then the authenticator app, with nothing saved until a code matches…
    REQUIRE(waitUntil([&]() { return flow.enrolmentDialog() != nullptr; }));
    ui::TotpEnrolmentDialog* enrolment = flow.enrolmentDialog();
    CHECK(enrolment->enrolment().login == QStringLiteral("tanaka.yoko"));
    CHECK_FALSE(enrolment->enrolmentWidget()->qrImage().isNull());
    auto* codeEdit = child<QLineEdit>(enrolment, "codeEdit");
    codeEdit->setText(wrongCode(enrolment->enrolment().secret));
    child<QPushButton>(enrolment, "confirmButton")->click();
    CHECK_FALSE(enrolment->errorText().isEmpty());
    CHECK_FALSE(flow.mainWindow());
    codeEdit->setText(codeNow(enrolment->enrolment().secret));
    child<QPushButton>(enrolment, "confirmButton")->click();

    // …then the main window, signed in.
    REQUIRE(waitUntil([&]() { return flow.mainWindow() != nullptr; }));
    ui::MainWindow* window = flow.mainWindow();
    REQUIRE(window->workspace());
    const security::Session& session = window->workspace()->session();
    CHECK(window->workspace()->isSignedIn());
    CHECK(session.login == QStringLiteral("tanaka.yoko"));
    CHECK(session.displayName == QStringLiteral("田中 陽子"));
    CHECK(session.roles == QList<security::Role>{security::Role::Administrator});
    auto account = window->workspace()->staff().signingInAccount();
    REQUIRE(account);
    CHECK(account->displayName == QStringLiteral("田中 陽子"));
    CHECK(account->hasSecondFactor);
    CHECK(window->isPageAvailable(ui::MainWindow::Page::Administration));
    CHECK(finished == 0);

    // Signing out goes back to sign-in.
    window->signOutAction()->trigger();
    REQUIRE(waitUntil([&]() { return flow.signInDialog() && flow.signInDialog()->isVisible(); }));
    CHECK(waitUntil([&]() { return flow.mainWindow() == nullptr; }));
    CHECK(finished == 0);
    flow.signInDialog()->reject();
    CHECK(waitUntil([&]() { return finished == 1; }));
}
