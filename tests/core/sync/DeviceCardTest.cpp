// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/DeviceCard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace madoguchi;
using sync::DeviceCard;

namespace {

const QString kDeviceId = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

QJsonObject goodCard()
{
    return QJsonObject{{QStringLiteral("format"), 1},
                       {QStringLiteral("host"), QStringLiteral("db.city.example")},
                       {QStringLiteral("port"), 5433},
                       {QStringLiteral("dbname"), QStringLiteral("madoguchi")},
                       {QStringLiteral("sslmode"), QStringLiteral("verify-full")},
                       {QStringLiteral("sslrootcert"), QStringLiteral("/etc/madoguchi/ca.crt")},
                       {QStringLiteral("deviceId"), kDeviceId}};
}

Result<DeviceCard> parse(const QJsonObject& object)
{
    return DeviceCard::parse(QJsonDocument(object).toJson());
}

} // namespace

TEST_CASE("A device card is made from the enrolment URL without user or password", "[sync][card]")
{
    auto url = sync::CentralUrl::parse(
        QStringLiteral("postgresql://owner:secret@db.city.example:5433/madoguchi?sslmode=verify-"
                       "full&sslrootcert=/etc/madoguchi/ca.crt&connect_timeout=5"));
    REQUIRE(url.ok());
    auto card = DeviceCard::fromUrl(url.value(), kDeviceId);
    REQUIRE(card.ok());
    const QByteArray json = card->toJson();
    CHECK_FALSE(json.contains("owner"));
    CHECK_FALSE(json.contains("secret"));
    CHECK_FALSE(json.contains("connect_timeout"));

    auto back = DeviceCard::parse(json);
    REQUIRE(back.ok());
    CHECK(back->host == u"db.city.example");
    CHECK(back->port == 5433);
    CHECK(back->database == u"madoguchi");
    CHECK(back->sslMode == u"verify-full");
    CHECK(back->sslRootCert == u"/etc/madoguchi/ca.crt");
    CHECK(back->deviceId == kDeviceId);

    const sync::CentralUrl staff = back->url(QStringLiteral("mdg_staff_x"), QStringLiteral("pw"));
    CHECK(staff.user == u"mdg_staff_x");
    CHECK(staff.options == u"sslmode=verify-full;sslrootcert=/etc/madoguchi/ca.crt");

    // A device id that is not a UUID is refused before anything is written.
    CHECK(DeviceCard::fromUrl(url.value(), QStringLiteral("nope")).code() ==
          ErrorCode::InvalidInput);
}

TEST_CASE("A device card is saved owner-only and read back, a missing one is NotFound",
          "[sync][card]")
{
    QTemporaryDir dir;
    const QString path = sync::deviceCardPathFor(dir.filePath(QStringLiteral("office.db")));
    CHECK(path.endsWith(QStringLiteral("office.db.central")));
    CHECK(DeviceCard::load(path).code() == ErrorCode::NotFound);
    auto card = parse(goodCard());
    REQUIRE(card.ok());
    REQUIRE(card->save(path).ok());
    const QFile::Permissions permissions = QFile::permissions(path);
    CHECK(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    CHECK_FALSE(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                               QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
    auto loaded = DeviceCard::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->deviceId == kDeviceId);

    // Optional TLS fields may be left out.
    QJsonObject plain = goodCard();
    plain.remove(QStringLiteral("sslmode"));
    plain.remove(QStringLiteral("sslrootcert"));
    auto minimal = parse(plain);
    REQUIRE(minimal.ok());
    CHECK(minimal->url(QStringLiteral("u"), QString()).options.isEmpty());
}

TEST_CASE("Malformed device cards are refused with the field named", "[sync][card]")
{
    SECTION("garbage and the wrong JSON shape")
    {
        for (const QByteArray& text :
             {QByteArray(), QByteArray("not json"), QByteArray("[1,2,3]"), QByteArray("\"card\""),
              QByteArray("{\"format\":1"), QByteArray("\xff\xfe{}", 4), QByteArray("null")}) {
            INFO(text.toStdString());
            auto parsed = DeviceCard::parse(text);
            CHECK(parsed.code() == ErrorCode::InvalidInput);
            CHECK_FALSE(parsed.message().isEmpty());
        }
    }
    SECTION("a missing required field")
    {
        for (const char* field : {"format", "host", "port", "dbname", "deviceId"}) {
            QJsonObject card = goodCard();
            card.remove(QLatin1String(field));
            INFO(field);
            auto parsed = parse(card);
            CHECK(parsed.code() == ErrorCode::InvalidInput);
            if (QByteArray(field) != "format")
                CHECK(parsed.message().contains(QLatin1String(field)));
        }
    }
    SECTION("wrong types and values")
    {
        const QList<std::pair<const char*, QJsonValue>> bad{
            {"format", QStringLiteral("1")},
            {"format", 0},
            {"format", 1.5},
            {"host", 42},
            {"host", QString()},
            {"host", QStringLiteral("db host")},
            {"host", QStringLiteral("a;sslmode=disable")},
            {"port", QStringLiteral("5432")},
            {"port", 0},
            {"port", 65536},
            {"port", 5432.5},
            {"port", -1},
            {"dbname", QJsonValue()},
            {"dbname", QString()},
            {"dbname", QString(64, u'd')},
            {"dbname", QStringLiteral("a/b")},
            {"sslmode", QStringLiteral("sometimes")},
            {"sslmode", true},
            {"sslrootcert", QStringLiteral("/tmp/x;sslmode=disable")},
            {"sslrootcert", QStringLiteral("it's")},
            {"sslrootcert", QString()},
            {"sslrootcert", QJsonObject()},
            {"deviceId", QStringLiteral("0190A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B")},
            {"deviceId", QStringLiteral("{0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b}")},
            {"deviceId", QJsonArray()},
        };
        for (const auto& [field, value] : bad) {
            QJsonObject card = goodCard();
            card.insert(QLatin1String(field), value);
            INFO(field << " = "
                       << QJsonDocument(QJsonObject{{QStringLiteral("v"), value}})
                              .toJson(QJsonDocument::Compact)
                              .toStdString());
            CHECK(parse(card).code() == ErrorCode::InvalidInput);
        }
    }
    SECTION("an unknown field, a password in particular")
    {
        QJsonObject card = goodCard();
        card.insert(QStringLiteral("password"), QStringLiteral("hunter2"));
        auto parsed = parse(card);
        CHECK(parsed.code() == ErrorCode::InvalidInput);
        CHECK(parsed.message().contains(QStringLiteral("password")));
    }
    SECTION("a newer format says so")
    {
        QJsonObject card = goodCard();
        card.insert(QStringLiteral("format"), 2);
        auto parsed = parse(card);
        CHECK(parsed.code() == ErrorCode::InvalidInput);
        CHECK(parsed.message().contains(QStringLiteral("newer")));
    }
    SECTION("a huge file is refused without being parsed")
    {
        QByteArray huge = QJsonDocument(goodCard()).toJson();
        huge.insert(1, QByteArray(DeviceCard::kMaxFileSize, ' '));
        CHECK(DeviceCard::parse(huge).code() == ErrorCode::InvalidInput);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.central"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(huge) == huge.size());
        file.close();
        CHECK(DeviceCard::load(path).code() == ErrorCode::InvalidInput);
    }
}
