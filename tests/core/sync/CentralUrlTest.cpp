// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CentralConnection.h"

#include <catch2/catch.hpp>

using namespace madoguchi;
using sync::CentralUrl;

TEST_CASE("A central URL gives host, port, database, user, password and TLS options", "[sync]")
{
    auto url = CentralUrl::parse(QStringLiteral(
        "postgresql://madoguchi_admin:s%40cret%3Bx@central.city.example:6543/madoguchi"
        "?sslmode=verify-full&sslrootcert=/etc/madoguchi/ca.pem&connect_timeout=5"));
    INFO(url.message().toStdString());
    REQUIRE(url.ok());
    CHECK(url->host == QStringLiteral("central.city.example"));
    CHECK(url->port == 6543);
    CHECK(url->database == QStringLiteral("madoguchi"));
    CHECK(url->user == QStringLiteral("madoguchi_admin"));
    CHECK(url->password == QStringLiteral("s@cret;x"));
    CHECK(
        url->options ==
        QStringLiteral("sslmode=verify-full;sslrootcert=/etc/madoguchi/ca.pem;connect_timeout=5"));
    // Neither form a message or the local store uses holds the password.
    CHECK(url->redacted() == QStringLiteral("madoguchi_admin@central.city.example:6543/madoguchi"));
    const QString stored = url->withoutCredentials();
    CHECK_FALSE(stored.contains(QStringLiteral("s@cret")));
    CHECK_FALSE(stored.contains(QStringLiteral("madoguchi_admin")));
    auto again = CentralUrl::parse(stored);
    REQUIRE(again.ok());
    CHECK(again->host == url->host);
    CHECK(again->port == 6543);
    CHECK(again->options == url->options);
    CHECK(again->password.isEmpty());

    auto plain = CentralUrl::parse(QStringLiteral("postgres://u@127.0.0.1/db"));
    REQUIRE(plain.ok());
    CHECK(plain->port == 5432);
    CHECK(plain->options.isEmpty());
}

TEST_CASE("Malformed central URLs are refused without quoting the password", "[sync]")
{
    const char* bad[] = {
        "",
        "not a url",
        "mysql://u:pw-secret@host/db",
        "postgresql://u:pw-secret@/db",
        "postgresql://u:pw-secret@host",
        "postgresql://u:pw-secret@host/",
        "postgresql://u:pw-secret@host/a/b",
        "postgresql://u:pw-secret@host:0/db",
        "postgresql://u:pw-secret@host:99999/db",
        "postgresql://u:pw-secret@host/db?sslmode=sometimes",
        "postgresql://u:pw-secret@host/db?sslrootcert=",
        "postgresql://u:pw-secret@host/db?sslrootcert=a%3Bhost%3Devil",
        "postgresql://u:pw-secret@host/db?connect_timeout=soon",
        "postgresql://u:pw-secret@host/db?options=-c%20role%3Dpostgres",
        "postgresql://u:pw-secret@host/db?host=/tmp",
    };
    for (const char* text : bad) {
        INFO(text);
        auto url = CentralUrl::parse(QString::fromUtf8(text));
        REQUIRE_FALSE(url.ok());
        CHECK(url.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(url.message().isEmpty());
        CHECK_FALSE(url.message().contains(QStringLiteral("pw-secret")));
    }
}
