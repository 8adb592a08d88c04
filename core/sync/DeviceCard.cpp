// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/DeviceCard.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>

#include <cmath>

namespace madoguchi::sync {

namespace {

const QStringList& sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

bool isUuid(const QString& id)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(id).hasMatch();
}

bool isHost(const QString& host)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:\\[\\]-]{1,253}$"));
    return pattern.match(host).hasMatch();
}

bool isDatabaseName(const QString& name)
{
    return !name.isEmpty() && name.size() <= 63 && !name.contains(u'/') && !name.contains(QChar(0));
}

bool isFilePath(const QString& path)
{
    return !path.isEmpty() && path.size() <= 4096 && !path.contains(u';') &&
           !path.contains(u'\'') && !path.contains(QChar(0));
}

Error badField(const char* field)
{
    return Error{ErrorCode::InvalidInput,
                 DeviceCard::tr("The device card (the .central file beside the database) is "
                                "damaged: the field %1 is missing or not valid.")
                     .arg(QString::fromLatin1(field))};
}

} // namespace

Result<DeviceCard> DeviceCard::fromUrl(const CentralUrl& url, const QString& deviceId)
{
    DeviceCard card;
    card.host = url.host;
    card.port = url.port;
    card.database = url.database;
    card.deviceId = deviceId;
    for (const QString& option : url.options.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = option.indexOf(u'=');
        const QString key = option.left(equals);
        const QString value = option.mid(equals + 1);
        if (key == u"sslmode")
            card.sslMode = value;
        else if (key == u"sslrootcert")
            card.sslRootCert = value;
    }
    // The same checks as a card read back, so what is written can always be read.
    auto checked = parse(card.toJson());
    if (!checked)
        return checked.error();
    return card;
}

Result<DeviceCard> DeviceCard::parse(const QByteArray& json)
{
    if (json.size() > kMaxFileSize)
        return Error{ErrorCode::InvalidInput,
                     tr("The device card (the .central file beside the database) is too large "
                        "to be one.")};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{ErrorCode::InvalidInput,
                     tr("The device card (the .central file beside the database) is not "
                        "readable.")};
    const QJsonObject root = document.object();

    const QJsonValue format = root.value(QLatin1String("format"));
    if (!format.isDouble() || format.toDouble() != std::floor(format.toDouble()) ||
        format.toDouble() < 1)
        return badField("format");
    if (format.toDouble() > kFormatVersion)
        return Error{ErrorCode::InvalidInput,
                     tr("The device card was written by a newer version of Madoguchi. Update "
                        "Madoguchi on this computer.")};
    static const QStringList known{QStringLiteral("format"),  QStringLiteral("host"),
                                   QStringLiteral("port"),    QStringLiteral("dbname"),
                                   QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                   QStringLiteral("deviceId")};
    for (const QString& key : root.keys()) {
        if (!known.contains(key))
            return Error{ErrorCode::InvalidInput,
                         tr("The device card (the .central file beside the database) has an "
                            "unknown field %1.")
                             .arg(key.left(40))};
    }

    DeviceCard card;
    const QJsonValue host = root.value(QLatin1String("host"));
    if (!host.isString() || !isHost(host.toString()))
        return badField("host");
    card.host = host.toString();
    const QJsonValue port = root.value(QLatin1String("port"));
    if (!port.isDouble() || port.toDouble() != std::floor(port.toDouble()) || port.toDouble() < 1 ||
        port.toDouble() > 65535)
        return badField("port");
    card.port = static_cast<int>(port.toDouble());
    const QJsonValue database = root.value(QLatin1String("dbname"));
    if (!database.isString() || !isDatabaseName(database.toString()))
        return badField("dbname");
    card.database = database.toString();
    if (root.contains(QLatin1String("sslmode"))) {
        const QJsonValue mode = root.value(QLatin1String("sslmode"));
        if (!mode.isString() || !sslModes().contains(mode.toString()))
            return badField("sslmode");
        card.sslMode = mode.toString();
    }
    if (root.contains(QLatin1String("sslrootcert"))) {
        const QJsonValue rootCert = root.value(QLatin1String("sslrootcert"));
        if (!rootCert.isString() || !isFilePath(rootCert.toString()))
            return badField("sslrootcert");
        card.sslRootCert = rootCert.toString();
    }
    const QJsonValue deviceId = root.value(QLatin1String("deviceId"));
    if (!deviceId.isString() || !isUuid(deviceId.toString()))
        return badField("deviceId");
    card.deviceId = deviceId.toString();
    return card;
}

Result<DeviceCard> DeviceCard::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::NotFound,
                     tr("This computer has no device card: it is not enrolled with the central "
                        "server.")};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("The device card cannot be read.")};
    if (file.size() > kMaxFileSize)
        return parse(QByteArray(kMaxFileSize + 1, ' '));
    return parse(file.read(kMaxFileSize + 1));
}

QByteArray DeviceCard::toJson() const
{
    QJsonObject root{{QStringLiteral("format"), kFormatVersion},
                     {QStringLiteral("host"), host},
                     {QStringLiteral("port"), port},
                     {QStringLiteral("dbname"), database},
                     {QStringLiteral("deviceId"), deviceId}};
    if (!sslMode.isEmpty())
        root.insert(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        root.insert(QStringLiteral("sslrootcert"), sslRootCert);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status DeviceCard::save(const QString& path) const
{
    const QByteArray contents = toJson();
    QSaveFile file(path);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const Error failed{ErrorCode::Io,
                       tr("The device card could not be written beside the database.")};
    if (!file.open(QIODevice::WriteOnly))
        return failed;
    file.setPermissions(ownerOnly);
    if (file.write(contents) != contents.size()) {
        file.cancelWriting();
        return failed;
    }
    if (!file.commit())
        return failed;
    QFile::setPermissions(path, ownerOnly);
    return {};
}

CentralUrl DeviceCard::url(const QString& user, const QString& password) const
{
    CentralUrl url;
    url.host = host;
    url.port = port;
    url.database = database;
    url.user = user;
    url.password = password;
    QStringList options;
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + sslRootCert;
    url.options = options.join(u';');
    return url;
}

QString deviceCardPathFor(const QString& databasePath)
{
    return databasePath + QLatin1String(".central");
}

} // namespace madoguchi::sync
