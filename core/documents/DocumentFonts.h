// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace madoguchi::documents {

/// The font documents are drawn with: "Madoguchi Document Sans", Noto Sans CJK JP with the Kangxi
/// radical blocks (U+2E80–U+2FDF) removed from its cmap, derived at build time by
/// packaging/fonts/derive_document_font.py. With it, text extracted from our PDFs is the true text
/// (山田, 生年月日, 𠮷野), not radicals. Needs a QGuiApplication.
class DocumentFonts
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFonts)

public:
    /// Registers the font once (thread-safe) and returns its family. Looks in
    /// $MADOGUCHI_DOCUMENT_FONT_DIR, beside the executable (fonts/), the install directory and the
    /// build directory. Io with a translated message when the font is nowhere.
    static Result<QString> family();

    /// The font's Private Use Area aliases of ideographs outside the BMP (U+E122 → U+20BB7 𠮷),
    /// read beside the font; empty before family() succeeded. Qt's PDF writer maps glyphs to BMP
    /// code points only, so DocumentWriter replaces these aliases in the PDF's ToUnicode maps.
    static QHash<quint16, char32_t> privateUseAliases();
};

} // namespace madoguchi::documents
