// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/SecretBox.h"

#include <sodium.h>

namespace madoguchi::security {

namespace {

constexpr std::size_t kNonceSize = crypto_secretbox_NONCEBYTES;
constexpr std::size_t kOverhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;

bool usableKey(const SecureBuffer& key)
{
    return key.isValid() && key.size() == crypto_secretbox_KEYBYTES;
}

} // namespace

QByteArray SecretBox::seal(const SecureBuffer& secret, const SecureBuffer& key)
{
    if (!usableKey(key) || !secret.isValid())
        return {};
    QByteArray out(qsizetype(kOverhead + secret.size()), Qt::Uninitialized);
    auto* bytes = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(bytes, kNonceSize);
    if (crypto_secretbox_easy(bytes + kNonceSize, secret.data(), secret.size(), bytes,
                              key.data()) != 0)
        return {};
    return out;
}

SecureBuffer SecretBox::open(const QByteArray& sealed, const SecureBuffer& key,
                             std::size_t secretSize)
{
    const auto size = std::size_t(sealed.size());
    if (!usableKey(key) || size <= kOverhead || (secretSize > 0 && size != kOverhead + secretSize))
        return {};
    SecureBuffer secret(size - kOverhead);
    const auto* bytes = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (!secret.isValid() || crypto_secretbox_open_easy(secret.data(), bytes + kNonceSize,
                                                        size - kNonceSize, bytes, key.data()) != 0)
        return {};
    return secret;
}

} // namespace madoguchi::security
