// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/SecureBuffer.h"

#include <QByteArray>

#include <cstddef>

namespace madoguchi::security {

/// How field secrets are kept in the database: nonce ‖ crypto_secretbox(secret) under a
/// 32-byte subkey of the database (store::Database::subkey). TOTP secrets, the device's and the
/// issuing keys' secret halves, the city My Number key and the device's central password are
/// all sealed this way.
struct SecretBox
{
    /// Empty when the key or the secret is not usable.
    static QByteArray seal(const SecureBuffer& secret, const SecureBuffer& key);
    /// The secret; an invalid buffer when sealed was not made by seal() under key (damaged,
    /// another key), or, with secretSize > 0, does not hold exactly that many bytes.
    static SecureBuffer open(const QByteArray& sealed, const SecureBuffer& key,
                             std::size_t secretSize = 0);
};

} // namespace madoguchi::security
