// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QObject;
class QTranslator;
class QWidget;

namespace madoguchi::test {

/// For the hidden "[.screenshots]" cases, which render the issue-4 pages to PNG files for a
/// person to look at (not checks). Run by hand:
///   MADOGUCHI_SCREENSHOT_DIR=/tmp/shots/issue4 QT_QPA_PLATFORM=offscreen
///   MADOGUCHI_SCREENSHOT_QM=/path/a.qm:/path/b.qm (optional)
///   ./test_ui_registry "[.screenshots]" (and ./test_ui_intake)
/// The .qm files (e.g. a Japanese catalogue) are installed first, and the locale set to ja_JP.
struct ScreenshotSession
{
    QString directory;
    QList<QTranslator*> translators;

    ScreenshotSession();
    ~ScreenshotSession();
    ScreenshotSession(const ScreenshotSession&) = delete;
    ScreenshotSession& operator=(const ScreenshotSession&) = delete;

    /// Shows widget at size, lets it settle, and writes <directory>/<name>.png.
    void save(QWidget* widget, const QString& name, int width = 0, int height = 0);
};

} // namespace madoguchi::test
