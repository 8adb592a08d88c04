// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

namespace madoguchi::documents {

/// Qt's PDF writer (Qt 6.4) maps each glyph to one BMP code point in the ToUnicode CMaps, so
/// characters outside the BMP (𠮷 U+20BB7) vanish from copied or extracted text. Our document font
/// reaches those glyphs through Private Use Area aliases (DocumentFonts::privateUseAliases); this
/// replaces the aliases in every ToUnicode CMap of a Qt-written PDF with the true characters (as
/// UTF-16 surrogate pairs), fixing the stream lengths and the cross-reference table.
///
/// Returns the PDF unchanged when it holds no alias or its structure is not the one Qt writes
/// (one classic xref table); never reads outside the data.
QByteArray restoreSupplementaryCharacters(const QByteArray& pdf,
                                          const QHash<quint16, char32_t>& aliases);

} // namespace madoguchi::documents
