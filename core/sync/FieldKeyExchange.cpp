// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/FieldKeyExchange.h"

#include "audit/AuditLog.h"
#include "audit/DeviceIdentity.h"
#include "mynumber/CityKey.h"
#include "mynumber/MyNumberService.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/CentralConnection.h"

#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <cstring>
#include <optional>

namespace madoguchi::sync {

namespace {

Q_LOGGING_CATEGORY(lcFieldKey, "madoguchi.sync.fieldkey")

using mynumber::CityKey;
using security::SecureBuffer;

constexpr int kPlainSize = CityKey::kKeyIdSize + CityKey::kKeySize;
constexpr int kSealedSize = kPlainSize + int(crypto_box_SEALBYTES);
static_assert(kSealedSize == 96, "resources/migrations/central/0004_field_key.sql checks 96");

QString doing()
{
    return FieldKeyExchange::tr("exchanging the city's My Number key");
}

// A grant as read from the central store: refused unless it is well formed, opens with this
// device's key and carries the key id it is filed under.
Result<CityKey> openGrant(const audit::DeviceIdentity& identity, const QString& keyId,
                          const QByteArray& sealed)
{
    const QByteArray idBytes = CityKey::uuidBytes(keyId);
    if (idBytes.size() != CityKey::kKeyIdSize || sealed.size() != kSealedSize)
        return Error{ErrorCode::Crypto,
                     FieldKeyExchange::tr("The city's My Number key sent by the central server "
                                          "is malformed. Nothing was saved; ask the "
                                          "administrator.")};
    SecureBuffer plain = identity.openSealedBox(sealed);
    if (!plain.isValid() || plain.size() != std::size_t(kPlainSize))
        return Error{ErrorCode::Crypto,
                     FieldKeyExchange::tr("The city's My Number key sent by the central server "
                                          "does not open with this computer's key. Nothing was "
                                          "saved; ask the administrator.")};
    if (sodium_memcmp(plain.data(), idBytes.constData(), std::size_t(CityKey::kKeyIdSize)) != 0)
        return Error{ErrorCode::Crypto,
                     FieldKeyExchange::tr("The city's My Number key sent by the central server "
                                          "belongs to another key id than it is filed under. "
                                          "Nothing was saved; ask the administrator.")};
    return CityKey::fromParts(
        keyId, SecureBuffer::copyOf(plain.data() + CityKey::kKeyIdSize, CityKey::kKeySize));
}

// Stores the key here and audits how it came, in one local transaction.
Status keep(store::Database& database, audit::AuditLog& audit, const CityKey& key,
            const QString& from, const QString& purpose, const Clock& clock, const QString& account)
{
    store::Transaction transaction(database.connection());
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, FieldKeyExchange::tr("The city's My Number key could not be "
                                                          "saved on this computer.")};
    if (Status stored = CityKey::store(database, key, from, clock); !stored)
        return stored;
    if (Status audited = audit.append(
            audit::AuditEvent::of(audit::EventType::FieldKeyGrant, audit::Outcome::Success, account,
                                  QStringLiteral("device"), from, purpose));
        !audited)
        return audited;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, FieldKeyExchange::tr("The city's My Number key could not be "
                                                          "saved on this computer.")};
    return {};
}

// Offers key as the city key (sealed to this device). True if it became the city key.
Result<bool> createCentrally(QSqlDatabase& central, const audit::DeviceIdentity& identity,
                             const CityKey& key)
{
    const QByteArray own =
        FieldKeyExchange::sealFor(identity.publicKey(), key.keyIdBytes(), key.key());
    if (own.size() != kSealedSize)
        return Error{ErrorCode::Crypto, FieldKeyExchange::tr("The city's My Number key could not "
                                                             "be sealed to this computer's key.")};
    QSqlQuery create(central);
    create.prepare(QStringLiteral("SELECT madoguchi.create_field_key(?, ?)"));
    create.addBindValue(key.keyId());
    create.addBindValue(own);
    if (!create.exec() || !create.next())
        return centralError(create.lastError(), doing());
    return create.value(0).toBool();
}

} // namespace

QByteArray FieldKeyExchange::sealFor(const QByteArray& ed25519PublicKey,
                                     const QByteArray& keyIdBytes, const SecureBuffer& key)
{
    if (ed25519PublicKey.size() != int(crypto_sign_PUBLICKEYBYTES) ||
        keyIdBytes.size() != CityKey::kKeyIdSize || !key.isValid() ||
        key.size() != std::size_t(CityKey::kKeySize))
        return {};
    unsigned char boxPublic[crypto_box_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(
            boxPublic, reinterpret_cast<const unsigned char*>(ed25519PublicKey.constData())) != 0)
        return {};
    SecureBuffer plain(kPlainSize);
    if (!plain.isValid())
        return {};
    std::memcpy(plain.data(), keyIdBytes.constData(), std::size_t(CityKey::kKeyIdSize));
    std::memcpy(plain.data() + CityKey::kKeyIdSize, key.data(), key.size());
    QByteArray sealed(kSealedSize, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), plain.data(), plain.size(),
                        boxPublic) != 0)
        return {};
    return sealed;
}

Result<FieldKeyOutcome> FieldKeyExchange::exchange(store::Database& database, QSqlDatabase& central,
                                                   audit::AuditLog& audit, const Clock& clock,
                                                   const QString& account)
{
    FieldKeyOutcome outcome;
    auto identity = audit::DeviceIdentity::loadOrCreate(database.connection(),
                                                        database.subkey("DEVICEKY"), clock);
    if (!identity)
        return identity.error();
    const QString deviceId = identity->id();

    auto local = CityKey::load(database);
    if (!local && local.code() != ErrorCode::NotFound)
        return local.error();

    std::optional<CityKey> held;
    QSqlQuery mine(central);
    if (!mine.exec(
            QStringLiteral("SELECT key_id, sealed, granted_by FROM madoguchi.my_field_key()")))
        return centralError(mine.lastError(), doing());
    if (mine.next()) {
        const QString keyId = mine.value(0).toString();
        auto opened = openGrant(identity.value(), keyId, mine.value(1).toByteArray());
        if (!opened)
            return opened.error();
        if (local) {
            if (local->keyId() != opened->keyId() || !local->key().equals(opened->key()))
                return Error{ErrorCode::Crypto,
                             tr("The city's My Number key on this computer differs from the one "
                                "the central server holds for it. Nothing was changed; ask the "
                                "administrator.")};
        } else {
            if (Status kept = keep(database, audit, opened.value(), mine.value(2).toString(),
                                   QStringLiteral("received"), clock, account);
                !kept)
                return kept.error();
            outcome.received = true;
        }
        held.emplace(std::move(opened).value());
    } else if (local) {
        // This computer holds a key the central store has no grant of (a central store set up
        // again): it becomes the city key again, unless another one exists there now.
        auto created = createCentrally(central, identity.value(), local.value());
        if (!created)
            return created.error();
        if (!created.value())
            return Error{ErrorCode::Crypto,
                         tr("The city's My Number key on this computer differs from the one "
                            "the central server holds. Nothing was changed; ask the "
                            "administrator.")};
        held.emplace(std::move(local).value());
    } else {
        auto fresh = CityKey::generate();
        if (!fresh)
            return fresh.error();
        auto created = createCentrally(central, identity.value(), fresh.value());
        if (!created)
            return created.error();
        if (!created.value()) {
            // Another device made the key first (perhaps at this very moment): it grants it.
            outcome.awaiting = true;
            return outcome;
        }
        // Committed centrally first: if saving here fails, the grant just made brings the key
        // at the next exchange.
        if (Status kept = keep(database, audit, fresh.value(), deviceId, QStringLiteral("created"),
                               clock, account);
            !kept)
            return kept.error();
        outcome.created = true;
        outcome.received = true;
        held.emplace(std::move(fresh).value());
    }
    outcome.keyId = held->keyId();

    // Every enrolled device still without the key gets it, sealed to its own key.
    QSqlQuery awaiting(central);
    if (!awaiting.exec(QStringLiteral(
            "SELECT device_id, public_key FROM madoguchi.devices_awaiting_field_key()")))
        return centralError(awaiting.lastError(), doing());
    QList<QPair<QString, QByteArray>> devices;
    while (awaiting.next())
        devices.append({awaiting.value(0).toString(), awaiting.value(1).toByteArray()});
    for (const auto& [device, publicKey] : std::as_const(devices)) {
        if (device == deviceId)
            continue;
        const QByteArray sealed = sealFor(publicKey, held->keyIdBytes(), held->key());
        if (sealed.isEmpty()) {
            qCWarning(lcFieldKey) << "an enrolled device has an unusable public key; no grant";
            continue;
        }
        QSqlQuery grant(central);
        grant.prepare(QStringLiteral("SELECT madoguchi.grant_field_key(?, ?, ?)"));
        grant.addBindValue(device);
        grant.addBindValue(held->keyId());
        grant.addBindValue(sealed);
        if (!grant.exec() || !grant.next()) {
            // A device revoked since the list was read is refused; the others still get theirs.
            if (grant.lastError().nativeErrorCode() == u"22023") {
                qCInfo(lcFieldKey) << "a device left the enrolment before its grant";
                continue;
            }
            return centralError(grant.lastError(), doing());
        }
        if (!grant.value(0).toBool())
            continue; // another device granted it meanwhile
        ++outcome.granted;
        if (Status audited = audit.append(audit::AuditEvent::of(
                audit::EventType::FieldKeyGrant, audit::Outcome::Success, account,
                QStringLiteral("device"), device, QStringLiteral("granted")));
            !audited)
            return audited.error();
    }

    auto resealed = mynumber::MyNumberService::resealWithCityKey(database, clock);
    if (!resealed)
        return resealed.error();
    outcome.resealed = resealed.value();
    return outcome;
}

Result<int> FieldKeyExchange::acceptGrant(store::Database& database, audit::AuditLog& audit,
                                          const Clock& clock, const QString& keyId,
                                          const QByteArray& sealed, const QString& grantedBy,
                                          const QString& account)
{
    auto identity = audit::DeviceIdentity::loadOrCreate(database.connection(),
                                                        database.subkey("DEVICEKY"), clock);
    if (!identity)
        return identity.error();
    auto opened = openGrant(identity.value(), keyId, sealed);
    if (!opened)
        return opened.error();
    auto local = CityKey::load(database);
    if (!local && local.code() != ErrorCode::NotFound)
        return local.error();
    if (local) {
        if (local->keyId() != opened->keyId() || !local->key().equals(opened->key()))
            return Error{ErrorCode::Crypto,
                         tr("The city's My Number key on this computer differs from the one "
                            "the central server holds for it. Nothing was changed; ask the "
                            "administrator.")};
    } else if (Status kept = keep(database, audit, opened.value(), grantedBy,
                                  QStringLiteral("received"), clock, account);
               !kept) {
        return kept.error();
    }
    return mynumber::MyNumberService::resealWithCityKey(database, clock);
}

} // namespace madoguchi::sync
