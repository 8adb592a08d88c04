// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEvent.h"
#include "audit/DeviceIdentity.h"
#include "base/Clock.h"
#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace madoguchi::audit {

/// Records a checkpoint may leave unsealed at most, unless told otherwise.
inline constexpr int kDefaultCheckpointEvery = 100;

/// One stored audit record, as read back.
struct AuditRecord
{
    qint64 seq = 0;
    QString recordedAt; // exactly as stored and hashed: UTC ISO 8601 with ms, e.g. …T09:30:00.000Z
    QString deviceId;
    QString account;
    QString event;
    QString objectType;
    QString objectId;
    QString purpose;
    QString outcome;
    QByteArray prevHash; // 32 bytes
    QByteArray hash;     // 32 bytes

    QDateTime recordedAtUtc() const { return QDateTime::fromString(recordedAt, Qt::ISODateWithMs); }
};

/// What the audit viewer and export select. Empty fields do not filter.
struct AuditFilter
{
    QString account;
    QString objectId; // e.g. a person id
    QString event;    // an event code
    QDate from;       // inclusive, UTC date
    QDate to;         // inclusive, UTC date
    int limit = 0;    // at most this many records; 0 = all
};

/// Options of verify().
struct VerifyOptions
{
    /// The longest run of records a checkpoint may leave unsealed: at least the writer's
    /// checkpointEvery. More unsealed records than this means checkpoints were removed.
    int checkpointEvery = kDefaultCheckpointEvery;
    /// If not empty, the device public key stored in the database must equal this one (the key
    /// registered centrally when the device was enrolled). Without it, someone holding the raw
    /// database key could replace the key and re-sign a rewritten log.
    QByteArray trustedPublicKey;
};

/// What verify() found.
struct VerifyReport
{
    bool ok = false;
    bool tampered = false;  // evidence of alteration (CLI exit 4); !ok && !tampered: unreadable
    qint64 records = 0;     // records read
    qint64 checkpoints = 0; // checkpoints whose signature was checked
    qint64 firstBadSeq = 0; // the first record altered, missing or out of place; 0 if ok or
                            // if the log could not be read at all
    QString reason;         // translated; names the record; empty if ok
    QString deviceId;
    QByteArray devicePublicKey; // for comparing with the enrolled key (hex it for people)
};

/// The tamper-evident audit log (監査ログ).
///
/// Each record is {seq, recorded_at, device_id, account, event, object_type, object_id, purpose,
/// outcome}; hash = BLAKE2b-256(prev_hash ‖ canonical(record)), where canonical is every field in
/// that order as a 4-byte big-endian byte length followed by its UTF-8 (seq in decimal), and
/// prev_hash is the previous record's hash (32 zero bytes for record 1). After every
/// checkpointEvery records, and on checkpoint() (sign-out), a checkpoint row holds the Ed25519
/// signature of "MADOGUCHI-AUDIT-CHECKPOINT-1" ‖ canonical(seq, head hash, device id, signed_at).
///
/// append() runs in a store::Transaction, which becomes a savepoint inside the caller's
/// transaction: the audited change and its record commit or roll back together. Use one writer
/// connection (two connections appending at once make one of them fail, never fork the chain).
/// No access checks here: the calling service checks the session before find() or exportCsv().
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static constexpr int kHashSize = 32;

    /// device must outlive the AuditLog and be able to sign.
    AuditLog(QSqlDatabase db, const DeviceIdentity& device, const Clock& clock = Clock::system(),
             int checkpointEvery = kDefaultCheckpointEvery);

    /// Appends one record (and a checkpoint when one is due). InvalidInput for an unknown event
    /// or outcome code, or text that looks like personal data (a 12-digit number, a name as an
    /// id); Crypto if the device cannot sign; Sql otherwise.
    Status append(const AuditEvent& event);
    /// Seals the chain up to the newest record now (sign-out). Nothing to do if already sealed.
    Status checkpoint();
    /// The id of the device whose key signs this log.
    const QString& deviceId() const;

    /// Records matching filter, newest first.
    static Result<QList<AuditRecord>> find(QSqlDatabase db, const AuditFilter& filter);
    /// Records matching filter, oldest first, as CSV for 自己点検・内部監査・外部監査: UTF-8 with
    /// BOM, CRLF, RFC 4180 quoting; columns seq, recorded_at, device, account, event, object_type,
    /// object_id, purpose, outcome, hash (hex). A text cell starting with = + - @ gets a leading
    /// apostrophe so a spreadsheet does not run it as a formula.
    static Status exportCsv(QSqlDatabase db, const AuditFilter& filter, QIODevice& out);

    /// Checks the whole chain and every checkpoint signature with the device public key stored in
    /// the database, and names the first record that is altered, missing or out of order.
    static VerifyReport verify(QSqlDatabase db, const VerifyOptions& options = {});

    /// BLAKE2b-256(prevHash ‖ canonical(record)): what record.hash must be.
    static QByteArray computeHash(const AuditRecord& record, const QByteArray& prevHash);
    /// The message a checkpoint signs.
    static QByteArray checkpointMessage(qint64 seq, const QByteArray& headHash,
                                        const QString& deviceId, const QString& signedAt);

private:
    Status writeCheckpoint(qint64 seq, const QByteArray& headHash);

    QSqlDatabase m_db;
    const DeviceIdentity& m_device;
    const Clock& m_clock;
    int m_checkpointEvery;
};

} // namespace madoguchi::audit
