// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/TotpEnrolmentDialog.h"

#include "UiTestSupport.h"
#include "access/QrCode.h"
#include "access/TotpEnrolmentWidget.h"
#include "support/TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QValidator>
#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::test;
using ui::TotpEnrolmentDialog;

TEST_CASE("QrCode renders a square code with a quiet zone and groups the secret", "[ui][totp][qr]")
{
    const QString uri = QStringLiteral(
        "otpauth://totp/Madoguchi:yamada.hanako?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
        "&issuer=Madoguchi&algorithm=SHA1&digits=6&period=30");
    const QImage image = ui::QrCode::render(uri, 4);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == image.height());
    CHECK(image.width() % 4 == 0);
    const int modules = image.width() / 4 - 2 * ui::QrCode::kQuietZoneModules;
    CHECK(modules >= 21);
    CHECK((modules - 17) % 4 == 0); // QR versions are 17 + 4v modules wide
    // The quiet zone is white; the finder pattern's corner just inside it is black.
    const int inside = ui::QrCode::kQuietZoneModules * 4;
    CHECK(image.pixelColor(1, 1) == QColor(Qt::white));
    CHECK(image.pixelColor(inside - 1, inside - 1) == QColor(Qt::white));
    CHECK(image.pixelColor(inside + 1, inside + 1) == QColor(Qt::black));

    CHECK(ui::QrCode::groupedSecret(uri) ==
          QStringLiteral("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP"));
    CHECK(ui::QrCode::render(QString()).isNull());
}

TEST_CASE("TotpEnrolmentDialog shows a QR code, refuses a wrong code and saves a right one",
          "[ui][totp]")
{
    auto fixture = createTestWorkspace(false, false);
    REQUIRE(fixture);
    // Open the database again as the administrator, as sign-in does, without a second factor.
    auto opened = store::Database::open(fixture->path, QString::fromLatin1(kAdminLogin),
                                        secret(kAdminPassword));
    REQUIRE(opened);
    auto attached = Workspace::attach(std::move(opened.value()));
    REQUIRE(attached);
    std::unique_ptr<Workspace> workspace = std::move(attached.value());
    auto enrolment = workspace->staff().newEnrolment();
    REQUIRE(enrolment);

    TotpEnrolmentDialog dialog(std::move(enrolment.value()), TotpEnrolmentDialog::Mode::Confirm,
                               workspace.get(), QString::fromUtf8(kAdminDisplayName));
    dialog.show();
    const QImage qr = dialog.enrolmentWidget()->qrImage();
    REQUIRE_FALSE(qr.isNull());
    CHECK(qr.width() == qr.height());
    CHECK_FALSE(child<QLabel>(&dialog, "qrCodeLabel")->pixmap().isNull());
    // The secret for typing by hand: base32 in groups of four.
    const QString grouped = dialog.enrolmentWidget()->groupedSecretText();
    CHECK(QRegularExpression(QStringLiteral("^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$"))
              .match(grouped)
              .hasMatch());
    CHECK(dialog.enrolment().uri.contains(QString(grouped).remove(QLatin1Char(' '))));

    auto* codeEdit = child<QLineEdit>(&dialog, "codeEdit");
    auto* confirmButton = child<QPushButton>(&dialog, "confirmButton");
    REQUIRE(codeEdit);
    REQUIRE(confirmButton);
    codeEdit->setText(QStringLiteral("12345"));
    CHECK_FALSE(confirmButton->isEnabled()); // five digits are not a code
    QString typed = QStringLiteral("12a4");
    int position = 0;
    CHECK(codeEdit->validator()->validate(typed, position) == QValidator::Invalid); // digits only

    codeEdit->setText(wrongCode(dialog.enrolment().secret));
    confirmButton->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK_FALSE(workspace->isSignedIn());
    auto account = workspace->staff().signingInAccount();
    REQUIRE(account);
    CHECK_FALSE(account->hasSecondFactor); // nothing saved yet

    codeEdit->setText(codeNow(dialog.enrolment().secret));
    confirmButton->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(workspace->isSignedIn());
    account = workspace->staff().signingInAccount();
    REQUIRE(account);
    CHECK(account->hasSecondFactor);
    // Once closed, the secret is off the screen.
    CHECK(dialog.enrolmentWidget()->qrImage().isNull());
    CHECK(dialog.enrolmentWidget()->groupedSecretText().isEmpty());
    (void)workspace->signOut();
}
