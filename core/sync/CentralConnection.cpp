// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CentralConnection.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace madoguchi::sync {

namespace {

Q_LOGGING_CATEGORY(lcCentral, "madoguchi.sync.central")

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidInput, message};
}

} // namespace

Result<CentralUrl> CentralUrl::parse(const QString& text)
{
    // The text may hold a password: no message below quotes it.
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return invalid(tr("The central server address is not a URL of the form "
                          "postgresql://USER@HOST:PORT/DATABASE."));
    if (url.scheme() != u"postgresql" && url.scheme() != u"postgres")
        return invalid(tr("The central server address must start with postgresql://."));
    CentralUrl result;
    result.host = url.host(QUrl::FullyDecoded);
    if (result.host.isEmpty())
        return invalid(tr("The central server address names no host."));
    const int port = url.port(5432);
    if (port < 1 || port > 65535)
        return invalid(tr("The port of the central server address must be 1 to 65535."));
    result.port = port;
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    static const QRegularExpression databaseName(QStringLiteral("^/[^/]{1,63}$"));
    const QString path = url.path(QUrl::FullyDecoded);
    if (!databaseName.match(path).hasMatch())
        return invalid(tr("The central server address names no database (…/DATABASE)."));
    result.database = path.mid(1);

    static const QStringList sslModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    static const QStringList fileOptions{QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                                         QStringLiteral("sslkey")};
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,4}$"));
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (key == u"sslmode") {
            if (!sslModes.contains(value))
                return invalid(tr("sslmode in the central server address must be one of %1.")
                                   .arg(sslModes.join(QStringLiteral(", "))));
        } else if (fileOptions.contains(key)) {
            if (value.isEmpty() || value.contains(u';') || value.contains(u'\''))
                return invalid(tr("%1 in the central server address must be a file path "
                                  "without ; or '.")
                                   .arg(key));
        } else if (key == u"connect_timeout") {
            if (!digits.match(value).hasMatch())
                return invalid(
                    tr("connect_timeout in the central server address must be seconds."));
        } else {
            return invalid(
                tr("The central server address has an unknown option %1.").arg(key.left(40)));
        }
        options << key + u'=' + value;
    }
    result.options = options.join(u';');
    return result;
}

QString CentralUrl::redacted() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString CentralUrl::withoutCredentials() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const QString& option : options.split(u';')) {
            const qsizetype equals = option.indexOf(u'=');
            query.addQueryItem(option.left(equals), option.mid(equals + 1));
        }
        url.setQuery(query);
    }
    return url.toString();
}

Result<std::unique_ptr<CentralConnection>> CentralConnection::open(const CentralUrl& url)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{ErrorCode::Internal,
                     tr("The PostgreSQL driver of Qt is not installed (package "
                        "libqt6sql6-psql), so the central server cannot be reached.")};
    static QAtomicInteger<quint64> counter;
    std::unique_ptr<CentralConnection> connection(new CentralConnection);
    connection->m_name = QStringLiteral("madoguchi-central-%1-%2")
                             .arg(quintptr(QThread::currentThreadId()), 0, 16)
                             .arg(counter.fetchAndAddRelaxed(1));
    connection->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection->m_name);
    QSqlDatabase& db = connection->m_db;
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    db.setUserName(url.user);
    db.setPassword(url.password);
    QString options = url.options;
    if (!options.contains(QStringLiteral("connect_timeout=")))
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) +
                   QStringLiteral("connect_timeout=15");
    db.setConnectOptions(options);
    if (!db.open()) {
        // libpq's text never holds the password; it still stays in the log only.
        const QString detail = db.lastError().databaseText();
        qCWarning(lcCentral) << "central connection failed:" << detail;
        // libpq's words for a certificate that does not verify (wrong CA, another host name, no
        // CA file) or a server without TLS when the address asks for it.
        if (detail.contains(QLatin1String("certificate"), Qt::CaseInsensitive) ||
            detail.contains(QLatin1String("SSL"), Qt::CaseSensitive))
            return Error{ErrorCode::Io,
                         tr("The central server %1 could not be trusted: its certificate does not "
                            "match the certificate authority or the server name in the server "
                            "address, or the connection could not be encrypted. Nothing was sent. "
                            "Ask the administrator.")
                             .arg(url.redacted())};
        return Error{ErrorCode::Io,
                     tr("The central server %1 could not be reached, or it refused the sign-in. "
                        "Check the network and the server address, or ask the administrator.")
                         .arg(url.redacted())};
    }
    return connection;
}

CentralConnection::~CentralConnection()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Error centralError(const QSqlError& error, const QString& what)
{
    const QString state = error.nativeErrorCode();
    qCWarning(lcCentral) << "central statement failed:" << state << error.databaseText();
    if (state == QLatin1String(kNotEnrolledState))
        return Error{ErrorCode::PermissionDenied,
                     CentralConnection::tr("The central server refused this device: it is not "
                                           "enrolled, or its enrolment was revoked. Ask the "
                                           "administrator.")};
    if (state == u"42501")
        return Error{ErrorCode::PermissionDenied,
                     CentralConnection::tr("The central server refused %1: this account may not "
                                           "do it.")
                         .arg(what)};
    if (state.startsWith(u"08") || state == u"57P01" || state.isEmpty())
        return Error{ErrorCode::Io, CentralConnection::tr("The connection to the central server "
                                                          "was lost while %1. Try again.")
                                        .arg(what)};
    return Error{ErrorCode::Sql,
                 CentralConnection::tr("The central server reported an error while %1 (code %2).")
                     .arg(what, state)};
}

} // namespace madoguchi::sync
