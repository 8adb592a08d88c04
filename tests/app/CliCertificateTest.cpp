// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli: certificate verify (offline with a key file, or with the database's keys) and
// issuing-key create, rotate and export.
#include "CliTestSupport.h"
#include "certificate/CertificatePayload.h"
#include "certificate/CertificateSigner.h"
#include "certificate/TrustedKeys.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::clitest;
using namespace madoguchi::certificate;

namespace {

/// Signs a certificate with the database's current key, in-process (no sign-in needed to open
/// the database and sign; the print queue will check certificate.print).
QString signedCode(const Fixture& fixture, const QDate& validFrom, const QDate& validTo)
{
    auto database =
        store::Database::open(fixture.path, QStringLiteral("admin"), test::secret(kPassword));
    REQUIRE(database.ok());
    auto signer = CertificateSigner::load(*database.value());
    INFO(signer.message().toStdString());
    REQUIRE(signer.ok());
    CertificateFields fields;
    fields.certificateId = QStringLiteral("0197a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    fields.recipientNumber = QStringLiteral("1234566");
    fields.kind = DocumentKind::WelfareService;
    fields.validFrom = validFrom;
    fields.validTo = validTo;
    fields.monthlyCap = 9300;
    fields.issuedOn = Clock::system().todayInJapan();
    fields.officeCode = QStringLiteral("142042");
    auto text = signer->sign(fields);
    REQUIRE(text.ok());
    return text.value();
}

Run verifyOffline(const QString& code, const QString& keyFile, bool json = false)
{
    QStringList args{QStringLiteral("certificate"), QStringLiteral("verify"), code,
                     QStringLiteral("--keys"), keyFile};
    if (json)
        args << QStringLiteral("--json");
    // No account, no password, no code, no database: none is needed.
    return cli(args, {.password = {}});
}

} // namespace

TEST_CASE("cli: issuing keys are created, exported and rotated, and codes verify offline",
          "[cli][certificate]")
{
    Fixture fixture;
    fixture.addStaff({deputy(),
                      clerk(),
                      {QStringLiteral("deputy2"), str(kAdminName), {Role::Administrator}, {}}});
    const QDate today = Clock::system().todayInJapan();
    const QString keyFile = fixture.dir.filePath(QStringLiteral("keys.txt"));

    // A clerk may not make keys.
    const Run denied = fixture.as(QStringLiteral("clerk"), {"issuing-key", "create"});
    CHECK(denied.exitCode == 3);
    requireOneLineError(denied);

    const Run created = fixture.asAdmin({"issuing-key", "create"});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.startsWith(QStringLiteral("Created. Issuing key ")));
    const Run again = fixture.asAdmin({"issuing-key", "create"});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("rotate")));

    const Run exported = fixture.as(QStringLiteral("deputy"), {"issuing-key", "export", "--file",
                                                               keyFile.toUtf8().constData()});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("Wrote 1 issuing key")));
    const QString keyText = QString::fromUtf8(test::readAll(keyFile));
    auto parsedKeys = TrustedKeys::parse(keyText);
    REQUIRE(parsedKeys.ok());
    REQUIRE(parsedKeys->keys().size() == 1);

    const QString code = signedCode(fixture, today.addDays(-10), today.addDays(300));

    { // a valid code: exit 0 and its facts
        const Run run = verifyOffline(code, keyFile);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.err.isEmpty());
        CHECK(run.out.startsWith(QStringLiteral("VALID:")));
        CHECK(run.out.contains(QStringLiteral("1234566")));
        CHECK(run.out.contains(QStringLiteral("9300 yen")));
        CHECK(run.out.contains(today.addDays(300).toString(Qt::ISODate)));

        const Run json = verifyOffline(code, keyFile, true);
        CHECK(json.exitCode == 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        CHECK(object.value(QStringLiteral("verdict")).toString() == u"valid");
        CHECK(object.value(QStringLiteral("certificate"))
                  .toObject()
                  .value(QStringLiteral("kind"))
                  .toString() == u"welfare_service");
    }

    { // a changed character: exit 1 with the reason
        QString changed = code;
        changed[60] = changed.at(60) == u'Q' ? u'R' : u'Q';
        const Run run = verifyOffline(changed, keyFile);
        CHECK(run.exitCode == 1);
        requireOneLineError(run);
        CHECK((run.err.contains(QStringLiteral("altered or forged")) ||
               run.err.contains(QStringLiteral("damaged"))));

        const Run garbage = verifyOffline(QStringLiteral("hello"), keyFile);
        CHECK(garbage.exitCode == 1);
        CHECK(garbage.err.contains(QStringLiteral("not a Madoguchi certificate code")));
    }

    { // an expired code and an unknown key: exit 1
        const QString old = signedCode(fixture, today.addDays(-400), today.addDays(-1));
        const Run expired = verifyOffline(old, keyFile);
        CHECK(expired.exitCode == 1);
        CHECK(expired.err.contains(QStringLiteral("expired")));

        TrustedKeys other;
        const QString otherFile = fixture.dir.filePath(QStringLiteral("other.txt"));
        QFile file(otherFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        // A well-formed file whose only key is not the one that signed.
        QByteArray publicKey(32, '\x07');
        file.write(QStringLiteral("MADOGUCHI-ISSUING-KEYS 1\n%1 %2 2025-01-01 -\n")
                       .arg(QString::fromLatin1(TrustedKeys::keyIdOf(publicKey).toHex()),
                            QString::fromLatin1(publicKey.toHex()))
                       .toUtf8());
        file.close();
        const Run unknown = verifyOffline(code, otherFile);
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.err.contains(QStringLiteral("does not know")));
    }

    { // usage errors: exit 2
        CHECK(cli({QStringLiteral("certificate"), QStringLiteral("verify")}, {.password = {}})
                  .exitCode == 2);
        const Run missing =
            verifyOffline(code, fixture.dir.filePath(QStringLiteral("no-such-file.txt")));
        CHECK(missing.exitCode == 2);
        requireOneLineError(missing);
        const QString bad = fixture.dir.filePath(QStringLiteral("bad.txt"));
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("MADOGUCHI-ISSUING-KEYS 1\nnot a key\n");
        file.close();
        const Run malformed = verifyOffline(code, bad);
        CHECK(malformed.exitCode == 2);
        CHECK(malformed.err.contains(QStringLiteral("line 2")));
    }

    { // with the database's keys, after a rotation
        const Run rotated = fixture.as(QStringLiteral("deputy"), {"issuing-key", "rotate"});
        INFO(rotated.err.toStdString());
        REQUIRE(rotated.exitCode == 0);
        CHECK(rotated.out.startsWith(QStringLiteral("Rotated")));
        // The code signed by the retired key still verifies, signed in, with no key file.
        const QByteArray codeBytes = code.toUtf8();
        const Run run =
            fixture.as(QStringLiteral("clerk"), {"certificate", "verify", codeBytes.constData()});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.startsWith(QStringLiteral("VALID:")));
        // The stdout export now lists both generations.
        const Run both = fixture.as(QStringLiteral("deputy2"), {"issuing-key", "export"});
        REQUIRE(both.exitCode == 0);
        auto keys = TrustedKeys::parse(both.out);
        REQUIRE(keys.ok());
        CHECK(keys->keys().size() == 2);
    }
}
