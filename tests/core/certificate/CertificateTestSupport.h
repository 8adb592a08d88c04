// SPDX-License-Identifier: GPL-3.0-or-later
// What the certificate tests share: throwaway Ed25519 keys, signing without a database, and an
// independent base32 codec to take codes apart and put them back together.
#pragma once

#include "certificate/CertificatePayload.h"
#include "certificate/TrustedKeys.h"
#include "security/SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <catch2/catch.hpp>
#include <sodium.h>

namespace madoguchi::certtest {

using namespace madoguchi::certificate;

struct TestKey
{
    security::SecureBuffer secretKey{crypto_sign_SECRETKEYBYTES};
    QByteArray publicKey{crypto_sign_PUBLICKEYBYTES, '\0'};
    QByteArray keyId;

    TestKey()
    {
        REQUIRE(security::initializeSodium());
        REQUIRE(crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                                    secretKey.data()) == 0);
        keyId = TrustedKeys::keyIdOf(publicKey);
        REQUIRE(keyId.size() == 8);
    }

    QByteArray sign(const QByteArray& message) const
    {
        REQUIRE_FALSE(message.isEmpty());
        QByteArray signature(crypto_sign_BYTES, '\0');
        REQUIRE(crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                                     reinterpret_cast<const unsigned char*>(message.constData()),
                                     static_cast<unsigned long long>(message.size()),
                                     secretKey.data()) == 0);
        return signature;
    }

    TrustedKey trusted(QDate createdOn = QDate(2020, 1, 1), QDate retiredOn = {}) const
    {
        return TrustedKey{keyId, publicKey, createdOn, retiredOn};
    }
};

inline CertificateFields sampleFields()
{
    CertificateFields f;
    f.certificateId = QStringLiteral("0197a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    f.recipientNumber = QStringLiteral("1234566");
    f.kind = DocumentKind::MedicalPsychiatric;
    f.validFrom = QDate(2025, 4, 1);
    f.validTo = QDate(2026, 3, 31);
    f.monthlyCap = 5000;
    f.issuedOn = QDate(2025, 3, 20);
    f.officeCode = QStringLiteral("142042");
    f.reissue = 0;
    return f;
}

/// A code signed directly by a city key.
inline QString signDirect(const CertificateFields& fields, const TestKey& city)
{
    CertificatePayload payload;
    payload.fields = fields;
    payload.signerKeyId = city.keyId;
    payload.signature = city.sign(payload.signedBytes());
    const QString text = payload.encode();
    REQUIRE_FALSE(text.isEmpty());
    return text;
}

inline DeviceCertificate certifyDevice(const TestKey& city, const TestKey& device, QDate from,
                                       QDate to)
{
    DeviceCertificate certificate;
    certificate.deviceId = QStringLiteral("0197a1b2-0000-7000-8000-00000000d001");
    certificate.devicePublicKey = device.publicKey;
    certificate.validFrom = from;
    certificate.validTo = to;
    certificate.cityKeyId = city.keyId;
    certificate.signature = city.sign(certificate.signedBytes());
    return certificate;
}

/// A code signed by a device key, with its device certificate.
inline QString signChained(const CertificateFields& fields, const TestKey& device,
                           const DeviceCertificate& certificate)
{
    CertificatePayload payload;
    payload.fields = fields;
    payload.deviceCertificate = certificate;
    payload.signature = device.sign(payload.signedBytes());
    const QString text = payload.encode();
    REQUIRE_FALSE(text.isEmpty());
    return text;
}

inline constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// The body bytes of a code (test-side base32, lenient: it is only used on codes we made).
inline QByteArray bodyOf(const QString& text)
{
    REQUIRE(text.startsWith(QStringLiteral("MDG1:")));
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text.mid(5)) {
        const int value = int(QByteArray(kAlphabet).indexOf(char(c.unicode())));
        REQUIRE(value >= 0);
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xFF);
            bits -= 8;
        }
    }
    return out;
}

/// "MDG1:" + base32 of body (canonical).
inline QString codeOf(const QByteArray& body)
{
    QString out = QStringLiteral("MDG1:");
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : body) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1F]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1F]);
    return out;
}

} // namespace madoguchi::certtest
