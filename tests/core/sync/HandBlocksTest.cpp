// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-leased number blocks share the number space with the central series
// (resources/migrations/central/0007_hand_blocks.sql, core/sync/HandBlocks): a sync reports them,
// the central store never hands their numbers out again, and a block that overlaps numbers
// handed out already stops issuing.
#include "sync/HandBlocks.h"
#include "../workspace/WorkspaceFixture.h"
#include "PgTestSupport.h"
#include "intake/NumberBlocks.h"
#include "ledger/RecipientNumbers.h"
#include "registry/PersonRegistry.h"
#include "sync/SyncClient.h"

#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using intake::BlockOrigin;
using ledger::RecipientNumberKind;
using ledger::RecipientNumbers;
using sync::HandBlocks;
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
                                QString::fromUtf8(name), sync::DeviceKind::Counter);
    INFO(enrolled.message().toStdString());
    REQUIRE(enrolled.ok());
}

sync::SyncSummary runSync(Workspace& workspace)
{
    auto result = clientOf(workspace).run(workspace.session());
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

intake::NumberBlocks blocksOf(Workspace& workspace)
{
    return intake::NumberBlocks(workspace.database().connection(),
                                intake::NumberBlocks::localPrefixFor(workspace.audit().deviceId()),
                                workspace.clock());
}

QString welfareRecipientSeries()
{
    return RecipientNumbers::blockKind(RecipientNumberKind::RecipientNumber,
                                       security::Scope::WelfareService);
}

// Every central range of series with its device.
QList<std::pair<qint64, qint64>> centralRanges(const test::ScratchCentral& central,
                                               const QString& series)
{
    auto admin = central.admin();
    QSqlQuery query(admin->db());
    REQUIRE(query.exec(QStringLiteral("SELECT first_value, last_value FROM "
                                      "madoguchi.number_block_leases WHERE series = '%1' ORDER "
                                      "BY first_value")
                           .arg(series)));
    QList<std::pair<qint64, qint64>> ranges;
    while (query.next())
        ranges.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return ranges;
}

} // namespace

TEST_CASE("A hand block's numbers read as the central series' numbers", "[sync][blocks]")
{
    qint64 first = 0;
    qint64 last = 0;
    // "12" + 4 digits: the 受給者番号 bodies 120001 … 129999.
    REQUIRE(HandBlocks::centralRange(QStringLiteral("12"), 4, 1, 9999, 6, &first, &last));
    CHECK(first == 120001);
    CHECK(last == 129999);
    REQUIRE(HandBlocks::centralRange(QString(), 6, 5, 50, 6, &first, &last));
    CHECK(first == 5);
    CHECK(last == 50);
    // Other lengths, letters (the local "L…-" blocks) and ranges wider than the digits cannot
    // be the series' numbers.
    CHECK_FALSE(HandBlocks::centralRange(QStringLiteral("12"), 5, 1, 10, 6, &first, &last));
    CHECK_FALSE(HandBlocks::centralRange(QStringLiteral("L3F09A2-"), 7, 1, 10, 8, &first, &last));
    CHECK_FALSE(HandBlocks::centralRange(QStringLiteral("1"), 5, 1, 100000, 6, &first, &last));
    CHECK_FALSE(HandBlocks::centralRange(QStringLiteral("1２"), 4, 1, 10, 6, &first, &last));
}

TEST_CASE("The central store never hands out a hand-leased block's numbers", "[sync][pg][blocks]")
{
    test::ScratchCentral central;
    const QString series = welfareRecipientSeries();
    // Device A got 受給者番号 bodies 120001–120100 by hand before it was enrolled.
    test::Office a;
    REQUIRE(
        blocksOf(*a.admin).lease(series, QStringLiteral("12"), 4, 1, 100, BlockOrigin::Local).ok());
    enroll(a, central, "窓口1");
    runSync(*a.admin);
    CHECK(central
              .scalar(QStringLiteral("SELECT next_value FROM madoguchi.number_series WHERE "
                                     "series = '%1'")
                          .arg(series))
              .toLongLong() > 120100);
    // Reported once: a second sync records nothing new.
    const auto afterFirst = centralRanges(central, series);
    runSync(*a.admin);
    CHECK(centralRanges(central, series).size() == afterFirst.size());

    // Device B, enrolled later, is handed numbers past the hand block only.
    test::Office b;
    enroll(b, central, "窓口2");
    runSync(*b.admin);
    auto blocks = blocksOf(*b.admin).blocks(series);
    REQUIRE(blocks.ok());
    REQUIRE_FALSE(blocks->isEmpty());
    for (const intake::NumberBlock& block : blocks.value())
        CHECK(block.first > 120100);
    // No two central ranges overlap (the hand block is one of them).
    const auto ranges = centralRanges(central, series);
    CHECK(ranges.contains(std::pair<qint64, qint64>(120001, 120100)));
    for (int i = 1; i < ranges.size(); ++i)
        CHECK(ranges.at(i).first > ranges.at(i - 1).second);
}

TEST_CASE("A hand block that overlaps numbers handed out already stops issuing",
          "[sync][pg][blocks]")
{
    test::ScratchCentral central;
    const QString series = welfareRecipientSeries();
    test::Office b;
    enroll(b, central, "窓口2");
    runSync(*b.admin); // B holds central bodies from 000001 on

    test::Office a;
    REQUIRE(blocksOf(*a.admin).lease(series, QString(), 6, 1, 50, BlockOrigin::Local).ok());
    enroll(a, central, "窓口1");
    const sync::SyncSummary summary = runSync(*a.admin);
    REQUIRE(summary.blockProblems.size() == 1);
    CHECK(summary.blockProblems.first().contains(QStringLiteral("1–50")));
    // A issues from its central block now, never from the hand block.
    auto blocks = blocksOf(*a.admin).blocks(series);
    REQUIRE(blocks.ok());
    for (const intake::NumberBlock& block : blocks.value()) {
        if (block.origin == BlockOrigin::Local)
            CHECK(block.remaining() == 0);
    }
    auto taken = blocksOf(*a.admin).take(series);
    REQUIRE(taken.ok());
    CHECK(taken->toLongLong() > 50);
}

TEST_CASE("Enrolled devices give 宛名番号 from central blocks, never the same one twice",
          "[sync][pg][blocks]")
{
    test::ScratchCentral central;
    const auto registerOne = [](Workspace& workspace, const QString& givenKana) {
        registry::PersonRegistry registry(workspace.database().connection(), workspace.audit(),
                                          workspace.authorizer(), workspace.clock());
        registry::PersonDraft draft;
        draft.familyName = QStringLiteral("山田");
        draft.givenName = QStringLiteral("太郎");
        draft.familyKana = QStringLiteral("ヤマダ");
        draft.givenKana = givenKana;
        draft.birthDate = QDate(1970, 1, 1);
        draft.sex = QStringLiteral("male");
        draft.postalCode = QStringLiteral("100-0001");
        draft.address = QStringLiteral("東京都千代田区1-1");
        auto registered = registry.registerPerson(workspace.session(), draft,
                                                  registry::DuplicateCheck::ConfirmNotDuplicate);
        INFO(registered.message().toStdString());
        REQUIRE(registered.ok());
        auto person = registry.get(workspace.session(), registered->personId);
        REQUIRE(person.ok());
        return person->person.atenaNumber;
    };
    const auto clerkOf = [](test::Office& office) {
        office.addAccount(QStringLiteral("clerk"), QStringLiteral("窓口 花子"),
                          {security::Role::Clerk}, {security::Scope::WelfareService});
        auto clerk = office.signIn(QStringLiteral("clerk"));
        INFO(clerk.message().toStdString());
        REQUIRE(clerk.ok());
        return std::move(clerk).value();
    };
    // Standalone: counting on from the device's own numbers, as before.
    test::Office standalone;
    CHECK(registerOne(*clerkOf(standalone), QStringLiteral("イチロウ")) ==
          QStringLiteral("1000000001"));

    // Two devices enrolled and offline before their first sync: each has its first block from
    // enrolment, and the two never meet.
    test::Office a;
    test::Office b;
    enroll(a, central, "窓口1");
    enroll(b, central, "窓口2");
    const std::unique_ptr<Workspace> clerkA = clerkOf(a);
    const std::unique_ptr<Workspace> clerkB = clerkOf(b);
    QSet<QString> numbers;
    for (int i = 0; i < 5; ++i) {
        for (Workspace* device : {clerkA.get(), clerkB.get()}) {
            static const QStringList kana{QStringLiteral("タロウ"), QStringLiteral("ジロウ"),
                                          QStringLiteral("サブロウ"), QStringLiteral("シロウ"),
                                          QStringLiteral("ゴロウ")};
            const QString number = registerOne(*device, kana.at(i));
            CHECK(number.size() == 10);
            CHECK(number.toLongLong() >= 2000000001LL);
            numbers.insert(number);
        }
    }
    CHECK(numbers.size() == 10);

    // A device enrolled while the server was gone has no block yet: it says to sync first.
    test::Office late;
    {
        QSqlQuery fake(late.admin->database().connection());
        REQUIRE(fake.exec(QStringLiteral(
            "INSERT INTO sync_enrolment (singleton, device_id, device_name, kind, central_url, "
            "role_name, sealed_password, enrolled_at) VALUES (1, 'x', 'x', 'counter', 'x', 'x', "
            "x'00', '2026-01-01T00:00:00Z')")));
    }
    const std::unique_ptr<Workspace> lateClerk = clerkOf(late);
    registry::PersonRegistry registry(lateClerk->database().connection(), lateClerk->audit(),
                                      lateClerk->authorizer(), lateClerk->clock());
    registry::PersonDraft draft;
    draft.familyName = QStringLiteral("山田");
    draft.givenName = QStringLiteral("花子");
    draft.familyKana = QStringLiteral("ヤマダ");
    draft.givenKana = QStringLiteral("ハナコ");
    draft.birthDate = QDate(1980, 1, 1);
    draft.sex = QStringLiteral("female");
    draft.postalCode = QStringLiteral("100-0001");
    draft.address = QStringLiteral("東京都千代田区1-1");
    auto refused = registry.registerPerson(lateClerk->session(), draft);
    CHECK(refused.code() == ErrorCode::NotFound);
    CHECK(refused.message().contains(QStringLiteral("宛名番号")));
}
