// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/DocumentData.h"
#include "documents/DocumentLayout.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;

namespace madoguchi::documents {

/// Draws any layout filled with its data: the one interpreter of resources/documents/*.json.
/// Works on every paint device (QPdfWriter, QPrinter, QImage); nothing is drawn per document kind.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    /// Draws one page. pageRect is in the painter's device coordinates; the layout's millimetres
    /// are scaled uniformly into it (top left aligned). The painter's state is restored after.
    /// Uses the document font (DocumentFonts) when it is available.
    static void render(const DocumentLayout& layout, const DocumentData& data, QPainter& painter,
                       const QRectF& pageRect);

    /// A value as printed: Wareki turns 2025-08-01 into 令和7年8月1日, Yen 9300 into 9,300円,
    /// Number 9300 into 9,300. Values that do not fit the format are printed as given. Any valid
    /// 12-digit individual number (My Number) in the value is removed.
    static QString formatValue(const QString& raw, ValueFormat format);
    /// Literal text with {field} and {field:format} placeholders filled from data.
    static QString expand(const QString& text, const DocumentData& data);
    /// value with every valid My Number (12 digits, spaces or hyphens allowed) removed.
    static QString withoutMyNumbers(const QString& value);
};

} // namespace madoguchi::documents
