// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace madoguchi::ui {

Q_LOGGING_CATEGORY(lcTranslations, "madoguchi.ui.translations")

QString defaultLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                             : QStringLiteral("en");
}

bool isSupportedLanguage(const QString& language)
{
    return language == QLatin1String("ja") || language == QLatin1String("en");
}

QList<QTranslator*> installTranslators(const QString& language, QObject* owner)
{
    QList<QTranslator*> installed;
    const auto install = [&](const QString& name, const QString& directory) {
        auto* translator = new QTranslator(owner);
        if (translator->load(name, directory) && QCoreApplication::installTranslator(translator)) {
            installed.append(translator);
        } else {
            qCWarning(lcTranslations) << "translation not loaded:" << name << "from" << directory;
            delete translator;
        }
    };
    // Qt's own strings first, ours last: the translator installed last is asked first.
    if (language == QLatin1String("ja")) {
        install(QStringLiteral("qtbase_ja"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    install(QStringLiteral("madoguchi_") + language, QStringLiteral(":/i18n"));
    return installed;
}

} // namespace madoguchi::ui
