// SPDX-License-Identifier: GPL-3.0-or-later
// Conflicts and merges (issue #7): disjoint field edits merge, overlapping ones lose on the
// device that made them only; ledger entries and approved decisions never conflict; what is
// pushed; the outreach lease.
#include "../workspace/WorkspaceFixture.h"
#include "PgTestSupport.h"
#include "audit/AuditLog.h"
#include "store/Repository.h"
#include "sync/SyncClient.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using sync::SyncClient;

namespace {

const QStringList kCardColumns{QStringLiteral("name"), QStringLiteral("phone"),
                               QStringLiteral("note")};

void createCards(QSqlDatabase db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE card_test (id TEXT PRIMARY KEY NOT NULL, "
                                      "version INTEGER NOT NULL, name TEXT, phone TEXT, note "
                                      "TEXT)")));
}

SyncClient clientOf(Workspace& workspace)
{
    return SyncClient(workspace.database(), workspace.audit(), workspace.authorizer(),
                      workspace.clock());
}

void enroll(test::Office& office, const test::ScratchCentral& central, const char* name,
            sync::DeviceKind kind = sync::DeviceKind::Counter)
{
    auto enrolled =
        clientOf(*office.admin)
            .enroll(office.admin->session(), central.adminUrl(), QString::fromUtf8(name), kind);
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

QVariant scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    const bool ok = query.exec(sql);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ok);
    return query.next() ? query.value(0) : QVariant();
}

int openConflicts(QSqlDatabase db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolved_at IS "
                                     "NULL"))
        .toInt();
}

// Two counter workstations with the card table and one card both hold at version 1.
struct TwoDesks
{
    test::ScratchCentral central;
    test::Office a;
    test::Office b;
    QSqlDatabase da;
    QSqlDatabase dbb;
    std::unique_ptr<store::Repository> cardsA;
    std::unique_ptr<store::Repository> cardsB;
    QString card;

    TwoDesks()
    {
        enroll(a, central, "窓口A");
        enroll(b, central, "窓口B");
        da = a.admin->database().connection();
        dbb = b.admin->database().connection();
        createCards(da);
        createCards(dbb);
        cardsA = std::make_unique<store::Repository>(da, QStringLiteral("card_test"), kCardColumns,
                                                     a.clock);
        cardsB = std::make_unique<store::Repository>(dbb, QStringLiteral("card_test"), kCardColumns,
                                                     b.clock);
        auto id = cardsA->insert({{QStringLiteral("name"), QStringLiteral("山田 太郎")},
                                  {QStringLiteral("phone"), QStringLiteral("03-0000-0000")},
                                  {QStringLiteral("note"), QStringLiteral("初回")}});
        REQUIRE(id.ok());
        card = id.value();
        runSync(*a.admin);
        runSync(*b.admin);
        REQUIRE(cardsB->find(card).ok());
    }

    QVariantMap rowA() { return cardsA->find(card).value(); }
    QVariantMap rowB() { return cardsB->find(card).value(); }
    QString centralValue(const char* column)
    {
        return central
            .scalar(QStringLiteral("SELECT row_data->>'%1' FROM madoguchi.entity_rows WHERE "
                                   "entity_id = '%2'")
                        .arg(QString::fromLatin1(column), card))
            .toString();
    }
};

} // namespace

TEST_CASE("Disjoint field edits of two devices merge everywhere, with no conflict", "[sync][pg]")
{
    TwoDesks desks;
    // Offline, A changes the phone twice and B the note, both from version 1.
    auto a2 = desks.cardsA->update(desks.card, 1,
                                   {{QStringLiteral("phone"), QStringLiteral("03-1111-1111")}});
    REQUIRE(a2.ok());
    REQUIRE(desks.cardsA
                ->update(desks.card, a2.value(),
                         {{QStringLiteral("phone"), QStringLiteral("03-2222-2222")}})
                .ok());
    REQUIRE(desks.cardsB->update(desks.card, 1, {{QStringLiteral("note"), QStringLiteral("転居")}})
                .ok());

    SECTION("A first")
    {
        runSync(*desks.a.admin);
        runSync(*desks.b.admin);
    }
    SECTION("B first")
    {
        runSync(*desks.b.admin);
        runSync(*desks.a.admin);
    }
    runSync(*desks.a.admin);
    runSync(*desks.b.admin);

    CHECK(desks.centralValue("phone") == QStringLiteral("03-2222-2222"));
    CHECK(desks.centralValue("note") == QStringLiteral("転居"));
    CHECK(desks.centralValue("name") == QStringLiteral("山田 太郎"));
    const QVariantMap rowA = desks.rowA();
    const QVariantMap rowB = desks.rowB();
    CHECK(rowA == rowB);
    CHECK(rowA.value(QStringLiteral("phone")).toString() == QStringLiteral("03-2222-2222"));
    CHECK(rowA.value(QStringLiteral("note")).toString() == QStringLiteral("転居"));
    CHECK(rowA.value(QStringLiteral("version")).toLongLong() ==
          desks.central
              .scalar(QStringLiteral("SELECT version FROM madoguchi.entity_rows WHERE entity_id = "
                                     "'%1'")
                          .arg(desks.card))
              .toLongLong());
    CHECK(desks.central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log WHERE outcome = "
                                     "'merged'"))
              .toInt() >= 1);
    CHECK(openConflicts(desks.da) == 0);
    CHECK(openConflicts(desks.dbb) == 0);

    // The merged row is a normal base again: B edits the phone from it, A takes the edit.
    REQUIRE(desks.cardsB
                ->update(desks.card, rowB.value(QStringLiteral("version")).toLongLong(),
                         {{QStringLiteral("phone"), QStringLiteral("03-3333-3333")}})
                .ok());
    runSync(*desks.b.admin);
    runSync(*desks.a.admin);
    CHECK(desks.rowA().value(QStringLiteral("phone")).toString() == QStringLiteral("03-3333-3333"));
    CHECK(desks.rowA() == desks.rowB());
    CHECK(openConflicts(desks.da) + openConflicts(desks.dbb) == 0);
}

TEST_CASE("Overlapping edits: the later one loses, on its own device only, with both versions",
          "[sync][pg]")
{
    TwoDesks desks;
    // Both change the phone; B also adds a note on top of its own edit (built on the lost one).
    REQUIRE(
        desks.cardsA->update(desks.card, 1, {{QStringLiteral("phone"), QStringLiteral("A-phone")}})
            .ok());
    auto b2 =
        desks.cardsB->update(desks.card, 1, {{QStringLiteral("phone"), QStringLiteral("B-phone")}});
    REQUIRE(b2.ok());
    REQUIRE(
        desks.cardsB
            ->update(desks.card, b2.value(), {{QStringLiteral("note"), QStringLiteral("B-note")}})
            .ok());

    runSync(*desks.a.admin); // A wins
    const auto lost = runSync(*desks.b.admin);
    CHECK(lost.conflicts == 2);
    const auto seen = runSync(*desks.a.admin);
    CHECK(seen.conflicts == 0);

    // Everyone holds the winner's data.
    CHECK(desks.centralValue("phone") == QStringLiteral("A-phone"));
    CHECK(desks.centralValue("note") == QStringLiteral("初回"));
    CHECK(desks.rowA() == desks.rowB());
    CHECK(desks.rowB().value(QStringLiteral("phone")).toString() == QStringLiteral("A-phone"));
    // Only B, whose edits lost, has them queued: its payloads and the row's version now.
    CHECK(openConflicts(desks.da) == 0);
    REQUIRE(openConflicts(desks.dbb) == 2);
    QSqlQuery queued(desks.dbb);
    REQUIRE(queued.exec(QStringLiteral("SELECT reason, entity_id, payload, local_version, "
                                       "device_id FROM sync_conflict ORDER BY id")));
    QStringList payloads;
    qint64 lastLocalVersion = 0;
    while (queued.next()) {
        CHECK(queued.value(0).toString() == QStringLiteral("version"));
        CHECK(queued.value(1).toString() == desks.card);
        CHECK(queued.value(3).toLongLong() >= lastLocalVersion);
        lastLocalVersion = queued.value(3).toLongLong();
        CHECK(queued.value(4).toString() == desks.b.admin->audit().deviceId());
        payloads << queued.value(2).toString();
    }
    REQUIRE(payloads.size() == 2);
    // The winner's row as it is now is the other side of the last one.
    CHECK(lastLocalVersion == desks.rowB().value(QStringLiteral("version")).toLongLong());
    CHECK(payloads[0].contains(QStringLiteral("B-phone")));
    CHECK(payloads[1].contains(QStringLiteral("B-note")));

    // A person resolves it on B by a new change on the current row: it applies and reaches A.
    REQUIRE(desks.cardsB
                ->update(desks.card, desks.rowB().value(QStringLiteral("version")).toLongLong(),
                         {{QStringLiteral("phone"), QStringLiteral("B-phone")},
                          {QStringLiteral("note"), QStringLiteral("B-note")}})
                .ok());
    CHECK(runSync(*desks.b.admin).conflicts == 0);
    runSync(*desks.a.admin);
    CHECK(desks.rowA().value(QStringLiteral("phone")).toString() == QStringLiteral("B-phone"));
    CHECK(desks.rowA() == desks.rowB());
    CHECK(openConflicts(desks.da) == 0);
    CHECK(openConflicts(desks.dbb) == 2); // still open until the UI marks them resolved
}

TEST_CASE("A delete against a later edit conflicts, and so does an edit of a deleted row",
          "[sync][pg]")
{
    TwoDesks desks;
    REQUIRE(
        desks.cardsA->update(desks.card, 1, {{QStringLiteral("note"), QStringLiteral("x")}}).ok());
    REQUIRE(desks.cardsB->remove(desks.card, 1).ok());
    runSync(*desks.a.admin);
    CHECK(runSync(*desks.b.admin).conflicts == 1);
    CHECK(runSync(*desks.a.admin).conflicts == 0);
    // B's delete lost: the card is back on B, as A has it.
    CHECK(desks.rowB() == desks.rowA());
    CHECK(desks.rowB().value(QStringLiteral("note")).toString() == QStringLiteral("x"));

    // Now B deletes first and A edits: A's edit loses, the row stays deleted everywhere.
    const qint64 version = desks.rowB().value(QStringLiteral("version")).toLongLong();
    REQUIRE(desks.cardsB->remove(desks.card, version).ok());
    REQUIRE(
        desks.cardsA->update(desks.card, version, {{QStringLiteral("note"), QStringLiteral("y")}})
            .ok());
    runSync(*desks.b.admin);
    CHECK(runSync(*desks.a.admin).conflicts == 1);
    CHECK_FALSE(desks.cardsA->find(desks.card).ok());
    CHECK_FALSE(desks.cardsB->find(desks.card).ok());
    CHECK(openConflicts(desks.da) == 1);
    CHECK(openConflicts(desks.dbb) == 1);
}

TEST_CASE("Ledger entries never conflict, and approved decisions never change by sync",
          "[sync][pg]")
{
    test::ScratchCentral central;
    const auto a = central.enrollDevice(QStringLiteral("A"));
    const auto b = central.enrollDevice(QStringLiteral("B"));
    auto ca = central.connectAs(a);
    auto cb = central.connectAs(b);
    auto push = [](QSqlDatabase& db, const QString& json) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT madoguchi.push_changes(CAST(? AS jsonb))"));
        query.addBindValue(json);
        const bool ok = query.exec() && query.next();
        INFO(query.lastError().text().toStdString());
        REQUIRE(ok);
    };
    const QString change = QStringLiteral(
        "{\"device_seq\": %1, \"change_id\": \"%2\", \"entity\": \"%3\", \"entity_id\": \"%4\", "
        "\"operation\": \"%5\", \"version\": %6, \"base_version\": %7, \"payload\": %8, "
        "\"changed_at\": \"2025-07-18T09:00:00.000Z\"}");
    // Both devices append entries for the same person, offline: all of them apply.
    push(ca->db(), QStringLiteral("[%1,%2]").arg(
                       change.arg(1)
                           .arg(QStringLiteral("a1"), QStringLiteral("ledger_entry"),
                                QStringLiteral("la1"), QStringLiteral("insert"))
                           .arg(1)
                           .arg(0)
                           .arg(QStringLiteral("{\"person_id\": \"p1\", \"kind\": \"x\"}")),
                       change.arg(2)
                           .arg(QStringLiteral("a2"), QStringLiteral("ledger_entry"),
                                QStringLiteral("la2"), QStringLiteral("insert"))
                           .arg(1)
                           .arg(0)
                           .arg(QStringLiteral("{\"person_id\": \"p1\", \"kind\": \"y\"}"))));
    push(cb->db(), QStringLiteral("[%1]").arg(
                       change.arg(1)
                           .arg(QStringLiteral("b1"), QStringLiteral("ledger_entry"),
                                QStringLiteral("lb1"), QStringLiteral("insert"))
                           .arg(1)
                           .arg(0)
                           .arg(QStringLiteral("{\"person_id\": \"p1\", \"kind\": \"z\"}"))));
    CHECK(central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log WHERE entity = "
                                     "'ledger_entry' AND outcome = 'applied'"))
              .toInt() == 3);
    // An entry is never rewritten: an update is refused, whatever its base.
    push(cb->db(),
         QStringLiteral("[%1]").arg(change.arg(2)
                                        .arg(QStringLiteral("b2"), QStringLiteral("ledger_entry"),
                                             QStringLiteral("la1"), QStringLiteral("update"))
                                        .arg(2)
                                        .arg(1)
                                        .arg(QStringLiteral("{\"kind\": \"forged\"}"))));
    CHECK(central
              .scalar(QStringLiteral("SELECT outcome FROM madoguchi.change_log WHERE change_id = "
                                     "'b2'"))
              .toString() == QStringLiteral("rejected"));
    CHECK(central
              .scalar(QStringLiteral("SELECT row_data->>'kind' FROM madoguchi.entity_rows WHERE "
                                     "entity_id = 'la1'"))
              .toString() == QStringLiteral("x"));

    // A decision: drafted on A, approved on A; B's edit of the approved decision is refused
    // (not a conflict anyone could resolve by choosing: it changes only by a new decision).
    push(ca->db(), QStringLiteral("[%1,%2]").arg(
                       change.arg(3)
                           .arg(QStringLiteral("a3"), QStringLiteral("decision"),
                                QStringLiteral("d1"), QStringLiteral("insert"))
                           .arg(1)
                           .arg(0)
                           .arg(QStringLiteral("{\"state\": \"draft\", \"reason\": null}")),
                       change.arg(4)
                           .arg(QStringLiteral("a4"), QStringLiteral("decision"),
                                QStringLiteral("d1"), QStringLiteral("update"))
                           .arg(2)
                           .arg(1)
                           .arg(QStringLiteral("{\"state\": \"approved\"}"))));
    push(cb->db(),
         QStringLiteral("[%1]").arg(change.arg(3)
                                        .arg(QStringLiteral("b3"), QStringLiteral("decision"),
                                             QStringLiteral("d1"), QStringLiteral("update"))
                                        .arg(3)
                                        .arg(2)
                                        .arg(QStringLiteral("{\"reason\": \"changed\"}"))));
    CHECK(central
              .scalar(QStringLiteral("SELECT outcome FROM madoguchi.change_log WHERE change_id = "
                                     "'b3'"))
              .toString() == QStringLiteral("rejected"));
    CHECK(central
              .scalar(QStringLiteral("SELECT row_data->>'reason' IS NULL AND version = 2 FROM "
                                     "madoguchi.entity_rows WHERE entity_id = 'd1'"))
              .toBool());
    // Refused changes go back to their own device only.
    QSqlQuery pulled(ca->db());
    REQUIRE(pulled.exec(QStringLiteral("SELECT change_id FROM madoguchi.pull_changes(0, 0, 100) "
                                       "WHERE outcome = 'rejected'")));
    CHECK_FALSE(pulled.next());
    QSqlQuery own(cb->db());
    REQUIRE(own.exec(QStringLiteral("SELECT count(*) FROM madoguchi.pull_changes(0, 0, 100) "
                                    "WHERE outcome = 'rejected'")));
    REQUIRE(own.next());
    CHECK(own.value(0).toInt() == 2);
}

TEST_CASE("Device-local tables never leave the device", "[sync][pg]")
{
    test::ScratchCentral central;
    test::Office office;
    enroll(office, central, "窓口1");
    // Accounts (with their sealed TOTP secrets), settings: journaled, but never sent.
    office.addAccount(QStringLiteral("clerk"), QStringLiteral("窓口 花子"), {security::Role::Clerk},
                      {security::Scope::WelfareService});
    REQUIRE(office.admin->settings()
                .set(office.admin->session(), QStringLiteral("sync.outreach_lease_days"), 7)
                .ok());
    QSqlDatabase db = office.admin->database().connection();
    createCards(db);
    store::Repository cards(db, QStringLiteral("card_test"), kCardColumns, office.clock);
    REQUIRE(cards.insert({{QStringLiteral("name"), QStringLiteral("x")}}).ok());
    REQUIRE(scalar(db, QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                      "'staff_account'"))
                .toInt() >= 1);
    CHECK(clientOf(*office.admin).status().value().waitingChanges ==
          scalar(db, QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                    "'card_test'"))
              .toInt());

    const auto summary = runSync(*office.admin);
    CHECK(summary.pushed == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM change_journal WHERE pushed_at IS NULL"))
              .toInt() == 0);
    CHECK(clientOf(*office.admin).status().value().waitingChanges == 0);
    const QStringList local{
        QStringLiteral("staff_account"),      QStringLiteral("setting"),
        QStringLiteral("issuing_key"),        QStringLiteral("issuing_key_secret"),
        QStringLiteral("number_block"),       QStringLiteral("device_identity"),
        QStringLiteral("device_certificate"), QStringLiteral("audit_log"),
        QStringLiteral("intake_draft")};
    CHECK(central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log WHERE entity IN "
                                     "('%1')")
                          .arg(local.join(QStringLiteral("','"))))
              .toInt() == 0);
    CHECK(central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log")).toInt() == 1);
    // Not even a hash of a password or a sealed secret reached the centre.
    CHECK(central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log c WHERE "
                                     "strpos(c::text, 'totp') > 0 OR strpos(c::text, "
                                     "'password') > 0"))
              .toInt() == 0);
}

TEST_CASE("An outreach laptop past its lease opens no data until it syncs", "[sync][pg]")
{
    test::ScratchCentral central;
    test::Office office;
    enroll(office, central, "出張1", sync::DeviceKind::Outreach);
    office.addAccount(QStringLiteral("outreach"), QStringLiteral("出張 一子"),
                      {security::Role::Outreach}, {security::Scope::WelfareService});
    auto signedIn = office.signIn(QStringLiteral("outreach"));
    REQUIRE(signedIn.ok());
    Workspace& workspace = *signedIn.value();
    QSqlDatabase db = workspace.database().connection();
    const auto mayView = [&] {
        return workspace.authorizer().require(workspace.session(), QStringLiteral("person.search"));
    };
    REQUIRE(mayView().ok());
    REQUIRE(SyncClient::checkLease(db, office.clock).ok());

    // 14 days (the default) from the enrolment still open, a minute more closed.
    office.clock.advanceMs(qint64(14) * 24 * 3600 * 1000 - 60 * 1000);
    CHECK(mayView().ok());
    office.clock.advanceMs(2 * 60 * 1000);
    const Status closed = mayView();
    CHECK(closed.code() == ErrorCode::PermissionDenied);
    CHECK(closed.message().contains(QStringLiteral("14")));
    CHECK(closed.message().contains(QStringLiteral("Sync")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                    "'permission.denied' AND purpose LIKE '%gate'"))
              .toInt() >= 1);
    // A real service refuses too (the administrator's settings, on the same laptop).
    CHECK(office.admin->settings()
              .set(office.admin->session(), QStringLiteral("lockout.minutes"), 20)
              .code() == ErrorCode::PermissionDenied);

    // Syncing is still allowed, and opens the data again.
    runSync(workspace);
    CHECK(mayView().ok());
    CHECK(office.admin->settings()
              .set(office.admin->session(), QStringLiteral("lockout.minutes"), 20)
              .ok());

    // The administrator's setting shortens the lease.
    REQUIRE(office.admin->settings()
                .set(office.admin->session(), QStringLiteral("sync.outreach_lease_days"), 3)
                .ok());
    office.clock.advanceMs(qint64(3) * 24 * 3600 * 1000 + 1000);
    CHECK(mayView().code() == ErrorCode::PermissionDenied);
    runSync(workspace);
    CHECK(mayView().ok());
}

TEST_CASE("A counter workstation has no lease", "[sync][pg]")
{
    test::ScratchCentral central;
    test::Office office;
    enroll(office, central, "窓口1");
    office.clock.advanceMs(qint64(400) * 24 * 3600 * 1000);
    CHECK(office.admin->authorizer()
              .require(office.admin->session(), QStringLiteral("sync.run"))
              .ok());
    CHECK(office.admin->settings()
              .set(office.admin->session(), QStringLiteral("lockout.minutes"), 20)
              .ok());
    CHECK(SyncClient::checkLease(office.admin->database().connection(), office.clock).ok());
}
