// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/DocumentPreviewDialog.h"

#include "documents/DocumentLayout.h"
#include "print/DocumentPrintDialog.h"
#include "shell/PageWidgets.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {

DocumentPreviewDialog::DocumentPreviewDialog(documents::DocumentBatch documents, QWidget* parent)
    : QDialog(parent), m_documents(std::move(documents)),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("documentPreviewDialog"));
    setWindowTitle(tr("Print preview"));

    // The preview starts on the first document's paper (the print dialog may change it).
    m_printer->setFullPage(true);
    if (!m_documents.isEmpty()) {
        const Result<documents::DocumentLayout> layout =
            documents::DocumentLayout::load(m_documents.constFirst().kind);
        if (layout) {
            const QSizeF portrait =
                layout->landscape ? layout->pageSizeMm.transposed() : layout->pageSizeMm;
            m_printer->setPageSize(
                QPageSize(portrait, QPageSize::Millimeter, layout->paper, QPageSize::FuzzyMatch));
            m_printer->setPageOrientation(layout->landscape ? QPageLayout::Landscape
                                                            : QPageLayout::Portrait);
        }
    }

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("previewWidget"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        const Status painted = DocumentPrintDialog::printTo(*printer, m_documents, false);
        showMessage(painted ? QString() : painted.message());
    });

    auto* zoomIn = new QPushButton(tr("Zoom &in"), this);
    zoomIn->setObjectName(QStringLiteral("zoomInButton"));
    auto* zoomOut = new QPushButton(tr("Zoom &out"), this);
    zoomOut->setObjectName(QStringLiteral("zoomOutButton"));
    auto* fit = new QPushButton(tr("&Whole page"), this);
    fit->setObjectName(QStringLiteral("fitButton"));
    connect(zoomIn, &QPushButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    connect(zoomOut, &QPushButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    connect(fit, &QPushButton::clicked, m_preview, &QPrintPreviewWidget::fitInView);

    m_messageLabel = createMessageLabel(QStringLiteral("messageLabel"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setEnabled(!m_documents.isEmpty());
    connect(m_printButton, &QPushButton::clicked, this, &DocumentPreviewDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* tools = new QHBoxLayout;
    tools->addWidget(zoomIn);
    tools->addWidget(zoomOut);
    tools->addWidget(fit);
    tools->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    resize(820, 900);
}

DocumentPreviewDialog::~DocumentPreviewDialog() = default;

int DocumentPreviewDialog::pageCount() const
{
    return m_preview->pageCount();
}

QString DocumentPreviewDialog::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

Status DocumentPreviewDialog::printTo(QPrinter& printer)
{
    const Status printed = DocumentPrintDialog::printTo(printer, m_documents, false);
    if (!printed) {
        showMessage(printed.message());
        return printed;
    }
    showMessage({});
    emit this->printed();
    return printed;
}

bool DocumentPreviewDialog::print()
{
    // The printer of the preview keeps the paper it shows; the dialog chooses the device.
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print documents"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!printTo(*m_printer))
        return false;
    accept();
    return true;
}

void DocumentPreviewDialog::showMessage(const QString& text)
{
    showMessageIn(m_messageLabel, text);
}

} // namespace madoguchi::ui
