// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "security/Session.h"
#include "sync/CentralAdmin.h"
#include "sync/CentralConnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace madoguchi::store {
class Database;
}
namespace madoguchi::audit {
class AuditLog;
}
namespace madoguchi::security {
class Authorizer;
}

namespace madoguchi::sync {

/// What one push, pull or run did.
struct SyncSummary
{
    int pushed = 0;       // journal rows the central store confirmed (new or already there)
    int pulled = 0;       // changes of other devices received
    int conflicts = 0;    // of those, queued in sync_conflict instead of applied
    int blocksLeased = 0; // number blocks leased from the central store (run() only)
    /// Translated problems that did not stop the run: a number series that could not be topped
    /// up although it runs low (the central series is exhausted, or the block does not fit this
    /// device's blocks; the device keeps issuing from what it has), a hand-leased block that
    /// overlaps central numbers (HandBlocks), another device's issuing key that is malformed and
    /// not trusted (IssuingKeyExchange).
    QStringList blockProblems;
};

/// This device's enrolment as stored locally (the password stays sealed).
struct Enrolment
{
    QString deviceId;
    QString deviceName;
    DeviceKind kind = DeviceKind::Counter;
    QString centralUrl; // without user and password
    QString roleName;
    QString enrolledAt;
};

/// What a status line shows.
struct SyncStatus
{
    bool enrolled = false;
    qint64 waitingChanges = 0; // journal rows not pushed yet
    qint64 openConflicts = 0;
    QString lastPushAt;
    QString lastPullAt;
};

/// One change received from the central store: a row of madoguchi.pull_changes (online) or of
/// a reply file (sync by file, SyncPackage), applied the same way either way:
/// CaseScope::applyPulled (a case taken back is forgotten) over SyncClient::applyPulled.
struct PulledChange
{
    qint64 commitXid = 0;
    qint64 centralSeq = 0;
    QString deviceId;
    QString changeId;
    QString entity;
    QString entityId;
    QString operation;
    qint64 version = 0;
    qint64 baseVersion = 0;
    QString payload;
    QString outcome;          // applied, merged, conflict, rejected (central decision)
    qint64 resultVersion = 0; // the central row's current version (0: no such row)
    bool resultDeleted = false;
    QString resultRow; // the central row now, JSON; empty when there is none
};

/// A number series this device tops up (application numbers, 受給者番号 / 受給者証番号 of
/// every ledger).
struct NumberSeries
{
    QString kind; // the local block kind = the central series name
    int digits = 0;
    int blockSize = 0;
    QString label; // translated, for a problem message
};

struct SyncOptions
{
    int pushBatch = 500;  // journal rows per push_changes call (1–10,000)
    int pullBatch = 1000; // changes per pull_changes call (1–50,000)
    /// Numbers per leased block (1–100,000, the limit of madoguchi.lease_block): application
    /// numbers, and 受給者番号 / 受給者証番号 of each ledger. A series is topped up when its
    /// central blocks have fewer than a quarter of its block size left (kTopUpDivisor).
    int applicationBlock = 1000;
    int recipientBlock = 100;
    /// Called on the calling thread after each pulled batch is committed, with the number of
    /// changes received so far in this pull (for a progress display). Optional.
    std::function<void(qint64 received)> onPulled = {};
};

/// Push and pull between this device's local store and the central PostgreSQL store
/// (DESIGN.md "Sync").
///
/// Push sends the unpushed change_journal rows in seq order, in batches, each batch one JSON
/// array argument of madoguchi.push_changes (idempotent centrally by (device id, device seq)),
/// and marks them pushed only after the central commit. Payloads go as journaled: a My Number is
/// already sealed there (person_mynumber.sealed), nothing here decrypts it.
///
/// Before it pushes, it asks for the highest device sequence the central store holds
/// (madoguchi.device_high_water) and sends everything above it again, so a server that lost
/// acknowledged commits (a crash with synchronous_commit off, a restore) still gets every change.
///
/// Journal rows of device-local tables (accounts with their sealed TOTP secrets, settings, keys,
/// number blocks, the audit chain, intake drafts; the list is deviceOnlyTables in the .cpp) are
/// never sent, only marked pushed; the central store refuses them as well.
///
/// The central store decides each pushed change against its base version (resources/migrations/
/// central/0002_conflicts.sql): applied, merged (the fields changed since the base are disjoint
/// from the change's), conflict (they overlap) or rejected (a ledger entry is append-only, an
/// approved decision immutable). Pull asks madoguchi.pull_changes for what happened after the
/// stored cursor: every change that changed a row, as the central row's image (so a merge reaches
/// every device, its maker included), and this device's own lost and refused edits. The device
/// sets its row to the image (not when the local row is newer, or has edits not sent yet), and
/// queues its own lost edits in sync_conflict (reason version: the row now holds the winner,
/// payload is the lost edit); the device whose edit won sees no conflict. Each batch and the new
/// cursor commit in one local transaction (resumable; a batch is applied once). Pulled changes
/// are not journaled again.
///
/// Each call opens its own QPSQL connection on the calling thread (a name per connection) and
/// uses the database's connection: call it on the thread that opened the database. The
/// central password is never part of a message or a log line.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)

public:
    SyncClient(store::Database& database, audit::AuditLog& audit,
               const security::Authorizer& authorizer, const Clock& clock = Clock::system());

    /// Enrols this device with the central store (device.manage, an administrator's action):
    /// adminUrl is the central owner's URL. The device's role password is stored here sealed
    /// under the subkey "SYNCCRED"; the server address is stored without credentials.
    /// AlreadyExists if this database is enrolled already.
    Result<Enrolment> enroll(const security::Session& session, const CentralUrl& adminUrl,
                             const QString& name, DeviceKind kind);
    /// Revokes a device centrally (device.manage): its next sync call fails at once.
    Status revoke(const security::Session& session, const CentralUrl& adminUrl,
                  const QString& deviceId);
    /// The stored enrolment; NotFound when this database is not enrolled.
    Result<Enrolment> enrolment() const;
    Result<SyncStatus> status() const;

    /// server: where the central store is, overriding the stored address (its user and password
    /// are ignored: the device always signs in with its own role). All need sync.run.
    Result<SyncSummary> push(const security::Session& session,
                             const std::optional<CentralUrl>& server = std::nullopt,
                             const SyncOptions& options = {});
    Result<SyncSummary> pull(const security::Session& session,
                             const std::optional<CentralUrl>& server = std::nullopt,
                             const SyncOptions& options = {});
    /// The outreach lease: an outreach device whose last complete pull (or, before the first,
    /// its enrolment) is older than the setting sync.outreach_lease_days (default 14, see
    /// security::SecuritySettings) keeps its data closed until it syncs: PermissionDenied with a
    /// translated message saying to sync first. Counter workstations and devices not enrolled
    /// have no lease. Workspace installs this as the Authorizer's gate for every permission but
    /// sync.run, so signing in and syncing still work.
    static Status checkLease(QSqlDatabase db, const Clock& clock);
    static constexpr int kDefaultLeaseDays = 14;

    /// Application numbers from central blocks: ASCII digits, no prefix (local fallback numbers
    /// start with "L", so the two never meet), values 1 … 99,999,999.
    static constexpr int kApplicationDigits = 8;
    /// A series is topped up when its central blocks have fewer than blockSize / kTopUpDivisor
    /// numbers left (at least 1), so a device asks before it runs out and has days of numbers
    /// for offline work: with the defaults, 250 application numbers and 25 受給者番号 /
    /// 受給者証番号 per ledger.
    static constexpr int kTopUpDivisor = 4;

    /// Push, then pull, then top up the number blocks; audited as sync.run with the counts.
    ///
    /// Number blocks: for application numbers (series "application", IntakeService::kNumberKind)
    /// and for 受給者番号 and 受給者証番号 of every ledger (series RecipientNumbers::blockKind:
    /// bodies of 6 digits, 1 … 999,999; 10 digits), a series whose central blocks on this device
    /// have fewer numbers left than the threshold gets one new block from
    /// madoguchi.lease_block(series, size), recorded as a central block (prefix "", the numbers
    /// zero-padded to the series' digits). The central store hands every range out once, so no
    /// two devices ever issue the same number. A lease committed centrally but not recorded here
    /// (the device failed in between) only wastes numbers. A block that reaches past the series'
    /// largest number is cut there; a series with no numbers left is reported in
    /// SyncSummary::blockProblems, not as an error. A revoked device gets no block (its run fails
    /// at the push).
    Result<SyncSummary> run(const security::Session& session,
                            const std::optional<CentralUrl>& server = std::nullopt,
                            const SyncOptions& options = {});

    // Building blocks shared by the online sync and sync by file (SyncPackage): one code path
    // for what is sent, what is applied and which numbers are leased. No permission check here:
    // the public calls above and SyncPackage check sync.run first.

    /// Marks the unsent journal rows of device-local tables as pushed (they never leave).
    Status settleDeviceLocal();
    /// Up to limit unsent journal rows with seq > afterSeq, in seq order, as the objects
    /// madoguchi.push_changes takes; *lastSeq is the last row's seq (unchanged when none).
    /// Device-local rows must be settled first (settleDeviceLocal).
    Result<QJsonArray> unsentChanges(qint64 afterSeq, int limit, qint64* lastSeq) const;
    /// The pull cursor (commit xid, central seq) stored on this device.
    Result<std::pair<qint64, qint64>> pullCursor() const;
    /// Applies received changes in cursor order in one (possibly nested) transaction together
    /// with the new cursor, exactly as a pull does: changes at or before the stored cursor are
    /// skipped (received already), the rest set rows to their central image or are queued in
    /// sync_conflict. pulled counts the changes not skipped.
    Result<SyncSummary> applyPulled(const QList<PulledChange>& changes);
    /// Stores when the last complete pull happened (renews the outreach lease); never moves it
    /// back (ISO 8601 UTC times compare as text).
    Status markPulledAt(const QString& when);
    /// The series this device tops up, and those of them whose central blocks run low.
    static QList<NumberSeries> numberSeries(const SyncOptions& options);
    Result<QList<NumberSeries>> seriesRunningLow(const SyncOptions& options) const;
    /// Records a central block first … last of series (cut at the series' largest number). A
    /// range that cannot be used is reported in *problems (translated) and false returned.
    Result<bool> recordBlock(const NumberSeries& series, qint64 first, qint64 last,
                             QStringList* problems);
    /// The columns of a pull row, in the order pulledChange() reads them.
    static QString pullColumns();
    static PulledChange pulledChange(const QSqlQuery& row);
    static Status checkOptions(const SyncOptions& options);

private:
    Result<std::unique_ptr<CentralConnection>> connect(const std::optional<CentralUrl>& server);
    /// What push, pull and run check first (sync.run, the options), then connect().
    Result<std::unique_ptr<CentralConnection>> start(const security::Session& session,
                                                     const std::optional<CentralUrl>& server,
                                                     const SyncOptions& options);
    Result<int> pushBatches(QSqlDatabase& central, int batchSize);
    Result<SyncSummary> pullBatches(QSqlDatabase& central, const SyncOptions& options);
    Result<SyncSummary> markPulled(QSqlDatabase& db, const SyncSummary& summary);
    /// only: the series kinds to consider (all when empty).
    Result<int> topUpBlocks(QSqlDatabase& central, const SyncOptions& options,
                            QStringList* problems, const QStringList& only = {});

    store::Database& m_database;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::sync
