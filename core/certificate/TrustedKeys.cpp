// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate/TrustedKeys.h"

#include "security/SecureBuffer.h"

#include <QRegularExpression>
#include <sodium.h>

namespace madoguchi::certificate {

namespace {

constexpr char kHeader[] = "MADOGUCHI-ISSUING-KEYS 1";
constexpr qsizetype kMaxTextSize = 64 * 1024;

Error badLine(int line, const QString& why)
{
    return Error{
        ErrorCode::InvalidInput,
        TrustedKeys::tr("The issuing key file is not valid at line %1: %2").arg(line).arg(why)};
}

} // namespace

QByteArray TrustedKeys::keyIdOf(const QByteArray& publicKey)
{
    if (publicKey.size() != kPublicKeySize || !security::initializeSodium())
        return {};
    unsigned char hash[crypto_generichash_BYTES_MIN];
    crypto_generichash(hash, sizeof hash,
                       reinterpret_cast<const unsigned char*>(publicKey.constData()),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char*>(hash), kKeyIdSize);
}

Status TrustedKeys::add(const TrustedKey& key)
{
    if (key.publicKey.size() != kPublicKeySize || key.keyId != keyIdOf(key.publicKey))
        return Error{ErrorCode::InvalidInput,
                     tr("The issuing key's id does not belong to its public key.")};
    if (!key.createdOn.isValid() || (key.retiredOn.isValid() && key.retiredOn < key.createdOn))
        return Error{ErrorCode::InvalidInput,
                     tr("The issuing key's dates are missing or out of order.")};
    if (find(key.keyId))
        return Error{
            ErrorCode::AlreadyExists,
            tr("The issuing key %1 is listed twice.").arg(QString::fromLatin1(key.keyId.toHex()))};
    m_keys.append(key);
    return {};
}

const TrustedKey* TrustedKeys::find(const QByteArray& keyId) const
{
    for (const TrustedKey& key : m_keys)
        if (key.keyId == keyId)
            return &key;
    return nullptr;
}

QString TrustedKeys::exportText() const
{
    QString text = QLatin1String(kHeader) + u'\n';
    for (const TrustedKey& key : m_keys) {
        text +=
            QString::fromLatin1(key.keyId.toHex()) + u' ' +
            QString::fromLatin1(key.publicKey.toHex()) + u' ' +
            key.createdOn.toString(Qt::ISODate) + u' ' +
            (key.retiredOn.isValid() ? key.retiredOn.toString(Qt::ISODate) : QStringLiteral("-")) +
            u'\n';
    }
    return text;
}

Result<TrustedKeys> TrustedKeys::parse(QStringView text)
{
    if (text.size() > kMaxTextSize)
        return Error{ErrorCode::InvalidInput, tr("The issuing key file is too large.")};
    QList<QStringView> lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the final line end
    for (QStringView& line : lines)
        if (line.endsWith(u'\r'))
            line.chop(1);
    if (lines.isEmpty() || lines.constFirst() != QLatin1String(kHeader))
        return Error{ErrorCode::InvalidInput,
                     tr("This is not an issuing key file: its first line is not \"%1\".")
                         .arg(QLatin1String(kHeader))};
    if (lines.size() < 2)
        return Error{ErrorCode::InvalidInput, tr("The issuing key file lists no key.")};

    static const QRegularExpression pattern(QStringLiteral(
        "^([0-9a-f]{16}) ([0-9a-f]{64}) (\\d{4}-\\d{2}-\\d{2}) (\\d{4}-\\d{2}-\\d{2}|-)$"));
    TrustedKeys keys;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const auto match = pattern.match(lines.at(i).toString());
        if (!match.hasMatch())
            return badLine(lineNumber,
                           tr("expected a key id, a public key, the day it was made and the day "
                              "it was retired (or -)."));
        TrustedKey key;
        key.keyId = QByteArray::fromHex(match.captured(1).toLatin1());
        key.publicKey = QByteArray::fromHex(match.captured(2).toLatin1());
        key.createdOn = QDate::fromString(match.captured(3), Qt::ISODate);
        if (match.captured(4) != u"-") {
            key.retiredOn = QDate::fromString(match.captured(4), Qt::ISODate);
            if (!key.retiredOn.isValid())
                return badLine(lineNumber, tr("the retirement day does not exist."));
        }
        if (!key.createdOn.isValid())
            return badLine(lineNumber, tr("the day it was made does not exist."));
        if (Status added = keys.add(key); !added)
            return badLine(lineNumber, added.message());
    }
    return keys;
}

} // namespace madoguchi::certificate
