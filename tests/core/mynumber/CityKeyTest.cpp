// SPDX-License-Identifier: GPL-3.0-or-later
// The city-wide My Number key on one device: sealing and indexing under its subkeys with a key-id
// tag, old (device-key) values still opening and found, re-sealing them as journaled updates.
#include "mynumber/CityKey.h"
#include "MyNumberTestSupport.h"
#include "store/Database.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::mynumber;
using security::Scope;
using security::SecureBuffer;
using test::MyNumberDesk;

namespace {

const QStringList kLicense = {QStringLiteral("drivers_license")};

QString withCheckDigit(const QString& first11)
{
    return first11 + QString::number(MyNumber::checkDigit(first11));
}

QByteArray sealedOf(MyNumberDesk& desk, const QString& person)
{
    QSqlQuery query(desk.db());
    query.prepare(QStringLiteral("SELECT sealed FROM person_mynumber WHERE person_id = ?"));
    query.addBindValue(person);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toByteArray();
}

QByteArray indexOf(MyNumberDesk& desk, const QString& person)
{
    QSqlQuery query(desk.db());
    query.prepare(QStringLiteral("SELECT blind_index FROM person_mynumber WHERE person_id = ?"));
    query.addBindValue(person);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toByteArray();
}

QString revealed(MyNumberDesk& desk, const QString& person)
{
    auto digits = desk.numbers->reveal(desk.session(), person, Scope::WelfareService,
                                       QStringLiteral("application_check"));
    INFO(digits.message().toStdString());
    REQUIRE(digits.ok());
    return QString::fromLatin1(reinterpret_cast<const char*>(digits->data()),
                               qsizetype(digits->size()));
}

void record(MyNumberDesk& desk, const QString& person, const QString& number)
{
    const Status recorded =
        desk.numbers->record(desk.session(), person, number, NumberCheck::MyNumberCard, kLicense);
    INFO(recorded.message().toStdString());
    REQUIRE(recorded.ok());
}

CityKey giveKey(MyNumberDesk& desk, const QString& keyId, const SecureBuffer& bytes)
{
    auto key = CityKey::fromParts(keyId, SecureBuffer::copyOf(bytes.data(), bytes.size()));
    REQUIRE(key.ok());
    REQUIRE(CityKey::store(desk.clerk->database(), key.value(), QStringLiteral("test"),
                           desk.office.clock)
                .ok());
    return std::move(key).value();
}

MyNumber parsed(const QString& text)
{
    auto number = MyNumber::parse(text);
    REQUIRE(number.ok());
    return std::move(number).value();
}

} // namespace

TEST_CASE(
    "With the city key, numbers are sealed under it with its key id, and older ones still open",
    "[mynumber][citykey]")
{
    MyNumberDesk desk;
    const QString before = test::insertPerson(desk.db());
    const QString after = test::insertPerson(desk.db());
    const QString other = test::insertPerson(desk.db());
    const QString oldNumber = withCheckDigit(QStringLiteral("12345678901"));
    const QString newNumber = withCheckDigit(QStringLiteral("98320567321"));
    record(desk, before, oldNumber);
    CHECK(sealedOf(desk, before).size() == 24 + 12 + 16);

    CHECK_FALSE(CityKey::isPresent(desk.clerk->database()));
    const SecureBuffer bytes = SecureBuffer::random(32);
    const CityKey key =
        giveKey(desk, QStringLiteral("0192f0c4-1111-7222-8333-444455556666"), bytes);
    CHECK(CityKey::isPresent(desk.clerk->database()));
    record(desk, after, newNumber);

    const QByteArray sealed = sealedOf(desk, after);
    REQUIRE(sealed.size() == 1 + 16 + 24 + 12 + 16);
    CHECK(sealed.at(0) == '\x02');
    CHECK(sealed.mid(1, 16) == key.keyIdBytes());
    CHECK(indexOf(desk, after) == desk.numbers->blindIndex(parsed(newNumber)));

    // Both open; both are found (the old one by the database's own index).
    CHECK(revealed(desk, before) == oldNumber);
    CHECK(revealed(desk, after) == newNumber);
    CHECK(desk.numbers->findPersonByNumber(desk.session(), oldNumber).value() == before);
    CHECK(desk.numbers->findPersonByNumber(desk.session(), newNumber).value() == after);
    // A second holder is refused under either index.
    CHECK(
        desk.numbers->record(desk.session(), other, oldNumber, NumberCheck::MyNumberCard, kLicense)
            .code() == ErrorCode::AlreadyExists);
    CHECK(
        desk.numbers->record(desk.session(), other, newNumber, NumberCheck::MyNumberCard, kLicense)
            .code() == ErrorCode::AlreadyExists);
    // The number itself is in neither blob, and the key is stored sealed only.
    CHECK_FALSE(sealed.contains(newNumber.toLatin1()));
    const QByteArray stored =
        desk.scalar(QStringLiteral("SELECT sealed FROM sync_field_key")).toByteArray();
    CHECK(stored.size() == 24 + 16 + 32);
    CHECK_FALSE(stored.contains(
        QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()))));
}

TEST_CASE("The city key's blind index is the same on every database holding it",
          "[mynumber][citykey]")
{
    MyNumberDesk a;
    MyNumberDesk b;
    const MyNumber number = parsed(withCheckDigit(QStringLiteral("55512345678")));
    // Without the city key each database has its own index.
    CHECK(a.numbers->blindIndex(number) != b.numbers->blindIndex(number));
    const SecureBuffer bytes = SecureBuffer::random(32);
    const QString keyId = QStringLiteral("0192f0c4-1111-7222-8333-444455556666");
    giveKey(a, keyId, bytes);
    giveKey(b, keyId, bytes);
    CHECK(a.numbers->blindIndex(number).size() == 32);
    CHECK(a.numbers->blindIndex(number) == b.numbers->blindIndex(number));
    // Lookups try the city index first, then the database's own.
    CHECK(a.numbers->blindIndexes(number).size() == 2);
    CHECK(a.numbers->blindIndexes(number).constFirst() == a.numbers->blindIndex(number));
}

TEST_CASE("Re-sealing moves every device-key number under the city key, journaled, once",
          "[mynumber][citykey]")
{
    MyNumberDesk desk;
    QStringList persons;
    QStringList numbers;
    for (const char* first11 : {"12345678901", "98320567321", "55512345678"}) {
        persons << test::insertPerson(desk.db());
        numbers << withCheckDigit(QString::fromLatin1(first11));
        record(desk, persons.constLast(), numbers.constLast());
    }
    const QString without = test::insertPerson(desk.db());
    REQUIRE(
        desk.numbers->recordNotProvided(desk.session(), without, QStringLiteral("declined")).ok());
    store::Database& database = desk.clerk->database();
    // No key, no re-sealing.
    CHECK(MyNumberService::resealWithCityKey(database, desk.office.clock).code() ==
          ErrorCode::NotFound);

    giveKey(desk, QStringLiteral("0192f0c4-1111-7222-8333-444455556666"), SecureBuffer::random(32));
    const qint64 journalBefore =
        desk.scalar(QStringLiteral("SELECT count(*) FROM change_journal")).toLongLong();
    auto resealed = MyNumberService::resealWithCityKey(database, desk.office.clock);
    INFO(resealed.message().toStdString());
    REQUIRE(resealed.ok());
    CHECK(resealed.value() == 3);
    for (int i = 0; i < persons.size(); ++i) {
        CHECK(sealedOf(desk, persons[i]).size() == 69);
        CHECK(indexOf(desk, persons[i]) == desk.numbers->blindIndex(parsed(numbers[i])));
        CHECK(revealed(desk, persons[i]) == numbers[i]);
        CHECK(desk.numbers->findPersonByNumber(desk.session(), numbers[i]).value() == persons[i]);
    }
    // Three journaled updates carrying the new sealed value and index, at version 2.
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM change_journal")).toLongLong() ==
          journalBefore + 3);
    CHECK(
        desk.scalar(QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                   "'person_mynumber' AND operation = 'update' AND version = 2 "
                                   "AND payload LIKE '%sealed%' AND payload LIKE '%blind_index%'"))
            .toInt() == 3);
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM person_mynumber WHERE version = 2"))
              .toInt() == 3);

    // Again: nothing left to do.
    auto again = MyNumberService::resealWithCityKey(database, desk.office.clock);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM change_journal")).toLongLong() ==
          journalBefore + 3);
}

TEST_CASE("A value under another key id, or damaged, is refused in plain words",
          "[mynumber][citykey][privacy]")
{
    MyNumberDesk desk;
    const QString person = test::insertPerson(desk.db());
    const QString number = withCheckDigit(QStringLiteral("12345678901"));
    giveKey(desk, QStringLiteral("0192f0c4-1111-7222-8333-444455556666"), SecureBuffer::random(32));
    record(desk, person, number);
    const QByteArray good = sealedOf(desk, person);

    auto setSealed = [&](const QByteArray& value) {
        QSqlQuery update(desk.db());
        update.prepare(QStringLiteral("UPDATE person_mynumber SET sealed = ? WHERE person_id = ?"));
        update.addBindValue(value);
        update.addBindValue(person);
        REQUIRE(update.exec());
    };
    auto revealCode = [&]() {
        auto result = desk.numbers->reveal(desk.session(), person, Scope::WelfareService,
                                           QStringLiteral("application_check"));
        CHECK_FALSE(result.message().isEmpty());
        return result.code();
    };

    QByteArray otherId = good;
    otherId[5] = char(otherId[5] ^ 0x40);
    setSealed(otherId);
    CHECK(revealCode() == ErrorCode::Crypto);

    QByteArray damaged = good;
    damaged[damaged.size() - 1] = char(damaged[damaged.size() - 1] ^ 0x01);
    setSealed(damaged);
    CHECK(revealCode() == ErrorCode::Crypto);

    setSealed(good.left(40));
    CHECK(revealCode() == ErrorCode::Crypto);

    setSealed(good);
    CHECK(revealed(desk, person) == number);
}

TEST_CASE("The city key is stored once, and a different or malformed one is refused",
          "[mynumber][citykey]")
{
    MyNumberDesk desk;
    store::Database& database = desk.clerk->database();
    CHECK(CityKey::load(database).code() == ErrorCode::NotFound);
    CHECK(CityKey::fromParts(QStringLiteral("not-a-uuid"), SecureBuffer::random(32)).code() ==
          ErrorCode::InvalidInput);
    CHECK(CityKey::fromParts(QStringLiteral("0192f0c4-1111-7222-8333-444455556666"),
                             SecureBuffer::random(31))
              .code() == ErrorCode::Crypto);

    const SecureBuffer bytes = SecureBuffer::random(32);
    const QString keyId = QStringLiteral("0192f0c4-1111-7222-8333-444455556666");
    giveKey(desk, keyId, bytes);
    // The same key again changes nothing.
    auto same = CityKey::fromParts(keyId, SecureBuffer::copyOf(bytes.data(), bytes.size()));
    REQUIRE(same.ok());
    CHECK(CityKey::store(database, same.value(), QStringLiteral("x"), desk.office.clock).ok());
    auto different = CityKey::generate();
    REQUIRE(different.ok());
    CHECK(CityKey::store(database, different.value(), QStringLiteral("x"), desk.office.clock)
              .code() == ErrorCode::AlreadyExists);
    auto loaded = CityKey::load(database);
    REQUIRE(loaded.ok());
    CHECK(loaded->keyId() == keyId);
    CHECK(loaded->key().equals(bytes));
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM sync_field_key")).toInt() == 1);

    // A stored key that does not open is reported, not taken as absent.
    QSqlQuery damage(desk.db());
    REQUIRE(damage.exec(QStringLiteral("UPDATE sync_field_key SET sealed = zeroblob(72)")));
    CHECK(CityKey::load(database).code() == ErrorCode::Crypto);
    const MyNumber number = parsed(withCheckDigit(QStringLiteral("12345678901")));
    CHECK(desk.numbers->blindIndex(number).isEmpty());
    const QString person = test::insertPerson(desk.db());
    CHECK(desk.numbers->record(desk.session(), person, number, NumberCheck::MyNumberCard, kLicense)
              .code() == ErrorCode::Crypto);
}
