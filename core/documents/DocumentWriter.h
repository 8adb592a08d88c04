// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "documents/DocumentData.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace madoguchi::documents {

/// Puts documents on pages: one document per page, to a PDF file or any paged device (QPrinter).
class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)

public:
    /// Called after each page with (done, total); returning false cancels (Status: Internal is
    /// not used; a cancel gives InvalidInput "cancelled" with a translated message).
    using Progress = std::function<bool(int done, int total)>;

    struct Options
    {
        /// Each page takes its layout's paper and orientation (PDF). When false the device's
        /// paper is kept (the one chosen in the print dialog) and the layout is scaled onto it.
        bool layoutPaper = true;
    };

    /// Paints the documents on device, one per page. The layouts are the built-in ones named by
    /// each document's kind. Fails before painting anything when a kind is unknown or the font
    /// is missing.
    static Status paint(QPagedPaintDevice& device, const DocumentBatch& documents,
                        const Options& options, const Progress& progress = {});
    /// Writes the documents to a PDF file (fonts embedded), one per page.
    static Status writePdf(const QString& path, const DocumentBatch& documents,
                           const Progress& progress = {});
};

} // namespace madoguchi::documents
