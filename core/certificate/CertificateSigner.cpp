// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate/CertificateSigner.h"

#include "audit/DeviceIdentity.h"
#include "certificate/IssuingKeys.h"
#include "store/Database.h"

#include <sodium.h>

namespace madoguchi::certificate {

Result<CertificateSigner> CertificateSigner::load(store::Database& database)
{
    if (!security::initializeSodium())
        return Error{ErrorCode::Crypto, tr("The cryptography library could not be started.")};
    CertificateSigner signer;
    QByteArray keyId;
    auto city = IssuingKeys::currentSecret(database, &keyId);
    if (city) {
        signer.m_secretKey = std::move(city).value();
        signer.m_cityKeyId = keyId;
        return signer;
    }
    if (city.code() != ErrorCode::NotFound)
        return city.error();

    auto certificate = IssuingKeys::deviceCertificate(database.connection());
    if (!certificate) {
        if (certificate.code() != ErrorCode::NotFound)
            return certificate.error();
        return Error{ErrorCode::NotFound,
                     tr("This device cannot sign certificates: it holds neither the city's "
                        "issuing key nor a device certificate. Ask an administrator.")};
    }
    auto device =
        audit::DeviceIdentity::loadOrCreate(database.connection(), database.subkey("DEVICEKY"));
    if (!device)
        return device.error();
    if (device->publicKey() != certificate->devicePublicKey)
        return Error{ErrorCode::Crypto,
                     tr("The stored device certificate does not belong to this device's key.")};
    // The device identity keeps its secret to itself; the signer signs through it.
    signer.m_deviceCertificate = std::move(certificate).value();
    signer.m_device.emplace(std::move(device).value());
    return signer;
}

Result<QString> CertificateSigner::sign(const CertificateFields& fields) const
{
    if (Status valid = CertificatePayload::validate(fields); !valid)
        return valid;
    CertificatePayload payload;
    payload.fields = fields;
    if (m_deviceCertificate) {
        if (fields.issuedOn < m_deviceCertificate->validFrom ||
            fields.issuedOn > m_deviceCertificate->validTo)
            return Error{ErrorCode::InvalidInput,
                         tr("This device may sign certificates only from %1 to %2; ask an "
                            "administrator to certify it again.")
                             .arg(m_deviceCertificate->validFrom.toString(Qt::ISODate),
                                  m_deviceCertificate->validTo.toString(Qt::ISODate))};
        payload.deviceCertificate = m_deviceCertificate;
        payload.signature = m_device ? m_device->sign(payload.signedBytes()) : QByteArray();
    } else {
        payload.signerKeyId = m_cityKeyId;
        const QByteArray message = payload.signedBytes();
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        if (!message.isEmpty() && m_secretKey.isValid() &&
            crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                                 reinterpret_cast<const unsigned char*>(message.constData()),
                                 static_cast<unsigned long long>(message.size()),
                                 m_secretKey.data()) == 0)
            payload.signature = signature;
    }
    const QString text = payload.encode();
    if (text.isEmpty())
        return Error{ErrorCode::Crypto, tr("The certificate could not be signed.")};
    return text;
}

} // namespace madoguchi::certificate
