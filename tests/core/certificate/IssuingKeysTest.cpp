// SPDX-License-Identifier: GPL-3.0-or-later
// Issuing keys in the database: create, rotate, sealed secrets, device certificates, signing.
#include "certificate/IssuingKeys.h"
#include "WorkspaceFixture.h"
#include "audit/DeviceIdentity.h"
#include "certificate/CertificateSigner.h"
#include "certificate/CertificateVerifier.h"
#include "support/TestSupport.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::certificate;
using security::Role;
using security::Scope;

namespace {

IssuingKeys keysOf(Workspace& workspace)
{
    return IssuingKeys(workspace.database(), workspace.audit(), workspace.authorizer(),
                       workspace.clock());
}

qint64 count(Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database().connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

CertificateFields fieldsIssuedOn(QDate day)
{
    CertificateFields f;
    f.certificateId = QStringLiteral("0197a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    f.recipientNumber = QStringLiteral("6543219");
    f.kind = DocumentKind::WelfareService;
    f.validFrom = day;
    f.validTo = day.addYears(1).addDays(-1);
    f.issuedOn = day;
    f.officeCode = QStringLiteral("142042");
    return f;
}

} // namespace

TEST_CASE("An administrator creates and rotates the issuing key", "[certificate][issuing]")
{
    test::Office office;
    Workspace& admin = *office.admin;
    IssuingKeys keys = keysOf(admin);
    CHECK(keys.current().code() == ErrorCode::NotFound);
    CHECK_FALSE(keys.holdsCurrentSecret());
    CHECK(keys.rotate(admin.session()).code() == ErrorCode::NotFound);

    auto first = keys.create(admin.session());
    INFO(first.message().toStdString());
    REQUIRE(first.ok());
    CHECK(first->createdOn == QDate(2025, 7, 18));
    CHECK(first->isCurrent());
    CHECK(keys.holdsCurrentSecret());
    CHECK(keys.create(admin.session()).code() == ErrorCode::AlreadyExists);

    // A certificate signed before the rotation.
    auto signer = CertificateSigner::load(admin.database());
    REQUIRE(signer.ok());
    CHECK(signer->usesCityKey());
    auto before = signer->sign(fieldsIssuedOn(QDate(2025, 7, 18)));
    REQUIRE(before.ok());

    office.clock.advanceMs(24LL * 3600 * 1000);
    auto second = keys.rotate(admin.session());
    REQUIRE(second.ok());
    CHECK(second->keyId != first->keyId);
    auto trusted = keys.trustedKeys();
    REQUIRE(trusted.ok());
    REQUIRE(trusted->keys().size() == 2);
    CHECK(trusted->find(first->keyId)->retiredOn == QDate(2025, 7, 19));
    CHECK(trusted->find(second->keyId)->isCurrent());
    CHECK(keys.current()->keyId == second->keyId);

    auto after = CertificateSigner::load(admin.database());
    REQUIRE(after.ok());
    auto signedAfter = after->sign(fieldsIssuedOn(QDate(2025, 7, 19)));
    REQUIRE(signedAfter.ok());
    const QDate today(2025, 7, 20);
    CHECK(CertificateVerifier::verify(before.value(), trusted.value(), today).verdict ==
          Verdict::Valid);
    CHECK(CertificateVerifier::verify(signedAfter.value(), trusted.value(), today).verdict ==
          Verdict::Valid);
    CHECK(CertificatePayload::parse(signedAfter.value())->signerKeyId == second->keyId);

    // Audited; public halves journaled for sync, secrets never.
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                      "'issuing_key.create' AND outcome = 'success'")) == 2);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                      "'issuing_key'")) == 3); // two inserts, one retirement
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM change_journal WHERE entity LIKE "
                                      "'issuing_key%' AND (entity <> 'issuing_key' OR "
                                      "payload LIKE '%secret%')")) == 0);
    // The stored secret is sealed: nonce + MAC + 64 bytes, and not the key itself.
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM issuing_key_secret WHERE "
                                      "length(secret_key) = 24 + 16 + 64")) == 2);
}

TEST_CASE("Only an administrator manages issuing keys", "[certificate][issuing][permissions]")
{
    test::Office office;
    office.addAccount(QStringLiteral("clerk1"), QStringLiteral("窓口 一"), {Role::Clerk},
                      {Scope::WelfareService});
    auto clerk = office.signIn(QStringLiteral("clerk1"));
    REQUIRE(clerk.ok());
    IssuingKeys keys = keysOf(*clerk.value());
    CHECK(keys.create(clerk.value()->session()).code() == ErrorCode::PermissionDenied);
    CHECK(keys.importKeys(clerk.value()->session(), TrustedKeys()).code() ==
          ErrorCode::PermissionDenied);
    CHECK(keys.storeDeviceCertificate(clerk.value()->session(), QByteArray()).code() ==
          ErrorCode::PermissionDenied);
    CHECK(count(*clerk.value(), QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                               "'permission.denied' AND account = 'clerk1'")) == 3);
    CHECK(count(*clerk.value(), QStringLiteral("SELECT count(*) FROM issuing_key")) == 0);
    // Nor can it sign without any key.
    auto signer = CertificateSigner::load(clerk.value()->database());
    CHECK(signer.code() == ErrorCode::NotFound);
    CHECK(signer.message().contains(QStringLiteral("cannot sign certificates")));
}

TEST_CASE("An outreach device signs with its own key under a city certificate",
          "[certificate][issuing][chain]")
{
    test::Office city;
    test::Office outreach;
    IssuingKeys cityKeys = keysOf(*city.admin);
    REQUIRE(cityKeys.create(city.admin->session()).ok());

    // The outreach device learns the public keys from an exported file.
    auto exported = cityKeys.trustedKeys();
    REQUIRE(exported.ok());
    auto file = TrustedKeys::parse(exported->exportText());
    REQUIRE(file.ok());
    IssuingKeys deviceKeys = keysOf(*outreach.admin);
    auto imported = deviceKeys.importKeys(outreach.admin->session(), file.value());
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported.value() == 1);
    CHECK(deviceKeys.importKeys(outreach.admin->session(), file.value()).value() == 0);
    CHECK_FALSE(deviceKeys.holdsCurrentSecret());

    // Enrolment: the city certifies the device's own key.
    auto device = audit::DeviceIdentity::loadPublic(outreach.admin->database().connection());
    REQUIRE(device.ok());
    CHECK(cityKeys
              .certifyDevice(city.admin->session(), QStringLiteral("nope"), device->publicKey(),
                             QDate(2025, 7, 1), QDate(2025, 12, 31))
              .code() == ErrorCode::InvalidInput);
    CHECK(cityKeys
              .certifyDevice(city.admin->session(), device->id(), device->publicKey(),
                             QDate(2025, 12, 31), QDate(2025, 7, 1))
              .code() == ErrorCode::InvalidInput);
    auto blob = cityKeys.certifyDevice(city.admin->session(), device->id(), device->publicKey(),
                                       QDate(2025, 7, 1), QDate(2025, 12, 31));
    INFO(blob.message().toStdString());
    REQUIRE(blob.ok());
    CHECK(blob->size() == DeviceCertificate::kEncodedSize);
    CHECK(count(*city.admin, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                            "'device.enrol' AND purpose = 'certify'")) == 1);

    // A certificate for another device, or a damaged one, is not stored.
    auto cityDevice = audit::DeviceIdentity::loadPublic(city.admin->database().connection());
    REQUIRE(cityDevice.ok());
    auto foreign =
        cityKeys.certifyDevice(city.admin->session(), cityDevice->id(), cityDevice->publicKey(),
                               QDate(2025, 7, 1), QDate(2025, 12, 31));
    REQUIRE(foreign.ok());
    CHECK(deviceKeys.storeDeviceCertificate(outreach.admin->session(), foreign.value())
              .message()
              .contains(QStringLiteral("another device")));
    QByteArray damaged = blob.value();
    damaged[70] = char(damaged[70] ^ 0x01);
    CHECK(deviceKeys.storeDeviceCertificate(outreach.admin->session(), damaged).code() ==
          ErrorCode::InvalidInput);
    CHECK(IssuingKeys::deviceCertificate(outreach.admin->database().connection()).code() ==
          ErrorCode::NotFound);

    REQUIRE(deviceKeys.storeDeviceCertificate(outreach.admin->session(), blob.value()).ok());
    auto signer = CertificateSigner::load(outreach.admin->database());
    INFO(signer.message().toStdString());
    REQUIRE(signer.ok());
    CHECK_FALSE(signer->usesCityKey());
    auto text = signer->sign(fieldsIssuedOn(QDate(2025, 7, 18)));
    REQUIRE(text.ok());
    auto parsed = CertificatePayload::parse(text.value());
    REQUIRE(parsed.ok());
    REQUIRE(parsed->isChained());
    CHECK(parsed->deviceCertificate->deviceId == device->id());

    // Verified offline anywhere with the city's key file only.
    CHECK(CertificateVerifier::verify(text.value(), file.value(), QDate(2025, 7, 20)).verdict ==
          Verdict::Valid);
    // Outside the device certificate's period the device refuses to sign.
    auto late = signer->sign(fieldsIssuedOn(QDate(2026, 1, 1)));
    CHECK(late.code() == ErrorCode::InvalidInput);
    CHECK(late.message().contains(QStringLiteral("2025-12-31")));
}

TEST_CASE("Importing a key file never replaces this database's current key",
          "[certificate][issuing]")
{
    test::Office city;
    test::Office other;
    REQUIRE(keysOf(*city.admin).create(city.admin->session()).ok());
    IssuingKeys otherKeys = keysOf(*other.admin);
    REQUIRE(otherKeys.create(other.admin->session()).ok());
    auto file = keysOf(*city.admin).trustedKeys();
    REQUIRE(file.ok());
    auto imported = otherKeys.importKeys(other.admin->session(), file.value());
    CHECK(imported.code() == ErrorCode::Conflict);
    CHECK(imported.message().contains(QStringLiteral("not this database's current key")));
    CHECK(otherKeys.trustedKeys()->keys().size() == 1);
}

TEST_CASE("A secret sealed under another database's key does not open", "[certificate][issuing]")
{
    test::Office office;
    IssuingKeys keys = keysOf(*office.admin);
    REQUIRE(keys.create(office.admin->session()).ok());
    // Swap in a blob sealed for no database: it must be refused, not used.
    QSqlQuery query(office.admin->database().connection());
    REQUIRE(query.exec(QStringLiteral("UPDATE issuing_key_secret SET secret_key = "
                                      "zeroblob(104)")));
    auto signer = CertificateSigner::load(office.admin->database());
    CHECK(signer.code() == ErrorCode::Crypto);
    CHECK(signer.message().contains(QStringLiteral("cannot be opened")));
}
