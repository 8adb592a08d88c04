// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/SetupDialog.h"

#include "UiTestSupport.h"
#include "access/RecoveryCodeDialog.h"
#include "security/KeySlotFile.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::test;
using ui::SetupDialog;

namespace {

struct SetupForm
{
    QLineEdit* path;
    QLineEdit* login;
    QLineEdit* displayName;
    QLineEdit* password;
    QLineEdit* confirmPassword;
    QPushButton* createButton;
};

SetupForm formOf(const SetupDialog& dialog)
{
    return {child<QLineEdit>(&dialog, "pathEdit"),
            child<QLineEdit>(&dialog, "loginEdit"),
            child<QLineEdit>(&dialog, "displayNameEdit"),
            child<QLineEdit>(&dialog, "passwordEdit"),
            child<QLineEdit>(&dialog, "confirmPasswordEdit"),
            child<QPushButton>(&dialog, "createButton")};
}

} // namespace

TEST_CASE("SetupDialog keeps Create disabled for a short password and says why", "[ui][setup]")
{
    QTemporaryDir directory;
    SetupDialog dialog(directory.filePath(QStringLiteral("new.db")),
                       security::KdfParams::minimum());
    const SetupForm form = formOf(dialog);
    REQUIRE(form.createButton);
    CHECK_FALSE(form.createButton->isEnabled()); // empty form

    form.login->setText(QStringLiteral("yamada.hanako"));
    form.displayName->setText(QStringLiteral("山田 花子"));
    form.password->setText(QStringLiteral("short"));
    form.confirmPassword->setText(QStringLiteral("short"));
    CHECK_FALSE(form.createButton->isEnabled());
    CHECK(dialog.messageText().contains(QStringLiteral("at least 10 characters")));

    // Nine characters are still too few; ten are enough.
    form.password->setText(QStringLiteral("123456789"));
    form.confirmPassword->setText(QStringLiteral("123456789"));
    CHECK_FALSE(form.createButton->isEnabled());
    form.password->setText(QStringLiteral("1234567890"));
    form.confirmPassword->setText(QStringLiteral("1234567890"));
    CHECK(form.createButton->isEnabled());
    CHECK(dialog.messageText().isEmpty());

    // Clicking a disabled button must not start anything.
    form.password->setText(QStringLiteral("short"));
    form.createButton->click();
    CHECK_FALSE(dialog.isBusy());
}

TEST_CASE("SetupDialog keeps Create disabled while the passwords differ", "[ui][setup]")
{
    QTemporaryDir directory;
    SetupDialog dialog(directory.filePath(QStringLiteral("new.db")),
                       security::KdfParams::minimum());
    const SetupForm form = formOf(dialog);
    form.login->setText(QStringLiteral("admin"));
    form.displayName->setText(QStringLiteral("管理者"));
    form.password->setText(QStringLiteral("long enough password"));
    form.confirmPassword->setText(QStringLiteral("long enough passw0rd"));
    CHECK_FALSE(form.createButton->isEnabled());
    CHECK(dialog.messageText().contains(QStringLiteral("do not match")));

    form.confirmPassword->setText(QStringLiteral("long enough password"));
    CHECK(form.createButton->isEnabled());

    // A missing display name keeps it disabled too.
    form.displayName->clear();
    CHECK_FALSE(form.createButton->isEnabled());
}

TEST_CASE("SetupDialog creates the database and shows the recovery code once", "[ui][setup]")
{
    QTemporaryDir directory;
    // A folder that does not exist yet: the dialog creates it.
    const QString path = directory.filePath(QStringLiteral("data/madoguchi.db"));
    SetupDialog dialog(path, security::KdfParams::minimum());
    dialog.show();
    const SetupForm form = formOf(dialog);
    form.login->setText(QStringLiteral("yamada.hanako"));
    form.displayName->setText(QStringLiteral("山田 花子"));
    form.password->setText(QStringLiteral("correct horse battery"));
    form.confirmPassword->setText(QStringLiteral("correct horse battery"));
    REQUIRE(form.createButton->isEnabled());

    form.createButton->click();
    CHECK(dialog.isBusy());
    CHECK_FALSE(form.login->isEnabled());
    // The password left the line edits at once.
    CHECK(form.password->text().isEmpty());
    CHECK(form.confirmPassword->text().isEmpty());

    REQUIRE(waitUntil([&]() { return dialog.recoveryCodeDialog() != nullptr; }));
    CHECK_FALSE(dialog.isBusy());
    CHECK(QFileInfo::exists(path));
    CHECK(QFileInfo::exists(security::keySlotPathFor(path)));

    ui::RecoveryCodeDialog* recovery = dialog.recoveryCodeDialog();
    const QRegularExpression codeFormat(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$"));
    CHECK(codeFormat.match(recovery->recoveryCode()).hasMatch());

    // Continue stays disabled, and the dialog cannot be dismissed, until the box is ticked.
    auto* continueButton = child<QPushButton>(recovery, "continueButton");
    auto* writtenDown = child<QCheckBox>(recovery, "writtenDownCheckBox");
    REQUIRE(continueButton);
    REQUIRE(writtenDown);
    CHECK_FALSE(continueButton->isEnabled());
    recovery->reject();
    CHECK(recovery->isVisible());
    dialog.reject(); // the database exists: leaving now would lose the code
    CHECK(dialog.isVisible());

    writtenDown->setChecked(true);
    CHECK(continueButton->isEnabled());
    continueButton->click();
    CHECK(dialog.result() == QDialog::Accepted);

    auto workspace = dialog.takeWorkspace();
    REQUIRE(workspace);
    CHECK(workspace->database().path() == path);
    CHECK(workspace->database().accountLogins().contains(QStringLiteral("yamada.hanako")));
    // The first administrator's account carries the display name typed; no second factor yet.
    auto account = workspace->staff().signingInAccount();
    REQUIRE(account);
    CHECK(account->displayName == QStringLiteral("山田 花子"));
    CHECK(account->roles == QList<security::Role>{security::Role::Administrator});
    CHECK_FALSE(account->hasSecondFactor);
    CHECK_FALSE(workspace->isSignedIn());
    (void)workspace->signOut();
}

TEST_CASE("SetupDialog reports a failure and keeps what was typed", "[ui][setup]")
{
    QTemporaryDir directory;
    // A file stands where the database's folder would have to be created.
    const QString blocker = directory.filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    SetupDialog dialog(blocker + QStringLiteral("/sub/madoguchi.db"),
                       security::KdfParams::minimum());
    const SetupForm form = formOf(dialog);
    form.login->setText(QStringLiteral("yamada.hanako"));
    form.displayName->setText(QStringLiteral("山田 花子"));
    form.password->setText(QStringLiteral("correct horse battery"));
    form.confirmPassword->setText(QStringLiteral("correct horse battery"));
    form.createButton->click();
    REQUIRE(waitUntil([&]() { return !dialog.isBusy(); }));

    // The key derivation succeeded; creating the file failed. The error is shown, the
    // passwords are gone, everything else is as typed and can be corrected.
    CHECK(dialog.messageText().contains(QStringLiteral("could not be created")));
    CHECK(form.password->text().isEmpty());
    CHECK(form.confirmPassword->text().isEmpty());
    CHECK(form.login->text() == QStringLiteral("yamada.hanako"));
    CHECK(form.displayName->text() == QStringLiteral("山田 花子"));
    CHECK(form.login->isEnabled());
    CHECK(dialog.recoveryCodeDialog() == nullptr);
    CHECK_FALSE(dialog.takeWorkspace());

    // A database already at the path is refused before anything starts.
    auto existing = createTestDatabase();
    REQUIRE(existing);
    form.path->setText(existing->path);
    CHECK_FALSE(form.createButton->isEnabled());
    CHECK(dialog.messageText().contains(QStringLiteral("already exists")));
}

TEST_CASE("RecoveryCodeDialog prints a one-page sheet", "[ui][setup]")
{
    QTemporaryDir directory;
    const QString pdf = directory.filePath(QStringLiteral("sheet.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    const QString code = QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567");
    REQUIRE(ui::RecoveryCodeDialog::printSheet(&printer, code,
                                               QStringLiteral("/srv/madoguchi/madoguchi.db"),
                                               QDateTime::currentDateTime()));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArrayLiteral("%PDF-"));
    CHECK(file.size() > 1000);
}
