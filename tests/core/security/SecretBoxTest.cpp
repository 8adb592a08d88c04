// SPDX-License-Identifier: GPL-3.0-or-later
// Field secrets sealed under a database subkey (security::SecretBox): they open only with the
// same key, whole and unaltered.
#include "security/SecretBox.h"

#include <sodium.h>

#include <cstring>

#include <catch2/catch.hpp>

using madoguchi::security::SecretBox;
using madoguchi::security::SecureBuffer;

namespace {

SecureBuffer randomKey()
{
    REQUIRE(sodium_init() >= 0);
    SecureBuffer key(crypto_secretbox_KEYBYTES);
    randombytes_buf(key.data(), key.size());
    return key;
}

SecureBuffer secretOf(const char* text)
{
    SecureBuffer secret(std::strlen(text));
    std::memcpy(secret.data(), text, secret.size());
    return secret;
}

} // namespace

TEST_CASE("A sealed secret opens with its key and no other", "[security][secretbox]")
{
    const SecureBuffer key = randomKey();
    const SecureBuffer secret = secretOf("twenty bytes secret!");
    const QByteArray sealed = SecretBox::seal(secret, key);
    REQUIRE(sealed.size() ==
            qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + secret.size()));
    CHECK_FALSE(sealed.contains(QByteArray("twenty bytes secret!")));
    // A fresh nonce each time: the same secret never seals to the same bytes.
    CHECK(SecretBox::seal(secret, key) != sealed);

    const SecureBuffer opened = SecretBox::open(sealed, key);
    REQUIRE(opened.isValid());
    CHECK(opened.equals(secret));
    CHECK(SecretBox::open(sealed, key, secret.size()).equals(secret));

    // Another key, another expected size, one byte changed, cut short, empty: nothing opens.
    CHECK_FALSE(SecretBox::open(sealed, randomKey()).isValid());
    CHECK_FALSE(SecretBox::open(sealed, key, secret.size() + 1).isValid());
    QByteArray altered = sealed;
    altered[altered.size() - 1] = char(altered.at(altered.size() - 1) ^ 0x01);
    CHECK_FALSE(SecretBox::open(altered, key).isValid());
    CHECK_FALSE(SecretBox::open(sealed.left(sealed.size() - 1), key).isValid());
    CHECK_FALSE(SecretBox::open(sealed.left(crypto_secretbox_NONCEBYTES), key).isValid());
    CHECK_FALSE(SecretBox::open(QByteArray(), key).isValid());
    // A key of the wrong size seals nothing.
    CHECK(SecretBox::seal(secret, SecureBuffer(16)).isEmpty());
}
