// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/DeviceIdentity.h"
#include "base/Result.h"
#include "certificate/CertificatePayload.h"
#include "security/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace madoguchi::store {
class Database;
}

namespace madoguchi::certificate {

/// Signs certificate codes on this device: with the city's current issuing key when this device
/// holds it, else with the device key (audit::DeviceIdentity) and the device certificate stored
/// for it (an outreach device). Holds the secret key in guarded memory. Move-only.
///
/// The signer is a tool, not a service: the caller (the certificate print queue) checks
/// certificate.print for the session and audits certificate.issue.
class CertificateSigner
{
    Q_DECLARE_TR_FUNCTIONS(CertificateSigner)

public:
    /// The signer for this database. NotFound (translated) when the device has neither the
    /// city's current key nor a device certificate; Crypto when a stored key does not open.
    static Result<CertificateSigner> load(store::Database& database);

    CertificateSigner(CertificateSigner&&) noexcept = default;
    CertificateSigner& operator=(CertificateSigner&&) noexcept = default;
    CertificateSigner(const CertificateSigner&) = delete;
    CertificateSigner& operator=(const CertificateSigner&) = delete;

    /// True when it signs with the city key, false with the device key and its certificate.
    bool usesCityKey() const { return !m_deviceCertificate.has_value(); }
    /// The device certificate that travels in device-signed codes.
    const std::optional<DeviceCertificate>& deviceCertificate() const
    {
        return m_deviceCertificate;
    }

    /// The signed code (CertificatePayload text) for fields. InvalidInput naming the field when
    /// a field cannot be encoded, or when a device signs an issue date outside its
    /// certificate's period.
    Result<QString> sign(const CertificateFields& fields) const;

private:
    CertificateSigner() = default;

    security::SecureBuffer m_secretKey; // the city key (Ed25519, 64 bytes)
    QByteArray m_cityKeyId;             // when signing with the city key
    std::optional<DeviceCertificate> m_deviceCertificate;
    std::optional<audit::DeviceIdentity> m_device; // when signing with the device key
};

} // namespace madoguchi::certificate
