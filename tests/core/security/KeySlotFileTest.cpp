// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/KeySlotFile.h"

#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>
#include <cstring>
#include <optional>
#include <random>
#include <sodium.h>
#include <sys/stat.h>
#include <vector>

using namespace madoguchi;
using namespace madoguchi::security;
using madoguchi::test::fastKdf;
using madoguchi::test::readAll;
using madoguchi::test::secret;

namespace {

const QString kAlice = QStringLiteral("alice");
const QString kBob = QStringLiteral("bob");
const QByteArray kMagicLine("MADOGUCHI-KEYSLOTS\n");

#define REQUIRE_OK(result)                                                                         \
    do {                                                                                           \
        INFO((result).message().toStdString());                                                    \
        REQUIRE((result).ok());                                                                    \
    } while (false)

bool writeFile(const QString& path, const QByteArray& bytes)
{
    // A new file rather than a truncated one: ext4 flushes truncated files on close, which makes
    // thousands of rewrites take seconds.
    QFile::remove(path);
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

/// The file an attacker without the key can write: any JSON, with a correct checksum.
QByteArray fileWithChecksum(const QByteArray& jsonLine)
{
    const QByteArray body = kMagicLine + jsonLine + '\n';
    return body + "BLAKE2B-256 " +
           QCryptographicHash::hash(body, QCryptographicHash::Blake2b_256).toHex() + '\n';
}

QByteArray fileFromJson(const QJsonObject& root)
{
    return fileWithChecksum(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

QByteArray jsonLineOf(const QByteArray& file)
{
    const QList<QByteArray> lines = file.split('\n');
    return lines.size() >= 2 ? lines.at(1) : QByteArray();
}

QJsonObject jsonOf(const QByteArray& file)
{
    return QJsonDocument::fromJson(jsonLineOf(file)).object();
}

QJsonObject slotFor(const QJsonObject& root, const QString& login)
{
    for (const QJsonValue& slot : root.value(QLatin1String("slots")).toArray()) {
        if (slot.toObject().value(QLatin1String("login")).toString() == login)
            return slot.toObject();
    }
    return {};
}

QJsonObject recoverySlotOf(const QJsonObject& root)
{
    for (const QJsonValue& slot : root.value(QLatin1String("slots")).toArray()) {
        if (slot.toObject().value(QLatin1String("kind")).toString() == QLatin1String("recovery"))
            return slot.toObject();
    }
    return {};
}

QByteArray bytesOf(const SecureBuffer& buffer)
{
    return QByteArray(reinterpret_cast<const char*>(buffer.data()),
                      static_cast<qsizetype>(buffer.size()));
}

/// A file with accounts alice and bob and a recovery slot, all at the minimum KDF cost.
struct Fixture
{
    QTemporaryDir dir;
    QString path;
    SecureBuffer databaseKey = SecureBuffer::random(KeySlotFile::kDatabaseKeySize);
    std::optional<KeySlotFile> file;
    QString recoveryCode;

    Fixture()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("case.db.keys"));
        auto created = KeySlotFile::create(databaseKey);
        REQUIRE_OK(created);
        file.emplace(std::move(created.value()));
        const Status alice = file->addAccount(kAlice, secret("alice-pw"), databaseKey, fastKdf());
        REQUIRE_OK(alice);
        const Status bob = file->addAccount(kBob, secret("bob-pw"), databaseKey, fastKdf());
        REQUIRE_OK(bob);
        auto code = file->createRecoverySlot(databaseKey, fastKdf());
        REQUIRE_OK(code);
        recoveryCode = code.value();
        const Status saved = file->save(path);
        REQUIRE_OK(saved);
    }

    KeySlotFile reload() const
    {
        auto loaded = KeySlotFile::load(path);
        REQUIRE_OK(loaded);
        return std::move(loaded.value());
    }

    /// Writes bytes to a sibling path and loads it.
    Result<KeySlotFile> loadBytes(const QByteArray& bytes) const
    {
        const QString other = dir.filePath(QStringLiteral("variant.keys"));
        REQUIRE(writeFile(other, bytes));
        return KeySlotFile::load(other);
    }

    /// The bytes save() writes for the in-memory file now.
    QByteArray savedBytes() const
    {
        const QString other = dir.filePath(QStringLiteral("snapshot.keys"));
        REQUIRE(file->save(other).ok());
        return readAll(other);
    }
};

/// Thousands of rejected files would each log a warning.
struct QuietKeySlotLog
{
    QuietKeySlotLog()
    {
        QLoggingCategory::setFilterRules(
            QStringLiteral("madoguchi.security.keyslots.warning=false"));
    }
    ~QuietKeySlotLog() { QLoggingCategory::setFilterRules(QString()); }
};

bool unlocksTo(const KeySlotFile& file, const QString& login, const char* password,
               const SecureBuffer& expected)
{
    auto key = file.unlockAccount(login, secret(password));
    return key.ok() && key->equals(expected);
}

} // namespace

TEST_CASE("Key slots: a saved file loads and unlocks to the same database key", "[keyslots]")
{
    Fixture f;
    const KeySlotFile loaded = f.reload();
    CHECK(loaded.accountLogins() == QStringList{kAlice, kBob});
    CHECK(loaded.hasAccount(kAlice));
    CHECK_FALSE(loaded.hasAccount(QStringLiteral("carol")));
    CHECK(loaded.hasRecoverySlot());

    auto key = loaded.unlockAccount(kAlice, secret("alice-pw"));
    REQUIRE_OK(key);
    CHECK(key->size() == KeySlotFile::kDatabaseKeySize);
    CHECK(key->equals(f.databaseKey));
    CHECK(unlocksTo(loaded, kBob, "bob-pw", f.databaseKey));

    // The in-memory file unlocks the same way, and the database key never appears in the file.
    CHECK(unlocksTo(*f.file, kAlice, "alice-pw", f.databaseKey));
    CHECK_FALSE(readAll(f.path).contains(bytesOf(f.databaseKey)));
    CHECK(keySlotPathFor(QStringLiteral("/data/madoguchi.db")) ==
          QStringLiteral("/data/madoguchi.db.keys"));
}

TEST_CASE("Key slots: a wrong password is WrongPassword and leaves the file untouched",
          "[keyslots]")
{
    Fixture f;
    const QByteArray before = readAll(f.path);
    const KeySlotFile loaded = f.reload();
    auto key = loaded.unlockAccount(kAlice, secret("bob-pw"));
    REQUIRE_FALSE(key.ok());
    CHECK(key.code() == ErrorCode::WrongPassword);
    CHECK(key.message() == QStringLiteral("The password is not correct."));
    CHECK(loaded.unlockAccount(kAlice, secret("")).code() == ErrorCode::WrongPassword);
    CHECK(readAll(f.path) == before);
    CHECK(unlocksTo(loaded, kAlice, "alice-pw", f.databaseKey));
}

TEST_CASE("Key slots: an unknown login is UnknownAccount", "[keyslots]")
{
    Fixture f;
    KeySlotFile loaded = f.reload();
    CHECK(loaded.unlockAccount(QStringLiteral("carol"), secret("alice-pw")).code() ==
          ErrorCode::UnknownAccount);
    // Logins are exact: no case folding that could make two accounts collide.
    CHECK(loaded.unlockAccount(QStringLiteral("Alice"), secret("alice-pw")).code() ==
          ErrorCode::UnknownAccount);
    CHECK(loaded.changePassword(QStringLiteral("carol"), secret("a"), secret("b"), f.databaseKey)
              .code() == ErrorCode::UnknownAccount);
}

TEST_CASE("Key slots: recovery codes are 32 base32 characters in groups of four", "[keyslots]")
{
    Fixture f;
    static const QRegularExpression grouped(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$"));
    CHECK(grouped.match(f.recoveryCode).hasMatch());

    // RFC 4648 test vector "fooba" → "MZXW6YTB", four times.
    const SecureBuffer fooba = SecureBuffer::copyOf("foobafoobafoobafooba", 20);
    CHECK(KeySlotFile::formatRecoveryCode(fooba) ==
          QStringLiteral("MZXW-6YTB-MZXW-6YTB-MZXW-6YTB-MZXW-6YTB"));
    CHECK(KeySlotFile::formatRecoveryCode(SecureBuffer(20)) ==
          QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"));

    for (int i = 0; i < 50; ++i) {
        const SecureBuffer raw = SecureBuffer::random(20);
        const QString code = KeySlotFile::formatRecoveryCode(raw);
        CHECK(grouped.match(code).hasMatch());
        auto parsed = KeySlotFile::parseRecoveryCode(code);
        REQUIRE_OK(parsed);
        CHECK(parsed->equals(raw));
    }
}

TEST_CASE("Key slots: the recovery code unlocks, ignoring case, spaces and misread digits",
          "[keyslots]")
{
    Fixture f;
    const KeySlotFile loaded = f.reload();
    auto key = loaded.unlockWithRecoveryCode(f.recoveryCode);
    REQUIRE_OK(key);
    CHECK(key->equals(f.databaseKey));

    QString typed = f.recoveryCode.toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    const QString spaced = QStringLiteral("  ") + typed + QStringLiteral(" ");
    auto lower = loaded.unlockWithRecoveryCode(spaced);
    REQUIRE_OK(lower);
    CHECK(lower->equals(f.databaseKey));

    QString bare = f.recoveryCode;
    bare.remove(QLatin1Char('-'));
    CHECK(loaded.unlockWithRecoveryCode(bare).ok());

    // 0, 1 and 8 are read as O, I and B.
    const QString misread = f.recoveryCode.toUpper()
                                .replace(QLatin1Char('O'), QLatin1Char('0'))
                                .replace(QLatin1Char('I'), QLatin1Char('1'))
                                .replace(QLatin1Char('B'), QLatin1Char('8'));
    CHECK(loaded.unlockWithRecoveryCode(misread).ok());

    // Full-width letters and digits and a long-vowel mark for the hyphen, as a Japanese IME types.
    QString fullWidth;
    for (const QChar c : f.recoveryCode) {
        fullWidth.append(c == QLatin1Char('-') ? QChar(0x30FC)
                                               : QChar(char16_t(c.unicode() + 0xFEE0)));
    }
    auto wide = loaded.unlockWithRecoveryCode(fullWidth);
    REQUIRE_OK(wide);
    CHECK(wide->equals(f.databaseKey));
    auto parsed =
        KeySlotFile::parseRecoveryCode(QStringLiteral("0000-1111-8888-AAAA-AAAA-AAAA-AAAA-AAAA"));
    REQUIRE_OK(parsed);
    auto same =
        KeySlotFile::parseRecoveryCode(QStringLiteral("OOOO-IIII-BBBB-AAAA-AAAA-AAAA-AAAA-AAAA"));
    REQUIRE_OK(same);
    CHECK(parsed->equals(same.value()));
}

TEST_CASE("Key slots: a mistyped recovery code is WrongPassword", "[keyslots]")
{
    Fixture f;
    const KeySlotFile loaded = f.reload();
    QString typo = f.recoveryCode;
    typo[0] = typo[0] == QLatin1Char('A') ? QLatin1Char('C') : QLatin1Char('A');
    auto key = loaded.unlockWithRecoveryCode(typo);
    REQUIRE_FALSE(key.ok());
    CHECK(key.code() == ErrorCode::WrongPassword);
}

TEST_CASE("Key slots: a malformed recovery code is InvalidInput", "[keyslots]")
{
    Fixture f;
    const KeySlotFile loaded = f.reload();
    QString bare = f.recoveryCode;
    bare.remove(QLatin1Char('-'));
    const QString malformed[] = {
        QString(),
        QStringLiteral("----"),
        bare.left(31),                    // one character short
        bare + QLatin1Char('A'),          // one too many
        bare.left(31) + QLatin1Char('9'), // 9 is not base32
        bare.left(31) + QLatin1Char('!'), // punctuation
        bare.left(31) + QChar(0x00C9),    // É
        bare.left(31) + QChar(0x3042),    // あ
        bare.left(31) + QLatin1Char('='), // padding is never part of a code
    };
    for (const QString& code : malformed) {
        auto parsed = KeySlotFile::parseRecoveryCode(code);
        CHECK(parsed.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(parsed.message().isEmpty());
        CHECK(loaded.unlockWithRecoveryCode(code).code() == ErrorCode::InvalidInput);
    }
}

TEST_CASE("Key slots: changing a password rewraps only that slot", "[keyslots]")
{
    Fixture f;
    KeySlotFile loaded = f.reload();
    const QJsonObject before = jsonOf(readAll(f.path));

    const Status changed =
        loaded.changePassword(kAlice, secret("alice-pw"), secret("alice-new"), f.databaseKey);
    REQUIRE_OK(changed);
    CHECK(loaded.unlockAccount(kAlice, secret("alice-pw")).code() == ErrorCode::WrongPassword);
    CHECK(unlocksTo(loaded, kAlice, "alice-new", f.databaseKey));

    REQUIRE(loaded.save(f.path).ok());
    const KeySlotFile reloaded = f.reload();
    CHECK(reloaded.unlockAccount(kAlice, secret("alice-pw")).code() == ErrorCode::WrongPassword);
    CHECK(unlocksTo(reloaded, kAlice, "alice-new", f.databaseKey));
    CHECK(unlocksTo(reloaded, kBob, "bob-pw", f.databaseKey));
    CHECK(reloaded.unlockWithRecoveryCode(f.recoveryCode).ok());

    const QJsonObject after = jsonOf(readAll(f.path));
    CHECK(slotFor(after, kBob) == slotFor(before, kBob));
    CHECK(recoverySlotOf(after) == recoverySlotOf(before));
    const QJsonObject aliceBefore = slotFor(before, kAlice);
    const QJsonObject aliceAfter = slotFor(after, kAlice);
    // Same slot and key pair, new salt and ciphertext.
    CHECK(aliceAfter.value(QLatin1String("id")) == aliceBefore.value(QLatin1String("id")));
    CHECK(aliceAfter.value(QLatin1String("publicKey")) ==
          aliceBefore.value(QLatin1String("publicKey")));
    CHECK(aliceAfter.value(QLatin1String("kdf")) == aliceBefore.value(QLatin1String("kdf")));
    CHECK(aliceAfter.value(QLatin1String("salt")) != aliceBefore.value(QLatin1String("salt")));
    CHECK(aliceAfter.value(QLatin1String("wrappedSecret")) !=
          aliceBefore.value(QLatin1String("wrappedSecret")));
}

TEST_CASE("Key slots: a wrong old password or key changes nothing", "[keyslots]")
{
    Fixture f;
    const QByteArray before = f.savedBytes();
    const Status wrongOld =
        f.file->changePassword(kAlice, secret("not-it"), secret("alice-new"), f.databaseKey);
    CHECK(wrongOld.code() == ErrorCode::WrongPassword);
    CHECK(f.savedBytes() == before);

    const SecureBuffer otherKey = SecureBuffer::random(KeySlotFile::kDatabaseKeySize);
    const Status wrongKey =
        f.file->changePassword(kAlice, secret("alice-pw"), secret("alice-new"), otherKey);
    CHECK(wrongKey.code() == ErrorCode::InvalidInput);
    CHECK(f.savedBytes() == before);
    CHECK(unlocksTo(*f.file, kAlice, "alice-pw", f.databaseKey));
}

TEST_CASE("Key slots: operations that need the database key refuse another key", "[keyslots]")
{
    Fixture f;
    const QByteArray before = f.savedBytes();
    const SecureBuffer otherKey = SecureBuffer::random(KeySlotFile::kDatabaseKeySize);
    const SecureBuffer shortKey = SecureBuffer::random(16);

    for (const SecureBuffer* key : {&otherKey, &shortKey}) {
        CHECK(f.file->addAccount(QStringLiteral("carol"), secret("c"), *key, fastKdf()).code() ==
              ErrorCode::InvalidInput);
        CHECK(f.file->resetPassword(kAlice, secret("x"), *key, fastKdf()).code() ==
              ErrorCode::InvalidInput);
        CHECK(f.file->removeAccount(kBob, *key).code() == ErrorCode::InvalidInput);
        CHECK(f.file->createRecoverySlot(*key, fastKdf()).code() == ErrorCode::InvalidInput);
        CHECK(f.file->rewrapAll(*key, SecureBuffer::random(32)).code() == ErrorCode::InvalidInput);
    }
    CHECK(f.file->rewrapAll(f.databaseKey, shortKey).code() == ErrorCode::InvalidInput);
    CHECK(KeySlotFile::create(shortKey).code() == ErrorCode::InvalidInput);
    CHECK(f.savedBytes() == before);
}

TEST_CASE("Key slots: addAccount refuses duplicates, blank logins and empty passwords",
          "[keyslots]")
{
    Fixture f;
    const QByteArray before = f.savedBytes();
    CHECK(f.file->addAccount(kAlice, secret("again"), f.databaseKey, fastKdf()).code() ==
          ErrorCode::AlreadyExists);
    CHECK(f.file->addAccount(QString(), secret("pw"), f.databaseKey, fastKdf()).code() ==
          ErrorCode::InvalidInput);
    CHECK(f.file->addAccount(QStringLiteral(" carol"), secret("pw"), f.databaseKey, fastKdf())
              .code() == ErrorCode::InvalidInput);
    CHECK(
        f.file->addAccount(QStringLiteral("carol"), secret(""), f.databaseKey, fastKdf()).code() ==
        ErrorCode::InvalidInput);
    CHECK(f.savedBytes() == before);

    const QString japanese = QStringLiteral("山田");
    REQUIRE(f.file->addAccount(japanese, secret("pw"), f.databaseKey, fastKdf()).ok());
    REQUIRE(f.file->save(f.path).ok());
    CHECK(unlocksTo(f.reload(), japanese, "pw", f.databaseKey));
}

TEST_CASE("Key slots: resetting a password replaces the slot", "[keyslots]")
{
    Fixture f;
    const Status reset = f.file->resetPassword(kAlice, secret("fresh"), f.databaseKey, fastKdf());
    REQUIRE_OK(reset);
    REQUIRE(f.file->save(f.path).ok());
    const KeySlotFile loaded = f.reload();
    CHECK(loaded.unlockAccount(kAlice, secret("alice-pw")).code() == ErrorCode::WrongPassword);
    CHECK(unlocksTo(loaded, kAlice, "fresh", f.databaseKey));
    CHECK(unlocksTo(loaded, kBob, "bob-pw", f.databaseKey));
    CHECK(loaded.accountLogins() == QStringList{kAlice, kBob});
    CHECK(f.file->resetPassword(QStringLiteral("carol"), secret("x"), f.databaseKey, fastKdf())
              .code() == ErrorCode::UnknownAccount);
}

TEST_CASE("Key slots: a removed account can no longer unlock", "[keyslots]")
{
    Fixture f;
    const Status removed = f.file->removeAccount(kBob, f.databaseKey);
    REQUIRE_OK(removed);
    CHECK(f.file->unlockAccount(kBob, secret("bob-pw")).code() == ErrorCode::UnknownAccount);
    CHECK(f.file->removeAccount(kBob, f.databaseKey).code() == ErrorCode::UnknownAccount);

    REQUIRE(f.file->save(f.path).ok());
    const KeySlotFile loaded = f.reload();
    CHECK(loaded.accountLogins() == QStringList{kAlice});
    CHECK(loaded.unlockAccount(kBob, secret("bob-pw")).code() == ErrorCode::UnknownAccount);
    CHECK(unlocksTo(loaded, kAlice, "alice-pw", f.databaseKey));
    CHECK(loaded.unlockWithRecoveryCode(f.recoveryCode).ok());
}

TEST_CASE("Key slots: a new recovery slot replaces the old one", "[keyslots]")
{
    Fixture f;
    auto code = f.file->createRecoverySlot(f.databaseKey, fastKdf());
    REQUIRE_OK(code);
    CHECK(code.value() != f.recoveryCode);
    REQUIRE(f.file->save(f.path).ok());
    const KeySlotFile loaded = f.reload();
    CHECK(loaded.unlockWithRecoveryCode(f.recoveryCode).code() == ErrorCode::WrongPassword);
    auto key = loaded.unlockWithRecoveryCode(code.value());
    REQUIRE_OK(key);
    CHECK(key->equals(f.databaseKey));
    int recoverySlots = 0;
    for (const QJsonValue& slot : jsonOf(readAll(f.path)).value(QLatin1String("slots")).toArray())
        recoverySlots += slot.toObject().value(QLatin1String("kind")) == QLatin1String("recovery");
    CHECK(recoverySlots == 1);

    // A file without a recovery slot says so.
    const SecureBuffer key2 = SecureBuffer::random(32);
    auto bare = KeySlotFile::create(key2);
    REQUIRE_OK(bare);
    CHECK_FALSE(bare->hasRecoverySlot());
    CHECK(bare->unlockWithRecoveryCode(code.value()).code() == ErrorCode::UnknownAccount);
}

TEST_CASE("Key slots: rewrapAll seals a new database key into every slot", "[keyslots]")
{
    Fixture f;
    const QJsonObject before = jsonOf(readAll(f.path));
    const SecureBuffer newKey = SecureBuffer::random(KeySlotFile::kDatabaseKeySize);
    const Status rewrapped = f.file->rewrapAll(f.databaseKey, newKey);
    REQUIRE_OK(rewrapped);
    REQUIRE(f.file->save(f.path).ok());

    const KeySlotFile loaded = f.reload();
    CHECK(unlocksTo(loaded, kAlice, "alice-pw", newKey));
    CHECK(unlocksTo(loaded, kBob, "bob-pw", newKey));
    auto recovered = loaded.unlockWithRecoveryCode(f.recoveryCode);
    REQUIRE_OK(recovered);
    CHECK(recovered->equals(newKey));

    // Passwords were not needed: the wrapped secrets are unchanged, only the sealed keys moved.
    const QJsonObject after = jsonOf(readAll(f.path));
    CHECK(slotFor(after, kAlice).value(QLatin1String("wrappedSecret")) ==
          slotFor(before, kAlice).value(QLatin1String("wrappedSecret")));
    CHECK(slotFor(after, kAlice).value(QLatin1String("sealedKey")) !=
          slotFor(before, kAlice).value(QLatin1String("sealedKey")));

    // The old key no longer belongs to the file; the new one does.
    KeySlotFile editable = f.reload();
    CHECK(editable.addAccount(QStringLiteral("carol"), secret("c"), f.databaseKey, fastKdf())
              .code() == ErrorCode::InvalidInput);
    CHECK(editable.addAccount(QStringLiteral("carol"), secret("c"), newKey, fastKdf()).ok());
}

TEST_CASE("Key slots: a missing file is KeySlotFileMissing", "[keyslots]")
{
    QTemporaryDir dir;
    auto loaded = KeySlotFile::load(dir.filePath(QStringLiteral("nothing.keys")));
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.code() == ErrorCode::KeySlotFileMissing);
    CHECK_FALSE(loaded.message().isEmpty());

    // Something that is not a readable file is an error value, not a crash.
    auto directory = KeySlotFile::load(dir.path());
    CHECK_FALSE(directory.ok());
    CHECK(directory.code() != ErrorCode::None);
}

TEST_CASE("Key slots: a file from a newer format version is refused as InvalidInput", "[keyslots]")
{
    Fixture f;
    QJsonObject root = jsonOf(readAll(f.path));
    root.insert(QLatin1String("format"), KeySlotFile::kFormatVersion + 1);
    root.insert(QLatin1String("somethingNew"), true);
    auto newer = f.loadBytes(fileFromJson(root));
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.code() == ErrorCode::InvalidInput);
    CHECK(newer.message().contains(QStringLiteral("newer version")));

    for (const QJsonValue& format : {QJsonValue(0), QJsonValue(1.5), QJsonValue(-1),
                                     QJsonValue(QStringLiteral("1")), QJsonValue()}) {
        QJsonObject odd = jsonOf(readAll(f.path));
        odd.insert(QLatin1String("format"), format);
        CHECK(f.loadBytes(fileFromJson(odd)).code() == ErrorCode::KeySlotFileCorrupt);
    }
}

TEST_CASE("Key slots: a damaged checksum or envelope is KeySlotFileCorrupt", "[keyslots]")
{
    Fixture f;
    const QByteArray good = readAll(f.path);
    QByteArray badChecksum = good;
    const qsizetype hexStart = badChecksum.lastIndexOf(' ') + 1;
    badChecksum[hexStart] = badChecksum[hexStart] == '0' ? '1' : '0';
    auto loaded = f.loadBytes(badChecksum);
    CHECK(loaded.code() == ErrorCode::KeySlotFileCorrupt);
    CHECK_FALSE(loaded.message().isEmpty());

    QByteArray upperHex = good;
    upperHex.replace(hexStart, 64, upperHex.mid(hexStart, 64).toUpper());
    if (upperHex != good) // the spelling is exact too
        CHECK(f.loadBytes(upperHex).code() == ErrorCode::KeySlotFileCorrupt);

    const QByteArray variants[] = {
        QByteArray(),
        kMagicLine,
        good + '\n',
        good + "BLAKE2B-256 00\n",
        QByteArray("MADOGUCHI-KEYSLOTZ\n") + good.mid(kMagicLine.size()),
        good.left(good.size() - 1),
        fileWithChecksum("not json"),
        fileWithChecksum("[]"),
        fileWithChecksum(""),
        fileWithChecksum(QByteArray(100000, '[')),
    };
    for (const QByteArray& bytes : variants)
        CHECK(f.loadBytes(bytes).code() == ErrorCode::KeySlotFileCorrupt);
    CHECK(f.loadBytes(good).ok());
}

TEST_CASE("Key slots: malformed fields under a valid checksum are KeySlotFileCorrupt", "[keyslots]")
{
    Fixture f;
    const QJsonObject root = jsonOf(readAll(f.path));
    const QJsonArray slotArray = root.value(QLatin1String("slots")).toArray();
    const QJsonObject alice = slotArray.at(0).toObject();
    REQUIRE(alice.value(QLatin1String("login")) == kAlice);

    const auto withSlotField = [&](const QString& key, const QJsonValue& value) {
        QJsonObject slot = alice;
        if (value.isUndefined())
            slot.remove(key);
        else
            slot.insert(key, value);
        QJsonArray changed = slotArray;
        changed.replace(0, slot);
        QJsonObject copy = root;
        copy.insert(QLatin1String("slots"), changed);
        return fileFromJson(copy);
    };
    const auto withRootField = [&](const QString& key, const QJsonValue& value) {
        QJsonObject copy = root;
        if (value.isUndefined())
            copy.remove(key);
        else
            copy.insert(key, value);
        return fileFromJson(copy);
    };
    const QJsonValue undefined(QJsonValue::Undefined);
    const QString goodSalt = alice.value(QLatin1String("salt")).toString();
    QJsonObject hugeKdf = alice.value(QLatin1String("kdf")).toObject();
    hugeKdf.insert(QLatin1String("alg"), QStringLiteral("argon2i13"));

    const QByteArray variants[] = {
        withRootField(QStringLiteral("keyId"), undefined),
        withRootField(QStringLiteral("keyId"), QStringLiteral("AAAA")),
        withRootField(QStringLiteral("mac"), 12),
        withRootField(QStringLiteral("slots"), QJsonObject()),
        withRootField(QStringLiteral("extra"), 1),
        withSlotField(QStringLiteral("kind"), QStringLiteral("admin")),
        withSlotField(QStringLiteral("kind"), undefined),
        withSlotField(QStringLiteral("id"), QStringLiteral("not-a-uuid")),
        withSlotField(QStringLiteral("id"), alice.value(QLatin1String("id")).toString().toUpper()),
        withSlotField(QStringLiteral("login"), QString()),
        withSlotField(QStringLiteral("login"), kBob), // duplicate login
        withSlotField(QStringLiteral("login"), 7),
        withSlotField(QStringLiteral("kdf"), QStringLiteral("argon2id")),
        withSlotField(QStringLiteral("kdf"), hugeKdf),
        withSlotField(QStringLiteral("salt"), goodSalt.left(goodSalt.size() - 4)),
        withSlotField(QStringLiteral("salt"), QString(goodSalt).replace(0, 1, QLatin1Char('*'))),
        withSlotField(QStringLiteral("salt"), QJsonValue()),
        withSlotField(QStringLiteral("publicKey"), QStringLiteral("AAAA")),
        withSlotField(QStringLiteral("nonce"), undefined),
        withSlotField(QStringLiteral("wrappedSecret"), QJsonArray{1, 2}),
        withSlotField(QStringLiteral("sealedKey"), goodSalt),
        withSlotField(QStringLiteral("extra"), true),
    };
    for (const QByteArray& bytes : variants)
        CHECK(f.loadBytes(bytes).code() == ErrorCode::KeySlotFileCorrupt);
    CHECK(f.loadBytes(fileFromJson(root)).ok());
}

TEST_CASE("Key slots: slots removed or swapped without the key are caught by the MAC", "[keyslots]")
{
    Fixture f;
    const QJsonObject root = jsonOf(readAll(f.path));

    // An attacker deletes bob's slot and fixes the checksum: the file loads, unlock refuses.
    QJsonArray withoutBob;
    for (const QJsonValue& slot : root.value(QLatin1String("slots")).toArray()) {
        if (slot.toObject().value(QLatin1String("login")) != kBob)
            withoutBob.append(slot);
    }
    QJsonObject removed = root;
    removed.insert(QLatin1String("slots"), withoutBob);
    auto loaded = f.loadBytes(fileFromJson(removed));
    REQUIRE_OK(loaded);
    CHECK_FALSE(loaded->hasAccount(kBob));
    auto key = loaded->unlockAccount(kAlice, secret("alice-pw"));
    REQUIRE_FALSE(key.ok());
    CHECK(key.code() == ErrorCode::KeySlotFileCorrupt);
    CHECK(key.message() == QStringLiteral("The key file has been altered."));
    CHECK(loaded->unlockWithRecoveryCode(f.recoveryCode).code() == ErrorCode::KeySlotFileCorrupt);

    // Reordering slots is an alteration too.
    QJsonArray reversed;
    for (const QJsonValue& slot : root.value(QLatin1String("slots")).toArray())
        reversed.prepend(slot);
    QJsonObject reordered = root;
    reordered.insert(QLatin1String("slots"), reversed);
    auto shuffled = f.loadBytes(fileFromJson(reordered));
    REQUIRE_OK(shuffled);
    CHECK(shuffled->unlockAccount(kAlice, secret("alice-pw")).code() ==
          ErrorCode::KeySlotFileCorrupt);

    // A slot for a password the attacker knows, transplanted from a file with another key.
    Fixture other;
    QJsonArray transplanted;
    for (const QJsonValue& slot : root.value(QLatin1String("slots")).toArray()) {
        transplanted.append(slot.toObject().value(QLatin1String("login")) == kAlice
                                ? QJsonValue(slotFor(jsonOf(readAll(other.path)), kAlice))
                                : slot);
    }
    QJsonObject swapped = root;
    swapped.insert(QLatin1String("slots"), transplanted);
    auto foreign = f.loadBytes(fileFromJson(swapped));
    REQUIRE_OK(foreign);
    CHECK(foreign->unlockAccount(kAlice, secret("alice-pw")).code() ==
          ErrorCode::KeySlotFileCorrupt);

    // Renaming a slot breaks its AEAD (login is associated data).
    QJsonArray renamedSlots = root.value(QLatin1String("slots")).toArray();
    QJsonObject renamedAlice = renamedSlots.at(0).toObject();
    renamedAlice.insert(QLatin1String("login"), QStringLiteral("mallory"));
    renamedSlots.replace(0, renamedAlice);
    QJsonObject renamed = root;
    renamed.insert(QLatin1String("slots"), renamedSlots);
    auto mallory = f.loadBytes(fileFromJson(renamed));
    REQUIRE_OK(mallory);
    CHECK(mallory->unlockAccount(QStringLiteral("mallory"), secret("alice-pw")).code() ==
          ErrorCode::WrongPassword);
}

TEST_CASE("Key slots: KDF parameters outside the accepted range are refused", "[keyslots]")
{
    CHECK(KdfParams::minimum().isAcceptable());
    CHECK(KdfParams::interactive().isAcceptable());
    CHECK(KdfParams::moderate().isAcceptable());
    CHECK(KdfParams{10, quint64(1) << 30}.isAcceptable());
    CHECK_FALSE(KdfParams{0, 1 << 20}.isAcceptable());
    CHECK_FALSE(KdfParams{11, 1 << 20}.isAcceptable());
    CHECK_FALSE(KdfParams{2, 1024}.isAcceptable());
    CHECK_FALSE(KdfParams{2, (quint64(1) << 30) + 1}.isAcceptable());
    CHECK_FALSE(KdfParams{}.isAcceptable());

    Fixture f;
    CHECK(f.file
              ->addAccount(QStringLiteral("carol"), secret("c"), f.databaseKey,
                           KdfParams{2, quint64(100) << 30})
              .code() == ErrorCode::InvalidInput);
    CHECK(f.file->createRecoverySlot(f.databaseKey, KdfParams{1000, 1 << 20}).code() ==
          ErrorCode::InvalidInput);

    // A tampered file asking for 1 TiB and 2^40 passes is refused at load, before any Argon2id.
    const QJsonObject root = jsonOf(readAll(f.path));
    const QJsonValue huge[][2] = {
        {QJsonValue(2), QJsonValue(1099511627776.0)},
        {QJsonValue(1099511627776.0), QJsonValue(8192)},
        {QJsonValue(2), QJsonValue(1e300)},
        {QJsonValue(-1), QJsonValue(8192)},
        {QJsonValue(1.5), QJsonValue(8192)},
        {QJsonValue(QStringLiteral("2")), QJsonValue(8192)},
    };
    for (const auto& params : huge) {
        QJsonArray slotArray = root.value(QLatin1String("slots")).toArray();
        QJsonObject slot = slotArray.at(0).toObject();
        QJsonObject kdf = slot.value(QLatin1String("kdf")).toObject();
        kdf.insert(QLatin1String("ops"), params[0]);
        kdf.insert(QLatin1String("mem"), params[1]);
        slot.insert(QLatin1String("kdf"), kdf);
        slotArray.replace(0, slot);
        QJsonObject tampered = root;
        tampered.insert(QLatin1String("slots"), slotArray);
        QElapsedTimer timer;
        timer.start();
        auto loaded = f.loadBytes(fileFromJson(tampered));
        CHECK(loaded.code() == ErrorCode::KeySlotFileCorrupt);
        CHECK(timer.elapsed() < 1000);
    }
}

TEST_CASE("Key slots: KDF parameters are stored with each slot", "[keyslots]")
{
    Fixture f;
    const Status added = f.file->addAccount(QStringLiteral("carol"), secret("carol-pw"),
                                            f.databaseKey, KdfParams::interactive());
    REQUIRE_OK(added);
    REQUIRE(f.file->save(f.path).ok());

    const KeySlotFile loaded = f.reload();
    CHECK(loaded.accountKdfParams(QStringLiteral("carol")) == KdfParams::interactive());
    CHECK(loaded.accountKdfParams(kAlice) == fastKdf());
    CHECK_FALSE(loaded.accountKdfParams(QStringLiteral("nobody")).has_value());
    CHECK(unlocksTo(loaded, QStringLiteral("carol"), "carol-pw", f.databaseKey));

    const QJsonObject kdf = slotFor(jsonOf(readAll(f.path)), QStringLiteral("carol"))
                                .value(QLatin1String("kdf"))
                                .toObject();
    CHECK(kdf.value(QLatin1String("alg")) == QLatin1String("argon2id13"));
    CHECK(kdf.value(QLatin1String("ops")).toInteger() == qint64(KdfParams::interactive().opsLimit));
    CHECK(kdf.value(QLatin1String("mem")).toInteger() ==
          qint64(KdfParams::interactive().memLimitBytes));
}

TEST_CASE("Key slots: the saved file is readable and writable by its owner only", "[keyslots]")
{
    Fixture f;
    struct stat info = {};
    REQUIRE(::stat(QFile::encodeName(f.path).constData(), &info) == 0);
    CHECK((info.st_mode & 07777) == 0600);

    // Saving over a world-readable file tightens it.
    REQUIRE(QFile::setPermissions(f.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ReadOther));
    REQUIRE(f.file->save(f.path).ok());
    REQUIRE(::stat(QFile::encodeName(f.path).constData(), &info) == 0);
    CHECK((info.st_mode & 07777) == 0600);
    CHECK(f.reload().hasAccount(kAlice));

    // A directory that does not exist is an Io error, not a crash.
    const Status failed = f.file->save(f.dir.filePath(QStringLiteral("no/such/dir/x.keys")));
    CHECK(failed.code() == ErrorCode::Io);
}

TEST_CASE("Key slots: every single-byte change and every truncation is rejected", "[keyslots]")
{
    QuietKeySlotLog quiet;
    Fixture f;
    const QByteArray good = readAll(f.path);
    REQUIRE(good.size() > 500);
    std::mt19937 random(20240611);
    std::uniform_int_distribution<int> nonZero(1, 255);

    int rejected = 0;
    for (qsizetype i = 0; i < good.size(); ++i) {
        QByteArray flipped = good;
        flipped[i] = static_cast<char>(flipped[i] ^ nonZero(random));
        auto loaded = f.loadBytes(flipped);
        INFO("byte " << i);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.code() == ErrorCode::KeySlotFileCorrupt);
        ++rejected;
    }
    for (qsizetype length = 0; length < good.size(); ++length) {
        auto loaded = f.loadBytes(good.left(length));
        INFO("length " << length);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.code() == ErrorCode::KeySlotFileCorrupt);
        ++rejected;
    }
    CHECK(rejected == 2 * good.size());
}

TEST_CASE("Key slots: mutated contents under a valid checksum never crash and never unlock",
          "[keyslots]")
{
    QuietKeySlotLog quiet;
    Fixture f;
    const QByteArray json = jsonLineOf(readAll(f.path));
    std::mt19937 random(7);
    std::uniform_int_distribution<int> nonZero(1, 255);
    std::uniform_int_distribution<int> kind(0, 3);

    int loadedCount = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        QByteArray mutated = json;
        switch (kind(random)) {
        case 0: // flip bits
            mutated[i] = static_cast<char>(mutated[i] ^ nonZero(random));
            break;
        case 1: // a neighbouring character
            mutated[i] = static_cast<char>(mutated[i] + 1);
            break;
        case 2: // a byte removed
            mutated.remove(i, 1);
            break;
        default: // cut here
            mutated.truncate(i);
            break;
        }
        auto loaded = f.loadBytes(fileWithChecksum(mutated));
        INFO("position " << i);
        if (!loaded.ok()) {
            CHECK((loaded.code() == ErrorCode::KeySlotFileCorrupt ||
                   loaded.code() == ErrorCode::InvalidInput));
            continue;
        }
        ++loadedCount;
        CHECK_FALSE(loaded->unlockAccount(kAlice, secret("alice-pw")).ok());
        CHECK_FALSE(loaded->unlockAccount(kBob, secret("bob-pw")).ok());
        CHECK_FALSE(loaded->unlockWithRecoveryCode(f.recoveryCode).ok());
    }
    // Some mutations (inside logins, numbers, base64) survive parsing and reach unlock.
    CHECK(loadedCount > 0);
}

TEST_CASE("Key slots: the password buffers passed in are not modified", "[keyslots]")
{
    Fixture f;
    const SecureBuffer password = secret("alice-pw");
    const SecureBuffer newPassword = secret("alice-new");
    const QByteArray passwordBytes = bytesOf(password);
    const QByteArray newPasswordBytes = bytesOf(newPassword);
    const QByteArray keyBytes = bytesOf(f.databaseKey);

    auto key = f.file->unlockAccount(kAlice, password);
    REQUIRE_OK(key);
    const Status changed = f.file->changePassword(kAlice, password, newPassword, f.databaseKey);
    REQUIRE_OK(changed);
    const Status added =
        f.file->addAccount(QStringLiteral("carol"), password, f.databaseKey, fastKdf());
    REQUIRE_OK(added);
    const Status reset =
        f.file->resetPassword(QStringLiteral("carol"), newPassword, f.databaseKey, fastKdf());
    REQUIRE_OK(reset);

    CHECK(password.size() == std::size_t(passwordBytes.size()));
    CHECK(bytesOf(password) == passwordBytes);
    CHECK(bytesOf(newPassword) == newPasswordBytes);
    CHECK(bytesOf(f.databaseKey) == keyBytes);
    // The returned key is its own buffer, not an alias of anything passed in.
    CHECK(key->data() != f.databaseKey.data());
}

// --- the escrow slot (central accounts and device recovery, issue #7) ---------------------------

namespace {

struct EscrowPair
{
    QByteArray publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    SecureBuffer secretKey = SecureBuffer(crypto_box_SECRETKEYBYTES);
    EscrowPair()
    {
        REQUIRE(crypto_box_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                                   secretKey.data()) == 0);
    }
};

QJsonObject escrowSlotOf(const QJsonObject& root)
{
    for (const QJsonValue& slot : root.value(QLatin1String("slots")).toArray()) {
        if (slot.toObject().value(QLatin1String("kind")).toString() == QLatin1String("escrow"))
            return slot.toObject();
    }
    return {};
}

QJsonObject withEscrowSlot(QJsonObject root, const QJsonObject& slot)
{
    QJsonArray slotArray = root.value(QLatin1String("slots")).toArray();
    for (qsizetype i = 0; i < slotArray.size(); ++i) {
        if (slotArray.at(i).toObject().value(QLatin1String("kind")).toString() ==
            QLatin1String("escrow")) {
            slotArray.replace(i, slot);
            root.insert(QLatin1String("slots"), slotArray);
            return root;
        }
    }
    slotArray.append(slot);
    root.insert(QLatin1String("slots"), slotArray);
    return root;
}

} // namespace

TEST_CASE("Key slots: an escrow slot opens with the central secret and only with it",
          "[keyslots][escrow]")
{
    Fixture f;
    // A file without an escrow slot is still written as format 1 (older clients read it).
    CHECK(jsonOf(readAll(f.path)).value(QLatin1String("format")).toInt() == 1);
    CHECK_FALSE(f.reload().hasEscrowSlot());
    CHECK(f.reload().unlockWithEscrowSecret(EscrowPair().secretKey).code() ==
          ErrorCode::UnknownAccount);

    EscrowPair escrow;
    {
        const auto step = f.file->addEscrowSlot(escrow.publicKey, f.databaseKey);
        REQUIRE_OK(step);
    }
    {
        const auto step = f.file->save(f.path);
        REQUIRE_OK(step);
    }
    const QJsonObject root = jsonOf(readAll(f.path));
    CHECK(root.value(QLatin1String("format")).toInt() == 2);
    const QJsonObject slot = escrowSlotOf(root);
    CHECK(slot.keys() == QStringList{QStringLiteral("id"), QStringLiteral("kind"),
                                     QStringLiteral("publicKey"), QStringLiteral("sealedKey")});

    KeySlotFile loaded = f.reload();
    CHECK(loaded.hasEscrowSlot());
    CHECK(loaded.escrowPublicKey() == escrow.publicKey);
    // Accounts and recovery are unchanged; the escrow slot is no account.
    CHECK(loaded.accountLogins() == QStringList{kAlice, kBob});
    auto byAlice = loaded.unlockAccount(kAlice, secret("alice-pw"));
    REQUIRE_OK(byAlice);
    CHECK(byAlice->equals(f.databaseKey));
    {
        const auto step = loaded.unlockWithRecoveryCode(f.recoveryCode);
        REQUIRE_OK(step);
    }

    auto byEscrow = loaded.unlockWithEscrowSecret(escrow.secretKey);
    REQUIRE_OK(byEscrow);
    CHECK(byEscrow->equals(f.databaseKey));

    // Another device's secret, or a short one, opens nothing.
    auto other = loaded.unlockWithEscrowSecret(EscrowPair().secretKey);
    CHECK(other.code() == ErrorCode::WrongPassword);
    CHECK(loaded.unlockWithEscrowSecret(SecureBuffer(16)).code() == ErrorCode::InvalidInput);

    // A second escrow slot replaces the first.
    EscrowPair next;
    {
        const auto step = loaded.addEscrowSlot(next.publicKey, f.databaseKey);
        REQUIRE_OK(step);
    }
    CHECK(loaded.unlockWithEscrowSecret(escrow.secretKey).code() == ErrorCode::WrongPassword);
    {
        const auto step = loaded.unlockWithEscrowSecret(next.secretKey);
        REQUIRE_OK(step);
    }
    // Only with the database key, and only a 32-byte public key.
    CHECK(loaded.addEscrowSlot(next.publicKey, SecureBuffer::random(32)).code() ==
          ErrorCode::InvalidInput);
    CHECK(loaded.addEscrowSlot(QByteArray(31, 'x'), f.databaseKey).code() ==
          ErrorCode::InvalidInput);
}

TEST_CASE("Key slots: a rekey reseals the escrow slot", "[keyslots][escrow]")
{
    Fixture f;
    EscrowPair escrow;
    {
        const auto step = f.file->addEscrowSlot(escrow.publicKey, f.databaseKey);
        REQUIRE_OK(step);
    }
    const SecureBuffer newKey = SecureBuffer::random(KeySlotFile::kDatabaseKeySize);
    {
        const auto step = f.file->rewrapAll(f.databaseKey, newKey);
        REQUIRE_OK(step);
    }
    auto opened = f.file->unlockWithEscrowSecret(escrow.secretKey);
    REQUIRE_OK(opened);
    CHECK(opened->equals(newKey));
}

TEST_CASE("Key slots: malformed or altered escrow slots are refused", "[keyslots][escrow]")
{
    Fixture f;
    EscrowPair escrow;
    {
        const auto step = f.file->addEscrowSlot(escrow.publicKey, f.databaseKey);
        REQUIRE_OK(step);
    }
    {
        const auto step = f.file->save(f.path);
        REQUIRE_OK(step);
    }
    const QJsonObject root = jsonOf(readAll(f.path));
    const QJsonObject slot = escrowSlotOf(root);
    {
        const auto step = f.loadBytes(fileFromJson(root));
        REQUIRE_OK(step);
    }

    SECTION("format 1 may not hold an escrow slot, format 2 must")
    {
        QJsonObject downgraded = root;
        downgraded.insert(QLatin1String("format"), 1);
        CHECK(f.loadBytes(fileFromJson(downgraded)).code() == ErrorCode::KeySlotFileCorrupt);

        QJsonObject withoutEscrow = root;
        QJsonArray slotArray;
        for (const QJsonValue& value : root.value(QLatin1String("slots")).toArray()) {
            if (value.toObject().value(QLatin1String("kind")).toString() != u"escrow")
                slotArray.append(value);
        }
        withoutEscrow.insert(QLatin1String("slots"), slotArray);
        CHECK(f.loadBytes(fileFromJson(withoutEscrow)).code() == ErrorCode::KeySlotFileCorrupt);
    }
    SECTION("missing, extra or mistyped fields")
    {
        for (const char* field : {"id", "publicKey", "sealedKey"}) {
            QJsonObject broken = slot;
            broken.remove(QLatin1String(field));
            INFO(field);
            CHECK(f.loadBytes(fileFromJson(withEscrowSlot(root, broken))).code() ==
                  ErrorCode::KeySlotFileCorrupt);
            broken = slot;
            broken.insert(QLatin1String(field), 42);
            CHECK(f.loadBytes(fileFromJson(withEscrowSlot(root, broken))).code() ==
                  ErrorCode::KeySlotFileCorrupt);
        }
        QJsonObject extra = slot;
        extra.insert(QLatin1String("login"), QStringLiteral("mallory"));
        CHECK(f.loadBytes(fileFromJson(withEscrowSlot(root, extra))).code() ==
              ErrorCode::KeySlotFileCorrupt);
        QJsonObject shortKey = slot;
        shortKey.insert(QLatin1String("publicKey"),
                        QString::fromLatin1(QByteArray(31, 'k').toBase64()));
        CHECK(f.loadBytes(fileFromJson(withEscrowSlot(root, shortKey))).code() ==
              ErrorCode::KeySlotFileCorrupt);
        QJsonObject badId = slot;
        badId.insert(
            QLatin1String("id"),
            QString(QStringLiteral("{") + slot.value(QLatin1String("id")).toString() + u'}'));
        CHECK(f.loadBytes(fileFromJson(withEscrowSlot(root, badId))).code() ==
              ErrorCode::KeySlotFileCorrupt);
    }
    SECTION("two escrow slotArray")
    {
        QJsonObject twice = root;
        QJsonArray slotArray = root.value(QLatin1String("slots")).toArray();
        QJsonObject copy = slot;
        copy.insert(QLatin1String("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        slotArray.append(copy);
        twice.insert(QLatin1String("slots"), slotArray);
        CHECK(f.loadBytes(fileFromJson(twice)).code() == ErrorCode::KeySlotFileCorrupt);
    }
    SECTION("a swapped escrow key is caught by the MAC")
    {
        // Someone without the database key puts in a slot for a key pair of their own: it loads
        // (the checksum is right), but nothing opens with it, and the MAC refuses the file.
        EscrowPair mallory;
        QJsonObject forged = slot;
        forged.insert(QLatin1String("publicKey"),
                      QString::fromLatin1(mallory.publicKey.toBase64()));
        QByteArray sealed(KeySlotFile::kDatabaseKeySize + crypto_box_SEALBYTES, '\0');
        const SecureBuffer fakeKey = SecureBuffer::random(KeySlotFile::kDatabaseKeySize);
        REQUIRE(crypto_box_seal(
                    reinterpret_cast<unsigned char*>(sealed.data()), fakeKey.data(), fakeKey.size(),
                    reinterpret_cast<const unsigned char*>(mallory.publicKey.constData())) == 0);
        forged.insert(QLatin1String("sealedKey"), QString::fromLatin1(sealed.toBase64()));
        auto loaded = f.loadBytes(fileFromJson(withEscrowSlot(root, forged)));
        REQUIRE_OK(loaded);
        CHECK(loaded->unlockWithEscrowSecret(mallory.secretKey).code() ==
              ErrorCode::KeySlotFileCorrupt);
        CHECK(loaded->unlockAccount(kAlice, secret("alice-pw")).code() ==
              ErrorCode::KeySlotFileCorrupt);
    }
}
