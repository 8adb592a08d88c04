// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/TotpEnrolmentWidget.h"

#include "access/QrCode.h"
#include "security/Totp.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

constexpr int kQrModulePixels = 5;

} // namespace

QString TotpEnrolmentWidget::stepsText(bool codeRequested)
{
    const QString common =
        tr("1. Install an authenticator app on your work phone (for example Google "
           "Authenticator or Microsoft Authenticator).\n"
           "2. In the app, add an account and scan this QR code with the camera.\n"
           "3. If the camera cannot read it, choose to enter a setup key and type the key shown "
           "below.");
    const QString last =
        codeRequested
            ? tr("4. Type the 6-digit code the app then shows, to check that it works.")
            : tr("4. From now on, sign in with your password and the 6-digit code the app shows.");
    return common + QLatin1Char('\n') + last;
}

QLineEdit* createCodeEdit(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("codeEdit"));
    edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(security::Totp::kDigits)), edit));
    edit->setMaxLength(security::Totp::kDigits);
    edit->setInputMethodHints(Qt::ImhDigitsOnly);
    edit->setPlaceholderText(QStringLiteral("000000"));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    edit->setFont(font);
    edit->setAlignment(Qt::AlignHCenter);
    edit->setMaximumWidth(200);
    return edit;
}

TotpEnrolmentWidget::TotpEnrolmentWidget(QWidget* parent) : QWidget(parent)
{
    m_stepsLabel = new QLabel(this);
    m_stepsLabel->setObjectName(QStringLiteral("stepsLabel"));
    m_stepsLabel->setWordWrap(true);
    m_stepsLabel->setTextFormat(Qt::PlainText);
    m_stepsLabel->setText(stepsText(true));

    m_qrLabel = new QLabel(this);
    m_qrLabel->setObjectName(QStringLiteral("qrCodeLabel"));
    m_qrLabel->setAlignment(Qt::AlignCenter);

    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_accountLabel->setTextFormat(Qt::PlainText);
    m_accountLabel->setWordWrap(true);

    m_secretCaptionLabel = new QLabel(tr("Setup key (type it in if the camera cannot read the "
                                         "code; time-based, 6 digits):"),
                                      this);
    m_secretCaptionLabel->setWordWrap(true);
    m_secretLabel = new QLabel(this);
    m_secretLabel->setObjectName(QStringLiteral("secretLabel"));
    m_secretLabel->setTextFormat(Qt::PlainText);
    m_secretLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secretLabel->setWordWrap(true);
    QFont secretFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    secretFont.setPointSizeF(secretFont.pointSizeF() * 1.25);
    secretFont.setBold(true);
    m_secretLabel->setFont(secretFont);

    m_codeCaptionLabel = new QLabel(tr("The 6-digit code shown in your authenticator app:"), this);
    m_codeEdit = createCodeEdit(this);
    m_codeCaptionLabel->setBuddy(m_codeEdit);
    connect(m_codeEdit, &QLineEdit::textChanged, this, &TotpEnrolmentWidget::codeChanged);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, [this]() {
        if (code().size() == security::Totp::kDigits)
            emit codeSubmitted();
    });

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();

    auto* details = new QVBoxLayout;
    details->addWidget(m_stepsLabel);
    details->addSpacing(8);
    details->addWidget(m_accountLabel);
    details->addWidget(m_secretCaptionLabel);
    details->addWidget(m_secretLabel);
    details->addSpacing(8);
    details->addWidget(m_codeCaptionLabel);
    details->addWidget(m_codeEdit);
    details->addWidget(m_errorLabel);
    details->addStretch();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_qrLabel, 0, Qt::AlignTop);
    layout->addSpacing(12);
    layout->addLayout(details, 1);
}

TotpEnrolmentWidget::~TotpEnrolmentWidget() = default;

void TotpEnrolmentWidget::setEnrolment(const QString& uri, const QString& login)
{
    m_qrImage = QrCode::render(uri, kQrModulePixels);
    m_qrLabel->setPixmap(QPixmap::fromImage(m_qrImage));
    m_qrLabel->setMinimumSize(m_qrImage.size());
    m_secretLabel->setText(QrCode::groupedSecret(uri));
    m_accountLabel->setText(tr("Account in the app: Madoguchi (%1)").arg(login));
}

void TotpEnrolmentWidget::clearSecret()
{
    m_qrImage = QImage();
    m_qrLabel->clear();
    m_secretLabel->clear();
}

void TotpEnrolmentWidget::setCodeRequested(bool requested)
{
    m_codeRequested = requested;
    m_codeCaptionLabel->setVisible(requested);
    m_codeEdit->setVisible(requested);
    m_stepsLabel->setText(stepsText(requested));
}

QString TotpEnrolmentWidget::groupedSecretText() const
{
    return m_secretLabel->text();
}

QString TotpEnrolmentWidget::code() const
{
    return m_codeEdit->text().trimmed();
}

void TotpEnrolmentWidget::clearCode()
{
    m_codeEdit->clear();
}

QString TotpEnrolmentWidget::errorText() const
{
    return m_errorLabel->text();
}

void TotpEnrolmentWidget::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void TotpEnrolmentWidget::focusCode()
{
    m_codeEdit->setFocus();
}

} // namespace madoguchi::ui
