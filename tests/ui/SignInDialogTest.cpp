// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/SignInDialog.h"

#include "UiTestSupport.h"

#include <QLineEdit>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::test;
using ui::SignInDialog;

namespace {

void signIn(SignInDialog& dialog, const QString& login, const QString& password)
{
    child<QLineEdit>(&dialog, "loginEdit")->setText(login);
    child<QLineEdit>(&dialog, "passwordEdit")->setText(password);
    auto* signInButton = child<QPushButton>(&dialog, "signInButton");
    REQUIRE(signInButton->isEnabled());
    signInButton->click();
}

} // namespace

TEST_CASE("SignInDialog with a wrong password shows the error and keeps the login", "[ui][signin]")
{
    auto fixture = createTestDatabase();
    REQUIRE(fixture);
    fixture->database.reset(); // the app starts with the database closed

    SignInDialog dialog(fixture->path);
    dialog.show();
    signIn(dialog, QString::fromLatin1(kAdminLogin), QStringLiteral("not the password"));
    CHECK(dialog.isBusy());
    CHECK(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
    REQUIRE(waitUntil([&]() { return !dialog.isBusy(); }));

    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLineEdit>(&dialog, "loginEdit")->text() == QString::fromLatin1(kAdminLogin));
    CHECK(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
    CHECK(child<QLineEdit>(&dialog, "passwordEdit")->isEnabled());
    CHECK_FALSE(dialog.takeDatabase());

    // An unknown login is an error in the dialog too, not a crash.
    signIn(dialog, QStringLiteral("nobody"), QString::fromLatin1(kAdminPassword));
    REQUIRE(waitUntil([&]() { return !dialog.isBusy(); }));
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(dialog.result() != QDialog::Accepted);
}

TEST_CASE("SignInDialog signs in with the right password", "[ui][signin]")
{
    auto fixture = createTestDatabase();
    REQUIRE(fixture);
    fixture->database.reset();

    SignInDialog dialog(fixture->path);
    dialog.show();
    signIn(dialog, QString::fromLatin1(kAdminLogin), QString::fromLatin1(kAdminPassword));
    REQUIRE(waitUntil([&]() { return !dialog.isBusy(); }));

    CHECK(dialog.errorText().isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.signedInUser().login == QString::fromLatin1(kAdminLogin));
    CHECK_FALSE(dialog.signedInUser().viaRecoveryCode);
    auto database = dialog.takeDatabase();
    REQUIRE(database);
    CHECK(database->schemaVersion() > 0);
}

TEST_CASE("SignInDialog opens the database with the recovery code", "[ui][signin]")
{
    auto fixture = createTestDatabase();
    REQUIRE(fixture);
    fixture->database.reset();

    SignInDialog dialog(fixture->path);
    dialog.show();
    dialog.signInWithRecoveryCode(QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"));
    REQUIRE(waitUntil([&]() { return !dialog.isBusy(); }));
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(dialog.result() != QDialog::Accepted);

    // Lower case and no hyphens, as a person might type it.
    dialog.signInWithRecoveryCode(fixture->recoveryCode.toLower().remove(QLatin1Char('-')));
    REQUIRE(waitUntil([&]() { return !dialog.isBusy(); }));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.signedInUser().viaRecoveryCode);
    CHECK(dialog.takeDatabase());
}
