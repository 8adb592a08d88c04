// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CentralSignIn.h"

#include "audit/AuditLog.h"
#include "security/SecretBox.h"
#include "security/Session.h"
#include "store/Repository.h"
#include "store/Transaction.h"
#include "sync/CentralConnection.h"
#include "sync/CentralStaff.h"
#include "sync/DeviceCard.h"
#include "workspace/Workspace.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <sodium.h>

namespace madoguchi::sync {

namespace {

Q_LOGGING_CATEGORY(lcSignIn, "madoguchi.sync.signin")

const QStringList& localAccountColumns()
{
    static const QStringList columns{QStringLiteral("login"),
                                     QStringLiteral("display_name"),
                                     QStringLiteral("roles"),
                                     QStringLiteral("scopes"),
                                     QStringLiteral("state"),
                                     QStringLiteral("failed_attempts"),
                                     QStringLiteral("locked_until"),
                                     QStringLiteral("totp_secret"),
                                     QStringLiteral("totp_last_step"),
                                     QStringLiteral("created_at"),
                                     QStringLiteral("updated_at"),
                                     QStringLiteral("central_account_id"),
                                     QStringLiteral("central_credential_version")};
    return columns;
}

/// Only codes this client knows, space-separated as staff_account keeps them.
QString knownRoleCodes(const QStringList& codes)
{
    QStringList known;
    for (const QString& code : codes) {
        security::Role role;
        if (security::roleFromCode(code, &role))
            known << code;
    }
    return known.isEmpty() ? QStringLiteral("") : known.join(u' '); // never NULL
}

QString knownScopeCodes(const QStringList& codes)
{
    QStringList known;
    for (const QString& code : codes) {
        security::Scope scope;
        if (security::scopeFromCode(code, &scope))
            known << code;
    }
    return known.isEmpty() ? QStringLiteral("") : known.join(u' '); // never NULL
}

/// Sealed under the "TOTPSECR" subkey: the form security::StaffAccounts reads.
QByteArray sealTotpSecret(const store::Database& database, const security::SecureBuffer& secret)
{
    return security::SecretBox::seal(secret, database.subkey("TOTPSECR"));
}

Error offlineError()
{
    return Error{ErrorCode::Io,
                 CentralSignIn::tr("The first sign-in on this computer needs the network, and the "
                                   "central server cannot be reached. Sign in on a computer where "
                                   "you have signed in before, or try again when the network "
                                   "works.")};
}

/// A QPSQL connection as the person's own role, told apart by why it failed.
class StaffConnection
{
public:
    ~StaffConnection()
    {
        if (m_name.isEmpty())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    Status open(const DeviceCard& card, const QString& role, const security::SecureBuffer& password)
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return Error{ErrorCode::Internal,
                         CentralSignIn::tr("The PostgreSQL driver of Qt is not installed (package "
                                           "libqt6sql6-psql), so the central server cannot be "
                                           "reached.")};
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("madoguchi-signin-%1-%2")
                     .arg(quintptr(QThread::currentThreadId()), 0, 16)
                     .arg(counter.fetchAndAddRelaxed(1));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        const CentralUrl url = card.url(role, QString());
        m_db.setHostName(url.host);
        m_db.setPort(url.port);
        m_db.setDatabaseName(url.database);
        m_db.setUserName(role);
        QString text = QString::fromUtf8(reinterpret_cast<const char*>(password.data()),
                                         qsizetype(password.size()));
        m_db.setPassword(text);
        text.fill(u'\0');
        m_db.setConnectOptions(url.options +
                               (url.options.isEmpty() ? QString() : QStringLiteral(";")) +
                               QStringLiteral("connect_timeout=10"));
        const bool opened = m_db.open();
        m_db.setPassword(QString());
        if (opened)
            return {};
        // libpq's text names the role, never the password; it goes to the log only. libpq has
        // no SQLSTATE for a refused connection, so the reason is read from its text (English
        // and Japanese server messages).
        const QString reason = m_db.lastError().databaseText();
        qCWarning(lcSignIn) << "staff connection failed:" << reason;
        if (reason.contains(QLatin1String("not permitted to log in")) ||
            reason.contains(QStringLiteral("ログインが許可されていません")))
            return Error{ErrorCode::AccountDisabled,
                         CentralSignIn::tr("This account is disabled. Ask an administrator.")};
        if (reason.contains(QLatin1String("authentication failed")) ||
            reason.contains(QStringLiteral("認証に失敗")))
            return Error{ErrorCode::WrongPassword,
                         CentralSignIn::tr("The login name or the password is not correct.")};
        return offlineError();
    }

    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

Error outcomeError(const QString& outcome, const QDateTime& lockedUntil)
{
    if (outcome == u"wrong_code" && lockedUntil.isValid())
        return Error{ErrorCode::AccountLocked,
                     CentralSignIn::tr("Too many wrong codes: this account is locked until %1 "
                                       "(UTC).")
                         .arg(lockedUntil.toUTC().toString(QStringLiteral("HH:mm")))};
    if (outcome == u"wrong_code")
        return Error{ErrorCode::WrongCode,
                     CentralSignIn::tr("The code is not correct. Check the time on your phone and "
                                       "type the six digits shown now.")};
    if (outcome == u"replayed")
        return Error{ErrorCode::WrongCode, CentralSignIn::tr("This code was used already. Wait "
                                                             "for the next code.")};
    if (outcome == u"locked") {
        if (lockedUntil.isValid())
            return Error{ErrorCode::AccountLocked,
                         CentralSignIn::tr("This account is locked until %1 (UTC) after too many "
                                           "wrong codes.")
                             .arg(lockedUntil.toUTC().toString(QStringLiteral("HH:mm")))};
        return Error{ErrorCode::AccountLocked,
                     CentralSignIn::tr("This account is locked. Ask an administrator to unlock "
                                       "it.")};
    }
    if (outcome == u"disabled")
        return Error{ErrorCode::AccountDisabled,
                     CentralSignIn::tr("This account is disabled. Ask an administrator.")};
    if (outcome == u"device_revoked")
        return Error{
            ErrorCode::PermissionDenied,
            CentralSignIn::tr("The enrolment of this computer was revoked: nobody can sign "
                              "in here for the first time. Ask an administrator.")};
    return Error{ErrorCode::PermissionDenied,
                 CentralSignIn::tr("The central server does not know this computer. Ask an "
                                   "administrator to enrol it again.")};
}

} // namespace

Status CentralSignIn::prepareDevice(store::Database& database, const CentralUrl& url,
                                    const QString& deviceId, const QByteArray& escrowPublicKey)
{
    auto card = DeviceCard::fromUrl(url, deviceId);
    if (!card)
        return card.error();
    if (Status escrow = database.addEscrowSlot(escrowPublicKey); !escrow)
        return escrow;
    return card->save(deviceCardPathFor(database.path()));
}

Result<store::Database::UnlockedKey>
CentralSignIn::unlockForRecovery(const QString& databasePath,
                                 const security::SecureBuffer& escrowSecret)
{
    if (!QFile::exists(databasePath))
        return Error{ErrorCode::DatabaseMissing,
                     tr("There is no database at %1.").arg(QDir::toNativeSeparators(databasePath))};
    auto keySlots = security::KeySlotFile::load(security::keySlotPathFor(databasePath));
    if (!keySlots)
        return keySlots.error();
    auto key = keySlots->unlockWithEscrowSecret(escrowSecret);
    if (!key)
        return key.error();
    store::Database::UnlockedKey unlocked;
    unlocked.path = databasePath;
    unlocked.key = std::move(key).value();
    unlocked.keySlots = std::make_unique<security::KeySlotFile>(std::move(keySlots).value());
    return unlocked;
}

bool CentralSignIn::appliesTo(const QString& databasePath, const QString& login)
{
    if (!QFile::exists(deviceCardPathFor(databasePath)))
        return false;
    auto slotList = security::KeySlotFile::load(security::keySlotPathFor(databasePath));
    return slotList.ok() && slotList->hasEscrowSlot() && !slotList->hasAccount(login);
}

Result<FirstSignIn> CentralSignIn::proveOnline(const QString& databasePath, const QString& login,
                                               const security::SecureBuffer& password,
                                               QStringView code, security::KdfParams kdf)
{
    if (!CentralStaff::isValidLogin(login))
        return Error{ErrorCode::WrongPassword,
                     tr("The login name or the password is not correct.")};
    if (!password.isValid() || password.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Type your password.")};
    auto card = DeviceCard::load(deviceCardPathFor(databasePath));
    if (!card)
        return card.error();
    auto keySlots = security::KeySlotFile::load(security::keySlotPathFor(databasePath));
    if (!keySlots)
        return keySlots.error();
    if (keySlots->hasAccount(login))
        return Error{ErrorCode::AlreadyExists,
                     tr("You have signed in on this computer before: sign in with your password "
                        "and code as usual.")};
    if (!keySlots->hasEscrowSlot())
        return Error{ErrorCode::NotFound,
                     tr("This computer was enrolled before central accounts existed: an "
                        "administrator must enrol it again before a first sign-in here.")};

    StaffConnection connection;
    if (Status opened = connection.open(card.value(),
                                        CentralStaff::roleNameFor(card->database, login), password);
        !opened)
        return opened.error();

    QSqlQuery query(connection.db());
    query.prepare(QStringLiteral(
        "SELECT outcome, escrow_secret, account_id, display_name, array_to_string(roles, ' '), "
        "array_to_string(scopes, ' '), totp_secret, totp_step, credential_version, locked_until "
        "FROM madoguchi.first_sign_in(?, ?)"));
    query.addBindValue(card->deviceId);
    query.addBindValue(code.toString().trimmed());
    if (!query.exec() || !query.next()) {
        const Error error = centralError(query.lastError(), tr("checking the sign-in"));
        return error.code == ErrorCode::Io ? offlineError() : error;
    }
    const QString outcome = query.value(0).toString();
    if (outcome != u"ok")
        return outcomeError(outcome, query.value(9).toDateTime());

    QByteArray escrowBytes = query.value(1).toByteArray();
    QByteArray totpBytes = query.value(6).toByteArray();
    const security::SecureBuffer escrowSecret =
        security::SecureBuffer::copyOf(escrowBytes.constData(), std::size_t(escrowBytes.size()));
    FirstSignIn proved;
    proved.account.totpSecret =
        security::SecureBuffer::copyOf(totpBytes.constData(), std::size_t(totpBytes.size()));
    sodium_memzero(escrowBytes.data(), std::size_t(escrowBytes.size()));
    sodium_memzero(totpBytes.data(), std::size_t(totpBytes.size()));
    proved.account.accountId = query.value(2).toString();
    proved.account.login = login;
    proved.account.displayName = query.value(3).toString();
    proved.account.roles = query.value(4).toString().split(u' ', Qt::SkipEmptyParts);
    proved.account.scopes = query.value(5).toString().split(u' ', Qt::SkipEmptyParts);
    proved.account.totpStep = query.value(7).toLongLong();
    proved.account.credentialVersion = query.value(8).toLongLong();
    query.finish();
    if (!escrowSecret.isValid() || !proved.account.totpSecret.isValid())
        return Error{ErrorCode::Crypto, tr("Secure memory for the keys is not available.")};

    auto key = keySlots->unlockWithEscrowSecret(escrowSecret);
    if (!key)
        return key.error();
    // The person's own slot, so the next sign-in works offline; saved now, removed again by
    // complete() if the local account cannot be written.
    if (Status added = keySlots->addAccount(login, password, key.value(), kdf); !added)
        return added.error();
    if (Status saved = keySlots->save(security::keySlotPathFor(databasePath)); !saved)
        return saved.error();

    proved.unlocked.path = databasePath;
    proved.unlocked.login = login;
    proved.unlocked.key = std::move(key).value();
    proved.unlocked.keySlots = std::make_unique<security::KeySlotFile>(std::move(keySlots).value());
    return proved;
}

Status CentralSignIn::complete(Workspace& workspace, const FirstSignIn& proved, QStringView code)
{
    store::Database& database = workspace.database();
    const CentralAccountGrant& account = proved.account;
    const auto undoSlot = [&] { (void)database.removeAccount(account.login); };
    QSqlDatabase db = database.connection();

    // The local row: linked to the central account already, or the same login not yet linked.
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id, version, login, central_account_id FROM staff_account "
                                "WHERE central_account_id = ? OR login = ?"));
    find.addBindValue(account.accountId);
    find.addBindValue(account.login);
    if (!find.exec()) {
        undoSlot();
        return Error{ErrorCode::Sql, tr("The staff accounts could not be read.")};
    }
    QString localId;
    qint64 localVersion = 0;
    int matches = 0;
    bool otherAccount = false;
    while (find.next()) {
        ++matches;
        localId = find.value(0).toString();
        localVersion = find.value(1).toLongLong();
        const QString linked = find.value(3).toString();
        otherAccount = otherAccount || find.value(2).toString() != account.login ||
                       (!linked.isEmpty() && linked != account.accountId);
    }
    find.finish();
    if (matches > 1 || otherAccount) {
        undoSlot();
        return Error{ErrorCode::Conflict,
                     tr("Another account on this computer has the login %1. Ask an administrator "
                        "to settle which one is yours.")
                         .arg(account.login)};
    }

    const QByteArray sealed = sealTotpSecret(database, account.totpSecret);
    if (sealed.isEmpty()) {
        undoSlot();
        return Error{ErrorCode::Crypto, tr("The second-factor secret could not be sealed.")};
    }
    const QString now = workspace.clock().nowUtc().toString(Qt::ISODateWithMs);
    QVariantMap fields{{QStringLiteral("login"), account.login},
                       {QStringLiteral("display_name"),
                        account.displayName.isEmpty() ? account.login : account.displayName},
                       {QStringLiteral("roles"), knownRoleCodes(account.roles)},
                       {QStringLiteral("scopes"), knownScopeCodes(account.scopes)},
                       {QStringLiteral("state"), QStringLiteral("active")},
                       {QStringLiteral("failed_attempts"), 0},
                       {QStringLiteral("locked_until"), QVariant(QMetaType(QMetaType::QString))},
                       {QStringLiteral("totp_secret"), sealed},
                       // The step before the one accepted centrally: the local second step below
                       // takes the same code once, and after that it is used up here as well.
                       {QStringLiteral("totp_last_step"), account.totpStep - 1},
                       {QStringLiteral("central_account_id"), account.accountId},
                       {QStringLiteral("central_credential_version"), account.credentialVersion},
                       {QStringLiteral("updated_at"), now}};

    store::Transaction transaction(db);
    store::Repository repository(db, QStringLiteral("staff_account"), localAccountColumns(),
                                 workspace.clock());
    Status status;
    if (localId.isEmpty()) {
        fields.insert(QStringLiteral("created_at"), now);
        auto id = repository.insert(fields);
        status = id.status();
        if (id)
            localId = id.value();
    } else {
        status = repository.update(localId, localVersion, fields).status();
    }
    if (status)
        status = workspace.audit().append(audit::AuditEvent::of(
            audit::EventType::CentralSignIn, audit::Outcome::Success, account.login,
            QStringLiteral("staff_account"), localId, QStringLiteral("first_sign_in_online")));
    if (status && !transaction.commit())
        status = Error{ErrorCode::Sql, tr("The account could not be saved on this computer.")};
    if (!status) {
        transaction.rollback();
        undoSlot();
        return status;
    }
    return workspace.completeSignIn(code);
}

Result<std::unique_ptr<Workspace>> CentralSignIn::openProved(FirstSignIn& proved,
                                                             const Clock& clock)
{
    const QString path = proved.unlocked.path;
    const QString login = proved.unlocked.login;
    // If the database does not open, the slot saved in step 1 goes again (it needs the key).
    const security::SecureBuffer key =
        security::SecureBuffer::copyOf(proved.unlocked.key.data(), proved.unlocked.key.size());
    const auto forgetSlot = [&] {
        auto slotList = security::KeySlotFile::load(security::keySlotPathFor(path));
        if (slotList && slotList->removeAccount(login, key).ok())
            (void)slotList->save(security::keySlotPathFor(path));
    };
    auto database = store::Database::open(std::move(proved.unlocked));
    if (!database) {
        forgetSlot();
        return database.error();
    }
    auto workspace = Workspace::attach(std::move(database).value(), clock);
    if (!workspace) {
        forgetSlot();
        return workspace.error();
    }
    return workspace;
}

Result<std::unique_ptr<Workspace>>
CentralSignIn::signInFirstTime(const QString& databasePath, const QString& login,
                               const security::SecureBuffer& password, QStringView code,
                               const Clock& clock, security::KdfParams kdf)
{
    auto proved = proveOnline(databasePath, login, password, code, kdf);
    if (!proved)
        return proved.error();
    FirstSignIn first = std::move(proved).value();
    auto workspace = openProved(first, clock);
    if (!workspace)
        return workspace.error();
    if (Status completed = complete(*workspace.value(), first, code); !completed)
        return completed.error();
    return workspace;
}

} // namespace madoguchi::sync
