// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/IssuingKeyExchange.h"

#include "certificate/TrustedKeys.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/CentralConnection.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace madoguchi::sync {

namespace {

Q_LOGGING_CATEGORY(lcKeyExchange, "madoguchi.sync.issuingkeys")

// The scope of the city's issuing keys (madoguchi.issuing_public_keys.scope).
constexpr char kCityScope[] = "city";
// The SQLSTATEs of madoguchi.publish_issuing_keys.
constexpr char kMalformedState[] = "22023";
constexpr char kClashState[] = "MD020";
constexpr char kNotCounterState[] = "MD021";

Error localError(const QSqlQuery& query)
{
    qCWarning(lcKeyExchange) << "local issuing key statement failed:"
                             << query.lastError().databaseText();
    return Error{ErrorCode::Sql,
                 IssuingKeyExchange::tr("The issuing keys of other devices could not be saved.")};
}

QString isoOrNull(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString();
}

struct ReceivedKey
{
    QString keyId;
    QByteArray publicKey;
    QString scope;
    QString validFrom;
    QString validTo; // empty: current
    QString deviceId;
    bool revoked = false;
    qint64 version = 0;
};

// Whether a received key is well formed: its id belongs to its public key, its dates are real
// days in order.
bool wellFormed(const ReceivedKey& key)
{
    static const QRegularExpression hexId(QStringLiteral("^[0-9a-f]{16}$"));
    if (!hexId.match(key.keyId).hasMatch() ||
        key.publicKey.size() != certificate::TrustedKeys::kPublicKeySize ||
        certificate::TrustedKeys::keyIdOf(key.publicKey) !=
            QByteArray::fromHex(key.keyId.toLatin1()))
        return false;
    const QDate from = QDate::fromString(key.validFrom, Qt::ISODate);
    const QDate to = QDate::fromString(key.validTo, Qt::ISODate);
    return from.isValid() && (key.validTo.isEmpty() || (to.isValid() && to >= from));
}

} // namespace

Result<IssuingKeySummary> IssuingKeyExchange::exchange(store::Database& database,
                                                       QSqlDatabase& central, const Clock& clock)
{
    QSqlDatabase db = database.connection();
    IssuingKeySummary summary;

    // 1. This device's own keys: the public halves of the keys whose secret half is here.
    QSqlQuery own(db);
    if (!own.exec(QStringLiteral("SELECT k.key_id, k.public_key, k.created_on, k.retired_on "
                                 "FROM issuing_key k JOIN issuing_key_secret s "
                                 "ON s.key_id = k.key_id ORDER BY k.created_at, k.key_id")))
        return localError(own);
    QJsonArray mine;
    QSet<QString> ownIds;
    while (own.next()) {
        const QString keyId = own.value(0).toString();
        ownIds.insert(keyId);
        mine.append(QJsonObject{
            {QStringLiteral("key_id"), keyId},
            {QStringLiteral("scope"), QLatin1String(kCityScope)},
            {QStringLiteral("public_key"), QString::fromLatin1(own.value(1).toByteArray().toHex())},
            {QStringLiteral("valid_from"), own.value(2).toString()},
            {QStringLiteral("valid_to"), own.value(3).isNull()
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(own.value(3).toString())},
        });
    }
    // An outreach laptop's keys are not shared (the central store refuses them, MD021): said
    // once per sync, and the rest of the sync goes on.
    if (!mine.isEmpty()) {
        QSqlQuery kind(db);
        if (!kind.exec(QStringLiteral("SELECT kind FROM sync_enrolment")))
            return localError(kind);
        if (kind.next() && kind.value(0).toString() == u"outreach") {
            summary.problems.append(
                tr("The issuing keys made on this outreach device are not shared: the central "
                   "server shares issuing keys made on counter workstations only."));
            mine = QJsonArray();
        }
    }
    if (!mine.isEmpty()) {
        QSqlQuery publish(central);
        publish.prepare(QStringLiteral("SELECT madoguchi.publish_issuing_keys(CAST(? AS jsonb))"));
        publish.addBindValue(QString::fromUtf8(QJsonDocument(mine).toJson(QJsonDocument::Compact)));
        if (!publish.exec() || !publish.next()) {
            const QString state = publish.lastError().nativeErrorCode();
            if (state == QLatin1String(kMalformedState))
                return Error{ErrorCode::InvalidInput,
                             tr("The central server refused this device's issuing keys: their "
                                "public halves are malformed.")};
            if (state == QLatin1String(kNotCounterState))
                return Error{ErrorCode::PermissionDenied,
                             tr("The central server shares issuing keys made on counter "
                                "workstations only. Make the city's issuing key on a counter "
                                "workstation at the office.")};
            if (state == QLatin1String(kClashState))
                return Error{ErrorCode::Conflict,
                             tr("The central server holds a different issuing key under the id "
                                "of one of this device's keys. Ask the administrator.")};
            return centralError(publish.lastError(), tr("sending the issuing keys"));
        }
        summary.published = publish.value(0).toInt();
    }

    // 2. Everyone's keys changed since the last exchange.
    QSqlQuery state(db);
    if (!state.exec(QStringLiteral(
            "SELECT after_version FROM sync_issuing_key_state WHERE singleton = 1")) ||
        !state.next())
        return localError(state);
    const qint64 after = state.value(0).toLongLong();
    QSqlQuery since(central);
    since.prepare(QStringLiteral(
        "SELECT key_id, scope, public_key, valid_from::text, valid_to::text, device_id, revoked, "
        "version FROM madoguchi.issuing_public_keys_since(?)"));
    since.addBindValue(after);
    if (!since.exec())
        return centralError(since.lastError(), tr("receiving the issuing keys"));
    QList<ReceivedKey> received;
    while (since.next()) {
        ReceivedKey key;
        key.keyId = since.value(0).toString();
        key.scope = since.value(1).toString();
        key.publicKey = since.value(2).toByteArray();
        key.validFrom = since.value(3).toString();
        key.validTo = isoOrNull(since.value(4));
        key.deviceId = since.value(5).toString();
        key.revoked = since.value(6).toBool();
        key.version = since.value(7).toLongLong();
        received.append(key);
    }
    if (received.isEmpty())
        return summary;

    store::Transaction transaction(db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The issuing keys of other devices could not be saved.")};
    const QString now = clock.nowUtc().toString(Qt::ISODateWithMs);
    qint64 last = after;
    for (const ReceivedKey& key : std::as_const(received)) {
        last = std::max(last, key.version);
        if (key.revoked) {
            QSqlQuery drop(db);
            drop.prepare(QStringLiteral("DELETE FROM sync_issuing_key WHERE key_id = ?"));
            drop.addBindValue(key.keyId);
            if (!drop.exec())
                return localError(drop);
            summary.dropped += drop.numRowsAffected();
            continue;
        }
        if (ownIds.contains(key.keyId))
            continue; // this database's own key (issuing_key)
        if (!wellFormed(key)) {
            qCWarning(lcKeyExchange) << "refused a malformed issuing key from the central store";
            summary.problems << tr("The central server sent the issuing key %1 in a malformed "
                                   "form (its id does not belong to its public key, or its "
                                   "dates are wrong). It is not trusted on this device; ask the "
                                   "administrator to revoke it.")
                                    .arg(key.keyId.left(16));
            continue;
        }
        QSqlQuery present(db);
        present.prepare(QStringLiteral("SELECT public_key FROM sync_issuing_key WHERE key_id = ?"));
        present.addBindValue(key.keyId);
        if (!present.exec())
            return localError(present);
        QSqlQuery store(db);
        if (present.next()) {
            if (present.value(0).toByteArray() != key.publicKey) {
                summary.problems << tr("The central server sent the issuing key %1 with another "
                                       "public half than before. The new one is not trusted on "
                                       "this device; ask the administrator.")
                                        .arg(key.keyId);
                continue;
            }
            store.prepare(QStringLiteral("UPDATE sync_issuing_key SET valid_to = ?, "
                                         "central_version = ?, received_at = ? WHERE key_id = ?"));
            store.addBindValue(key.validTo.isEmpty() ? QVariant() : QVariant(key.validTo));
            store.addBindValue(key.version);
            store.addBindValue(now);
            store.addBindValue(key.keyId);
        } else {
            store.prepare(QStringLiteral(
                "INSERT INTO sync_issuing_key (key_id, public_key, scope, valid_from, valid_to, "
                "device_id, central_version, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            store.addBindValue(key.keyId);
            store.addBindValue(key.publicKey);
            store.addBindValue(key.scope);
            store.addBindValue(key.validFrom);
            store.addBindValue(key.validTo.isEmpty() ? QVariant() : QVariant(key.validTo));
            store.addBindValue(key.deviceId);
            store.addBindValue(key.version);
            store.addBindValue(now);
        }
        if (!store.exec())
            return localError(store);
        ++summary.received;
    }
    QSqlQuery advance(db);
    advance.prepare(
        QStringLiteral("UPDATE sync_issuing_key_state SET after_version = ? WHERE singleton = 1"));
    advance.addBindValue(last);
    if (!advance.exec())
        return localError(advance);
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The issuing keys of other devices could not be saved.")};
    return summary;
}

} // namespace madoguchi::sync
