// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace madoguchi::store {
class Database;
}

namespace madoguchi::sync {

/// What one exchange of issuing keys did.
struct IssuingKeySummary
{
    int published = 0; // this device's keys new or changed centrally (a retirement counts)
    int received = 0;  // other devices' keys stored or updated here
    int dropped = 0;   // keys the central store revoked, no longer trusted here
    /// Translated, one per key from the central store that is malformed (its id does not belong
    /// to its public key, bad dates): it is not trusted; the exchange itself succeeded.
    QStringList problems;
};

/// Distribution of the certificate-issuing keys' public halves by sync (issue #7; central table
/// madoguchi.issuing_public_keys in resources/migrations/central/0005_device_functions.sql).
///
/// exchange() publishes the public halves of the issuing keys this device made (those whose
/// secret half it holds, core/certificate/IssuingKeys; the secret never leaves) with their
/// start and retirement days, then reads every key published or changed since its last
/// exchange into sync_issuing_key (device-local, not journaled). IssuingKeys::trustedKeys()
/// returns those beside this database's own keys, so CertificateVerifier accepts a certificate
/// printed on another device once both devices have exchanged. A key the central store revoked
/// is dropped. The centre cannot check a key id (BLAKE2b): this device checks each key it
/// receives and refuses malformed ones (IssuingKeySummary::problems).
///
/// central: an open connection as this device's own role (CentralConnection). No permission
/// check here: the caller (SyncClient::run) checked sync.run.
class IssuingKeyExchange
{
    Q_DECLARE_TR_FUNCTIONS(IssuingKeyExchange)

public:
    static Result<IssuingKeySummary> exchange(store::Database& database, QSqlDatabase& central,
                                              const Clock& clock = Clock::system());
};

} // namespace madoguchi::sync
