// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "documents/DocumentData.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

namespace madoguchi::ui {

/// Printing documents on paper: the system print dialog (printer, paper size, copies) and a
/// print preview. The same renderer as the PDFs draws the pages.
class DocumentPrintDialog
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrintDialog)

public:
    /// Asks for the printer and paper, then prints. AlreadyExists is never used; a cancelled
    /// dialog returns InvalidInput with a translated "cancelled" message.
    static Status print(QWidget* parent, const documents::DocumentBatch& documents);
    /// Shows the pages in a print preview window, from which they can also be printed.
    static Status preview(QWidget* parent, const documents::DocumentBatch& documents);
    /// Prints on an already set-up printer; the printer's paper is kept and each layout scaled
    /// onto it unless layoutPaper (then each page takes its layout's paper).
    static Status printTo(QPrinter& printer, const documents::DocumentBatch& documents,
                          bool layoutPaper);
};

} // namespace madoguchi::ui
