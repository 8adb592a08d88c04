// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CentralAdmin.h"

#include "sync/CentralConnection.h"
#include "sync/CentralMigrator.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

#include <cstring>

namespace madoguchi::sync {

namespace {

bool isUuid(const QString& id)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(id).hasMatch();
}

// The schema must be there and not newer than this client.
Status checkSchema(QSqlDatabase& central)
{
    auto migrator = CentralMigrator::builtIn();
    if (!migrator)
        return migrator.error();
    const auto version = CentralMigrator::currentVersion(central);
    if (!version)
        return version.error();
    if (version.value() == 0)
        return Error{ErrorCode::NotFound,
                     CentralAdmin::tr("The central store has no Madoguchi schema yet. Run "
                                      "madoguchi-cli central migrate first.")};
    return migrator->checkNotNewer(central);
}

} // namespace

QString deviceKindCode(DeviceKind kind)
{
    return kind == DeviceKind::Outreach ? QStringLiteral("outreach") : QStringLiteral("counter");
}

bool deviceKindFromCode(QStringView code, DeviceKind* kind)
{
    if (code == u"counter")
        *kind = DeviceKind::Counter;
    else if (code == u"outreach")
        *kind = DeviceKind::Outreach;
    else
        return false;
    return true;
}

QString CentralAdmin::roleNameFor(const QString& deviceId)
{
    return QStringLiteral("mdg_device_") + QString(deviceId).remove(u'-');
}

Result<DeviceCredentials> CentralAdmin::enrollDevice(QSqlDatabase& central, const QString& deviceId,
                                                     const QString& name, DeviceKind kind,
                                                     const QByteArray& publicKey)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return Error{ErrorCode::InvalidInput, tr("The device name must be 1 to 200 characters.")};
    if (!isUuid(deviceId) || publicKey.size() != 32)
        return Error{ErrorCode::InvalidInput,
                     tr("The device identity of this database is damaged (id or public key).")};
    if (!security::initializeSodium())
        return Error{ErrorCode::Crypto, tr("The cryptography library could not be started.")};
    if (Status schema = checkSchema(central); !schema)
        return schema.error();

    DeviceCredentials credentials;
    credentials.deviceId = deviceId;
    credentials.roleName = roleNameFor(deviceId);
    // 32 random bytes as base64url: letters, digits, - and _ only, so the password can stand in
    // an SQL string literal without escaping.
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    constexpr int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
    const std::size_t encodedSize = sodium_base64_ENCODED_LEN(sizeof random, variant);
    credentials.password = security::SecureBuffer(encodedSize - 1);
    security::SecureBuffer encoded(encodedSize);
    if (!credentials.password.isValid() || !encoded.isValid())
        return Error{ErrorCode::Crypto, tr("A password for the device could not be made.")};
    sodium_bin2base64(reinterpret_cast<char*>(encoded.data()), encodedSize, random, sizeof random,
                      variant);
    sodium_memzero(random, sizeof random);
    std::memcpy(credentials.password.data(), encoded.data(), encodedSize - 1);

    if (!central.transaction())
        return centralError(central.lastError(), tr("enrolling the device"));
    auto fail = [&](const Error& error) -> Result<DeviceCredentials> {
        central.rollback();
        return error;
    };
    QSqlQuery exists(central);
    exists.prepare(QStringLiteral("SELECT 1 FROM madoguchi.devices WHERE id = ?"));
    exists.addBindValue(deviceId);
    if (!exists.exec())
        return fail(centralError(exists.lastError(), tr("enrolling the device")));
    if (exists.next())
        return fail({ErrorCode::AlreadyExists,
                     tr("This device is enrolled already. Revoke the old enrolment first if it "
                        "must be enrolled again.")});
    QSqlQuery insert(central);
    insert.prepare(QStringLiteral("INSERT INTO madoguchi.devices (id, name, kind, role_name, "
                                  "public_key) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(deviceId);
    insert.addBindValue(trimmed);
    insert.addBindValue(deviceKindCode(kind));
    insert.addBindValue(credentials.roleName);
    insert.addBindValue(publicKey);
    if (!insert.exec())
        return fail(centralError(insert.lastError(), tr("enrolling the device")));
    // The escrow key pair: the secret half only ever lives centrally (and in guarded memory
    // here until it is stored).
    credentials.escrowPublicKey = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    security::SecureBuffer escrowSecret(crypto_box_SECRETKEYBYTES);
    if (!escrowSecret.isValid() ||
        crypto_box_keypair(reinterpret_cast<unsigned char*>(credentials.escrowPublicKey.data()),
                           escrowSecret.data()) != 0)
        return fail({ErrorCode::Crypto, tr("The escrow key of the device could not be made.")});
    QSqlQuery escrow(central);
    escrow.prepare(
        QStringLiteral("INSERT INTO madoguchi.device_escrow (device_id, secret) VALUES (?, ?)"));
    escrow.addBindValue(deviceId);
    {
        // QByteArray for the driver only; wiped right after the statement ran.
        QByteArray secretBytes(reinterpret_cast<const char*>(escrowSecret.data()),
                               qsizetype(escrowSecret.size()));
        escrow.addBindValue(secretBytes);
        const bool stored = escrow.exec();
        escrow.bindValue(1, QVariant());
        sodium_memzero(secretBytes.data(), std::size_t(secretBytes.size()));
        if (!stored)
            return fail(centralError(escrow.lastError(), tr("enrolling the device")));
    }
    // CREATE ROLE takes no parameters: the role name is mdg_device_ + hex digits and the
    // password base64url, both checked above, so neither needs quoting. The server stores only
    // its SCRAM verifier (password_encryption = scram-sha-256, the default).
    QString statement = QStringLiteral("CREATE ROLE %1 LOGIN CONNECTION LIMIT 8 "
                                       "PASSWORD '")
                            .arg(credentials.roleName);
    statement += QString::fromLatin1(reinterpret_cast<const char*>(credentials.password.data()),
                                     qsizetype(credentials.password.size()));
    statement += QStringLiteral("' IN ROLE madoguchi_device");
    QSqlQuery role(central);
    const bool created = role.exec(statement);
    statement.fill(u'\0');
    if (!created)
        return fail(centralError(role.lastError(), tr("creating the device's role")));
    if (!central.commit())
        return fail(centralError(central.lastError(), tr("enrolling the device")));
    return credentials;
}

Status CentralAdmin::revokeDevice(QSqlDatabase& central, const QString& deviceId)
{
    if (!isUuid(deviceId))
        return Error{ErrorCode::InvalidInput, tr("A device id looks like "
                                                 "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.")};
    if (Status schema = checkSchema(central); !schema)
        return schema;
    if (!central.transaction())
        return centralError(central.lastError(), tr("revoking the device"));
    auto fail = [&](const Error& error) -> Status {
        central.rollback();
        return error;
    };
    QSqlQuery update(central);
    update.prepare(QStringLiteral(
        "UPDATE madoguchi.devices SET state = 'revoked', revoked_at = coalesce(revoked_at, now()) "
        "WHERE id = ? RETURNING role_name"));
    update.addBindValue(deviceId);
    if (!update.exec())
        return fail(centralError(update.lastError(), tr("revoking the device")));
    if (!update.next())
        return fail({ErrorCode::NotFound, tr("No device with this id is enrolled.")});
    const QString roleName = update.value(0).toString();
    static const QRegularExpression rolePattern(QStringLiteral("^mdg_device_[0-9a-f]{32}$"));
    if (!rolePattern.match(roleName).hasMatch())
        return fail({ErrorCode::Internal, tr("The device's role name is not valid.")});
    QSqlQuery alter(central);
    if (!alter.exec(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(roleName)))
        return fail(centralError(alter.lastError(), tr("revoking the device")));
    if (!central.commit())
        return fail(centralError(central.lastError(), tr("revoking the device")));
    // After the commit, so no new call can pass calling_device(): end the open sessions too.
    QSqlQuery terminate(central);
    terminate.prepare(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?"));
    terminate.addBindValue(roleName);
    (void)terminate.exec();
    return {};
}

} // namespace madoguchi::sync
