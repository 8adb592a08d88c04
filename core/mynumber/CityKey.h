// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "security/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace madoguchi::store {
class Database;
}

namespace madoguchi::mynumber {

/// The city-wide My Number key K (32 random bytes with a UUID key id) as this device holds it.
///
/// Every enrolled device gets the same K (sync::FieldKeyExchange), so a My Number sealed on one
/// device opens on another and the same number has the same blind index everywhere. Locally K is
/// kept in sync_field_key, sealed under the database subkey "CITYKEY1"; in memory only in a
/// SecureBuffer. The keys that seal and index numbers are crypto_kdf subkeys of K with
/// purpose-named contexts ("MNSEAL01", "MNINDX01"), never K itself. Move-only.
class CityKey
{
    Q_DECLARE_TR_FUNCTIONS(CityKey)

public:
    static constexpr int kKeySize = 32;
    static constexpr int kKeyIdSize = 16; // the UUID's 16 bytes

    /// A new random key with a new UUIDv7 id (not stored).
    static Result<CityKey> generate();
    /// The key from a key id (UUID text) and 32 bytes. InvalidInput otherwise.
    static Result<CityKey> fromParts(const QString& keyId, security::SecureBuffer key);
    /// The key stored on this device; NotFound if none yet, Crypto if it does not open.
    static Result<CityKey> load(store::Database& database);
    /// True when this device holds a city key (without opening it).
    static bool isPresent(store::Database& database);
    /// Stores key sealed under this database (in the caller's transaction, if any). The same
    /// key again is no change; a different key while one is stored is refused (AlreadyExists).
    static Status store(store::Database& database, const CityKey& key, const QString& receivedFrom,
                        const Clock& clock);

    CityKey(CityKey&&) noexcept = default;
    CityKey& operator=(CityKey&&) noexcept = default;
    CityKey(const CityKey&) = delete;
    CityKey& operator=(const CityKey&) = delete;

    const QString& keyId() const { return m_keyId; }
    /// The key id's 16 bytes (tagged onto every value sealed under this key).
    QByteArray keyIdBytes() const;
    const security::SecureBuffer& key() const { return m_key; }
    /// A copy of K, for sealing it to another device.
    security::SecureBuffer copy() const;
    /// The subkey that seals My Numbers (XChaCha20-Poly1305).
    security::SecureBuffer sealKey() const;
    /// The subkey of the keyed BLAKE2b blind index.
    security::SecureBuffer indexKey() const;

    /// The 16 bytes of a UUID in text form; empty if text is no UUID.
    static QByteArray uuidBytes(const QString& text);

private:
    CityKey() = default;

    QString m_keyId;
    security::SecureBuffer m_key;
};

} // namespace madoguchi::mynumber
