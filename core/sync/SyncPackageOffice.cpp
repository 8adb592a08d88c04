// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncPackageOffice.h"

#include "audit/AuditLog.h"
#include "audit/DeviceIdentity.h"
#include "security/Authorizer.h"
#include "security/SecureBuffer.h"
#include "store/Uuid7.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

namespace madoguchi::sync {

namespace {

Q_LOGGING_CATEGORY(lcOffice, "madoguchi.sync.office")

constexpr int kPushBatch = 500;
constexpr int kPullBatch = 5000;
constexpr int kMaxTopUps = 64;
constexpr int kMaxBlockSize = 100000;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

Error malformed(const QString& message)
{
    return Error{ErrorCode::InvalidInput, message};
}

} // namespace

SyncPackageOffice::SyncPackageOffice(audit::AuditLog& audit, const security::Authorizer& authorizer,
                                     const Clock& clock)
    : m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

Result<OfficeKey> SyncPackageOffice::ensureOfficeKey(QSqlDatabase& central)
{
    if (!security::initializeSodium())
        return Error{ErrorCode::Crypto, tr("The cryptography library could not be started.")};
    const auto current = [&]() -> Result<std::optional<OfficeKey>> {
        QSqlQuery query(central);
        if (!query.exec(QStringLiteral("SELECT id, sign_public, box_public FROM "
                                       "madoguchi.package_keys WHERE retired_at IS NULL")))
            return centralError(query.lastError(), tr("reading the office's package key"));
        if (!query.next())
            return std::optional<OfficeKey>();
        return std::optional<OfficeKey>(OfficeKey{
            query.value(0).toString(), query.value(1).toByteArray(), query.value(2).toByteArray()});
    };
    auto existing = current();
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();

    QByteArray signPublic(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray boxPublic(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    security::SecureBuffer signSecret(crypto_sign_SECRETKEYBYTES);
    security::SecureBuffer boxSecret(crypto_box_SECRETKEYBYTES);
    if (!signSecret.isValid() || !boxSecret.isValid() ||
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(signPublic.data()),
                            signSecret.data()) != 0 ||
        crypto_box_keypair(reinterpret_cast<unsigned char*>(boxPublic.data()), boxSecret.data()) !=
            0)
        return Error{ErrorCode::Crypto, tr("The office's package key could not be made.")};
    QByteArray signSecretBytes(reinterpret_cast<const char*>(signSecret.data()),
                               qsizetype(signSecret.size()));
    QByteArray boxSecretBytes(reinterpret_cast<const char*>(boxSecret.data()),
                              qsizetype(boxSecret.size()));
    QSqlQuery insert(central);
    // Two administrators at once: the unique index on the current key lets one of them win.
    insert.prepare(QStringLiteral("INSERT INTO madoguchi.package_keys (id, sign_public, "
                                  "sign_secret, box_public, box_secret) VALUES (?, ?, ?, ?, ?) "
                                  "ON CONFLICT DO NOTHING"));
    insert.addBindValue(store::newUuid7());
    insert.addBindValue(signPublic);
    insert.addBindValue(signSecretBytes);
    insert.addBindValue(boxPublic);
    insert.addBindValue(boxSecretBytes);
    const bool inserted = insert.exec();
    signSecretBytes.fill('\0');
    boxSecretBytes.fill('\0');
    if (!inserted)
        return centralError(insert.lastError(), tr("storing the office's package key"));
    auto made = current();
    if (!made)
        return made.error();
    if (!made.value())
        return Error{ErrorCode::Sql, tr("The office's package key could not be stored.")};
    return *made.value();
}

Result<PackageImport> SyncPackageOffice::importPackage(const security::Session& session,
                                                       const CentralUrl& adminUrl,
                                                       const QString& packagePath,
                                                       const QString& replyPath)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("device.manage")); !allowed)
        return allowed.error();
    if (!security::initializeSodium())
        return Error{ErrorCode::Crypto, tr("The cryptography library could not be started.")};
    Result<PackageImport> result = [&]() -> Result<PackageImport> {
        auto central = CentralConnection::open(adminUrl);
        if (!central)
            return central.error();
        return importOn(central.value()->db(), packagePath, replyPath);
    }();
    const QString purpose =
        result ? QStringLiteral("read package=%1 received=%2 new=%3 reply=%4 blocks=%5")
                     .arg(result->packageSeq)
                     .arg(result->received)
                     .arg(result->newChanges)
                     .arg(result->replyChanges)
                     .arg(result->blocks)
               : QStringLiteral("read error=%1").arg(int(result.code()));
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::SyncPackage,
            result ? audit::Outcome::Success : audit::Outcome::Failure, session.login,
            QStringLiteral("device"), result ? result->deviceId : QString(), purpose));
        !audited && result)
        return audited.error();
    return result;
}

Result<PackageImport> SyncPackageOffice::importOn(QSqlDatabase& central, const QString& packagePath,
                                                  const QString& replyPath)
{
    auto file = PackageEnvelope::readFile(packagePath);
    if (!file)
        return file.error();
    auto envelope = PackageEnvelope::parse(file.value(), false);
    if (!envelope)
        return envelope.error();
    const PackageHeader& header = envelope->header;

    // The device, its certified key and its state.
    QSqlQuery device(central);
    device.prepare(QStringLiteral("SELECT public_key, state FROM madoguchi.devices WHERE id = ?"));
    device.addBindValue(header.deviceId);
    if (!device.exec())
        return centralError(device.lastError(), tr("reading the devices"));
    if (!device.next())
        return Error{ErrorCode::NotFound, tr("The sync package comes from a device the central "
                                             "store does not know. Nothing was read.")};
    const QByteArray devicePublic = device.value(0).toByteArray();
    if (!audit::DeviceIdentity::verifySignature(devicePublic, envelope->signedPart,
                                                envelope->signature))
        return malformed(tr("The signature of the sync package does not match: it was altered "
                            "or damaged, or it does not come from the device it names. Nothing "
                            "was read."));
    if (device.value(1).toString() != u"enrolled")
        return Error{ErrorCode::PermissionDenied,
                     tr("The sync package comes from a device whose enrolment was revoked. "
                        "Nothing was read.")};

    // Open the body with the office key it was sealed to.
    QSqlQuery key(central);
    key.prepare(
        QStringLiteral("SELECT box_public, box_secret FROM madoguchi.package_keys WHERE id = ?"));
    key.addBindValue(header.officeKeyId);
    if (!key.exec())
        return centralError(key.lastError(), tr("reading the office's package key"));
    if (!key.next())
        return Error{ErrorCode::NotFound, tr("The sync package is sealed to an office key this "
                                             "central store does not have. Nothing was read.")};
    const QByteArray boxPublic = key.value(0).toByteArray();
    QByteArray boxSecretBytes = key.value(1).toByteArray();
    security::SecureBuffer boxSecret(crypto_box_SECRETKEYBYTES);
    const bool keyOk = boxSecret.isValid() && boxPublic.size() == crypto_box_PUBLICKEYBYTES &&
                       boxSecretBytes.size() == crypto_box_SECRETKEYBYTES;
    if (keyOk)
        memcpy(boxSecret.data(), boxSecretBytes.constData(), crypto_box_SECRETKEYBYTES);
    boxSecretBytes.fill('\0');
    if (!keyOk)
        return Error{ErrorCode::Sql, tr("The office's package key in the central store is "
                                        "damaged.")};
    if (envelope->body.size() <= crypto_box_SEALBYTES)
        return malformed(tr("The sync package could not be opened: it is damaged."));
    QByteArray plain(envelope->body.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()), bytes(envelope->body),
                             quint64(envelope->body.size()), bytes(boxPublic),
                             boxSecret.data()) != 0)
        return malformed(tr("The sync package could not be opened: it is damaged, or it was "
                            "not written for this office."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(plain, &parseError);
    plain.fill('\0');
    const QJsonObject body = document.object();
    const QString damaged = tr("The content of the sync package is damaged. Nothing was read.");
    const auto bodySeq = packageInteger(body.value(u"package_seq"));
    const auto pullXid = packageInteger(body.value(u"pull_xid"));
    const auto pullSeq = packageInteger(body.value(u"pull_seq"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        body.value(u"device_id").toString() != header.deviceId || !bodySeq ||
        *bodySeq != header.packageSeq || !pullXid || *pullXid < 0 || !pullSeq || *pullSeq < 0 ||
        !body.value(u"changes").isArray() || !body.value(u"top_up").isArray())
        return malformed(damaged);
    const QJsonArray changes = body.value(u"changes").toArray();
    if (changes.size() != header.rowCount)
        return malformed(damaged);
    qint64 previous = 0;
    for (const QJsonValue& value : changes) {
        const auto seq = packageInteger(value.toObject().value(u"device_seq"));
        if (!value.isObject() || !seq || *seq <= previous ||
            !value.toObject().value(u"payload").isObject())
            return malformed(damaged);
        previous = *seq;
    }
    static const QRegularExpression seriesName(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    const QJsonArray topUp = body.value(u"top_up").toArray();
    if (topUp.size() > kMaxTopUps)
        return malformed(damaged);
    for (const QJsonValue& value : topUp) {
        const auto size = packageInteger(value.toObject().value(u"size"));
        if (!value.isObject() ||
            !seriesName.match(value.toObject().value(u"series").toString()).hasMatch() || !size ||
            *size < 1 || *size > kMaxBlockSize)
            return malformed(damaged);
    }

    PackageImport import;
    import.deviceId = header.deviceId;
    import.packageSeq = header.packageSeq;
    import.received = int(changes.size());

    // The changes, in order and in batches, each batch one central transaction.
    for (qsizetype at = 0; at < changes.size(); at += kPushBatch) {
        QJsonArray batch;
        for (qsizetype i = at; i < std::min(changes.size(), at + kPushBatch); ++i)
            batch.append(changes.at(i));
        QSqlQuery push(central);
        push.prepare(QStringLiteral("SELECT madoguchi.push_changes_as(?, CAST(? AS jsonb))"));
        push.addBindValue(header.deviceId);
        push.addBindValue(QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)));
        if (!push.exec() || !push.next())
            return centralError(push.lastError(), tr("applying the package's changes"));
        import.newChanges += push.value(0).toInt();
    }

    // Number blocks: leased once per package; a package read again gets the same ones.
    if (!central.transaction())
        return centralError(central.lastError(), tr("leasing number blocks"));
    QJsonArray leases;
    const Status leased = [&]() -> Status {
        QSqlQuery earlier(central);
        earlier.prepare(QStringLiteral("SELECT leases::text FROM madoguchi.package_imports WHERE "
                                       "device_id = ? AND package_seq = ? FOR UPDATE"));
        earlier.addBindValue(header.deviceId);
        earlier.addBindValue(header.packageSeq);
        if (!earlier.exec())
            return centralError(earlier.lastError(), tr("leasing number blocks"));
        if (earlier.next()) {
            leases = QJsonDocument::fromJson(earlier.value(0).toString().toUtf8()).array();
            QSqlQuery again(central);
            again.prepare(QStringLiteral(
                "UPDATE madoguchi.package_imports SET last_read_at = now(), read_count = "
                "read_count + 1 WHERE device_id = ? AND package_seq = ?"));
            again.addBindValue(header.deviceId);
            again.addBindValue(header.packageSeq);
            if (!again.exec())
                return centralError(again.lastError(), tr("leasing number blocks"));
            return {};
        }
        for (const QJsonValue& value : topUp) {
            const QJsonObject wanted = value.toObject();
            QSqlQuery lease(central);
            lease.prepare(QStringLiteral("SELECT first_value, last_value FROM "
                                         "madoguchi.lease_block_as(?, ?, CAST(? AS integer))"));
            lease.addBindValue(header.deviceId);
            lease.addBindValue(wanted.value(u"series").toString());
            lease.addBindValue(int(*packageInteger(wanted.value(u"size"))));
            if (!lease.exec() || !lease.next())
                return centralError(lease.lastError(), tr("leasing number blocks"));
            leases.append(QJsonObject{
                {QStringLiteral("series"), wanted.value(u"series")},
                {QStringLiteral("first"), QString::number(lease.value(0).toLongLong())},
                {QStringLiteral("last"), QString::number(lease.value(1).toLongLong())}});
        }
        QSqlQuery record(central);
        record.prepare(QStringLiteral("INSERT INTO madoguchi.package_imports (device_id, "
                                      "package_seq, leases) VALUES (?, ?, CAST(? AS jsonb))"));
        record.addBindValue(header.deviceId);
        record.addBindValue(header.packageSeq);
        record.addBindValue(
            QString::fromUtf8(QJsonDocument(leases).toJson(QJsonDocument::Compact)));
        if (!record.exec())
            return centralError(record.lastError(), tr("leasing number blocks"));
        return {};
    }();
    if (!leased) {
        central.rollback();
        return leased.error();
    }
    if (!central.commit())
        return centralError(central.lastError(), tr("leasing number blocks"));
    import.blocks = int(leases.size());

    QSqlQuery highWater(central);
    highWater.prepare(QStringLiteral("SELECT madoguchi.device_high_water_as(?)"));
    highWater.addBindValue(header.deviceId);
    if (!highWater.exec() || !highWater.next())
        return centralError(highWater.lastError(), tr("reading what the device has sent"));
    import.highWater = highWater.value(0).toLongLong();

    // Everything after the package's cursor, as an online pull would receive it.
    QJsonArray replyChanges;
    qint64 afterXid = *pullXid;
    qint64 afterSeq = *pullSeq;
    import.complete = false;
    while (replyChanges.size() < kMaxReplyChanges) {
        const int limit =
            int(std::min<qsizetype>(kPullBatch, kMaxReplyChanges - replyChanges.size()));
        QSqlQuery pull(central);
        pull.prepare(QStringLiteral("SELECT %1 FROM madoguchi.pull_changes_as(?, ?, ?, ?)")
                         .arg(SyncClient::pullColumns()));
        pull.addBindValue(header.deviceId);
        pull.addBindValue(afterXid);
        pull.addBindValue(afterSeq);
        pull.addBindValue(limit);
        if (!pull.exec())
            return centralError(pull.lastError(), tr("collecting the changes for the reply"));
        int rows = 0;
        while (pull.next()) {
            const PulledChange change = SyncClient::pulledChange(pull);
            afterXid = change.commitXid;
            afterSeq = change.centralSeq;
            replyChanges.append(SyncPackage::changeToJson(change));
            ++rows;
        }
        if (rows < limit) {
            import.complete = true;
            break;
        }
    }
    import.replyChanges = int(replyChanges.size());

    QJsonObject reply{{QStringLiteral("device_id"), header.deviceId},
                      {QStringLiteral("package_seq"), QString::number(header.packageSeq)},
                      {QStringLiteral("high_water"), QString::number(import.highWater)},
                      {QStringLiteral("changes"), replyChanges},
                      {QStringLiteral("blocks"), leases},
                      {QStringLiteral("complete"), import.complete}};
    // The city's My Number key as granted to this device (sealed to it: the office cannot open
    // it), so a device that never goes online opens the numbers other devices recorded.
    QSqlQuery grant(central);
    grant.prepare(QStringLiteral("SELECT key_id, sealed, granted_by FROM "
                                 "madoguchi.field_key_grants WHERE device_id = ?"));
    grant.addBindValue(header.deviceId);
    if (!grant.exec())
        return centralError(grant.lastError(), tr("collecting the changes for the reply"));
    if (grant.next())
        reply.insert(QStringLiteral("field_key"),
                     QJsonObject{{QStringLiteral("key_id"), grant.value(0).toString()},
                                 {QStringLiteral("sealed"),
                                  QString::fromLatin1(grant.value(1).toByteArray().toBase64())},
                                 {QStringLiteral("granted_by"), grant.value(2).toString()}});
    QByteArray replyPlain = QJsonDocument(reply).toJson(QJsonDocument::Compact);
    if (replyPlain.size() + crypto_box_SEALBYTES > PackageEnvelope::kMaxBodySize)
        return Error{ErrorCode::InvalidInput, tr("The reply would be too large for one file.")};
    unsigned char deviceBox[crypto_box_PUBLICKEYBYTES];
    if (devicePublic.size() != crypto_sign_PUBLICKEYBYTES ||
        crypto_sign_ed25519_pk_to_curve25519(deviceBox, bytes(devicePublic)) != 0)
        return Error{ErrorCode::Crypto, tr("The device's key cannot be used to seal the reply.")};
    QByteArray sealed(replyPlain.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    const int sealedOk = crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()),
                                         bytes(replyPlain), quint64(replyPlain.size()), deviceBox);
    replyPlain.fill('\0');
    if (sealedOk != 0)
        return Error{ErrorCode::Crypto, tr("The reply could not be encrypted.")};

    // Signed with the current office key (the device knows it from enrolment or sync).
    auto officeKey = ensureOfficeKey(central);
    if (!officeKey)
        return officeKey.error();
    QSqlQuery signKey(central);
    signKey.prepare(QStringLiteral("SELECT sign_secret FROM madoguchi.package_keys WHERE id = ?"));
    signKey.addBindValue(officeKey->keyId);
    if (!signKey.exec() || !signKey.next())
        return centralError(signKey.lastError(), tr("reading the office's package key"));
    QByteArray signSecretBytes = signKey.value(0).toByteArray();
    security::SecureBuffer signSecret(crypto_sign_SECRETKEYBYTES);
    const bool signOk =
        signSecret.isValid() && signSecretBytes.size() == crypto_sign_SECRETKEYBYTES;
    if (signOk)
        memcpy(signSecret.data(), signSecretBytes.constData(), crypto_sign_SECRETKEYBYTES);
    signSecretBytes.fill('\0');
    if (!signOk)
        return Error{ErrorCode::Sql, tr("The office's package key in the central store is "
                                        "damaged.")};

    PackageHeader replyHeader;
    replyHeader.reply = true;
    replyHeader.deviceId = header.deviceId;
    replyHeader.packageSeq = header.packageSeq;
    replyHeader.createdAt = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    replyHeader.rowCount = replyChanges.size();
    replyHeader.officeKeyId = officeKey->keyId;
    QByteArray out = PackageEnvelope::encode(replyHeader, sealed);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    if (crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                             bytes(out), quint64(out.size()), signSecret.data()) != 0)
        return Error{ErrorCode::Crypto, tr("The reply could not be signed.")};
    out.append(signature);
    if (Status written = PackageEnvelope::writeFile(replyPath, out); !written)
        return written.error();
    qCInfo(lcOffice) << "package read:" << import.received << "changes," << import.newChanges
                     << "new;" << import.replyChanges << "in the reply";
    return import;
}

} // namespace madoguchi::sync
