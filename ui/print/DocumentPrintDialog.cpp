// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/DocumentPrintDialog.h"

#include "documents/DocumentLayout.h"
#include "documents/DocumentWriter.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace madoguchi::ui {

namespace {

/// Starts the printer on the first document's paper and orientation (the dialogs then show it).
void presetPaper(QPrinter& printer, const documents::DocumentBatch& documents)
{
    printer.setFullPage(true);
    if (documents.isEmpty())
        return;
    const Result<documents::DocumentLayout> layout =
        documents::DocumentLayout::load(documents.constFirst().kind);
    if (!layout)
        return;
    const QSizeF portrait =
        layout->landscape ? layout->pageSizeMm.transposed() : layout->pageSizeMm;
    printer.setPageSize(
        QPageSize(portrait, QPageSize::Millimeter, layout->paper, QPageSize::FuzzyMatch));
    printer.setPageOrientation(layout->landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
}

} // namespace

Status DocumentPrintDialog::printTo(QPrinter& printer, const documents::DocumentBatch& documents,
                                    bool layoutPaper)
{
    printer.setFullPage(true);
    printer.setFontEmbeddingEnabled(true);
    documents::DocumentWriter::Options options;
    options.layoutPaper = layoutPaper;
    return documents::DocumentWriter::paint(printer, documents, options);
}

Status DocumentPrintDialog::print(QWidget* parent, const documents::DocumentBatch& documents)
{
    QPrinter printer(QPrinter::HighResolution);
    presetPaper(printer, documents);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print documents"));
    if (dialog.exec() != QDialog::Accepted)
        return Error{ErrorCode::InvalidInput, tr("Printing was cancelled.")};
    return printTo(printer, documents, false);
}

Status DocumentPrintDialog::preview(QWidget* parent, const documents::DocumentBatch& documents)
{
    QPrinter printer(QPrinter::HighResolution);
    presetPaper(printer, documents);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview"));
    Status status;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter* target) { status = printTo(*target, documents, false); });
    dialog.exec();
    return status;
}

} // namespace madoguchi::ui
