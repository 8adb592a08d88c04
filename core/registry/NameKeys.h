// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace madoguchi::registry {

/// The normalized keys the registry stores and searches on. Every writer (the service, the demo
/// generator) and every search uses these, so typed input and stored rows normalize alike.
namespace NameKeys {

/// Kana in one form: hiragana, katakana and half-width katakana give the same full-width
/// katakana; spaces (also ideographic) and middle dots are removed.
QString kanaKey(const QString& text);
/// True if text holds kana only (any of the three forms, spaces allowed) and at least one.
bool isKana(const QString& text);
/// A kanji name for search: NFKC, spaces and middle dots removed, common old character forms
/// folded to the everyday ones (髙→高, 﨑→崎 …).
QString nameKey(const QString& text);
/// The ASCII digits of text (full-width digits count), everything else dropped.
QString digitsKey(const QString& text);

} // namespace NameKeys

} // namespace madoguchi::registry
