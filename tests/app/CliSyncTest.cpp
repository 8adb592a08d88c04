// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli central migrate, device enroll/revoke and sync against the throwaway cluster.
#include "CliTestSupport.h"
#include "PgTestSupport.h"

using namespace madoguchi;
using namespace madoguchi::clitest;

TEST_CASE("central migrate sets up the central store and says when it is up to date",
          "[cli][sync][pg]")
{
    test::ScratchCentral central(false);
    const QString url = central.adminUrlText();
    const QString password = central.adminUrl().password;
    const Run first =
        cli({QStringLiteral("central"), QStringLiteral("migrate"), QStringLiteral("--url"), url},
            {.password = {}});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("from schema 0 to")));
    CHECK_FALSE(first.out.contains(password));
    const Run again = cli({QStringLiteral("--json"), QStringLiteral("central"),
                           QStringLiteral("migrate"), QStringLiteral("--url"), url},
                          {.password = {}});
    REQUIRE(again.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(again.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("from_version")).toInt() >= 1);
    CHECK(json.value(QStringLiteral("version")) == json.value(QStringLiteral("from_version")));

    // Usage errors: no URL, a malformed one (never echoed), a wrong password.
    const Run noUrl = cli({QStringLiteral("central"), QStringLiteral("migrate")}, {.password = {}});
    CHECK(noUrl.exitCode == 2);
    const Run bad =
        cli({QStringLiteral("central"), QStringLiteral("migrate"), QStringLiteral("--url"),
             QStringLiteral("mysql://admin:hunter2-secret@host/db")},
            {.password = {}});
    CHECK(bad.exitCode == 2);
    CHECK_FALSE(bad.err.contains(QStringLiteral("hunter2-secret")));
    QString wrong = url;
    wrong.replace(password, QStringLiteral("wrong-password-123"));
    const Run refused =
        cli({QStringLiteral("central"), QStringLiteral("migrate"), QStringLiteral("--url"), wrong},
            {.password = {}});
    CHECK(refused.exitCode == 4);
    CHECK_FALSE(refused.err.contains(QStringLiteral("wrong-password-123")));
    CHECK(refused.err.contains(QStringLiteral("could not be reached")));
}

TEST_CASE("device enroll, sync and device revoke from the command line", "[cli][sync][pg]")
{
    test::ScratchCentral central;
    const QByteArray url = central.adminUrlText().toUtf8();
    const QString password = central.adminUrl().password;
    Fixture fx;
    // Each account signs in at most twice here (see Fixture::code()).
    fx.addStaff({deputy(), {QStringLiteral("outreach"), str(kClerkName), {Role::Outreach}, {}}});

    const Run enrolled = fx.asAdmin({"--json", "device", "enroll", "--url", url.constData(),
                                     "--name", "窓口 1", "--kind", "counter"});
    INFO(enrolled.err.toStdString());
    REQUIRE(enrolled.exitCode == 0);
    const QJsonObject device = QJsonDocument::fromJson(enrolled.out.toUtf8()).object();
    const QString deviceId = device.value(QStringLiteral("device_id")).toString();
    CHECK(deviceId.size() == 36);
    CHECK(device.value(QStringLiteral("kind")).toString() == QStringLiteral("counter"));
    CHECK_FALSE(enrolled.out.contains(password));
    CHECK(central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.devices")).toInt() == 1);

    // A bad --kind is a usage error before anything is asked of anyone.
    const Run badKind = cli(
        fx.args({"device", "enroll", "--url", url.constData(), "--name", "x", "--kind", "laptop"}),
        {.password = {}});
    CHECK(badKind.exitCode == 2);

    // The device syncs with its own credentials and the stored address: no --url needed.
    const Run synced = fx.asAdmin({"sync"});
    INFO(synced.err.toStdString());
    REQUIRE(synced.exitCode == 0);
    CHECK(synced.out.contains(QStringLiteral("changes sent")));
    // The first sync leases number blocks of every series from the central store.
    CHECK(synced.out.contains(QStringLiteral("new block")));
    CHECK(central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.number_block_leases"))
              .toInt() > 0);
    // The device was seen; this database holds only device-local rows (staff accounts, settings,
    // keys), and none of them reach the central store.
    CHECK(central.scalar(QStringLiteral("SELECT last_seen_at IS NOT NULL FROM madoguchi.devices"))
              .toBool());
    CHECK(central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log")).toInt() == 0);
    const Run json = fx.as(QStringLiteral("deputy"), {"--json", "sync", "--url", url.constData()});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(summary.contains(QStringLiteral("pushed")));
    CHECK(summary.value(QStringLiteral("conflicts")).toInt() == 0);
    CHECK(summary.value(QStringLiteral("blocks_leased")).toInt() == 0); // plenty left
    CHECK(summary.value(QStringLiteral("block_problems")).toArray().isEmpty());

    const QByteArray id = deviceId.toUtf8();
    const Run revoked = fx.as(QStringLiteral("deputy"),
                              {"device", "revoke", id.constData(), "--url", url.constData()});
    INFO(revoked.err.toStdString());
    REQUIRE(revoked.exitCode == 0);
    const Run refused = fx.as(QStringLiteral("outreach"), {"sync"});
    CHECK((refused.exitCode == 3 || refused.exitCode == 4));
    CHECK_FALSE(refused.err.isEmpty());
    CHECK_FALSE(refused.err.contains(password));
}
