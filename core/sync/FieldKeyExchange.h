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
namespace madoguchi::audit {
class AuditLog;
}

namespace madoguchi::sync {

/// What one exchange did.
struct FieldKeyOutcome
{
    QString keyId;         // the city key this device holds now; empty: none yet
    bool created = false;  // this device created the city key
    bool received = false; // this device received it in this exchange (a grant, or created)
    bool awaiting = false; // a key exists centrally but nobody has granted it to this device yet
    int granted = 0;       // devices this device granted the key to
    int resealed = 0;      // local My Numbers moved from the device key to the city key
};

/// Hands the city-wide My Number key (mynumber::CityKey) between enrolled devices through the
/// central store, which only ever holds it sealed to each device (resources/migrations/central/
/// 0004_field_key.sql).
///
/// exchange(), called during every sync before the push, on a device connection:
///  1. reads this device's grant (madoguchi.my_field_key()); a grant opens with the device's
///     audit identity (its Ed25519 key as X25519, DeviceIdentity::openSealedBox) and is stored
///     here sealed under the database subkey "CITYKEY1";
///  2. with no grant and no key centrally, creates K (32 random bytes, a UUIDv7 key id) with
///     madoguchi.create_field_key, sealed to itself: of two devices doing it at once exactly one
///     wins, the other waits for a grant (awaiting);
///  3. seals K to every enrolled, non-revoked device still waiting (their Ed25519 public keys
///     registered at enrolment) and grants it (madoguchi.grant_field_key);
///  4. re-seals this device's My Numbers under K (MyNumberService::resealWithCityKey), so the
///     push that follows sends them that way.
/// Receiving, creating and granting are audited as field_key.grant. A grant that is malformed,
/// does not open with this device's key, or names another key id than it contains is refused
/// (Crypto, a translated sentence), and nothing is stored.
class FieldKeyExchange
{
    Q_DECLARE_TR_FUNCTIONS(FieldKeyExchange)

public:
    /// central: a connection as this device's role. account: the login audited (the session's
    /// login of the sync; empty for an automatic run).
    static Result<FieldKeyOutcome> exchange(store::Database& database, QSqlDatabase& central,
                                            audit::AuditLog& audit, const Clock& clock,
                                            const QString& account = {});

    /// Sync by file: a grant the office copied into a reply (SyncPackageOffice). Opens it with
    /// this device's key, stores it (or checks it equals the one held) and re-seals this
    /// device's My Numbers under it, like steps 1 and 4 of exchange(). Returns the number of
    /// My Numbers re-sealed. Errors as exchange(): nothing is stored.
    static Result<int> acceptGrant(store::Database& database, audit::AuditLog& audit,
                                   const Clock& clock, const QString& keyId,
                                   const QByteArray& sealed, const QString& grantedBy,
                                   const QString& account = {});

    /// K sealed to a device: crypto_box_seal(key id bytes ‖ K) to the X25519 form of its Ed25519
    /// public key (96 bytes). Empty if the public key is not a valid Ed25519 key.
    static QByteArray sealFor(const QByteArray& ed25519PublicKey, const QByteArray& keyIdBytes,
                              const security::SecureBuffer& key);
};

} // namespace madoguchi::sync
