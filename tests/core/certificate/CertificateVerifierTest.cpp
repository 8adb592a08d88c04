// SPDX-License-Identifier: GPL-3.0-or-later
// Offline verification: signatures, the device chain, key generations, dates and local status.
#include "certificate/CertificateVerifier.h"
#include "CertificateTestSupport.h"

using namespace madoguchi;
using namespace madoguchi::certificate;
using namespace madoguchi::certtest;

namespace {

const QDate kToday(2025, 7, 18);

TrustedKeys trust(std::initializer_list<TrustedKey> list)
{
    TrustedKeys keys;
    for (const TrustedKey& key : list)
        REQUIRE(keys.add(key).ok());
    return keys;
}

Verdict verdictOf(const QString& text, const TrustedKeys& keys, QDate today = kToday,
                  const CertificateStatusLookup* lookup = nullptr)
{
    const Verification result = CertificateVerifier::verify(text, keys, today, lookup);
    CHECK_FALSE(result.message.isEmpty());
    return result.verdict;
}

} // namespace

TEST_CASE("A code signed by a trusted city key is valid within its period", "[certificate][verify]")
{
    const TestKey city;
    const TrustedKeys keys = trust({city.trusted()});
    const QString text = signDirect(sampleFields(), city);

    const Verification result = CertificateVerifier::verify(text, keys, kToday);
    CHECK(result.verdict == Verdict::Valid);
    CHECK(result.isValid());
    CHECK(result.message.contains(QStringLiteral("VALID")));
    CHECK(result.message.contains(QStringLiteral("2026-03-31")));
    REQUIRE(result.payload.has_value());
    CHECK(result.payload->fields == sampleFields());

    // The first and the last day count; the days around them do not.
    CHECK(verdictOf(text, keys, QDate(2025, 4, 1)) == Verdict::Valid);
    CHECK(verdictOf(text, keys, QDate(2026, 3, 31)) == Verdict::Valid);
    CHECK(verdictOf(text, keys, QDate(2026, 4, 1)) == Verdict::Expired);
    CHECK(verdictOf(text, keys, QDate(2025, 3, 31)) == Verdict::NotYetValid);
    CHECK(CertificateVerifier::verify(text, keys, QDate(2026, 4, 1))
              .message.contains(QStringLiteral("expired")));
}

TEST_CASE("Unknown keys and forged signatures are told apart", "[certificate][verify]")
{
    const TestKey city;
    const TestKey forger;
    const QString text = signDirect(sampleFields(), city);
    CHECK(verdictOf(text, TrustedKeys()) == Verdict::UnknownKey);
    CHECK(verdictOf(text, trust({forger.trusted()})) == Verdict::UnknownKey);

    // The forger names the city's key id but signs with its own key.
    CertificatePayload forged;
    forged.fields = sampleFields();
    forged.signerKeyId = city.keyId;
    forged.signature = forger.sign(forged.signedBytes());
    const TrustedKeys keys = trust({city.trusted()});
    const Verification result = CertificateVerifier::verify(forged.encode(), keys, kToday);
    CHECK(result.verdict == Verdict::Tampered);
    CHECK(result.message.contains(QStringLiteral("altered or forged")));

    // Fields changed after signing (a longer validity), re-encoded properly.
    auto parsed = CertificatePayload::parse(text);
    REQUIRE(parsed.ok());
    parsed->fields.validTo = QDate(2030, 3, 31);
    CHECK(verdictOf(parsed->encode(), keys) == Verdict::Tampered);
    parsed = CertificatePayload::parse(text);
    parsed->fields.monthlyCap = 0;
    CHECK(verdictOf(parsed->encode(), keys) == Verdict::Tampered);

    CHECK(verdictOf(QStringLiteral("hello"), keys) == Verdict::Malformed);
}

TEST_CASE("Older key generations keep verifying what they signed", "[certificate][verify]")
{
    const TestKey old;
    const TestKey current;
    const TrustedKeys keys =
        trust({old.trusted(QDate(2020, 1, 1), QDate(2025, 4, 1)), current.trusted({2025, 4, 1})});
    CertificateFields fields = sampleFields();
    fields.issuedOn = QDate(2025, 3, 20);
    CHECK(verdictOf(signDirect(fields, old), keys) == Verdict::Valid);
    fields.issuedOn = QDate(2025, 4, 1); // the day of the rotation
    CHECK(verdictOf(signDirect(fields, old), keys) == Verdict::Valid);
    fields.issuedOn = QDate(2025, 4, 2); // after its retirement: a stolen old key
    const Verification late = CertificateVerifier::verify(signDirect(fields, old), keys, kToday);
    CHECK(late.verdict == Verdict::Tampered);
    CHECK(late.message.contains(QStringLiteral("retired")));
    CHECK(verdictOf(signDirect(fields, current), keys) == Verdict::Valid);
    fields.issuedOn = QDate(2025, 3, 31); // before the key existed
    CHECK(verdictOf(signDirect(fields, current), keys) == Verdict::Tampered);
}

TEST_CASE("A device-signed code verifies through its device certificate",
          "[certificate][verify][chain]")
{
    const TestKey city;
    const TestKey device;
    const TestKey other;
    const TrustedKeys keys = trust({city.trusted()});
    const DeviceCertificate certificate =
        certifyDevice(city, device, QDate(2025, 1, 1), QDate(2025, 3, 31));
    CertificateFields fields = sampleFields(); // issued 2025-03-20

    const QString text = signChained(fields, device, certificate);
    CHECK(verdictOf(text, keys) == Verdict::Valid);
    auto parsed = CertificatePayload::parse(text);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->isChained());
    CHECK(parsed->deviceCertificate.value() == certificate);

    // The device certificate is signed by a key this verifier does not trust.
    CHECK(verdictOf(text, trust({other.trusted()})) == Verdict::UnknownKey);
    // Another key signs in the device's name.
    CHECK(verdictOf(signChained(fields, other, certificate), keys) == Verdict::Tampered);
    // The device certified itself.
    CHECK(verdictOf(signChained(fields, device,
                                certifyDevice(device, device, {2025, 1, 1}, {2025, 3, 31})),
                    trust({city.trusted(), device.trusted()})) == Verdict::Valid);
    // ... which only passes when the verifier trusts the device as a city key: without that,
    // a device certificate naming the city key but signed by the device is refused.
    DeviceCertificate selfMade = certificate;
    selfMade.validTo = QDate(2030, 12, 31);
    selfMade.signature = device.sign(selfMade.signedBytes());
    CHECK(verdictOf(signChained(fields, device, selfMade), keys) == Verdict::Tampered);
    // The device certificate's period extended after the city signed it.
    DeviceCertificate extended = certificate;
    extended.validTo = QDate(2030, 12, 31);
    CHECK(verdictOf(signChained(fields, device, extended), keys) == Verdict::Tampered);

    // Issued after the device's certificate ended: expired at issue time.
    fields.issuedOn = QDate(2025, 4, 1);
    const Verification late =
        CertificateVerifier::verify(signChained(fields, device, certificate), keys, kToday);
    CHECK(late.verdict == Verdict::Expired);
    CHECK(late.message.contains(QStringLiteral("2025-03-31")));
    // Issued before the device was certified.
    fields.issuedOn = QDate(2024, 12, 31);
    CHECK(verdictOf(signChained(fields, device, certificate), keys) == Verdict::Tampered);
}

TEST_CASE("The local status makes a genuine code void or superseded",
          "[certificate][verify][status]")
{
    const TestKey city;
    const TrustedKeys keys = trust({city.trusted()});
    const CertificateFields fields = sampleFields();
    const QString text = signDirect(fields, city);

    MemoryStatusLookup lookup;
    CHECK(verdictOf(text, keys, kToday, &lookup) == Verdict::Valid);
    lookup.set(fields.certificateId, LocalStatus::Current);
    CHECK(verdictOf(text, keys, kToday, &lookup) == Verdict::Valid);

    lookup.set(fields.certificateId, LocalStatus::Superseded);
    const Verification superseded = CertificateVerifier::verify(text, keys, kToday, &lookup);
    CHECK(superseded.verdict == Verdict::SupersededOffline);
    CHECK_FALSE(superseded.isValid());
    CHECK(superseded.message.contains(QStringLiteral("Confirm online")));

    lookup.set(fields.certificateId, LocalStatus::Void);
    const Verification voided = CertificateVerifier::verify(text, keys, kToday, &lookup);
    CHECK(voided.verdict == Verdict::Void);
    CHECK(voided.message.contains(QStringLiteral("void")));
    // Void wins over expired: it says more.
    CHECK(verdictOf(text, keys, QDate(2027, 1, 1), &lookup) == Verdict::Void);

    // A forged code is tampered whatever the lookup says.
    CertificatePayload forged;
    forged.fields = fields;
    forged.signerKeyId = city.keyId;
    forged.signature = QByteArray(64, '\x01');
    lookup.set(fields.certificateId, LocalStatus::Current);
    CHECK(verdictOf(forged.encode(), keys, kToday, &lookup) == Verdict::Tampered);
}

TEST_CASE("Verdict codes are stable", "[certificate][verify]")
{
    CHECK(verdictCode(Verdict::Valid) == u"valid");
    CHECK(verdictCode(Verdict::NotYetValid) == u"not_yet_valid");
    CHECK(verdictCode(Verdict::SupersededOffline) == u"superseded_offline");
    CHECK(verdictCode(Verdict::Expired) == u"expired");
    CHECK(verdictCode(Verdict::Void) == u"void");
    CHECK(verdictCode(Verdict::Tampered) == u"tampered");
    CHECK(verdictCode(Verdict::UnknownKey) == u"unknown_key");
    CHECK(verdictCode(Verdict::Malformed) == u"malformed");
}
