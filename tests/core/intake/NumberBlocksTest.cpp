// SPDX-License-Identifier: GPL-3.0-or-later
// Application numbers come from number blocks: each number once, in order, also across a
// rollback; a standalone device leases its next local block itself, a synced one must sync.
#include "intake/NumberBlocks.h"
#include "IntakeTestSupport.h"
#include "WorkspaceFixture.h"
#include "store/Transaction.h"

#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::intake;
using test::Office;

namespace {

const QString kKind = QStringLiteral("application");

} // namespace

TEST_CASE("Numbers from a block are sequential and unique; a standalone device leases the next "
          "local block itself",
          "[intake][numbers]")
{
    Office office;
    Workspace& ws = *office.admin;
    const QString prefix = NumberBlocks::localPrefixFor(ws.audit().deviceId());
    CHECK(prefix.size() == 8);
    CHECK(prefix.startsWith(u'L'));
    CHECK(prefix.endsWith(u'-'));
    NumberBlocks blocks(ws.database().connection(), prefix, office.clock, 3);

    QStringList numbers;
    QSet<QString> seen;
    for (int i = 0; i < 7; ++i) {
        auto number = blocks.take(kKind);
        INFO(number.message().toStdString());
        REQUIRE(number.ok());
        numbers << number.value();
        seen.insert(number.value());
    }
    CHECK(seen.size() == 7);
    CHECK(numbers.first() == prefix + QStringLiteral("0000001"));
    CHECK(numbers.last() == prefix + QStringLiteral("0000007"));
    for (int i = 0; i < numbers.size(); ++i)
        CHECK(numbers.at(i) == prefix + QString::number(i + 1).rightJustified(7, u'0'));

    auto list = blocks.blocks(kKind);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3); // 1–3, 4–6, 7–9
    CHECK(list->at(0).first == 1);
    CHECK(list->at(0).remaining() == 0);
    CHECK(list->at(1).first == 4);
    CHECK(list->at(2).last == 9);
    CHECK(list->at(2).remaining() == 2);
    CHECK(list->at(2).origin == BlockOrigin::Local);
    // Each block and each number taken is in the change journal (the sync outbox).
    CHECK(test::count(ws, QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                         "'number_block'")) == 3 + 7);
}

TEST_CASE("A used-up central block stops with a clear error instead of inventing numbers",
          "[intake][numbers]")
{
    Office office;
    Workspace& ws = *office.admin;
    NumberBlocks blocks(ws.database().connection(), QStringLiteral("LTEST-"), office.clock, 5);
    REQUIRE(blocks.lease(kKind, QStringLiteral("R7-"), 6, 101, 102, BlockOrigin::Central).ok());

    CHECK(blocks.take(kKind).value() == QStringLiteral("R7-000101"));
    CHECK(blocks.take(kKind).value() == QStringLiteral("R7-000102"));
    auto exhausted = blocks.take(kKind);
    REQUIRE_FALSE(exhausted.ok());
    CHECK(exhausted.code() == ErrorCode::NotFound);
    CHECK(exhausted.message().contains(QStringLiteral("Synchronize")));
    // No local block was made behind the central store's back.
    CHECK(blocks.blocks(kKind)->size() == 1);

    // A newly leased block serves again; a central block is used before an open local one.
    REQUIRE(blocks.lease(kKind, QStringLiteral("R7-"), 6, 500, 599, BlockOrigin::Central).ok());
    CHECK(blocks.take(kKind).value() == QStringLiteral("R7-000500"));
}

TEST_CASE("Overlapping or impossible number blocks are refused", "[intake][numbers]")
{
    Office office;
    Workspace& ws = *office.admin;
    NumberBlocks blocks(ws.database().connection(), QStringLiteral("LTEST-"), office.clock);
    REQUIRE(blocks.lease(kKind, QStringLiteral("R7-"), 6, 100, 199, BlockOrigin::Central).ok());

    auto overlap = blocks.lease(kKind, QStringLiteral("R7-"), 6, 150, 250, BlockOrigin::Central);
    CHECK(overlap.code() == ErrorCode::InvalidInput);
    CHECK(overlap.message().contains(QStringLiteral("overlaps")));
    // The same range under another prefix is another set of numbers.
    CHECK(blocks.lease(kKind, QStringLiteral("R8-"), 6, 150, 250, BlockOrigin::Central).ok());
    CHECK(blocks.lease(kKind, QStringLiteral("R7-"), 2, 1, 100, BlockOrigin::Central).code() ==
          ErrorCode::InvalidInput); // 100 does not fit in 2 digits
    CHECK(blocks.lease(kKind, QStringLiteral("R7-"), 6, 20, 10, BlockOrigin::Central).code() ==
          ErrorCode::InvalidInput);
    // No prefix at all (a null string, as callers pass) is an empty prefix, not a failure.
    CHECK(blocks.lease(QStringLiteral("plain"), QString(), 6, 1, 10, BlockOrigin::Central).ok());
    CHECK(blocks.lease(kKind, QStringLiteral("R 7"), 6, 1, 10, BlockOrigin::Central).code() ==
          ErrorCode::InvalidInput);
}

TEST_CASE("A number taken in a transaction that rolls back is taken again, never twice",
          "[intake][numbers]")
{
    Office office;
    Workspace& ws = *office.admin;
    QSqlDatabase db = ws.database().connection();
    NumberBlocks blocks(db, QStringLiteral("LTEST-"), office.clock, 10);
    QString rolledBack;
    {
        store::Transaction transaction(db);
        auto number = blocks.take(kKind);
        REQUIRE(number.ok());
        rolledBack = number.value();
    } // no commit: the application that would carry it was not stored
    auto again = blocks.take(kKind);
    REQUIRE(again.ok());
    CHECK(again.value() == rolledBack);
    CHECK(blocks.take(kKind).value() != rolledBack);

    // The database itself refuses to move a block backwards.
    QSqlQuery query(db);
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE number_block SET next_number = 1")));
}
