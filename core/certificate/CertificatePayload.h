// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace madoguchi::certificate {

/// What a signed code certifies: the kind of certificate or document it is printed on. The
/// numbers are stored in the code; never renumber them.
enum class DocumentKind : quint8
{
    WelfareService = 1,        // 障害福祉サービス受給者証
    CommunityConsultation = 2, // 地域相談支援受給者証
    MedicalPsychiatric = 3,    // 自立支援医療受給者証（精神通院）
    MedicalRehabilitation = 4, // 自立支援医療受給者証（更生医療）
    MedicalUpbringing = 5,     // 自立支援医療受給者証（育成医療）
    CapManagementSheet = 6,    // 自己負担上限額管理票
    DeviceVoucher = 7,         // 補装具費支給券
};

/// Stable code ("welfare_service", …) of a kind, for the CLI and JSON.
QString kindCode(DocumentKind kind);
/// The kind of a stable code; nullopt if unknown.
std::optional<DocumentKind> kindFromCode(QStringView code);
/// The kind of a number stored in a code; nullopt if unknown.
std::optional<DocumentKind> kindFromNumber(int number);
/// The translated name a person reads (in Japanese: 障害福祉サービス受給者証, …).
QString kindLabel(DocumentKind kind);

/// The facts a certificate's code carries (rules.md §10: no name, no address, no My Number).
struct CertificateFields
{
    QString certificateId;   // UUID of the issued certificate (each reissue has its own)
    QString recipientNumber; // 受給者番号 / 受給者証番号: 1–16 digits
    DocumentKind kind = DocumentKind::WelfareService;
    QDate validFrom; // 有効期間 (inclusive)
    QDate validTo;
    std::optional<qint64> monthlyCap; // 負担上限月額 in yen, 0 … 4294967295, where the form has one
    QDate issuedOn;                   // 交付年月日
    QString officeCode;               // 地方公共団体コード of the issuing office: 6 digits
    int reissue = 0;                  // 0 first issue, 1 first 再交付, … up to 255

    bool operator==(const CertificateFields&) const = default;
};

/// A city issuing key's statement that a device key may sign certificates for a time
/// (outreach devices). 125 bytes; the city key's Ed25519 signature covers "MDGD1:" and the
/// first 61 bytes:
///   version (1, = 1) ‖ device id (16, UUID) ‖ device public key (32) ‖ valid from (2) ‖
///   valid to (2) ‖ city key id (8) ‖ signature (64)
/// Dates are big-endian day counts since 2000-01-01, inclusive.
struct DeviceCertificate
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCertificate)

public:
    static constexpr int kEncodedSize = 125;

    QString deviceId;
    QByteArray devicePublicKey; // 32 bytes
    QDate validFrom;
    QDate validTo;
    QByteArray cityKeyId; // 8 bytes (IssuingKeys::keyIdOf)
    QByteArray signature; // 64 bytes

    /// The bytes the city key signs. Empty when a field cannot be encoded.
    QByteArray signedBytes() const;
    /// The 125 bytes; empty when a field cannot be encoded.
    QByteArray encode() const;
    /// Strict: exactly 125 bytes, version 1, valid dates in order. InvalidInput otherwise.
    static Result<DeviceCertificate> decode(const QByteArray& data);

    bool operator==(const DeviceCertificate&) const = default;
};

/// The compact signed code printed as a QR code on every certificate, verifiable offline.
///
/// Text: "MDG1:" followed by the body in RFC 4648 base32 (A–Z, 2–7, no padding, unused bits
/// zero), which is all QR alphanumeric mode, the most compact text mode. Body (big-endian):
///   flags (1: bit 0 device chain, bit 1 monthly cap; other bits 0) ‖ certificate id (16) ‖
///   recipient number length (1, 1–16) ‖ its digits as packed BCD, high nibble first, an odd
///   count padded with 0xF ‖ kind (1) ‖ valid from (2) ‖ valid to (2) ‖ issued on (2) ‖
///   [monthly cap (4)] ‖ office code (3) ‖ reissue (1) ‖
///   (chain ? device certificate (125) : signing city key id (8)) ‖ signature (64)
/// Dates are day counts since 2000-01-01. The Ed25519 signature covers the ASCII prefix "MDG1:"
/// and every body byte before it; it is made by the city key named, or by the device key of the
/// device certificate, whose own signature comes from a city key. About 180 characters signed
/// by a city key, 370 with a device chain: QR version 9 and 13 at error correction M.
class CertificatePayload
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePayload)

public:
    static constexpr char kPrefix[] = "MDG1:";
    static constexpr int kKeyIdSize = 8;
    static constexpr int kSignatureSize = 64;
    static constexpr int kPublicKeySize = 32;

    CertificateFields fields;
    QByteArray signerKeyId;                             // city key id, 8 bytes; empty with a chain
    std::optional<DeviceCertificate> deviceCertificate; // the chain of a device-signed code
    QByteArray signature;                               // 64 bytes

    bool isChained() const { return deviceCertificate.has_value(); }

    /// Checks fields can be encoded; InvalidInput naming the field otherwise.
    static Status validate(const CertificateFields& fields);
    /// The bytes the signature covers; empty when the fields or the signer are not encodable.
    QByteArray signedBytes() const;
    /// The text for the QR code; empty when something cannot be encoded (validate() says what).
    QString encode() const;
    /// Strict parser of outside data (scanned or pasted): leading and trailing white space is
    /// ignored, anything else wrong is an InvalidInput error with a plain translated sentence.
    /// The signature is not checked here (CertificateVerifier does).
    static Result<CertificatePayload> parse(QStringView text);
};

/// Day count since 2000-01-01 of date, and back; -1 / invalid date out of the 16-bit range.
int dayNumber(const QDate& date);
QDate dateOfDayNumber(int days);

} // namespace madoguchi::certificate
