// SPDX-License-Identifier: GPL-3.0-or-later
#include "mynumber/MyNumberService.h"

#include "audit/AuditLog.h"
#include "mynumber/CityKey.h"
#include "security/Authorizer.h"
#include "store/Database.h"
#include "store/Repository.h"
#include "store/Transaction.h"
#include "store/Uuid7.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcMyNumber, "madoguchi.mynumber")

namespace madoguchi::mynumber {

using security::SecureBuffer;
using security::Session;

namespace {

constexpr std::size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kMacSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kBlindIndexSize = 32;
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == 32);
// A number sealed under this database's own subkey "MYNUMBER": nonce ‖ ciphertext ‖ tag.
constexpr int kDeviceSealedSize = int(kNonceSize + MyNumber::kLength + kMacSize);
// A number sealed under the city key: kCityTag ‖ key id (16 bytes) ‖ nonce ‖ ciphertext ‖ tag,
// with the key id and the person id as associated data. The two sizes differ, so old values
// (device key) are told apart from new ones and still open.
constexpr char kCityTag = '\x02';
constexpr int kCitySealedSize = 1 + CityKey::kKeyIdSize + kDeviceSealedSize;

const QString kTable = QStringLiteral("person_mynumber");

QStringList repositoryColumns()
{
    return {QStringLiteral("person_id"),      QStringLiteral("sealed"),
            QStringLiteral("blind_index"),    QStringLiteral("last4"),
            QStringLiteral("source"),         QStringLiteral("number_check"),
            QStringLiteral("identity_check"), QStringLiteral("not_provided_reason"),
            QStringLiteral("recorded_at"),    QStringLiteral("recorded_by")};
}

Error sqlError(const QString& message, const QSqlQuery& query)
{
    // The driver's text names tables and constraints, never bound values.
    qCWarning(lcMyNumber) << "SQL error:" << query.lastError().databaseText();
    return Error{ErrorCode::Sql, message};
}

bool isKnown(const QList<Choice>& choices, const QString& code)
{
    for (const Choice& choice : choices) {
        if (choice.code == code)
            return true;
    }
    return false;
}

QByteArray personAd(const QString& personId)
{
    return personId.toUtf8();
}

// nonce ‖ XChaCha20-Poly1305(digits) with ad as associated data, appended to prefix.
QByteArray sealDigits(const QByteArray& prefix, const QByteArray& ad, const MyNumber& number,
                      const SecureBuffer& key)
{
    if (!key.isValid() || number.isNull())
        return {};
    QByteArray sealed = prefix;
    sealed.resize(prefix.size() + int(kNonceSize + number.digits().size() + kMacSize));
    auto* out = reinterpret_cast<unsigned char*>(sealed.data()) + prefix.size();
    randombytes_buf(out, kNonceSize);
    unsigned long long sealedLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt(
            out + kNonceSize, &sealedLength, number.digits().data(), number.digits().size(),
            reinterpret_cast<const unsigned char*>(ad.constData()), std::size_t(ad.size()), nullptr,
            out, key.data()) != 0)
        return {};
    return sealed;
}

QByteArray sealUnderCityKey(const QString& personId, const MyNumber& number, const CityKey& city)
{
    const QByteArray keyId = city.keyIdBytes();
    return sealDigits(QByteArray(1, kCityTag) + keyId, keyId + personAd(personId), number,
                      city.sealKey());
}

// Opens nonce ‖ ciphertext ‖ tag (the part after any prefix) into 12 digits.
SecureBuffer openDigits(const char* in, int size, const QByteArray& ad, const SecureBuffer& key)
{
    SecureBuffer digits(MyNumber::kLength);
    const auto* bytes = reinterpret_cast<const unsigned char*>(in);
    unsigned long long length = 0;
    if (!key.isValid() || !digits.isValid() || size != kDeviceSealedSize ||
        crypto_aead_xchacha20poly1305_ietf_decrypt(
            digits.data(), &length, nullptr, bytes + kNonceSize, std::size_t(size) - kNonceSize,
            reinterpret_cast<const unsigned char*>(ad.constData()), std::size_t(ad.size()), bytes,
            key.data()) != 0 ||
        length != std::size_t(MyNumber::kLength))
        return {};
    return digits;
}

QByteArray indexUnder(const SecureBuffer& key, const MyNumber& number)
{
    if (!key.isValid() || number.isNull())
        return {};
    static_assert(crypto_generichash_KEYBYTES == 32);
    QByteArray out(int(kBlindIndexSize), Qt::Uninitialized);
    if (crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), kBlindIndexSize,
                           number.digits().data(), number.digits().size(), key.data(),
                           key.size()) != 0)
        return {};
    return out;
}

} // namespace

MyNumberService::MyNumberService(store::Database& database, audit::AuditLog& audit,
                                 const security::Authorizer& authorizer, const Clock& clock)
    : m_database(database), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

QList<Choice> MyNumberService::revealPurposes()
{
    return {
        {QStringLiteral("application_check"),
         tr("Check the number written on an application (申請書の番号確認)")},
        {QStringLiteral("information_linkage"),
         tr("Inquiry through the information provision network (情報連携)")},
        {QStringLiteral("jukinet_check"),
         tr("Check a result of a 住基ネット inquiry (住基ネット照会結果の確認)")},
        {QStringLiteral("correction"), tr("Correct a number recorded wrongly (誤りの訂正)")},
    };
}

QList<Choice> MyNumberService::notProvidedReasons()
{
    return {
        {QStringLiteral("not_brought"),
         tr("The applicant did not bring the number or a document showing it")},
        {QStringLiteral("declined"), tr("The applicant declined to provide the number")},
        {QStringLiteral("unable"),
         tr("The applicant cannot state the number (e.g. because of the disability)")},
    };
}

QByteArray MyNumberService::blindIndex(const MyNumber& number) const
{
    if (CityKey::isPresent(m_database)) {
        auto city = CityKey::load(m_database);
        return city ? indexUnder(city->indexKey(), number) : QByteArray();
    }
    return indexUnder(m_database.subkey("MNINDEX1"), number);
}

QList<QByteArray> MyNumberService::blindIndexes(const MyNumber& number) const
{
    QList<QByteArray> indexes;
    if (CityKey::isPresent(m_database)) {
        auto city = CityKey::load(m_database);
        if (!city)
            return {};
        indexes << indexUnder(city->indexKey(), number);
    }
    indexes << indexUnder(m_database.subkey("MNINDEX1"), number);
    for (const QByteArray& index : std::as_const(indexes)) {
        if (index.size() != int(kBlindIndexSize))
            return {};
    }
    return indexes;
}

QByteArray MyNumberService::seal(const QString& personId, const MyNumber& number) const
{
    if (CityKey::isPresent(m_database)) {
        auto city = CityKey::load(m_database);
        return city ? sealUnderCityKey(personId, number, city.value()) : QByteArray();
    }
    return sealDigits({}, personAd(personId), number, m_database.subkey("MYNUMBER"));
}

SecureBuffer MyNumberService::open(const QString& personId, const QByteArray& sealed) const
{
    if (sealed.size() == kDeviceSealedSize)
        return openDigits(sealed.constData(), sealed.size(), personAd(personId),
                          m_database.subkey("MYNUMBER"));
    if (sealed.size() != kCitySealedSize || sealed.at(0) != kCityTag)
        return {};
    auto city = CityKey::load(m_database);
    const QByteArray keyId = sealed.mid(1, CityKey::kKeyIdSize);
    if (!city || city->keyIdBytes() != keyId)
        return {};
    return openDigits(sealed.constData() + 1 + CityKey::kKeyIdSize, kDeviceSealedSize,
                      keyId + personAd(personId), city->sealKey());
}

Result<int> MyNumberService::resealWithCityKey(store::Database& database, const Clock& clock)
{
    auto city = CityKey::load(database);
    if (!city)
        return city.error();
    const SecureBuffer deviceKey = database.subkey("MYNUMBER");
    const SecureBuffer indexKey = city->indexKey();
    QSqlDatabase db = database.connection();
    store::Transaction transaction(db);
    QSqlQuery rows(db);
    rows.prepare(QStringLiteral("SELECT id, version, person_id, sealed FROM person_mynumber "
                                "WHERE sealed IS NOT NULL AND length(sealed) = ?"));
    rows.addBindValue(kDeviceSealedSize);
    if (!transaction.isActive() || !rows.exec())
        return sqlError(tr("The My Number records could not be read."), rows);
    struct Row
    {
        QString id;
        qint64 version = 0;
        QString personId;
        QByteArray sealed;
    };
    QList<Row> found;
    while (rows.next())
        found.append({rows.value(0).toString(), rows.value(1).toLongLong(),
                      rows.value(2).toString(), rows.value(3).toByteArray()});
    rows.finish();

    store::Repository repository(db, kTable, repositoryColumns(), clock);
    int resealed = 0;
    int foreign = 0;
    for (const Row& row : std::as_const(found)) {
        SecureBuffer digits = openDigits(row.sealed.constData(), row.sealed.size(),
                                         personAd(row.personId), deviceKey);
        if (!digits.isValid()) {
            // Sealed under another device's own key (pulled before that device had the city
            // key): that device re-seals it when it gets the key.
            ++foreign;
            continue;
        }
        auto number = MyNumber::fromDigits(digits);
        if (!number)
            return number.error();
        const QByteArray sealed = sealUnderCityKey(row.personId, number.value(), city.value());
        const QByteArray index = indexUnder(indexKey, number.value());
        if (sealed.size() != kCitySealedSize || index.size() != int(kBlindIndexSize))
            return Error{ErrorCode::Crypto, tr("The My Number could not be encrypted.")};
        auto updated = repository.update(
            row.id, row.version,
            {{QStringLiteral("sealed"), sealed}, {QStringLiteral("blind_index"), index}});
        if (!updated)
            return updated.error();
        ++resealed;
    }
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The My Numbers could not be saved under the city key.")};
    if (foreign > 0)
        qCInfo(lcMyNumber) << foreign << "My Number value(s) sealed by another device left as is";
    return resealed;
}

Status MyNumberService::requirePerson(const QString& personId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM person WHERE id = ?"));
    query.addBindValue(personId);
    if (!query.exec())
        return sqlError(tr("The person could not be read."), query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("There is no person with this id.")};
    return {};
}

Result<MyNumberRecord> MyNumberService::readRecord(const QString& personId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT version, sealed IS NOT NULL, last4, source, number_check, identity_check, "
        "not_provided_reason, recorded_at, recorded_by FROM person_mynumber WHERE person_id = ?"));
    query.addBindValue(personId);
    if (!query.exec())
        return sqlError(tr("The My Number record could not be read."), query);
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     tr("Nothing about a My Number is on record for this person yet.")};
    MyNumberRecord record;
    record.personId = personId;
    record.version = query.value(0).toLongLong();
    record.provided = query.value(1).toInt() == 1;
    if (record.provided)
        record.masked = MyNumber::maskFromLast4(query.value(2).toString());
    record.source = query.value(3).toString();
    record.numberCheck = query.value(4).toString();
    const QString identity = query.value(5).toString();
    if (!identity.isEmpty())
        record.identityCheck = identity.split(u' ', Qt::SkipEmptyParts);
    record.notProvidedReason = query.value(6).toString();
    record.recordedAt = query.value(7).toString();
    record.recordedBy = query.value(8).toString();
    return record;
}

Status MyNumberService::record(const Session& session, const QString& personId, QStringView number,
                               NumberCheck numberCheck, const QStringList& identityChecks)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.edit"), std::nullopt,
                                              QStringLiteral("person"), personId);
        !allowed)
        return allowed;
    auto parsed = MyNumber::parse(number);
    if (!parsed)
        return parsed.status();
    return record(session, personId, parsed.value(), numberCheck, identityChecks);
}

Status MyNumberService::record(const Session& session, const QString& personId,
                               const MyNumber& number, NumberCheck numberCheck,
                               const QStringList& identityChecks)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.edit"), std::nullopt,
                                              QStringLiteral("person"), personId);
        !allowed)
        return allowed;
    if (!counterNumberChecks().contains(numberCheck))
        return Error{ErrorCode::InvalidInput,
                     tr("Record how the number was confirmed (番号確認): My Number card, "
                        "notification card or a copy of the residence record.")};
    if (Status identity = IdentityChecks::check(identityChecks); !identity)
        return identity;
    return store(session, personId, number, QStringLiteral("counter"), numberCheck,
                 IdentityChecks::storedForm(identityChecks));
}

Status MyNumberService::recordFromJukinet(const Session& session, const QString& personId,
                                          const MyNumber& number)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.edit"), std::nullopt,
                                              QStringLiteral("person"), personId);
        !allowed)
        return allowed;
    return store(session, personId, number, QStringLiteral("jukinet"), NumberCheck::JukinetInquiry,
                 {});
}

Status MyNumberService::recordDemo(QSqlDatabase& db, const QString& personId, std::mt19937& random,
                                   const QString& recordedBy)
{
    // A fictional number with a valid check digit, stored like a real one but outside the
    // journal and the audit log (demo data never syncs).
    std::uniform_int_distribution<int> digit(0, 9);
    QString first11;
    first11.reserve(11);
    first11 += QChar(u'1' + std::uniform_int_distribution<int>(0, 8)(random)); // no all-zero
    for (int i = 1; i < 11; ++i)
        first11 += QChar(u'0' + digit(random));
    const QString text = first11 + QString::number(MyNumber::checkDigit(first11));
    auto number = MyNumber::parse(text);
    if (!number)
        return number.status();
    const QByteArray sealed = seal(personId, number.value());
    const QByteArray index = blindIndex(number.value());
    if (sealed.isEmpty() || index.isEmpty())
        return Error{ErrorCode::Crypto, tr("The My Number could not be encrypted.")};
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO person_mynumber (id, version, person_id, sealed, blind_index, last4, source, "
        "number_check, identity_check, recorded_at, recorded_by) "
        "VALUES (?, 1, ?, ?, ?, ?, 'counter', ?, ?, ?, ?)"));
    insert.addBindValue(store::newUuid7());
    insert.addBindValue(personId);
    insert.addBindValue(sealed);
    insert.addBindValue(index);
    insert.addBindValue(number->last4());
    insert.addBindValue(numberCheckCode(NumberCheck::MyNumberCard));
    insert.addBindValue(QStringLiteral("mynumber_card"));
    insert.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    insert.addBindValue(recordedBy);
    if (!insert.exec())
        return sqlError(tr("The My Number could not be saved."), insert);
    return {};
}

Status MyNumberService::store(const Session& session, const QString& personId,
                              const MyNumber& number, const QString& source,
                              NumberCheck numberCheck, const QString& identityCheck)
{
    if (number.isNull())
        return Error{ErrorCode::InvalidInput,
                     MyNumber::problemMessage(MyNumber::Problem::WrongLength)};
    if (Status exists = requirePerson(personId); !exists)
        return exists;
    // The first index is the one stored (the city key's when this device has it); the others
    // find values recorded before it.
    const QList<QByteArray> indexes = blindIndexes(number);
    if (indexes.isEmpty())
        return Error{ErrorCode::Crypto, tr("The My Number key is not available.")};
    const QByteArray index = indexes.constFirst();

    QSqlDatabase db = m_database.connection();
    {
        QSqlQuery holder(db);
        holder.prepare(QStringLiteral("SELECT person_id FROM person_mynumber WHERE blind_index "
                                      "IN (?, ?) AND person_id <> ? LIMIT 1"));
        holder.addBindValue(index);
        holder.addBindValue(indexes.constLast());
        holder.addBindValue(personId);
        if (!holder.exec())
            return sqlError(tr("The My Number record could not be read."), holder);
        if (holder.next())
            return Error{ErrorCode::AlreadyExists,
                         tr("This My Number is already recorded for another person. Search by "
                            "the number to find that record; the two may be one person.")};
    }

    const QByteArray sealed = seal(personId, number);
    if (sealed.isEmpty())
        return Error{ErrorCode::Crypto, tr("The My Number could not be encrypted.")};

    const QVariantMap fields{
        {QStringLiteral("sealed"), sealed},
        {QStringLiteral("blind_index"), index},
        {QStringLiteral("last4"), number.last4()},
        {QStringLiteral("source"), source},
        {QStringLiteral("number_check"), numberCheckCode(numberCheck)},
        {QStringLiteral("identity_check"),
         identityCheck.isEmpty() ? QVariant() : QVariant(identityCheck)},
        {QStringLiteral("not_provided_reason"), QVariant()},
        {QStringLiteral("recorded_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("recorded_by"), session.accountId},
    };

    store::Transaction transaction(db);
    store::Repository repository(db, kTable, repositoryColumns(), m_clock);
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT id, version FROM person_mynumber WHERE person_id = ?"));
    existing.addBindValue(personId);
    if (!transaction.isActive() || !existing.exec())
        return sqlError(tr("The My Number record could not be read."), existing);
    if (existing.next()) {
        auto updated =
            repository.update(existing.value(0).toString(), existing.value(1).toLongLong(), fields);
        if (!updated)
            return updated.status();
    } else {
        QVariantMap withPerson = fields;
        withPerson.insert(QStringLiteral("person_id"), personId);
        auto inserted = repository.insert(withPerson);
        if (!inserted)
            return inserted.status();
    }
    if (Status audited = m_audit.append(
            audit::AuditEvent::of(audit::EventType::MyNumberRecord, audit::Outcome::Success,
                                  session.login, QStringLiteral("person"), personId, source));
        !audited)
        return audited;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The My Number could not be saved.")};
    return {};
}

Status MyNumberService::recordNotProvided(const Session& session, const QString& personId,
                                          const QString& reason)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.edit"), std::nullopt,
                                              QStringLiteral("person"), personId);
        !allowed)
        return allowed;
    if (!isKnown(notProvidedReasons(), reason))
        return Error{ErrorCode::InvalidInput,
                     tr("Choose why the applicant did not provide the My Number.")};
    if (Status exists = requirePerson(personId); !exists)
        return exists;
    QSqlDatabase db = m_database.connection();
    store::Transaction transaction(db);
    auto current = readRecord(personId);
    if (!current && current.code() != ErrorCode::NotFound)
        return current.status();
    if (current && current->provided)
        return Error{ErrorCode::AlreadyExists,
                     tr("A My Number is already on record for this person; it is not erased by "
                        "recording that none was provided.")};
    const QVariantMap fields{
        {QStringLiteral("not_provided_reason"), reason},
        {QStringLiteral("recorded_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("recorded_by"), session.accountId},
    };
    store::Repository repository(db, kTable, repositoryColumns(), m_clock);
    if (current) {
        QSqlQuery id(db);
        id.prepare(QStringLiteral("SELECT id FROM person_mynumber WHERE person_id = ?"));
        id.addBindValue(personId);
        if (!id.exec() || !id.next())
            return sqlError(tr("The My Number record could not be read."), id);
        auto updated = repository.update(id.value(0).toString(), current->version, fields);
        if (!updated)
            return updated.status();
    } else {
        QVariantMap withPerson = fields;
        withPerson.insert(QStringLiteral("person_id"), personId);
        auto inserted = repository.insert(withPerson);
        if (!inserted)
            return inserted.status();
    }
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::MyNumberRecord, audit::Outcome::Success, session.login,
            QStringLiteral("person"), personId, QStringLiteral("not_provided")));
        !audited)
        return audited;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The record could not be saved.")};
    return {};
}

Result<QString> MyNumberService::findPersonByNumber(const Session& session, QStringView number)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.search")); !allowed)
        return allowed.error();
    auto parsed = MyNumber::parse(number);
    if (!parsed)
        return parsed.error();
    return findPersonByNumber(session, parsed.value());
}

Result<QString> MyNumberService::findPersonByNumber(const Session& session, const MyNumber& number)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.search")); !allowed)
        return allowed.error();
    const QList<QByteArray> indexes = blindIndexes(number);
    if (indexes.isEmpty())
        return Error{ErrorCode::Crypto, tr("The My Number key is not available.")};
    // Under the city key first, then values recorded before this device had it. Two holders
    // (two devices registered one person) are a duplicate candidate; the surviving record of a
    // merge comes first.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT m.person_id FROM person_mynumber m JOIN person p ON p.id = m.person_id "
        "WHERE m.blind_index IN (?, ?) ORDER BY p.merged_into IS NOT NULL, m.blind_index = ? "
        "DESC, p.atena_number LIMIT 1"));
    query.addBindValue(indexes.constFirst());
    query.addBindValue(indexes.constLast());
    query.addBindValue(indexes.constFirst());
    if (!query.exec())
        return sqlError(tr("The My Number record could not be read."), query);
    const bool found = query.next();
    const QString personId = found ? query.value(0).toString() : QString();
    // The kind of query is audited, never the number.
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::PersonSearch, audit::Outcome::Success, session.login,
            found ? QStringLiteral("person") : QString(), personId, QStringLiteral("mynumber")));
        !audited)
        return audited.error();
    if (!found)
        return Error{ErrorCode::NotFound, tr("No person has this My Number on record.")};
    return personId;
}

Result<MyNumberRecord> MyNumberService::find(const Session& session, const QString& personId)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.view"), std::nullopt,
                                              QStringLiteral("person"), personId);
        !allowed)
        return allowed.error();
    return readRecord(personId);
}

Result<QString> MyNumberService::masked(const Session& session, const QString& personId)
{
    auto record = find(session, personId);
    if (!record)
        return record.error();
    if (!record->provided)
        return Error{ErrorCode::NotFound,
                     tr("The applicant did not provide a My Number; none is on record.")};
    return record->masked;
}

Result<SecureBuffer> MyNumberService::reveal(const Session& session, const QString& personId,
                                             security::Scope scope, const QString& purpose)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("mynumber.reveal"), scope,
                                              QStringLiteral("person"), personId);
        !allowed)
        return allowed.error();
    if (purpose.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("State why you need to see the My Number before it is shown.")};
    if (!isKnown(revealPurposes(), purpose))
        return Error{ErrorCode::InvalidInput,
                     tr("Choose one of the listed purposes for showing the My Number.")};

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT sealed FROM person_mynumber WHERE person_id = ?"));
    query.addBindValue(personId);
    if (!query.exec())
        return sqlError(tr("The My Number record could not be read."), query);
    if (!query.next() || query.value(0).isNull())
        return Error{ErrorCode::NotFound, tr("No My Number is on record for this person.")};
    const QByteArray sealed = query.value(0).toByteArray();
    if (sealed.size() != kDeviceSealedSize &&
        (sealed.size() != kCitySealedSize || sealed.at(0) != kCityTag))
        return Error{ErrorCode::Crypto, tr("The stored My Number is damaged.")};
    if (sealed.size() == kCitySealedSize) {
        auto city = CityKey::load(m_database);
        if (!city || city->keyIdBytes() != sealed.mid(1, CityKey::kKeyIdSize))
            return Error{ErrorCode::Crypto,
                         tr("The My Number was recorded under the city's My Number key, which "
                            "this computer does not hold. Sync this computer first.")};
    }
    SecureBuffer digits = open(personId, sealed);
    if (!digits.isValid())
        return Error{ErrorCode::Crypto,
                     tr("The stored My Number could not be decrypted: it is damaged or does not "
                        "belong to this person.")};
    // No reveal without its audit record.
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::MyNumberReveal, audit::Outcome::Success, session.login,
            QStringLiteral("person"), personId, purpose + u'@' + security::scopeCode(scope)));
        !audited)
        return audited.error();
    return digits;
}

} // namespace madoguchi::mynumber
