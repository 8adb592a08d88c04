// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "security/Session.h"
#include "sync/CentralAdmin.h"
#include "sync/CentralConnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

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
    /// Translated, one per number series that could not be topped up although it runs low (the
    /// central series is exhausted, or the block does not fit this device's blocks). The run
    /// itself succeeded; the device keeps issuing from what it has.
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

struct SyncOptions
{
    int pushBatch = 500;  // journal rows per push_changes call (1–10,000)
    int pullBatch = 1000; // changes per pull_changes call (1–50,000)
    /// Numbers per leased block (1–100,000, the limit of madoguchi.lease_block): application
    /// numbers, and 受給者番号 / 受給者証番号 of each ledger. A series is topped up when its
    /// central blocks have fewer than a quarter of its block size left (kTopUpDivisor).
    int applicationBlock = 1000;
    int recipientBlock = 100;
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

private:
    Result<std::unique_ptr<CentralConnection>> connect(const std::optional<CentralUrl>& server);
    Result<int> pushBatches(QSqlDatabase& central, int batchSize);
    Result<SyncSummary> pullBatches(QSqlDatabase& central, int batchSize);
    Result<SyncSummary> markPulled(QSqlDatabase& db, const SyncSummary& summary);
    Result<int> topUpBlocks(QSqlDatabase& central, const SyncOptions& options,
                            QStringList* problems);

    store::Database& m_database;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::sync
