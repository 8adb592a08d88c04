// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate/CertificateVerifier.h"

#include "security/SecureBuffer.h"

#include <QLocale>
#include <sodium.h>

namespace madoguchi::certificate {

namespace {

bool signatureHolds(const QByteArray& publicKey, const QByteArray& message,
                    const QByteArray& signature)
{
    if (!security::initializeSodium() || publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        signature.size() != crypto_sign_BYTES || message.isEmpty())
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

QString day(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

Verification answer(Verdict verdict, QString message, std::optional<CertificatePayload> payload)
{
    return Verification{verdict, std::move(message), std::move(payload)};
}

} // namespace

QString verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case Verdict::SupersededOffline:
        return QStringLiteral("superseded_offline");
    case Verdict::Expired:
        return QStringLiteral("expired");
    case Verdict::Void:
        return QStringLiteral("void");
    case Verdict::Tampered:
        return QStringLiteral("tampered");
    case Verdict::UnknownKey:
        return QStringLiteral("unknown_key");
    case Verdict::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

Verification CertificateVerifier::verify(QStringView text, const TrustedKeys& trusted,
                                         const QDate& today, const CertificateStatusLookup* lookup)
{
    auto parsed = CertificatePayload::parse(text);
    if (!parsed)
        return answer(Verdict::Malformed, parsed.message(), std::nullopt);
    const CertificatePayload& payload = parsed.value();
    const CertificateFields& f = payload.fields;

    const QByteArray cityKeyId =
        payload.isChained() ? payload.deviceCertificate->cityKeyId : payload.signerKeyId;
    const TrustedKey* cityKey = trusted.find(cityKeyId);
    if (!cityKey)
        return answer(Verdict::UnknownKey,
                      tr("NOT VERIFIED: the certificate was signed with an issuing key this "
                         "device does not know (%1). Update the issuing keys and try again.")
                          .arg(QString::fromLatin1(cityKeyId.toHex())),
                      payload);

    const QString tampered = tr("INVALID: the certificate's code has been altered or forged; "
                                "its signature does not match.");
    QByteArray signerPublicKey = cityKey->publicKey;
    QDate signedFrom = cityKey->createdOn;
    if (payload.isChained()) {
        const DeviceCertificate& device = *payload.deviceCertificate;
        if (!signatureHolds(cityKey->publicKey, device.signedBytes(), device.signature))
            return answer(Verdict::Tampered, tampered, payload);
        // The city key must have been in force on the day it certified the device.
        if (cityKey->retiredOn.isValid() && device.validFrom > cityKey->retiredOn)
            return answer(Verdict::Tampered, tampered, payload);
        signerPublicKey = device.devicePublicKey;
        signedFrom = device.validFrom;
    }
    if (!signatureHolds(signerPublicKey, payload.signedBytes(), payload.signature))
        return answer(Verdict::Tampered, tampered, payload);
    if (f.issuedOn < signedFrom)
        return answer(Verdict::Tampered,
                      tr("INVALID: the certificate claims an issue date (%1) before its signing "
                         "key existed.")
                          .arg(day(f.issuedOn)),
                      payload);
    if (!payload.isChained() && cityKey->retiredOn.isValid() && f.issuedOn > cityKey->retiredOn)
        return answer(Verdict::Tampered,
                      tr("INVALID: the certificate was signed with an issuing key that had been "
                         "retired before its issue date (%1).")
                          .arg(day(f.issuedOn)),
                      payload);
    if (payload.isChained() && f.issuedOn > payload.deviceCertificate->validTo)
        return answer(Verdict::Expired,
                      tr("INVALID: the certificate was issued on %1 by an outreach device whose "
                         "authorization had ended on %2.")
                          .arg(day(f.issuedOn), day(payload.deviceCertificate->validTo)),
                      payload);

    const LocalStatus local = lookup ? lookup->statusOf(f) : LocalStatus::Unknown;
    if (local == LocalStatus::Void)
        return answer(Verdict::Void,
                      tr("INVALID: this certificate has been made void (for example, a new one "
                         "was issued in its place)."),
                      payload);
    if (today > f.validTo)
        return answer(
            Verdict::Expired,
            tr("INVALID: the certificate expired; it was valid until %1.").arg(day(f.validTo)),
            payload);
    if (today < f.validFrom)
        return answer(Verdict::NotYetValid,
                      tr("NOT YET VALID: the certificate is genuine but valid only from %1.")
                          .arg(day(f.validFrom)),
                      payload);
    if (local == LocalStatus::Superseded)
        return answer(Verdict::SupersededOffline,
                      tr("Genuine and within its period, but a newer certificate has been "
                         "issued for this recipient. Confirm online before accepting it."),
                      payload);
    return answer(Verdict::Valid,
                  tr("VALID: a genuine certificate, valid from %1 to %2.")
                      .arg(day(f.validFrom), day(f.validTo)),
                  payload);
}

} // namespace madoguchi::certificate
