// SPDX-License-Identifier: GPL-3.0-or-later
// The signed certificate code: its encoding, its size in a QR code, and its strict parser.
#include "certificate/CertificatePayload.h"
#include "CertificateTestSupport.h"
#include "certificate/CertificateVerifier.h"
#include "certificate/QrMatrix.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace madoguchi;
using namespace madoguchi::certificate;
using namespace madoguchi::certtest;

namespace {

// Offsets in the body of sampleFields() signed directly (see CertificatePayload.h).
constexpr int kFlags = 0;
constexpr int kDigitCount = 17;
constexpr int kLastBcd = 21;
constexpr int kKind = 22;
constexpr int kValidFrom = 23;
constexpr int kValidTo = 25;
constexpr int kOffice = 33;
constexpr int kDirectSize = 109;

QString withByte(const QString& code, int offset, char value)
{
    QByteArray body = bodyOf(code);
    REQUIRE(offset < body.size());
    body[offset] = value;
    return codeOf(body);
}

QString parseError(const QString& text)
{
    auto parsed = CertificatePayload::parse(text);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.code() == ErrorCode::InvalidInput);
    CHECK_FALSE(parsed.message().isEmpty());
    return parsed.message();
}

TrustedKeys trust(const TestKey& key)
{
    TrustedKeys keys;
    REQUIRE(keys.add(key.trusted()).ok());
    return keys;
}

const QDate kToday(2025, 7, 18);

} // namespace

TEST_CASE("A signed code carries every field and reads back the same", "[certificate][payload]")
{
    const TestKey city;
    CertificateFields fields = sampleFields();
    const QString text = signDirect(fields, city);
    CHECK(text.startsWith(QStringLiteral("MDG1:")));
    // QR alphanumeric mode only, and upper case base32 after the prefix.
    CHECK(QRegularExpression(QStringLiteral("^MDG1:[A-Z2-7]+$")).match(text).hasMatch());
    CHECK(bodyOf(text).size() == kDirectSize);

    auto parsed = CertificatePayload::parse(text);
    REQUIRE(parsed.ok());
    CHECK(parsed->fields == fields);
    CHECK(parsed->signerKeyId == city.keyId);
    CHECK_FALSE(parsed->isChained());
    CHECK(parsed->encode() == text);

    // Without a cap, an even-length number, the highest values.
    fields.monthlyCap.reset();
    fields.recipientNumber = QStringLiteral("0000000000123456");
    fields.reissue = 255;
    fields.officeCode = QStringLiteral("000001");
    fields.kind = DocumentKind::DeviceVoucher;
    fields.validTo = QDate(2179, 6, 6);
    const QString other = signDirect(fields, city);
    auto reparsed = CertificatePayload::parse(other);
    REQUIRE(reparsed.ok());
    CHECK(reparsed->fields == fields);
    CHECK_FALSE(reparsed->fields.monthlyCap.has_value());

    // A scanner's line end and surrounding blanks are ignored.
    CHECK(CertificatePayload::parse(QString(QStringLiteral("  ") + text + QStringLiteral("\r\n")))
              .ok());
}

TEST_CASE("Codes fit small QR codes at error correction M", "[certificate][payload][qr]")
{
    const TestKey city;
    const TestKey device;
    CertificateFields fields = sampleFields();
    fields.recipientNumber = QStringLiteral("1234567890123456"); // the longest number
    const QString direct = signDirect(fields, city);
    const QString chained = signChained(
        fields, device, certifyDevice(city, device, QDate(2025, 1, 1), QDate(2025, 12, 31)));
    CHECK(direct.size() < 200);
    CHECK(chained.size() < 400);
    const QrMatrix directQr = QrMatrix::encode(direct);
    const QrMatrix chainedQr = QrMatrix::encode(chained);
    REQUIRE_FALSE(directQr.isNull());
    REQUIRE_FALSE(chainedQr.isNull());
    CHECK(directQr.version() <= 10);
    CHECK(chainedQr.version() <= 15);
    CHECK(chainedQr.size() == 17 + 4 * chainedQr.version());
}

TEST_CASE("Fields that cannot be encoded are named", "[certificate][payload]")
{
    const auto message = [](auto change) {
        CertificateFields fields = sampleFields();
        change(fields);
        const Status status = CertificatePayload::validate(fields);
        REQUIRE_FALSE(status.ok());
        CHECK(status.code() == ErrorCode::InvalidInput);
        return status.message();
    };
    CHECK(CertificatePayload::validate(sampleFields()).ok());
    CHECK(message([](auto& f) {
              f.certificateId = QStringLiteral("not-a-uuid");
          }).contains(QStringLiteral("certificate id")));
    CHECK(message([](auto& f) {
              f.recipientNumber.clear();
          }).contains(QStringLiteral("recipient number")));
    CHECK(message([](auto& f) {
              f.recipientNumber = QStringLiteral("12345678901234567");
          }).contains(QStringLiteral("recipient number")));
    CHECK(message([](auto& f) {
              f.recipientNumber = QStringLiteral("12a4");
          }).contains(QStringLiteral("recipient number")));
    CHECK(message([](auto& f) {
              f.recipientNumber = QStringLiteral("１２３");
          }).contains(QStringLiteral("recipient number")));
    CHECK(message([](auto& f) {
              f.validFrom = QDate(1999, 12, 31);
          }).contains(QStringLiteral("first day of validity")));
    CHECK(message([](auto& f) {
              f.validTo = QDate(2179, 6, 7);
          }).contains(QStringLiteral("last day of validity")));
    CHECK(message([](auto& f) {
              f.validTo = f.validFrom.addDays(-1);
          }).contains(QStringLiteral("ends before it starts")));
    CHECK(message([](auto& f) { f.issuedOn = QDate(); }).contains(QStringLiteral("issue date")));
    CHECK(message([](auto& f) { f.monthlyCap = -1; }).contains(QStringLiteral("monthly cap")));
    CHECK(message([](auto& f) {
              f.monthlyCap = 4294967296LL;
          }).contains(QStringLiteral("monthly cap")));
    CHECK(message([](auto& f) {
              f.officeCode = QStringLiteral("14204");
          }).contains(QStringLiteral("office code")));
    CHECK(message([](auto& f) { f.reissue = 256; }).contains(QStringLiteral("reissue")));
    CHECK(message([](auto& f) {
              f.kind = static_cast<DocumentKind>(0);
          }).contains(QStringLiteral("kind")));
    // Nothing to sign either.
    CertificatePayload payload;
    payload.fields = sampleFields();
    payload.fields.officeCode = QStringLiteral("x");
    payload.signerKeyId = QByteArray(8, 'k');
    CHECK(payload.signedBytes().isEmpty());
    payload.signature = QByteArray(64, 's');
    CHECK(payload.encode().isEmpty());
}

TEST_CASE("The parser refuses malformed codes with a plain reason", "[certificate][payload]")
{
    const TestKey city;
    const QString good = signDirect(sampleFields(), city);

    CHECK(parseError(QString()).contains(QStringLiteral("not a Madoguchi certificate code")));
    CHECK(parseError(QStringLiteral("MDG2:") + good.mid(5))
              .contains(QStringLiteral("not a Madoguchi certificate code")));
    CHECK(parseError(good.toLower()).contains(QStringLiteral("not a Madoguchi")));
    CHECK(parseError(QStringLiteral("MDG1:") + good.mid(5).toLower())
              .contains(QStringLiteral("character 6")));
    CHECK(parseError(good + QStringLiteral("=")).contains(QStringLiteral("does not belong")));
    CHECK(parseError(good.left(40) + QStringLiteral(" ") + good.mid(40))
              .contains(QStringLiteral("character 41")));
    CHECK(parseError(QStringLiteral("MDG1:")).contains(QStringLiteral("cut short")));
    CHECK(parseError(codeOf(bodyOf(good).left(100))).contains(QStringLiteral("cut short")));

    // Trailing bytes, encoded properly.
    CHECK(parseError(codeOf(bodyOf(good) + '\0')).contains(QStringLiteral("extra characters")));
    // Unused bits of the last character set.
    QString badTail = good;
    const int last = int(QByteArray(kAlphabet).indexOf(char(good.back().unicode())));
    badTail.back() = QLatin1Char(kAlphabet[last ^ 1]);
    CHECK(parseError(badTail).contains(QStringLiteral("do not fit together")));
    // Characters too many: 109 bytes take 175 characters; 177 leave 5 bits no byte can use.
    REQUIRE(good.size() == 5 + 175);
    CHECK(parseError(good + QStringLiteral("AA")).contains(QStringLiteral("do not fit together")));
    CHECK(parseError(good + QStringLiteral("A")).contains(QStringLiteral("extra characters")));

    // Wrong lengths and values inside.
    CHECK(parseError(withByte(good, kFlags, char(0x80))).contains(QStringLiteral("newer version")));
    CHECK(parseError(withByte(good, kDigitCount, 0)).contains(QStringLiteral("recipient number")));
    CHECK(parseError(withByte(good, kDigitCount, 17)).contains(QStringLiteral("recipient number")));
    CHECK(parseError(withByte(good, 18, char(0xA1))).contains(QStringLiteral("recipient number")));
    CHECK(parseError(withByte(good, kLastBcd, char(0x60))).contains(QStringLiteral("recipient")));
    CHECK(parseError(withByte(good, kKind, 0)).contains(QStringLiteral("kind of certificate")));
    CHECK(parseError(withByte(good, kKind, 8)).contains(QStringLiteral("kind of certificate")));
    // valid from after valid to.
    CHECK(parseError(withByte(good, kValidFrom, char(0x7F))).contains(QStringLiteral("validity")));
    CHECK(parseError(withByte(good, kValidTo, 0)).contains(QStringLiteral("validity")));
    CHECK(parseError(withByte(good, kOffice, char(0xFF))).contains(QStringLiteral("office")));
    // The chain flag without a chain: the rest is read as one, which is too short.
    CHECK(parseError(withByte(good, kFlags, char(0x03))).contains(QStringLiteral("cut short")));
    // No cap flag: four bytes more than the layout has.
    CHECK(parseError(withByte(good, kFlags, 0)).contains(QStringLiteral("extra characters")));
}

TEST_CASE("A device certificate decodes strictly", "[certificate][payload]")
{
    const TestKey city;
    const TestKey device;
    const DeviceCertificate certificate =
        certifyDevice(city, device, QDate(2025, 1, 1), QDate(2025, 12, 31));
    const QByteArray blob = certificate.encode();
    REQUIRE(blob.size() == DeviceCertificate::kEncodedSize);
    auto decoded = DeviceCertificate::decode(blob);
    REQUIRE(decoded.ok());
    CHECK(decoded.value() == certificate);

    CHECK(DeviceCertificate::decode(blob.left(124)).code() == ErrorCode::InvalidInput);
    CHECK(DeviceCertificate::decode(blob + 'x').code() == ErrorCode::InvalidInput);
    CHECK(DeviceCertificate::decode(QByteArray()).code() == ErrorCode::InvalidInput);
    QByteArray version = blob;
    version[0] = 2;
    CHECK(DeviceCertificate::decode(version).message().contains(QStringLiteral("version")));
    QByteArray reversed = blob;
    reversed[49] = char(0xFF); // valid from's high byte: after valid to
    CHECK(DeviceCertificate::decode(reversed).message().contains(QStringLiteral("ends before")));
}

TEST_CASE("Every single-character change of a code fails to verify", "[certificate][payload][fuzz]")
{
    const TestKey city;
    const TestKey device;
    TrustedKeys keys = trust(city);
    const QString direct = signDirect(sampleFields(), city);
    const QString chained =
        signChained(sampleFields(), device,
                    certifyDevice(city, device, QDate(2025, 1, 1), QDate(2025, 12, 31)));
    const QString replacements =
        QString::fromLatin1(kAlphabet) + QStringLiteral("018=a:-. $%*+/") + QChar(0x3042);
    for (const QString& good : {direct, chained}) {
        REQUIRE(CertificateVerifier::verify(good, keys, kToday).verdict == Verdict::Valid);
        int checked = 0;
        for (qsizetype i = 0; i < good.size(); ++i) {
            for (const QChar c : replacements) {
                if (c == good.at(i))
                    continue;
                QString changed = good;
                changed[i] = c;
                const Verification result = CertificateVerifier::verify(changed, keys, kToday);
                if (result.verdict == Verdict::Valid)
                    FAIL_CHECK("position " << i << " changed to " << int(c.unicode())
                                           << " verifies");
                CHECK_FALSE(result.message.isEmpty());
                ++checked;
            }
        }
        CHECK(checked > 100 * replacements.size());
    }
}

TEST_CASE("Truncated and random codes are refused without a crash", "[certificate][payload][fuzz]")
{
    const TestKey city;
    const TestKey device;
    TrustedKeys keys = trust(city);
    const QString chained =
        signChained(sampleFields(), device,
                    certifyDevice(city, device, QDate(2025, 1, 1), QDate(2025, 12, 31)));
    for (const QString& good : {signDirect(sampleFields(), city), chained}) {
        for (qsizetype n = 0; n < good.size(); ++n) {
            const Verification result = CertificateVerifier::verify(good.left(n), keys, kToday);
            CHECK(result.verdict == Verdict::Malformed);
            CHECK_FALSE(result.message.isEmpty());
        }
    }

    QRandomGenerator random(20250718);
    const QString pool = QString::fromLatin1(kAlphabet) + QStringLiteral("01:MDG =\n") +
                         QChar(0x5C71) + QChar(0xD842); // 山 and a lone surrogate
    int malformed = 0;
    for (int round = 0; round < 3000; ++round) {
        QString text = round % 2 == 0 ? QStringLiteral("MDG1:") : QString();
        const int length = int(random.bounded(0, 420));
        for (int i = 0; i < length; ++i)
            text += pool.at(int(random.bounded(pool.size())));
        const Verification result = CertificateVerifier::verify(text, keys, kToday);
        CHECK(result.verdict != Verdict::Valid);
        CHECK_FALSE(result.message.isEmpty());
        malformed += result.verdict == Verdict::Malformed;
    }
    CHECK(malformed > 2500);

    // Random bodies behind a correct prefix, properly base32-encoded: parsed or refused, never
    // valid.
    for (int round = 0; round < 2000; ++round) {
        QByteArray body(int(random.bounded(0, 260)), '\0');
        for (char& byte : body)
            byte = char(random.bounded(256));
        if (round % 3 == 0 && body.size() > 1)
            body[0] = char(random.bounded(4)); // known flags, to get further into the parser
        const Verification result = CertificateVerifier::verify(codeOf(body), keys, kToday);
        CHECK(result.verdict != Verdict::Valid);
    }
}
