// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentWriter.h"

#include "documents/DocumentFonts.h"
#include "documents/DocumentLayout.h"
#include "documents/DocumentRenderer.h"
#include "documents/PdfToUnicode.h"

#include <QFile>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace madoguchi::documents {

namespace {

QPageLayout pageLayoutOf(const DocumentLayout& layout)
{
    const QSizeF portrait = layout.landscape ? layout.pageSizeMm.transposed() : layout.pageSizeMm;
    return QPageLayout(
        QPageSize(portrait, QPageSize::Millimeter, layout.paper, QPageSize::FuzzyMatch),
        layout.landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
        QPageLayout::Millimeter);
}

} // namespace

Status DocumentWriter::paint(QPagedPaintDevice& device, const DocumentBatch& documents,
                             const Options& options, const Progress& progress)
{
    if (documents.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("There are no documents to print.")};
    const Result<QString> family = DocumentFonts::family();
    if (!family)
        return family.status();
    QHash<QString, DocumentLayout> layouts;
    for (const DocumentData& document : documents) {
        if (layouts.contains(document.kind))
            continue;
        Result<DocumentLayout> layout = DocumentLayout::load(document.kind);
        if (!layout)
            return layout.status();
        layouts.insert(document.kind, std::move(layout).value());
    }

    if (options.layoutPaper)
        device.setPageLayout(pageLayoutOf(layouts.value(documents.constFirst().kind)));
    QPainter painter;
    if (!painter.begin(&device))
        return Error{ErrorCode::Io, tr("The printer or PDF file could not be opened.")};
    const int total = int(documents.size());
    for (int i = 0; i < total; ++i) {
        const DocumentData& document = documents.at(i);
        const DocumentLayout& layout = *layouts.constFind(document.kind);
        if (i > 0) {
            if (options.layoutPaper)
                device.setPageLayout(pageLayoutOf(layout));
            if (!device.newPage()) {
                painter.end();
                return Error{ErrorCode::Io, tr("A new page could not be started.")};
            }
        }
        const QRectF pageRect(0, 0, device.width(), device.height());
        DocumentRenderer::render(layout, document, painter, pageRect);
        if (progress && !progress(i + 1, total)) {
            painter.end();
            return Error{ErrorCode::InvalidInput, tr("Printing was cancelled.")};
        }
    }
    if (!painter.end())
        return Error{ErrorCode::Io, tr("The documents could not be finished.")};
    return Status::success();
}

Status DocumentWriter::writePdf(const QString& path, const DocumentBatch& documents,
                                const Progress& progress)
{
    Status status;
    {
        QPdfWriter writer(path);
        writer.setResolution(1200);
        writer.setCreator(QStringLiteral("Madoguchi"));
        writer.setTitle(documents.isEmpty() ? QString() : documents.constFirst().kind);
        status = paint(writer, documents, Options{}, progress);
    }
    if (!status.ok()) {
        QFile::remove(path);
        return status;
    }
    // Characters outside the BMP (𠮷) back into the text layer (see PdfToUnicode.h).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("The PDF file could not be written.")};
    const QByteArray written = file.readAll();
    file.close();
    const QByteArray restored =
        restoreSupplementaryCharacters(written, DocumentFonts::privateUseAliases());
    if (restored != written) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(restored) != restored.size() || !file.flush())
            return Error{ErrorCode::Io, tr("The PDF file could not be written.")};
    }
    return Status::success();
}

} // namespace madoguchi::documents
