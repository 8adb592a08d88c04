// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi: the counter staff's desktop client.
#include "security/SecureBuffer.h"
#include "shell/Translations.h"
#include "shell/WindowFlow.h"
#include "store/Database.h"
#include "store/SqlCipherDriver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPixmap>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace {

Q_LOGGING_CATEGORY(lcApp, "madoguchi.app")

constexpr int kScreenshotDelayMs = 1500;

/// The window a person is looking at: the active one, else the visible top-level window that is
/// a dialog or main window shown most recently (offscreen and bare X servers have no activation).
QWidget* windowToCapture()
{
    if (QWidget* active = QApplication::activeModalWidget())
        return active;
    if (QWidget* active = QApplication::activeWindow())
        return active;
    QWidget* found = nullptr;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget->isWindow() && !widget->windowTitle().isEmpty())
            found = widget;
    }
    return found;
}

void scheduleScreenshot(const QString& file, bool quitAfter)
{
    QTimer::singleShot(kScreenshotDelayMs, qApp, [file, quitAfter]() {
        QWidget* window = windowToCapture();
        const bool saved = window && window->grab().save(file, "PNG");
        if (!saved)
            qCWarning(lcApp) << "screenshot could not be saved";
        if (quitAfter)
            QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything can hold a key: no core dumps, then libsodium.
    madoguchi::security::disableCoreDumps();
    if (!madoguchi::security::initializeSodium()) {
        std::fputs("madoguchi: libsodium cannot be initialized\n", stderr);
        return 1;
    }
    madoguchi::store::registerSqlCipherDriver();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Madoguchi"));
    QApplication::setApplicationName(QStringLiteral("madoguchi"));
    QApplication::setApplicationDisplayName(QStringLiteral("Madoguchi"));
    QApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("madoguchi"));
    // The flow closes one window before it opens the next; it says itself when to quit.
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Counter client for disability support benefits"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("db"), QCoreApplication::translate("main", "The database file to open."),
        QCoreApplication::translate("main", "path"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language: ja or en."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save a PNG of the active window to file once the first window is shown."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption quitAfterScreenshotOption(
        QStringLiteral("quit-after-screenshot"),
        QCoreApplication::translate("main", "Quit once the screenshot is saved."));
    parser.addOptions(
        {databaseOption, languageOption, screenshotOption, quitAfterScreenshotOption});
    parser.process(app);

    QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                    : madoguchi::ui::defaultLanguage();
    if (!madoguchi::ui::isSupportedLanguage(language)) {
        std::fputs("madoguchi: --lang must be ja or en\n", stderr);
        return 2;
    }
    if (language == QLatin1String("ja"))
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    madoguchi::ui::installTranslators(language, &app);

    const QString databasePath =
        parser.isSet(databaseOption)
            ? QDir::cleanPath(QFileInfo(parser.value(databaseOption)).absoluteFilePath())
            : madoguchi::store::Database::defaultPath();

    madoguchi::ui::WindowFlow flow(databasePath);
    QObject::connect(&flow, &madoguchi::ui::WindowFlow::finished, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    flow.start();

    if (parser.isSet(screenshotOption))
        scheduleScreenshot(parser.value(screenshotOption), parser.isSet(quitAfterScreenshotOption));

    return app.exec();
}
