// SPDX-License-Identifier: GPL-3.0-or-later
// Access control proven by calling the core services directly, as the issue asks: the UI hiding
// a button is not what stops anyone.
#include "WorkspaceFixture.h"
#include "ledger/LedgerBook.h"
#include "security/MakerChecker.h"
#include "store/Uuid7.h"
#include "support/TestSupport.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::security;
using test::Office;

namespace {

int count(Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database().connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("A clerk without the psychiatric scope is refused that ledger, and it is audited",
          "[access]")
{
    Office office;
    office.addAccount(QStringLiteral("clerk1"), QStringLiteral("窓口 花子"), {Role::Clerk},
                      {Scope::WelfareService, Scope::MedicalRehabilitation});
    auto clerk = office.signIn(QStringLiteral("clerk1"));
    REQUIRE(clerk.ok());
    Workspace& ws = *clerk.value();
    ledger::LedgerBook ledgers(ws.database().connection(), ws.audit(), ws.authorizer(),
                               office.clock);
    const QString person = store::newUuid7();

    const int deniedBefore = count(
        ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'permission.denied'"));
    auto refused = ledgers.entries(ws.session(), Scope::MedicalPsychiatric, person);
    CHECK(refused.code() == ErrorCode::PermissionDenied);
    CHECK_FALSE(refused.message().isEmpty());
    CHECK(count(ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                   "'permission.denied' AND purpose = "
                                   "'ledger.view@medical_psychiatric'")) == 1);
    CHECK(count(ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                   "'permission.denied'")) == deniedBefore + 1);

    auto allowed = ledgers.entries(ws.session(), Scope::WelfareService, person);
    CHECK(allowed.ok());
    // A write the clerk's role does not include changes nothing.
    CHECK(ledgers
              .append(ws.session(), Scope::WelfareService, person, QStringLiteral("decision"),
                      QStringLiteral("{}"), QStringLiteral("decision.approve"))
              .code() == ErrorCode::PermissionDenied);
    CHECK(count(ws, QStringLiteral("SELECT count(*) FROM ledger_entry")) == 0);
}

TEST_CASE("An approver cannot approve what they drafted; another approver can", "[access]")
{
    Office office;
    office.addAccount(QStringLiteral("both"), QStringLiteral("審査 決裁"),
                      {Role::Reviewer, Role::Approver}, {Scope::WelfareService});
    office.addAccount(QStringLiteral("boss"), QStringLiteral("課長 一"), {Role::Approver},
                      {Scope::WelfareService});
    office.addAccount(QStringLiteral("otherboss"), QStringLiteral("課長 二"), {Role::Approver},
                      {Scope::Devices});
    auto maker = office.signIn(QStringLiteral("both"));
    REQUIRE(maker.ok());
    Workspace& ws = *maker.value();
    MakerChecker checker(ws.database().connection(), ws.audit(), ws.authorizer(), office.clock);
    const QString decision = store::newUuid7();
    auto request = checker.draft(ws.session(), QStringLiteral("decision"), Scope::WelfareService,
                                 decision, QStringLiteral("decision.draft"));
    REQUIRE(request.ok());

    CHECK(
        checker.approve(ws.session(), request.value(), QStringLiteral("decision.approve")).code() ==
        ErrorCode::PermissionDenied);
    CHECK_FALSE(checker.find(request.value())->approved);

    auto otherScope = office.signIn(QStringLiteral("otherboss"));
    REQUIRE(otherScope.ok());
    CHECK(checker
              .approve(otherScope.value()->session(), request.value(),
                       QStringLiteral("decision.approve"))
              .code() == ErrorCode::PermissionDenied);

    auto boss = office.signIn(QStringLiteral("boss"));
    REQUIRE(boss.ok());
    REQUIRE(checker.approve(boss.value()->session(), request.value(),
                            QStringLiteral("decision.approve")));
    CHECK(checker.find(request.value())->approved);
    CHECK(checker.find(request.value())->approvedBy == boss.value()->session().accountId);
    CHECK(checker
              .approve(boss.value()->session(), request.value(), QStringLiteral("decision.approve"))
              .code() == ErrorCode::Conflict);
    // The store refuses a self-approval even past the service.
    QSqlQuery query(ws.database().connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE approval_request SET approved_by = drafted_by")));
}

TEST_CASE("Staff administration refuses anyone without staff.manage and changes nothing",
          "[access]")
{
    Office office;
    office.addAccount(QStringLiteral("clerk1"), QStringLiteral("窓口 花子"), {Role::Clerk},
                      {Scope::WelfareService});
    auto clerk = office.signIn(QStringLiteral("clerk1"));
    REQUIRE(clerk.ok());
    Workspace& ws = *clerk.value();
    const Session& session = ws.session();
    const int accounts = count(ws, QStringLiteral("SELECT count(*) FROM staff_account"));
    const QStringList slotLogins = ws.database().accountLogins();

    CHECK(ws.staff()
              .create(session,
                      {QStringLiteral("sneaky"), QStringLiteral("x"), {Role::Administrator}, {}},
                      test::secret(Office::kPassword))
              .code() == ErrorCode::PermissionDenied);
    CHECK(ws.staff().list(session).code() == ErrorCode::PermissionDenied);
    CHECK(ws.staff()
              .update(session, QStringLiteral("clerk1"), QStringLiteral("x"), {Role::Administrator},
                      {})
              .code() == ErrorCode::PermissionDenied);
    CHECK(ws.staff().disable(session, QStringLiteral("admin")).code() ==
          ErrorCode::PermissionDenied);
    CHECK(ws.staff()
              .resetPassword(session, QStringLiteral("admin"), test::secret("a new password 1"))
              .code() == ErrorCode::PermissionDenied);
    CHECK(count(ws, QStringLiteral("SELECT count(*) FROM staff_account")) == accounts);
    CHECK(ws.database().accountLogins() == slotLogins);
    CHECK(count(ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                   "'permission.denied' AND account = 'clerk1'")) == 5);
    CHECK(ws.findAudit(session, {}).code() == ErrorCode::PermissionDenied);
}

TEST_CASE("An administrator's changes to accounts are audited in the same transaction", "[access]")
{
    Office office;
    const Session& admin = office.admin->session();
    office.addAccount(QStringLiteral("clerk1"), QStringLiteral("窓口 花子"), {Role::Clerk},
                      {Scope::WelfareService});
    REQUIRE(office.admin->staff().update(admin, QStringLiteral("clerk1"),
                                         QStringLiteral("窓口 花子"), {Role::Clerk, Role::Reviewer},
                                         {Scope::WelfareService, Scope::MedicalPsychiatric}));
    REQUIRE(office.admin->staff().resetPassword(admin, QStringLiteral("clerk1"),
                                                test::secret("a brand new password")));
    auto accounts = office.admin->staff().list(admin);
    REQUIRE(accounts.ok());
    REQUIRE(accounts->size() == 2);
    CHECK(accounts->at(1).roles == QList<Role>{Role::Clerk, Role::Reviewer});
    const QString events =
        QStringLiteral("SELECT group_concat(event, ' ') FROM (SELECT event FROM audit_log WHERE "
                       "account = 'admin' ORDER BY seq)");
    QSqlQuery query(office.admin->database().connection());
    REQUIRE(query.exec(events));
    REQUIRE(query.next());
    const QString trail = query.value(0).toString();
    CHECK(trail.contains(QStringLiteral("account.create")));
    CHECK(trail.contains(QStringLiteral("permission.change")));
    CHECK(trail.contains(QStringLiteral("account.reset_password")));
    // Each account change also went to the sync journal.
    CHECK(count(*office.admin, QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                              "'staff_account'")) >= 3);
    CHECK(office.signIn(QStringLiteral("clerk1"), "a brand new password").ok());
}

TEST_CASE("Colleagues' names are readable by anyone signed in and by nobody else", "[access]")
{
    Office office;
    office.addAccount(QStringLiteral("clerk1"), QStringLiteral("窓口 花子"), {Role::Clerk},
                      {Scope::WelfareService});
    auto clerk = office.signIn(QStringLiteral("clerk1"));
    REQUIRE(clerk.ok());
    Workspace& ws = *clerk.value();

    auto names = ws.staff().colleagueNames(ws.session());
    REQUIRE(names.ok());
    CHECK(names->size() == count(ws, QStringLiteral("SELECT count(*) FROM staff_account")));
    CHECK(names->value(ws.session().accountId) == QStringLiteral("窓口 花子"));
    CHECK(names->value(office.admin->session().accountId) == office.admin->session().displayName);

    CHECK(ws.staff().colleagueNames(Session{}).code() == ErrorCode::PermissionDenied);
}
