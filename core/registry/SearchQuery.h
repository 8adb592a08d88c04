// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace madoguchi::registry {

/// What a search box text is taken to be.
enum class SearchKind
{
    None,        // empty or nothing searchable
    Kana,        // kana name prefix (ひらがな, カタカナ, ﾊﾝｶｸ alike)
    KanjiName,   // kanji name prefix (family name first, or the given name)
    AtenaNumber, // 宛名番号 prefix
    BirthDate,   // 生年月日, 和暦 or western
    Phone,       // phone number prefix, digits only
};

/// The stable code of a kind: the audit purpose of a search ("kana", "kanji_name",
/// "atena_number", "birth_date", "phone"; "none").
QString searchKindCode(SearchKind kind);

/// One search box text, classified. key is the normalized prefix for the kind's index.
struct SearchQuery
{
    SearchKind kind = SearchKind::None;
    QString key;
    QDate date; // for BirthDate

    /// Decides the kind: kana-only text → Kana; a date (R7.7.18, 令和7年7月18日, 2025-07-18,
    /// 20250718 …) → BirthDate; digits starting with 0 or written with hyphens/brackets → Phone;
    /// other digits → AtenaNumber; anything else → KanjiName.
    static SearchQuery classify(QStringView text);
};

/// A date typed at the counter, 和暦 or western; invalid QDate if it is not one.
QDate parseDateInput(QStringView text);

/// The number of digits of a 宛名番号 in this city.
inline constexpr int kAtenaNumberLength = 10;

} // namespace madoguchi::registry
