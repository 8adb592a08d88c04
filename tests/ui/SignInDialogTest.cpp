// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/SignInDialog.h"

#include "UiTestSupport.h"
#include "access/TotpEnrolmentWidget.h"
#include "security/Totp.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::test;
using ui::SignInDialog;

namespace {

void enterPassword(SignInDialog& dialog, const QString& login, const QString& password)
{
    child<QLineEdit>(&dialog, "loginEdit")->setText(login);
    child<QLineEdit>(&dialog, "passwordEdit")->setText(password);
    auto* signInButton = child<QPushButton>(&dialog, "signInButton");
    REQUIRE(signInButton->isEnabled());
    signInButton->click();
    REQUIRE(waitUntil([&]() { return !dialog.isBusy(); }));
}

void enterCode(SignInDialog& dialog, const QString& code)
{
    QLineEdit* codeEdit = dialog.step() == SignInDialog::Step::Enrolment
                              ? child<QLineEdit>(dialog.enrolmentWidget(), "codeEdit")
                              : child<QLineEdit>(child<QWidget>(&dialog, "codePage"), "codeEdit");
    REQUIRE(codeEdit);
    codeEdit->setText(code);
    auto* signInButton = child<QPushButton>(&dialog, "signInButton");
    REQUIRE(signInButton->isEnabled());
    signInButton->click();
}

} // namespace

TEST_CASE("SignInDialog with a wrong password shows the error and keeps the login", "[ui][signin]")
{
    auto fixture = createTestWorkspace(false);
    REQUIRE(fixture);

    SignInDialog dialog(fixture->path);
    dialog.show();
    child<QLineEdit>(&dialog, "loginEdit")->setText(QString::fromLatin1(kAdminLogin));
    child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("not the password"));
    child<QPushButton>(&dialog, "signInButton")->click();
    CHECK(dialog.isBusy());
    CHECK(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
    REQUIRE(waitUntil([&]() { return !dialog.isBusy(); }));

    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(dialog.step() == SignInDialog::Step::Password);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLineEdit>(&dialog, "loginEdit")->text() == QString::fromLatin1(kAdminLogin));
    CHECK(child<QLineEdit>(&dialog, "passwordEdit")->isEnabled());
    CHECK_FALSE(dialog.takeWorkspace());

    // An unknown login is an error in the dialog too, not a crash.
    enterPassword(dialog, QStringLiteral("nobody"), QString::fromLatin1(kAdminPassword));
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(dialog.step() == SignInDialog::Step::Password);
}

TEST_CASE("SignInDialog asks for the app's code after the password and accepts the right one",
          "[ui][signin][totp]")
{
    auto fixture = createTestWorkspace(false);
    REQUIRE(fixture);

    SignInDialog dialog(fixture->path);
    dialog.show();
    enterPassword(dialog, QString::fromLatin1(kAdminLogin), QString::fromLatin1(kAdminPassword));
    REQUIRE(dialog.step() == SignInDialog::Step::Code);
    CHECK(dialog.errorText().isEmpty());
    CHECK(child<QLineEdit>(child<QWidget>(&dialog, "codePage"), "codeEdit")->isVisible());
    CHECK_FALSE(child<QPushButton>(&dialog, "signInButton")->isEnabled()); // no code yet
    CHECK(child<QLabel>(&dialog, "codeIntroLabel")
              ->text()
              .contains(QString::fromUtf8(kAdminDisplayName)));

    enterCode(dialog, codeNow(fixture->adminSecret));
    CHECK(dialog.errorText().isEmpty());
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto workspace = dialog.takeWorkspace();
    REQUIRE(workspace);
    CHECK(workspace->isSignedIn());
    CHECK(workspace->session().login == QString::fromLatin1(kAdminLogin));
    CHECK(workspace->session().displayName == QString::fromUtf8(kAdminDisplayName));
    CHECK(workspace->session().hasRole(security::Role::Administrator));
}

TEST_CASE("SignInDialog refuses a wrong code with the message, keeps the step, and goes back",
          "[ui][signin][totp]")
{
    auto fixture = createTestWorkspace(false);
    REQUIRE(fixture);

    SignInDialog dialog(fixture->path);
    dialog.show();
    enterPassword(dialog, QString::fromLatin1(kAdminLogin), QString::fromLatin1(kAdminPassword));
    REQUIRE(dialog.step() == SignInDialog::Step::Code);

    enterCode(dialog, wrongCode(fixture->adminSecret));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.step() == SignInDialog::Step::Code);
    CHECK(dialog.errorText().contains(QStringLiteral("code")));
    CHECK(child<QLabel>(&dialog, "errorLabel")->isVisible());
    CHECK(child<QLineEdit>(child<QWidget>(&dialog, "codePage"), "codeEdit")->text().isEmpty());
    CHECK_FALSE(dialog.takeWorkspace());

    // Back to the password: the login stays, the password does not.
    child<QPushButton>(&dialog, "backButton")->click();
    CHECK(dialog.step() == SignInDialog::Step::Password);
    CHECK(child<QLineEdit>(&dialog, "loginEdit")->text() == QString::fromLatin1(kAdminLogin));
    CHECK(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());

    // The right code after the way round works.
    enterPassword(dialog, QString::fromLatin1(kAdminLogin), QString::fromLatin1(kAdminPassword));
    REQUIRE(dialog.step() == SignInDialog::Step::Code);
    enterCode(dialog, codeNow(fixture->adminSecret));
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("SignInDialog sets up the app for an account without a second factor",
          "[ui][signin][totp]")
{
    auto fixture = createTestWorkspace(false, false);
    REQUIRE(fixture);

    SignInDialog dialog(fixture->path);
    dialog.show();
    enterPassword(dialog, QString::fromLatin1(kAdminLogin), QString::fromLatin1(kAdminPassword));
    REQUIRE(dialog.step() == SignInDialog::Step::Enrolment);
    REQUIRE(dialog.enrolment());
    const QImage qr = dialog.enrolmentWidget()->qrImage();
    CHECK_FALSE(qr.isNull());
    CHECK(qr.width() == qr.height());

    enterCode(dialog, wrongCode(dialog.enrolment()->secret));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.step() == SignInDialog::Step::Enrolment);
    CHECK_FALSE(dialog.errorText().isEmpty());

    enterCode(dialog, codeNow(dialog.enrolment()->secret));
    CHECK(dialog.errorText().isEmpty());
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto workspace = dialog.takeWorkspace();
    REQUIRE(workspace);
    CHECK(workspace->isSignedIn());
    auto account = workspace->staff().signingInAccount();
    REQUIRE(account);
    CHECK(account->hasSecondFactor);
}

TEST_CASE("SignInDialog says until when an account is locked after failed passwords",
          "[ui][signin][lockout]")
{
    auto fixture = createTestWorkspace(false);
    REQUIRE(fixture);

    SignInDialog dialog(fixture->path);
    dialog.show();
    const QString login = QString::fromLatin1(kAdminLogin);
    for (int attempt = 0; attempt < security::LockoutPolicy{}.maxFailures; ++attempt)
        enterPassword(dialog, login, QStringLiteral("wrong password %1").arg(attempt));
    CHECK(dialog.errorText().contains(QStringLiteral("locked")));

    // Even the right password is refused now, and the message names the end time.
    enterPassword(dialog, login, QString::fromLatin1(kAdminPassword));
    CHECK(dialog.step() == SignInDialog::Step::Password);
    CHECK(dialog.errorText().contains(QStringLiteral("locked")));
    CHECK(dialog.errorText().contains(QStringLiteral("until")));
    CHECK(child<QLineEdit>(&dialog, "loginEdit")->text() == login);
    CHECK(dialog.result() != QDialog::Accepted);
}
