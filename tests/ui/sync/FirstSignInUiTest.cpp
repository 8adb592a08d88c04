// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in dialog's first sign-in online (central accounts, issue #7), against the
// throwaway PostgreSQL cluster.
#include "../UiTestSupport.h"
#include "PgTestSupport.h"
#include "WorkspaceFixture.h"
#include "access/SignInDialog.h"
#include "security/KeySlotFile.h"
#include "security/Totp.h"
#include "support/TestSupport.h"
#include "sync/CentralStaff.h"
#include "sync/DeviceCard.h"
#include "sync/SyncClient.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace madoguchi;
using madoguchi::test::child;
using madoguchi::test::waitUntil;
using ui::SignInDialog;

namespace {

constexpr char kPassword[] = "hanako's long password";

void enrol(test::Office& office, const test::ScratchCentral& central)
{
    sync::SyncClient client(office.admin->database(), office.admin->audit(),
                            office.admin->authorizer(), office.clock);
    auto enrolled = client.enroll(office.admin->session(), central.adminUrl(),
                                  QStringLiteral("窓口1"), sync::DeviceKind::Counter);
    INFO(enrolled.message().toStdString());
    REQUIRE(enrolled.ok());
}

security::SecureBuffer addHanako(const test::ScratchCentral& central)
{
    auto owner = central.admin();
    auto added = sync::CentralStaff::addAccount(
        owner->db(),
        {QStringLiteral("hanako"), QStringLiteral("山田 花子"), {security::Role::Clerk}, {}},
        test::secret(kPassword));
    REQUIRE(added.ok());
    const QByteArray raw = central
                               .scalar(QStringLiteral("SELECT totp_secret FROM "
                                                      "madoguchi.staff_accounts"))
                               .toByteArray();
    return security::SecureBuffer::copyOf(raw.constData(), std::size_t(raw.size()));
}

void submit(SignInDialog& dialog)
{
    auto* button = child<QPushButton>(&dialog, "signInButton");
    REQUIRE(button->isEnabled());
    button->click();
    REQUIRE(waitUntil([&]() { return !dialog.isBusy(); }));
}

} // namespace

TEST_CASE("SignInDialog signs a person in for the first time online", "[ui][signin][pg]")
{
    test::ScratchCentral central;
    test::Office office;
    enrol(office, central);
    const auto totp = addHanako(central);

    SignInDialog dialog(office.path);
    dialog.show();
    child<QLineEdit>(&dialog, "loginEdit")->setText(QStringLiteral("hanako"));
    child<QLineEdit>(&dialog, "passwordEdit")->setText(QString::fromUtf8(kPassword));
    submit(dialog);
    REQUIRE(dialog.step() == SignInDialog::Step::Code);
    CHECK(child<QLabel>(&dialog, "codeIntroLabel")->text().contains(QStringLiteral("first")));
    CHECK(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());

    // A wrong code stays on the code step, with the reason.
    const qint64 step = security::Totp::stepAt(QDateTime::currentDateTimeUtc());
    QString wrong = QStringLiteral("000000");
    for (int n = 1; wrong == security::Totp::codeAt(totp, step - 1) ||
                    wrong == security::Totp::codeAt(totp, step) ||
                    wrong == security::Totp::codeAt(totp, step + 1);
         ++n)
        wrong = QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
    child<QLineEdit>(child<QWidget>(&dialog, "codePage"), "codeEdit")->setText(wrong);
    submit(dialog);
    CHECK(dialog.step() == SignInDialog::Step::Code);
    CHECK(dialog.errorText().contains(QStringLiteral("not correct")));

    child<QLineEdit>(child<QWidget>(&dialog, "codePage"), "codeEdit")
        ->setText(security::Totp::codeAt(totp, step));
    submit(dialog);
    INFO(dialog.errorText().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto workspace = dialog.takeWorkspace();
    REQUIRE(workspace);
    CHECK(workspace->session().login == u"hanako");
    CHECK(workspace->session().roles == QList<security::Role>{security::Role::Clerk});
    auto slotFile = security::KeySlotFile::load(security::keySlotPathFor(office.path));
    REQUIRE(slotFile.ok());
    CHECK(slotFile->hasAccount(QStringLiteral("hanako")));
    REQUIRE(workspace->signOut().ok());
}

TEST_CASE("SignInDialog says a first sign-in needs the network when the centre is unreachable",
          "[ui][signin][pg]")
{
    test::ScratchCentral central;
    test::Office office;
    enrol(office, central);
    const auto totp = addHanako(central);
    const QString cardPath = sync::deviceCardPathFor(office.path);
    auto card = sync::DeviceCard::load(cardPath);
    REQUIRE(card.ok());
    card->port = 1;
    REQUIRE(card->save(cardPath).ok());

    SignInDialog dialog(office.path);
    dialog.show();
    child<QLineEdit>(&dialog, "loginEdit")->setText(QStringLiteral("hanako"));
    child<QLineEdit>(&dialog, "passwordEdit")->setText(QString::fromUtf8(kPassword));
    submit(dialog);
    REQUIRE(dialog.step() == SignInDialog::Step::Code);
    child<QLineEdit>(child<QWidget>(&dialog, "codePage"), "codeEdit")
        ->setText(
            security::Totp::codeAt(totp, security::Totp::stepAt(QDateTime::currentDateTimeUtc())));
    submit(dialog);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.step() == SignInDialog::Step::Password);
    CHECK(dialog.errorText().contains(QStringLiteral("signed in before")));
    CHECK_FALSE(dialog.takeWorkspace());
}
