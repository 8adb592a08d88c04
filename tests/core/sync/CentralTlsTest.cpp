// SPDX-License-Identifier: GPL-3.0-or-later
// TLS to the central store as production runs it (sslmode=verify-full, the city's CA in
// sslrootcert): the throwaway cluster serves a certificate for "localhost" signed by a test CA
// (tests/support/pg-cluster.sh), so a connection by that name verifies and is encrypted, while
// another host name or another CA is refused before anything is sent.
#include "PgTestSupport.h"

#include "sync/CentralConnection.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace madoguchi;

namespace {

QString stateFile(const QString& name)
{
    const QString dir = QFileInfo(qEnvironmentVariable("MADOGUCHI_TEST_PG_URL_FILE")).path();
    const QString path = dir + u'/' + name;
    INFO("the test cluster's CA file " << path.toStdString());
    REQUIRE(QFileInfo::exists(path));
    return path;
}

// The cluster's administrator URL with another host and the TLS options.
sync::CentralUrl tlsUrl(const QString& host, const QString& sslmode, const QString& caFile)
{
    QUrl url(test::clusterAdminUrl());
    url.setHost(host);
    QString text = url.toString() + QStringLiteral("?sslmode=") + sslmode;
    if (!caFile.isEmpty())
        text += QStringLiteral("&sslrootcert=") + caFile;
    auto parsed = sync::CentralUrl::parse(text);
    INFO(parsed.message().toStdString());
    REQUIRE(parsed.ok());
    return parsed.value();
}

} // namespace

TEST_CASE("verify-full with the city's CA and the certificate's name connects encrypted",
          "[sync][tls]")
{
    auto connection = sync::CentralConnection::open(tlsUrl(QStringLiteral("localhost"),
                                                           QStringLiteral("verify-full"),
                                                           stateFile(QStringLiteral("ca.crt"))));
    INFO(connection.message().toStdString());
    REQUIRE(connection.ok());
    QSqlQuery query(connection.value()->db());
    REQUIRE(query.exec(
        QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    REQUIRE(query.next());
    CHECK(query.value(0).toBool());
    CHECK(query.value(1).toString().startsWith(QStringLiteral("TLSv1.")));
}

TEST_CASE("verify-full refuses a server whose certificate names another host", "[sync][tls]")
{
    // The certificate says "localhost"; the address says 127.0.0.1: the same server, but the
    // name does not match, as with a man in the middle holding a certificate for another name.
    auto connection = sync::CentralConnection::open(tlsUrl(QStringLiteral("127.0.0.1"),
                                                           QStringLiteral("verify-full"),
                                                           stateFile(QStringLiteral("ca.crt"))));
    REQUIRE_FALSE(connection.ok());
    CHECK(connection.error().code == ErrorCode::Io);
    CHECK(connection.message().contains(QStringLiteral("certificate")));
    CHECK_FALSE(connection.message().contains(QStringLiteral("madoguchi_admin:")));
}

TEST_CASE("verify-full refuses a certificate from another CA", "[sync][tls]")
{
    auto connection = sync::CentralConnection::open(
        tlsUrl(QStringLiteral("localhost"), QStringLiteral("verify-full"),
               stateFile(QStringLiteral("other-ca.crt"))));
    REQUIRE_FALSE(connection.ok());
    CHECK(connection.message().contains(QStringLiteral("certificate")));
}

TEST_CASE("verify-full without the CA file is refused, not silently unverified", "[sync][tls]")
{
    auto connection = sync::CentralConnection::open(
        tlsUrl(QStringLiteral("localhost"), QStringLiteral("verify-full"),
               QStringLiteral("/nonexistent/madoguchi-ca.crt")));
    REQUIRE_FALSE(connection.ok());
    CHECK(connection.error().code == ErrorCode::Io);
}

TEST_CASE("sslmode=disable is unencrypted: only where the address says so", "[sync][tls]")
{
    auto connection = sync::CentralConnection::open(
        tlsUrl(QStringLiteral("localhost"), QStringLiteral("disable"), QString()));
    INFO(connection.message().toStdString());
    REQUIRE(connection.ok());
    QSqlQuery query(connection.value()->db());
    REQUIRE(query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    REQUIRE(query.next());
    CHECK_FALSE(query.value(0).toBool());
}
