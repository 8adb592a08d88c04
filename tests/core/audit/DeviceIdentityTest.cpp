// SPDX-License-Identifier: GPL-3.0-or-later
// The device's signing identity: made once, secret key only encrypted at rest.
#include "AuditTestSupport.h"

#include <sodium.h>

using namespace madoguchi;
using audit::DeviceIdentity;

TEST_CASE("The device identity is made once and loads again with the same key", "[audit][device]")
{
    test::AuditStore s;
    const DeviceIdentity& first = s.device();
    CHECK(first.canSign());
    CHECK(first.id().size() == 36);
    CHECK(first.publicKey().size() == 32);

    auto again = DeviceIdentity::loadOrCreate(s.db(), s.wrapKey(), s.clock());
    REQUIRE(again.ok());
    CHECK(again->id() == first.id());
    CHECK(again->publicKey() == first.publicKey());
    CHECK(s.scalar(QStringLiteral("SELECT count(*) FROM device_identity")).toInt() == 1);

    const QByteArray message("checkpoint 1");
    const QByteArray signature = again->sign(message);
    CHECK(signature.size() == 64);
    CHECK(DeviceIdentity::verifySignature(first.publicKey(), message, signature));
    CHECK_FALSE(DeviceIdentity::verifySignature(first.publicKey(), "checkpoint 2", signature));

    auto publicOnly = DeviceIdentity::loadPublic(s.db());
    REQUIRE(publicOnly.ok());
    CHECK(publicOnly->id() == first.id());
    CHECK_FALSE(publicOnly->canSign());
    CHECK(publicOnly->sign(message).isEmpty());
}

TEST_CASE("The device secret key is not stored in clear", "[audit][device]")
{
    test::AuditStore s;
    const DeviceIdentity& device = s.device();
    const QByteArray stored =
        s.scalar(QStringLiteral("SELECT secret_key FROM device_identity")).toByteArray();
    REQUIRE(stored.size() == int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES +
                                 crypto_sign_SECRETKEYBYTES));

    // Open it the way the code does, to learn the real secret key, then look for it.
    unsigned char secret[crypto_sign_SECRETKEYBYTES];
    const auto* raw = reinterpret_cast<const unsigned char*>(stored.constData());
    REQUIRE(crypto_secretbox_open_easy(secret, raw + crypto_secretbox_NONCEBYTES,
                                       stored.size() - crypto_secretbox_NONCEBYTES, raw,
                                       s.wrapKey().data()) == 0);
    const QByteArray seed(reinterpret_cast<const char*>(secret), 32);
    const QByteArray full(reinterpret_cast<const char*>(secret), crypto_sign_SECRETKEYBYTES);
    sodium_memzero(secret, sizeof secret);
    CHECK(full.right(32) == device.publicKey());
    CHECK_FALSE(stored.contains(seed));
    CHECK_FALSE(stored.contains(seed.left(16)));
    CHECK_FALSE(stored.contains(full));
    const QByteArray everything =
        s.scalar(QStringLiteral("SELECT quote(id) || quote(public_key) || quote(secret_key) || "
                                "quote(created_at) FROM device_identity"))
            .toByteArray();
    CHECK_FALSE(everything.contains(seed.toHex().toUpper()));
    CHECK_FALSE(everything.contains(seed.toHex()));
}

TEST_CASE("A wrong wrapping key is an error, not a crash, and rewrap moves to a new key",
          "[audit][device]")
{
    test::AuditStore s;
    const QString id = s.device().id();

    auto wrong =
        DeviceIdentity::loadOrCreate(s.db(), security::SecureBuffer::random(32), s.clock());
    CHECK_FALSE(wrong.ok());
    CHECK(wrong.code() == ErrorCode::Crypto);
    CHECK_FALSE(wrong.message().isEmpty());
    auto tooShort = DeviceIdentity::loadOrCreate(s.db(), security::SecureBuffer(16), s.clock());
    CHECK(tooShort.code() == ErrorCode::InvalidInput);
    CHECK(DeviceIdentity::loadOrCreate(s.db(), security::SecureBuffer(), s.clock()).code() ==
          ErrorCode::InvalidInput);
    CHECK(s.scalar(QStringLiteral("SELECT count(*) FROM device_identity")).toInt() == 1);

    const security::SecureBuffer newKey = security::SecureBuffer::random(32);
    CHECK(DeviceIdentity::rewrap(s.db(), newKey, s.wrapKey()).code() == ErrorCode::Crypto);
    REQUIRE(DeviceIdentity::rewrap(s.db(), s.wrapKey(), newKey).ok());
    CHECK(DeviceIdentity::loadOrCreate(s.db(), s.wrapKey(), s.clock()).code() == ErrorCode::Crypto);
    auto rewrapped = DeviceIdentity::loadOrCreate(s.db(), newKey, s.clock());
    REQUIRE(rewrapped.ok());
    CHECK(rewrapped->id() == id);

    // A secret key swapped in from another device does not pass as this one.
    test::AuditStore other;
    (void)other.device();
    const QByteArray foreign =
        other.scalar(QStringLiteral("SELECT secret_key FROM device_identity")).toByteArray();
    s.exec(QStringLiteral("UPDATE device_identity SET secret_key = ?"), {foreign});
    CHECK(DeviceIdentity::loadOrCreate(s.db(), other.wrapKey(), s.clock()).code() ==
          ErrorCode::Crypto);
}
