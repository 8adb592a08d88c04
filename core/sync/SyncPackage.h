// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "security/Session.h"
#include "sync/SyncClient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::store {
class Database;
}
namespace madoguchi::audit {
class AuditLog;
}
namespace madoguchi::security {
class Authorizer;
}

namespace madoguchi::sync {

/// The public halves of the office's package keys (madoguchi.package_keys, central migration
/// 0006): packages are sealed to boxPublic (X25519), replies are signed with the Ed25519 key
/// signPublic.
struct OfficeKey
{
    QString keyId;
    QByteArray signPublic; // 32 bytes
    QByteArray boxPublic;  // 32 bytes
};

/// The clear header of a package or reply file.
/// A 64-bit integer of a package's JSON, written as a string (or a small JSON number): the
/// value, or nullopt for anything else. Shared by the device and the office side.
std::optional<qint64> packageInteger(const QJsonValue& value);

struct PackageHeader
{
    bool reply = false;
    QString deviceId;      // the device that wrote the package (a reply: the device it is for)
    qint64 packageSeq = 0; // the package's number on that device (a reply: the package it answers)
    QString createdAt;     // ISO 8601 UTC
    qint64 rowCount = 0;   // changes in the body
    QString officeKeyId;   // the office key the package is sealed to / the reply is signed with
};

/// The file format of sync by file, version 1. All integers big-endian:
///
///     magic    8 bytes   "MDGSYNCP" (package, device → office) or "MDGSYNCR" (reply)
///     version  uint16    kFormatVersion
///     hlen     uint32    length of the header, 2 … kMaxHeaderSize
///     header   hlen      UTF-8 JSON object (PackageHeader; no personal data)
///     blen     uint32    length of the body, 1 … kMaxBodySize
///     body     blen      crypto_box_seal of a UTF-8 JSON object (to the office's X25519 key, or
///                        to the device's Ed25519 key converted to X25519)
///     sig      64 bytes  Ed25519 signature of everything before it (the device's key, or the
///                        office's signing key)
///
/// The file ends exactly after the signature. parse() checks the structure only; the caller
/// verifies the signature with the key the header names before it trusts or opens anything.
class PackageEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(PackageEnvelope)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kMaxHeaderSize = 16 * 1024;
    static constexpr qint64 kMaxBodySize = 256LL * 1024 * 1024;
    static constexpr int kSignatureSize = 64;

    PackageHeader header;
    QByteArray signedPart; // magic … body: what the signature covers
    QByteArray body;       // sealed
    QByteArray signature;

    /// The bytes of a file without its signature (append the signature of them).
    static QByteArray encode(const PackageHeader& header, const QByteArray& sealedBody);
    /// Parses a whole file; expectReply says which kind is wanted. InvalidInput with a
    /// translated message for anything malformed (empty, cut off, wrong magic or version,
    /// lengths that do not match the file, a damaged header).
    static Result<PackageEnvelope> parse(const QByteArray& file, bool expectReply);
    /// Reads a file of at most the largest possible size (Io, InvalidInput).
    static Result<QByteArray> readFile(const QString& path);
    /// Writes atomically (QSaveFile), readable by the owner only (0600).
    static Status writeFile(const QString& path, const QByteArray& data);
};

/// What writing a package or reading a reply did.
struct PackageSummary
{
    qint64 packageSeq = 0;
    int changes = 0;      // written: journal rows in the package; read: changes received
    int acknowledged = 0; // read: journal rows the office confirmed, now marked as sent
    int conflicts = 0;
    int blocksLeased = 0;
    QStringList blockProblems; // translated
};

/// Sync by file on the device (issue #7 item 8): for sites without any network.
///
/// writePackage() writes this device's unsent change-journal rows (the same rows and filtering
/// as an online push: SyncClient::unsentChanges after settleDeviceLocal), its pull cursor, the
/// number series that need a new block, its device id and the next package sequence number,
/// sealed to the office's package key and signed with the device's Ed25519 key (subkey
/// "DEVICEKY"). Nothing is marked as sent: an online sync or a later package sends the same
/// rows again, which the central store ignores (idempotent by device id and sequence).
///
/// An administrator reads the package at the office (SyncPackageOffice) and writes a reply.
/// readReply() checks the office's signature with the office key stored on this device, that
/// the reply is for this device and newer than every reply read before, opens it with the
/// device's key, and then, in one local transaction: marks the journal rows up to the
/// acknowledged high water as sent, applies the received changes with the online pull's code
/// (SyncClient::applyPulled: same order, same conflicts; changes the device has received online
/// already are skipped), records the leased number blocks and moves the pull cursor. A reply
/// read twice, or an older one after a newer one, changes nothing (AlreadyExists). Any error
/// leaves everything as it was. Both are audited as sync.package.
class SyncPackage
{
    Q_DECLARE_TR_FUNCTIONS(SyncPackage)

public:
    SyncPackage(store::Database& database, audit::AuditLog& audit,
                const security::Authorizer& authorizer, const Clock& clock = Clock::system());

    /// sync.run. NotFound when the device is not enrolled or has no office key yet.
    Result<PackageSummary> writePackage(const security::Session& session, const QString& path,
                                        const SyncOptions& options = {});
    /// sync.run.
    Result<PackageSummary> readReply(const security::Session& session, const QString& path);

    /// The current office key's public halves, as the calling device (none yet: nullopt).
    static Result<std::optional<OfficeKey>> fetchOfficeKey(QSqlDatabase& central);
    /// Stores (or replaces) an office key on this device.
    static Status storeOfficeKey(QSqlDatabase db, const OfficeKey& key, const QString& now);

    /// A pulled change as a JSON object of a reply, and back (nullopt when malformed).
    static QJsonObject changeToJson(const PulledChange& change);
    static std::optional<PulledChange> changeFromJson(const QJsonValue& value);

private:
    store::Database& m_database;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::sync
