// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli sync export-package, sync import-package (at the office) and sync import-reply
// against the throwaway cluster.
#include "CliTestSupport.h"
#include "PgTestSupport.h"

using namespace madoguchi;
using namespace madoguchi::clitest;

TEST_CASE("Sync by file from the command line: package, office reply, reply read once",
          "[cli][sync][pg]")
{
    test::ScratchCentral central;
    const QByteArray url = central.adminUrlText().toUtf8();
    const QString password = central.adminUrl().password;
    Fixture device;
    // Each account signs in at most twice here (see Fixture::code()).
    device.addStaff(
        {deputy(), {QStringLiteral("outreach"), str(kClerkName), {Role::Outreach}, {}}});
    Fixture office;

    const Run enrolled = device.asAdmin(
        {"device", "enroll", "--url", url.constData(), "--name", "訪問 1", "--kind", "outreach"});
    INFO(enrolled.err.toStdString());
    REQUIRE(enrolled.exitCode == 0);

    // Usage errors come before any sign-in.
    CHECK(cli(device.args({"sync", "export-package"}), {.password = {}}).exitCode == 2);
    CHECK(cli(device.args({"sync", "import-reply"}), {.password = {}}).exitCode == 2);
    CHECK(cli(office.args({"sync", "import-package", "--url", url.constData(), "--out", "x"}),
              {.password = {}})
              .exitCode == 2);

    const QByteArray package = device.dir.filePath(QStringLiteral("p.mdgsync")).toUtf8();
    const QByteArray reply = office.dir.filePath(QStringLiteral("p.mdgreply")).toUtf8();
    const Run exported = device.asAdmin({"sync", "export-package", "--out", package.constData()});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("sync package 1")));
    CHECK(QFile::exists(QString::fromUtf8(package)));

    const Run imported =
        office.asAdmin({"--json", "sync", "import-package", "--url", url.constData(), "--in",
                        package.constData(), "--out", reply.constData()});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK_FALSE(imported.out.contains(password));
    const QJsonObject summary = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    CHECK(summary.value(QStringLiteral("package_seq")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("complete")).toBool());
    CHECK(summary.value(QStringLiteral("blocks")).toInt() > 0);
    CHECK(QFile::exists(QString::fromUtf8(reply)));

    const Run read = device.as(QStringLiteral("deputy"),
                               {"--json", "sync", "import-reply", "--in", reply.constData()});
    INFO(read.err.toStdString());
    REQUIRE(read.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(read.out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("package_seq")).toInt() == 1);
    CHECK(result.value(QStringLiteral("blocks_leased")).toInt() ==
          summary.value(QStringLiteral("blocks")).toInt());

    // Read again: refused in one line, nothing changes.
    const Run again =
        device.as(QStringLiteral("deputy"), {"sync", "import-reply", "--in", reply.constData()});
    CHECK(again.exitCode != 0);
    requireOneLineError(again);
    CHECK(again.err.contains(QStringLiteral("read already")));

    // The package given as a reply: a plain error.
    const Run wrongKind = device.as(QStringLiteral("outreach"),
                                    {"sync", "import-reply", "--in", package.constData()});
    CHECK(wrongKind.exitCode == 2);
    requireOneLineError(wrongKind);
}
