// SPDX-License-Identifier: GPL-3.0-or-later
#include "mynumber/CityKey.h"

#include "security/SecretBox.h"
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
    SecureBuffer key = security::SecretBox::open(sealed, database.subkey("CITYKEY1"), kKeySize);
    if (!key.isValid())
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
    const QByteArray sealed = security::SecretBox::seal(key.key(), database.subkey("CITYKEY1"));
    if (sealed.isEmpty())
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
