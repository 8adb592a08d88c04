// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace madoguchi::japanese {

/// Search keys: the same name typed in hiragana, katakana or half-width katakana, with or without
/// spaces, gives the same key, so persons are found by an exact or prefix match on a stored key.
class KanaNormalizer
{
public:
    /// The kana key (カナ検索キー): hiragana → katakana; half-width katakana → full-width, with
    /// ﾞ and ﾟ joined to the kana before them (ｶﾞ → ガ, ﾊﾟ → パ, ｳﾞ → ヴ); full-width ASCII →
    /// ASCII; spaces (ASCII, U+3000 and others) and middle dots (・ ･ ·) removed. The long vowel
    /// mark ー and small kana (ァ ッ ャ) are kept as they are: ヤマダ and ヤーマダ stay different.
    static QString kanaKey(QStringView text);

    /// Whether the text, once normalized as kanaKey(), is non-empty and all katakana (including
    /// ー): the search box then looks the text up as a kana name.
    static bool isKanaOnly(QStringView text);

    /// The kanji name key: the name with every space (ASCII and U+3000) removed, so 山田 太郎,
    /// 山田　太郎 and 山田太郎 match. The characters themselves are kept (髙 stays 髙).
    static QString nameKey(QStringView text);

    /// The digits key (phone numbers): full-width digits → ASCII, everything that is not a digit
    /// (hyphens, parentheses, spaces) dropped: ０３－１２３４－５６７８ → 0312345678.
    static QString digitsKey(QStringView text);
};

} // namespace madoguchi::japanese
