// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Totp.h"

#include <QUrl>
#include <QUrlQuery>

#include <catch2/catch.hpp>

#include <cstring>

using namespace madoguchi;
using security::SecureBuffer;
using security::Totp;

namespace {

SecureBuffer rfcSecret()
{
    const char* seed = "12345678901234567890"; // RFC 6238 appendix B, SHA-1
    return SecureBuffer::copyOf(seed, std::strlen(seed));
}

QDateTime at(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC);
}

} // namespace

TEST_CASE("TOTP matches the RFC 6238 SHA-1 test vectors", "[totp]")
{
    const SecureBuffer secret = rfcSecret();
    const std::pair<qint64, const char*> vectors[] = {
        {59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
        {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"},
    };
    for (const auto& [seconds, code] : vectors) {
        INFO("T = " << seconds);
        CHECK(Totp::codeAt(secret, Totp::stepAt(at(seconds)), 8) == QString::fromLatin1(code));
        // Authenticator apps show the last six digits.
        CHECK(Totp::codeAt(secret, Totp::stepAt(at(seconds))) ==
              QString::fromLatin1(code).right(6));
    }
}

TEST_CASE("TOTP accepts the current step and one on either side, nothing further", "[totp]")
{
    const SecureBuffer secret = rfcSecret();
    const QDateTime now = at(1234567890);
    const qint64 step = Totp::stepAt(now);
    for (qint64 delta = -1; delta <= 1; ++delta) {
        const auto matched = Totp::matchStep(secret, Totp::codeAt(secret, step + delta), now);
        REQUIRE(matched.has_value());
        CHECK(*matched == step + delta);
    }
    CHECK_FALSE(Totp::matchStep(secret, Totp::codeAt(secret, step - 2), now).has_value());
    CHECK_FALSE(Totp::matchStep(secret, Totp::codeAt(secret, step + 2), now).has_value());
    CHECK_FALSE(Totp::matchStep(secret, QStringLiteral("12345"), now).has_value());
    CHECK_FALSE(Totp::matchStep(secret, QStringLiteral("12345a"), now).has_value());
    CHECK_FALSE(Totp::matchStep(secret, QStringLiteral("１２３４５６"), now).has_value());
}

TEST_CASE("The otpauth URI carries the base32 secret and the standard parameters", "[totp]")
{
    const SecureBuffer secret = rfcSecret();
    const QUrl uri(
        Totp::provisioningUri(secret, QStringLiteral("Madoguchi"), QStringLiteral("clerk1")));
    CHECK(uri.scheme() == QStringLiteral("otpauth"));
    CHECK(uri.host() == QStringLiteral("totp"));
    CHECK(uri.path() == QStringLiteral("/Madoguchi:clerk1"));
    const QUrlQuery query(uri);
    CHECK(query.queryItemValue(QStringLiteral("secret")) ==
          QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    CHECK(query.queryItemValue(QStringLiteral("algorithm")) == QStringLiteral("SHA1"));
    CHECK(query.queryItemValue(QStringLiteral("digits")) == QStringLiteral("6"));
    CHECK(query.queryItemValue(QStringLiteral("period")) == QStringLiteral("30"));
    CHECK(Totp::newSecret().size() == 20);
}
