// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CentralStaff.h"

#include "security/Totp.h"
#include "store/Uuid7.h"
#include "sync/CentralConnection.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <sodium.h>

#include <algorithm>
#include <array>

namespace madoguchi::sync {

namespace {

constexpr char kIssuer[] = "Madoguchi";
constexpr int kScramIterations = 4096; // PostgreSQL's default (scram_iterations)
constexpr std::size_t kScramSaltSize = 16;
constexpr std::size_t kSha256Size = crypto_hash_sha256_BYTES;

const QString kStaffColumns = QStringLiteral(
    "login, account_id, display_name, array_to_string(roles, ' '), array_to_string(scopes, ' '), "
    "state, failed_attempts, CASE WHEN locked_until > now() THEN locked_until END, version");

// --- SCRAM-SHA-256 (RFC 5802, RFC 7677) as PostgreSQL stores it --------------------------------

using Digest = std::array<unsigned char, kSha256Size>;

Digest hmac(const unsigned char* key, std::size_t keySize, const unsigned char* message,
            std::size_t messageSize)
{
    Digest out{};
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key, keySize);
    crypto_auth_hmacsha256_update(&state, message, messageSize);
    crypto_auth_hmacsha256_final(&state, out.data());
    sodium_memzero(&state, sizeof state);
    return out;
}

/// PBKDF2-HMAC-SHA-256 with one output block (Hi() of RFC 5802).
Digest saltedPassword(const security::SecureBuffer& password, const QByteArray& salt)
{
    QByteArray first = salt;
    first.append('\0').append('\0').append('\0').append('\1');
    Digest u =
        hmac(password.data(), password.size(),
             reinterpret_cast<const unsigned char*>(first.constData()), std::size_t(first.size()));
    Digest result = u;
    for (int i = 1; i < kScramIterations; ++i) {
        u = hmac(password.data(), password.size(), u.data(), u.size());
        for (std::size_t b = 0; b < result.size(); ++b)
            result[b] ^= u[b];
    }
    sodium_memzero(u.data(), u.size());
    return result;
}

bool isCommonlyMappedToNothing(char32_t c) // RFC 3454 table B.1
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) ||
           (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) ||
           c == 0xFEFF;
}

bool isNonAsciiSpace(char32_t c) // table C.1.2
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

bool isProhibited(char32_t c) // tables C.1.2–C.9 (what Qt can tell of them)
{
    if (isNonAsciiSpace(c) || c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Other_PrivateUse || category == QChar::Other_Surrogate ||
        category == QChar::Other_NotAssigned || category == QChar::Other_Control)
        return true;
    if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF))
        return true;
    return c == 0x06DD || c == 0x070F || c == 0x180E || c == 0x200C || c == 0x200D || c == 0x200E ||
           c == 0x200F || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2063) || (c >= 0x206A && c <= 0x206F) ||
           (c >= 0x2FF0 && c <= 0x2FFB) || (c >= 0xFFF9 && c <= 0xFFFD) ||
           (c >= 0x1D173 && c <= 0x1D17A) || c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F) ||
           c == 0x0340 || c == 0x0341;
}

/// PostgreSQL's SASLprep (src/common/saslprep.c): an ASCII password as it is; otherwise map
/// spaces, drop ignorable characters, NFKC, and fall back to the raw bytes when the result has
/// prohibited characters or the text is not UTF-8 (as PostgreSQL does, on both sides).
security::SecureBuffer saslPrep(const security::SecureBuffer& password)
{
    const bool ascii = std::all_of(password.data(), password.data() + password.size(),
                                   [](unsigned char c) { return c < 0x80; });
    if (ascii)
        return security::SecureBuffer::copyOf(password.data(), password.size());
    auto raw = [&] { return security::SecureBuffer::copyOf(password.data(), password.size()); };
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(password.data(), qsizetype(password.size())));
    if (decoder.hasError())
        return raw();
    QString mapped;
    for (const char32_t c : text.toUcs4()) {
        if (isCommonlyMappedToNothing(c))
            continue;
        if (isNonAsciiSpace(c))
            mapped.append(u' ');
        else
            mapped.append(QString::fromUcs4(&c, 1));
    }
    QString normalized = mapped.normalized(QString::NormalizationForm_KC);
    text.fill(u'\0');
    mapped.fill(u'\0');
    bool prohibited = normalized.isEmpty();
    bool randAl = false;
    bool leftToRight = false;
    const QList<uint> codes = normalized.toUcs4();
    for (const uint c : codes) {
        prohibited = prohibited || isProhibited(c);
        const QChar::Direction direction = QChar::direction(c);
        randAl = randAl || direction == QChar::DirR || direction == QChar::DirAL;
        leftToRight = leftToRight || direction == QChar::DirL;
    }
    if (randAl && !codes.isEmpty()) {
        const auto isRandAl = [](uint c) {
            return QChar::direction(c) == QChar::DirR || QChar::direction(c) == QChar::DirAL;
        };
        prohibited =
            prohibited || leftToRight || !isRandAl(codes.first()) || !isRandAl(codes.last());
    }
    if (prohibited) {
        normalized.fill(u'\0');
        return raw();
    }
    QByteArray utf8 = normalized.toUtf8();
    normalized.fill(u'\0');
    auto prepared = security::SecureBuffer::copyOf(utf8.constData(), std::size_t(utf8.size()));
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    return prepared;
}

// --- helpers -------------------------------------------------------------------------------------

QString joinCodes(const QList<security::Role>& roles)
{
    QStringList codes;
    for (const security::Role role : roles)
        codes << security::roleCode(role);
    codes.removeDuplicates();
    return codes.join(u',');
}

QString joinCodes(const QList<security::Scope>& scopes)
{
    QStringList codes;
    for (const security::Scope scope : scopes)
        codes << security::scopeCode(scope);
    codes.removeDuplicates();
    return codes.join(u',');
}

/// A PostgreSQL array literal of codes (codes are [a-z_] only, so no quoting is needed).
QString arrayLiteral(const QString& commaSeparated)
{
    return u'{' + commaSeparated + u'}';
}

Status checkPasswordLength(const security::SecureBuffer& password)
{
    qsizetype characters = 0;
    for (std::size_t i = 0; password.isValid() && i < password.size(); ++i)
        characters += (password.data()[i] & 0xC0) != 0x80 ? 1 : 0;
    if (characters < CentralStaff::kMinPasswordLength)
        return Error{ErrorCode::InvalidInput,
                     CentralStaff::tr("The password must have at least %1 characters.")
                         .arg(CentralStaff::kMinPasswordLength)};
    return {};
}

CentralStaffAccount accountFrom(const QSqlQuery& query)
{
    CentralStaffAccount account;
    account.login = query.value(0).toString();
    account.accountId = query.value(1).toString();
    account.displayName = query.value(2).toString();
    account.roles = query.value(3).toString().split(u' ', Qt::SkipEmptyParts);
    account.scopes = query.value(4).toString().split(u' ', Qt::SkipEmptyParts);
    account.state = query.value(5).toString();
    account.failedAttempts = query.value(6).toInt();
    account.lockedUntilUtc = query.value(7).toDateTime().toUTC();
    account.version = query.value(8).toLongLong();
    return account;
}

Error notFound(const QString& login)
{
    return Error{ErrorCode::NotFound,
                 CentralStaff::tr("There is no central staff account %1.").arg(login)};
}

/// Runs body in a transaction on central; rolls back on failure.
template <typename Body> Status inTransaction(QSqlDatabase& central, const QString& what, Body body)
{
    if (!central.transaction())
        return centralError(central.lastError(), what);
    Status status = body();
    if (status && !central.commit())
        status = centralError(central.lastError(), what);
    if (!status)
        central.rollback();
    return status;
}

/// The role name of login's account, locked for the rest of the transaction; NotFound.
Result<QString> lockedRoleName(QSqlDatabase& central, const QString& login, const QString& what)
{
    QSqlQuery query(central);
    query.prepare(QStringLiteral(
        "SELECT role_name, state FROM madoguchi.staff_accounts WHERE login = ? FOR UPDATE"));
    query.addBindValue(login);
    if (!query.exec())
        return centralError(query.lastError(), what);
    if (!query.next())
        return notFound(login);
    static const QRegularExpression rolePattern(QStringLiteral("^mdg_staff_[0-9a-f]{32}$"));
    const QString role = query.value(0).toString();
    if (!rolePattern.match(role).hasMatch())
        return Error{ErrorCode::Internal,
                     CentralStaff::tr("The account's role name is not valid.")};
    return role;
}

Status execUpdate(QSqlDatabase& central, const QString& sql, const QVariantList& values,
                  const QString& what)
{
    QSqlQuery query(central);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return centralError(query.lastError(), what);
    return {};
}

QString newVersionSql()
{
    return QStringLiteral("version = nextval('madoguchi.staff_account_version'), "
                          "updated_at = now()");
}

CentralEnrolment enrolmentFor(const QString& accountId, const QString& login,
                              const security::SecureBuffer& secret)
{
    return {accountId, login,
            security::Totp::provisioningUri(secret, QString::fromLatin1(kIssuer), login)};
}

QByteArray bytesOf(const security::SecureBuffer& buffer)
{
    return QByteArray(reinterpret_cast<const char*>(buffer.data()), qsizetype(buffer.size()));
}

} // namespace

bool CentralStaff::isValidLogin(const QString& login)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(login).hasMatch();
}

QString CentralStaff::roleNameFor(const QString& databaseName, const QString& login)
{
    const QByteArray input =
        QByteArrayLiteral("madoguchi-staff-role\n") + databaseName.toUtf8() + '\n' + login.toUtf8();
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(input.constData()),
                       std::size_t(input.size()), nullptr, 0);
    return QStringLiteral("mdg_staff_") +
           QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), 16).toHex());
}

Result<QString> CentralStaff::scramVerifier(const security::SecureBuffer& password)
{
    if (!security::initializeSodium())
        return Error{ErrorCode::Crypto, tr("The cryptography library could not be started.")};
    const security::SecureBuffer prepared = saslPrep(password);
    if (!prepared.isValid())
        return Error{ErrorCode::Crypto, tr("Secure memory for the password is not available.")};
    QByteArray salt(kScramSaltSize, '\0');
    randombytes_buf(salt.data(), kScramSaltSize);
    Digest salted = saltedPassword(prepared, salt);
    static const QByteArray clientLabel("Client Key");
    static const QByteArray serverLabel("Server Key");
    Digest clientKey =
        hmac(salted.data(), salted.size(),
             reinterpret_cast<const unsigned char*>(clientLabel.constData()), clientLabel.size());
    const Digest serverKey =
        hmac(salted.data(), salted.size(),
             reinterpret_cast<const unsigned char*>(serverLabel.constData()), serverLabel.size());
    Digest storedKey{};
    crypto_hash_sha256(storedKey.data(), clientKey.data(), clientKey.size());
    sodium_memzero(salted.data(), salted.size());
    sodium_memzero(clientKey.data(), clientKey.size());
    const auto base64 = [](const unsigned char* data, std::size_t size) {
        return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)).toBase64());
    };
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(kScramIterations)
        .arg(QString::fromLatin1(salt.toBase64()), base64(storedKey.data(), storedKey.size()),
             base64(serverKey.data(), serverKey.size()));
}

Result<CentralEnrolment> CentralStaff::addAccount(QSqlDatabase& central,
                                                  const NewCentralAccount& account,
                                                  const security::SecureBuffer& password)
{
    if (!isValidLogin(account.login))
        return Error{ErrorCode::InvalidInput,
                     tr("A login name has 1 to 64 letters, digits, dots, hyphens or "
                        "underscores.")};
    const QString name = account.displayName.trimmed();
    if (name.isEmpty() || name.size() > 200)
        return Error{ErrorCode::InvalidInput, tr("The display name must be 1 to 200 characters.")};
    if (account.roles.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Give the account at least one role.")};
    if (Status length = checkPasswordLength(password); !length)
        return length.error();
    auto verifier = scramVerifier(password);
    if (!verifier)
        return verifier.error();
    const security::SecureBuffer secret = security::Totp::newSecret();
    if (!secret.isValid())
        return Error{ErrorCode::Crypto, tr("A second-factor secret could not be made.")};

    const QString what = tr("creating the staff account");
    const QString accountId = store::newUuid7();
    const QString role = roleNameFor(central.databaseName(), account.login);
    Status status = inTransaction(central, what, [&]() -> Status {
        QSqlQuery exists(central);
        exists.prepare(QStringLiteral("SELECT 1 FROM madoguchi.staff_accounts WHERE login = ?"));
        exists.addBindValue(account.login);
        if (!exists.exec())
            return centralError(exists.lastError(), what);
        if (exists.next())
            return Error{ErrorCode::AlreadyExists,
                         tr("There is already a central staff account %1.").arg(account.login)};
        QByteArray secretBytes = bytesOf(secret);
        Status inserted = execUpdate(
            central,
            QStringLiteral("INSERT INTO madoguchi.staff_accounts (login, account_id, role_name, "
                           "display_name, roles, scopes, totp_secret) VALUES (?, ?, ?, ?, "
                           "?::text[], ?::text[], ?)"),
            {account.login, accountId, role, name, arrayLiteral(joinCodes(account.roles)),
             arrayLiteral(joinCodes(account.scopes)), secretBytes},
            what);
        sodium_memzero(secretBytes.data(), std::size_t(secretBytes.size()));
        if (!inserted)
            return inserted;
        // CREATE ROLE takes no parameters: the name is mdg_staff_ + hex and the verifier base64
        // with $ and :, so neither needs quoting. No password in clear reaches the server.
        QSqlQuery create(central);
        if (!create.exec(QStringLiteral("CREATE ROLE %1 LOGIN CONNECTION LIMIT 4 PASSWORD '%2' "
                                        "IN ROLE madoguchi_staff")
                             .arg(role, verifier.value())))
            return centralError(create.lastError(), tr("creating the account's role"));
        return {};
    });
    if (!status)
        return status.error();
    return enrolmentFor(accountId, account.login, secret);
}

Result<QList<CentralStaffAccount>> CentralStaff::list(QSqlDatabase& central)
{
    QSqlQuery query(central);
    if (!query.exec(QStringLiteral("SELECT %1 FROM madoguchi.staff_accounts ORDER BY login")
                        .arg(kStaffColumns)))
        return centralError(query.lastError(), tr("reading the staff accounts"));
    QList<CentralStaffAccount> accounts;
    while (query.next())
        accounts << accountFrom(query);
    return accounts;
}

Result<CentralStaffAccount> CentralStaff::find(QSqlDatabase& central, const QString& login)
{
    QSqlQuery query(central);
    query.prepare(QStringLiteral("SELECT %1 FROM madoguchi.staff_accounts WHERE login = ?")
                      .arg(kStaffColumns));
    query.addBindValue(login);
    if (!query.exec())
        return centralError(query.lastError(), tr("reading the staff accounts"));
    if (!query.next())
        return notFound(login);
    return accountFrom(query);
}

Status CentralStaff::update(QSqlDatabase& central, const QString& login, const QString& displayName,
                            const QList<security::Role>& roles,
                            const QList<security::Scope>& scopes)
{
    const QString name = displayName.trimmed();
    if (name.isEmpty() || name.size() > 200)
        return Error{ErrorCode::InvalidInput, tr("The display name must be 1 to 200 characters.")};
    if (roles.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Give the account at least one role.")};
    const QString what = tr("changing the staff account");
    return inTransaction(central, what, [&]() -> Status {
        if (auto role = lockedRoleName(central, login, what); !role)
            return role.error();
        return execUpdate(
            central,
            QStringLiteral("UPDATE madoguchi.staff_accounts SET display_name = ?, "
                           "roles = ?::text[], scopes = ?::text[], %1 "
                           "WHERE login = ?")
                .arg(newVersionSql()),
            {name, arrayLiteral(joinCodes(roles)), arrayLiteral(joinCodes(scopes)), login}, what);
    });
}

Status CentralStaff::lock(QSqlDatabase& central, const QString& login)
{
    const QString what = tr("locking the staff account");
    return inTransaction(central, what, [&]() -> Status {
        if (auto role = lockedRoleName(central, login, what); !role)
            return role.error();
        return execUpdate(central,
                          QStringLiteral("UPDATE madoguchi.staff_accounts SET state = 'locked', "
                                         "%1 WHERE login = ? AND state = 'active'")
                              .arg(newVersionSql()),
                          {login}, what);
    });
}

Status CentralStaff::unlock(QSqlDatabase& central, const QString& login)
{
    auto account = find(central, login);
    if (!account)
        return account.error();
    if (account->state == u"disabled")
        return Error{ErrorCode::AccountDisabled,
                     tr("A disabled account cannot be unlocked; create a new one.")};
    const QString what = tr("unlocking the staff account");
    return inTransaction(central, what, [&]() -> Status {
        if (auto role = lockedRoleName(central, login, what); !role)
            return role.error();
        return execUpdate(central,
                          QStringLiteral("UPDATE madoguchi.staff_accounts SET state = 'active', "
                                         "failed_attempts = 0, locked_until = NULL, %1 "
                                         "WHERE login = ? AND state <> 'disabled'")
                              .arg(newVersionSql()),
                          {login}, what);
    });
}

Status CentralStaff::disable(QSqlDatabase& central, const QString& login)
{
    const QString what = tr("disabling the staff account");
    QString roleName;
    Status status = inTransaction(central, what, [&]() -> Status {
        auto role = lockedRoleName(central, login, what);
        if (!role)
            return role.error();
        roleName = role.value();
        if (Status updated = execUpdate(
                central,
                QStringLiteral("UPDATE madoguchi.staff_accounts SET state = 'disabled', "
                               "totp_secret = NULL, %1 WHERE login = ? AND state <> 'disabled'")
                    .arg(newVersionSql()),
                {login}, what);
            !updated)
            return updated;
        QSqlQuery alter(central);
        if (!alter.exec(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(roleName)))
            return centralError(alter.lastError(), what);
        return {};
    });
    if (!status)
        return status;
    QSqlQuery terminate(central);
    terminate.prepare(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?"));
    terminate.addBindValue(roleName);
    (void)terminate.exec();
    return {};
}

Status CentralStaff::resetPassword(QSqlDatabase& central, const QString& login,
                                   const security::SecureBuffer& newPassword)
{
    if (Status length = checkPasswordLength(newPassword); !length)
        return length;
    auto account = find(central, login);
    if (!account)
        return account.error();
    if (account->state == u"disabled")
        return Error{ErrorCode::AccountDisabled, tr("This account is disabled.")};
    auto verifier = scramVerifier(newPassword);
    if (!verifier)
        return verifier.error();
    const QString what = tr("resetting the password");
    return inTransaction(central, what, [&]() -> Status {
        auto role = lockedRoleName(central, login, what);
        if (!role)
            return role.error();
        if (Status updated = execUpdate(central,
                                        QStringLiteral("UPDATE madoguchi.staff_accounts SET "
                                                       "credential_version = credential_version "
                                                       "+ 1, %1 WHERE login = ?")
                                            .arg(newVersionSql()),
                                        {login}, what);
            !updated)
            return updated;
        QSqlQuery alter(central);
        if (!alter.exec(
                QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(role.value(), verifier.value())))
            return centralError(alter.lastError(), what);
        return {};
    });
}

Result<CentralEnrolment> CentralStaff::resetSecondFactor(QSqlDatabase& central,
                                                         const QString& login)
{
    auto account = find(central, login);
    if (!account)
        return account.error();
    if (account->state == u"disabled")
        return Error{ErrorCode::AccountDisabled, tr("This account is disabled.")};
    const security::SecureBuffer secret = security::Totp::newSecret();
    if (!secret.isValid())
        return Error{ErrorCode::Crypto, tr("A second-factor secret could not be made.")};
    const QString what = tr("resetting the second factor");
    Status status = inTransaction(central, what, [&]() -> Status {
        if (auto role = lockedRoleName(central, login, what); !role)
            return role.error();
        QByteArray secretBytes = bytesOf(secret);
        Status updated = execUpdate(
            central,
            QStringLiteral("UPDATE madoguchi.staff_accounts SET totp_secret = ?, "
                           "last_totp_step = -1, credential_version = credential_version + 1, "
                           "%1 WHERE login = ?")
                .arg(newVersionSql()),
            {secretBytes, login}, what);
        sodium_memzero(secretBytes.data(), std::size_t(secretBytes.size()));
        return updated;
    });
    if (!status)
        return status.error();
    return enrolmentFor(account->accountId, login, secret);
}

Result<security::SecureBuffer> CentralStaff::recoverDevice(QSqlDatabase& central,
                                                           const QString& deviceId)
{
    QSqlQuery query(central);
    query.prepare(QStringLiteral("SELECT secret FROM madoguchi.device_escrow WHERE device_id = ?"));
    query.addBindValue(deviceId);
    if (!query.exec())
        return centralError(query.lastError(), tr("reading the device's escrow key"));
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     tr("The central store holds no escrow key for this device: it was enrolled "
                        "before central accounts existed, or with another central store.")};
    QByteArray secret = query.value(0).toByteArray();
    query.finish();
    if (secret.size() != int(crypto_box_SECRETKEYBYTES))
        return Error{ErrorCode::DatabaseCorrupt, tr("The device's escrow key is damaged.")};
    auto copy = security::SecureBuffer::copyOf(secret.constData(), std::size_t(secret.size()));
    sodium_memzero(secret.data(), std::size_t(secret.size()));
    return copy;
}

} // namespace madoguchi::sync
