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
    }
    {
        ui::SignInDialog signIn(path);
        signIn.show();
        child<QLineEdit>(&signIn, "loginEdit")->setText(QStringLiteral("yamada.hanako"));
        child<QLineEdit>(&signIn, "passwordEdit")->setText(QStringLiteral("wrong password"));
        child<QPushButton>(&signIn, "signInButton")->click();
        REQUIRE(waitUntil([&]() { return !signIn.isBusy(); }));
        save(&signIn, directory, "signin-wrong-password.png");
        child<QLineEdit>(&signIn, "passwordEdit")->setText(QString::fromLatin1(kAdminPassword));
        child<QPushButton>(&signIn, "signInButton")->click();
        REQUIRE(waitUntil([&]() { return !signIn.isBusy(); }));
        REQUIRE(signIn.result() == QDialog::Accepted);

        ui::SignedInUser user = signIn.signedInUser();
        user.displayName = QStringLiteral("山田 花子");
        ui::MainWindow window(signIn.takeDatabase(), user);
        window.show();
        save(&window, directory, "main.png");
        window.setCurrentPage(ui::MainWindow::Page::Decisions);
        save(&window, directory, "main-decisions.png");
        window.lock();
        save(&window, directory, "locked.png");
    }
    for (QTranslator* translator : translators)
        QCoreApplication::removeTranslator(translator);
    QLocale::setDefault(previousLocale);
}
