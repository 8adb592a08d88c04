// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "security/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace madoguchi::security {

/// Argon2id cost of one slot; stored with the slot. The algorithm is pinned to Argon2id v1.3.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    static KdfParams interactive(); // ~0.2 s here; tests and benchmarks
    static KdfParams moderate();    // ~0.9 s here; the default for staff and recovery slots
    static KdfParams minimum();     // libsodium's minimum: unit tests only
    /// Inside the bounds we accept from a file (a tampered file must not make us allocate 100 GB).
    bool isAcceptable() const;
    bool operator==(const KdfParams&) const = default;
};

/// The key-slot file that lives beside the database (`<database>.keys`), LUKS-style.
///
/// Each slot holds an X25519 key pair whose secret half is encrypted (XChaCha20-Poly1305) under a
/// key derived with Argon2id from the account's password (or the recovery code); the database key
/// is sealed to the slot's public key (crypto_box_seal). Unlocking a slot therefore needs the
/// password; rewrapping a new database key into every slot (rekey) needs only the public keys.
/// An enrolled device's file also has one escrow slot: the database key sealed to a public key
/// whose secret half only the central store keeps (no password; see unlockWithEscrowSecret).
/// The file carries a format version, a checksum over its whole body (damage, truncation), and a
/// MAC keyed by a subkey of the database key that unlock() checks (deliberate alteration: a slot
/// added, removed or swapped without the key).
class KeySlotFile
{
    Q_DECLARE_TR_FUNCTIONS(KeySlotFile)

public:
    /// The newest format this client reads (2: with an escrow slot). Files are written in the
    /// oldest format that holds their slots (1 without an escrow slot).
    static constexpr int kFormatVersion = 2;
    static constexpr std::size_t kDatabaseKeySize = 32;

    /// An empty file bound to a database key (for a new database).
    static Result<KeySlotFile> create(const SecureBuffer& databaseKey);
    /// Reads and validates a file: KeySlotFileMissing, KeySlotFileCorrupt (bad magic, checksum,
    /// truncated, unknown fields), or InvalidInput for a newer format version.
    static Result<KeySlotFile> load(const QString& path);
    /// Writes atomically (QSaveFile), owner-only permissions (0600).
    Status save(const QString& path) const;

    QStringList accountLogins() const;
    bool hasAccount(const QString& login) const;
    bool hasRecoverySlot() const;
    /// The Argon2id cost stored with login's slot (to offer a stronger one after unlock).
    std::optional<KdfParams> accountKdfParams(const QString& login) const;

    /// The database key, or WrongPassword / UnknownAccount / KeySlotFileCorrupt (MAC mismatch).
    Result<SecureBuffer> unlockAccount(const QString& login, const SecureBuffer& password) const;
    /// The database key from the recovery code (spaces, hyphens and case are ignored).
    Result<SecureBuffer> unlockWithRecoveryCode(QStringView recoveryCode) const;

    /// Adds a slot for login (AlreadyExists if it has one). Needs the database key.
    Status addAccount(const QString& login, const SecureBuffer& password,
                      const SecureBuffer& databaseKey, KdfParams kdf = KdfParams::moderate());
    /// Rewraps one slot under a new password, keeping the slot's key pair and KDF cost; nothing
    /// changes if oldPassword is wrong.
    Status changePassword(const QString& login, const SecureBuffer& oldPassword,
                          const SecureBuffer& newPassword, const SecureBuffer& databaseKey);
    /// Replaces login's slot with one for newPassword (administrator's reset). Needs the key.
    Status resetPassword(const QString& login, const SecureBuffer& newPassword,
                         const SecureBuffer& databaseKey, KdfParams kdf = KdfParams::moderate());
    /// Removes login's slot (UnknownAccount if none). Needs the key to re-MAC the file.
    Status removeAccount(const QString& login, const SecureBuffer& databaseKey);
    /// Creates (or replaces) the recovery slot; returns the new code, grouped base32, shown once.
    Result<QString> createRecoverySlot(const SecureBuffer& databaseKey,
                                       KdfParams kdf = KdfParams::moderate());
    /// The escrow slot (device recovery and first sign-in, issue #7): the database key sealed to
    /// an X25519 public key whose secret half only the central store keeps. Replaces an earlier
    /// escrow slot. Needs the database key.
    Status addEscrowSlot(const QByteArray& publicKey, const SecureBuffer& databaseKey);
    bool hasEscrowSlot() const;
    /// The escrow slot's public key (empty without one).
    QByteArray escrowPublicKey() const;
    /// The database key from the central escrow secret: UnknownAccount without an escrow slot,
    /// WrongPassword for a secret of another device, KeySlotFileCorrupt (file altered).
    Result<SecureBuffer> unlockWithEscrowSecret(const SecureBuffer& secret) const;

    /// Seals newDatabaseKey into every slot (after a rekey). currentKey proves the caller holds it.
    Status rewrapAll(const SecureBuffer& currentKey, const SecureBuffer& newDatabaseKey);

    /// Parses a recovery code as typed by a person into its raw bytes (InvalidInput if malformed).
    static Result<SecureBuffer> parseRecoveryCode(QStringView code);
    /// Formats raw recovery bytes as grouped base32 (e.g. "ABCD-EFGH-…").
    static QString formatRecoveryCode(const SecureBuffer& raw);

    KeySlotFile(KeySlotFile&&) noexcept;
    KeySlotFile& operator=(KeySlotFile&&) noexcept;
    ~KeySlotFile();

private:
    KeySlotFile();
    struct Private;
    std::unique_ptr<Private> d;
};

/// The key file's path for a database path.
QString keySlotPathFor(const QString& databasePath);

} // namespace madoguchi::security
