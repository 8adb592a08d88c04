// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncClient.h"

#include "audit/AuditLog.h"
#include "audit/DeviceIdentity.h"
#include "intake/IntakeService.h"
#include "intake/NumberBlocks.h"
#include "ledger/RecipientNumbers.h"
#include "registry/DuplicateCandidates.h"
#include "registry/PersonRegistry.h"
#include "security/Authorizer.h"
#include "security/SecretBox.h"
#include "store/Database.h"
#include "store/Repository.h"
#include "store/Transaction.h"
#include "sync/CaseScope.h"
#include "sync/CentralSignIn.h"
#include "sync/CentralStaffSync.h"
#include "sync/FieldKeyExchange.h"
#include "sync/HandBlocks.h"
#include "sync/IssuingKeyExchange.h"
#include "sync/SyncPackage.h"
#include "sync/SyncPackageOffice.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <sodium.h>

#include <algorithm>

namespace madoguchi::sync {

namespace {

Q_LOGGING_CATEGORY(lcSync, "madoguchi.sync")

Error localError(const QSqlQuery& query, const QString& message)
{
    qCWarning(lcSync) << "local sync statement failed:" << query.lastError().databaseText();
    return Error{ErrorCode::Sql, message};
}

// What never leaves a device, and what a pulled change never writes (the central store refuses
// these entities too: madoguchi.is_device_local in resources/migrations/central/0002):
//  - staff_account: sealed TOTP secrets (under this database's key, useless elsewhere) and this
//    device's sign-in state (failed attempts, lock); central accounts are their own mechanism.
//  - setting: this device's settings (lockout, idle lock, the outreach lease).
//  - issuing_key, issuing_key_secret, device_certificate: signing keys; the public halves must
//    reach devices through a signed channel, not as rows any enrolled device could push.
//  - number_block: this device's leased number ranges (leased centrally, never copied).
//  - device_identity, audit_log, audit_checkpoint, meta: this device's own identity and chain.
//  - intake_draft: per-clerk scratch state, never synced (0007_application_intake.sql).
// Journal rows of these tables are marked pushed without being sent. Everything else that a
// repository journals is pushed; person_mynumber goes sealed (its sealed column and blind index
// are opaque bytes to the central store).
const QSet<QString>& deviceOnlyTables()
{
    static const QSet<QString> tables{
        QStringLiteral("staff_account"),      QStringLiteral("setting"),
        QStringLiteral("issuing_key"),        QStringLiteral("issuing_key_secret"),
        QStringLiteral("number_block"),       QStringLiteral("device_identity"),
        QStringLiteral("device_certificate"), QStringLiteral("audit_log"),
        QStringLiteral("audit_checkpoint"),   QStringLiteral("meta"),
        QStringLiteral("intake_draft"),       QStringLiteral("change_journal")};
    return tables;
}

QString deviceOnlyList()
{
    QStringList names = deviceOnlyTables().values();
    names.sort();
    return QStringLiteral("'") + names.join(QStringLiteral("','")) + QStringLiteral("'");
}

// The local tables a pulled change may touch: repository tables (id and version columns), with
// their columns. Anything else (the journal, the audit log, sync state, …) is never written.
class LocalTables
{
public:
    explicit LocalTables(QSqlDatabase db) : m_db(std::move(db)) {}

    const QSet<QString>* columns(const QString& table)
    {
        static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
        if (!identifier.match(table).hasMatch() || table.startsWith(u"sqlite_") ||
            table.startsWith(u"sync_") || table == u"change_journal" ||
            deviceOnlyTables().contains(table))
            return nullptr;
        auto it = m_columns.find(table);
        if (it == m_columns.end()) {
            QSet<QString> names;
            QSqlQuery query(m_db);
            query.prepare(
                QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
            query.addBindValue(table);
            if (query.exec() && query.next()) {
                QSqlQuery info(m_db);
                if (info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
                    while (info.next())
                        names.insert(info.value(1).toString());
            }
            if (!names.contains(QStringLiteral("id")) || !names.contains(QStringLiteral("version")))
                names.clear();
            it = m_columns.insert(table, names);
        }
        return it->isEmpty() ? nullptr : &*it;
    }

private:
    QSqlDatabase m_db;
    QHash<QString, QSet<QString>> m_columns;
};

enum class Applied
{
    Yes,           // the local row is the central image now
    Stale,         // the local row is newer (a later image follows), or has unsent edits
    NotApplicable, // unknown table or column, or a local constraint refuses the row
};

// Sets the local row to the central image that came with a pulled change (the row as it is
// centrally now); *localVersion is the row's version before. The image applies when it is not
// older than the local row, and never to a row with edits not sent yet: they are pushed first,
// and their outcome brings the row's image back.
Applied applyImage(QSqlDatabase& db, LocalTables& tables, const PulledChange& change,
                   std::optional<qint64>* localVersion)
{
    const QSet<QString>* columns = tables.columns(change.entity);
    if (!columns)
        return Applied::NotApplicable;
    if (change.resultRow.isEmpty() || change.resultVersion < 1)
        return Applied::Stale; // no central row (a refused change): nothing to set
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(change.resultRow.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Applied::NotApplicable;
    QJsonObject image = document.object();
    image.remove(QStringLiteral("id"));
    image.remove(QStringLiteral("version"));
    for (auto it = image.constBegin(); it != image.constEnd(); ++it) {
        if (!columns->contains(it.key()))
            return Applied::NotApplicable;
    }

    QSqlQuery current(db);
    current.prepare(QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(change.entity));
    current.addBindValue(change.entityId);
    if (!current.exec())
        return Applied::NotApplicable;
    if (current.next())
        *localVersion = current.value(0).toLongLong();

    QSqlQuery unsent(db);
    unsent.prepare(QStringLiteral("SELECT 1 FROM change_journal WHERE entity = ? AND entity_id = ? "
                                  "AND pushed_at IS NULL LIMIT 1"));
    unsent.addBindValue(change.entity);
    unsent.addBindValue(change.entityId);
    if (!unsent.exec())
        return Applied::NotApplicable;
    if (unsent.next())
        return Applied::Stale;
    // Central versions only grow, and never fall below a version this device gave the row (a
    // lost edit raises the row's version above it): an image older than the row is stale.
    if (localVersion->has_value() && localVersion->value() > change.resultVersion)
        return Applied::Stale;

    QSqlQuery write(db);
    if (change.resultDeleted) {
        if (!localVersion->has_value())
            return Applied::Yes;
        write.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(change.entity));
        write.addBindValue(change.entityId);
    } else if (localVersion->has_value()) {
        QStringList assignments{QStringLiteral("version = ?")};
        for (auto it = image.constBegin(); it != image.constEnd(); ++it)
            assignments << it.key() + QStringLiteral(" = ?");
        write.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                          .arg(change.entity, assignments.join(u',')));
        write.addBindValue(change.resultVersion);
        for (auto it = image.constBegin(); it != image.constEnd(); ++it)
            write.addBindValue(store::Repository::fromJson(it.value()));
        write.addBindValue(change.entityId);
    } else {
        QStringList names{QStringLiteral("id"), QStringLiteral("version")};
        names += image.keys();
        QStringList marks;
        marks.fill(QStringLiteral("?"), names.size());
        write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(change.entity, names.join(u','), marks.join(u',')));
        write.addBindValue(change.entityId);
        write.addBindValue(change.resultVersion);
        for (auto it = image.constBegin(); it != image.constEnd(); ++it)
            write.addBindValue(store::Repository::fromJson(it.value()));
    }
    if (!write.exec()) {
        // A local constraint (a reference to a row this device does not hold, a CHECK): the
        // statement alone is undone, the change waits in the queue.
        qCInfo(lcSync) << "a pulled change does not apply here:"
                       << write.lastError().nativeErrorCode();
        return Applied::NotApplicable;
    }
    return Applied::Yes;
}

} // namespace

SyncClient::SyncClient(store::Database& database, audit::AuditLog& audit,
                       const security::Authorizer& authorizer, const Clock& clock)
    : m_database(database), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

Result<Enrolment> SyncClient::enrolment() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT device_id, device_name, kind, central_url, role_name, "
                                   "enrolled_at FROM sync_enrolment WHERE singleton = 1")))
        return localError(query, tr("The enrolment of this device could not be read."));
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     tr("This device is not enrolled with the central server yet. An "
                        "administrator enrols it (madoguchi-cli device enroll).")};
    Enrolment enrolment;
    enrolment.deviceId = query.value(0).toString();
    enrolment.deviceName = query.value(1).toString();
    if (!deviceKindFromCode(query.value(2).toString(), &enrolment.kind))
        return Error{ErrorCode::DatabaseCorrupt, tr("The enrolment of this device is damaged.")};
    enrolment.centralUrl = query.value(3).toString();
    enrolment.roleName = query.value(4).toString();
    enrolment.enrolledAt = query.value(5).toString();
    return enrolment;
}

Result<SyncStatus> SyncClient::status() const
{
    SyncStatus status;
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM sync_enrolment), "
                           "(SELECT count(*) FROM change_journal WHERE pushed_at IS NULL AND "
                           "entity NOT IN (%1)), "
                           "(SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL), "
                           "last_push_at, last_pull_at FROM sync_state WHERE singleton = 1")
                .arg(deviceOnlyList())) ||
        !query.next())
        return localError(query, tr("The sync status could not be read."));
    status.enrolled = query.value(0).toInt() == 1;
    status.waitingChanges = query.value(1).toLongLong();
    status.openConflicts = query.value(2).toLongLong();
    status.lastPushAt = query.value(3).toString();
    status.lastPullAt = query.value(4).toString();
    return status;
}

Result<Enrolment> SyncClient::enroll(const security::Session& session, const CentralUrl& adminUrl,
                                     const QString& name, DeviceKind kind)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("device.manage")); !allowed)
        return allowed.error();
    if (auto existing = enrolment(); existing)
        return Error{ErrorCode::AlreadyExists, tr("This device is enrolled already.")};
    else if (existing.code() != ErrorCode::NotFound)
        return existing.error();
    auto identity = audit::DeviceIdentity::loadPublic(m_database.connection());
    if (!identity)
        return identity.error();
    const security::SecureBuffer key = m_database.subkey("SYNCCRED");
    if (!key.isValid())
        return Error{ErrorCode::Crypto, tr("The key that protects the sync credentials could "
                                           "not be derived.")};

    auto central = CentralConnection::open(adminUrl);
    if (!central)
        return central.error();
    auto credentials = CentralAdmin::enrollDevice(central.value()->db(), identity->id(), name, kind,
                                                  identity->publicKey());
    if (!credentials)
        return credentials.error();

    // The office's package key (sync by file), made on first use; a failure here only delays
    // it to the first online sync.
    auto officeKey = SyncPackageOffice::ensureOfficeKey(central.value()->db());
    if (!officeKey)
        qCWarning(lcSync) << "the office package key is not available yet";

    Enrolment enrolment;
    enrolment.deviceId = credentials->deviceId;
    enrolment.deviceName = name.trimmed();
    enrolment.kind = kind;
    enrolment.centralUrl = adminUrl.withoutCredentials();
    enrolment.roleName = credentials->roleName;
    enrolment.enrolledAt = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    const QByteArray sealed = security::SecretBox::seal(credentials->password, key);
    if (sealed.isEmpty())
        return Error{ErrorCode::Crypto, tr("The sync credentials could not be encrypted.")};

    QSqlDatabase db = m_database.connection();
    store::Transaction transaction(db);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO sync_enrolment (singleton, device_id, device_name, "
                                  "kind, central_url, role_name, sealed_password, enrolled_at) "
                                  "VALUES (1, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(enrolment.deviceId);
    insert.addBindValue(enrolment.deviceName);
    insert.addBindValue(deviceKindCode(kind));
    insert.addBindValue(enrolment.centralUrl);
    insert.addBindValue(enrolment.roleName);
    insert.addBindValue(sealed);
    insert.addBindValue(enrolment.enrolledAt);
    Status saved;
    if (!transaction.isActive() || !insert.exec())
        saved = localError(insert, tr("The enrolment could not be stored on this device."));
    if (saved && officeKey)
        saved = SyncPackage::storeOfficeKey(db, officeKey.value(), enrolment.enrolledAt);
    if (saved)
        saved = m_audit.append(audit::AuditEvent::of(
            audit::EventType::DeviceEnrol, audit::Outcome::Success, session.login,
            QStringLiteral("device"), enrolment.deviceId, deviceKindCode(kind)));
    if (saved) // the escrow slot and the device card (central accounts' first sign-in)
        saved = CentralSignIn::prepareDevice(m_database, adminUrl, enrolment.deviceId,
                                             credentials->escrowPublicKey);
    if (saved && !transaction.commit())
        saved = Error{ErrorCode::Sql, tr("The enrolment could not be stored on this device.")};
    if (!saved) {
        // The device exists centrally but could not keep its password: revoke it again, so no
        // role is left whose password nobody has.
        (void)CentralAdmin::revokeDevice(central.value()->db(), enrolment.deviceId);
        return saved.error();
    }
    // An enrolled device gives 宛名番号 only from central blocks (PersonRegistry): the first
    // block now, with the device's own role, so people can be registered before the first sync.
    // Without it (the server went away) the first sync brings it.
    if (auto device = connect(std::nullopt)) {
        QStringList problems;
        (void)topUpBlocks(device.value()->db(), SyncOptions{}, &problems,
                          {QString::fromUtf16(registry::PersonRegistry::kAtenaSeries)});
    }
    return enrolment;
}

Status SyncClient::revoke(const security::Session& session, const CentralUrl& adminUrl,
                          const QString& deviceId)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("device.manage")); !allowed)
        return allowed;
    auto central = CentralConnection::open(adminUrl);
    if (!central)
        return central.error();
    if (Status revoked = CentralAdmin::revokeDevice(central.value()->db(), deviceId); !revoked)
        return revoked;
    return m_audit.append(audit::AuditEvent::of(audit::EventType::DeviceRevoke,
                                                audit::Outcome::Success, session.login,
                                                QStringLiteral("device"), deviceId));
}

Result<std::unique_ptr<CentralConnection>>
SyncClient::start(const security::Session& session, const std::optional<CentralUrl>& server,
                  const SyncOptions& options)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("sync.run")); !allowed)
        return allowed.error();
    if (Status valid = checkOptions(options); !valid)
        return valid.error();
    return connect(server);
}

Result<std::unique_ptr<CentralConnection>>
SyncClient::connect(const std::optional<CentralUrl>& server)
{
    auto stored = enrolment();
    if (!stored)
        return stored.error();
    CentralUrl url;
    if (server) {
        url = *server;
    } else {
        auto parsed = CentralUrl::parse(stored->centralUrl);
        if (!parsed)
            return parsed.error();
        url = parsed.value();
    }
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT sealed_password FROM sync_enrolment WHERE singleton = 1")) ||
        !query.next())
        return localError(query, tr("The enrolment of this device could not be read."));
    const security::SecureBuffer password =
        security::SecretBox::open(query.value(0).toByteArray(), m_database.subkey("SYNCCRED"));
    if (!password.isValid())
        return Error{ErrorCode::Crypto, tr("The sync credentials of this device cannot be opened "
                                           "with this database's key.")};
    url.user = stored->roleName;
    url.password = QString::fromLatin1(reinterpret_cast<const char*>(password.data()),
                                       qsizetype(password.size()));
    auto connection = CentralConnection::open(url);
    url.password.fill(u'\0');
    return connection;
}

Status SyncClient::settleDeviceLocal()
{
    QSqlQuery local(m_database.connection());
    local.prepare(QStringLiteral("UPDATE change_journal SET pushed_at = ? WHERE pushed_at IS NULL "
                                 "AND entity IN (%1)")
                      .arg(deviceOnlyList()));
    local.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    if (!local.exec())
        return localError(local, tr("The changes waiting to be sent could not be read."));
    return {};
}

Result<QJsonArray> SyncClient::unsentChanges(qint64 afterSeq, int limit, qint64* lastSeq) const
{
    QSqlQuery select(m_database.connection());
    select.prepare(QStringLiteral(
        "SELECT seq, change_id, entity, entity_id, operation, version, base_version, payload, "
        "changed_at FROM change_journal WHERE pushed_at IS NULL AND seq > ? ORDER BY seq "
        "LIMIT ?"));
    select.addBindValue(afterSeq);
    select.addBindValue(limit);
    if (!select.exec())
        return localError(select, tr("The changes waiting to be sent could not be read."));
    QJsonArray batch;
    while (select.next()) {
        const QJsonDocument payload = QJsonDocument::fromJson(select.value(7).toByteArray());
        if (!payload.isObject())
            return Error{ErrorCode::DatabaseCorrupt,
                         tr("A change waiting to be sent is damaged (change %1).")
                             .arg(select.value(0).toLongLong())};
        *lastSeq = select.value(0).toLongLong();
        batch.append(QJsonObject{
            {QStringLiteral("device_seq"), QString::number(*lastSeq)},
            {QStringLiteral("change_id"), select.value(1).toString()},
            {QStringLiteral("entity"), select.value(2).toString()},
            {QStringLiteral("entity_id"), select.value(3).toString()},
            {QStringLiteral("operation"), select.value(4).toString()},
            {QStringLiteral("version"), QString::number(select.value(5).toLongLong())},
            {QStringLiteral("base_version"), QString::number(select.value(6).toLongLong())},
            {QStringLiteral("payload"), payload.object()},
            {QStringLiteral("changed_at"), select.value(8).toString()}});
    }
    return batch;
}

Result<int> SyncClient::pushBatches(QSqlDatabase& central, int batchSize)
{
    QSqlDatabase db = m_database.connection();
    // Changes of device-local tables (deviceOnlyTables) are settled here without being sent.
    if (Status settled = settleDeviceLocal(); !settled)
        return settled.error();
    // Changes marked sent that the central store does not hold (it lost acknowledged commits:
    // a crash with synchronous_commit off, a restore) go again; the store ignores duplicates.
    QSqlQuery highWater(central);
    if (!highWater.exec(QStringLiteral("SELECT madoguchi.device_high_water()")) ||
        !highWater.next())
        return centralError(highWater.lastError(), tr("sending the changes"));
    QSqlQuery resend(db);
    resend.prepare(QStringLiteral("UPDATE change_journal SET pushed_at = NULL WHERE seq > ? AND "
                                  "pushed_at IS NOT NULL AND entity NOT IN (%1)")
                       .arg(deviceOnlyList()));
    resend.addBindValue(highWater.value(0).toLongLong());
    if (!resend.exec())
        return localError(resend, tr("The changes waiting to be sent could not be read."));
    if (resend.numRowsAffected() > 0)
        qCWarning(lcSync) << "the central store lacks" << resend.numRowsAffected()
                          << "changes marked as sent; sending them again";
    int pushed = 0;
    qint64 after = 0;
    for (;;) {
        qint64 last = after;
        auto batch = unsentChanges(after, batchSize, &last);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            return pushed;
        const qint64 first = batch->first().toObject().value(u"device_seq").toString().toLongLong();

        // One call, one central transaction (autocommit): when it returns, the batch is stored.
        QSqlQuery push(central);
        push.prepare(QStringLiteral("SELECT madoguchi.push_changes(CAST(? AS jsonb))"));
        push.addBindValue(
            QString::fromUtf8(QJsonDocument(batch.value()).toJson(QJsonDocument::Compact)));
        if (!push.exec() || !push.next())
            return centralError(push.lastError(), tr("sending the changes"));

        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE change_journal SET pushed_at = ? WHERE seq BETWEEN ? "
                                    "AND ? AND pushed_at IS NULL"));
        mark.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
        mark.addBindValue(first);
        mark.addBindValue(last);
        QSqlQuery state(db);
        state.prepare(QStringLiteral("UPDATE sync_state SET last_push_at = ? WHERE singleton = 1"));
        state.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
        if (!mark.exec() || !state.exec())
            return localError(mark, tr("The sent changes could not be marked as sent; they will "
                                       "be sent again, which is harmless."));
        pushed += int(batch->size());
        after = last;
    }
}

QString SyncClient::pullColumns()
{
    return QStringLiteral(
        "commit_xid, central_seq, device_id, change_id, entity, entity_id, operation, version, "
        "base_version, payload::text, outcome, result_version, result_deleted, result_row::text");
}

PulledChange SyncClient::pulledChange(const QSqlQuery& pull)
{
    PulledChange change;
    change.commitXid = pull.value(0).toLongLong();
    change.centralSeq = pull.value(1).toLongLong();
    change.deviceId = pull.value(2).toString();
    change.changeId = pull.value(3).toString();
    change.entity = pull.value(4).toString();
    change.entityId = pull.value(5).toString();
    change.operation = pull.value(6).toString();
    change.version = pull.value(7).toLongLong();
    change.baseVersion = pull.value(8).toLongLong();
    change.payload = pull.value(9).toString();
    change.outcome = pull.value(10).toString();
    change.resultVersion = pull.value(11).isNull() ? 0 : pull.value(11).toLongLong();
    change.resultDeleted = pull.value(12).toBool();
    change.resultRow = pull.value(13).isNull() ? QString() : pull.value(13).toString();
    return change;
}

Result<std::pair<qint64, qint64>> SyncClient::pullCursor() const
{
    QSqlQuery cursor(m_database.connection());
    if (!cursor.exec(
            QStringLiteral("SELECT pull_xid, pull_seq FROM sync_state WHERE singleton = 1")) ||
        !cursor.next())
        return localError(cursor, tr("The sync position of this device could not be read."));
    return std::pair<qint64, qint64>{cursor.value(0).toLongLong(), cursor.value(1).toLongLong()};
}

Result<SyncSummary> SyncClient::pullBatches(QSqlDatabase& central, const SyncOptions& options)
{
    const int batchSize = options.pullBatch;
    QSqlDatabase db = m_database.connection();
    SyncSummary summary;
    for (;;) {
        auto cursor = pullCursor();
        if (!cursor)
            return cursor.error();
        QSqlQuery pull(central);
        pull.prepare(
            QStringLiteral("SELECT %1 FROM madoguchi.pull_changes(?, ?, ?)").arg(pullColumns()));
        pull.addBindValue(cursor->first);
        pull.addBindValue(cursor->second);
        pull.addBindValue(batchSize);
        if (!pull.exec())
            return centralError(pull.lastError(), tr("receiving the changes"));
        QList<PulledChange> changes;
        while (pull.next())
            changes.append(pulledChange(pull));
        if (changes.isEmpty())
            return markPulled(db, summary);
        // Outreach data minimization: a "forget" change deletes a case taken back (CaseScope).
        auto applied = CaseScope::applyPulled(*this, db, changes);
        if (!applied)
            return applied.error();
        summary.pulled += applied->pulled;
        summary.conflicts += applied->conflicts;
        if (options.onPulled)
            options.onPulled(summary.pulled);
        if (changes.size() < batchSize)
            return markPulled(db, summary);
    }
}

Result<SyncSummary> SyncClient::applyPulled(const QList<PulledChange>& received)
{
    QSqlDatabase db = m_database.connection();
    LocalTables tables(db);
    SyncSummary summary;
    const QString deviceId = m_audit.deviceId();
    // The batch and the new cursor commit together: after a failure the same batch comes
    // again and nothing of it was applied.
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The received changes could not be saved.")};
    auto cursor = pullCursor();
    if (!cursor)
        return cursor.error();
    const auto after = [&](const PulledChange& change) {
        return std::pair(change.commitXid, change.centralSeq) > cursor.value();
    };
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    const PulledChange* last = nullptr;
    QStringList pulledPersons; // records of people another device registered or changed
    for (const PulledChange& change : received) {
        // Received already (a reply file read after an online pull went further).
        if (!after(change))
            continue;
        if (last && std::pair(change.commitXid, change.centralSeq) <=
                        std::pair(last->commitXid, last->centralSeq))
            return Error{ErrorCode::InvalidInput,
                         tr("The received changes are not in the central store's order.")};
        last = &change;
        ++summary.pulled;
        const bool own = change.deviceId == deviceId;
        std::optional<qint64> localVersion;
        const Applied applied = applyImage(db, tables, change, &localVersion);
        if (!own && applied == Applied::Yes &&
            (change.entity == u"person" || change.entity == u"person_mynumber"))
            pulledPersons.append(change.entityId);
        // Queued: this device's own lost or refused edits (the row holds the winner now), and
        // any change that does not fit here. Others' lost edits never reach this device.
        const bool lost = own && change.outcome == u"conflict";
        const bool refused = own && change.outcome == u"rejected";
        if (!lost && !refused && applied != Applied::NotApplicable)
            continue;
        QSqlQuery queue(db);
        queue.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO sync_conflict (change_id, central_seq, device_id, entity, "
            "entity_id, operation, version, base_version, local_version, payload, reason, "
            "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        queue.addBindValue(change.changeId);
        queue.addBindValue(change.centralSeq);
        queue.addBindValue(change.deviceId);
        queue.addBindValue(change.entity);
        queue.addBindValue(change.entityId);
        queue.addBindValue(change.operation);
        queue.addBindValue(change.version);
        queue.addBindValue(change.baseVersion);
        // local_version: the version the row has now (the winner's, when it applied).
        const QVariant nowVersion = lost && applied == Applied::Yes
                                        ? QVariant(change.resultVersion)
                                        : (localVersion ? QVariant(*localVersion) : QVariant());
        queue.addBindValue(nowVersion);
        queue.addBindValue(change.payload);
        queue.addBindValue(lost && applied != Applied::NotApplicable
                               ? QStringLiteral("version")
                               : QStringLiteral("not_applicable"));
        queue.addBindValue(now);
        if (!queue.exec())
            return localError(queue, tr("A received change could not be queued as a "
                                        "conflict."));
        ++summary.conflicts;
    }
    if (last) {
        QSqlQuery advance(db);
        // last_pull_at only once the pull is complete (markPulled): it renews the outreach
        // lease.
        advance.prepare(
            QStringLiteral("UPDATE sync_state SET pull_xid = ?, pull_seq = ? WHERE singleton = 1"));
        advance.addBindValue(last->commitXid);
        advance.addBindValue(last->centralSeq);
        if (!advance.exec())
            return localError(advance, tr("The received changes could not be saved."));
    }
    // Two devices that registered one person offline: a duplicate candidate for an
    // administrator, recorded with the batch (DuplicateCandidates).
    if (!pulledPersons.isEmpty()) {
        auto found = registry::DuplicateCandidates(db, m_audit, m_authorizer, m_clock)
                         .detectAfterPull(pulledPersons);
        if (!found)
            return found.error();
    }
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The received changes could not be saved.")};
    return summary;
}

Result<SyncSummary> SyncClient::markPulled(QSqlDatabase&, const SyncSummary& summary)
{
    // A complete pull, even an empty one, renews the outreach lease.
    if (Status marked = markPulledAt(m_clock.nowUtc().toString(Qt::ISODateWithMs)); !marked)
        return marked.error();
    return summary;
}

Status SyncClient::markPulledAt(const QString& when)
{
    QSqlQuery state(m_database.connection());
    // Never backwards: a reply file made before the last online pull renews nothing.
    state.prepare(QStringLiteral("UPDATE sync_state SET last_pull_at = ? WHERE singleton = 1 "
                                 "AND (last_pull_at IS NULL OR last_pull_at < ?)"));
    state.addBindValue(when);
    state.addBindValue(when);
    if (!state.exec())
        return localError(state, tr("The received changes could not be saved."));
    return {};
}

namespace {

constexpr int kMaxBlockSize = 100000; // madoguchi.lease_block's limit

qint64 largestWithDigits(int digits)
{
    qint64 value = 0;
    for (int i = 0; i < digits; ++i)
        value = value * 10 + 9;
    return value;
}

QString ledgerName(security::Scope ledger)
{
    switch (ledger) {
    case security::Scope::WelfareService:
        return SyncClient::tr("the ledger of welfare services");
    case security::Scope::MedicalRehabilitation:
        return SyncClient::tr("the ledger of medical care for rehabilitation (更生医療)");
    case security::Scope::MedicalPsychiatric:
        return SyncClient::tr("the ledger of psychiatric outpatient care (精神通院)");
    case security::Scope::Devices:
        return SyncClient::tr("the ledger of assistive devices");
    }
    return {};
}

} // namespace

Status SyncClient::checkOptions(const SyncOptions& options)
{
    if (options.pushBatch < 1 || options.pushBatch > 10000 || options.pullBatch < 1 ||
        options.pullBatch > 50000)
        return Error{ErrorCode::InvalidInput,
                     SyncClient::tr("The batch size must be 1 to 10,000 changes for sending and "
                                    "1 to 50,000 for receiving.")};
    if (options.applicationBlock < 1 || options.applicationBlock > kMaxBlockSize ||
        options.recipientBlock < 1 || options.recipientBlock > kMaxBlockSize)
        return Error{ErrorCode::InvalidInput,
                     SyncClient::tr("A number block must hold 1 to 100,000 numbers.")};
    return {};
}

QList<NumberSeries> SyncClient::numberSeries(const SyncOptions& options)
{
    QList<NumberSeries> list{
        {QString::fromUtf16(intake::IntakeService::kNumberKind), SyncClient::kApplicationDigits,
         options.applicationBlock, SyncClient::tr("application numbers")},
        {QString::fromUtf16(registry::PersonRegistry::kAtenaSeries), registry::kAtenaNumberLength,
         options.applicationBlock, SyncClient::tr("宛名番号")}};
    using ledger::RecipientNumberKind;
    using ledger::RecipientNumbers;
    for (const security::Scope ledger : security::allScopes()) {
        list.append({RecipientNumbers::blockKind(RecipientNumberKind::RecipientNumber, ledger),
                     RecipientNumbers::kRecipientBodyDigits, options.recipientBlock,
                     SyncClient::tr("受給者番号 of %1").arg(ledgerName(ledger))});
        list.append({RecipientNumbers::blockKind(RecipientNumberKind::CertificateNumber, ledger),
                     RecipientNumbers::kCertificateNumberDigits, options.recipientBlock,
                     SyncClient::tr("受給者証番号 of %1").arg(ledgerName(ledger))});
    }
    return list;
}

Result<QList<NumberSeries>> SyncClient::seriesRunningLow(const SyncOptions& options) const
{
    intake::NumberBlocks blocks(m_database.connection(),
                                intake::NumberBlocks::localPrefixFor(m_audit.deviceId()), m_clock);
    QList<NumberSeries> low;
    for (const NumberSeries& series : numberSeries(options)) {
        auto existing = blocks.blocks(series.kind);
        if (!existing)
            return existing.error();
        // Only central blocks count: local ones are the standalone fallback.
        qint64 left = 0;
        for (const intake::NumberBlock& block : std::as_const(existing.value())) {
            if (block.origin == intake::BlockOrigin::Central && block.remaining() > 0)
                left += block.remaining();
        }
        const qint64 threshold = std::max(1, series.blockSize / kTopUpDivisor);
        if (left < threshold)
            low.append(series);
    }
    return low;
}

Result<bool> SyncClient::recordBlock(const NumberSeries& series, qint64 first, qint64 last,
                                     QStringList* problems)
{
    const qint64 largest = largestWithDigits(series.digits);
    if (first < 1 || last < first) {
        problems->append(tr("The central store returned an unusable number block for %1; "
                            "ask an administrator to check the central number series.")
                             .arg(series.label));
        return false;
    }
    if (first > largest) {
        problems->append(tr("The central store has no %1 left to hand out; no new number "
                            "block could be leased. Ask an administrator.")
                             .arg(series.label));
        return false;
    }
    last = std::min(last, largest); // the rest of the range does not exist: never issued
    intake::NumberBlocks blocks(m_database.connection(),
                                intake::NumberBlocks::localPrefixFor(m_audit.deviceId()), m_clock);
    auto recorded = blocks.lease(series.kind, QStringLiteral(""), series.digits, first, last,
                                 intake::BlockOrigin::Central);
    if (!recorded) {
        if (recorded.code() != ErrorCode::InvalidInput)
            return recorded.error();
        // A block entered by hand covers these numbers: they are not issued twice here, and
        // the central range stays used.
        problems->append(tr("A new block of %1 overlaps a block this device already has; "
                            "it was not recorded. Ask an administrator to check the number "
                            "blocks.")
                             .arg(series.label));
        return false;
    }
    return true;
}

Result<int> SyncClient::topUpBlocks(QSqlDatabase& central, const SyncOptions& options,
                                    QStringList* problems, const QStringList& only)
{
    auto low = seriesRunningLow(options);
    if (!low)
        return low.error();
    int leased = 0;
    for (const NumberSeries& series : std::as_const(low.value())) {
        if (!only.isEmpty() && !only.contains(series.kind))
            continue;
        // One call, one central transaction: the range is this device's once it returns.
        QSqlQuery lease(central);
        lease.prepare(QStringLiteral(
            "SELECT first_value, last_value FROM madoguchi.lease_block(?, CAST(? AS integer))"));
        lease.addBindValue(series.kind);
        lease.addBindValue(series.blockSize);
        if (!lease.exec() || !lease.next())
            return centralError(lease.lastError(), tr("leasing number blocks"));
        bool firstOk = false;
        bool lastOk = false;
        const qint64 first = lease.value(0).toLongLong(&firstOk);
        const qint64 last = lease.value(1).toLongLong(&lastOk);
        auto recorded = recordBlock(series, firstOk ? first : 0, lastOk ? last : -1, problems);
        if (!recorded)
            return recorded.error();
        if (recorded.value())
            ++leased;
    }
    // Blocks are device-local: their journal rows never leave the device (deviceOnlyTables).
    if (Status settled = settleDeviceLocal(); !settled)
        return Error{settled.code(), tr("The number blocks could not be saved.")};
    return leased;
}

Result<SyncSummary> SyncClient::push(const security::Session& session,
                                     const std::optional<CentralUrl>& server,
                                     const SyncOptions& options)
{
    auto central = start(session, server, options);
    if (!central)
        return central.error();
    auto pushed = pushBatches(central.value()->db(), options.pushBatch);
    if (!pushed)
        return pushed.error();
    SyncSummary summary;
    summary.pushed = pushed.value();
    return summary;
}

Result<SyncSummary> SyncClient::pull(const security::Session& session,
                                     const std::optional<CentralUrl>& server,
                                     const SyncOptions& options)
{
    auto central = start(session, server, options);
    if (!central)
        return central.error();
    return pullBatches(central.value()->db(), options);
}

Status SyncClient::checkLease(QSqlDatabase db, const Clock& clock)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT e.kind, e.enrolled_at, s.last_pull_at, (SELECT value FROM setting WHERE key = "
            "'sync.outreach_lease_days') FROM sync_enrolment e, sync_state s")))
        return Error{ErrorCode::Sql, tr("The sync state of this device could not be read.")};
    if (!query.next() || query.value(0).toString() != u"outreach")
        return {};
    bool ok = false;
    int days = query.value(3).toString().toInt(&ok);
    if (!ok || days < 1 || days > 365)
        days = kDefaultLeaseDays;
    const QString last =
        query.value(2).isNull() ? query.value(1).toString() : query.value(2).toString();
    const QDateTime since = QDateTime::fromString(last, Qt::ISODateWithMs);
    // An unreadable time counts as expired: the lock must not be escapable by damaging it.
    if (since.isValid() && since.addDays(days) >= clock.nowUtc())
        return {};
    return Error{ErrorCode::PermissionDenied,
                 tr("This outreach laptop has not synced with the office for more than %n day(s). "
                    "Sync it first; until then its data stays closed.",
                    nullptr, days)};
}

Result<SyncSummary> SyncClient::run(const security::Session& session,
                                    const std::optional<CentralUrl>& server,
                                    const SyncOptions& options)
{
    // Refusals are not sync runs: checked before the audited part.
    if (Status allowed = m_authorizer.require(session, QStringLiteral("sync.run")); !allowed)
        return allowed.error();
    if (Status valid = checkOptions(options); !valid)
        return valid.error();
    Result<SyncSummary> result = [&]() -> Result<SyncSummary> {
        auto central = connect(server);
        if (!central)
            return central.error();
        // The city-wide My Number key first: numbers sealed under this device's own key are
        // sealed again under it (journaled), so they go with this push.
        if (auto keys = FieldKeyExchange::exchange(m_database, central.value()->db(), m_audit,
                                                   m_clock, session.login);
            !keys)
            return keys.error();
        auto pushed = pushBatches(central.value()->db(), options.pushBatch);
        if (!pushed)
            return pushed.error();
        auto pulled = pullBatches(central.value()->db(), options);
        if (!pulled)
            return pulled.error();
        SyncSummary summary = pulled.value();
        summary.pushed = pushed.value();
        // Issuing keys' public halves: this device's go up, everyone's come down and are
        // trusted for verifying certificates.
        auto issuing = IssuingKeyExchange::exchange(m_database, central.value()->db(), m_clock);
        if (!issuing)
            return issuing.error();
        summary.blockProblems += issuing->problems;
        // Central staff accounts: roles, names and states of the accounts this device knows.
        if (auto staff =
                CentralStaffSync::apply(m_database, central.value()->db(), m_audit, m_clock);
            !staff)
            return staff.error();
        // Blocks leased by hand share the number space: the central store reserves them first.
        if (auto reserved = HandBlocks::reserve(m_database.connection(), central.value()->db(),
                                                numberSeries(options), &summary.blockProblems);
            !reserved)
            return reserved.error();
        auto leased = topUpBlocks(central.value()->db(), options, &summary.blockProblems);
        if (!leased)
            return leased.error();
        summary.blocksLeased = leased.value();
        // The office's package key, for sync by file (SyncPackage).
        auto officeKey = SyncPackage::fetchOfficeKey(central.value()->db());
        if (!officeKey)
            return officeKey.error();
        if (officeKey.value())
            if (Status stored =
                    SyncPackage::storeOfficeKey(m_database.connection(), *officeKey.value(),
                                                m_clock.nowUtc().toString(Qt::ISODateWithMs));
                !stored)
                return stored.error();
        return summary;
    }();
    const QString purpose = result ? QStringLiteral("pushed=%1 pulled=%2 conflicts=%3 blocks=%4")
                                         .arg(result->pushed)
                                         .arg(result->pulled)
                                         .arg(result->conflicts)
                                         .arg(result->blocksLeased)
                                   : QStringLiteral("error=%1").arg(int(result.code()));
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::SyncRun, result ? audit::Outcome::Success : audit::Outcome::Failure,
            session.login, QString(), QString(), purpose));
        !audited && result)
        return audited.error();
    return result;
}

} // namespace madoguchi::sync
