// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncPackage.h"

#include "sync/FieldKeyExchange.h"

#include "audit/AuditLog.h"
#include "audit/DeviceIdentity.h"
#include "security/Authorizer.h"
#include "security/SecureBuffer.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/CaseScope.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <sodium.h>

#include <algorithm>

namespace madoguchi::sync {

namespace {

Q_LOGGING_CATEGORY(lcPackage, "madoguchi.sync.package")

constexpr char kPackageMagic[] = "MDGSYNCP";
constexpr char kReplyMagic[] = "MDGSYNCR";
constexpr int kMagicSize = 8;
constexpr int kFixedSize = kMagicSize + 2 + 4 + 4 + PackageEnvelope::kSignatureSize;
constexpr qint64 kMaxFileSize =
    kFixedSize + PackageEnvelope::kMaxHeaderSize + PackageEnvelope::kMaxBodySize;
constexpr int kJournalChunk = 5000;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

Error malformed(const QString& message)
{
    return Error{ErrorCode::InvalidInput, message};
}

Error localError(const QSqlQuery& query, const QString& message)
{
    qCWarning(lcPackage) << "local package statement failed:" << query.lastError().databaseText();
    return Error{ErrorCode::Sql, message};
}

bool isUuid(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

QString text(qint64 value)
{
    return QString::number(value);
}

} // namespace

std::optional<qint64> packageInteger(const QJsonValue& value)
{
    bool ok = false;
    qint64 number = 0;
    if (value.isString())
        number = value.toString().toLongLong(&ok);
    else if (value.isDouble() && value.toDouble() == double(value.toInteger()))
        number = value.toInteger(), ok = true;
    if (!ok)
        return std::nullopt;
    return number;
}

// --- The file format ---------------------------------------------------------------------

QByteArray PackageEnvelope::encode(const PackageHeader& header, const QByteArray& sealedBody)
{
    QJsonObject object{{QStringLiteral("format"), header.reply
                                                      ? QStringLiteral("madoguchi-sync-reply")
                                                      : QStringLiteral("madoguchi-sync-package")},
                       {QStringLiteral("device_id"), header.deviceId},
                       {QStringLiteral("package_seq"), text(header.packageSeq)},
                       {QStringLiteral("created_at"), header.createdAt},
                       {QStringLiteral("row_count"), text(header.rowCount)},
                       {QStringLiteral("office_key_id"), header.officeKeyId}};
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(kFixedSize + json.size() + sealedBody.size());
    out.append(header.reply ? kReplyMagic : kPackageMagic, kMagicSize);
    char number[4];
    qToBigEndian<quint16>(quint16(kFormatVersion), number);
    out.append(number, 2);
    qToBigEndian<quint32>(quint32(json.size()), number);
    out.append(number, 4);
    out.append(json);
    qToBigEndian<quint32>(quint32(sealedBody.size()), number);
    out.append(number, 4);
    out.append(sealedBody);
    return out;
}

Result<PackageEnvelope> PackageEnvelope::parse(const QByteArray& file, bool expectReply)
{
    const QString what = expectReply ? tr("reply file") : tr("sync package");
    if (file.isEmpty())
        return malformed(tr("The %1 is empty.").arg(what));
    const char* wanted = expectReply ? kReplyMagic : kPackageMagic;
    const char* other = expectReply ? kPackageMagic : kReplyMagic;
    if (file.size() >= kMagicSize && file.startsWith(QByteArray(other, kMagicSize)))
        return malformed(expectReply
                             ? tr("This file is a sync package written by a device, not a reply "
                                  "from the office.")
                             : tr("This file is a reply from the office, not a sync package "
                                  "written by a device."));
    if (file.size() < kMagicSize || !file.startsWith(QByteArray(wanted, kMagicSize)))
        return malformed(tr("This file is not a Madoguchi %1.").arg(what));
    if (file.size() < kFixedSize)
        return malformed(tr("The %1 is incomplete: it was cut off. Write it again.").arg(what));
    const char* data = file.constData();
    const quint16 version = qFromBigEndian<quint16>(data + kMagicSize);
    if (version != kFormatVersion)
        return malformed(tr("The %1 has format version %2; this program reads version %3. Use "
                            "the same Madoguchi version at the office and on the device.")
                             .arg(what)
                             .arg(version)
                             .arg(kFormatVersion));
    const qint64 headerSize = qFromBigEndian<quint32>(data + kMagicSize + 2);
    const qint64 headerAt = kMagicSize + 2 + 4;
    const QString damaged = tr("The %1 is damaged or incomplete: its lengths do not match the "
                               "file. Write it again.")
                                .arg(what);
    if (headerSize < 2 || headerSize > kMaxHeaderSize ||
        headerAt + headerSize + 4 + kSignatureSize > file.size())
        return malformed(damaged);
    const qint64 bodySizeAt = headerAt + headerSize;
    const qint64 bodySize = qFromBigEndian<quint32>(data + bodySizeAt);
    if (bodySize < 1 || bodySize > kMaxBodySize ||
        bodySizeAt + 4 + bodySize + kSignatureSize != file.size())
        return malformed(damaged);

    PackageEnvelope envelope;
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(file.mid(headerAt, headerSize), &parseError);
    const QJsonObject object = document.object();
    const auto seq = packageInteger(object.value(u"package_seq"));
    const auto rows = packageInteger(object.value(u"row_count"));
    const QString format = object.value(u"format").toString();
    envelope.header.reply = expectReply;
    envelope.header.deviceId = object.value(u"device_id").toString();
    envelope.header.createdAt = object.value(u"created_at").toString();
    envelope.header.officeKeyId = object.value(u"office_key_id").toString();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !seq || *seq < 1 ||
        !rows || *rows < 0 ||
        format != (expectReply ? u"madoguchi-sync-reply" : u"madoguchi-sync-package") ||
        !isUuid(envelope.header.deviceId) || !isUuid(envelope.header.officeKeyId) ||
        !QDateTime::fromString(envelope.header.createdAt, Qt::ISODateWithMs).isValid())
        return malformed(tr("The header of the %1 is damaged. Write it again.").arg(what));
    envelope.header.packageSeq = *seq;
    envelope.header.rowCount = *rows;
    envelope.signedPart = file.left(bodySizeAt + 4 + bodySize);
    envelope.body = file.mid(bodySizeAt + 4, bodySize);
    envelope.signature = file.right(kSignatureSize);
    return envelope;
}

Result<QByteArray> PackageEnvelope::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     tr("The file %1 could not be opened: %2").arg(path, file.errorString())};
    if (file.size() > kMaxFileSize)
        return malformed(
            tr("The file %1 is larger than any sync file can be; it is not one.").arg(path));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorCode::Io,
                     tr("The file %1 could not be read: %2").arg(path, file.errorString())};
    return data;
}

Status PackageEnvelope::writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io,
                     tr("The file %1 could not be written: %2").arg(path, file.errorString())};
    // Owner only from the start: the temporary file is renamed into place with these rights.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size() || !file.commit())
        return Error{ErrorCode::Io,
                     tr("The file %1 could not be written: %2").arg(path, file.errorString())};
    return {};
}

// --- Changes in a reply ------------------------------------------------------------------

QJsonObject SyncPackage::changeToJson(const PulledChange& change)
{
    QJsonObject object{{QStringLiteral("commit_xid"), text(change.commitXid)},
                       {QStringLiteral("central_seq"), text(change.centralSeq)},
                       {QStringLiteral("device_id"), change.deviceId},
                       {QStringLiteral("change_id"), change.changeId},
                       {QStringLiteral("entity"), change.entity},
                       {QStringLiteral("entity_id"), change.entityId},
                       {QStringLiteral("operation"), change.operation},
                       {QStringLiteral("version"), text(change.version)},
                       {QStringLiteral("base_version"), text(change.baseVersion)},
                       {QStringLiteral("payload"), change.payload},
                       {QStringLiteral("outcome"), change.outcome},
                       {QStringLiteral("result_version"), text(change.resultVersion)},
                       {QStringLiteral("result_deleted"), change.resultDeleted}};
    if (!change.resultRow.isEmpty())
        object.insert(QStringLiteral("result_row"), change.resultRow);
    return object;
}

std::optional<PulledChange> SyncPackage::changeFromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const auto xid = packageInteger(object.value(u"commit_xid"));
    const auto seq = packageInteger(object.value(u"central_seq"));
    const auto version = packageInteger(object.value(u"version"));
    const auto base = packageInteger(object.value(u"base_version"));
    const auto result = packageInteger(object.value(u"result_version"));
    const QStringList strings{QStringLiteral("device_id"), QStringLiteral("change_id"),
                              QStringLiteral("entity"),    QStringLiteral("entity_id"),
                              QStringLiteral("operation"), QStringLiteral("payload"),
                              QStringLiteral("outcome")};
    for (const QString& key : strings)
        if (!object.value(key).isString())
            return std::nullopt;
    if (!xid || !seq || !version || !base || !result || *xid < 0 || *seq < 1 ||
        !object.value(u"result_deleted").isBool() ||
        (object.contains(u"result_row") && !object.value(u"result_row").isString()))
        return std::nullopt;
    PulledChange change;
    change.commitXid = *xid;
    change.centralSeq = *seq;
    change.deviceId = object.value(u"device_id").toString();
    change.changeId = object.value(u"change_id").toString();
    change.entity = object.value(u"entity").toString();
    change.entityId = object.value(u"entity_id").toString();
    change.operation = object.value(u"operation").toString();
    change.version = *version;
    change.baseVersion = *base;
    change.payload = object.value(u"payload").toString();
    change.outcome = object.value(u"outcome").toString();
    change.resultVersion = *result;
    change.resultDeleted = object.value(u"result_deleted").toBool();
    change.resultRow = object.value(u"result_row").toString();
    return change;
}

// --- Office keys on the device -----------------------------------------------------------

Result<std::optional<OfficeKey>> SyncPackage::fetchOfficeKey(QSqlDatabase& central)
{
    QSqlQuery query(central);
    if (!query.exec(QStringLiteral(
            "SELECT key_id, sign_public, box_public FROM madoguchi.package_office_key()")))
        return centralError(query.lastError(), tr("fetching the office's package key"));
    if (!query.next())
        return std::optional<OfficeKey>();
    OfficeKey key{query.value(0).toString(), query.value(1).toByteArray(),
                  query.value(2).toByteArray()};
    if (!isUuid(key.keyId) || key.signPublic.size() != 32 || key.boxPublic.size() != 32)
        return Error{ErrorCode::Sql, tr("The central store sent a damaged office package key.")};
    return std::optional<OfficeKey>(key);
}

Status SyncPackage::storeOfficeKey(QSqlDatabase db, const OfficeKey& key, const QString& now)
{
    QSqlQuery same(db);
    same.prepare(QStringLiteral(
        "SELECT 1 FROM sync_office_key WHERE key_id = ? AND sign_public = ? AND box_public = ?"));
    same.addBindValue(key.keyId);
    same.addBindValue(key.signPublic);
    same.addBindValue(key.boxPublic);
    if (!same.exec())
        return localError(same, tr("The office's package key could not be stored."));
    if (same.next())
        return {};
    QSqlQuery store(db);
    store.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_office_key (key_id, sign_public, "
                                 "box_public, received_at) VALUES (?, ?, ?, ?)"));
    store.addBindValue(key.keyId);
    store.addBindValue(key.signPublic);
    store.addBindValue(key.boxPublic);
    store.addBindValue(now);
    if (!store.exec())
        return localError(store, tr("The office's package key could not be stored."));
    return {};
}

// --- The device's side -------------------------------------------------------------------

SyncPackage::SyncPackage(store::Database& database, audit::AuditLog& audit,
                         const security::Authorizer& authorizer, const Clock& clock)
    : m_database(database), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

Result<PackageSummary> SyncPackage::writePackage(const security::Session& session,
                                                 const QString& path, const SyncOptions& options)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("sync.run")); !allowed)
        return allowed.error();
    if (Status valid = SyncClient::checkOptions(options); !valid)
        return valid.error();
    if (!security::initializeSodium())
        return Error{ErrorCode::Crypto, tr("The cryptography library could not be started.")};
    SyncClient client(m_database, m_audit, m_authorizer, m_clock);
    auto enrolment = client.enrolment();
    if (!enrolment)
        return enrolment.error();
    QSqlDatabase db = m_database.connection();

    QSqlQuery officeKey(db);
    if (!officeKey.exec(QStringLiteral("SELECT key_id, box_public FROM sync_office_key ORDER BY "
                                       "received_at DESC, key_id DESC LIMIT 1")))
        return localError(officeKey, tr("The office's package key could not be read."));
    if (!officeKey.next())
        return Error{ErrorCode::NotFound,
                     tr("This device has not received the office's package key yet. Sync once "
                        "with the central server, or ask an administrator to enrol the device "
                        "again.")};
    const QString officeKeyId = officeKey.value(0).toString();
    const QByteArray officeBox = officeKey.value(1).toByteArray();
    if (officeBox.size() != crypto_box_PUBLICKEYBYTES)
        return Error{ErrorCode::DatabaseCorrupt,
                     tr("The office's package key stored on this device is damaged.")};

    auto identity = audit::DeviceIdentity::loadOrCreate(db, m_database.subkey("DEVICEKY"), m_clock);
    if (!identity)
        return identity.error();

    store::Transaction transaction(db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The sync package could not be prepared.")};
    if (Status settled = client.settleDeviceLocal(); !settled)
        return settled.error();
    QJsonArray changes;
    qint64 after = 0;
    qint64 firstSeq = 0;
    for (;;) {
        qint64 last = after;
        auto chunk = client.unsentChanges(after, kJournalChunk, &last);
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            break;
        if (firstSeq == 0)
            firstSeq = chunk->first().toObject().value(u"device_seq").toString().toLongLong();
        for (const QJsonValue& change : std::as_const(chunk.value()))
            changes.append(change);
        after = last;
    }
    auto cursor = client.pullCursor();
    if (!cursor)
        return cursor.error();
    auto low = client.seriesRunningLow(options);
    if (!low)
        return low.error();
    QJsonArray topUp;
    for (const NumberSeries& series : std::as_const(low.value()))
        topUp.append(QJsonObject{{QStringLiteral("series"), series.kind},
                                 {QStringLiteral("size"), series.blockSize}});

    QSqlQuery state(db);
    if (!state.exec(QStringLiteral(
            "SELECT last_package_seq FROM sync_package_state WHERE singleton = 1")) ||
        !state.next())
        return localError(state, tr("The package state of this device could not be read."));
    const qint64 seq = state.value(0).toLongLong() + 1;
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);

    const QJsonObject body{{QStringLiteral("device_id"), enrolment->deviceId},
                           {QStringLiteral("package_seq"), text(seq)},
                           {QStringLiteral("pull_xid"), text(cursor->first)},
                           {QStringLiteral("pull_seq"), text(cursor->second)},
                           {QStringLiteral("changes"), changes},
                           {QStringLiteral("top_up"), topUp}};
    const QByteArray plain = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (plain.size() + crypto_box_SEALBYTES > PackageEnvelope::kMaxBodySize)
        return Error{ErrorCode::InvalidInput,
                     tr("Too many changes are waiting for one sync file. Sync online at the "
                        "office instead.")};
    QByteArray sealed(plain.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), bytes(plain),
                        quint64(plain.size()), bytes(officeBox)) != 0)
        return Error{ErrorCode::Crypto, tr("The sync package could not be encrypted.")};

    PackageHeader header;
    header.deviceId = enrolment->deviceId;
    header.packageSeq = seq;
    header.createdAt = now;
    header.rowCount = changes.size();
    header.officeKeyId = officeKeyId;
    QByteArray file = PackageEnvelope::encode(header, sealed);
    const QByteArray signature = identity->sign(file);
    if (signature.size() != PackageEnvelope::kSignatureSize)
        return Error{ErrorCode::Crypto, tr("The sync package could not be signed.")};
    file.append(signature);

    QSqlQuery advance(db);
    advance.prepare(QStringLiteral("UPDATE sync_package_state SET last_package_seq = ?, "
                                   "last_package_at = ? WHERE singleton = 1"));
    advance.addBindValue(seq);
    advance.addBindValue(now);
    if (!advance.exec())
        return localError(advance, tr("The package state of this device could not be saved."));
    if (Status audited = m_audit.append(
            audit::AuditEvent::of(audit::EventType::SyncPackage, audit::Outcome::Success,
                                  session.login, QStringLiteral("device"), enrolment->deviceId,
                                  QStringLiteral("write package=%1 changes=%2 first=%3 last=%4")
                                      .arg(seq)
                                      .arg(changes.size())
                                      .arg(firstSeq)
                                      .arg(after)));
        !audited)
        return audited.error();
    // The file last: when it cannot be written, the sequence number and the audit record go
    // back with the transaction.
    if (Status written = PackageEnvelope::writeFile(path, file); !written)
        return written.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The package state of this device could not be saved. "
                                        "Write the package again.")};
    PackageSummary summary;
    summary.packageSeq = seq;
    summary.changes = int(changes.size());
    return summary;
}

Result<PackageSummary> SyncPackage::readReply(const security::Session& session, const QString& path)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("sync.run")); !allowed)
        return allowed.error();
    if (!security::initializeSodium())
        return Error{ErrorCode::Crypto, tr("The cryptography library could not be started.")};
    SyncClient client(m_database, m_audit, m_authorizer, m_clock);
    auto enrolment = client.enrolment();
    if (!enrolment)
        return enrolment.error();
    auto file = PackageEnvelope::readFile(path);
    if (!file)
        return file.error();
    auto envelope = PackageEnvelope::parse(file.value(), true);
    if (!envelope)
        return envelope.error();
    const PackageHeader& header = envelope->header;
    if (header.deviceId != enrolment->deviceId)
        return malformed(tr("This reply file is for another device. Read it on the device that "
                            "wrote the package."));
    QSqlDatabase db = m_database.connection();
    QSqlQuery key(db);
    key.prepare(QStringLiteral("SELECT sign_public FROM sync_office_key WHERE key_id = ?"));
    key.addBindValue(header.officeKeyId);
    if (!key.exec())
        return localError(key, tr("The office's package key could not be read."));
    if (!key.next())
        return Error{ErrorCode::PermissionDenied,
                     tr("The reply file is signed with an office key this device does not "
                        "know. Sync once with the central server, or ask an administrator.")};
    if (!audit::DeviceIdentity::verifySignature(key.value(0).toByteArray(), envelope->signedPart,
                                                envelope->signature))
        return malformed(tr("The signature of the reply file does not match: it was altered or "
                            "damaged, or it does not come from the office. Nothing was read."));

    QSqlQuery state(db);
    if (!state.exec(QStringLiteral("SELECT last_package_seq, last_reply_seq FROM "
                                   "sync_package_state WHERE singleton = 1")) ||
        !state.next())
        return localError(state, tr("The package state of this device could not be read."));
    if (header.packageSeq > state.value(0).toLongLong())
        return malformed(tr("The reply file answers a package this device never wrote."));
    if (header.packageSeq <= state.value(1).toLongLong())
        return Error{ErrorCode::AlreadyExists,
                     tr("This reply file was read already, or a newer one was: nothing was "
                        "changed.")};

    auto identity = audit::DeviceIdentity::loadOrCreate(db, m_database.subkey("DEVICEKY"), m_clock);
    if (!identity)
        return identity.error();
    const security::SecureBuffer opened = identity->openSealedBox(envelope->body);
    if (!opened.isValid())
        return malformed(tr("The reply file could not be opened: it was not written for this "
                            "device."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(opened.data()),
                                qsizetype(opened.size())),
        &parseError);
    const QJsonObject body = document.object();
    const auto bodySeq = packageInteger(body.value(u"package_seq"));
    const auto highWater = packageInteger(body.value(u"high_water"));
    const QString damaged = tr("The content of the reply file is damaged. Nothing was read.");
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        body.value(u"device_id").toString() != header.deviceId || !bodySeq ||
        *bodySeq != header.packageSeq || !highWater || *highWater < 0 ||
        !body.value(u"changes").isArray() || !body.value(u"blocks").isArray() ||
        !body.value(u"complete").isBool())
        return malformed(damaged);
    QList<PulledChange> changes;
    for (const QJsonValue& value : body.value(u"changes").toArray()) {
        auto change = changeFromJson(value);
        if (!change)
            return malformed(damaged);
        changes.append(std::move(*change));
    }
    if (changes.size() != header.rowCount)
        return malformed(damaged);
    struct Block
    {
        NumberSeries series;
        qint64 first = 0;
        qint64 last = 0;
    };
    QHash<QString, NumberSeries> known;
    for (const NumberSeries& series : SyncClient::numberSeries({}))
        known.insert(series.kind, series);
    QList<Block> blocks;
    for (const QJsonValue& value : body.value(u"blocks").toArray()) {
        const QJsonObject object = value.toObject();
        const auto first = packageInteger(object.value(u"first"));
        const auto last = packageInteger(object.value(u"last"));
        if (!value.isObject() || !first || !last ||
            !known.contains(object.value(u"series").toString()))
            return malformed(damaged);
        blocks.append({known.value(object.value(u"series").toString()), *first, *last});
    }

    // The city's My Number key, when the office had a grant for this device (optional).
    const QJsonValue fieldKey = body.value(u"field_key");
    QByteArray grantSealed;
    if (!fieldKey.isUndefined()) {
        const QJsonObject object = fieldKey.toObject();
        grantSealed = QByteArray::fromBase64(object.value(u"sealed").toString().toLatin1(),
                                             QByteArray::AbortOnBase64DecodingErrors);
        if (!fieldKey.isObject() || !object.value(u"key_id").isString() ||
            !object.value(u"granted_by").isString() || grantSealed.isEmpty())
            return malformed(damaged);
    }

    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    PackageSummary summary;
    summary.packageSeq = header.packageSeq;
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The reply could not be saved.")};
    if (Status settled = client.settleDeviceLocal(); !settled)
        return settled.error();
    // What the central store holds of this device: sent, whichever way it went.
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral(
        "UPDATE change_journal SET pushed_at = ? WHERE pushed_at IS NULL AND seq <= ?"));
    mark.addBindValue(now);
    mark.addBindValue(*highWater);
    if (!mark.exec())
        return localError(mark, tr("The reply could not be saved."));
    summary.acknowledged = mark.numRowsAffected();
    if (summary.acknowledged > 0) {
        QSqlQuery pushed(db);
        pushed.prepare(
            QStringLiteral("UPDATE sync_state SET last_push_at = ? WHERE singleton = 1"));
        pushed.addBindValue(now);
        if (!pushed.exec())
            return localError(pushed, tr("The reply could not be saved."));
    }
    if (!grantSealed.isEmpty()) {
        const QJsonObject object = fieldKey.toObject();
        auto accepted = FieldKeyExchange::acceptGrant(
            m_database, m_audit, m_clock, object.value(u"key_id").toString(), grantSealed,
            object.value(u"granted_by").toString(), session.login);
        if (!accepted)
            return accepted.error();
    }
    // Exactly as the online pull (SyncClient::pullBatches): forgets included.
    auto applied = CaseScope::applyPulled(client, db, changes);
    if (!applied)
        return applied.error();
    summary.changes = applied->pulled;
    summary.conflicts = applied->conflicts;
    if (body.value(u"complete").toBool()) {
        // The data is as fresh as the office's reply: that renews the outreach lease.
        const QDateTime created = QDateTime::fromString(header.createdAt, Qt::ISODateWithMs);
        const QDateTime when = std::min(created.toUTC(), m_clock.nowUtc());
        if (Status marked = client.markPulledAt(when.toString(Qt::ISODateWithMs)); !marked)
            return marked.error();
    }
    for (const Block& block : std::as_const(blocks)) {
        auto recorded =
            client.recordBlock(block.series, block.first, block.last, &summary.blockProblems);
        if (!recorded)
            return recorded.error();
        if (recorded.value())
            ++summary.blocksLeased;
    }
    if (Status settled = client.settleDeviceLocal(); !settled)
        return settled.error();
    QSqlQuery advance(db);
    advance.prepare(QStringLiteral("UPDATE sync_package_state SET last_reply_seq = ?, "
                                   "last_reply_at = ? WHERE singleton = 1"));
    advance.addBindValue(header.packageSeq);
    advance.addBindValue(now);
    if (!advance.exec())
        return localError(advance, tr("The reply could not be saved."));
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::SyncPackage, audit::Outcome::Success, session.login,
            QStringLiteral("device"), enrolment->deviceId,
            QStringLiteral("reply package=%1 acknowledged=%2 received=%3 conflicts=%4 blocks=%5")
                .arg(header.packageSeq)
                .arg(summary.acknowledged)
                .arg(summary.changes)
                .arg(summary.conflicts)
                .arg(summary.blocksLeased)));
        !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The reply could not be saved.")};
    return summary;
}

} // namespace madoguchi::sync
