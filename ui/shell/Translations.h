// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QObject;
class QTranslator;

namespace madoguchi::ui {

/// "ja" when the system locale is Japanese, "en" otherwise.
QString defaultLanguage();

/// True for the languages we ship a translation for ("ja", "en").
bool isSupportedLanguage(const QString& language);

/// Loads and installs madoguchi_<language>.qm (embedded under :/i18n by the executable) and, for
/// Japanese, Qt's own qtbase_ja.qm (standard dialogs and buttons). The translators are children
/// of owner; the installed ones are returned so a caller can remove them again.
QList<QTranslator*> installTranslators(const QString& language, QObject* owner);

} // namespace madoguchi::ui
