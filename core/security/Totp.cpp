// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Totp.h"

#include "security/Base32.h"

#include <QUrl>
#include <QUrlQuery>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <array>

namespace madoguchi::security {

SecureBuffer Totp::newSecret()
{
    return SecureBuffer::random(kSecretSize);
}

qint64 Totp::stepAt(const QDateTime& instant)
{
    const qint64 seconds = instant.toSecsSinceEpoch();
    return seconds >= 0 ? seconds / kStepSeconds : (seconds - kStepSeconds + 1) / kStepSeconds;
}

QString Totp::codeAt(const SecureBuffer& secret, qint64 step, int digits)
{
    std::array<unsigned char, 8> counter{};
    for (int i = 7; i >= 0; --i) {
        counter[static_cast<std::size_t>(i)] = static_cast<unsigned char>(step & 0xFF);
        step >>= 8;
    }
    // HMAC-SHA-1 is what authenticator apps use; libsodium has no SHA-1, so this one primitive
    // comes from OpenSSL's libcrypto, which SQLCipher already links.
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int macSize = 0;
    if (!HMAC(EVP_sha1(), secret.data(), static_cast<int>(secret.size()), counter.data(),
              counter.size(), mac.data(), &macSize) ||
        macSize < 20)
        return {};
    const int offset = mac[19] & 0x0F;
    const quint32 binary = (quint32(mac[offset] & 0x7F) << 24) | (quint32(mac[offset + 1]) << 16) |
                           (quint32(mac[offset + 2]) << 8) | quint32(mac[offset + 3]);
    sodium_memzero(mac.data(), mac.size());
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

std::optional<qint64> Totp::matchStep(const SecureBuffer& secret, QStringView code,
                                      const QDateTime& now, int window)
{
    if (code.size() != kDigits)
        return std::nullopt;
    for (QChar c : code) {
        if (!c.isDigit() || c.unicode() > u'9')
            return std::nullopt;
    }
    const QByteArray typed = code.toLatin1();
    const qint64 current = stepAt(now);
    std::optional<qint64> found;
    for (qint64 step = current - window; step <= current + window; ++step) {
        const QByteArray expected = codeAt(secret, step).toLatin1();
        if (expected.size() == typed.size() &&
            sodium_memcmp(expected.constData(), typed.constData(),
                          static_cast<std::size_t>(typed.size())) == 0)
            found = step; // keep looping: same time whatever matched
    }
    return found;
}

QString Totp::provisioningUri(const SecureBuffer& secret, const QString& issuer,
                              const QString& account)
{
    QUrl url;
    url.setScheme(QStringLiteral("otpauth"));
    url.setHost(QStringLiteral("totp"));
    url.setPath(u'/' + issuer + u':' + account);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("secret"), base32::encode(secret.data(), secret.size()));
    query.addQueryItem(QStringLiteral("issuer"), issuer);
    query.addQueryItem(QStringLiteral("algorithm"), QStringLiteral("SHA1"));
    query.addQueryItem(QStringLiteral("digits"), QString::number(kDigits));
    query.addQueryItem(QStringLiteral("period"), QString::number(kStepSeconds));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace madoguchi::security
