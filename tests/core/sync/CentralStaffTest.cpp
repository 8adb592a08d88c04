// SPDX-License-Identifier: GPL-3.0-or-later
// Central staff accounts: first sign-in online, offline sign-in afterwards, account changes
// reaching a device, device recovery, and what the staff and device roles may not do.
#include "sync/CentralStaff.h"
#include "../workspace/WorkspaceFixture.h"
#include "PgTestSupport.h"
#include "audit/AuditLog.h"
#include "security/KeySlotFile.h"
#include "security/Totp.h"
#include "support/TestSupport.h"
#include "sync/CentralAdmin.h"
#include "sync/CentralSignIn.h"
#include "sync/CentralStaffSync.h"
#include "sync/DeviceCard.h"
#include "sync/SyncClient.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace madoguchi;
using security::Role;
using security::Scope;
using sync::CentralSignIn;
using sync::CentralStaff;
using test::secret;

namespace {

constexpr char kHanakoPassword[] = "hanako's long password";

/// An office database enrolled with a scratch central store, its administrator still signed in.
struct Site
{
    test::ScratchCentral central;
    test::Office office;
    QString deviceId;

    Site()
    {
        sync::SyncClient client(office.admin->database(), office.admin->audit(),
                                office.admin->authorizer(), office.clock);
        auto enrolled = client.enroll(office.admin->session(), central.adminUrl(),
                                      QStringLiteral("窓口1"), sync::DeviceKind::Counter);
        INFO(enrolled.message().toStdString());
        REQUIRE(enrolled.ok());
        deviceId = enrolled->deviceId;
    }

    /// A central account; returns its TOTP secret (read back as the owner, tests only).
    security::SecureBuffer addCentral(const QString& login, const char* password,
                                      QList<Role> roles = {Role::Clerk},
                                      QList<Scope> scopes = {Scope::WelfareService})
    {
        auto owner = central.admin();
        auto added = CentralStaff::addAccount(
            owner->db(), {login, QStringLiteral("職員 ") + login, roles, scopes}, secret(password));
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
        CHECK(added->uri.startsWith(QStringLiteral("otpauth://totp/Madoguchi:") + login));
        return totpSecret(login);
    }

    security::SecureBuffer totpSecret(const QString& login) const
    {
        const QByteArray raw =
            central
                .scalar(QStringLiteral("SELECT totp_secret FROM madoguchi.staff_accounts WHERE "
                                       "login = '%1'")
                            .arg(login))
                .toByteArray();
        return security::SecureBuffer::copyOf(raw.constData(), std::size_t(raw.size()));
    }

    QStringList slotLogins() const
    {
        auto slotList = security::KeySlotFile::load(security::keySlotPathFor(office.path));
        REQUIRE(slotList.ok());
        return slotList->accountLogins();
    }

    qint64 localAccounts() const
    {
        QSqlQuery query(office.admin->database().connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM staff_account")));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
};

QString codeNow(const security::SecureBuffer& totp, int delta = 0)
{
    return security::Totp::codeAt(totp,
                                  security::Totp::stepAt(QDateTime::currentDateTimeUtc()) + delta);
}

/// A code that is none of the three the central store accepts now.
QString wrongCode(const security::SecureBuffer& totp)
{
    for (int candidate = 0;; candidate += 7) {
        const QString code = QStringLiteral("%1").arg(candidate, 6, 10, QLatin1Char('0'));
        if (code != codeNow(totp, -1) && code != codeNow(totp) && code != codeNow(totp, 1) &&
            code != codeNow(totp, 2))
            return code;
    }
}

Result<std::unique_ptr<Workspace>> firstSignIn(Site& site, const QString& login,
                                               const char* password, const QString& code,
                                               const Clock& clock)
{
    return CentralSignIn::signInFirstTime(site.office.path, login, secret(password), code, clock,
                                          test::fastKdf());
}

QString refusal(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return query.lastError().nativeErrorCode();
}

std::unique_ptr<sync::CentralConnection> connectAsStaff(const test::ScratchCentral& central,
                                                        const QString& login, const char* password)
{
    sync::CentralUrl url = central.adminUrl();
    url.user = CentralStaff::roleNameFor(url.database, login);
    url.password = QString::fromUtf8(password);
    auto connection = sync::CentralConnection::open(url);
    INFO(connection.message().toStdString());
    REQUIRE(connection.ok());
    return std::move(connection).value();
}

qint64 auditCount(Workspace& workspace, const char* event)
{
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = ?"));
    query.addBindValue(QString::fromLatin1(event));
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("Enrolment gives the key file an escrow slot and writes the device card",
          "[sync][pg][accounts]")
{
    Site site;
    auto slotList = security::KeySlotFile::load(security::keySlotPathFor(site.office.path));
    REQUIRE(slotList.ok());
    CHECK(slotList->hasEscrowSlot());
    auto card = sync::DeviceCard::load(sync::deviceCardPathFor(site.office.path));
    REQUIRE(card.ok());
    CHECK(card->deviceId == site.deviceId);
    CHECK(card->database == site.central.adminUrl().database);
    // No secret of any kind in the card.
    const QByteArray text = test::readAll(sync::deviceCardPathFor(site.office.path));
    CHECK_FALSE(text.contains("password"));
    CHECK_FALSE(text.contains(site.central.adminUrl().user.toUtf8()));
    // The escrow secret is central and opens this device's key file.
    auto owner = site.central.admin();
    auto escrow = CentralStaff::recoverDevice(owner->db(), site.deviceId);
    REQUIRE(escrow.ok());
    CHECK(slotList->unlockWithEscrowSecret(escrow.value()).ok());
}

TEST_CASE("A first sign-in online adds the slot and the account, later sign-ins work offline",
          "[sync][pg][accounts]")
{
    Site site;
    const auto totp =
        site.addCentral(QStringLiteral("hanako"), kHanakoPassword, {Role::Clerk, Role::Reviewer},
                        {Scope::WelfareService, Scope::Devices});
    CHECK(CentralSignIn::appliesTo(site.office.path, QStringLiteral("hanako")));
    CHECK_FALSE(CentralSignIn::appliesTo(site.office.path, QStringLiteral("admin")));

    FixedClock now{QDateTime::currentDateTimeUtc()};
    auto signedIn =
        firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, codeNow(totp), now);
    INFO(signedIn.message().toStdString());
    REQUIRE(signedIn.ok());
    Workspace& hanako = *signedIn.value();
    REQUIRE(hanako.isSignedIn());
    CHECK(hanako.session().login == u"hanako");
    CHECK(hanako.session().displayName == u"職員 hanako");
    CHECK(hanako.session().roles == QList<Role>{Role::Clerk, Role::Reviewer});
    CHECK(hanako.session().scopes == QList<Scope>{Scope::WelfareService, Scope::Devices});
    CHECK(site.slotLogins().contains(QStringLiteral("hanako")));
    CHECK_FALSE(CentralSignIn::appliesTo(site.office.path, QStringLiteral("hanako")));
    CHECK(auditCount(hanako, "staff.central_sign_in") == 1);
    CHECK(auditCount(hanako, "sign_in.success") >= 1);
    {
        QSqlQuery row(hanako.database().connection());
        REQUIRE(row.exec(QStringLiteral("SELECT central_account_id, totp_secret IS NOT NULL, "
                                        "totp_last_step FROM staff_account WHERE login = "
                                        "'hanako'")));
        REQUIRE(row.next());
        CHECK(row.value(0).toString() ==
              site.central
                  .scalar(QStringLiteral("SELECT account_id FROM madoguchi.staff_accounts WHERE "
                                         "login = 'hanako'"))
                  .toString());
        CHECK(row.value(1).toBool());
        // The code is used up here as well: the step accepted centrally.
        CHECK(row.value(2).toLongLong() ==
              site.central
                  .scalar(QStringLiteral("SELECT last_totp_step FROM madoguchi.staff_accounts "
                                         "WHERE login = 'hanako'"))
                  .toLongLong());
    }
    CHECK(site.central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.central_sign_ins WHERE "
                                     "login = 'hanako' AND outcome = 'ok'"))
              .toInt() == 1);
    REQUIRE(hanako.signOut().ok());
    signedIn.value().reset();

    // Offline: the central store is unreachable (the card points at a closed port); the normal
    // password-and-code path needs none of it. The clock moves to the step after the one used.
    const qint64 usedStep =
        site.central
            .scalar(QStringLiteral(
                "SELECT last_totp_step FROM madoguchi.staff_accounts WHERE login = 'hanako'"))
            .toLongLong();
    auto card = sync::DeviceCard::load(sync::deviceCardPathFor(site.office.path));
    REQUIRE(card.ok());
    card->port = 1;
    REQUIRE(card->save(sync::deviceCardPathFor(site.office.path)).ok());
    now.set(QDateTime::fromSecsSinceEpoch((usedStep + 1) * 30 + 1, Qt::UTC));
    const QString nextCode = security::Totp::codeAt(totp, security::Totp::stepAt(now.nowUtc()));
    auto offline = Workspace::signIn(site.office.path, QStringLiteral("hanako"),
                                     secret(kHanakoPassword), nextCode, now);
    INFO(offline.message().toStdString());
    REQUIRE(offline.ok());
    CHECK(offline.value()->session().roles == QList<Role>{Role::Clerk, Role::Reviewer});
    // The same code again is a replay, locally too.
    REQUIRE(offline.value()->signOut().ok());
    offline.value().reset();
    auto replayed = Workspace::signIn(site.office.path, QStringLiteral("hanako"),
                                      secret(kHanakoPassword), nextCode, now);
    CHECK(replayed.code() == ErrorCode::WrongCode);

    // Someone new, while the central store is unreachable: told to sign in where they have
    // before.
    const auto taroTotp = site.addCentral(QStringLiteral("taro"), "taro's long password");
    auto unreachable =
        firstSignIn(site, QStringLiteral("taro"), "taro's long password", codeNow(taroTotp), now);
    CHECK(unreachable.code() == ErrorCode::Io);
    CHECK(unreachable.message().contains(QStringLiteral("signed in before")));
    CHECK_FALSE(site.slotLogins().contains(QStringLiteral("taro")));
}

TEST_CASE("Refused first sign-ins add nothing to the device", "[sync][pg][accounts]")
{
    Site site;
    const auto totp = site.addCentral(QStringLiteral("hanako"), kHanakoPassword);
    FixedClock now{QDateTime::currentDateTimeUtc()};
    const QStringList slotsBefore = site.slotLogins();
    const qint64 accountsBefore = site.localAccounts();
    const auto nothingAdded = [&] {
        CHECK(site.slotLogins() == slotsBefore);
        CHECK(site.localAccounts() == accountsBefore);
    };

    SECTION("wrong password")
    {
        auto result = firstSignIn(site, QStringLiteral("hanako"), "not the password at all",
                                  codeNow(totp), now);
        CHECK(result.code() == ErrorCode::WrongPassword);
        auto unknown =
            firstSignIn(site, QStringLiteral("nobody"), kHanakoPassword, codeNow(totp), now);
        CHECK(unknown.code() == ErrorCode::WrongPassword);
        nothingAdded();
    }
    SECTION("wrong code")
    {
        auto result =
            firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, wrongCode(totp), now);
        CHECK(result.code() == ErrorCode::WrongCode);
        CHECK(firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, QStringLiteral("12a456"),
                          now)
                  .code() == ErrorCode::WrongCode);
        nothingAdded();
        CHECK(site.central
                  .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.central_sign_ins WHERE "
                                         "outcome = 'wrong_code'"))
                  .toInt() == 2);
    }
    SECTION("a code used on another device is a replay")
    {
        test::Office other;
        sync::SyncClient client(other.admin->database(), other.admin->audit(),
                                other.admin->authorizer(), other.clock);
        REQUIRE(client
                    .enroll(other.admin->session(), site.central.adminUrl(),
                            QStringLiteral("窓口2"), sync::DeviceKind::Counter)
                    .ok());
        const QString code = codeNow(totp);
        auto first =
            CentralSignIn::signInFirstTime(other.path, QStringLiteral("hanako"),
                                           secret(kHanakoPassword), code, now, test::fastKdf());
        INFO(first.message().toStdString());
        REQUIRE(first.ok());
        auto again = firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, code, now);
        CHECK(again.code() == ErrorCode::WrongCode);
        CHECK(again.message().contains(QStringLiteral("used already")));
        nothingAdded();
    }
    SECTION("a disabled account")
    {
        auto owner = site.central.admin();
        REQUIRE(CentralStaff::disable(owner->db(), QStringLiteral("hanako")).ok());
        auto result =
            firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, codeNow(totp), now);
        CHECK(result.code() == ErrorCode::AccountDisabled);
        CHECK(CentralStaff::unlock(owner->db(), QStringLiteral("hanako")).code() ==
              ErrorCode::AccountDisabled);
        nothingAdded();
    }
    SECTION("an account locked by an administrator")
    {
        auto owner = site.central.admin();
        REQUIRE(CentralStaff::lock(owner->db(), QStringLiteral("hanako")).ok());
        auto result =
            firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, codeNow(totp), now);
        CHECK(result.code() == ErrorCode::AccountLocked);
        nothingAdded();
        REQUIRE(CentralStaff::unlock(owner->db(), QStringLiteral("hanako")).ok());
        auto unlocked =
            firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, codeNow(totp), now);
        INFO(unlocked.message().toStdString());
        CHECK(unlocked.ok());
    }
    SECTION("a revoked device")
    {
        auto owner = site.central.admin();
        REQUIRE(sync::CentralAdmin::revokeDevice(owner->db(), site.deviceId).ok());
        auto result =
            firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, codeNow(totp), now);
        CHECK(result.code() == ErrorCode::PermissionDenied);
        CHECK(result.message().contains(QStringLiteral("revoked")));
        nothingAdded();
    }
    SECTION("a login that has a slot here already signs in normally")
    {
        auto result =
            firstSignIn(site, QStringLiteral("admin"), test::Office::kPassword, codeNow(totp), now);
        CHECK(result.code() == ErrorCode::AlreadyExists);
        nothingAdded();
    }
}

TEST_CASE("Five wrong codes lock the central account for a while", "[sync][pg][accounts]")
{
    Site site;
    const auto totp = site.addCentral(QStringLiteral("hanako"), kHanakoPassword);
    FixedClock now{QDateTime::currentDateTimeUtc()};
    for (int attempt = 1; attempt <= 4; ++attempt) {
        auto result =
            firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, wrongCode(totp), now);
        CHECK(result.code() == ErrorCode::WrongCode);
    }
    auto fifth = firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, wrongCode(totp), now);
    CHECK(fifth.code() == ErrorCode::AccountLocked);
    // Now even the right code is refused.
    auto right = firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, codeNow(totp), now);
    CHECK(right.code() == ErrorCode::AccountLocked);
    CHECK_FALSE(site.slotLogins().contains(QStringLiteral("hanako")));
    auto owner = site.central.admin();
    auto account = CentralStaff::find(owner->db(), QStringLiteral("hanako"));
    REQUIRE(account.ok());
    CHECK(account->lockedUntilUtc.isValid());
    CHECK(account->lockedUntilUtc > QDateTime::currentDateTimeUtc().addSecs(14 * 60));
    CHECK(site.central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.central_sign_ins WHERE login "
                                     "= 'hanako'"))
              .toInt() == 6);
    // An administrator's unlock ends it.
    REQUIRE(CentralStaff::unlock(owner->db(), QStringLiteral("hanako")).ok());
    auto afterUnlock =
        firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, codeNow(totp), now);
    INFO(afterUnlock.message().toStdString());
    CHECK(afterUnlock.ok());
}

TEST_CASE("Central account changes reach the device, a disabled account loses its slot",
          "[sync][pg][accounts]")
{
    Site site;
    const auto totp = site.addCentral(QStringLiteral("hanako"), kHanakoPassword);
    site.addCentral(QStringLiteral("stranger"), "a stranger's password");
    FixedClock now{QDateTime::currentDateTimeUtc()};
    {
        auto first =
            firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, codeNow(totp), now);
        INFO(first.message().toStdString());
        REQUIRE(first.ok());
        REQUIRE(first.value()->signOut().ok());
    }
    // The administrator's workspace was opened before hanako's slot existed: sign in again.
    REQUIRE(site.office.admin->signOut().ok());
    auto admin = site.office.signIn(QStringLiteral("admin"));
    REQUIRE(admin.ok());
    Workspace& workspace = *admin.value();

    // Any enrolled device may ask; this one asks with a device connection of its own.
    const auto device = site.central.enrollDevice(QStringLiteral("sync peer"));
    auto connection = site.central.connectAs(device);
    auto owner = site.central.admin();

    REQUIRE(CentralStaff::update(owner->db(), QStringLiteral("hanako"), QStringLiteral("山田 花子"),
                                 {Role::Approver}, {Scope::MedicalPsychiatric})
                .ok());
    auto applied = sync::CentralStaffSync::apply(workspace.database(), connection->db(),
                                                 workspace.audit(), site.office.clock);
    INFO(applied.message().toStdString());
    REQUIRE(applied.ok());
    CHECK(applied.value() == 1); // the stranger is not known here
    {
        QSqlQuery row(workspace.database().connection());
        REQUIRE(row.exec(QStringLiteral("SELECT display_name, roles, scopes, state FROM "
                                        "staff_account WHERE login = 'hanako'")));
        REQUIRE(row.next());
        CHECK(row.value(0).toString() == u"山田 花子");
        CHECK(row.value(1).toString() == u"approver");
        CHECK(row.value(2).toString() == u"medical_psychiatric");
        CHECK(row.value(3).toString() == u"active");
    }
    CHECK(auditCount(workspace, "staff.sync") == 1);
    // Nothing new: nothing changes, the cursor holds.
    auto again = sync::CentralStaffSync::apply(workspace.database(), connection->db(),
                                               workspace.audit(), site.office.clock);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);

    REQUIRE(CentralStaff::disable(owner->db(), QStringLiteral("hanako")).ok());
    auto disabled = sync::CentralStaffSync::apply(workspace.database(), connection->db(),
                                                  workspace.audit(), site.office.clock);
    REQUIRE(disabled.ok());
    CHECK(disabled.value() == 1);
    CHECK_FALSE(site.slotLogins().contains(QStringLiteral("hanako")));
    CHECK_FALSE(workspace.database().accountLogins().contains(QStringLiteral("hanako")));
    now.advanceMs(30'000);
    auto offline =
        Workspace::signIn(site.office.path, QStringLiteral("hanako"), secret(kHanakoPassword),
                          security::Totp::codeAt(totp, security::Totp::stepAt(now.nowUtc())), now);
    CHECK_FALSE(offline.ok());
}

TEST_CASE("A central password reset drops the old slot, the next sign-in is online again",
          "[sync][pg][accounts]")
{
    Site site;
    const auto totp = site.addCentral(QStringLiteral("hanako"), kHanakoPassword);
    FixedClock now{QDateTime::currentDateTimeUtc()};
    {
        auto first =
            firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, codeNow(totp), now);
        REQUIRE(first.ok());
        REQUIRE(first.value()->signOut().ok());
    }
    REQUIRE(site.office.admin->signOut().ok());
    auto admin = site.office.signIn(QStringLiteral("admin"));
    REQUIRE(admin.ok());
    const auto device = site.central.enrollDevice(QStringLiteral("sync peer"));
    auto connection = site.central.connectAs(device);
    auto owner = site.central.admin();
    REQUIRE(CentralStaff::resetPassword(owner->db(), QStringLiteral("hanako"),
                                        secret("a brand new password"))
                .ok());
    auto applied = sync::CentralStaffSync::apply(admin.value()->database(), connection->db(),
                                                 admin.value()->audit(), site.office.clock);
    REQUIRE(applied.ok());
    CHECK_FALSE(site.slotLogins().contains(QStringLiteral("hanako")));
    CHECK(CentralSignIn::appliesTo(site.office.path, QStringLiteral("hanako")));
    REQUIRE(admin.value()->signOut().ok());

    // The old password opens nothing, centrally or here; the new one signs in online (with the
    // next code: the one used above may not be used twice).
    now.set(QDateTime::currentDateTimeUtc());
    CHECK(firstSignIn(site, QStringLiteral("hanako"), kHanakoPassword, codeNow(totp), now).code() ==
          ErrorCode::WrongPassword);
    auto renewed =
        firstSignIn(site, QStringLiteral("hanako"), "a brand new password", codeNow(totp, 1), now);
    INFO(renewed.message().toStdString());
    REQUIRE(renewed.ok());
    CHECK(site.slotLogins().contains(QStringLiteral("hanako")));
}

TEST_CASE("A non-ASCII password signs in (SASLprep like PostgreSQL's)", "[sync][pg][accounts]")
{
    Site site;
    // Full-width letters and digits: NFKC makes them ASCII on both sides.
    const char* password = "ぱすわーど　ＡＢＣ１２３ｘｙｚ";
    const auto totp = site.addCentral(QStringLiteral("kana"), password);
    FixedClock now{QDateTime::currentDateTimeUtc()};
    auto result = firstSignIn(site, QStringLiteral("kana"), password, codeNow(totp), now);
    INFO(result.message().toStdString());
    CHECK(result.ok());
}

TEST_CASE("An administrator recovers a device whose passwords are all unknown",
          "[sync][pg][accounts]")
{
    Site site;
    const QString path = site.office.path;
    REQUIRE(site.office.admin->signOut().ok());
    site.office.admin.reset();

    auto owner = site.central.admin();
    auto escrow = CentralStaff::recoverDevice(owner->db(), site.deviceId);
    REQUIRE(escrow.ok());
    auto unlocked = CentralSignIn::unlockForRecovery(path, escrow.value());
    INFO(unlocked.message().toStdString());
    REQUIRE(unlocked.ok());
    auto database = store::Database::open(std::move(unlocked).value());
    REQUIRE(database.ok());
    QSqlQuery query(database.value()->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM staff_account")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    query.finish();
    auto code = database.value()->createRecoveryCode(test::fastKdf());
    REQUIRE(code.ok());
    database.value()->close();
    CHECK(store::Database::unlockWithRecoveryCode(path, code.value()).ok());

    // Another device's escrow secret opens nothing here; an unknown device has none.
    const auto other = site.central.enrollDevice(QStringLiteral("elsewhere"));
    auto otherSecret = CentralStaff::recoverDevice(owner->db(), other.deviceId);
    REQUIRE(otherSecret.ok());
    CHECK(CentralSignIn::unlockForRecovery(path, otherSecret.value()).code() ==
          ErrorCode::WrongPassword);
    CHECK(CentralStaff::recoverDevice(owner->db(), QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-"
                                                                  "0c1d2e3f4a5b"))
              .code() == ErrorCode::NotFound);
}

TEST_CASE("The staff role may only call first_sign_in, the device role may not call it",
          "[sync][pg][accounts]")
{
    Site site;
    site.addCentral(QStringLiteral("hanako"), kHanakoPassword);
    auto staff = connectAsStaff(site.central, QStringLiteral("hanako"), kHanakoPassword);
    QSqlDatabase& db = staff->db();
    const QStringList tables = site.central.tables();
    REQUIRE(tables.contains(QStringLiteral("staff_accounts")));
    REQUIRE(tables.contains(QStringLiteral("device_escrow")));
    REQUIRE(tables.contains(QStringLiteral("central_sign_ins")));
    for (const QString& table : tables) {
        INFO(table.toStdString());
        CHECK(refusal(db, QStringLiteral("SELECT * FROM madoguchi.%1").arg(table)) == u"42501");
        CHECK(refusal(db, QStringLiteral("DELETE FROM madoguchi.%1").arg(table)) == u"42501");
    }
    for (const char* call :
         {"SELECT madoguchi.push_changes('[]'::jsonb)",
          "SELECT * FROM madoguchi.pull_changes(0, 0, 10)", "SELECT madoguchi.device_high_water()",
          "SELECT * FROM madoguchi.lease_block('application', 10)",
          "SELECT * FROM madoguchi.staff_accounts_since(0)", "SELECT madoguchi.calling_device()",
          "SELECT madoguchi.totp_code('\\x00'::bytea, 1)"}) {
        INFO(call);
        CHECK(refusal(db, QString::fromLatin1(call)) == u"42501");
    }
    CHECK(refusal(db, QStringLiteral("CREATE TABLE public.mine (x int)")) == u"42501");
    QSqlQuery allowed(db);
    CHECK(allowed.exec(QStringLiteral("SELECT outcome FROM madoguchi.first_sign_in('%1', '000000')")
                           .arg(site.deviceId)));

    const auto device = site.central.enrollDevice();
    auto deviceConnection = site.central.connectAs(device);
    QSqlDatabase& deviceDb = deviceConnection->db();
    CHECK(refusal(deviceDb, QStringLiteral("SELECT * FROM madoguchi.first_sign_in('%1', "
                                           "'000000')")
                                .arg(device.deviceId)) == u"42501");
    for (const char* table : {"staff_accounts", "device_escrow", "central_sign_ins"})
        CHECK(refusal(deviceDb,
                      QStringLiteral("SELECT * FROM madoguchi.%1").arg(QLatin1String(table))) ==
              u"42501");
    // What the device may call: the account changes, without secrets.
    QSqlQuery since(deviceDb);
    REQUIRE(since.exec(QStringLiteral("SELECT * FROM madoguchi.staff_accounts_since(0)")));
    REQUIRE(since.next());
    for (int column = 0; column < since.record().count(); ++column)
        CHECK_FALSE(since.record().fieldName(column).contains(QStringLiteral("secret")));
}
