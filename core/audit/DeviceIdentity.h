// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "security/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace madoguchi::audit {

/// This database's device: a UUID and an Ed25519 key pair that signs audit checkpoints.
///
/// Made once and kept in the device_identity table. The secret key is stored as
/// nonce ‖ crypto_secretbox_easy(secret key) under a 32-byte wrapping key the caller passes
/// (Database::subkey("DEVICEKY")); in memory it lives only in a SecureBuffer. The public key is
/// stored in clear so anyone holding the database can verify the log. Move-only.
class DeviceIdentity
{
    Q_DECLARE_TR_FUNCTIONS(DeviceIdentity)

public:
    static constexpr int kPublicKeySize = 32;
    static constexpr int kSignatureSize = 64;
    static constexpr int kWrapKeySize = 32;

    /// The identity stored in db, or a new one (stored in the same call). Errors: InvalidInput
    /// (wrapKey not 32 bytes), Crypto (the stored secret key does not open with wrapKey, or does
    /// not belong to the stored public key), Sql.
    static Result<DeviceIdentity> loadOrCreate(QSqlDatabase db,
                                               const security::SecureBuffer& wrapKey,
                                               const Clock& clock = Clock::system());

    /// The public half only (id, public key), for verification without any key. NotFound if the
    /// database has no device identity yet.
    static Result<DeviceIdentity> loadPublic(QSqlDatabase db);

    /// Re-encrypts the stored secret key under a new wrapping key, e.g. after Database::rekey()
    /// changed the database key and with it the DEVICEKY subkey. Run it in the same transaction.
    static Status rewrap(QSqlDatabase db, const security::SecureBuffer& oldWrapKey,
                         const security::SecureBuffer& newWrapKey);

    /// True when signature is publicKey's Ed25519 signature of message.
    static bool verifySignature(const QByteArray& publicKey, const QByteArray& message,
                                const QByteArray& signature);

    DeviceIdentity(DeviceIdentity&&) noexcept = default;
    DeviceIdentity& operator=(DeviceIdentity&&) noexcept = default;
    DeviceIdentity(const DeviceIdentity&) = delete;
    DeviceIdentity& operator=(const DeviceIdentity&) = delete;

    const QString& id() const { return m_id; }
    const QByteArray& publicKey() const { return m_publicKey; }
    /// True when this identity holds its secret key (loadOrCreate, not loadPublic).
    bool canSign() const { return m_secretKey.isValid() && !m_id.isEmpty(); }
    /// The Ed25519 detached signature of message (64 bytes); empty if !canSign().
    QByteArray sign(const QByteArray& message) const;
    /// Opens a libsodium sealed box (crypto_box_seal) addressed to this device: to the X25519
    /// form of its Ed25519 key (crypto_sign_ed25519_pk_to_curve25519), e.g. the city-wide My
    /// Number key granted to it (sync::FieldKeyExchange). Invalid buffer if !canSign() or the
    /// box does not open with this key.
    security::SecureBuffer openSealedBox(const QByteArray& sealed) const;

private:
    DeviceIdentity() = default;

    QString m_id;
    QByteArray m_publicKey;
    security::SecureBuffer m_secretKey; // libsodium's 64-byte Ed25519 secret key (seed ‖ pk)
};

} // namespace madoguchi::audit
