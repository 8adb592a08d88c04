// SPDX-License-Identifier: GPL-3.0-or-later
// The exported public key set: its text form and its strict parser.
#include "certificate/TrustedKeys.h"
#include "CertificateTestSupport.h"

using namespace madoguchi;
using namespace madoguchi::certificate;
using namespace madoguchi::certtest;

namespace {

QString refused(const QString& text)
{
    auto parsed = TrustedKeys::parse(text);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.code() == ErrorCode::InvalidInput);
    CHECK_FALSE(parsed.message().isEmpty());
    return parsed.message();
}

} // namespace

TEST_CASE("The key set exports to text and reads back", "[certificate][keys]")
{
    const TestKey old;
    const TestKey current;
    TrustedKeys keys;
    REQUIRE(keys.add(old.trusted(QDate(2024, 4, 1), QDate(2025, 4, 1))).ok());
    REQUIRE(keys.add(current.trusted(QDate(2025, 4, 1))).ok());
    const QString text = keys.exportText();
    CHECK(text.startsWith(QStringLiteral("MADOGUCHI-ISSUING-KEYS 1\n")));
    CHECK(text.count(u'\n') == 3);
    CHECK(text.contains(QStringLiteral(" 2025-04-01 -\n")));

    auto parsed = TrustedKeys::parse(text);
    REQUIRE(parsed.ok());
    CHECK(parsed->keys() == keys.keys());
    CHECK(parsed->find(old.keyId)->retiredOn == QDate(2025, 4, 1));
    CHECK(parsed->find(current.keyId)->isCurrent());
    CHECK(parsed->find(QByteArray(8, 'x')) == nullptr);
    // Windows line ends and no final line end.
    QString windows = text;
    windows.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    CHECK(TrustedKeys::parse(windows).ok());
    CHECK(TrustedKeys::parse(text.chopped(1)).ok());
}

TEST_CASE("Malformed key files are refused with the line", "[certificate][keys]")
{
    const TestKey key;
    TrustedKeys one;
    REQUIRE(one.add(key.trusted(QDate(2025, 4, 1))).ok());
    const QString good = one.exportText();
    const QString header = QStringLiteral("MADOGUCHI-ISSUING-KEYS 1\n");
    const QString line = good.mid(header.size()).chopped(1); // without its line end
    const QString id = QString::fromLatin1(key.keyId.toHex());
    const QString pk = QString::fromLatin1(key.publicKey.toHex());

    CHECK(refused(QString()).contains(QStringLiteral("not an issuing key file")));
    CHECK(refused(QStringLiteral("MADOGUCHI-ISSUING-KEYS 2\n") + line)
              .contains(QStringLiteral("not an issuing key file")));
    CHECK(refused(header).contains(QStringLiteral("no key")));
    CHECK(refused(header + line + QStringLiteral("\n\n")).contains(QStringLiteral("line 3")));
    CHECK(refused(header + line.toUpper()).contains(QStringLiteral("line 2")));
    CHECK(refused(header + line + QStringLiteral(" ")).contains(QStringLiteral("line 2")));
    CHECK(refused(header + line.left(line.size() - 3)).contains(QStringLiteral("line 2")));
    CHECK(refused(header + id + u' ' + pk.left(62) + QStringLiteral(" 2025-04-01 -"))
              .contains(QStringLiteral("line 2")));
    // A key id that is not the public key's.
    QString wrongId = id;
    wrongId[0] = wrongId[0] == u'0' ? u'1' : u'0';
    CHECK(refused(header + wrongId + u' ' + pk + QStringLiteral(" 2025-04-01 -"))
              .contains(QStringLiteral("does not belong")));
    // Days that do not exist, and a retirement before the birth.
    CHECK(refused(header + id + u' ' + pk + QStringLiteral(" 2025-02-30 -"))
              .contains(QStringLiteral("does not exist")));
    CHECK(refused(header + id + u' ' + pk + QStringLiteral(" 2025-04-01 2025-13-01"))
              .contains(QStringLiteral("does not exist")));
    CHECK(refused(header + id + u' ' + pk + QStringLiteral(" 2025-04-01 2025-03-31"))
              .contains(QStringLiteral("out of order")));
    // The same key twice.
    CHECK(refused(good + line + u'\n').contains(QStringLiteral("twice")));
    // Too large to be a key file.
    CHECK(refused(header + QString(70000, u'a')).contains(QStringLiteral("too large")));
    // Binary garbage.
    QString garbage = header;
    for (int i = 0; i < 200; ++i)
        garbage += QChar(char16_t((i * 7919) % 0xD7FF + 1));
    CHECK(refused(garbage).contains(QStringLiteral("line 2")));
}
