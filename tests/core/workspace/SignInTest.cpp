// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceFixture.h"
#include "support/TestSupport.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::security;
using test::Office;

namespace {

int countEvents(Workspace& workspace, const char* event, const QString& account = {})
{
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE event = ? AND (? = '' OR account = ?)"));
    query.addBindValue(QString::fromLatin1(event));
    query.addBindValue(account);
    query.addBindValue(account);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("The first administrator signs in with password and code", "[signin]")
{
    Office office;
    CHECK(office.admin->isSignedIn());
    CHECK(office.admin->session().hasRole(Role::Administrator));
    CHECK(office.admin->session().displayName == QStringLiteral("管理 一郎"));
    auto again = office.signIn(QStringLiteral("admin"));
    INFO(again.message().toStdString());
    REQUIRE(again.ok());
    CHECK(again.value()->session().login == QStringLiteral("admin"));
    CHECK(countEvents(*again.value(), "sign_in.success", QStringLiteral("admin")) == 2);
}

TEST_CASE("A wrong, stale or replayed code is refused", "[signin]")
{
    Office office;
    office.addAccount(QStringLiteral("clerk1"), QStringLiteral("窓口 花子"), {Role::Clerk},
                      {Scope::WelfareService});
    office.clock.advanceMs(60'000);
    const QString path = office.path;
    auto open = [&](const QString& code) {
        return Workspace::signIn(path, QStringLiteral("clerk1"), test::secret(Office::kPassword),
                                 code, office.clock);
    };
    const QString login = QStringLiteral("clerk1");
    CHECK(open(QStringLiteral("000000")).code() == ErrorCode::WrongCode);
    CHECK(open(office.code(login, -2)).code() == ErrorCode::WrongCode);
    CHECK(open(office.code(login, +2)).code() == ErrorCode::WrongCode);
    REQUIRE(open(office.code(login, -1)).ok());
    // The same code again, and an older one, are replays.
    CHECK(open(office.code(login, -1)).code() == ErrorCode::WrongCode);
    REQUIRE(open(office.code(login, 0)).ok());
    CHECK(open(office.code(login, -1)).code() == ErrorCode::WrongCode);
    CHECK(open(office.code(login, +1)).ok());
}

TEST_CASE("The sixth wrong password finds the account locked until the time is up", "[signin]")
{
    Office office;
    office.addAccount(QStringLiteral("clerk1"), QStringLiteral("窓口 花子"), {Role::Clerk},
                      {Scope::WelfareService});
    auto attempt = [&](const char* password) {
        return Workspace::unlockForSignIn(office.path, QStringLiteral("clerk1"),
                                          test::secret(password), office.clock);
    };
    for (int i = 1; i <= 4; ++i) {
        INFO("attempt " << i);
        CHECK(attempt("not the password!").code() == ErrorCode::WrongPassword);
    }
    CHECK(attempt("not the password!").code() == ErrorCode::AccountLocked); // the fifth locks
    const auto sixth = attempt("not the password!");
    CHECK(sixth.code() == ErrorCode::AccountLocked);
    CHECK(attempt(Office::kPassword).code() == ErrorCode::AccountLocked);
    CHECK_FALSE(sixth.message().isEmpty());

    office.clock.advanceMs(16 * 60 * 1000);
    auto later = office.signIn(QStringLiteral("clerk1"));
    INFO(later.message().toStdString());
    REQUIRE(later.ok());
    // What happened while the database was closed reached the audit log: five wrong passwords
    // and two attempts refused while locked.
    CHECK(countEvents(*later.value(), "sign_in.failure", QStringLiteral("clerk1")) == 7);
    CHECK(countEvents(*later.value(), "sign_in.lockout", QStringLiteral("clerk1")) == 1);
}

TEST_CASE("An administrator's unlock ends a lockout at once", "[signin]")
{
    Office office;
    office.addAccount(QStringLiteral("clerk1"), QStringLiteral("窓口 花子"), {Role::Clerk},
                      {Scope::WelfareService});
    for (int i = 0; i < 5; ++i)
        (void)Workspace::unlockForSignIn(office.path, QStringLiteral("clerk1"),
                                         test::secret("not the password!"), office.clock);
    CHECK(office.signIn(QStringLiteral("clerk1")).code() == ErrorCode::AccountLocked);
    REQUIRE(office.admin->staff().unlock(office.admin->session(), QStringLiteral("clerk1")));
    CHECK(office.signIn(QStringLiteral("clerk1")).ok());
}

TEST_CASE("Wrong codes count toward the lockout too", "[signin]")
{
    Office office;
    office.addAccount(QStringLiteral("clerk1"), QStringLiteral("窓口 花子"), {Role::Clerk},
                      {Scope::WelfareService});
    office.clock.advanceMs(60'000);
    for (int i = 0; i < 4; ++i)
        CHECK(Workspace::signIn(office.path, QStringLiteral("clerk1"),
                                test::secret(Office::kPassword), QStringLiteral("123456"),
                                office.clock)
                  .code() == ErrorCode::WrongCode);
    CHECK(Workspace::signIn(office.path, QStringLiteral("clerk1"), test::secret(Office::kPassword),
                            QStringLiteral("123456"), office.clock)
              .code() == ErrorCode::AccountLocked);
    CHECK(office.signIn(QStringLiteral("clerk1")).code() == ErrorCode::AccountLocked);
}

TEST_CASE("A disabled account cannot open the database even with the right password", "[signin]")
{
    Office office;
    office.addAccount(QStringLiteral("leaver"), QStringLiteral("退職 予定"), {Role::Clerk},
                      {Scope::WelfareService});
    REQUIRE(office.signIn(QStringLiteral("leaver")).ok());
    REQUIRE(office.admin->staff().disable(office.admin->session(), QStringLiteral("leaver")));
    CHECK_FALSE(office.admin->database().accountLogins().contains(QStringLiteral("leaver")));
    const auto unlocked = store::Database::unlock(office.path, QStringLiteral("leaver"),
                                                  test::secret(Office::kPassword));
    CHECK(unlocked.code() == ErrorCode::UnknownAccount);
    CHECK(office.signIn(QStringLiteral("leaver")).code() == ErrorCode::UnknownAccount);
}

TEST_CASE("The last active administrator cannot be disabled or lose the role", "[signin]")
{
    Office office;
    const Session& admin = office.admin->session();
    CHECK(office.admin->staff().disable(admin, QStringLiteral("admin")).code() ==
          ErrorCode::InvalidInput);
    CHECK(
        office.admin->staff()
            .update(admin, QStringLiteral("admin"), QStringLiteral("管理 一郎"), {Role::Clerk}, {})
            .code() == ErrorCode::InvalidInput);
    office.addAccount(QStringLiteral("admin2"), QStringLiteral("管理 二郎"), {Role::Administrator},
                      {});
    CHECK(office.admin->staff().disable(admin, QStringLiteral("admin")).ok());
}

TEST_CASE("A reset second factor is enrolled again at the next sign-in", "[signin]")
{
    Office office;
    office.addAccount(QStringLiteral("clerk1"), QStringLiteral("窓口 花子"), {Role::Clerk},
                      {Scope::WelfareService});
    REQUIRE(
        office.admin->staff().resetSecondFactor(office.admin->session(), QStringLiteral("clerk1")));
    office.clock.advanceMs(30'000);
    auto unlocked = Workspace::unlockForSignIn(office.path, QStringLiteral("clerk1"),
                                               test::secret(Office::kPassword), office.clock);
    REQUIRE(unlocked.ok());
    auto db = store::Database::open(std::move(unlocked).value());
    REQUIRE(db.ok());
    auto workspace = Workspace::attach(std::move(db).value(), office.clock);
    REQUIRE(workspace.ok());
    auto account = workspace.value()->staff().signingInAccount();
    REQUIRE(account.ok());
    CHECK_FALSE(account->hasSecondFactor);
    CHECK(workspace.value()->completeSignIn(office.code(QStringLiteral("clerk1"))).code() ==
          ErrorCode::WrongCode);
    auto enrolment = workspace.value()->staff().newEnrolment();
    REQUIRE(enrolment.ok());
    CHECK(
        workspace.value()->completeEnrolment(enrolment.value(), QStringLiteral("000000")).code() ==
        ErrorCode::WrongCode);
    office.secrets.insert(QStringLiteral("clerk1"),
                          QByteArray(reinterpret_cast<const char*>(enrolment->secret.data()),
                                     int(enrolment->secret.size())));
    REQUIRE(workspace.value()->completeEnrolment(enrolment.value(),
                                                 office.code(QStringLiteral("clerk1"))));
    CHECK(workspace.value()->isSignedIn());
}

TEST_CASE("Sign-out seals the audit log and it verifies", "[signin]")
{
    Office office;
    office.addAccount(QStringLiteral("auditor1"), QStringLiteral("監査 三郎"), {Role::Auditor}, {});
    auto auditor = office.signIn(QStringLiteral("auditor1"));
    REQUIRE(auditor.ok());
    REQUIRE(office.admin->signOut());
    auto report = auditor.value()->verifyAudit(auditor.value()->session());
    REQUIRE(report.ok());
    INFO(report->reason.toStdString());
    CHECK(report->ok);
    CHECK(report->checkpoints >= 1);
    CHECK(countEvents(*auditor.value(), "sign_out", QStringLiteral("admin")) == 1);
}

TEST_CASE("Rekey keeps second factors and the device's signing key working", "[signin]")
{
    Office office;
    office.addAccount(QStringLiteral("clerk1"), QStringLiteral("窓口 花子"), {Role::Clerk},
                      {Scope::WelfareService});
    const QString deviceId = office.admin->audit().deviceId();
    REQUIRE(office.admin->database().rekey());
    office.admin.reset();
    auto clerk = office.signIn(QStringLiteral("clerk1"));
    INFO(clerk.message().toStdString());
    REQUIRE(clerk.ok());
    CHECK(clerk.value()->audit().deviceId() == deviceId);
    CHECK(clerk.value()->recordLock().ok()); // signs a checkpoint with the rewrapped device key
}

TEST_CASE("Lockout and idle-lock are settings only an administrator changes", "[signin]")
{
    Office office;
    office.addAccount(QStringLiteral("clerk1"), QStringLiteral("窓口 花子"), {Role::Clerk},
                      {Scope::WelfareService});
    SecuritySettings& settings = office.admin->settings();
    CHECK(settings.maxFailedSignIns() == 5);
    CHECK(settings.lockoutMinutes() == 15);
    CHECK(settings.idleLockMinutes() == 10);

    auto clerk = office.signIn(QStringLiteral("clerk1"));
    REQUIRE(clerk.ok());
    CHECK(clerk.value()
              ->settings()
              .set(clerk.value()->session(), QStringLiteral("lockout.max_failed_sign_ins"), 3)
              .code() == ErrorCode::PermissionDenied);
    CHECK(settings.set(office.admin->session(), QStringLiteral("session.idle_lock_minutes"), 0)
              .code() == ErrorCode::InvalidInput);
    CHECK(settings.set(office.admin->session(), QStringLiteral("no.such"), 3).code() ==
          ErrorCode::InvalidInput);
    REQUIRE(
        settings.set(office.admin->session(), QStringLiteral("lockout.max_failed_sign_ins"), 3));
    REQUIRE(settings.set(office.admin->session(), QStringLiteral("session.idle_lock_minutes"), 5));
    CHECK(settings.idleLockMinutes() == 5);
    CHECK(countEvents(*office.admin, "settings.change", QStringLiteral("admin")) == 2);

    // The new threshold holds before the database is open: the third wrong password locks.
    auto attempt = [&] {
        return Workspace::unlockForSignIn(office.path, QStringLiteral("clerk1"),
                                          test::secret("not the password!"), office.clock);
    };
    CHECK(attempt().code() == ErrorCode::WrongPassword);
    CHECK(attempt().code() == ErrorCode::WrongPassword);
    CHECK(attempt().code() == ErrorCode::AccountLocked);
}
