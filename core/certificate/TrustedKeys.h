// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace madoguchi::certificate {

/// The public half of one generation of the city's issuing key.
struct TrustedKey
{
    QByteArray keyId;     // 8 bytes: the first 8 bytes of BLAKE2b-128(public key)
    QByteArray publicKey; // Ed25519, 32 bytes
    QDate createdOn;      // Japanese calendar day it was made
    QDate retiredOn;      // the day a newer key replaced it; invalid while it is current

    bool isCurrent() const { return !retiredOn.isValid(); }
    bool operator==(const TrustedKey&) const = default;
};

/// Every issuing key generation a verifier trusts, so certificates signed before a rotation
/// still verify. Exported as a small text file for devices that verify offline:
///
///     MADOGUCHI-ISSUING-KEYS 1
///     <key id, 16 hex> <public key, 64 hex> <created YYYY-MM-DD> <retired YYYY-MM-DD or ->
///     …
///
/// one line per key, lower-case hex, single spaces, "\n" (or "\r\n") line ends.
class TrustedKeys
{
    Q_DECLARE_TR_FUNCTIONS(TrustedKeys)

public:
    static constexpr int kKeyIdSize = 8;
    static constexpr int kPublicKeySize = 32;

    /// The key id of an Ed25519 public key (empty if publicKey is not 32 bytes).
    static QByteArray keyIdOf(const QByteArray& publicKey);

    /// Adds a key; InvalidInput if it is malformed, AlreadyExists if its id is present.
    Status add(const TrustedKey& key);
    const QList<TrustedKey>& keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    /// The key with that id, or nullptr.
    const TrustedKey* find(const QByteArray& keyId) const;

    QString exportText() const;
    /// Strict parser of the text form; InvalidInput naming the line for anything malformed.
    static Result<TrustedKeys> parse(QStringView text);

private:
    QList<TrustedKey> m_keys;
};

} // namespace madoguchi::certificate
