// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/KeySlotFile.h"

#include "security/Base32.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <sodium.h>
#include <vector>

// On-disk format (UTF-8, three lines, each ending in '\n'):
//   MADOGUCHI-KEYSLOTS
//   {"format":1,"keyId":…,"mac":…,"slots":[…]}            compact JSON
//   BLAKE2B-256 <64 lower-case hex digits>                 unkeyed, over the two lines above
// Format 2 is format 1 plus one escrow slot ({"id","kind":"escrow","publicKey","sealedKey"}:
// the database key sealed to a key pair whose secret half only the central store holds). A file
// is written as format 2 exactly when it has an escrow slot, so files without one stay readable
// by older clients, and an older client shown a file with one says it is newer, not damaged.
// The envelope (magic, JSON line, checksum line) is fixed for all format versions, so a newer
// file is recognised as newer rather than damaged; what a version may change is the JSON inside.
// The checksum only catches damage. Deliberate alteration is caught by the "mac" field: BLAKE2b
// keyed with a subkey of the database key over a canonical binary encoding of every slot (not
// over JSON text, whose spelling could change between Qt versions).

namespace madoguchi::security {

namespace {

Q_LOGGING_CATEGORY(lcKeySlots, "madoguchi.security.keyslots")

constexpr char kMagicLine[] = "MADOGUCHI-KEYSLOTS\n";
constexpr char kChecksumPrefix[] = "BLAKE2B-256 ";
constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;
constexpr qsizetype kMaxSlots = 4096;
constexpr std::size_t kKeyIdSize = 16;
constexpr std::size_t kMacSize = crypto_generichash_BYTES; // 32
constexpr std::size_t kChecksumSize = 32;
constexpr std::size_t kWrappingKeySize = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr std::size_t kRecoveryCodeBytes = 20;  // 160 bits
constexpr std::size_t kRecoveryCodeDigits = 32; // base32 digits for 20 bytes
constexpr quint64 kMaxOpsLimit = 10;
constexpr quint64 kMaxMemLimit = quint64(1) << 30; // 1 GiB
// crypto_kdf contexts are exactly 8 characters.
constexpr char kKeyIdContext[crypto_kdf_CONTEXTBYTES + 1] = "MDGKEYID";
constexpr char kMacContext[crypto_kdf_CONTEXTBYTES + 1] = "MDGSLMAC";

static_assert(crypto_box_SECRETKEYBYTES == 32 && crypto_box_PUBLICKEYBYTES == 32);
static_assert(crypto_kdf_KEYBYTES == KeySlotFile::kDatabaseKeySize);
static_assert(kRecoveryCodeDigits * 5 == kRecoveryCodeBytes * 8);

const QLatin1String kKdfAlgorithm("argon2id13");
const QLatin1String kKindAccount("account");
const QLatin1String kKindRecovery("recovery");
const QLatin1String kKindEscrow("escrow");

// The version number inside each slot's associated data stays 1 for every file format: slots
// written by format 1 must keep opening.
constexpr quint64 kSlotEncodingVersion = 1;
constexpr int kEscrowFormatVersion = 2;

enum class SlotKind
{
    Account,
    Recovery,
    Escrow, // no password: the sealed key opens with the central escrow secret
};

struct Slot
{
    QString id; // UUID, without braces
    SlotKind kind = SlotKind::Account;
    QString login; // empty for the recovery and escrow slots
    KdfParams kdf;
    QByteArray salt;          // crypto_pwhash_SALTBYTES
    QByteArray publicKey;     // X25519
    QByteArray nonce;         // XChaCha20-Poly1305 nonce
    QByteArray wrappedSecret; // X25519 secret key + tag
    QByteArray sealedKey;     // crypto_box_seal of the database key
};

// --- errors -----------------------------------------------------------------------------------

Error corruptError(const char* reason)
{
    qCWarning(lcKeySlots, "key slot file rejected: %s", reason);
    return {ErrorCode::KeySlotFileCorrupt,
            KeySlotFile::tr("The key file is damaged or is not a Madoguchi key file.")};
}

Error alteredError(const char* reason)
{
    qCWarning(lcKeySlots, "key slot file failed verification: %s", reason);
    return {ErrorCode::KeySlotFileCorrupt, KeySlotFile::tr("The key file has been altered.")};
}

Error cryptoError(const char* reason)
{
    qCWarning(lcKeySlots, "cryptographic operation failed: %s", reason);
    return {ErrorCode::Crypto,
            KeySlotFile::tr("A cryptographic operation failed (the computer may be low on "
                            "memory).")};
}

Error wrongKeyError()
{
    return {ErrorCode::InvalidInput,
            KeySlotFile::tr("The database key does not belong to this key file.")};
}

Error unknownAccountError()
{
    return {ErrorCode::UnknownAccount, KeySlotFile::tr("There is no account with that login.")};
}

Error wrongPasswordError()
{
    return {ErrorCode::WrongPassword, KeySlotFile::tr("The password is not correct.")};
}

Error invalidKdfError()
{
    return {ErrorCode::InvalidInput,
            KeySlotFile::tr("The key derivation settings are outside the accepted range.")};
}

// --- canonical encoding for associated data and the MAC ---------------------------------------

/// Unambiguous bytes: every field is length-prefixed or fixed-width, big-endian.
class CanonicalWriter
{
public:
    explicit CanonicalWriter(const char* domain) { addBytes(QByteArray(domain)); }

    void addUInt64(quint64 value)
    {
        for (int shift = 56; shift >= 0; shift -= 8)
            m_bytes.append(static_cast<char>((value >> shift) & 0xff));
    }
    void addBytes(const QByteArray& bytes)
    {
        addUInt64(static_cast<quint64>(bytes.size()));
        m_bytes.append(bytes);
    }
    void addString(const QString& text) { addBytes(text.toUtf8()); }

    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

QLatin1String kindName(SlotKind kind)
{
    switch (kind) {
    case SlotKind::Recovery:
        return kKindRecovery;
    case SlotKind::Escrow:
        return kKindEscrow;
    case SlotKind::Account:
        break;
    }
    return kKindAccount;
}

/// Everything about a slot that its AEAD tag must protect besides the secret itself.
QByteArray associatedData(const Slot& slot)
{
    CanonicalWriter writer("madoguchi-keyslot-ad");
    writer.addUInt64(kSlotEncodingVersion);
    writer.addString(slot.id);
    writer.addString(kindName(slot.kind));
    writer.addString(slot.login);
    writer.addString(kKdfAlgorithm);
    writer.addUInt64(slot.kdf.opsLimit);
    writer.addUInt64(slot.kdf.memLimitBytes);
    writer.addBytes(slot.salt);
    writer.addBytes(slot.publicKey);
    return writer.bytes();
}

/// The format a slot list is written in: 2 with an escrow slot, 1 without.
int formatFor(const std::vector<Slot>& slotList)
{
    return std::any_of(slotList.begin(), slotList.end(),
                       [](const Slot& slot) { return slot.kind == SlotKind::Escrow; })
               ? kEscrowFormatVersion
               : 1;
}

QByteArray macInput(const QByteArray& keyId, const std::vector<Slot>& slotList)
{
    CanonicalWriter writer("madoguchi-keyslots-mac");
    writer.addUInt64(static_cast<quint64>(formatFor(slotList)));
    writer.addBytes(keyId);
    writer.addUInt64(slotList.size());
    for (const Slot& slot : slotList) {
        writer.addBytes(associatedData(slot));
        writer.addBytes(slot.nonce);
        writer.addBytes(slot.wrappedSecret);
        writer.addBytes(slot.sealedKey);
    }
    return writer.bytes();
}

// --- keyed values derived from the database key -------------------------------------------------

bool isDatabaseKey(const SecureBuffer& key)
{
    return key.isValid() && key.size() == KeySlotFile::kDatabaseKeySize;
}

SecureBuffer subkey(const SecureBuffer& databaseKey, const char* context)
{
    SecureBuffer sub(crypto_generichash_KEYBYTES);
    if (sub.isValid() &&
        crypto_kdf_derive_from_key(sub.data(), sub.size(), 1, context, databaseKey.data()) != 0)
        sub.clear();
    return sub;
}

/// A key check value: tells whether a database key belongs to this file without revealing it.
QByteArray keyIdFor(const SecureBuffer& databaseKey)
{
    const SecureBuffer key = subkey(databaseKey, kKeyIdContext);
    if (!key.isValid())
        return {};
    static const QByteArray label("madoguchi key id");
    QByteArray id(kKeyIdSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(id.data()), kKeyIdSize,
                       reinterpret_cast<const unsigned char*>(label.constData()),
                       static_cast<unsigned long long>(label.size()), key.data(), key.size());
    return id;
}

QByteArray macFor(const SecureBuffer& databaseKey, const QByteArray& keyId,
                  const std::vector<Slot>& slotList)
{
    const SecureBuffer key = subkey(databaseKey, kMacContext);
    if (!key.isValid())
        return {};
    const QByteArray input = macInput(keyId, slotList);
    QByteArray mac(kMacSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(mac.data()), kMacSize,
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()), key.data(), key.size());
    return mac;
}

bool equalBytes(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && !a.isEmpty() &&
           sodium_memcmp(a.constData(), b.constData(), static_cast<std::size_t>(a.size())) == 0;
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray bytes(static_cast<qsizetype>(size), '\0');
    randombytes_buf(bytes.data(), size);
    return bytes;
}

const unsigned char* bytesOf(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

// --- slot cryptography -------------------------------------------------------------------------

/// Argon2id(secret, salt) → the key that wraps a slot's X25519 secret key.
Result<SecureBuffer> wrappingKey(const SecureBuffer& secret, const QByteArray& salt, KdfParams kdf)
{
    if (!kdf.isAcceptable())
        return invalidKdfError();
    SecureBuffer key(kWrappingKeySize);
    if (!key.isValid())
        return cryptoError("guarded allocation");
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(secret.data()),
                      secret.size(), bytesOf(salt), kdf.opsLimit,
                      static_cast<std::size_t>(kdf.memLimitBytes),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return cryptoError("argon2id");
    return key;
}

/// Fills salt, nonce and wrappedSecret of slot (whose id, kind, login, kdf and publicKey are set)
/// by encrypting secretKey under a key derived from secret.
Status wrapSecretKey(Slot& slot, const SecureBuffer& secret, const SecureBuffer& secretKey)
{
    slot.salt = randomBytes(crypto_pwhash_SALTBYTES);
    auto key = wrappingKey(secret, slot.salt, slot.kdf);
    if (!key)
        return key.status();
    slot.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const QByteArray ad = associatedData(slot);
    QByteArray wrapped(
        static_cast<qsizetype>(secretKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES), '\0');
    unsigned long long wrappedSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char*>(wrapped.data()), &wrappedSize, secretKey.data(),
            secretKey.size(), bytesOf(ad), static_cast<unsigned long long>(ad.size()), nullptr,
            bytesOf(slot.nonce), key->data()) != 0)
        return cryptoError("aead encrypt");
    slot.wrappedSecret = wrapped;
    return {};
}

Status sealDatabaseKey(Slot& slot, const SecureBuffer& databaseKey)
{
    QByteArray sealed(static_cast<qsizetype>(databaseKey.size() + crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), databaseKey.data(),
                        databaseKey.size(), bytesOf(slot.publicKey)) != 0)
        return cryptoError("seal");
    slot.sealedKey = sealed;
    return {};
}

/// A complete new slot with a fresh key pair, unlockable with secret.
Result<Slot> makeSlot(SlotKind kind, const QString& login, const SecureBuffer& secret,
                      const SecureBuffer& databaseKey, KdfParams kdf)
{
    if (!kdf.isAcceptable())
        return invalidKdfError();
    Slot slot;
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.kind = kind;
    slot.login = login;
    slot.kdf = kdf;
    SecureBuffer secretKey(crypto_box_SECRETKEYBYTES);
    if (!secretKey.isValid())
        return cryptoError("guarded allocation");
    slot.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    if (crypto_box_keypair(reinterpret_cast<unsigned char*>(slot.publicKey.data()),
                           secretKey.data()) != 0)
        return cryptoError("keypair");
    if (Status wrapped = wrapSecretKey(slot, secret, secretKey); !wrapped)
        return wrapped;
    if (Status sealed = sealDatabaseKey(slot, databaseKey); !sealed)
        return sealed;
    return slot;
}

struct OpenedSlot
{
    SecureBuffer secretKey;
    SecureBuffer databaseKey;
};

/// Decrypts slot's secret key with secret and opens the sealed database key. Does not check the
/// file's MAC (the caller does, with the key it gets).
Result<OpenedSlot> openSlot(const Slot& slot, const SecureBuffer& secret)
{
    auto key = wrappingKey(secret, slot.salt, slot.kdf);
    if (!key)
        return key.status();
    OpenedSlot opened{SecureBuffer(crypto_box_SECRETKEYBYTES),
                      SecureBuffer(KeySlotFile::kDatabaseKeySize)};
    if (!opened.secretKey.isValid() || !opened.databaseKey.isValid())
        return cryptoError("guarded allocation");
    const QByteArray ad = associatedData(slot);
    unsigned long long secretSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            opened.secretKey.data(), &secretSize, nullptr, bytesOf(slot.wrappedSecret),
            static_cast<unsigned long long>(slot.wrappedSecret.size()), bytesOf(ad),
            static_cast<unsigned long long>(ad.size()), bytesOf(slot.nonce), key->data()) != 0 ||
        secretSize != crypto_box_SECRETKEYBYTES)
        return wrongPasswordError();
    key->clear();

    // The public key is bound by the AEAD; still, a secret that does not match it means a slot
    // built by someone else, not a wrong password.
    unsigned char derivedPublic[crypto_box_PUBLICKEYBYTES];
    if (crypto_scalarmult_base(derivedPublic, opened.secretKey.data()) != 0 ||
        sodium_memcmp(derivedPublic, slot.publicKey.constData(), sizeof derivedPublic) != 0)
        return alteredError("secret key does not match public key");

    if (crypto_box_seal_open(opened.databaseKey.data(), bytesOf(slot.sealedKey),
                             static_cast<unsigned long long>(slot.sealedKey.size()),
                             bytesOf(slot.publicKey), opened.secretKey.data()) != 0)
        return alteredError("sealed key does not open");
    return opened;
}

// --- JSON --------------------------------------------------------------------------------------

QString toBase64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

/// Strict, canonical base64 of exactly size bytes; nullopt otherwise.
std::optional<QByteArray> fromBase64(const QJsonValue& value, qsizetype size)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text.size() != ((size + 2) / 3) * 4)
        return std::nullopt;
    const QByteArray ascii = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size)
        return std::nullopt;
    // Reject non-canonical spellings (stray bits in the last character) so every byte of the
    // file matters.
    if (decoded.decoded.toBase64() != ascii)
        return std::nullopt;
    return decoded.decoded;
}

/// A JSON number that is a whole number in [0, 2^53]; nullopt otherwise.
std::optional<quint64> toWholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < 0 || number > 9007199254740992.0 ||
        std::floor(number) != number)
        return std::nullopt;
    return static_cast<quint64>(number);
}

bool hasExactlyKeys(const QJsonObject& object, std::initializer_list<QLatin1String> keys)
{
    if (object.size() != static_cast<qsizetype>(keys.size()))
        return false;
    return std::all_of(keys.begin(), keys.end(),
                       [&](QLatin1String key) { return object.contains(key); });
}

QJsonObject slotToJson(const Slot& slot)
{
    if (slot.kind == SlotKind::Escrow)
        return QJsonObject{{QStringLiteral("id"), slot.id},
                           {QStringLiteral("kind"), kindName(slot.kind)},
                           {QStringLiteral("publicKey"), toBase64(slot.publicKey)},
                           {QStringLiteral("sealedKey"), toBase64(slot.sealedKey)}};
    QJsonObject kdf{{QStringLiteral("alg"), kKdfAlgorithm},
                    {QStringLiteral("ops"), static_cast<double>(slot.kdf.opsLimit)},
                    {QStringLiteral("mem"), static_cast<double>(slot.kdf.memLimitBytes)}};
    return QJsonObject{{QStringLiteral("id"), slot.id},
                       {QStringLiteral("kind"), kindName(slot.kind)},
                       {QStringLiteral("login"), slot.login},
                       {QStringLiteral("kdf"), kdf},
                       {QStringLiteral("salt"), toBase64(slot.salt)},
                       {QStringLiteral("publicKey"), toBase64(slot.publicKey)},
                       {QStringLiteral("nonce"), toBase64(slot.nonce)},
                       {QStringLiteral("wrappedSecret"), toBase64(slot.wrappedSecret)},
                       {QStringLiteral("sealedKey"), toBase64(slot.sealedKey)}};
}

/// The id as we write it (a UUID without braces), so the bytes under the MAC have one form.
bool isCanonicalSlotId(const QString& id)
{
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

Result<Slot> escrowSlotFromJson(const QJsonObject& object)
{
    if (!hasExactlyKeys(object, {QLatin1String("id"), QLatin1String("kind"),
                                 QLatin1String("publicKey"), QLatin1String("sealedKey")}))
        return corruptError("escrow slot fields");
    Slot slot;
    slot.kind = SlotKind::Escrow;
    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isString() || !isCanonicalSlotId(id.toString()))
        return corruptError("escrow slot id");
    slot.id = id.toString();
    auto publicKey = fromBase64(object.value(QLatin1String("publicKey")),
                                static_cast<qsizetype>(crypto_box_PUBLICKEYBYTES));
    auto sealedKey =
        fromBase64(object.value(QLatin1String("sealedKey")),
                   static_cast<qsizetype>(KeySlotFile::kDatabaseKeySize + crypto_box_SEALBYTES));
    if (!publicKey || !sealedKey)
        return corruptError("escrow slot keys");
    slot.publicKey = *publicKey;
    slot.sealedKey = *sealedKey;
    return slot;
}

Result<Slot> slotFromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return corruptError("slot is not an object");
    const QJsonObject object = value.toObject();
    if (object.value(QLatin1String("kind")) == QJsonValue(kKindEscrow))
        return escrowSlotFromJson(object);
    if (!hasExactlyKeys(object, {QLatin1String("id"), QLatin1String("kind"), QLatin1String("login"),
                                 QLatin1String("kdf"), QLatin1String("salt"),
                                 QLatin1String("publicKey"), QLatin1String("nonce"),
                                 QLatin1String("wrappedSecret"), QLatin1String("sealedKey")}))
        return corruptError("slot fields");

    Slot slot;
    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isString())
        return corruptError("slot id");
    slot.id = id.toString();
    // Only the exact spelling we write, so the bytes under the MAC have one form.
    const QUuid uuid = QUuid::fromString(slot.id);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != slot.id)
        return corruptError("slot id");

    const QJsonValue kind = object.value(QLatin1String("kind"));
    if (kind == QJsonValue(kKindAccount))
        slot.kind = SlotKind::Account;
    else if (kind == QJsonValue(kKindRecovery))
        slot.kind = SlotKind::Recovery;
    else
        return corruptError("slot kind");

    const QJsonValue login = object.value(QLatin1String("login"));
    if (!login.isString())
        return corruptError("slot login");
    slot.login = login.toString();
    if ((slot.kind == SlotKind::Account) == slot.login.isEmpty())
        return corruptError("slot login");

    const QJsonValue kdfValue = object.value(QLatin1String("kdf"));
    if (!kdfValue.isObject())
        return corruptError("slot kdf");
    const QJsonObject kdf = kdfValue.toObject();
    if (!hasExactlyKeys(kdf, {QLatin1String("alg"), QLatin1String("ops"), QLatin1String("mem")}) ||
        kdf.value(QLatin1String("alg")) != QJsonValue(kKdfAlgorithm))
        return corruptError("slot kdf");
    const auto ops = toWholeNumber(kdf.value(QLatin1String("ops")));
    const auto mem = toWholeNumber(kdf.value(QLatin1String("mem")));
    if (!ops || !mem)
        return corruptError("slot kdf");
    slot.kdf = KdfParams{*ops, *mem};
    if (!slot.kdf.isAcceptable())
        return corruptError("slot kdf outside accepted bounds");

    struct Field
    {
        const char* name;
        std::size_t size;
        QByteArray* target;
    };
    const Field fields[] = {
        {"salt", crypto_pwhash_SALTBYTES, &slot.salt},
        {"publicKey", crypto_box_PUBLICKEYBYTES, &slot.publicKey},
        {"nonce", crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &slot.nonce},
        {"wrappedSecret", crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES,
         &slot.wrappedSecret},
        {"sealedKey", KeySlotFile::kDatabaseKeySize + crypto_box_SEALBYTES, &slot.sealedKey},
    };
    for (const Field& field : fields) {
        auto bytes =
            fromBase64(object.value(QLatin1String(field.name)), static_cast<qsizetype>(field.size));
        if (!bytes)
            return corruptError(field.name);
        *field.target = *bytes;
    }
    return slot;
}

/// Characters people type between the groups of a recovery code: hyphens, dashes, minus signs and
/// the long-vowel mark (ー), which a Japanese IME produces for the '-' key.
bool isHyphenLike(char16_t c)
{
    return c == u'-' || (c >= u'\u2010' && c <= u'\u2015') || c == u'\u2212' || c == u'\u30FC' ||
           c == u'\uFF70';
}

QByteArray checksumLine(const QByteArray& body)
{
    QByteArray checksum(kChecksumSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(checksum.data()), kChecksumSize,
                       bytesOf(body), static_cast<unsigned long long>(body.size()), nullptr, 0);
    return QByteArray(kChecksumPrefix) + checksum.toHex() + '\n';
}

} // namespace

// --- KdfParams ---------------------------------------------------------------------------------

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool KdfParams::isAcceptable() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= kMaxOpsLimit &&
           memLimitBytes >= crypto_pwhash_MEMLIMIT_MIN && memLimitBytes <= kMaxMemLimit;
}

// --- KeySlotFile -------------------------------------------------------------------------------

struct KeySlotFile::Private
{
    QByteArray keyId; // key check value of the database key
    QByteArray mac;   // over keyId and every slot, keyed by a subkey of the database key
    std::vector<Slot> slotList;

    const Slot* findAccount(const QString& login) const
    {
        for (const Slot& slot : slotList) {
            if (slot.kind == SlotKind::Account && slot.login == login)
                return &slot;
        }
        return nullptr;
    }
    const Slot* findRecovery() const { return findKind(SlotKind::Recovery); }
    const Slot* findKind(SlotKind kind) const
    {
        for (const Slot& slot : slotList) {
            if (slot.kind == kind)
                return &slot;
        }
        return nullptr;
    }

    Status checkDatabaseKey(const SecureBuffer& databaseKey) const
    {
        if (!isDatabaseKey(databaseKey) || !equalBytes(keyIdFor(databaseKey), keyId))
            return wrongKeyError();
        return {};
    }

    /// Replaces the slot list (and the MAC over it) in one step, so a failure changes nothing.
    Status commit(std::vector<Slot> newSlotList, const SecureBuffer& databaseKey)
    {
        const QByteArray newKeyId = keyIdFor(databaseKey);
        const QByteArray newMac = macFor(databaseKey, newKeyId, newSlotList);
        if (newKeyId.isEmpty() || newMac.isEmpty())
            return cryptoError("subkey");
        keyId = newKeyId;
        mac = newMac;
        slotList = std::move(newSlotList);
        return {};
    }

    /// Opens slot with secret and checks the whole file against the key it yields.
    Result<OpenedSlot> unlock(const Slot& slot, const SecureBuffer& secret) const
    {
        if (!secret.isValid())
            return Error{ErrorCode::InvalidInput, KeySlotFile::tr("No password was given.")};
        auto opened = openSlot(slot, secret);
        if (!opened)
            return opened;
        if (!equalBytes(keyIdFor(opened->databaseKey), keyId))
            return alteredError("key id mismatch");
        if (!equalBytes(macFor(opened->databaseKey, keyId, slotList), mac))
            return alteredError("mac mismatch");
        return opened;
    }
};

KeySlotFile::KeySlotFile() : d(std::make_unique<Private>()) {}
KeySlotFile::KeySlotFile(KeySlotFile&&) noexcept = default;
KeySlotFile& KeySlotFile::operator=(KeySlotFile&&) noexcept = default;
KeySlotFile::~KeySlotFile() = default;

Result<KeySlotFile> KeySlotFile::create(const SecureBuffer& databaseKey)
{
    if (!initializeSodium())
        return cryptoError("sodium_init");
    if (!isDatabaseKey(databaseKey))
        return Error{ErrorCode::InvalidInput, tr("The database key has the wrong size.")};
    KeySlotFile file;
    if (Status committed = file.d->commit({}, databaseKey); !committed)
        return committed;
    return file;
}

Result<KeySlotFile> KeySlotFile::load(const QString& path)
{
    if (!initializeSodium())
        return cryptoError("sodium_init");
    QFile device(path);
    if (!device.exists())
        return Error{ErrorCode::KeySlotFileMissing,
                     tr("The key file beside the database is missing.")};
    if (!device.open(QIODevice::ReadOnly)) {
        qCWarning(lcKeySlots, "cannot open key slot file: %s",
                  qUtf8Printable(device.errorString()));
        return Error{ErrorCode::Io, tr("The key file cannot be read.")};
    }
    if (device.size() > kMaxFileSize)
        return corruptError("file too large");
    const QByteArray data = device.read(kMaxFileSize + 1);
    if (data.size() > kMaxFileSize)
        return corruptError("file too large");

    // Envelope: magic line, JSON line, checksum line.
    const QByteArray magic(kMagicLine);
    if (!data.startsWith(magic))
        return corruptError("magic");
    const qsizetype jsonEnd = data.indexOf('\n', magic.size());
    if (jsonEnd < 0)
        return corruptError("truncated");
    const QByteArray body = data.left(jsonEnd + 1);
    if (data.mid(jsonEnd + 1) != checksumLine(body))
        return corruptError("checksum");

    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(data.mid(magic.size(), jsonEnd - magic.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return corruptError("json");
    const QJsonObject root = document.object();

    const auto format = toWholeNumber(root.value(QLatin1String("format")));
    if (!format || *format < 1)
        return corruptError("format version");
    if (*format > kFormatVersion)
        return Error{ErrorCode::InvalidInput,
                     tr("The key file was written by a newer version of Madoguchi. Update "
                        "Madoguchi to open it.")};
    if (!hasExactlyKeys(root, {QLatin1String("format"), QLatin1String("keyId"),
                               QLatin1String("mac"), QLatin1String("slots")}))
        return corruptError("top-level fields");

    KeySlotFile file;
    auto keyId = fromBase64(root.value(QLatin1String("keyId")), kKeyIdSize);
    auto mac = fromBase64(root.value(QLatin1String("mac")), kMacSize);
    if (!keyId || !mac)
        return corruptError("keyId or mac");
    file.d->keyId = *keyId;
    file.d->mac = *mac;

    const QJsonValue slotList = root.value(QLatin1String("slots"));
    if (!slotList.isArray() || slotList.toArray().size() > kMaxSlots)
        return corruptError("slots");
    QSet<QString> ids;
    QSet<QString> logins;
    bool recoverySeen = false;
    bool escrowSeen = false;
    for (const QJsonValue& value : slotList.toArray()) {
        auto slot = slotFromJson(value);
        if (!slot)
            return slot.status();
        if (ids.contains(slot->id))
            return corruptError("duplicate slot id");
        ids.insert(slot->id);
        if (slot->kind == SlotKind::Recovery) {
            if (recoverySeen)
                return corruptError("two recovery slotList");
            recoverySeen = true;
        } else if (slot->kind == SlotKind::Escrow) {
            if (escrowSeen)
                return corruptError("two escrow slots");
            escrowSeen = true;
        } else {
            if (logins.contains(slot->login))
                return corruptError("duplicate login");
            logins.insert(slot->login);
        }
        file.d->slotList.push_back(std::move(slot.value()));
    }
    // One spelling per content: format 2 exactly when there is an escrow slot.
    if (static_cast<int>(*format) != formatFor(file.d->slotList))
        return corruptError("format version does not match the slots");
    return file;
}

Status KeySlotFile::save(const QString& path) const
{
    QJsonArray slotList;
    for (const Slot& slot : d->slotList)
        slotList.append(slotToJson(slot));
    const QJsonObject root{{QStringLiteral("format"), formatFor(d->slotList)},
                           {QStringLiteral("keyId"), toBase64(d->keyId)},
                           {QStringLiteral("mac"), toBase64(d->mac)},
                           {QStringLiteral("slots"), slotList}};
    const QByteArray body =
        QByteArray(kMagicLine) + QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
    const QByteArray contents = body + checksumLine(body);

    const auto ioError = [](const QFileDevice& device) {
        // The error code only: QSaveFile's messages can carry the path, which names the user.
        qCWarning(lcKeySlots, "cannot write key slot file (QFileDevice::FileError %d)",
                  static_cast<int>(device.error()));
        return Error{ErrorCode::Io, tr("The key file cannot be written.")};
    };
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QSaveFile device(path);
    if (!device.open(QIODevice::WriteOnly))
        return ioError(device);
    // The temporary file is already owner-only on Unix; say so explicitly before it gets a name.
    device.setPermissions(ownerOnly);
    if (device.write(contents) != contents.size()) {
        device.cancelWriting();
        return ioError(device);
    }
    if (!device.commit())
        return ioError(device);
    if (!QFile::setPermissions(path, ownerOnly)) {
        qCWarning(lcKeySlots, "cannot restrict key slot file permissions");
        return Error{ErrorCode::Io, tr("The key file's permissions cannot be restricted.")};
    }
    return {};
}

QStringList KeySlotFile::accountLogins() const
{
    QStringList logins;
    for (const Slot& slot : d->slotList) {
        if (slot.kind == SlotKind::Account)
            logins.append(slot.login);
    }
    return logins;
}

bool KeySlotFile::hasAccount(const QString& login) const
{
    return d->findAccount(login) != nullptr;
}

bool KeySlotFile::hasRecoverySlot() const
{
    return d->findRecovery() != nullptr;
}

std::optional<KdfParams> KeySlotFile::accountKdfParams(const QString& login) const
{
    if (const Slot* slot = d->findAccount(login))
        return slot->kdf;
    return std::nullopt;
}

Result<SecureBuffer> KeySlotFile::unlockAccount(const QString& login,
                                                const SecureBuffer& password) const
{
    const Slot* slot = d->findAccount(login);
    if (!slot)
        return unknownAccountError();
    auto opened = d->unlock(*slot, password);
    if (!opened)
        return opened.status();
    return std::move(opened->databaseKey);
}

Result<SecureBuffer> KeySlotFile::unlockWithRecoveryCode(QStringView recoveryCode) const
{
    const Slot* slot = d->findRecovery();
    if (!slot)
        return Error{ErrorCode::UnknownAccount, tr("This key file has no recovery slot.")};
    auto raw = parseRecoveryCode(recoveryCode);
    if (!raw)
        return raw.status();
    auto opened = d->unlock(*slot, raw.value());
    if (!opened) {
        if (opened.code() == ErrorCode::WrongPassword)
            return Error{ErrorCode::WrongPassword, tr("The recovery code is not correct.")};
        return opened.status();
    }
    return std::move(opened->databaseKey);
}

Status KeySlotFile::addAccount(const QString& login, const SecureBuffer& password,
                               const SecureBuffer& databaseKey, KdfParams kdf)
{
    if (Status checked = d->checkDatabaseKey(databaseKey); !checked)
        return checked;
    if (login.trimmed().isEmpty() || login.trimmed() != login)
        return Error{ErrorCode::InvalidInput, tr("The login is empty or has spaces around it.")};
    if (!password.isValid() || password.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The password is empty.")};
    if (d->findAccount(login))
        return Error{ErrorCode::AlreadyExists, tr("That login already has a key slot.")};
    auto slot = makeSlot(SlotKind::Account, login, password, databaseKey, kdf);
    if (!slot)
        return slot.status();
    std::vector<Slot> slotList = d->slotList;
    slotList.push_back(std::move(slot.value()));
    return d->commit(std::move(slotList), databaseKey);
}

Status KeySlotFile::changePassword(const QString& login, const SecureBuffer& oldPassword,
                                   const SecureBuffer& newPassword, const SecureBuffer& databaseKey)
{
    const Slot* slot = d->findAccount(login);
    if (!slot)
        return unknownAccountError();
    auto opened = d->unlock(*slot, oldPassword);
    if (!opened)
        return opened.status();
    if (!isDatabaseKey(databaseKey) || !opened->databaseKey.equals(databaseKey))
        return wrongKeyError();
    if (!newPassword.isValid() || newPassword.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The password is empty.")};

    // Same key pair and sealed key, same cost; new salt and nonce.
    Slot rewrapped = *slot;
    if (Status wrapped = wrapSecretKey(rewrapped, newPassword, opened->secretKey); !wrapped)
        return wrapped;
    std::vector<Slot> slotList = d->slotList;
    for (Slot& candidate : slotList) {
        if (candidate.id == rewrapped.id)
            candidate = rewrapped;
    }
    return d->commit(std::move(slotList), databaseKey);
}

Status KeySlotFile::resetPassword(const QString& login, const SecureBuffer& newPassword,
                                  const SecureBuffer& databaseKey, KdfParams kdf)
{
    if (Status checked = d->checkDatabaseKey(databaseKey); !checked)
        return checked;
    const Slot* existing = d->findAccount(login);
    if (!existing)
        return unknownAccountError();
    if (!newPassword.isValid() || newPassword.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The password is empty.")};
    auto slot = makeSlot(SlotKind::Account, login, newPassword, databaseKey, kdf);
    if (!slot)
        return slot.status();
    const QString replacedId = existing->id;
    std::vector<Slot> slotList = d->slotList;
    for (Slot& candidate : slotList) {
        if (candidate.id == replacedId)
            candidate = slot.value();
    }
    return d->commit(std::move(slotList), databaseKey);
}

Status KeySlotFile::removeAccount(const QString& login, const SecureBuffer& databaseKey)
{
    if (Status checked = d->checkDatabaseKey(databaseKey); !checked)
        return checked;
    if (!d->findAccount(login))
        return unknownAccountError();
    std::vector<Slot> slotList = d->slotList;
    std::erase_if(slotList, [&](const Slot& slot) {
        return slot.kind == SlotKind::Account && slot.login == login;
    });
    return d->commit(std::move(slotList), databaseKey);
}

Result<QString> KeySlotFile::createRecoverySlot(const SecureBuffer& databaseKey, KdfParams kdf)
{
    if (Status checked = d->checkDatabaseKey(databaseKey); !checked)
        return checked;
    const SecureBuffer raw = SecureBuffer::random(kRecoveryCodeBytes);
    if (!raw.isValid())
        return cryptoError("guarded allocation");
    auto slot = makeSlot(SlotKind::Recovery, QString(), raw, databaseKey, kdf);
    if (!slot)
        return slot.status();
    std::vector<Slot> slotList = d->slotList;
    std::erase_if(slotList, [](const Slot& s) { return s.kind == SlotKind::Recovery; });
    slotList.push_back(std::move(slot.value()));
    if (Status committed = d->commit(std::move(slotList), databaseKey); !committed)
        return committed;
    return formatRecoveryCode(raw);
}

Status KeySlotFile::rewrapAll(const SecureBuffer& currentKey, const SecureBuffer& newDatabaseKey)
{
    if (Status checked = d->checkDatabaseKey(currentKey); !checked)
        return checked;
    if (!isDatabaseKey(newDatabaseKey))
        return Error{ErrorCode::InvalidInput, tr("The database key has the wrong size.")};
    std::vector<Slot> slotList = d->slotList;
    for (Slot& slot : slotList) {
        if (Status sealed = sealDatabaseKey(slot, newDatabaseKey); !sealed)
            return sealed;
    }
    return d->commit(std::move(slotList), newDatabaseKey);
}

bool KeySlotFile::hasEscrowSlot() const
{
    return d->findKind(SlotKind::Escrow) != nullptr;
}

QByteArray KeySlotFile::escrowPublicKey() const
{
    const Slot* slot = d->findKind(SlotKind::Escrow);
    return slot ? slot->publicKey : QByteArray();
}

Status KeySlotFile::addEscrowSlot(const QByteArray& publicKey, const SecureBuffer& databaseKey)
{
    if (Status checked = d->checkDatabaseKey(databaseKey); !checked)
        return checked;
    if (publicKey.size() != static_cast<qsizetype>(crypto_box_PUBLICKEYBYTES))
        return Error{ErrorCode::InvalidInput, tr("The escrow key has the wrong size.")};
    Slot slot;
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.kind = SlotKind::Escrow;
    slot.publicKey = publicKey;
    if (Status sealed = sealDatabaseKey(slot, databaseKey); !sealed)
        return sealed;
    std::vector<Slot> slotList = d->slotList;
    std::erase_if(slotList, [](const Slot& s) { return s.kind == SlotKind::Escrow; });
    slotList.push_back(std::move(slot));
    return d->commit(std::move(slotList), databaseKey);
}

Result<SecureBuffer> KeySlotFile::unlockWithEscrowSecret(const SecureBuffer& secret) const
{
    const Slot* slot = d->findKind(SlotKind::Escrow);
    if (!slot)
        return Error{ErrorCode::UnknownAccount,
                     tr("This key file has no escrow slot: the device was enrolled before "
                        "central accounts existed, or not at all.")};
    if (!secret.isValid() || secret.size() != crypto_box_SECRETKEYBYTES)
        return Error{ErrorCode::InvalidInput, tr("The escrow key has the wrong size.")};
    unsigned char derivedPublic[crypto_box_PUBLICKEYBYTES];
    if (crypto_scalarmult_base(derivedPublic, secret.data()) != 0 ||
        sodium_memcmp(derivedPublic, slot->publicKey.constData(), sizeof derivedPublic) != 0)
        return Error{ErrorCode::WrongPassword,
                     tr("The escrow key from the central store does not belong to this "
                        "device's key file.")};
    SecureBuffer databaseKey(kDatabaseKeySize);
    if (!databaseKey.isValid())
        return cryptoError("guarded allocation");
    if (crypto_box_seal_open(databaseKey.data(), bytesOf(slot->sealedKey),
                             static_cast<unsigned long long>(slot->sealedKey.size()),
                             bytesOf(slot->publicKey), secret.data()) != 0)
        return alteredError("escrow sealed key does not open");
    if (!equalBytes(keyIdFor(databaseKey), d->keyId))
        return alteredError("key id mismatch");
    if (!equalBytes(macFor(databaseKey, d->keyId, d->slotList), d->mac))
        return alteredError("mac mismatch");
    return databaseKey;
}

Result<SecureBuffer> KeySlotFile::parseRecoveryCode(QStringView code)
{
    const Error malformed{ErrorCode::InvalidInput,
                          tr("A recovery code has 32 letters and digits (A-Z, 2-7), usually "
                             "written in groups of four.")};
    SecureBuffer digits(kRecoveryCodeDigits);
    if (!digits.isValid())
        return cryptoError("guarded allocation");
    std::size_t count = 0;
    for (const QChar c : code) {
        char16_t upper = c.unicode();
        // A Japanese IME in full-width mode types Ａ-Ｚ, ０-９ and －.
        if (upper >= u'\uFF01' && upper <= u'\uFF5E')
            upper = static_cast<char16_t>(upper - 0xFEE0);
        if (QChar::isSpace(upper) || isHyphenLike(upper))
            continue;
        if (upper >= u'a' && upper <= u'z')
            upper = static_cast<char16_t>(upper - u'a' + u'A');
        // Characters people misread: base32 has no 0, 1 or 8.
        if (upper == u'0')
            upper = u'O';
        else if (upper == u'1')
            upper = u'I';
        else if (upper == u'8')
            upper = u'B';
        const int value = base32::digitValue(upper);
        if (value < 0 || count == kRecoveryCodeDigits)
            return malformed;
        digits.data()[count++] = static_cast<unsigned char>(value);
    }
    if (count != kRecoveryCodeDigits)
        return malformed;
    SecureBuffer raw = base32::decodeDigits(digits.data(), digits.size());
    if (!raw.isValid())
        return cryptoError("guarded allocation");
    return raw;
}

QString KeySlotFile::formatRecoveryCode(const SecureBuffer& raw)
{
    if (!raw.isValid())
        return {};
    const QString plain = base32::encode(raw.data(), raw.size());
    QString grouped;
    grouped.reserve(plain.size() + plain.size() / 4);
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped.append(QLatin1Char('-'));
        grouped.append(plain.at(i));
    }
    return grouped;
}

QString keySlotPathFor(const QString& databasePath)
{
    return databasePath + QLatin1String(".keys");
}

} // namespace madoguchi::security
