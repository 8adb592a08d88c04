// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "certificate/CertificatePayload.h"
#include "certificate/TrustedKeys.h"
#include "security/SecureBuffer.h"
#include "security/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace madoguchi::audit {
class AuditLog;
}
namespace madoguchi::security {
class Authorizer;
}
namespace madoguchi::store {
class Database;
}

namespace madoguchi::certificate {

/// The city's certificate-issuing keys (Ed25519), created and rotated by an administrator
/// (issuing_key.manage).
///
/// Public halves of every generation stay in issuing_key (journaled, so they sync), with the
/// day each was made and retired, so certificates signed before a rotation still verify. The
/// secret half stays on the device that made it, in issuing_key_secret as
/// nonce ‖ crypto_secretbox(secret key) under Database::subkey("ISSUINGK"), like the device key,
/// so it shares the key-slot file's protection; in memory only in a SecureBuffer.
class IssuingKeys
{
    Q_DECLARE_TR_FUNCTIONS(IssuingKeys)

public:
    IssuingKeys(store::Database& database, audit::AuditLog& audit,
                const security::Authorizer& authorizer, const Clock& clock = Clock::system());

    /// The first issuing key. AlreadyExists if a current key exists (rotate it instead).
    /// Audited as issuing_key.create.
    Result<TrustedKey> create(const security::Session& session);
    /// A new key becomes current; the current one is retired today (it keeps verifying what it
    /// signed). NotFound if there is no key yet. Audited as issuing_key.create ("rotate").
    Result<TrustedKey> rotate(const security::Session& session);

    /// Every generation this database knows (for verification). Needs no session: public keys.
    Result<TrustedKeys> trustedKeys() const;
    /// The current key's public half; NotFound if none.
    Result<TrustedKey> current() const;
    /// True when this device holds the current key's secret half (it can sign as the city).
    bool holdsCurrentSecret() const;

    /// Adds the keys of an exported key set that this database does not know yet (a device that
    /// cannot sync, or before its first sync). Keys already present must match exactly. Returns
    /// how many were added. issuing_key.manage.
    Result<int> importKeys(const security::Session& session, const TrustedKeys& keys);

    /// A device certificate for an outreach device (#7 enrolment calls this): the current city
    /// key certifies devicePublicKey for validFrom … validTo. Returns the 125-byte blob
    /// (DeviceCertificate::encode()). Needs the current secret here. issuing_key.manage;
    /// audited as device.enrol with purpose "certify".
    Result<QByteArray> certifyDevice(const security::Session& session, const QString& deviceId,
                                     const QByteArray& devicePublicKey, const QDate& validFrom,
                                     const QDate& validTo);

    /// Stores this device's certificate (the blob certifyDevice made for it). It must verify
    /// against a known issuing key and name this device's own id and public key.
    /// issuing_key.manage; audited as device.enrol with purpose "certificate".
    Status storeDeviceCertificate(const security::Session& session, const QByteArray& blob);
    /// This device's stored certificate; NotFound if none.
    static Result<DeviceCertificate> deviceCertificate(QSqlDatabase db);

    /// The current key's secret and its id, for CertificateSigner (no session: the caller
    /// checks certificate.print). NotFound if this device does not hold it.
    static Result<security::SecureBuffer> currentSecret(store::Database& database,
                                                        QByteArray* keyId);

private:
    Result<TrustedKey> makeKey(const security::Session& session, bool rotate);

    store::Database& m_database;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::certificate
