// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate candidates found after a pull: the registry's own check against local records, each
// pair once, settled by an administrator (merge or "not the same person").
#include "registry/DuplicateCandidates.h"
#include "RegistryFixture.h"
#include "store/Uuid7.h"

#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::registry;
using test::RegistryDesk;

namespace {

DuplicateCandidates candidatesOf(Workspace& workspace)
{
    return DuplicateCandidates(workspace.database().connection(), workspace.audit(),
                               workspace.authorizer(), workspace.clock());
}

// A My Number row with a given blind index, as a pull would write it (no number behind it: the
// check compares indexes only).
QString addNumberRow(RegistryDesk& desk, const QString& person, const QByteArray& index)
{
    const QString id = store::newUuid7();
    QSqlQuery insert(desk.clerk->database().connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO person_mynumber (id, version, person_id, sealed, blind_index, last4, source, "
        "number_check, identity_check, recorded_at, recorded_by) VALUES (?, 1, ?, ?, ?, '1234', "
        "'counter', 'mynumber_card', 'drivers_license', '2025-07-18T09:00:00.000Z', "
        "'account-on-another-device')"));
    insert.addBindValue(id);
    insert.addBindValue(person);
    insert.addBindValue(QByteArray(69, '\x02'));
    insert.addBindValue(index);
    REQUIRE(insert.exec());
    return id;
}

int auditCount(RegistryDesk& desk)
{
    return desk.count(QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE event = 'person.duplicate_candidate'"));
}

} // namespace

TEST_CASE("Records a pull brought are checked against local ones, each pair once",
          "[registry][duplicates]")
{
    RegistryDesk desk;
    const QString first = desk.add(RegistryDesk::draft());
    PersonDraft sameKana = RegistryDesk::draft();
    sameKana.givenName = QStringLiteral("太朗"); // another kanji, the same kana and birth date
    const QString second = desk.add(sameKana);
    PersonDraft other = RegistryDesk::draft();
    other.familyKana = QStringLiteral("スズキ");
    other.birthDate = QDate(1990, 1, 1);
    const QString third = desk.add(other);
    other.familyKana = QStringLiteral("サトウ");
    other.birthDate = QDate(1991, 1, 1);
    const QString fourth = desk.add(other);
    const QByteArray index(32, '\x5a');
    addNumberRow(desk, third, index);
    const QString fourthNumber = addNumberRow(desk, fourth, index);

    DuplicateCandidates candidates = candidatesOf(*desk.clerk);
    auto found = candidates.detectAfterPull({second});
    INFO(found.message().toStdString());
    REQUIRE(found.ok());
    CHECK(found.value() == 1);
    // The pair once, whatever the order; unknown ids are skipped.
    CHECK(candidates.detectAfterPull({first, second}).value() == 0);
    CHECK(candidates.detectAfterPull({QStringLiteral("no-such-id"), QString()}).value() == 0);
    // A pulled My Number row stands for its person: same index, different kana.
    CHECK(candidates.detectAfterPull({fourthNumber}).value() == 1);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM duplicate_candidate")) == 2);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM duplicate_candidate WHERE "
                                    "person_low >= person_high")) == 0);
    CHECK(auditCount(desk) == 2);
    // Not journaled: it never syncs.
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                    "'duplicate_candidate'")) == 0);

    // An administrator's list.
    CHECK(candidates.list(desk.clerk->session()).code() == ErrorCode::PermissionDenied);
    Workspace& admin = *desk.office.admin;
    DuplicateCandidates asAdmin = candidatesOf(admin);
    auto pairs = asAdmin.list(admin.session());
    REQUIRE(pairs.ok());
    REQUIRE(pairs->size() == 2);
    QString kanaPair;
    QString numberPair;
    for (const DuplicatePair& pair : pairs.value()) {
        const QSet<QString> ids{pair.first.id, pair.second.id};
        CHECK(pair.state == QStringLiteral("open"));
        if (pair.reason == DuplicateReason::SameMyNumber) {
            CHECK(ids == QSet<QString>{third, fourth});
            numberPair = pair.id;
        } else {
            CHECK(ids == QSet<QString>{first, second});
            CHECK(pair.first.familyKana == QStringLiteral("ヤマダ"));
            kanaPair = pair.id;
        }
    }
    REQUIRE_FALSE(kanaPair.isEmpty());
    REQUIRE_FALSE(numberPair.isEmpty());
    CHECK(DuplicateCandidates::reasonCode(DuplicateReason::SameMyNumber) ==
          QStringLiteral("same_mynumber"));
    CHECK_FALSE(DuplicateCandidates::reasonLabel(DuplicateReason::SameMyNumber).isEmpty());

    // "Not the same person": recorded, never found again.
    CHECK(candidates.dismiss(desk.clerk->session(), kanaPair).code() ==
          ErrorCode::PermissionDenied);
    CHECK(asAdmin.dismiss(admin.session(), QStringLiteral("no-such-pair")).code() ==
          ErrorCode::NotFound);
    REQUIRE(asAdmin.dismiss(admin.session(), kanaPair).ok());
    CHECK(asAdmin.dismiss(admin.session(), kanaPair).code() == ErrorCode::InvalidInput);
    CHECK(candidates.detectAfterPull({first, second}).value() == 0);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM duplicate_candidate WHERE state = "
                                    "'dismissed' AND settled_by IS NOT NULL")) == 1);

    // Merge: only into one of the pair's two records.
    CHECK(asAdmin.merge(admin.session(), numberPair, first).code() == ErrorCode::InvalidInput);
    CHECK(candidates.merge(desk.clerk->session(), numberPair, third).code() ==
          ErrorCode::PermissionDenied);
    const Status merged = asAdmin.merge(admin.session(), numberPair, third);
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person WHERE id = '%1' AND merged_into "
                                    "= '%2'")
                         .arg(fourth, third)) == 1);
    // The merge is a journaled change (it syncs).
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = 'person' "
                                    "AND entity_id = '%1' AND operation = 'update'")
                         .arg(fourth)) >= 1);
    CHECK(asAdmin.list(admin.session()).value().isEmpty());
    CHECK(asAdmin.merge(admin.session(), numberPair, third).code() == ErrorCode::InvalidInput);
    // A merged record is not checked again.
    CHECK(candidates.detectAfterPull({fourth, fourthNumber}).value() == 0);
    // Found, dismissed, merged: each audited.
    CHECK(auditCount(desk) == 4);
}
