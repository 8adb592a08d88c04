// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli central staff …, the first sign-in online through the normal sign-in, and
// device recover, against the throwaway cluster.
#include "CliTestSupport.h"
#include "PgTestSupport.h"
#include "sync/DeviceCard.h"

using namespace madoguchi;
using namespace madoguchi::clitest;

namespace {

constexpr char kHanakoPassword[] = "hanako's central password";

} // namespace

TEST_CASE("central staff commands, a first sign-in online, then offline, and device recover",
          "[cli][sync][pg]")
{
    test::ScratchCentral central;
    const QByteArray url = central.adminUrlText().toUtf8();
    const QString ownerPassword = central.adminUrl().password;
    Fixture fx;
    const Run enrolled = fx.asAdmin(
        {"device", "enroll", "--url", url.constData(), "--name", "窓口 1", "--kind", "counter"});
    INFO(enrolled.err.toStdString());
    REQUIRE(enrolled.exitCode == 0);

    // Usage first: no role, an unknown role, no login.
    CHECK(cli({QStringLiteral("central"), QStringLiteral("staff"), QStringLiteral("add"),
               QStringLiteral("--url"), QString::fromUtf8(url), QStringLiteral("--login"),
               QStringLiteral("hanako")},
              {.password = {}, .newPassword = kHanakoPassword})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("central"), QStringLiteral("staff"), QStringLiteral("add"),
               QStringLiteral("--url"), QString::fromUtf8(url), QStringLiteral("--login"),
               QStringLiteral("hanako"), QStringLiteral("--role"), QStringLiteral("boss")},
              {.password = {}, .newPassword = kHanakoPassword})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("central"), QStringLiteral("staff"), QStringLiteral("lock"),
               QStringLiteral("--url"), QString::fromUtf8(url)},
              {.password = {}})
              .exitCode == 2);

    const Run added =
        cli({QStringLiteral("central"), QStringLiteral("staff"), QStringLiteral("add"),
             QStringLiteral("--url"), QString::fromUtf8(url), QStringLiteral("--login"),
             QStringLiteral("hanako"), QStringLiteral("--name"), str(kClerkName),
             QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--scope"),
             QStringLiteral("welfare_service"), QStringLiteral("--password-stdin")},
            {.password = {}, .stdinText = QByteArray(kHanakoPassword) + '\n'});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK_FALSE(added.out.contains(ownerPassword));
    fx.totpSecrets[QStringLiteral("hanako")] = secretFromUri(uriIn(added.out));

    const Run listed =
        cli({QStringLiteral("--json"), QStringLiteral("central"), QStringLiteral("staff"),
             QStringLiteral("list"), QStringLiteral("--url"), QString::fromUtf8(url)},
            {.password = {}});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray accounts = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(accounts.size() == 1);
    CHECK(accounts.at(0).toObject().value(QStringLiteral("login")).toString() == u"hanako");
    CHECK(accounts.at(0).toObject().value(QStringLiteral("state")).toString() == u"active");
    CHECK_FALSE(listed.out.contains(QStringLiteral("secret")));

    // hanako has no key slot here: the ordinary sign-in of any command goes online first.
    const auto hanako = [&](std::initializer_list<const char*> rest) {
        return cli(fx.args(rest, QStringLiteral("hanako")),
                   {.password = kHanakoPassword, .code = fx.code(QStringLiteral("hanako"))});
    };
    const Run first = hanako({"setting", "list"});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    auto slotFile = security::KeySlotFile::load(fx.keys);
    REQUIRE(slotFile.ok());
    CHECK(slotFile->hasAccount(QStringLiteral("hanako")));

    // Offline afterwards: the card points at a closed port, the slot path needs no network.
    const QString cardPath = sync::deviceCardPathFor(fx.path);
    auto card = sync::DeviceCard::load(cardPath);
    REQUIRE(card.ok());
    const int port = card->port;
    card->port = 1;
    REQUIRE(card->save(cardPath).ok());
    const Run offline = hanako({"setting", "list"});
    INFO(offline.err.toStdString());
    CHECK(offline.exitCode == 0);
    card->port = port;
    REQUIRE(card->save(cardPath).ok());

    // Locking and unlocking centrally.
    for (const char* sub : {"lock", "unlock", "reset-2fa"}) {
        const Run changed =
            cli({QStringLiteral("central"), QStringLiteral("staff"), QString::fromLatin1(sub),
                 QStringLiteral("hanako"), QStringLiteral("--url"), QString::fromUtf8(url)},
                {.password = {}});
        INFO(sub << ": " << changed.err.toStdString());
        CHECK(changed.exitCode == 0);
    }
    CHECK(central
              .scalar(QStringLiteral("SELECT credential_version FROM madoguchi.staff_accounts "
                                     "WHERE login = 'hanako'"))
              .toInt() == 2);
    const Run disabled =
        cli({QStringLiteral("central"), QStringLiteral("staff"), QStringLiteral("disable"),
             QStringLiteral("--login"), QStringLiteral("hanako"), QStringLiteral("--url"),
             QString::fromUtf8(url)},
            {.password = {}});
    CHECK(disabled.exitCode == 0);
    CHECK(central
              .scalar(QStringLiteral(
                  "SELECT state FROM madoguchi.staff_accounts WHERE login = 'hanako'"))
              .toString() == u"disabled");

    // Every password and the recovery code lost: the owner opens the database with the escrow
    // key, and a new recovery code is printed once.
    const Run recovered =
        cli({QStringLiteral("--json"), QStringLiteral("device"), QStringLiteral("recover"),
             QStringLiteral("--url"), QString::fromUtf8(url), QStringLiteral("--db"), fx.path},
            {.password = {}});
    INFO(recovered.err.toStdString());
    REQUIRE(recovered.exitCode == 0);
    const QString code = QJsonDocument::fromJson(recovered.out.toUtf8())
                             .object()
                             .value(QStringLiteral("recovery_code"))
                             .toString();
    REQUIRE_FALSE(code.isEmpty());
    CHECK(store::Database::unlockWithRecoveryCode(fx.path, code).ok());
    CHECK_FALSE(recovered.out.contains(ownerPassword));
}
