// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "security/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace madoguchi::sync {

enum class DeviceKind
{
    Counter,  // counter: a counter workstation at the office
    Outreach, // outreach: an outreach laptop that works offline
};

QString deviceKindCode(DeviceKind kind);
bool deviceKindFromCode(QStringView code, DeviceKind* kind);

/// What enrolment gives a device: its central id and the login of its own PostgreSQL role.
struct DeviceCredentials
{
    QString deviceId;
    QString roleName;
    security::SecureBuffer password; // random, 43 characters of base64url
    /// The public half of the device's escrow key pair (X25519); the secret half stays in
    /// madoguchi.device_escrow. The device seals its database key to it (an escrow slot).
    QByteArray escrowPublicKey;
};

/// The administrator's side of device enrolment, on a connection as the central store's owner
/// (the administrator's URL). Each device gets a LOGIN role of its own, a member of
/// madoguchi_device: no table privileges, only EXECUTE on the sync functions, which check that
/// the role is an enrolled, non-revoked device.
class CentralAdmin
{
    Q_DECLARE_TR_FUNCTIONS(CentralAdmin)

public:
    /// Registers the device (its audit identity: id and Ed25519 public key), creates its role
    /// with a random password and a fresh escrow key pair whose secret half is kept centrally
    /// (madoguchi.device_escrow), in one transaction. InvalidInput (name empty or longer than 200
    /// characters, id not a UUID, key not 32 bytes), AlreadyExists (id enrolled before),
    /// NewerSchema / MigrationFailed-like errors when the schema is missing or newer, Sql.
    static Result<DeviceCredentials> enrollDevice(QSqlDatabase& central, const QString& deviceId,
                                                  const QString& name, DeviceKind kind,
                                                  const QByteArray& publicKey);
    /// Marks the device revoked, takes its role's LOGIN away and ends its open sessions: its next
    /// call fails at once. NotFound for an unknown device; revoking twice is not an error.
    static Status revokeDevice(QSqlDatabase& central, const QString& deviceId);

    /// The role name a device id gets (mdg_device_ + the id's 32 hex digits).
    static QString roleNameFor(const QString& deviceId);
};

} // namespace madoguchi::sync
