// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "documents/CertificateDocuments.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <functional>
#include <memory>

class QPrinter;
class QWidget;

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

/// What a batch worker ended with: its status and how many prints were recorded.
struct BatchPrintOutcome
{
    Status status;
    int printed = 0;
};

/// Batch printing of certificates (renewals, month-end) off the GUI thread, to one PDF file or to
/// a printer, with a progress dialog whose Cancel stops it. The worker has its own database
/// connection and audit writer, as the core requires; the window stays usable meanwhile (the
/// progress dialog is not modal). On cancel or error nothing is recorded as printed.
class BatchPrinting : public QObject
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive this object; window parents the dialogs.
    BatchPrinting(Workspace& workspace, QWidget* window);
    /// Cancels a running batch and waits for its worker.
    ~BatchPrinting() override;

    bool isRunning() const;
    /// The progress dialog of the running (or last) batch; null before the first.
    QProgressDialog* progressDialog() const { return m_progress; }
    /// The outcome of the last batch: printed count and the translated message shown.
    int lastPrinted() const { return m_lastPrinted; }
    QString lastMessage() const { return m_lastMessage; }
    bool lastSucceeded() const { return m_lastOk; }

    /// Asks for a PDF file name, then starts. False when cancelled or already running.
    bool askPdfAndStart(const documents::CertificateSelection& selection, int expected);
    /// Asks for the printer (system print dialog), then starts.
    bool askPrinterAndStart(const documents::CertificateSelection& selection, int expected);

    /// Starts rendering selection into one PDF file at path.
    bool startPdf(const documents::CertificateSelection& selection, const QString& path);
    /// Starts printing selection on printer (set up by the caller; taken over).
    bool startPrinter(const documents::CertificateSelection& selection,
                      std::unique_ptr<QPrinter> printer);

    /// Waits (processing events) until the batch ended; for tests and shutdown.
    bool waitForFinished(int timeoutMs = 60000);

    /// Cancels a running batch and blocks until its worker ended (before the database closes:
    /// sign-out, window close). Nothing is recorded as printed.
    void stop();

public slots:
    void cancel();

signals:
    void progressChanged(int done, int total);
    /// The batch ended: ok, how many certificates were recorded as printed, and what was said.
    void finished(bool ok, int printed, const QString& message);

private:
    bool start(const QString& label, std::function<BatchPrintOutcome()> work);
    void reportProgress(int done, int total);
    void finish(const BatchPrintOutcome& outcome);

    Workspace& m_workspace;
    QPointer<QWidget> m_window;
    QPointer<QProgressDialog> m_progress;
    QFuture<void> m_future;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<QPrinter> m_printer;
    bool m_running = false;
    bool m_cancelled = false;
    int m_lastPrinted = 0;
    bool m_lastOk = false;
    QString m_lastMessage;
};

} // namespace madoguchi::ui
