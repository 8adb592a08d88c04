// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/StaffAccounts.h"

#include "audit/AuditLog.h"
#include "security/Authorizer.h"
#include "security/SecretBox.h"
#include "security/SignInGuard.h"
#include "security/Totp.h"
#include "store/Database.h"
#include "store/Repository.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace madoguchi::security {

namespace {

constexpr char kIssuer[] = "Madoguchi";
const QString kManage = QStringLiteral("staff.manage");

QStringList accountColumns()
{
    return {QStringLiteral("login"),          QStringLiteral("display_name"),
            QStringLiteral("roles"),          QStringLiteral("scopes"),
            QStringLiteral("state"),          QStringLiteral("failed_attempts"),
            QStringLiteral("locked_until"),   QStringLiteral("totp_secret"),
            QStringLiteral("totp_last_step"), QStringLiteral("created_at"),
            QStringLiteral("updated_at")};
}

QString joinRoles(const QList<Role>& roles)
{
    QStringList codes;
    for (Role role : roles)
        codes << roleCode(role);
    return codes.isEmpty() ? QStringLiteral("") : codes.join(u' '); // never NULL
}

QString joinScopes(const QList<Scope>& scopes)
{
    QStringList codes;
    for (Scope scope : scopes)
        codes << scopeCode(scope);
    return codes.isEmpty() ? QStringLiteral("") : codes.join(u' '); // never NULL
}

QList<Role> parseRoles(const QString& text)
{
    QList<Role> roles;
    for (const QString& code : text.split(u' ', Qt::SkipEmptyParts)) {
        Role role;
        if (roleFromCode(code, &role))
            roles << role;
    }
    return roles;
}

QList<Scope> parseScopes(const QString& text)
{
    QList<Scope> scopes;
    for (const QString& code : text.split(u' ', Qt::SkipEmptyParts)) {
        Scope scope;
        if (scopeFromCode(code, &scope))
            scopes << scope;
    }
    return scopes;
}

AccountState stateFromCode(const QString& code)
{
    if (code == u"disabled")
        return AccountState::Disabled;
    if (code == u"locked")
        return AccountState::Locked;
    return AccountState::Active;
}

} // namespace

QString accountStateCode(AccountState state)
{
    switch (state) {
    case AccountState::Active:
        return QStringLiteral("active");
    case AccountState::Locked:
        return QStringLiteral("locked");
    case AccountState::Disabled:
        return QStringLiteral("disabled");
    }
    return QStringLiteral("active");
}

StaffAccounts::StaffAccounts(store::Database& database, audit::AuditLog& audit,
                             const Authorizer& authorizer, SignInGuard& guard, const Clock& clock)
    : m_database(database), m_audit(audit), m_authorizer(authorizer), m_guard(guard), m_clock(clock)
{}

Result<StaffAccount> StaffAccounts::findByLogin(const QString& login) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, version, login, display_name, roles, scopes, state, "
                                 "locked_until, totp_secret IS NOT NULL FROM staff_account "
                                 "WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return Error{
            ErrorCode::Sql,
            tr("The staff accounts could not be read: %1").arg(query.lastError().databaseText())};
    if (!query.next())
        return Error{ErrorCode::UnknownAccount, tr("There is no staff account %1.").arg(login)};
    StaffAccount account;
    account.id = query.value(0).toString();
    account.version = query.value(1).toLongLong();
    account.login = query.value(2).toString();
    account.displayName = query.value(3).toString();
    account.roles = parseRoles(query.value(4).toString());
    account.scopes = parseScopes(query.value(5).toString());
    account.state = stateFromCode(query.value(6).toString());
    account.lockedUntilUtc = m_guard.lockedUntil(account.login);
    if (!account.lockedUntilUtc.isValid() || account.lockedUntilUtc <= m_clock.nowUtc())
        account.lockedUntilUtc = QDateTime();
    account.hasSecondFactor = query.value(8).toBool();
    return account;
}

Result<StaffAccount> StaffAccounts::managedAccount(const Session& session,
                                                   const QString& login) const
{
    auto account = findByLogin(login);
    if (Status allowed =
            m_authorizer.require(session, kManage, std::nullopt, QStringLiteral("staff_account"),
                                 account ? account->id : QString());
        !allowed)
        return allowed.error();
    return account;
}

QByteArray StaffAccounts::encryptSecret(const SecureBuffer& secret) const
{
    return SecretBox::seal(secret, m_database.subkey("TOTPSECR"));
}

Result<SecureBuffer> StaffAccounts::decryptSecret(const QByteArray& sealed) const
{
    SecureBuffer secret = SecretBox::open(sealed, m_database.subkey("TOTPSECR"));
    if (!secret.isValid())
        return Error{ErrorCode::DatabaseCorrupt, tr("The second-factor secret is damaged.")};
    return secret;
}

Status StaffAccounts::writeChange(const StaffAccount& account, const QVariantMap& changes,
                                  const audit::AuditEvent& event)
{
    QVariantMap all = changes;
    all.insert(QStringLiteral("updated_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs));
    store::Transaction transaction(m_database.connection());
    store::Repository repository(m_database.connection(), QStringLiteral("staff_account"),
                                 accountColumns(), m_clock);
    if (auto version = repository.update(account.id, account.version, all); !version)
        return version.error();
    if (Status audited = m_audit.append(event); !audited)
        return audited;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The change could not be saved.")};
    return {};
}

Session StaffAccounts::sessionFor(const StaffAccount& account) const
{
    Session session;
    session.accountId = account.id;
    session.login = account.login;
    session.displayName = account.displayName;
    session.roles = account.roles;
    session.scopes = account.scopes;
    session.deviceId = m_audit.deviceId();
    session.startedAtUtc = m_clock.nowUtc();
    return session;
}

Result<StaffAccount> StaffAccounts::createFirstAdministrator(const QString& displayName)
{
    QSqlQuery count(m_database.connection());
    if (!count.exec(QStringLiteral("SELECT count(*) FROM staff_account")) || !count.next())
        return Error{ErrorCode::Sql, tr("The staff accounts could not be read.")};
    if (count.value(0).toInt() != 0)
        return Error{ErrorCode::AlreadyExists, tr("The first administrator exists already.")};
    count.finish();
    const QString login = m_database.login();
    if (login.isEmpty() || !m_database.accountLogins().contains(login))
        return Error{ErrorCode::UnknownAccount,
                     tr("The first administrator must be the account that opened the database.")};
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    store::Transaction transaction(m_database.connection());
    store::Repository repository(m_database.connection(), QStringLiteral("staff_account"),
                                 accountColumns(), m_clock);
    auto id = repository.insert({{QStringLiteral("login"), login},
                                 {QStringLiteral("display_name"),
                                  displayName.trimmed().isEmpty() ? login : displayName.trimmed()},
                                 {QStringLiteral("roles"), roleCode(Role::Administrator)},
                                 {QStringLiteral("scopes"), QStringLiteral("")},
                                 {QStringLiteral("state"), accountStateCode(AccountState::Active)},
                                 {QStringLiteral("created_at"), now},
                                 {QStringLiteral("updated_at"), now}});
    if (!id)
        return id.error();
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::AccountCreate, audit::Outcome::Success, login,
            QStringLiteral("staff_account"), id.value(), QStringLiteral("first_administrator")));
        !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The account could not be saved.")};
    return findByLogin(login);
}

Result<StaffAccount> StaffAccounts::signingInAccount() const
{
    auto account = findByLogin(m_database.login());
    if (!account)
        return account.error();
    if (account->state == AccountState::Disabled)
        return Error{ErrorCode::AccountDisabled, tr("This account is disabled.")};
    return account;
}

Result<Session> StaffAccounts::completeSignIn(QStringView code)
{
    auto account = signingInAccount();
    if (!account)
        return account.error();
    const QString login = account->login;
    if (Status locked = m_guard.checkNotLocked(login); !locked)
        return locked.error();
    if (account->state == AccountState::Locked)
        return Error{ErrorCode::AccountLocked,
                     tr("This account is locked. Ask an administrator to unlock it.")};
    if (!account->hasSecondFactor)
        return Error{ErrorCode::WrongCode,
                     tr("This account has no second factor yet. Set one up first.")};

    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT totp_secret, totp_last_step FROM staff_account WHERE id = ?"));
    query.addBindValue(account->id);
    if (!query.exec() || !query.next())
        return Error{ErrorCode::Sql, tr("The staff accounts could not be read.")};
    auto secret = decryptSecret(query.value(0).toByteArray());
    const qint64 lastStep = query.value(1).toLongLong();
    query.finish();
    if (!secret)
        return secret.error();

    const auto step = Totp::matchStep(secret.value(), code, m_clock.nowUtc());
    if (!step || *step <= lastStep) {
        const QString reason =
            step ? QStringLiteral("code_replayed") : QStringLiteral("wrong_code");
        const bool locked = m_guard.recordFailure(login, reason);
        for (const auto& pending : m_guard.takePendingEvents())
            (void)m_audit.append(pending.event);
        if (locked)
            return Error{ErrorCode::AccountLocked,
                         tr("Too many failed attempts: this account is now locked for %n "
                            "minute(s).",
                            nullptr, m_guard.policy().lockMinutes)};
        return Error{ErrorCode::WrongCode,
                     step ? tr("This code was used already. Wait for the next code.")
                          : tr("The code is not correct. Check the time on your phone and type "
                               "the six digits shown now.")};
    }
    if (Status saved = writeChange(
            account.value(),
            {{QStringLiteral("totp_last_step"), *step}, {QStringLiteral("failed_attempts"), 0}},
            audit::AuditEvent::of(audit::EventType::SignInSuccess, audit::Outcome::Success, login));
        !saved)
        return saved.error();
    m_guard.recordSuccess(login);
    return sessionFor(findByLogin(login).value());
}

Result<TotpEnrolment> StaffAccounts::newEnrolment() const
{
    auto account = signingInAccount();
    if (!account)
        return account.error();
    TotpEnrolment enrolment;
    enrolment.accountId = account->id;
    enrolment.login = account->login;
    enrolment.secret = Totp::newSecret();
    enrolment.uri =
        Totp::provisioningUri(enrolment.secret, QString::fromLatin1(kIssuer), account->login);
    return enrolment;
}

Result<Session> StaffAccounts::confirmEnrolmentAndSignIn(const TotpEnrolment& enrolment,
                                                         QStringView code)
{
    auto account = signingInAccount();
    if (!account)
        return account.error();
    if (account->id != enrolment.accountId || !enrolment.secret.isValid())
        return Error{ErrorCode::InvalidInput, tr("This set-up belongs to another account.")};
    if (Status locked = m_guard.checkNotLocked(account->login); !locked)
        return locked.error();
    const auto step = Totp::matchStep(enrolment.secret, code, m_clock.nowUtc());
    if (!step) {
        if (m_guard.recordFailure(account->login, QStringLiteral("wrong_enrolment_code"))) {
            for (const auto& pending : m_guard.takePendingEvents())
                (void)m_audit.append(pending.event);
            return Error{ErrorCode::AccountLocked,
                         tr("Too many failed attempts: this account is now locked.")};
        }
        return Error{ErrorCode::WrongCode,
                     tr("The code does not match. Scan the QR code again and type the six "
                        "digits the app shows now.")};
    }
    const QByteArray sealed = encryptSecret(enrolment.secret);
    if (sealed.isEmpty())
        return Error{ErrorCode::Crypto, tr("The second-factor secret could not be sealed.")};
    store::Transaction transaction(m_database.connection());
    if (Status saved = writeChange(
            account.value(),
            {{QStringLiteral("totp_secret"), sealed}, {QStringLiteral("totp_last_step"), *step}},
            audit::AuditEvent::of(audit::EventType::AccountResetTotp, audit::Outcome::Success,
                                  account->login, QStringLiteral("staff_account"), account->id,
                                  QStringLiteral("enrolled")));
        !saved)
        return saved.error();
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::SignInSuccess, audit::Outcome::Success, account->login));
        !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The second factor could not be saved.")};
    m_guard.recordSuccess(account->login);
    return sessionFor(findByLogin(account->login).value());
}

Status StaffAccounts::saveEnrolment(const TotpEnrolment& enrolment)
{
    auto account = findByLogin(enrolment.login);
    if (!account)
        return account.error();
    const QByteArray sealed = encryptSecret(enrolment.secret);
    if (sealed.isEmpty())
        return Error{ErrorCode::Crypto, tr("The second-factor secret could not be sealed.")};
    return writeChange(
        account.value(),
        {{QStringLiteral("totp_secret"), sealed}, {QStringLiteral("totp_last_step"), -1}},
        audit::AuditEvent::of(audit::EventType::AccountResetTotp, audit::Outcome::Success,
                              m_database.login(), QStringLiteral("staff_account"), account->id,
                              QStringLiteral("enrolled_without_code")));
}

Status StaffAccounts::signOut(const Session& session)
{
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::SignOut, audit::Outcome::Success, session.login));
        !audited)
        return audited;
    return m_audit.checkpoint();
}

Result<QList<StaffAccount>> StaffAccounts::list(const Session& session) const
{
    if (Status allowed = m_authorizer.require(session, kManage); !allowed)
        return allowed.error();
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT login FROM staff_account ORDER BY login")))
        return Error{ErrorCode::Sql, tr("The staff accounts could not be read.")};
    QStringList logins;
    while (query.next())
        logins << query.value(0).toString();
    QList<StaffAccount> accounts;
    for (const QString& login : logins) {
        auto account = findByLogin(login);
        if (!account)
            return account.error();
        accounts << account.value();
    }
    return accounts;
}

Result<QHash<QString, QString>> StaffAccounts::colleagueNames(const Session& session) const
{
    if (!session.isValid())
        return Error{ErrorCode::PermissionDenied, tr("Sign in first.")};
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, display_name FROM staff_account")))
        return Error{ErrorCode::Sql, tr("The staff accounts could not be read.")};
    QHash<QString, QString> names;
    while (query.next())
        names.insert(query.value(0).toString(), query.value(1).toString());
    return names;
}

Result<TotpEnrolment> StaffAccounts::create(const Session& session, const NewStaffAccount& draft,
                                            const SecureBuffer& password)
{
    if (Status allowed =
            m_authorizer.require(session, kManage, std::nullopt, QStringLiteral("staff_account"));
        !allowed)
        return allowed.error();
    if (draft.roles.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Give the account at least one role.")};
    if (draft.displayName.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Give the account a display name.")};
    if (findByLogin(draft.login).ok() || m_database.accountLogins().contains(draft.login))
        return Error{ErrorCode::AlreadyExists,
                     tr("There is already an account %1.").arg(draft.login)};
    // The key slot first (it validates login and password); removed again if the row fails.
    if (Status slot = m_database.addAccount(draft.login, password, m_slotKdf); !slot)
        return slot.error();

    TotpEnrolment enrolment;
    enrolment.login = draft.login;
    enrolment.secret = Totp::newSecret();
    enrolment.uri =
        Totp::provisioningUri(enrolment.secret, QString::fromLatin1(kIssuer), draft.login);
    const QByteArray sealed = encryptSecret(enrolment.secret);
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);

    store::Transaction transaction(m_database.connection());
    store::Repository repository(m_database.connection(), QStringLiteral("staff_account"),
                                 accountColumns(), m_clock);
    auto id = repository.insert({{QStringLiteral("login"), draft.login},
                                 {QStringLiteral("display_name"), draft.displayName.trimmed()},
                                 {QStringLiteral("roles"), joinRoles(draft.roles)},
                                 {QStringLiteral("scopes"), joinScopes(draft.scopes)},
                                 {QStringLiteral("state"), accountStateCode(AccountState::Active)},
                                 {QStringLiteral("totp_secret"), sealed},
                                 {QStringLiteral("created_at"), now},
                                 {QStringLiteral("updated_at"), now}});
    Status status = id.status();
    if (status && sealed.isEmpty())
        status = Error{ErrorCode::Crypto, tr("The second-factor secret could not be sealed.")};
    if (status)
        status = m_audit.append(
            audit::AuditEvent::of(audit::EventType::AccountCreate, audit::Outcome::Success,
                                  session.login, QStringLiteral("staff_account"), id.value(),
                                  joinRoles(draft.roles) + u'/' + joinScopes(draft.scopes)));
    if (status && !transaction.commit())
        status = Error{ErrorCode::Sql, tr("The account could not be saved.")};
    if (!status) {
        transaction.rollback();
        (void)m_database.removeAccount(draft.login);
        return status.error();
    }
    enrolment.accountId = id.value();
    return enrolment;
}

Status StaffAccounts::update(const Session& session, const QString& login,
                             const QString& displayName, const QList<Role>& roles,
                             const QList<Scope>& scopes)
{
    auto account = managedAccount(session, login);
    if (!account)
        return account.error();
    if (roles.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Give the account at least one role.")};
    if (account->roles.contains(Role::Administrator) && !roles.contains(Role::Administrator) &&
        account->state == AccountState::Active) {
        QSqlQuery admins(m_database.connection());
        admins.prepare(QStringLiteral("SELECT count(*) FROM staff_account WHERE state = 'active' "
                                      "AND (' ' || roles || ' ') LIKE '% administrator %'"));
        if (!admins.exec() || !admins.next() || admins.value(0).toInt() <= 1)
            return Error{ErrorCode::InvalidInput,
                         tr("This is the last active administrator; the role cannot be taken "
                            "away.")};
    }
    return writeChange(account.value(),
                       {{QStringLiteral("display_name"), displayName.trimmed()},
                        {QStringLiteral("roles"), joinRoles(roles)},
                        {QStringLiteral("scopes"), joinScopes(scopes)}},
                       audit::AuditEvent::of(audit::EventType::PermissionChange,
                                             audit::Outcome::Success, session.login,
                                             QStringLiteral("staff_account"), account->id,
                                             joinRoles(roles) + u'/' + joinScopes(scopes)));
}

Status StaffAccounts::disable(const Session& session, const QString& login)
{
    auto account = managedAccount(session, login);
    if (!account)
        return account.error();
    if (account->state == AccountState::Disabled)
        return {};
    if (account->roles.contains(Role::Administrator)) {
        QSqlQuery admins(m_database.connection());
        admins.prepare(QStringLiteral("SELECT count(*) FROM staff_account WHERE state = 'active' "
                                      "AND (' ' || roles || ' ') LIKE '% administrator %' "
                                      "AND login <> ?"));
        admins.addBindValue(login);
        if (!admins.exec() || !admins.next() || admins.value(0).toInt() == 0)
            return Error{ErrorCode::InvalidInput,
                         tr("This is the last active administrator and cannot be disabled. "
                            "Make another administrator first.")};
    }
    if (Status saved = writeChange(
            account.value(),
            {{QStringLiteral("state"), accountStateCode(AccountState::Disabled)},
             {QStringLiteral("totp_secret"), QVariant(QMetaType(QMetaType::QByteArray))}},
            audit::AuditEvent::of(audit::EventType::AccountDisable, audit::Outcome::Success,
                                  session.login, QStringLiteral("staff_account"), account->id));
        !saved)
        return saved;
    // Without its slot the password opens nothing on this machine, offline included.
    if (m_database.accountLogins().contains(login))
        return m_database.removeAccount(login);
    return {};
}

Status StaffAccounts::lock(const Session& session, const QString& login)
{
    auto account = managedAccount(session, login);
    if (!account)
        return account.error();
    return writeChange(
        account.value(), {{QStringLiteral("state"), accountStateCode(AccountState::Locked)}},
        audit::AuditEvent::of(audit::EventType::AccountUpdate, audit::Outcome::Success,
                              session.login, QStringLiteral("staff_account"), account->id,
                              QStringLiteral("locked")));
}

Status StaffAccounts::unlock(const Session& session, const QString& login)
{
    auto account = managedAccount(session, login);
    if (!account)
        return account.error();
    if (account->state == AccountState::Disabled)
        return Error{ErrorCode::AccountDisabled,
                     tr("A disabled account cannot be unlocked; create a new one.")};
    if (Status saved = writeChange(
            account.value(),
            {{QStringLiteral("state"), accountStateCode(AccountState::Active)},
             {QStringLiteral("failed_attempts"), 0}},
            audit::AuditEvent::of(audit::EventType::AccountUnlock, audit::Outcome::Success,
                                  session.login, QStringLiteral("staff_account"), account->id));
        !saved)
        return saved;
    m_guard.unlock(login);
    return {};
}

Status StaffAccounts::resetPassword(const Session& session, const QString& login,
                                    const SecureBuffer& newPassword)
{
    auto account = managedAccount(session, login);
    if (!account)
        return account.error();
    if (account->state == AccountState::Disabled)
        return Error{ErrorCode::AccountDisabled, tr("This account is disabled.")};
    if (Status reset = m_database.resetPassword(login, newPassword, m_slotKdf); !reset)
        return reset;
    return m_audit.append(audit::AuditEvent::of(audit::EventType::AccountResetPassword,
                                                audit::Outcome::Success, session.login,
                                                QStringLiteral("staff_account"), account->id));
}

Status StaffAccounts::resetSecondFactor(const Session& session, const QString& login)
{
    auto account = managedAccount(session, login);
    if (!account)
        return account.error();
    return writeChange(account.value(),
                       {{QStringLiteral("totp_secret"), QVariant(QMetaType(QMetaType::QByteArray))},
                        {QStringLiteral("totp_last_step"), -1}},
                       audit::AuditEvent::of(audit::EventType::AccountResetTotp,
                                             audit::Outcome::Success, session.login,
                                             QStringLiteral("staff_account"), account->id));
}

} // namespace madoguchi::security
