// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "certificate/CertificatePayload.h"
#include "certificate/CertificateVerifier.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::audit {
class AuditLog;
}
namespace madoguchi::security {
class Authorizer;
}
namespace madoguchi::store {
class Database;
}

namespace madoguchi::certificate {

/// Where a certificate is in the print queue. Stored codes: requested, printed, handed_over,
/// mailed, void.
///   requested → printed → handed_over (交付 at the counter) | mailed (郵送)
///   any state → void (再交付 or cancellation; a void certificate changes no more)
enum class CertificateState
{
    Requested,
    Printed,
    HandedOver,
    Mailed,
    Void,
};

QString certificateStateCode(CertificateState state);
bool certificateStateFromCode(QStringView code, CertificateState* state);
/// Translated label (依頼済み, 印刷済み, 交付済み, 郵送済み, 無効).
QString certificateStateLabel(CertificateState state);
QList<CertificateState> allCertificateStates();

/// One issued certificate (a row of the certificate table, journaled for sync). The facts are
/// taken from the recipient's current state in the ledger when it is requested and never change;
/// a correction is a reissue, which makes a new certificate.
struct Certificate
{
    QString id; // UUIDv7; also the certificate id in the signed code
    qint64 version = 0;
    security::Scope ledger = security::Scope::WelfareService;
    QString personId;
    DocumentKind kind = DocumentKind::WelfareService;
    QString decisionId;      // the approved decision it certifies
    QString recipientNumber; // 受給者番号 in the ledger
    int issueNumber = 1; // 1, 2, … per (ledger, recipient number, kind); a reissue gets the next
    int reissue = 0;     // 0 first issue, n for the n-th 再交付
    QString reissueOf;   // the certificate this one replaces (empty for a first issue)
    QString reissueReason;
    QDate validFrom;
    QDate validTo;
    std::optional<qint64> monthlyCap;
    QDate issuedOn;  // 交付年月日 (Japan day of the request)
    QString payload; // the signed code printed as the QR code (CertificatePayload text)
    CertificateState state = CertificateState::Requested;
    QString requestedAt, requestedBy; // ISO UTC, staff account id
    QString printedAt, printedBy;     // the first print
    int printCount = 0;
    QString handedOverAt, handedOverBy; // handed over or mailed
    QString voidedAt, voidedBy, voidReason;
    QString replacedBy; // the reissue that replaced it, when there is one

    bool isVoid() const { return state == CertificateState::Void; }
};

/// The issuing office printed and signed on certificates, from the setting table (keys
/// office.code: the 6-digit 地方公共団体コード, office.municipality, office.mayor). Defaults when
/// unset: 000000, 窓口市, 窓口市長.
struct OfficeInfo
{
    QString code;
    QString municipality;
    QString mayor;

    static OfficeInfo load(const QSqlDatabase& db);
};

/// Which certificates list() returns. Empty members do not filter.
struct CertificateFilter
{
    std::optional<security::Scope> ledger;
    std::optional<CertificateState> state;
    QString personId;
    QString recipientNumber;
    std::optional<DocumentKind> kind;
    /// Only certificates that are not void (the current one of each recipient and kind).
    bool currentOnly = false;
    /// Only certificates whose validity ends from today up to today + N days (renewals).
    std::optional<int> expiringWithinDays;
};

/// The print queue of recipient certificates (受給者証) and what anyone needs to print one.
///
/// Permissions: every call needs certificate.print in the certificate's ledger (a clerk of
/// another scope is refused with PermissionDenied); list() and find() need certificate.print or
/// ledger.view. Audit: request and reissue → certificate.issue; markPrinted → print (once per
/// certificate per print); handOver and mail → certificate.hand_over; void (also the old one of a
/// reissue) → certificate.void. A reissue also appends a `reissue` entry to the ledger
/// (ledger::LedgerBook), in the same transaction.
///
/// Rendering is in madoguchi_documents (documents::CertificateDocuments), which needs Qt Gui.
class CertificateService
{
    Q_DECLARE_TR_FUNCTIONS(CertificateService)

public:
    CertificateService(QSqlDatabase db, audit::AuditLog& audit,
                       const security::Authorizer& authorizer,
                       const Clock& clock = Clock::system());

    /// The ledger a kind of certificate is kept in (welfare service, community consultation and
    /// the 上限額管理票 → welfare_service; 精神通院 → medical_psychiatric; 更生医療 and 育成医療 →
    /// medical_rehabilitation; 補装具費支給券 → devices).
    static security::Scope ledgerOf(DocumentKind kind);
    /// The document layout (resources/documents/<kind>.json) a certificate kind is printed with.
    static QString layoutOf(DocumentKind kind);
    /// The kinds of certificate a ledger issues.
    static QList<DocumentKind> kindsOf(security::Scope ledger);

    /// Requests a certificate of kind for the person's current state in ledger: takes the
    /// recipient number, validity and cap of the current granting decision, gives the next issue
    /// number and signs the code (CertificateSigner::load on database). NotFound when the person
    /// has no current grant there; Conflict when a certificate of that kind is already current
    /// (reissue it instead); InvalidInput when kind belongs to another ledger; NotFound
    /// (translated) when this device cannot sign. Returns the certificate's id.
    Result<QString> request(const security::Session& session, store::Database& database,
                            security::Scope ledger, const QString& personId, DocumentKind kind);
    /// Records a print (requested or printed; a reprint of the same certificate counts again).
    /// Conflict for a void, handed-over or mailed certificate.
    Status markPrinted(const security::Session& session, const QString& certificateId);
    /// Records several prints in one transaction: all or none (the batch path).
    Status markPrinted(const security::Session& session, const QStringList& certificateIds);
    /// 交付: handed over at the counter. Conflict unless printed.
    Status handOver(const security::Session& session, const QString& certificateId);
    /// 郵送: mailed. Conflict unless printed.
    Status mail(const security::Session& session, const QString& certificateId);
    /// 再交付 (a lost or damaged certificate): a new certificate with the next issue number, the
    /// reissue mark and the same facts as today's ledger state; the old one becomes void with the
    /// reason; a `reissue` ledger entry. reason is required (InvalidInput). Conflict when the old
    /// one is void already. Returns the new certificate's id.
    Result<QString> reissue(const security::Session& session, store::Database& database,
                            const QString& certificateId, const QString& reason);
    /// Makes a certificate void (cancellation of the grant, a wrong request). reason required.
    Status voidCertificate(const security::Session& session, const QString& certificateId,
                           const QString& reason);

    Result<Certificate> find(const security::Session& session, const QString& certificateId);
    /// Certificates matching filter in the ledgers the session may see, newest request first
    /// (expiring filter: soonest end first).
    Result<QList<Certificate>> list(const security::Session& session,
                                    const CertificateFilter& filter = {});

    /// Reads a row without permission check (for CertificateStatusLookup and documents).
    static Result<Certificate> load(QSqlDatabase db, const QString& certificateId);

private:
    Result<QString> issue(const security::Session& session, store::Database& database,
                          security::Scope ledger, const QString& personId, DocumentKind kind,
                          const Certificate* replaces, const QString& reason);
    Status moveTo(const security::Session& session, const QString& certificateId,
                  CertificateState target);
    Status markPrintedLocked(const security::Session& session, const QString& certificateId);

    QSqlDatabase m_db;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

/// What this device's certificate table says about a scanned code (the verifier's lookup):
///   unknown id → Unknown; void and the void pushed by sync (or voided by cancellation) → Void;
///   void by a reissue not yet pushed, or a newer issue of the same recipient and kind known
///   here → Superseded ("valid but replaced; confirm online"); otherwise Current.
class LocalCertificateStatus final : public CertificateStatusLookup
{
public:
    explicit LocalCertificateStatus(QSqlDatabase db) : m_db(std::move(db)) {}
    LocalStatus statusOf(const CertificateFields& fields) const override;

private:
    QSqlDatabase m_db;
};

} // namespace madoguchi::certificate
