// SPDX-License-Identifier: GPL-3.0-or-later
// Outreach data minimization (issue #7): an outreach device holds only the cases assigned to it;
// an assigned case arrives with its existing rows, a case taken back is forgotten without a
// trace in the journal, a person the device registers is its case; device roles reach none of
// it.
#include "sync/CaseScope.h"
#include "../workspace/WorkspaceFixture.h"
#include "PgTestSupport.h"
#include "audit/AuditLog.h"
#include "store/Repository.h"
#include "sync/CaseAssignments.h"
#include "sync/SyncClient.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using sync::CaseAssignments;
using sync::CaseScope;
using sync::SyncClient;

namespace {

SyncClient clientOf(Workspace& workspace)
{
    return SyncClient(workspace.database(), workspace.audit(), workspace.authorizer(),
                      workspace.clock());
}

QString enroll(test::Office& office, const test::ScratchCentral& central, const char* name,
               sync::DeviceKind kind)
{
    auto enrolled =
        clientOf(*office.admin)
            .enroll(office.admin->session(), central.adminUrl(), QString::fromUtf8(name), kind);
    INFO(enrolled.message().toStdString());
    REQUIRE(enrolled.ok());
    return enrolled->deviceId;
}

QVariant scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    const bool ok = query.exec(sql);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ok);
    return query.next() ? query.value(0) : QVariant();
}

QString nowText(Workspace& workspace)
{
    return workspace.clock().nowUtc().toString(Qt::ISODateWithMs);
}

// A person with an address and a history row (append-only), journaled as the registry does, with
// a 宛名番号 chosen by the test (PersonRegistry numbers max + 1 per device).
QString addPerson(Workspace& workspace, const QString& atena, const QString& familyName)
{
    QSqlDatabase db = workspace.database().connection();
    const QString now = nowText(workspace);
    store::Repository persons(
        db, QStringLiteral("person"),
        {QStringLiteral("atena_number"), QStringLiteral("family_name"),
         QStringLiteral("given_name"), QStringLiteral("family_kana"), QStringLiteral("given_kana"),
         QStringLiteral("kana_key"), QStringLiteral("given_kana_key"), QStringLiteral("name_key"),
         QStringLiteral("given_name_key"), QStringLiteral("birth_date"), QStringLiteral("sex"),
         QStringLiteral("created_at"), QStringLiteral("updated_at")},
        workspace.clock());
    auto id =
        persons.insert({{QStringLiteral("atena_number"), atena},
                        {QStringLiteral("family_name"), familyName},
                        {QStringLiteral("given_name"), QStringLiteral("花子")},
                        {QStringLiteral("family_kana"), QStringLiteral("テスト")},
                        {QStringLiteral("given_kana"), QStringLiteral("ハナコ")},
                        {QStringLiteral("kana_key"), QStringLiteral("テストハナコ")},
                        {QStringLiteral("given_kana_key"), QStringLiteral("ハナコ")},
                        {QStringLiteral("name_key"), QString(familyName + QStringLiteral("花子"))},
                        {QStringLiteral("given_name_key"), QStringLiteral("花子")},
                        {QStringLiteral("birth_date"), QStringLiteral("1960-04-01")},
                        {QStringLiteral("sex"), QStringLiteral("female")},
                        {QStringLiteral("created_at"), now},
                        {QStringLiteral("updated_at"), now}});
    INFO(id.message().toStdString());
    REQUIRE(id.ok());
    store::Repository addresses(db, QStringLiteral("person_address"),
                                {QStringLiteral("person_id"), QStringLiteral("postal_code"),
                                 QStringLiteral("address"), QStringLiteral("valid_from"),
                                 QStringLiteral("recorded_at"), QStringLiteral("recorded_by")},
                                workspace.clock());
    REQUIRE(addresses
                .insert({{QStringLiteral("person_id"), QVariant(id.value())},
                         {QStringLiteral("postal_code"), QStringLiteral("100-0001")},
                         {QStringLiteral("address"), QStringLiteral("東京都千代田区1-1")},
                         {QStringLiteral("valid_from"), QStringLiteral("2020-01-01")},
                         {QStringLiteral("recorded_at"), now},
                         {QStringLiteral("recorded_by"), QStringLiteral("test")}})
                .ok());
    store::Repository history(db, QStringLiteral("person_history"),
                              {QStringLiteral("person_id"), QStringLiteral("changed_at"),
                               QStringLiteral("changed_by"), QStringLiteral("field"),
                               QStringLiteral("old_value"), QStringLiteral("new_value")},
                              workspace.clock());
    REQUIRE(history
                .insert({{QStringLiteral("person_id"), QVariant(id.value())},
                         {QStringLiteral("changed_at"), now},
                         {QStringLiteral("changed_by"), QStringLiteral("test")},
                         {QStringLiteral("field"), QStringLiteral("phone")},
                         {QStringLiteral("old_value"), QVariant()},
                         {QStringLiteral("new_value"), QStringLiteral("03-0000-0000")}})
                .ok());
    return id.value();
}

// How many rows of the person this database holds (person, addresses, history).
int rowsOf(QSqlDatabase db, const QString& person)
{
    return scalar(db, QStringLiteral("SELECT (SELECT count(*) FROM person WHERE id = '%1') + "
                                     "(SELECT count(*) FROM person_address WHERE person_id = "
                                     "'%1') + (SELECT count(*) FROM person_history WHERE "
                                     "person_id = '%1')")
                          .arg(person))
        .toInt();
}

// A counter workstation A and an outreach device O.
struct Field
{
    test::ScratchCentral central;
    test::Office a;
    test::Office o;
    QString aId;
    QString oId;
    QSqlDatabase da;
    QSqlDatabase dbo;

    Field()
    {
        aId = enroll(a, central, "窓口A", sync::DeviceKind::Counter);
        oId = enroll(o, central, "訪問O", sync::DeviceKind::Outreach);
        da = a.admin->database().connection();
        dbo = o.admin->database().connection();
    }

    void push(test::Office& office)
    {
        auto pushed = clientOf(*office.admin).push(office.admin->session());
        INFO(pushed.message().toStdString());
        REQUIRE(pushed.ok());
    }

    sync::SyncSummary pullCounter()
    {
        auto pulled = clientOf(*a.admin).pull(a.admin->session());
        INFO(pulled.message().toStdString());
        REQUIRE(pulled.ok());
        return pulled.value();
    }

    // O's pull as SyncClient does it once CaseScope::applyPulled is wired in, through the
    // owner's pull_changes_as (what an office reads for a device that syncs by file).
    sync::SyncSummary pullOutreach()
    {
        auto admin = central.admin();
        SyncClient client = clientOf(*o.admin);
        sync::SyncSummary total;
        for (;;) {
            auto cursor = client.pullCursor();
            REQUIRE(cursor.ok());
            QSqlQuery pull(admin->db());
            pull.prepare(QStringLiteral("SELECT %1 FROM madoguchi.pull_changes_as(?, ?, ?, ?)")
                             .arg(SyncClient::pullColumns()));
            pull.addBindValue(oId);
            pull.addBindValue(cursor->first);
            pull.addBindValue(cursor->second);
            pull.addBindValue(3); // small batches: a forget may sit anywhere in one
            INFO(pull.lastError().text().toStdString());
            REQUIRE(pull.exec());
            QList<sync::PulledChange> changes;
            while (pull.next())
                changes.append(SyncClient::pulledChange(pull));
            if (changes.isEmpty())
                return total;
            auto applied = CaseScope::applyPulled(client, dbo, changes);
            INFO(applied.message().toStdString());
            REQUIRE(applied.ok());
            total.pulled += applied->pulled;
            total.conflicts += applied->conflicts;
        }
    }

    int assign(const QString& person)
    {
        auto admin = central.admin();
        auto queued = CaseAssignments::assignOn(admin->db(), oId, person);
        INFO(queued.message().toStdString());
        REQUIRE(queued.ok());
        return queued.value();
    }

    void unassign(const QString& person)
    {
        auto admin = central.admin();
        auto taken = CaseAssignments::unassignOn(admin->db(), oId, person);
        INFO(taken.message().toStdString());
        REQUIRE(taken.ok());
        REQUIRE(taken.value());
    }
};

} // namespace

TEST_CASE("An outreach device receives only the cases assigned to it", "[sync][pg][cases]")
{
    Field field;
    const QString p1 =
        addPerson(*field.a.admin, QStringLiteral("1000000001"), QStringLiteral("一"));
    const QString p2 =
        addPerson(*field.a.admin, QStringLiteral("1000000002"), QStringLiteral("二"));
    field.push(field.a);

    // Nothing assigned yet: O receives neither person.
    field.pullOutreach();
    CHECK(rowsOf(field.dbo, p1) == 0);
    CHECK(rowsOf(field.dbo, p2) == 0);

    // The administrator assigns P1 on the office device (device.manage, audited).
    CaseAssignments cases(field.a.admin->audit(), field.a.admin->authorizer());
    auto queued = cases.assign(field.a.admin->session(), field.central.adminUrl(), field.oId, p1);
    INFO(queued.message().toStdString());
    REQUIRE(queued.ok());
    CHECK(queued.value() == 3); // the person, the address, the history row
    CHECK(scalar(field.da, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                          "'case.assign' AND purpose = 'assign' AND ((object_type "
                                          "= 'person' AND object_id = '%1') OR (object_type = "
                                          "'device' AND object_id = '%2'))")
                               .arg(p1, field.oId))
              .toInt() == 2);
    // Assigning again queues nothing.
    CHECK(field.assign(p1) == 0);

    const auto pulled = field.pullOutreach();
    CHECK(pulled.conflicts == 0);
    CHECK(rowsOf(field.dbo, p1) == 3);
    CHECK(rowsOf(field.dbo, p2) == 0);
    CHECK(
        scalar(field.dbo, QStringLiteral("SELECT family_name FROM person WHERE id = '%1'").arg(p1))
            .toString() == QStringLiteral("一"));
    CHECK(scalar(field.dbo, QStringLiteral("SELECT count(*) FROM sync_conflict")).toInt() == 0);

    // Later edits of P1 reach O; edits of P2 do not.
    store::Repository persons(field.da, QStringLiteral("person"), {QStringLiteral("phone")},
                              field.a.clock);
    REQUIRE(
        persons.update(p1, 1, {{QStringLiteral("phone"), QStringLiteral("090-1111-2222")}}).ok());
    REQUIRE(
        persons.update(p2, 1, {{QStringLiteral("phone"), QStringLiteral("090-3333-4444")}}).ok());
    field.push(field.a);
    field.pullOutreach();
    CHECK(scalar(field.dbo, QStringLiteral("SELECT phone FROM person WHERE id = '%1'").arg(p1))
              .toString() == QStringLiteral("090-1111-2222"));
    CHECK(rowsOf(field.dbo, p2) == 0);

    // The list of O's cases.
    auto listed = cases.list(field.a.admin->session(), field.central.adminUrl(), field.oId);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->at(0).personId == p1);
    CHECK_FALSE(listed->at(0).automatic);
}

TEST_CASE("A case assigned after the device's cursor moved on arrives with its existing rows",
          "[sync][pg][cases]")
{
    Field field;
    const QString p1 =
        addPerson(*field.a.admin, QStringLiteral("1000000001"), QStringLiteral("一"));
    const QString p2 =
        addPerson(*field.a.admin, QStringLiteral("1000000002"), QStringLiteral("二"));
    field.push(field.a);
    REQUIRE(field.assign(p2) == 3);
    field.pullOutreach();
    REQUIRE(rowsOf(field.dbo, p2) == 3);
    // O's cursor is past every change of P1 now.
    auto cursor = clientOf(*field.o.admin).pullCursor();
    REQUIRE(cursor.ok());
    const qint64 p1Last = field.central
                              .scalar(QStringLiteral("SELECT max(central_seq) FROM "
                                                     "madoguchi.change_log WHERE person_id = '%1'")
                                          .arg(p1))
                              .toLongLong();
    CHECK(cursor->second > p1Last);
    CHECK(rowsOf(field.dbo, p1) == 0);

    REQUIRE(field.assign(p1) == 3);
    const auto pulled = field.pullOutreach();
    CHECK(pulled.pulled == 3);
    CHECK(pulled.conflicts == 0);
    CHECK(rowsOf(field.dbo, p1) == 3);
    // The rows came as the centre holds them (their versions too).
    CHECK(scalar(field.dbo, QStringLiteral("SELECT version FROM person WHERE id = '%1'").arg(p1))
              .toLongLong() == 1);
}

TEST_CASE("A case taken back is forgotten at the next pull and nothing of it is pushed",
          "[sync][pg][cases]")
{
    Field field;
    const QString p1 =
        addPerson(*field.a.admin, QStringLiteral("1000000001"), QStringLiteral("一"));
    const QString p2 =
        addPerson(*field.a.admin, QStringLiteral("1000000002"), QStringLiteral("二"));
    field.push(field.a);
    field.assign(p1);
    field.assign(p2);
    field.pullOutreach();
    REQUIRE(rowsOf(field.dbo, p1) == 3);
    REQUIRE(rowsOf(field.dbo, p2) == 3);
    const qint64 journalBefore =
        scalar(field.dbo, QStringLiteral("SELECT count(*) FROM change_journal")).toLongLong();

    field.unassign(p1);
    // Taking back what is not assigned says so.
    {
        auto admin = field.central.admin();
        auto again = CaseAssignments::unassignOn(admin->db(), field.oId, p1);
        REQUIRE(again.ok());
        CHECK_FALSE(again.value());
    }
    field.pullOutreach();
    CHECK(rowsOf(field.dbo, p1) == 0); // append-only history included
    CHECK(rowsOf(field.dbo, p2) == 3);
    // Not journaled, so nothing goes out: O pushes nothing, the centre still has P1.
    CHECK(scalar(field.dbo, QStringLiteral("SELECT count(*) FROM change_journal")).toLongLong() ==
          journalBefore);
    field.push(field.o);
    CHECK(field.central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.change_log WHERE device_id = "
                                     "'%1'")
                          .arg(field.oId))
              .toLongLong() == 0);
    CHECK(field.central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.entity_rows WHERE person_id = "
                                     "'%1' AND NOT deleted")
                          .arg(p1))
              .toLongLong() == 3);
    CHECK(rowsOf(field.da, p1) == 3);
    // Later edits of P1 no longer reach O.
    store::Repository persons(field.da, QStringLiteral("person"), {QStringLiteral("phone")},
                              field.a.clock);
    REQUIRE(
        persons.update(p1, 1, {{QStringLiteral("phone"), QStringLiteral("090-1111-2222")}}).ok());
    field.push(field.a);
    field.pullOutreach();
    CHECK(rowsOf(field.dbo, p1) == 0);

    // The append-only rules hold again outside the forgetting.
    QSqlQuery remove(field.dbo);
    CHECK_FALSE(
        remove.exec(QStringLiteral("DELETE FROM person_history WHERE person_id = '%1'").arg(p2)));
    CHECK(rowsOf(field.dbo, p2) == 3);
    CHECK(scalar(field.dbo, QStringLiteral("SELECT count(*) FROM sync_forgetting")).toInt() == 0);

    // Assigned again, the case comes back whole.
    REQUIRE(field.assign(p1) == 3);
    field.pullOutreach();
    CHECK(rowsOf(field.dbo, p1) == 3);
    CHECK(scalar(field.dbo, QStringLiteral("SELECT phone FROM person WHERE id = '%1'").arg(p1))
              .toString() == QStringLiteral("090-1111-2222"));
}

TEST_CASE("Forgetting a person removes the rows of every table and is harmless twice",
          "[sync][cases]")
{
    test::Office office;
    QSqlDatabase db = office.admin->database().connection();
    const QString p1 = addPerson(*office.admin, QStringLiteral("1000000001"), QStringLiteral("一"));
    const QString p2 = addPerson(*office.admin, QStringLiteral("1000000002"), QStringLiteral("二"));
    store::Repository ledger(db, QStringLiteral("ledger_entry"),
                             {QStringLiteral("ledger"), QStringLiteral("person_id"),
                              QStringLiteral("kind"), QStringLiteral("payload"),
                              QStringLiteral("recorded_at"), QStringLiteral("recorded_by")},
                             office.clock);
    for (const QString& person : {p1, p2})
        REQUIRE(ledger
                    .insert({{QStringLiteral("ledger"), QStringLiteral("welfare_service")},
                             {QStringLiteral("person_id"), person},
                             {QStringLiteral("kind"), QStringLiteral("note")},
                             {QStringLiteral("payload"), QStringLiteral("{}")},
                             {QStringLiteral("recorded_at"), nowText(*office.admin)},
                             {QStringLiteral("recorded_by"), QStringLiteral("test")}})
                    .ok());
    const qint64 journal =
        scalar(db, QStringLiteral("SELECT count(*) FROM change_journal")).toLongLong();

    auto forgotten = CaseScope::forgetPerson(db, p1);
    INFO(forgotten.message().toStdString());
    REQUIRE(forgotten.ok());
    CHECK(forgotten.value() == 4);
    CHECK(rowsOf(db, p1) == 0);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM ledger_entry WHERE person_id = '%1'").arg(p1))
              .toInt() == 0);
    CHECK(rowsOf(db, p2) == 3);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM ledger_entry WHERE person_id = '%1'").arg(p2))
              .toInt() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM change_journal")).toLongLong() ==
          journal);
    // Ledger entries stay append-only for everyone else.
    QSqlQuery remove(db);
    CHECK_FALSE(remove.exec(QStringLiteral("DELETE FROM ledger_entry")));

    auto again = CaseScope::forgetPerson(db, p1);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    CHECK(CaseScope::forgetPerson(db, QString()).code() == ErrorCode::InvalidInput);
}

TEST_CASE("A person an outreach device registers is its case and reaches the counter",
          "[sync][pg][cases]")
{
    Field field;
    const QString p3 =
        addPerson(*field.o.admin, QStringLiteral("3000000001"), QStringLiteral("三"));
    field.push(field.o);
    field.pullCounter();
    CHECK(rowsOf(field.da, p3) == 3);
    field.pullOutreach();
    CHECK(rowsOf(field.dbo, p3) == 3);

    // The counter's edit of P3 reaches O: P3 is O's case.
    store::Repository persons(field.da, QStringLiteral("person"), {QStringLiteral("phone")},
                              field.a.clock);
    REQUIRE(
        persons.update(p3, 1, {{QStringLiteral("phone"), QStringLiteral("090-5555-6666")}}).ok());
    field.push(field.a);
    field.pullOutreach();
    CHECK(scalar(field.dbo, QStringLiteral("SELECT phone FROM person WHERE id = '%1'").arg(p3))
              .toString() == QStringLiteral("090-5555-6666"));

    auto admin = field.central.admin();
    auto listed = CaseAssignments::listOn(admin->db(), field.oId);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->at(0).personId == p3);
    CHECK(listed->at(0).automatic);
}

TEST_CASE("Case assignment refuses counter devices, unknown persons and malformed ids",
          "[sync][pg][cases]")
{
    Field field;
    const QString p1 =
        addPerson(*field.a.admin, QStringLiteral("1000000001"), QStringLiteral("一"));
    field.push(field.a);
    auto admin = field.central.admin();
    CHECK(CaseAssignments::assignOn(admin->db(), field.aId, p1).code() == ErrorCode::InvalidInput);
    CHECK(CaseAssignments::assignOn(admin->db(), field.oId,
                                    QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"))
              .code() == ErrorCode::NotFound);
    CHECK(CaseAssignments::assignOn(admin->db(),
                                    QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-"
                                                   "0c1d2e3f4a5b"),
                                    p1)
              .code() == ErrorCode::NotFound);
    CHECK(CaseAssignments::assignOn(admin->db(), QStringLiteral("not-a-device"), p1).code() ==
          ErrorCode::InvalidInput);
    CHECK(CaseAssignments::assignOn(admin->db(), field.oId, QStringLiteral("x'; --")).code() ==
          ErrorCode::InvalidInput);
    CHECK(CaseAssignments::listOn(admin->db(), QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-"
                                                              "0c1d2e3f4a5b"))
              .code() == ErrorCode::NotFound);

    // Without device.manage, nothing is assigned.
    field.a.addAccount(QStringLiteral("clerk"), QStringLiteral("窓口職員"), {security::Role::Clerk},
                       {security::Scope::WelfareService});
    auto clerk = field.a.signIn(QStringLiteral("clerk"));
    REQUIRE(clerk.ok());
    CaseAssignments cases(clerk.value()->audit(), clerk.value()->authorizer());
    CHECK(cases.assign(clerk.value()->session(), field.central.adminUrl(), field.oId, p1).code() ==
          ErrorCode::PermissionDenied);
}

TEST_CASE("Device roles can neither call the per-device functions nor read the new tables",
          "[sync][pg][cases]")
{
    test::ScratchCentral central;
    const auto device = central.enrollDevice(QStringLiteral("訪問"), sync::DeviceKind::Outreach);
    auto connection = central.connectAs(device);
    const QStringList refused{
        QStringLiteral("SELECT madoguchi.push_changes_as('%1', '[]'::jsonb)"),
        QStringLiteral("SELECT * FROM madoguchi.pull_changes_as('%1', 0, 0, 10)"),
        QStringLiteral("SELECT * FROM madoguchi.lease_block_as('%1', 'application', 10)"),
        QStringLiteral("SELECT madoguchi.device_high_water_as('%1')"),
        QStringLiteral("SELECT madoguchi.assign_case('%1', '%1')"),
        QStringLiteral("SELECT madoguchi.unassign_case('%1', '%1')"),
        QStringLiteral("SELECT madoguchi.revoke_issuing_key('0011223344556677')"),
        QStringLiteral("SELECT madoguchi.row_person('person', '%1', '{}'::jsonb)"),
        QStringLiteral("SELECT madoguchi.enrolled_device('%1')"),
        QStringLiteral("SELECT count(*) FROM madoguchi.case_assignments"),
        QStringLiteral("SELECT count(*) FROM madoguchi.issuing_public_keys"),
        QStringLiteral("INSERT INTO madoguchi.case_assignments (device_id, person_id, "
                       "assigned_by, snapshot) VALUES ('%1', '%1', 'x', pg_current_snapshot())"),
        QStringLiteral("SELECT nextval('madoguchi.issuing_public_key_version')"),
    };
    for (const QString& sql : refused) {
        QSqlQuery query(connection->db());
        INFO(sql.toStdString());
        CHECK_FALSE(query.exec(sql.arg(device.deviceId)));
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("42501"));
    }
    // The device functions it needs still work.
    QSqlQuery allowed(connection->db());
    CHECK(allowed.exec(QStringLiteral("SELECT count(*) FROM madoguchi.pull_changes(0, 0, 10)")));
    CHECK(allowed.exec(QStringLiteral("SELECT madoguchi.device_high_water()")));
    CHECK(allowed.exec(QStringLiteral("SELECT count(*) FROM "
                                      "madoguchi.issuing_public_keys_since(0)")));
}
