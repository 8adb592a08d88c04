// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;

namespace madoguchi::sync {

/// Where the central PostgreSQL store is and who connects:
/// postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=verify-full&sslrootcert=FILE…].
///
/// Production connections use TLS with sslmode=verify-full and the city's CA in sslrootcert
/// (libpq then checks the server's certificate and host name). The password is never part of a
/// message or a log line: use redacted() to name the server.
struct CentralUrl
{
    Q_DECLARE_TR_FUNCTIONS(CentralUrl)

public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString options; // libpq options for QSqlDatabase::setConnectOptions ("k=v;k=v")

    /// Parses a URL. InvalidInput (the message names what is wrong, never the password) for
    /// another scheme, a missing host, user or database, a port outside 1–65535, or an unknown
    /// or malformed option. Known options: sslmode (disable, allow, prefer, require, verify-ca,
    /// verify-full), sslrootcert, sslcert, sslkey, connect_timeout (seconds).
    static Result<CentralUrl> parse(const QString& text);

    /// user@host:port/database, for messages.
    QString redacted() const;
    /// The same server and options without user and password (what a device stores).
    QString withoutCredentials() const;
};

/// One QPSQL connection for the calling thread under a name of its own, removed again when this
/// object goes. Open it on the thread that uses it.
class CentralConnection
{
    Q_DECLARE_TR_FUNCTIONS(CentralConnection)

public:
    /// Connects. Errors: Internal (no QPSQL driver), Io (server unreachable, sign-in refused;
    /// a plain translated sentence naming url.redacted()).
    static Result<std::unique_ptr<CentralConnection>> open(const CentralUrl& url);
    ~CentralConnection();
    CentralConnection(const CentralConnection&) = delete;
    CentralConnection& operator=(const CentralConnection&) = delete;

    QSqlDatabase& db() { return m_db; }
    const QString& name() const { return m_name; }

private:
    CentralConnection() = default;
    QString m_name;
    QSqlDatabase m_db;
};

/// SQLSTATE raised by the sync functions when the calling role is not an enrolled device.
inline constexpr char kNotEnrolledState[] = "MD001";

/// A translated error for a failed central statement: a revoked or unknown device
/// (PermissionDenied), a refused privilege (PermissionDenied), a lost connection (Io), anything
/// else Sql. what says what was being done ("sending the changes").
Error centralError(const QSqlError& error, const QString& what);

} // namespace madoguchi::sync
