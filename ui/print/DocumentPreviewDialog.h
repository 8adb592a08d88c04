// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "documents/DocumentData.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace madoguchi::ui {

/// A print preview whose only way to paper is our own Print button: the printer is chosen in the
/// system print dialog, the pages printed with DocumentPrintDialog::printTo, and printed() lets
/// the caller record the print (every print is audited, so Qt's own preview, which prints
/// behind the caller's back, is not used for certificates).
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentPreviewDialog(documents::DocumentBatch documents, QWidget* parent = nullptr);
    ~DocumentPreviewDialog() override;

    QPrintPreviewWidget* previewWidget() const { return m_preview; }
    int pageCount() const;
    QString messageText() const;

    /// Prints on printer (already set up) and emits printed() on success; shows the error
    /// otherwise. The path the Print button takes once a printer is chosen.
    Status printTo(QPrinter& printer);

public slots:
    /// Asks for the printer and paper (system print dialog), then prints.
    bool print();

signals:
    /// The documents went to a printer.
    void printed();

private:
    void showMessage(const QString& text);

    documents::DocumentBatch m_documents;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_printButton = nullptr;
};

} // namespace madoguchi::ui
