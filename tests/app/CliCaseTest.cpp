// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli device assign / unassign / cases (outreach data minimization, issue #7) against
// the throwaway cluster.
#include "CliTestSupport.h"
#include "PgTestSupport.h"

#include <QSqlQuery>

using namespace madoguchi;
using namespace madoguchi::clitest;

namespace {

// A person row pushed by a counter workstation, as the centre holds it.
QString pushPerson(const test::ScratchCentral& central, const QString& counterId)
{
    const QString person = QStringLiteral("0197a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    auto admin = central.admin();
    QSqlQuery push(admin->db());
    push.prepare(QStringLiteral("SELECT madoguchi.push_changes_as(?, CAST(? AS jsonb))"));
    push.addBindValue(counterId);
    push.addBindValue(
        QStringLiteral("[{\"device_seq\": 1, \"change_id\": \"c1\", \"entity\": \"person\", "
                       "\"entity_id\": \"%1\", \"operation\": \"insert\", \"version\": 1, "
                       "\"base_version\": 0, \"payload\": {\"atena_number\": \"1\"}, "
                       "\"changed_at\": \"2025-07-18T00:00:00.000Z\"}]")
            .arg(person));
    REQUIRE(push.exec());
    return person;
}

} // namespace

TEST_CASE("device assign, cases and unassign from the command line", "[cli][sync][pg]")
{
    test::ScratchCentral central;
    const QByteArray url = central.adminUrlText().toUtf8();
    const QString password = central.adminUrl().password;
    const auto counter = central.enrollDevice(QStringLiteral("窓口"), sync::DeviceKind::Counter);
    const auto outreach = central.enrollDevice(QStringLiteral("訪問"), sync::DeviceKind::Outreach);
    const QByteArray person = pushPerson(central, counter.deviceId).toUtf8();
    const QByteArray device = outreach.deviceId.toUtf8();
    Fixture fx;
    // Two CLI sign-ins per account (Fixture::code() guarantees two within 30 s).
    fx.addStaff({deputy(), {QStringLiteral("chief"), str(kClerkName), {Role::Administrator}, {}}});

    // Usage errors come before any sign-in.
    const Run noPerson =
        cli(fx.args({"device", "assign", "--url", url.constData(), "--device", device.constData()}),
            {.password = {}});
    CHECK(noPerson.exitCode == 2);
    CHECK(noPerson.err.contains(QStringLiteral("--person")));
    const Run noUrl =
        cli(fx.args({"device", "cases", "--device", device.constData()}), {.password = {}});
    CHECK(noUrl.exitCode == 2);

    const Run assigned =
        fx.asAdmin({"--json", "device", "assign", "--url", url.constData(), "--device",
                    device.constData(), "--person", person.constData()});
    INFO(assigned.err.toStdString());
    REQUIRE(assigned.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(assigned.out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("rows_queued")).toInt() == 1);
    CHECK_FALSE(assigned.out.contains(password));

    const Run listed = fx.asAdmin(
        {"--json", "device", "cases", "--url", url.constData(), "--device", device.constData()});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray cases = QJsonDocument::fromJson(listed.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("cases"))
                                 .toArray();
    REQUIRE(cases.size() == 1);
    CHECK(cases.at(0).toObject().value(QStringLiteral("person_id")).toString() ==
          QString::fromUtf8(person));
    CHECK_FALSE(cases.at(0).toObject().value(QStringLiteral("automatic")).toBool());

    const Run unassigned =
        fx.as(QStringLiteral("deputy"), {"device", "unassign", "--url", url.constData(), "--device",
                                         device.constData(), "--person", person.constData()});
    INFO(unassigned.err.toStdString());
    CHECK(unassigned.exitCode == 0);
    CHECK(unassigned.out.contains(QString::fromUtf8(person)));
    // Not assigned any more: the answer is "no".
    const Run again =
        fx.as(QStringLiteral("deputy"), {"device", "unassign", "--url", url.constData(), "--device",
                                         device.constData(), "--person", person.constData()});
    CHECK(again.exitCode == 1);
    // A counter workstation holds every case: assigning to it is refused.
    const QByteArray counterId = counter.deviceId.toUtf8();
    const Run toCounter =
        fx.as(QStringLiteral("chief"), {"device", "assign", "--url", url.constData(), "--device",
                                        counterId.constData(), "--person", person.constData()});
    CHECK(toCounter.exitCode == 2);
    CHECK_FALSE(toCounter.err.isEmpty());
    CHECK_FALSE(toCounter.err.contains(password));
}
