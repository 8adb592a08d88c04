// SPDX-License-Identifier: GPL-3.0-or-later
// Issuing keys' public halves by sync (issue #7): a certificate printed on one device verifies
// on another once both have exchanged keys; retirements and revocations follow; malformed keys
// are refused with a clear error on either side.
#include "sync/IssuingKeyExchange.h"
#include "../workspace/WorkspaceFixture.h"
#include "PgTestSupport.h"
#include "certificate/CertificateSigner.h"
#include "certificate/CertificateVerifier.h"
#include "certificate/IssuingKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <sodium.h>

using namespace madoguchi;
using certificate::CertificateVerifier;
using certificate::IssuingKeys;
using certificate::Verdict;
using sync::IssuingKeyExchange;

namespace {

IssuingKeys keysOf(test::Office& office)
{
    return IssuingKeys(office.admin->database(), office.admin->audit(), office.admin->authorizer(),
                       office.clock);
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// A certificate code signed on office with its current city key.
QString printOn(test::Office& office)
{
    auto signer = certificate::CertificateSigner::load(office.admin->database());
    INFO(signer.message().toStdString());
    REQUIRE(signer.ok());
    REQUIRE(signer->usesCityKey());
    certificate::CertificateFields fields;
    fields.certificateId = QStringLiteral("0197a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    fields.recipientNumber = QStringLiteral("1234566");
    fields.kind = certificate::DocumentKind::MedicalPsychiatric;
    const QDate today = office.clock.todayInJapan();
    fields.validFrom = today.addDays(-10);
    fields.validTo = today.addDays(300);
    fields.monthlyCap = 5000;
    fields.issuedOn = today;
    fields.officeCode = QStringLiteral("142042");
    auto code = signer->sign(fields);
    INFO(code.message().toStdString());
    REQUIRE(code.ok());
    return code.value();
}

Verdict verifyOn(test::Office& office, const QString& code)
{
    auto trusted = keysOf(office).trustedKeys();
    INFO(trusted.message().toStdString());
    REQUIRE(trusted.ok());
    return CertificateVerifier::verify(code, trusted.value(), office.clock.todayInJapan()).verdict;
}

sync::IssuingKeySummary exchange(test::Office& office, sync::CentralConnection& central)
{
    auto done = IssuingKeyExchange::exchange(office.admin->database(), central.db(), office.clock);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    return done.value();
}

// A fresh Ed25519 public key.
QByteArray randomPublicKey()
{
    REQUIRE(sodium_init() >= 0);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    unsigned char secret[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secret);
    sodium_memzero(secret, sizeof secret);
    return publicKey;
}

QSqlError publish(sync::CentralConnection& device, const QString& json)
{
    QSqlQuery query(device.db());
    query.prepare(QStringLiteral("SELECT madoguchi.publish_issuing_keys(CAST(? AS jsonb))"));
    query.addBindValue(json);
    if (query.exec())
        return {};
    return query.lastError();
}

QString keyJson(const QString& keyId, const QByteArray& publicKey)
{
    return QString::fromUtf8(
        QJsonDocument(
            QJsonArray{QJsonObject{{QStringLiteral("key_id"), keyId},
                                   {QStringLiteral("scope"), QStringLiteral("city")},
                                   {QStringLiteral("public_key"), hex(publicKey)},
                                   {QStringLiteral("valid_from"), QStringLiteral("2025-07-18")},
                                   {QStringLiteral("valid_to"), QJsonValue()}}})
            .toJson(QJsonDocument::Compact));
}

// Two devices, each with its own enrolment and central connection.
struct TwoDevices
{
    test::ScratchCentral central;
    test::Office a;
    test::Office b;
    sync::DeviceCredentials credentialsA = central.enrollDevice(QStringLiteral("窓口A"));
    sync::DeviceCredentials credentialsB = central.enrollDevice(QStringLiteral("窓口B"));
    std::unique_ptr<sync::CentralConnection> connectionA = central.connectAs(credentialsA);
    std::unique_ptr<sync::CentralConnection> connectionB = central.connectAs(credentialsB);
};

} // namespace

TEST_CASE("A certificate printed on one device verifies on another after both synced keys",
          "[sync][pg][issuingkeys]")
{
    TwoDevices devices;
    auto created = keysOf(devices.a).create(devices.a.admin->session());
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    const QString code = printOn(devices.a);
    CHECK(verifyOn(devices.a, code) == Verdict::Valid);
    CHECK(verifyOn(devices.b, code) == Verdict::UnknownKey);

    // B exchanging first receives nothing: A has not published yet.
    CHECK(exchange(devices.b, *devices.connectionB).received == 0);
    const auto fromA = exchange(devices.a, *devices.connectionA);
    CHECK(fromA.published == 1);
    CHECK(fromA.received == 0); // its own key only
    const auto atB = exchange(devices.b, *devices.connectionB);
    CHECK(atB.received == 1);
    CHECK(atB.problems.isEmpty());
    CHECK(verifyOn(devices.b, code) == Verdict::Valid);
    // The secret never left A: B cannot sign as the city.
    CHECK_FALSE(keysOf(devices.b).holdsCurrentSecret());
    CHECK(devices.central
              .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.issuing_public_keys WHERE "
                                     "key_id = '%1' AND device_id = '%2'")
                          .arg(hex(created->keyId), devices.credentialsA.deviceId))
              .toInt() == 1);

    // Exchanging again changes nothing.
    CHECK(exchange(devices.a, *devices.connectionA).published == 0);
    CHECK(exchange(devices.b, *devices.connectionB).received == 0);

    // B makes its own key: A learns it too, and both keys stay trusted on both devices.
    REQUIRE(keysOf(devices.b).create(devices.b.admin->session()).ok());
    const QString codeB = printOn(devices.b);
    exchange(devices.b, *devices.connectionB);
    CHECK(exchange(devices.a, *devices.connectionA).received == 1);
    CHECK(verifyOn(devices.a, codeB) == Verdict::Valid);
    CHECK(verifyOn(devices.b, code) == Verdict::Valid);

    SECTION("A rotation reaches the other device as a retirement")
    {
        devices.a.clock.advanceMs(3LL * 24 * 3600 * 1000);
        devices.b.clock.advanceMs(3LL * 24 * 3600 * 1000);
        auto rotated = keysOf(devices.a).rotate(devices.a.admin->session());
        REQUIRE(rotated.ok());
        CHECK(exchange(devices.a, *devices.connectionA).published == 2); // new key + retirement
        CHECK(exchange(devices.b, *devices.connectionB).received == 2);
        QSqlQuery retired(devices.b.admin->database().connection());
        REQUIRE(retired.exec(QStringLiteral("SELECT valid_to FROM sync_issuing_key WHERE key_id "
                                            "= '%1'")
                                 .arg(hex(created->keyId))));
        REQUIRE(retired.next());
        CHECK(retired.value(0).toString() == devices.a.clock.todayInJapan().toString(Qt::ISODate));
        // Signed before the rotation: still valid on B.
        CHECK(verifyOn(devices.b, code) == Verdict::Valid);
        CHECK(verifyOn(devices.b, printOn(devices.a)) == Verdict::Valid);
    }

    SECTION("A key the administrator revokes is no longer trusted")
    {
        auto admin = devices.central.admin();
        QSqlQuery revoke(admin->db());
        REQUIRE(revoke.exec(
            QStringLiteral("SELECT madoguchi.revoke_issuing_key('%1')").arg(hex(created->keyId))));
        REQUIRE(revoke.next());
        CHECK(revoke.value(0).toBool());
        CHECK(exchange(devices.b, *devices.connectionB).dropped == 1);
        CHECK(verifyOn(devices.b, code) == Verdict::UnknownKey);
    }
}

TEST_CASE("Malformed issuing key payloads are refused with a clear error",
          "[sync][pg][issuingkeys]")
{
    TwoDevices devices;
    const QByteArray publicKey = randomPublicKey();
    const QString goodId = hex(certificate::TrustedKeys::keyIdOf(publicKey));

    SECTION("The central store refuses what is not a key list")
    {
        const QStringList malformed{
            QStringLiteral("{}"),
            QStringLiteral("[1]"),
            QStringLiteral("[{}]"),
            keyJson(QStringLiteral("XYZ"), publicKey),
            keyJson(goodId, publicKey.left(16)),
            keyJson(goodId, publicKey)
                .replace(QStringLiteral("2025-07-18"), QStringLiteral("2025-02-30")),
            keyJson(goodId, publicKey)
                .replace(QStringLiteral("\"city\""), QStringLiteral("\"City!\"")),
            keyJson(goodId, publicKey)
                .replace(QStringLiteral("\"valid_to\":null"),
                         QStringLiteral("\"valid_to\":\"2020-01-01\"")),
        };
        for (const QString& json : malformed) {
            INFO(json.toStdString());
            const QSqlError error = publish(*devices.connectionA, json);
            CHECK(error.nativeErrorCode() == QStringLiteral("22023"));
            CHECK_FALSE(error.databaseText().isEmpty());
        }
        CHECK(devices.central
                  .scalar(QStringLiteral("SELECT count(*) FROM "
                                         "madoguchi.issuing_public_keys"))
                  .toInt() == 0);
    }

    SECTION("A key published under another's id, or changed, is refused")
    {
        CHECK_FALSE(publish(*devices.connectionA, keyJson(goodId, publicKey)).isValid());
        // B cannot publish A's key as its own, nor a different key under its id.
        CHECK(publish(*devices.connectionB, keyJson(goodId, publicKey)).nativeErrorCode() ==
              QStringLiteral("MD020"));
        CHECK(publish(*devices.connectionB, keyJson(goodId, randomPublicKey())).nativeErrorCode() ==
              QStringLiteral("MD020"));
    }

    SECTION("An outreach device cannot add an issuing key every device would trust")
    {
        const sync::DeviceCredentials credentialsC =
            devices.central.enrollDevice(QStringLiteral("訪問C"), sync::DeviceKind::Outreach);
        const auto connectionC = devices.central.connectAs(credentialsC);
        const QByteArray rogue = randomPublicKey();
        CHECK(publish(*connectionC, keyJson(QStringLiteral("8899aabbccddeeff"), rogue))
                  .nativeErrorCode() == QStringLiteral("MD021"));
        CHECK(devices.central
                  .scalar(QStringLiteral("SELECT count(*) FROM madoguchi.issuing_public_keys WHERE "
                                         "device_id = '%1'")
                              .arg(credentialsC.deviceId))
                  .toInt() == 0);
        // Its own exchange says so in plain words, and nothing was published.
        test::Office c;
        auto created = keysOf(c).create(c.admin->session());
        REQUIRE(created.ok());
        auto done = IssuingKeyExchange::exchange(c.admin->database(), connectionC->db(), c.clock);
        CHECK(done.code() == ErrorCode::PermissionDenied);
        CHECK(done.message().contains(QStringLiteral("counter")));
    }

    SECTION("A device refuses a key whose id does not belong to its public key")
    {
        // The centre cannot compute BLAKE2b: a device could publish a wrong id.
        REQUIRE_FALSE(
            publish(*devices.connectionA, keyJson(QStringLiteral("0011223344556677"), publicKey))
                .isValid());
        const auto atB = exchange(devices.b, *devices.connectionB);
        CHECK(atB.received == 0);
        REQUIRE(atB.problems.size() == 1);
        CHECK(atB.problems.first().contains(QStringLiteral("0011223344556677")));
        auto trusted = keysOf(devices.b).trustedKeys();
        REQUIRE(trusted.ok());
        CHECK(trusted->isEmpty());
        // A well-formed key published after it still arrives (the public half of the refused
        // one is taken centrally: another key).
        const QByteArray otherKey = randomPublicKey();
        REQUIRE_FALSE(publish(*devices.connectionA,
                              keyJson(hex(certificate::TrustedKeys::keyIdOf(otherKey)), otherKey))
                          .isValid());
        const auto later = exchange(devices.b, *devices.connectionB);
        CHECK(later.received == 1);
        CHECK(later.problems.isEmpty());
    }
}
