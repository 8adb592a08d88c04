// SPDX-License-Identifier: GPL-3.0-or-later
#include "mynumber/CityKey.h"

#include "store/Database.h"
#include "store/Uuid7.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcCityKey, "madoguchi.mynumber.citykey")

namespace madoguchi::mynumber {

using security::SecureBuffer;

namespace {

constexpr int kNonceSize = crypto_secretbox_NONCEBYTES;
constexpr int kMacSize = crypto_secretbox_MACBYTES;
static_assert(crypto_kdf_KEYBYTES == CityKey::kKeySize);

SecureBuffer derive(const SecureBuffer& from, const char (&context)[9])
{
    SecureBuffer derived(crypto_kdf_KEYBYTES);
    if (!from.isValid() || from.size() != crypto_kdf_KEYBYTES || !derived.isValid() ||
        crypto_kdf_derive_from_key(derived.data(), derived.size(), 1, context, from.data()) != 0)
        return {};
    return derived;
}

Error sqlError(const QSqlQuery& query)
{
    qCWarning(lcCityKey) << "SQL error:" << query.lastError().databaseText();
    return Error{ErrorCode::Sql,
                 CityKey::tr("The city's My Number key could not be read or saved on this "
                             "computer.")};
}

} // namespace

QByteArray CityKey::uuidBytes(const QString& text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (!uuid.match(text).hasMatch())
        return {};
    QString hex = text;
    hex.remove(u'-');
    return QByteArray::fromHex(hex.toLatin1());
}

Result<CityKey> CityKey::generate()
{
    return fromParts(store::newUuid7(), SecureBuffer::random(kKeySize));
}

Result<CityKey> CityKey::fromParts(const QString& keyId, SecureBuffer key)
{
    if (uuidBytes(keyId).size() != kKeyIdSize)
        return Error{ErrorCode::InvalidInput,
                     tr("The id of the city's My Number key is not a valid id.")};
    if (!key.isValid() || key.size() != std::size_t(kKeySize))
        return Error{ErrorCode::Crypto, tr("The city's My Number key does not have 32 bytes.")};
    CityKey city;
    city.m_keyId = keyId;
    city.m_key = std::move(key);
    return city;
}

QByteArray CityKey::keyIdBytes() const
{
    return uuidBytes(m_keyId);
}

SecureBuffer CityKey::copy() const
{
    return SecureBuffer::copyOf(m_key.data(), m_key.size());
}

SecureBuffer CityKey::sealKey() const
{
    return derive(m_key, "MNSEAL01");
}

SecureBuffer CityKey::indexKey() const
{
    return derive(m_key, "MNINDX01");
}

bool CityKey::isPresent(store::Database& database)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT 1 FROM sync_field_key LIMIT 1")) && query.next();
}

Result<CityKey> CityKey::load(store::Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT key_id, sealed FROM sync_field_key")))
        return sqlError(query);
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     tr("This computer has not received the city's My Number key yet.")};
    const QString keyId = query.value(0).toString();
    const QByteArray sealed = query.value(1).toByteArray();
    const SecureBuffer wrap = database.subkey("CITYKEY1");
    SecureBuffer key(kKeySize);
    const auto* in = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (!wrap.isValid() || !key.isValid() || sealed.size() != kNonceSize + kMacSize + kKeySize ||
        crypto_secretbox_open_easy(key.data(), in + kNonceSize,
                                   std::size_t(sealed.size() - kNonceSize), in, wrap.data()) != 0)
        return Error{ErrorCode::Crypto, tr("The city's My Number key stored on this computer "
                                           "cannot be opened with this database's key.")};
    return fromParts(keyId, std::move(key));
}

Status CityKey::store(store::Database& database, const CityKey& key, const QString& receivedFrom,
                      const Clock& clock)
{
    auto existing = load(database);
    if (existing) {
        if (existing->keyId() == key.keyId() && existing->key().equals(key.key()))
            return {};
        return Error{ErrorCode::AlreadyExists,
                     tr("This computer already holds a different city My Number key.")};
    }
    if (existing.code() != ErrorCode::NotFound)
        return existing.status();
    const SecureBuffer wrap = database.subkey("CITYKEY1");
    QByteArray sealed(kNonceSize + kMacSize + kKeySize, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(out, kNonceSize);
    if (!wrap.isValid() || !key.key().isValid() ||
        crypto_secretbox_easy(out + kNonceSize, key.key().data(), key.key().size(), out,
                              wrap.data()) != 0)
        return Error{ErrorCode::Crypto,
                     tr("The city's My Number key could not be encrypted on this computer.")};
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral("INSERT INTO sync_field_key (key_id, sealed, received_from, "
                                  "received_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(key.keyId());
    insert.addBindValue(sealed);
    insert.addBindValue(receivedFrom);
    insert.addBindValue(clock.nowUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec())
        return sqlError(insert);
    return {};
}

} // namespace madoguchi::mynumber
