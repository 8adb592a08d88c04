// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "security/Session.h"
#include "sync/CentralConnection.h"
#include "sync/SyncPackage.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace madoguchi::audit {
class AuditLog;
}
namespace madoguchi::security {
class Authorizer;
}

namespace madoguchi::sync {

/// What reading a package at the office did.
struct PackageImport
{
    QString deviceId;
    qint64 packageSeq = 0;
    int received = 0;     // changes in the package
    int newChanges = 0;   // of those, new to the central store (the rest it had already)
    qint64 highWater = 0; // the device's highest sequence the central store holds now
    int replyChanges = 0; // changes in the reply
    int blocks = 0;       // number blocks in the reply
    bool complete = true; // the reply holds everything after the device's cursor
};

/// Sync by file at the office (issue #7 item 8): an administrator reads a device's package
/// (SyncPackage) with the central owner's URL and writes the reply file for the device.
///
/// importPackage(): parses the package, looks the device up in madoguchi.devices, verifies the
/// package's signature with the device's certified Ed25519 key, refuses a revoked device, opens
/// the body with the office key it names, and applies the changes with
/// madoguchi.push_changes_as(device, batch) in batches (idempotent by device id and sequence:
/// a package read twice applies once). It leases the number blocks the package asks for with
/// lease_block_as (once per package: a package read again gets the same blocks, from
/// madoguchi.package_imports), and writes the reply: the device's high water
/// (device_high_water_as), everything pull_changes_as(device, cursor, …) returns after the
/// package's cursor (the online pull's order, at most kMaxReplyChanges; the rest comes with the
/// next package), and the blocks, sealed to the device's key and signed by the office key.
/// Audited as sync.package on the administrator's device.
class SyncPackageOffice
{
    Q_DECLARE_TR_FUNCTIONS(SyncPackageOffice)

public:
    static constexpr int kMaxReplyChanges = 200000;

    SyncPackageOffice(audit::AuditLog& audit, const security::Authorizer& authorizer,
                      const Clock& clock = Clock::system());

    /// device.manage (an administrator); adminUrl is the central owner's URL.
    Result<PackageImport> importPackage(const security::Session& session,
                                        const CentralUrl& adminUrl, const QString& packagePath,
                                        const QString& replyPath);

    /// The current office package key, made now when there is none (as the owner: enrolment,
    /// the first package read). Concurrent callers get the same key.
    static Result<OfficeKey> ensureOfficeKey(QSqlDatabase& central);

private:
    Result<PackageImport> importOn(QSqlDatabase& central, const QString& packagePath,
                                   const QString& replyPath);

    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::sync
