// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotSupport.h"

#include "PagesFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>
#include <QWidget>

namespace madoguchi::test {

ScreenshotSession::ScreenshotSession() : directory(qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR"))
{
    REQUIRE_FALSE(directory.isEmpty());
    REQUIRE(QDir().mkpath(directory));
    const QStringList catalogues =
        qEnvironmentVariable("MADOGUCHI_SCREENSHOT_QM").split(u':', Qt::SkipEmptyParts);
    for (const QString& path : catalogues) {
        auto* translator = new QTranslator;
        INFO(path.toStdString());
        REQUIRE(translator->load(path));
        QCoreApplication::installTranslator(translator);
        translators << translator;
    }
    if (!catalogues.isEmpty())
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
}

ScreenshotSession::~ScreenshotSession()
{
    for (QTranslator* translator : std::as_const(translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void ScreenshotSession::save(QWidget* widget, const QString& name, int width, int height)
{
    if (width > 0 && height > 0)
        widget->resize(width, height);
    widget->show();
    settle(250); // layouts, fonts and queued shows
    const QString file = QDir(directory).filePath(name + QStringLiteral(".png"));
    CHECK(widget->grab().save(file, "PNG"));
}

} // namespace madoguchi::test
