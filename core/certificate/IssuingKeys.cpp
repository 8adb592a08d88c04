// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate/IssuingKeys.h"

#include "audit/AuditLog.h"
#include "audit/DeviceIdentity.h"
#include "security/Authorizer.h"
#include "security/SecretBox.h"
#include "store/Database.h"
#include "store/Repository.h"
#include "store/Transaction.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <sodium.h>

namespace madoguchi::certificate {

namespace {

Q_LOGGING_CATEGORY(lcIssuing, "madoguchi.certificate.issuing")

constexpr char kPermission[] = "issuing_key.manage";
constexpr int kSecretKeySize = crypto_sign_SECRETKEYBYTES;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

bool belongsTo(const security::SecureBuffer& secretKey, const QByteArray& publicKey)
{
    unsigned char derived[crypto_sign_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_sk_to_pk(derived, secretKey.data()) != 0)
        return false;
    return publicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           sodium_memcmp(derived, bytes(publicKey), crypto_sign_PUBLICKEYBYTES) == 0;
}

QByteArray sign(const security::SecureBuffer& secretKey, const QByteArray& message)
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    if (message.isEmpty() || crypto_sign_detached(bytes(signature), nullptr, bytes(message),
                                                  static_cast<unsigned long long>(message.size()),
                                                  secretKey.data()) != 0)
        return {};
    return signature;
}

struct KeyRow
{
    QString id;
    qint64 version = 0;
    TrustedKey key;
};

Error sqlError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcIssuing) << "SQL failed:" << query.lastError().databaseText();
    return Error{ErrorCode::Sql, what};
}

Result<QList<KeyRow>> readKeys(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, version, key_id, public_key, created_on, "
                                   "retired_on FROM issuing_key ORDER BY created_at, key_id")))
        return sqlError(IssuingKeys::tr("The issuing keys could not be read."), query);
    QList<KeyRow> rows;
    while (query.next()) {
        KeyRow row;
        row.id = query.value(0).toString();
        row.version = query.value(1).toLongLong();
        row.key.keyId = QByteArray::fromHex(query.value(2).toString().toLatin1());
        row.key.publicKey = query.value(3).toByteArray();
        row.key.createdOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        if (!query.value(5).isNull())
            row.key.retiredOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        if (row.key.keyId != TrustedKeys::keyIdOf(row.key.publicKey) ||
            !row.key.createdOn.isValid() ||
            (!query.value(5).isNull() && !row.key.retiredOn.isValid()))
            return Error{ErrorCode::DatabaseCorrupt,
                         IssuingKeys::tr("An issuing key stored in the database is damaged.")};
        rows.append(row);
    }
    return rows;
}

std::optional<KeyRow> currentRow(const QList<KeyRow>& rows)
{
    for (const KeyRow& row : rows)
        if (row.key.isCurrent())
            return row;
    return std::nullopt;
}

QString hex(const QByteArray& data)
{
    return QString::fromLatin1(data.toHex());
}

} // namespace

IssuingKeys::IssuingKeys(store::Database& database, audit::AuditLog& audit,
                         const security::Authorizer& authorizer, const Clock& clock)
    : m_database(database), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

Result<TrustedKey> IssuingKeys::create(const security::Session& session)
{
    return makeKey(session, false);
}

Result<TrustedKey> IssuingKeys::rotate(const security::Session& session)
{
    return makeKey(session, true);
}

Result<TrustedKey> IssuingKeys::makeKey(const security::Session& session, bool rotate)
{
    if (Status allowed = m_authorizer.require(session, QString::fromLatin1(kPermission)); !allowed)
        return allowed;
    if (!security::initializeSodium())
        return Error{ErrorCode::Crypto, tr("The cryptography library could not be started.")};
    const security::SecureBuffer wrapKey = m_database.subkey("ISSUINGK");
    if (!wrapKey.isValid())
        return Error{ErrorCode::Crypto, tr("The database is closed.")};

    QSqlDatabase db = m_database.connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The issuing key could not be saved.")};
    auto rows = readKeys(db);
    if (!rows)
        return rows.error();
    const std::optional<KeyRow> current = currentRow(rows.value());
    if (!rotate && current)
        return Error{ErrorCode::AlreadyExists,
                     tr("An issuing key exists already; rotate it to make a new one.")};
    if (rotate && !current)
        return Error{ErrorCode::NotFound,
                     tr("There is no issuing key to rotate yet; create one first.")};

    const QDate today = m_clock.todayInJapan();
    store::Repository repository(db, QStringLiteral("issuing_key"),
                                 {QStringLiteral("key_id"), QStringLiteral("public_key"),
                                  QStringLiteral("created_on"), QStringLiteral("created_at"),
                                  QStringLiteral("retired_on"), QStringLiteral("created_by")},
                                 m_clock);
    if (current) {
        auto retired =
            repository.update(current->id, current->version,
                              {{QStringLiteral("retired_on"), today.toString(Qt::ISODate)}});
        if (!retired)
            return retired.error();
    }

    TrustedKey key;
    security::SecureBuffer secretKey(kSecretKeySize);
    key.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    if (!secretKey.isValid() || crypto_sign_keypair(bytes(key.publicKey), secretKey.data()) != 0)
        return Error{ErrorCode::Crypto, tr("An issuing key could not be made.")};
    key.keyId = TrustedKeys::keyIdOf(key.publicKey);
    key.createdOn = today;
    const QByteArray wrapped = security::SecretBox::seal(secretKey, wrapKey);
    if (wrapped.isEmpty())
        return Error{ErrorCode::Crypto, tr("The issuing key could not be encrypted.")};

    auto inserted = repository.insert(
        {{QStringLiteral("key_id"), hex(key.keyId)},
         {QStringLiteral("public_key"), key.publicKey},
         {QStringLiteral("created_on"), today.toString(Qt::ISODate)},
         {QStringLiteral("created_at"), m_clock.nowUtc().toUTC().toString(Qt::ISODateWithMs)},
         {QStringLiteral("retired_on"), QVariant()},
         {QStringLiteral("created_by"), session.accountId}});
    if (!inserted)
        return inserted.error();
    QSqlQuery secret(db);
    secret.prepare(
        QStringLiteral("INSERT INTO issuing_key_secret (key_id, secret_key) VALUES (?, ?)"));
    secret.addBindValue(hex(key.keyId));
    secret.addBindValue(wrapped);
    if (!secret.exec())
        return sqlError(tr("The issuing key could not be saved."), secret);
    if (Status audited = m_audit.append(
            audit::AuditEvent::of(audit::EventType::IssuingKeyCreate, audit::Outcome::Success,
                                  session.login, QStringLiteral("issuing_key"), hex(key.keyId),
                                  rotate ? QStringLiteral("rotate") : QStringLiteral("create")));
        !audited)
        return audited;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The issuing key could not be saved.")};
    return key;
}

namespace {

// The keys of this database's issuing_key table.
Result<TrustedKeys> ownKeys(QSqlDatabase db)
{
    auto rows = readKeys(db);
    if (!rows)
        return rows.error();
    TrustedKeys keys;
    for (const KeyRow& row : rows.value())
        if (Status added = keys.add(row.key); !added)
            return Error{ErrorCode::DatabaseCorrupt, added.message()};
    return keys;
}

} // namespace

Result<TrustedKeys> IssuingKeys::trustedKeys() const
{
    auto own = ownKeys(m_database.connection());
    if (!own)
        return own.error();
    TrustedKeys keys = own.value();
    // Other devices' keys received by sync (sync/IssuingKeyExchange), checked when received.
    QSqlQuery synced(m_database.connection());
    if (!synced.exec(QStringLiteral("SELECT key_id, public_key, valid_from, valid_to FROM "
                                    "sync_issuing_key ORDER BY valid_from, key_id")))
        return sqlError(tr("The issuing keys could not be read."), synced);
    while (synced.next()) {
        TrustedKey key;
        key.keyId = QByteArray::fromHex(synced.value(0).toString().toLatin1());
        key.publicKey = synced.value(1).toByteArray();
        key.createdOn = QDate::fromString(synced.value(2).toString(), Qt::ISODate);
        if (!synced.value(3).isNull())
            key.retiredOn = QDate::fromString(synced.value(3).toString(), Qt::ISODate);
        if (keys.find(key.keyId))
            continue; // this database's own record of it
        if (Status added = keys.add(key); !added)
            return Error{ErrorCode::DatabaseCorrupt, added.message()};
    }
    return keys;
}

Result<TrustedKey> IssuingKeys::current() const
{
    auto rows = readKeys(m_database.connection());
    if (!rows)
        return rows.error();
    if (const auto row = currentRow(rows.value()))
        return row->key;
    return Error{ErrorCode::NotFound, tr("There is no issuing key yet.")};
}

Result<security::SecureBuffer> IssuingKeys::currentSecret(store::Database& database,
                                                          QByteArray* keyId)
{
    if (!security::initializeSodium())
        return Error{ErrorCode::Crypto, tr("The cryptography library could not be started.")};
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT k.key_id, k.public_key, s.secret_key FROM issuing_key k JOIN "
            "issuing_key_secret s ON s.key_id = k.key_id WHERE k.retired_on IS NULL")))
        return sqlError(tr("The issuing keys could not be read."), query);
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     tr("This device does not hold the city's current issuing key.")};
    const QByteArray publicKey = query.value(1).toByteArray();
    const security::SecureBuffer wrapKey = database.subkey("ISSUINGK");
    security::SecureBuffer secretKey =
        wrapKey.isValid()
            ? security::SecretBox::open(query.value(2).toByteArray(), wrapKey, kSecretKeySize)
            : security::SecureBuffer();
    if (!secretKey.isValid() || !belongsTo(secretKey, publicKey))
        return Error{ErrorCode::Crypto,
                     tr("The issuing key cannot be opened with this database's key: it has been "
                        "altered or belongs to another database.")};
    if (keyId)
        *keyId = TrustedKeys::keyIdOf(publicKey);
    return secretKey;
}

bool IssuingKeys::holdsCurrentSecret() const
{
    return currentSecret(m_database, nullptr).ok();
}

Result<int> IssuingKeys::importKeys(const security::Session& session, const TrustedKeys& keys)
{
    if (Status allowed = m_authorizer.require(session, QString::fromLatin1(kPermission)); !allowed)
        return allowed;
    QSqlDatabase db = m_database.connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The issuing keys could not be saved.")};
    auto known = ownKeys(db);
    if (!known)
        return known.error();
    store::Repository repository(db, QStringLiteral("issuing_key"),
                                 {QStringLiteral("key_id"), QStringLiteral("public_key"),
                                  QStringLiteral("created_on"), QStringLiteral("created_at"),
                                  QStringLiteral("retired_on"), QStringLiteral("created_by")},
                                 m_clock);
    bool hasCurrent = false;
    for (const TrustedKey& key : known->keys())
        hasCurrent = hasCurrent || key.isCurrent();
    int added = 0;
    for (const TrustedKey& key : keys.keys()) {
        if (const TrustedKey* present = known->find(key.keyId)) {
            if (present->publicKey != key.publicKey || present->createdOn != key.createdOn)
                return Error{ErrorCode::Conflict,
                             tr("The key file's issuing key %1 differs from the one on record.")
                                 .arg(hex(key.keyId))};
            continue; // a retirement is learnt by sync, not from a file
        }
        if (key.isCurrent() && hasCurrent)
            return Error{ErrorCode::Conflict,
                         tr("The key file's current issuing key %1 is not this database's "
                            "current key.")
                             .arg(hex(key.keyId))};
        hasCurrent = hasCurrent || key.isCurrent();
        auto inserted = repository.insert(
            {{QStringLiteral("key_id"), hex(key.keyId)},
             {QStringLiteral("public_key"), key.publicKey},
             {QStringLiteral("created_on"), key.createdOn.toString(Qt::ISODate)},
             {QStringLiteral("created_at"), m_clock.nowUtc().toUTC().toString(Qt::ISODateWithMs)},
             {QStringLiteral("retired_on"),
              key.retiredOn.isValid() ? QVariant(key.retiredOn.toString(Qt::ISODate)) : QVariant()},
             {QStringLiteral("created_by"), QStringLiteral("")}});
        if (!inserted)
            return inserted.error();
        ++added;
        if (Status audited = m_audit.append(audit::AuditEvent::of(
                audit::EventType::IssuingKeyCreate, audit::Outcome::Success, session.login,
                QStringLiteral("issuing_key"), hex(key.keyId), QStringLiteral("import")));
            !audited)
            return audited;
    }
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The issuing keys could not be saved.")};
    return added;
}

Result<QByteArray> IssuingKeys::certifyDevice(const security::Session& session,
                                              const QString& deviceId,
                                              const QByteArray& devicePublicKey,
                                              const QDate& validFrom, const QDate& validTo)
{
    if (Status allowed = m_authorizer.require(session, QString::fromLatin1(kPermission),
                                              std::nullopt, QStringLiteral("device"), deviceId);
        !allowed)
        return allowed;
    if (QUuid(deviceId).isNull())
        return Error{ErrorCode::InvalidInput, tr("The device id must be a UUID.")};
    if (devicePublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return Error{ErrorCode::InvalidInput, tr("The device's public key must be 32 bytes.")};
    if (dayNumber(validFrom) < 0 || dayNumber(validTo) < 0 || validTo < validFrom)
        return Error{ErrorCode::InvalidInput,
                     tr("The device certificate's period is missing or ends before it starts.")};
    QByteArray keyId;
    auto secretKey = currentSecret(m_database, &keyId);
    if (!secretKey)
        return secretKey.error();

    DeviceCertificate certificate;
    certificate.deviceId = QUuid(deviceId).toString(QUuid::WithoutBraces);
    certificate.devicePublicKey = devicePublicKey;
    certificate.validFrom = validFrom;
    certificate.validTo = validTo;
    certificate.cityKeyId = keyId;
    certificate.signature = sign(secretKey.value(), certificate.signedBytes());
    const QByteArray blob = certificate.encode();
    if (blob.isEmpty())
        return Error{ErrorCode::Crypto, tr("The device certificate could not be signed.")};
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::DeviceEnrol, audit::Outcome::Success, session.login,
            QStringLiteral("device"), certificate.deviceId, QStringLiteral("certify")));
        !audited)
        return audited;
    return blob;
}

Status IssuingKeys::storeDeviceCertificate(const security::Session& session, const QByteArray& blob)
{
    if (Status allowed = m_authorizer.require(session, QString::fromLatin1(kPermission)); !allowed)
        return allowed;
    auto certificate = DeviceCertificate::decode(blob);
    if (!certificate)
        return certificate.status();
    auto keys = trustedKeys();
    if (!keys)
        return keys.status();
    const TrustedKey* cityKey = keys->find(certificate->cityKeyId);
    if (!cityKey)
        return Error{ErrorCode::NotFound,
                     tr("The device certificate was signed with an issuing key this device does "
                        "not know; import the issuing keys first.")};
    if (!audit::DeviceIdentity::verifySignature(cityKey->publicKey, certificate->signedBytes(),
                                                certificate->signature))
        return Error{ErrorCode::InvalidInput,
                     tr("The device certificate's signature does not verify.")};
    auto device = audit::DeviceIdentity::loadPublic(m_database.connection());
    if (!device)
        return device.status();
    if (QUuid(device->id()) != QUuid(certificate->deviceId) ||
        device->publicKey() != certificate->devicePublicKey)
        return Error{ErrorCode::InvalidInput,
                     tr("The device certificate belongs to another device.")};

    QSqlDatabase db = m_database.connection();
    store::Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO device_certificate (singleton, "
                                 "device_id, certificate, valid_to, stored_at) "
                                 "VALUES (1, ?, ?, ?, ?)"));
    query.addBindValue(device->id());
    query.addBindValue(blob);
    query.addBindValue(certificate->validTo.toString(Qt::ISODate));
    query.addBindValue(m_clock.nowUtc().toUTC().toString(Qt::ISODateWithMs));
    if (!transaction.isActive() || !query.exec())
        return sqlError(tr("The device certificate could not be saved."), query);
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::DeviceEnrol, audit::Outcome::Success, session.login,
            QStringLiteral("device"), device->id(), QStringLiteral("certificate")));
        !audited)
        return audited;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The device certificate could not be saved.")};
    return {};
}

Result<DeviceCertificate> IssuingKeys::deviceCertificate(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT certificate FROM device_certificate WHERE singleton = 1")))
        return sqlError(tr("The device certificate could not be read."), query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("This device has no device certificate.")};
    auto certificate = DeviceCertificate::decode(query.value(0).toByteArray());
    if (!certificate)
        return Error{ErrorCode::DatabaseCorrupt,
                     tr("The device certificate stored in the database is damaged.")};
    return certificate;
}

} // namespace madoguchi::certificate
