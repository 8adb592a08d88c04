// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/DeviceIdentity.h"

#include "security/SecretBox.h"
#include "store/Uuid7.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

namespace madoguchi::audit {

namespace {

Q_LOGGING_CATEGORY(lcDevice, "madoguchi.audit.device")

static_assert(crypto_sign_PUBLICKEYBYTES == DeviceIdentity::kPublicKeySize);
static_assert(crypto_sign_BYTES == DeviceIdentity::kSignatureSize);
static_assert(crypto_secretbox_KEYBYTES == DeviceIdentity::kWrapKeySize);

constexpr int kSecretKeySize = crypto_sign_SECRETKEYBYTES;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

bool validWrapKey(const security::SecureBuffer& key)
{
    return key.isValid() && key.size() == DeviceIdentity::kWrapKeySize;
}

bool belongsTo(const security::SecureBuffer& secretKey, const QByteArray& publicKey)
{
    unsigned char derived[crypto_sign_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_sk_to_pk(derived, secretKey.data()) != 0)
        return false;
    return publicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           sodium_memcmp(derived, bytes(publicKey), crypto_sign_PUBLICKEYBYTES) == 0;
}

struct StoredRow
{
    QString id;
    QByteArray publicKey;
    QByteArray wrapped;
};

// Reads the single row; found is false when there is none.
Status readRow(QSqlDatabase& db, StoredRow* row, bool* found)
{
    QSqlQuery query(db);
    *found = false;
    if (!query.exec(QStringLiteral(
            "SELECT id, public_key, secret_key FROM device_identity WHERE singleton = 1"))) {
        qCWarning(lcDevice) << "reading the device identity failed:"
                            << query.lastError().databaseText();
        return Error{ErrorCode::Sql, DeviceIdentity::tr("The device identity could not be read: %1")
                                         .arg(query.lastError().databaseText())};
    }
    if (!query.next())
        return {};
    *found = true;
    row->id = query.value(0).toString();
    row->publicKey = query.value(1).toByteArray();
    row->wrapped = query.value(2).toByteArray();
    if (row->id.isEmpty() || row->publicKey.size() != DeviceIdentity::kPublicKeySize)
        return Error{ErrorCode::DatabaseCorrupt,
                     DeviceIdentity::tr("The device identity stored in the database is damaged.")};
    return {};
}

Error cannotOpen()
{
    return Error{ErrorCode::Crypto,
                 DeviceIdentity::tr("The device signing key cannot be opened with this "
                                    "database's key: it has been altered or belongs to another "
                                    "database.")};
}

} // namespace

Result<DeviceIdentity> DeviceIdentity::loadOrCreate(QSqlDatabase db,
                                                    const security::SecureBuffer& wrapKey,
                                                    const Clock& clock)
{
    if (!security::initializeSodium())
        return Error{ErrorCode::Crypto, tr("The cryptography library could not be started.")};
    if (!validWrapKey(wrapKey))
        return Error{ErrorCode::InvalidInput,
                     tr("The key that protects the device signing key must be 32 bytes.")};

    StoredRow row;
    bool found = false;
    if (Status read = readRow(db, &row, &found); !read)
        return read;

    DeviceIdentity identity;
    if (found) {
        identity.m_secretKey = security::SecretBox::open(row.wrapped, wrapKey, kSecretKeySize);
        if (!identity.m_secretKey.isValid() || !belongsTo(identity.m_secretKey, row.publicKey))
            return cannotOpen();
        identity.m_id = row.id;
        identity.m_publicKey = row.publicKey;
        return identity;
    }

    identity.m_secretKey = security::SecureBuffer(kSecretKeySize);
    identity.m_publicKey = QByteArray(kPublicKeySize, Qt::Uninitialized);
    if (!identity.m_secretKey.isValid() ||
        crypto_sign_keypair(bytes(identity.m_publicKey), identity.m_secretKey.data()) != 0)
        return Error{ErrorCode::Crypto, tr("A device signing key could not be made.")};
    const QByteArray wrapped = security::SecretBox::seal(identity.m_secretKey, wrapKey);
    if (wrapped.isEmpty())
        return Error{ErrorCode::Crypto, tr("The device signing key could not be encrypted.")};
    store::Uuid7Generator ids(clock);
    identity.m_id = ids.next();

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO device_identity (singleton, id, public_key, "
                                  "secret_key, created_at) VALUES (1, ?, ?, ?, ?)"));
    insert.addBindValue(identity.m_id);
    insert.addBindValue(identity.m_publicKey);
    insert.addBindValue(wrapped);
    insert.addBindValue(clock.nowUtc().toUTC().toString(Qt::ISODateWithMs));
    if (!insert.exec()) {
        qCWarning(lcDevice) << "storing the device identity failed:"
                            << insert.lastError().databaseText();
        return Error{ErrorCode::Sql, tr("The device identity could not be stored: %1")
                                         .arg(insert.lastError().databaseText())};
    }
    return identity;
}

Result<DeviceIdentity> DeviceIdentity::loadPublic(QSqlDatabase db)
{
    StoredRow row;
    bool found = false;
    if (Status read = readRow(db, &row, &found); !read)
        return read;
    if (!found)
        return Error{ErrorCode::NotFound, tr("This database has no device identity yet.")};
    DeviceIdentity identity;
    identity.m_id = row.id;
    identity.m_publicKey = row.publicKey;
    return identity;
}

Status DeviceIdentity::rewrap(QSqlDatabase db, const security::SecureBuffer& oldWrapKey,
                              const security::SecureBuffer& newWrapKey)
{
    if (!security::initializeSodium())
        return Error{ErrorCode::Crypto, tr("The cryptography library could not be started.")};
    if (!validWrapKey(oldWrapKey) || !validWrapKey(newWrapKey))
        return Error{ErrorCode::InvalidInput,
                     tr("The key that protects the device signing key must be 32 bytes.")};
    StoredRow row;
    bool found = false;
    if (Status read = readRow(db, &row, &found); !read)
        return read;
    if (!found)
        return {}; // nothing to rewrap yet
    const security::SecureBuffer secretKey =
        security::SecretBox::open(row.wrapped, oldWrapKey, kSecretKeySize);
    if (!secretKey.isValid() || !belongsTo(secretKey, row.publicKey))
        return cannotOpen();
    const QByteArray wrapped = security::SecretBox::seal(secretKey, newWrapKey);
    if (wrapped.isEmpty())
        return Error{ErrorCode::Crypto, tr("The device signing key could not be encrypted.")};
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE device_identity SET secret_key = ? WHERE singleton = 1"));
    update.addBindValue(wrapped);
    if (!update.exec())
        return Error{ErrorCode::Sql, tr("The device signing key could not be stored: %1")
                                         .arg(update.lastError().databaseText())};
    return {};
}

bool DeviceIdentity::verifySignature(const QByteArray& publicKey, const QByteArray& message,
                                     const QByteArray& signature)
{
    if (!security::initializeSodium() || publicKey.size() != kPublicKeySize ||
        signature.size() != kSignatureSize)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey)) == 0;
}

QByteArray DeviceIdentity::sign(const QByteArray& message) const
{
    if (!canSign())
        return {};
    QByteArray signature(kSignatureSize, Qt::Uninitialized);
    if (crypto_sign_detached(bytes(signature), nullptr, bytes(message),
                             static_cast<unsigned long long>(message.size()),
                             m_secretKey.data()) != 0)
        return {};
    return signature;
}

security::SecureBuffer DeviceIdentity::openSealedBox(const QByteArray& sealed) const
{
    if (!canSign() || sealed.size() <= int(crypto_box_SEALBYTES))
        return {};
    security::SecureBuffer boxSecret(crypto_box_SECRETKEYBYTES);
    QByteArray boxPublic(int(crypto_box_PUBLICKEYBYTES), Qt::Uninitialized);
    security::SecureBuffer opened(std::size_t(sealed.size()) - crypto_box_SEALBYTES);
    if (!boxSecret.isValid() || !opened.isValid() ||
        crypto_sign_ed25519_sk_to_curve25519(boxSecret.data(), m_secretKey.data()) != 0 ||
        crypto_sign_ed25519_pk_to_curve25519(bytes(boxPublic), bytes(m_publicKey)) != 0 ||
        crypto_box_seal_open(opened.data(), bytes(sealed),
                             static_cast<unsigned long long>(sealed.size()), bytes(boxPublic),
                             boxSecret.data()) != 0)
        return {};
    return opened;
}

} // namespace madoguchi::audit
