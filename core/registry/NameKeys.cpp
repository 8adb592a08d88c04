// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/NameKeys.h"

#include "japanese/KanaNormalizer.h"

namespace madoguchi::registry::NameKeys {

namespace {

// Old or variant forms found in 住民票 names, folded in the registry's search key so either
// spelling finds the person (the stored names keep the exact characters).
constexpr struct
{
    char16_t from;
    char16_t to;
} kVariantFolds[] = {
    {u'髙', u'高'}, {u'﨑', u'崎'}, {u'嵜', u'崎'}, {u'邊', u'辺'}, {u'邉', u'辺'},
    {u'齋', u'斉'}, {u'齊', u'斉'}, {u'斎', u'斉'}, {u'澤', u'沢'}, {u'濱', u'浜'},
    {u'廣', u'広'}, {u'國', u'国'}, {u'櫻', u'桜'}, {u'嶋', u'島'}, {u'嶌', u'島'},
    {u'眞', u'真'}, {u'惠', u'恵'}, {u'實', u'実'}, {u'藏', u'蔵'}, {u'龍', u'竜'},
};

bool isMiddleDot(char16_t c)
{
    return c == u'\u30fb' || c == u'\uff65' || c == u'\u00b7';
}

} // namespace

QString kanaKey(const QString& text)
{
    return japanese::KanaNormalizer::kanaKey(text);
}

bool isKana(const QString& text)
{
    return japanese::KanaNormalizer::isKanaOnly(text);
}

QString nameKey(const QString& text)
{
    // Full-width Latin letters and digits as ASCII, so 'ＡＢＣ' and 'ABC' match.
    const QString key =
        japanese::KanaNormalizer::nameKey(text.normalized(QString::NormalizationForm_KC));
    QString folded;
    folded.reserve(key.size());
    for (const QChar qc : key) {
        char16_t c = qc.unicode();
        if (isMiddleDot(c))
            continue;
        for (const auto& fold : kVariantFolds) {
            if (fold.from == c) {
                c = fold.to;
                break;
            }
        }
        folded.append(QChar(c));
    }
    return folded;
}

QString digitsKey(const QString& text)
{
    return japanese::KanaNormalizer::digitsKey(text);
}

} // namespace madoguchi::registry::NameKeys
