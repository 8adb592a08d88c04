// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "certificate/CertificateService.h"
#include "documents/DocumentData.h"
#include "documents/DocumentWriter.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace madoguchi::audit {
class AuditLog;
class DeviceIdentity;
} // namespace madoguchi::audit
namespace madoguchi::security {
class Authorizer;
}
namespace madoguchi::store {
class Database;
}

namespace madoguchi::documents {

/// Which certificates a batch prints. Either ids, or a selection by ledger / expiry (no filter:
/// every current certificate the session may print).
struct CertificateSelection
{
    QStringList certificateIds; // when non-empty, exactly these (in this order)
    std::optional<security::Scope> ledger;
    std::optional<int> expiringWithinDays;
};

/// Certificates (certificate::CertificateService rows) as documents: it lives here, not in
/// madoguchi_core, because rendering needs Qt Gui (madoguchi_documents links madoguchi_core, not
/// the reverse). The service keeps the queue; this fills the layouts and prints.
class CertificateDocuments
{
    Q_DECLARE_TR_FUNCTIONS(CertificateDocuments)

public:
    CertificateDocuments(QSqlDatabase db, audit::AuditLog& audit,
                         const security::Authorizer& authorizer,
                         const Clock& clock = Clock::system());

    /// The document of one certificate: the layout named by its kind, the recipient's facts as
    /// issued (number, validity, cap), the person's name, kana, birth date and address as
    /// registered, the decision's services, the reissue mark, and the QR code of the stored
    /// signed code. Needs certificate.print in its ledger. Never contains a My Number.
    Result<DocumentData> build(const security::Session& session, const QString& certificateId);

    /// Renders one certificate to a PDF file and records the print (audited).
    Status printToPdf(const security::Session& session, const QString& certificateId,
                      const QString& pdfPath);

    /// The certificate ids a selection names (the current ones, not void), for a batch.
    Result<QStringList> select(const security::Session& session,
                               const CertificateSelection& selection);

    struct BatchResult
    {
        int printed = 0;
    };
    /// Batch print: builds and renders the selected certificates to one PDF, calling progress
    /// after each page (returning false cancels), then marks them all printed in one
    /// transaction (one print audit per certificate). On cancel or error nothing is marked and
    /// the partial file is removed. Uses this object's connection: to run off the GUI thread,
    /// construct it on the worker with a connection of that thread
    /// (store::Database::openWorkerConnection) — see runBatchOnWorker.
    Result<BatchResult> printBatch(const security::Session& session,
                                   const CertificateSelection& selection, const QString& pdfPath,
                                   const DocumentWriter::Progress& progress = {});

    /// Runs printBatch on the calling (worker) thread with its own connection to database and
    /// its own audit log writer on that connection (this device's identity, loaded there); the
    /// connection is removed afterwards. Safe to call from a QThread / QtConcurrent task while
    /// the GUI thread keeps its connection; cancel may be set from any thread.
    static Result<BatchResult>
    runBatchOnWorker(const store::Database& database, const security::Authorizer& authorizer,
                     const Clock& clock, const security::Session& session,
                     const CertificateSelection& selection, const QString& pdfPath,
                     const DocumentWriter::Progress& progress = {},
                     const std::atomic_bool* cancel = nullptr);

private:
    QSqlDatabase m_db;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::documents
