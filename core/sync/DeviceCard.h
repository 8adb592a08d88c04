// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "sync/CentralConnection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace madoguchi::sync {

/// The device card beside an enrolled device's database (`<database>.central`): where the
/// central store is and which device this is, so a person's first sign-in can reach the central
/// store before the database is open. It holds no secret (no user, no password, no key), only
/// what any user of the machine may read:
///
///   {"format":1,"host":"db.city.example","port":5432,"dbname":"madoguchi",
///    "sslmode":"verify-full","sslrootcert":"/etc/madoguchi/city-ca.crt",
///    "deviceId":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"}
///
/// sslmode and sslrootcert are optional; every other field is required, and no other field is
/// accepted (the card is outside data: anyone who can write the folder can change it, which can
/// only point the sign-in at another server, whose TLS certificate verify-full then refuses).
struct DeviceCard
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCard)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileSize = 64 * 1024;

    QString host;
    int port = 5432;
    QString database;
    QString sslMode;     // empty: libpq's default
    QString sslRootCert; // empty: none
    QString deviceId;

    /// The card for a device enrolled through url (its user and password are left out).
    static Result<DeviceCard> fromUrl(const CentralUrl& url, const QString& deviceId);
    /// Parses a card: InvalidInput (translated, naming the field) for anything malformed, a
    /// newer format, or more than kMaxFileSize bytes.
    static Result<DeviceCard> parse(const QByteArray& json);
    /// Reads `path`: NotFound when there is no card (the device is not enrolled, or was enrolled
    /// before cards existed), Io, or parse()'s errors.
    static Result<DeviceCard> load(const QString& path);
    QByteArray toJson() const;
    /// Writes atomically; readable by the owner only (the address is not secret, but no one
    /// else needs it).
    Status save(const QString& path) const;

    /// The URL to sign in to the central store as user with password.
    CentralUrl url(const QString& user, const QString& password) const;
};

/// `<database>.central`
QString deviceCardPathFor(const QString& databasePath);

} // namespace madoguchi::sync
