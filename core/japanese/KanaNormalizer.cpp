// SPDX-License-Identifier: GPL-3.0-or-later
#include "japanese/KanaNormalizer.h"

namespace madoguchi::japanese {

namespace {

bool isMiddleDot(char16_t u)
{
    return u == u'\u30FB' || u == u'\u00B7' || u == u'\uFF65' || u == u'\u2027';
}

bool isHiragana(char16_t u)
{
    // ぁ..ゖ, and the iteration marks ゝ ゞ, which map onto ヽ ヾ the same way.
    return (u >= u'\u3041' && u <= u'\u3096') || u == u'\u309D' || u == u'\u309E';
}

bool isKatakana(char16_t u)
{
    // ァ..ヺ, ー, ヽ, ヾ (the middle dot ・ is removed from keys, so it is not counted here).
    return (u >= u'\u30A1' && u <= u'\u30FA') || (u >= u'\u30FC' && u <= u'\u30FE');
}

} // namespace

QString KanaNormalizer::kanaKey(QStringView text)
{
    // NFKC turns half-width katakana into full-width and joins ﾞ/ﾟ with the kana before them
    // (ｶﾞ → ガ), and full-width ASCII into ASCII. Small kana and ー have no compatibility mapping,
    // so they stay.
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC);
    QString key;
    key.reserve(folded.size());
    for (QChar c : folded) {
        const char16_t u = c.unicode();
        if (c.isSpace() || isMiddleDot(u))
            continue;
        key += isHiragana(u) ? QChar(char16_t(u + 0x60)) : c;
    }
    return key;
}

bool KanaNormalizer::isKanaOnly(QStringView text)
{
    const QString key = kanaKey(text);
    if (key.isEmpty())
        return false;
    for (QChar c : key)
        if (!isKatakana(c.unicode()))
            return false;
    return true;
}

QString KanaNormalizer::nameKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace())
            key += c;
    return key;
}

QString KanaNormalizer::digitsKey(QStringView text)
{
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC);
    QString key;
    key.reserve(folded.size());
    for (QChar c : folded)
        if (c >= u'0' && c <= u'9')
            key += c;
    return key;
}

} // namespace madoguchi::japanese
