// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/BatchPrinting.h"

#include "audit/AuditLog.h"
#include "audit/DeviceIdentity.h"
#include "certificate/CertificateService.h"
#include "documents/DocumentWriter.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace madoguchi::ui {

namespace {

/// The printer half of a batch, on the worker thread: its own connection, audit writer (this
/// device's identity, loaded on this thread: the key the workspace holds, nothing created) and
/// authorizer. Building is the first half of the progress, the pages the second; the prints are
/// recorded only when every page went out.
BatchPrintOutcome printOnWorker(const store::Database& database, const QString& name,
                                const security::PermissionMatrix& permissions, const Clock& clock,
                                const security::Session& session,
                                const documents::CertificateSelection& selection, QPrinter& printer,
                                const documents::DocumentWriter::Progress& report)
{
    auto connection = database.openWorkerConnection(name);
    if (!connection)
        return {connection.error(), 0};
    auto device =
        audit::DeviceIdentity::loadOrCreate(connection.value(), database.subkey("DEVICEKY"), clock);
    if (!device)
        return {device.error(), 0};
    audit::AuditLog audit(connection.value(), device.value(), clock);
    security::Authorizer authorizer(audit, permissions);
    documents::CertificateDocuments documents(connection.value(), audit, authorizer, clock);
    auto ids = documents.select(session, selection);
    if (!ids)
        return {ids.error(), 0};
    const int count = int(ids->size());
    if (count == 0)
        return {
            Error{ErrorCode::NotFound, BatchPrinting::tr("There are no certificates to print.")},
            0};
    const Error cancelled{ErrorCode::InvalidInput, BatchPrinting::tr("Printing was cancelled.")};
    documents::DocumentBatch batch;
    batch.reserve(count);
    for (const QString& id : std::as_const(ids.value())) {
        auto built = documents.build(session, id);
        if (!built)
            return {built.error(), 0};
        batch << std::move(built).value();
        if (!report(int(batch.size()), 2 * count))
            return {cancelled, 0};
    }
    printer.setFullPage(true);
    printer.setFontEmbeddingEnabled(true);
    documents::DocumentWriter::Options options;
    options.layoutPaper = false; // the paper chosen in the print dialog
    const Status painted = documents::DocumentWriter::paint(
        printer, batch, options, [&](int done, int) { return report(count + done, 2 * count); });
    if (!painted) {
        printer.abort();
        return {painted, 0};
    }
    certificate::CertificateService service(connection.value(), audit, authorizer, clock);
    const Status marked = service.markPrinted(session, ids.value());
    return {marked, marked ? count : 0};
}

} // namespace

BatchPrinting::BatchPrinting(Workspace& workspace, QWidget* window)
    : QObject(window), m_workspace(workspace), m_window(window)
{}

BatchPrinting::~BatchPrinting()
{
    stop();
    delete m_progress;
}

void BatchPrinting::stop()
{
    if (m_cancel)
        m_cancel->store(true);
    // The worker never waits for this thread (its progress reports are queued), so blocking
    // here cannot deadlock.
    m_future.waitForFinished();
    if (m_running) {
        m_running = false;
        m_printer.reset();
        if (m_progress)
            m_progress->hide();
    }
}

bool BatchPrinting::isRunning() const
{
    return m_running;
}

bool BatchPrinting::askPdfAndStart(const documents::CertificateSelection& selection, int expected)
{
    if (m_running)
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("certificates-%1.pdf")
            .arg(m_workspace.clock().todayInJapan().toString(QStringLiteral("yyyyMMdd"))));
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save %n certificate(s) as one PDF", nullptr, expected), suggested,
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return startPdf(selection, path);
}

bool BatchPrinting::askPrinterAndStart(const documents::CertificateSelection& selection,
                                       int expected)
{
    if (m_running)
        return false;
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setFullPage(true);
    QPrintDialog dialog(printer.get(), m_window);
    dialog.setWindowTitle(tr("Print %n certificate(s)", nullptr, expected));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return startPrinter(selection, std::move(printer));
}

bool BatchPrinting::startPdf(const documents::CertificateSelection& selection, const QString& path)
{
    if (m_running)
        return false;
    const store::Database& database = m_workspace.database();
    const security::Authorizer& authorizer = m_workspace.authorizer();
    const Clock& clock = m_workspace.clock();
    const security::Session session = m_workspace.session();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    return start(tr("Writing the certificates to a PDF file…"),
                 [=, this, &database, &authorizer, &clock]() -> BatchPrintOutcome {
                     auto result = documents::CertificateDocuments::runBatchOnWorker(
                         database, authorizer, clock, session, selection, path,
                         [this, cancel](int done, int total) {
                             QMetaObject::invokeMethod(
                                 this, [this, done, total] { reportProgress(done, total); },
                                 Qt::QueuedConnection);
                             return !cancel->load();
                         },
                         cancel.get());
                     if (!result)
                         return {result.error(), 0};
                     return {Status(), result->printed};
                 });
}

bool BatchPrinting::startPrinter(const documents::CertificateSelection& selection,
                                 std::unique_ptr<QPrinter> printer)
{
    if (m_running || !printer)
        return false;
    m_printer = std::move(printer);
    QPrinter* target = m_printer.get();
    const store::Database& database = m_workspace.database();
    const security::PermissionMatrix& permissions = m_workspace.authorizer().permissions();
    const Clock& clock = m_workspace.clock();
    const security::Session session = m_workspace.session();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const auto report = [this, cancel](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { reportProgress(done, total); }, Qt::QueuedConnection);
        return !cancel->load();
    };
    return start(tr("Sending the certificates to the printer…"),
                 [=, &database, &permissions, &clock]() -> BatchPrintOutcome {
                     const QString name = QStringLiteral("batch-print-") +
                                          QUuid::createUuid().toString(QUuid::WithoutBraces);
                     BatchPrintOutcome outcome = printOnWorker(database, name, permissions, clock,
                                                               session, selection, *target, report);
                     QSqlDatabase::removeDatabase(name);
                     return outcome;
                 });
}

bool BatchPrinting::start(const QString& label, std::function<BatchPrintOutcome()> work)
{
    m_running = true;
    m_cancelled = false;
    delete m_progress;
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("batchProgressDialog"));
    m_progress->setWindowTitle(tr("Batch printing"));
    // Not modal: the window stays usable while the worker prints.
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumWidth(420);
    connect(m_progress, &QProgressDialog::canceled, this, &BatchPrinting::cancel);
    m_progress->show();

    m_future = QtConcurrent::run([this, work = std::move(work)] {
        const BatchPrintOutcome outcome = work();
        QMetaObject::invokeMethod(
            this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
    });
    return true;
}

void BatchPrinting::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_cancel)
        m_cancel->store(true);
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

void BatchPrinting::reportProgress(int done, int total)
{
    if (!m_running)
        return;
    if (m_progress && !m_cancelled) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    }
    emit progressChanged(done, total);
}

void BatchPrinting::finish(const BatchPrintOutcome& outcome)
{
    m_running = false;
    m_printer.reset();
    m_lastOk = outcome.status.ok();
    m_lastPrinted = outcome.printed;
    if (m_lastOk)
        m_lastMessage = tr("%n certificate(s) printed.", nullptr, outcome.printed);
    else if (m_cancelled)
        m_lastMessage = tr("Printing was cancelled. Nothing was recorded as printed.");
    else
        m_lastMessage = outcome.status.message();
    if (m_progress) {
        m_progress->hide();
        m_progress->reset();
    }
    emit finished(m_lastOk, m_lastPrinted, m_lastMessage);
}

bool BatchPrinting::waitForFinished(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_running && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return !m_running;
}

} // namespace madoguchi::ui
