// SPDX-License-Identifier: GPL-3.0-or-later
// Number blocks leased from the central store during sync (issue #7 item 6): every device tops up
// its application, 受給者番号 and 受給者証番号 series before it runs out, the central ranges never
// overlap, and no number is ever issued twice across devices.
#include "../workspace/WorkspaceFixture.h"
#include "PgTestSupport.h"
#include "audit/AuditLog.h"
#include "intake/IntakeService.h"
#include "intake/NumberBlocks.h"
#include "ledger/RecipientNumbers.h"
#include "sync/SyncClient.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using intake::BlockOrigin;
using ledger::RecipientNumberKind;
using ledger::RecipientNumbers;
using sync::SyncClient;

namespace {

SyncClient clientOf(Workspace& workspace)
{
    return SyncClient(workspace.database(), workspace.audit(), workspace.authorizer(),
                      workspace.clock());
}

void enroll(test::Office& office, const test::ScratchCentral& central, const char* name)
{
    auto enrolled = clientOf(*office.admin)
                        .enroll(office.admin->session(), central.adminUrl(),
                                QString::fromUtf8(name), sync::DeviceKind::Outreach);
    INFO(enrolled.message().toStdString());
    REQUIRE(enrolled.ok());
}

sync::SyncSummary runSync(Workspace& workspace, const sync::SyncOptions& options)
{
    auto result = clientOf(workspace).run(workspace.session(), std::nullopt, options);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

struct Kind
{
    QString code;
    int length; // of an issued number (the body, for 受給者番号)
};

QList<Kind> allKinds()
{
    QList<Kind> kinds{
        {QString::fromUtf16(intake::IntakeService::kNumberKind), SyncClient::kApplicationDigits}};
    for (const security::Scope ledger : security::allScopes()) {
        kinds.append({RecipientNumbers::blockKind(RecipientNumberKind::RecipientNumber, ledger),
                      RecipientNumbers::kRecipientBodyDigits});
        kinds.append({RecipientNumbers::blockKind(RecipientNumberKind::CertificateNumber, ledger),
                      RecipientNumbers::kCertificateNumberDigits});
    }
    return kinds;
}

intake::NumberBlocks blocksOf(Workspace& workspace)
{
    return intake::NumberBlocks(workspace.database().connection(),
                                intake::NumberBlocks::localPrefixFor(workspace.audit().deviceId()),
                                workspace.clock());
}

qint64 centralLeft(Workspace& workspace, const QString& kind)
{
    auto blocks = blocksOf(workspace).blocks(kind);
    REQUIRE(blocks.ok());
    qint64 left = 0;
    for (const intake::NumberBlock& block : std::as_const(blocks.value())) {
        if (block.origin == BlockOrigin::Central)
            left += std::max<qint64>(0, block.remaining());
    }
    return left;
}

// Takes up to count numbers of kind offline; stops at the first refusal (the blocks ran out).
QStringList takeNumbers(Workspace& workspace, const QString& kind, int count)
{
    auto blocks = blocksOf(workspace);
    QStringList numbers;
    for (int i = 0; i < count; ++i) {
        auto number = blocks.take(kind);
        if (!number) {
            CHECK(number.code() == ErrorCode::NotFound);
            CHECK_FALSE(number.message().isEmpty());
            break;
        }
        numbers << number.value();
    }
    return numbers;
}

struct Lease
{
    QString device;
    qint64 first = 0;
    qint64 last = 0;
};

QHash<QString, QList<Lease>> centralLeases(const test::ScratchCentral& central)
{
    auto admin = central.admin();
    QSqlQuery query(admin->db());
    const bool ok = query.exec(QStringLiteral("SELECT series, device_id, first_value, last_value "
                                              "FROM madoguchi.number_block_leases ORDER BY "
                                              "series, first_value"));
    INFO(query.lastError().text().toStdString());
    REQUIRE(ok);
    QHash<QString, QList<Lease>> leases;
    while (query.next())
        leases[query.value(0).toString()].append(
            {query.value(1).toString(), query.value(2).toLongLong(), query.value(3).toLongLong()});
    return leases;
}

} // namespace

TEST_CASE("Two devices lease disjoint blocks of every series, and no number is issued twice",
          "[sync][pg][blocks]")
{
    test::ScratchCentral central;
    test::Office a;
    test::Office b;
    enroll(a, central, "訪問用1");
    enroll(b, central, "訪問用2");
    sync::SyncOptions options;
    options.applicationBlock = 8; // top up below 2
    options.recipientBlock = 8;
    const QList<Kind> kinds = allKinds();
    REQUIRE(kinds.size() == 9);

    QHash<QString, QString> issuedBy; // number (with its kind) → device that issued it
    int issued = 0;
    int refusals = 0;
    for (int round = 0; round < 3; ++round) {
        // Alternate who syncs first.
        Workspace& first = round % 2 == 0 ? *a.admin : *b.admin;
        Workspace& second = round % 2 == 0 ? *b.admin : *a.admin;
        for (Workspace* device : {&first, &second}) {
            const sync::SyncSummary summary = runSync(*device, options);
            CHECK(summary.blockProblems.isEmpty());
            if (round == 0)
                CHECK(summary.blocksLeased == 9);
            for (const Kind& kind : kinds)
                CHECK(centralLeft(*device, kind.code) >= 2);
        }
        // Offline: both devices issue numbers, more than a block holds over the rounds.
        for (Workspace* device : {&first, &second}) {
            for (const Kind& kind : kinds) {
                const qint64 before = centralLeft(*device, kind.code);
                const QStringList numbers = takeNumbers(*device, kind.code, 5);
                CHECK(numbers.size() == std::min<qint64>(5, before));
                refusals += numbers.size() < 5 ? 1 : 0;
                for (const QString& number : numbers) {
                    CHECK(number.size() == kind.length);
                    bool digits = false;
                    CHECK(number.toLongLong(&digits) >= 1);
                    CHECK(digits);
                    const QString key = kind.code + u':' + number;
                    INFO("issued twice: " << key.toStdString());
                    CHECK_FALSE(issuedBy.contains(key));
                    issuedBy.insert(key, device->audit().deviceId());
                    ++issued;
                }
            }
        }
    }
    CHECK(issuedBy.size() == issued);
    CHECK(issued >= 2 * 9 * 10);
    CHECK(refusals > 0); // some series ran dry offline, and the next sync refilled them
    QSet<QString> devices;
    for (const QString& device : std::as_const(issuedBy))
        devices.insert(device);
    CHECK(devices.size() == 2);

    // Centrally: both devices hold blocks of every series, and the ranges never overlap.
    const auto leases = centralLeases(central);
    for (const Kind& kind : kinds) {
        INFO(kind.code.toStdString());
        REQUIRE(leases.contains(kind.code));
        const QList<Lease>& series = leases.value(kind.code);
        QSet<QString> holders;
        for (qsizetype i = 0; i < series.size(); ++i) {
            holders.insert(series[i].device);
            CHECK(series[i].last - series[i].first + 1 == 8);
            if (i > 0)
                CHECK(series[i].first > series[i - 1].last);
        }
        CHECK(holders == QSet<QString>{a.admin->audit().deviceId(), b.admin->audit().deviceId()});
        // Each device recorded exactly the ranges leased to it, as central blocks.
        for (test::Office* office : {&a, &b}) {
            auto local = blocksOf(*office->admin).blocks(kind.code);
            REQUIRE(local.ok());
            QList<QPair<qint64, qint64>> mine;
            for (const Lease& lease : series) {
                if (lease.device == office->admin->audit().deviceId())
                    mine.append({lease.first, lease.last});
            }
            QList<QPair<qint64, qint64>> recorded;
            for (const intake::NumberBlock& block : std::as_const(local.value())) {
                CHECK(block.origin == BlockOrigin::Central);
                CHECK(block.prefix.isEmpty());
                recorded.append({block.first, block.last});
            }
            std::sort(recorded.begin(), recorded.end());
            CHECK(recorded == mine);
        }
    }
    // The blocks' journal rows (leases, and numbers taken) never wait to be sent after a sync.
    runSync(*a.admin, options);
    CHECK(clientOf(*a.admin).status().value().waitingChanges == 0);
    QSqlQuery waiting(a.admin->database().connection());
    REQUIRE(waiting.exec(QStringLiteral("SELECT count(*) FROM change_journal WHERE pushed_at IS "
                                        "NULL AND entity = 'number_block'")));
    REQUIRE(waiting.next());
    CHECK(waiting.value(0).toInt() == 0);
}

TEST_CASE("A device with plenty of numbers left leases nothing, one running low tops up",
          "[sync][pg][blocks]")
{
    test::ScratchCentral central;
    test::Office office;
    enroll(office, central, "窓口1");
    Workspace& device = *office.admin;
    sync::SyncOptions options;
    options.applicationBlock = 40; // top up below 10
    CHECK(runSync(device, options).blocksLeased == 9);
    // … and the 宛名番号 block leased at enrolment.
    const QVariant leasesBefore =
        central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.number_block_leases"));
    CHECK(leasesBefore.toInt() == 10);

    // Default block sizes elsewhere: 100 受給者番号 per block, top-up below 25.
    CHECK(centralLeft(device, RecipientNumbers::blockKind(RecipientNumberKind::RecipientNumber,
                                                          security::Scope::Devices)) == 100);
    CHECK(runSync(device, options).blocksLeased == 0);

    const QString application = QString::fromUtf16(intake::IntakeService::kNumberKind);
    CHECK(takeNumbers(device, application, 30).size() == 30); // 10 left: still enough
    const sync::SyncSummary plenty = runSync(device, options);
    CHECK(plenty.blocksLeased == 0);
    CHECK(plenty.blockProblems.isEmpty());
    CHECK(central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.number_block_leases"))
              .toInt() == 10);

    CHECK(takeNumbers(device, application, 1).size() == 1); // 9 left: below a quarter
    CHECK(runSync(device, options).blocksLeased == 1);
    CHECK(centralLeft(device, application) == 49);
    CHECK(central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.number_block_leases WHERE "
                                     "series = 'application'"))
              .toInt() == 2);
    // The audit record counts the blocks.
    QSqlQuery audit(device.database().connection());
    REQUIRE(audit.exec(QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE event = 'sync.run' AND purpose LIKE '%blocks=1'")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 1);
}

TEST_CASE("A revoked device gets no number block", "[sync][pg][blocks]")
{
    test::ScratchCentral central;
    test::Office office;
    enroll(office, central, "窓口1");
    auto client = clientOf(*office.admin);
    const QString deviceId = office.admin->audit().deviceId();
    REQUIRE(client.revoke(office.admin->session(), central.adminUrl(), deviceId).ok());
    auto result = client.run(office.admin->session());
    CHECK((result.code() == ErrorCode::Io || result.code() == ErrorCode::PermissionDenied));
    CHECK_FALSE(result.message().isEmpty());

    // A device marked revoked whose role can still sign in is refused by the functions.
    test::Office other;
    enroll(other, central, "窓口2");
    {
        auto admin = central.admin();
        QSqlQuery revoke(admin->db());
        REQUIRE(revoke.exec(QStringLiteral("UPDATE madoguchi.devices SET state = 'revoked', "
                                           "revoked_at = now() WHERE id = '%1'")
                                .arg(other.admin->audit().deviceId())));
        REQUIRE(revoke.numRowsAffected() == 1);
    }
    auto refused = clientOf(*other.admin).run(other.admin->session());
    CHECK(refused.code() == ErrorCode::PermissionDenied);
    CHECK_FALSE(refused.message().isEmpty());

    for (test::Office* device : {&office, &other}) {
        for (const Kind& kind : allKinds()) {
            auto blocks = blocksOf(*device->admin).blocks(kind.code);
            REQUIRE(blocks.ok());
            CHECK(blocks->isEmpty());
        }
    }
    // Only the 宛名番号 blocks of the two enrolments, before the revocations.
    CHECK(central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.number_block_leases "
                                     "WHERE series <> 'atena'"))
              .toInt() == 0);
    CHECK(central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.number_block_leases"))
              .toInt() == 2);
}

TEST_CASE("A series that reaches its largest number is cut there, then reported as exhausted",
          "[sync][pg][blocks]")
{
    test::ScratchCentral central;
    test::Office office;
    enroll(office, central, "窓口1");
    Workspace& device = *office.admin;
    sync::SyncOptions options;
    options.recipientBlock = 8; // top up below 2
    REQUIRE(runSync(device, options).blocksLeased == 9);
    const QString kind = RecipientNumbers::blockKind(RecipientNumberKind::RecipientNumber,
                                                     security::Scope::WelfareService);
    {
        auto admin = central.admin();
        QSqlQuery move(admin->db());
        REQUIRE(move.exec(QStringLiteral("UPDATE madoguchi.number_series SET next_value = 999995 "
                                         "WHERE series = '%1'")
                              .arg(kind)));
        REQUIRE(move.numRowsAffected() == 1);
    }
    CHECK(takeNumbers(device, kind, 7).size() == 7); // 1 left
    const sync::SyncSummary cut = runSync(device, options);
    CHECK(cut.blocksLeased == 1);
    CHECK(cut.blockProblems.isEmpty());
    CHECK(centralLeft(device, kind) == 1 + 5); // 999995–999999, not up to 1000002

    const QStringList last = takeNumbers(device, kind, 10);
    REQUIRE(last.size() == 6);
    CHECK(last.last() == QStringLiteral("999999"));
    // Every number issued is a valid 受給者番号 body.
    for (const QString& body : last)
        CHECK(RecipientNumbers::isValidRecipientNumber(
            QString(body + QChar(char16_t(u'0' + RecipientNumbers::checkDigit(body))))));

    const sync::SyncSummary exhausted = runSync(device, options);
    CHECK(exhausted.blocksLeased == 0);
    REQUIRE(exhausted.blockProblems.size() == 1);
    CHECK(exhausted.blockProblems.first().contains(QStringLiteral("受給者番号")));
    CHECK(centralLeft(device, kind) == 0);
    auto refused = blocksOf(device).take(kind);
    CHECK(refused.code() == ErrorCode::NotFound);
}
