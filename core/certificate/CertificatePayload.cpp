// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate/CertificatePayload.h"

#include <QUuid>

namespace madoguchi::certificate {

namespace {

constexpr char kBase32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr char kDevicePrefix[] = "MDGD1:";
constexpr quint8 kFlagChain = 0x01;
constexpr quint8 kFlagCap = 0x02;
constexpr quint8 kDeviceCertificateVersion = 1;
constexpr int kMaxRecipientDigits = 16;
constexpr qint64 kMaxCap = 0xFFFFFFFFLL;
constexpr int kMaxOffice = 999999;
constexpr int kMaxReissue = 255;
constexpr int kMaxDay = 0xFFFF;

const QDate& epoch()
{
    static const QDate date(2000, 1, 1);
    return date;
}

QString base32Encode(const QByteArray& data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | static_cast<quint8>(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kBase32Alphabet[(buffer >> (bits - 5)) & 0x1F]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kBase32Alphabet[(buffer << (5 - bits)) & 0x1F]);
    return out;
}

int base32Value(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'2' && u <= u'7')
        return u - u'2' + 26;
    return -1;
}

// Strict: upper-case alphabet only, no padding, a length some byte count can have, unused
// bits zero (so every byte string has exactly one text).
Result<QByteArray> base32Decode(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int value = base32Value(text.at(i));
        if (value < 0)
            return Error{ErrorCode::InvalidInput,
                         CertificatePayload::tr("The code has a character that does not belong in "
                                                "it (character %1).")
                             .arg(i + 1 + qsizetype(sizeof(CertificatePayload::kPrefix) - 1))};
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xFF);
            bits -= 8;
        }
    }
    // Leftover bits: fewer than 5 and all zero; 5 or more would be a character too many.
    if (bits >= 5 || (buffer & ((1u << bits) - 1)) != 0)
        return Error{ErrorCode::InvalidInput,
                     CertificatePayload::tr("The code is damaged: its last characters do not fit "
                                            "together.")};
    return out;
}

void putU16(QByteArray& out, int value)
{
    out += char((value >> 8) & 0xFF);
    out += char(value & 0xFF);
}

void putU24(QByteArray& out, quint32 value)
{
    out += char((value >> 16) & 0xFF);
    out += char((value >> 8) & 0xFF);
    out += char(value & 0xFF);
}

void putU32(QByteArray& out, quint32 value)
{
    out += char((value >> 24) & 0xFF);
    putU24(out, value);
}

QByteArray uuidBytes(const QString& text)
{
    const QUuid uuid(text);
    if (uuid.isNull())
        return {};
    return uuid.toRfc4122();
}

QString uuidText(const QByteArray& bytes)
{
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

bool allDigits(const QString& text)
{
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return !text.isEmpty();
}

/// Reads big-endian fields; once something is missing, every later read fails too.
class Reader
{
public:
    explicit Reader(const QByteArray& data) : m_data(data) {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_data.size(); }
    int position() const { return m_pos; }

    QByteArray bytes(int count)
    {
        if (!m_ok || count < 0 || m_data.size() - m_pos < count) {
            m_ok = false;
            return {};
        }
        const QByteArray out = m_data.mid(m_pos, count);
        m_pos += count;
        return out;
    }
    quint32 number(int count)
    {
        const QByteArray data = bytes(count);
        quint32 value = 0;
        for (const char c : data)
            value = (value << 8) | static_cast<quint8>(c);
        return value;
    }

private:
    const QByteArray& m_data;
    int m_pos = 0;
    bool m_ok = true;
};

Error truncated()
{
    return Error{ErrorCode::InvalidInput,
                 CertificatePayload::tr("The code is incomplete: it was cut short.")};
}

Error badField(const QString& field)
{
    return Error{ErrorCode::InvalidInput,
                 CertificatePayload::tr("The code is damaged: its %1 is not valid.").arg(field)};
}

} // namespace

QString kindCode(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::WelfareService:
        return QStringLiteral("welfare_service");
    case DocumentKind::CommunityConsultation:
        return QStringLiteral("community_consultation");
    case DocumentKind::MedicalPsychiatric:
        return QStringLiteral("medical_psychiatric");
    case DocumentKind::MedicalRehabilitation:
        return QStringLiteral("medical_rehabilitation");
    case DocumentKind::MedicalUpbringing:
        return QStringLiteral("medical_upbringing");
    case DocumentKind::CapManagementSheet:
        return QStringLiteral("cap_management_sheet");
    case DocumentKind::DeviceVoucher:
        return QStringLiteral("device_voucher");
    }
    return {};
}

std::optional<DocumentKind> kindFromNumber(int number)
{
    if (number < int(DocumentKind::WelfareService) || number > int(DocumentKind::DeviceVoucher))
        return std::nullopt;
    return static_cast<DocumentKind>(number);
}

std::optional<DocumentKind> kindFromCode(QStringView code)
{
    for (int n = int(DocumentKind::WelfareService); n <= int(DocumentKind::DeviceVoucher); ++n)
        if (kindCode(static_cast<DocumentKind>(n)) == code)
            return static_cast<DocumentKind>(n);
    return std::nullopt;
}

QString kindLabel(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::WelfareService:
        return CertificatePayload::tr("Disability welfare services recipient certificate");
    case DocumentKind::CommunityConsultation:
        return CertificatePayload::tr("Community consultation support recipient certificate");
    case DocumentKind::MedicalPsychiatric:
        return CertificatePayload::tr(
            "Independence support medical care certificate (psychiatric outpatient)");
    case DocumentKind::MedicalRehabilitation:
        return CertificatePayload::tr(
            "Independence support medical care certificate (rehabilitation)");
    case DocumentKind::MedicalUpbringing:
        return CertificatePayload::tr("Independence support medical care certificate (children)");
    case DocumentKind::CapManagementSheet:
        return CertificatePayload::tr("Copayment cap management sheet");
    case DocumentKind::DeviceVoucher:
        return CertificatePayload::tr("Assistive device payment voucher");
    }
    return {};
}

int dayNumber(const QDate& date)
{
    if (!date.isValid())
        return -1;
    const qint64 days = epoch().daysTo(date);
    return days < 0 || days > kMaxDay ? -1 : int(days);
}

QDate dateOfDayNumber(int days)
{
    if (days < 0 || days > kMaxDay)
        return {};
    return epoch().addDays(days);
}

// DeviceCertificate

QByteArray DeviceCertificate::signedBytes() const
{
    const QByteArray id = uuidBytes(deviceId);
    const int from = dayNumber(validFrom);
    const int to = dayNumber(validTo);
    if (id.size() != 16 || devicePublicKey.size() != CertificatePayload::kPublicKeySize ||
        from < 0 || to < from || cityKeyId.size() != CertificatePayload::kKeyIdSize)
        return {};
    QByteArray out(kDevicePrefix);
    out += char(kDeviceCertificateVersion);
    out += id;
    out += devicePublicKey;
    putU16(out, from);
    putU16(out, to);
    out += cityKeyId;
    return out;
}

QByteArray DeviceCertificate::encode() const
{
    QByteArray out = signedBytes();
    if (out.isEmpty() || signature.size() != CertificatePayload::kSignatureSize)
        return {};
    out.remove(0, int(sizeof(kDevicePrefix) - 1));
    out += signature;
    return out;
}

Result<DeviceCertificate> DeviceCertificate::decode(const QByteArray& data)
{
    if (data.size() != kEncodedSize)
        return Error{ErrorCode::InvalidInput,
                     tr("The device certificate has the wrong length (%1 bytes instead of %2).")
                         .arg(data.size())
                         .arg(kEncodedSize)};
    Reader reader(data);
    if (reader.number(1) != kDeviceCertificateVersion)
        return Error{ErrorCode::InvalidInput,
                     tr("The device certificate is of an unknown version.")};
    DeviceCertificate certificate;
    certificate.deviceId = uuidText(reader.bytes(16));
    certificate.devicePublicKey = reader.bytes(CertificatePayload::kPublicKeySize);
    certificate.validFrom = dateOfDayNumber(int(reader.number(2)));
    certificate.validTo = dateOfDayNumber(int(reader.number(2)));
    certificate.cityKeyId = reader.bytes(CertificatePayload::kKeyIdSize);
    certificate.signature = reader.bytes(CertificatePayload::kSignatureSize);
    if (!reader.ok() || !reader.atEnd())
        return Error{ErrorCode::InvalidInput, tr("The device certificate is damaged.")};
    if (certificate.validTo < certificate.validFrom)
        return Error{ErrorCode::InvalidInput,
                     tr("The device certificate's validity ends before it starts.")};
    return certificate;
}

// CertificatePayload

Status CertificatePayload::validate(const CertificateFields& f)
{
    const auto invalid = [](const QString& what) {
        return Status{Error{ErrorCode::InvalidInput, what}};
    };
    if (uuidBytes(f.certificateId).size() != 16)
        return invalid(tr("The certificate id must be a UUID."));
    if (!allDigits(f.recipientNumber) || f.recipientNumber.size() > kMaxRecipientDigits)
        return invalid(tr("The recipient number must be 1 to %1 digits.").arg(kMaxRecipientDigits));
    if (!kindFromNumber(int(f.kind)))
        return invalid(tr("The kind of certificate is unknown."));
    if (dayNumber(f.validFrom) < 0)
        return invalid(tr("The first day of validity is missing or out of range."));
    if (dayNumber(f.validTo) < 0)
        return invalid(tr("The last day of validity is missing or out of range."));
    if (f.validTo < f.validFrom)
        return invalid(tr("The validity ends before it starts."));
    if (dayNumber(f.issuedOn) < 0)
        return invalid(tr("The issue date is missing or out of range."));
    if (f.monthlyCap && (*f.monthlyCap < 0 || *f.monthlyCap > kMaxCap))
        return invalid(tr("The monthly cap must be between 0 and %1 yen.").arg(kMaxCap));
    if (f.officeCode.size() != 6 || !allDigits(f.officeCode))
        return invalid(tr("The issuing office code must be 6 digits."));
    if (f.reissue < 0 || f.reissue > kMaxReissue)
        return invalid(tr("The reissue count must be between 0 and %1.").arg(kMaxReissue));
    return {};
}

QByteArray CertificatePayload::signedBytes() const
{
    if (!validate(fields))
        return {};
    QByteArray out(kPrefix);
    quint8 flags = 0;
    if (deviceCertificate)
        flags |= kFlagChain;
    if (fields.monthlyCap)
        flags |= kFlagCap;
    out += char(flags);
    out += uuidBytes(fields.certificateId);
    const QString& digits = fields.recipientNumber;
    out += char(digits.size());
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        const int high = digits.at(i).unicode() - u'0';
        const int low = i + 1 < digits.size() ? digits.at(i + 1).unicode() - u'0' : 0xF;
        out += char((high << 4) | low);
    }
    out += char(fields.kind);
    putU16(out, dayNumber(fields.validFrom));
    putU16(out, dayNumber(fields.validTo));
    putU16(out, dayNumber(fields.issuedOn));
    if (fields.monthlyCap)
        putU32(out, quint32(*fields.monthlyCap));
    putU24(out, fields.officeCode.toUInt());
    out += char(fields.reissue);
    if (deviceCertificate) {
        const QByteArray chain = deviceCertificate->encode();
        if (chain.isEmpty())
            return {};
        out += chain;
    } else {
        if (signerKeyId.size() != kKeyIdSize)
            return {};
        out += signerKeyId;
    }
    return out;
}

QString CertificatePayload::encode() const
{
    QByteArray body = signedBytes();
    if (body.isEmpty() || signature.size() != kSignatureSize)
        return {};
    body.remove(0, int(sizeof(kPrefix) - 1));
    body += signature;
    return QLatin1String(kPrefix) + base32Encode(body);
}

Result<CertificatePayload> CertificatePayload::parse(QStringView text)
{
    text = text.trimmed();
    const QLatin1String prefix(kPrefix);
    if (!text.startsWith(prefix))
        return Error{ErrorCode::InvalidInput,
                     tr("This is not a Madoguchi certificate code: it does not start with "
                        "\"%1\".")
                         .arg(prefix)};
    auto body = base32Decode(text.mid(prefix.size()));
    if (!body)
        return body.error();

    const QByteArray& data = body.value();
    Reader reader(data);
    CertificatePayload payload;
    CertificateFields& f = payload.fields;

    const quint32 flags = reader.number(1);
    if (!reader.ok())
        return truncated();
    if ((flags & ~quint32(kFlagChain | kFlagCap)) != 0)
        return Error{ErrorCode::InvalidInput,
                     tr("The code was made by a newer version of Madoguchi or is damaged.")};

    const QByteArray id = reader.bytes(16);
    const int digitCount = int(reader.number(1));
    if (!reader.ok())
        return truncated();
    f.certificateId = uuidText(id);
    if (digitCount < 1 || digitCount > kMaxRecipientDigits)
        return badField(tr("recipient number"));
    const QByteArray packed = reader.bytes((digitCount + 1) / 2);
    if (!reader.ok())
        return truncated();
    for (int i = 0; i < digitCount; ++i) {
        const quint8 byte = static_cast<quint8>(packed.at(i / 2));
        const int digit = i % 2 == 0 ? byte >> 4 : byte & 0xF;
        if (digit > 9)
            return badField(tr("recipient number"));
        f.recipientNumber += QLatin1Char(char('0' + digit));
    }
    if (digitCount % 2 == 1 && (static_cast<quint8>(packed.back()) & 0xF) != 0xF)
        return badField(tr("recipient number"));

    const int kind = int(reader.number(1));
    const int from = int(reader.number(2));
    const int to = int(reader.number(2));
    const int issued = int(reader.number(2));
    std::optional<quint32> cap;
    if (flags & kFlagCap)
        cap = reader.number(4);
    const quint32 office = reader.number(3);
    const int reissue = int(reader.number(1));
    if (!reader.ok())
        return truncated();

    const auto knownKind = kindFromNumber(kind);
    if (!knownKind)
        return badField(tr("kind of certificate"));
    f.kind = *knownKind;
    f.validFrom = dateOfDayNumber(from);
    f.validTo = dateOfDayNumber(to);
    if (f.validTo < f.validFrom)
        return badField(tr("period of validity"));
    f.issuedOn = dateOfDayNumber(issued);
    if (cap)
        f.monthlyCap = qint64(*cap);
    if (office > quint32(kMaxOffice))
        return badField(tr("issuing office code"));
    f.officeCode = QStringLiteral("%1").arg(office, 6, 10, QLatin1Char('0'));
    f.reissue = reissue;

    if (flags & kFlagChain) {
        const QByteArray chain = reader.bytes(DeviceCertificate::kEncodedSize);
        if (!reader.ok())
            return truncated();
        auto device = DeviceCertificate::decode(chain);
        if (!device)
            return badField(tr("device certificate"));
        payload.deviceCertificate = std::move(device).value();
    } else {
        payload.signerKeyId = reader.bytes(kKeyIdSize);
    }
    payload.signature = reader.bytes(kSignatureSize);
    if (!reader.ok())
        return truncated();
    if (!reader.atEnd())
        return Error{ErrorCode::InvalidInput,
                     tr("The code is damaged: it has extra characters at the end.")};
    return payload;
}

} // namespace madoguchi::certificate
