// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/TotpEnrolmentDialog.h"

#include "access/TotpEnrolmentWidget.h"
#include "security/Totp.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {

TotpEnrolmentDialog::TotpEnrolmentDialog(security::TotpEnrolment enrolment, Mode mode,
                                         Workspace* workspace, const QString& displayName,
                                         QWidget* parent)
    : QDialog(parent), m_enrolment(std::move(enrolment)), m_mode(mode), m_workspace(workspace)
{
    setObjectName(QStringLiteral("totpEnrolmentDialog"));
    setWindowTitle(tr("Set up the second factor"));

    const QString who = displayName.isEmpty() ? m_enrolment.login
                                              : tr("%1 (%2)").arg(displayName, m_enrolment.login);
    auto* headingLabel = new QLabel(this);
    headingLabel->setTextFormat(Qt::PlainText);
    headingLabel->setWordWrap(true);
    QFont headingFont = headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    headingLabel->setFont(headingFont);

    auto* introLabel = new QLabel(this);
    introLabel->setTextFormat(Qt::PlainText);
    introLabel->setWordWrap(true);

    m_widget = new TotpEnrolmentWidget(this);
    m_widget->setObjectName(QStringLiteral("enrolmentWidget"));
    m_widget->setEnrolment(m_enrolment.uri, m_enrolment.login);
    m_widget->setCodeRequested(mode == Mode::Confirm);

    auto* buttonBox = new QDialogButtonBox(this);
    if (mode == Mode::Confirm) {
        headingLabel->setText(tr("Set up your authenticator app"));
        introLabel->setText(
            tr("Signing in to Madoguchi takes your password and a 6-digit code from an "
               "authenticator app on your phone. %1, set up the app now: nothing is saved "
               "until the app's code has been checked.")
                .arg(who));
        m_confirmButton =
            buttonBox->addButton(tr("&Check code and sign in"), QDialogButtonBox::AcceptRole);
        m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
        m_confirmButton->setDefault(true);
        QPushButton* cancelButton = buttonBox->addButton(QDialogButtonBox::Cancel);
        cancelButton->setObjectName(QStringLiteral("cancelButton"));
        connect(buttonBox, &QDialogButtonBox::accepted, this, &TotpEnrolmentDialog::confirm);
        connect(buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_widget, &TotpEnrolmentWidget::codeChanged, this,
                &TotpEnrolmentDialog::updateState);
        connect(m_widget, &TotpEnrolmentWidget::codeSubmitted, this, &TotpEnrolmentDialog::confirm);
    } else {
        headingLabel->setText(tr("Have %1 scan this code now").arg(who));
        introLabel->setText(
            tr("The account was created. This code is shown only this once. If the person is "
               "not here to scan it, choose \"Set up at first sign-in\": Madoguchi will then show "
               "them a new code when they first sign in."));
        QPushButton* doneButton =
            buttonBox->addButton(tr("&Scanned"), QDialogButtonBox::AcceptRole);
        doneButton->setObjectName(QStringLiteral("doneButton"));
        doneButton->setDefault(true);
        QPushButton* laterButton =
            buttonBox->addButton(tr("Set up at &first sign-in"), QDialogButtonBox::RejectRole);
        laterButton->setObjectName(QStringLiteral("laterButton"));
        laterButton->setAutoDefault(false);
        connect(buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttonBox, &QDialogButtonBox::rejected, this, [this]() {
            m_setUpLater = true;
            reject();
        });
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel);
    layout->addWidget(introLabel);
    layout->addSpacing(8);
    layout->addWidget(m_widget, 1);
    layout->addWidget(buttonBox);
    setMinimumWidth(720);

    // The secret leaves the screen with the dialog.
    connect(this, &QDialog::finished, m_widget, &TotpEnrolmentWidget::clearSecret);
    updateState();
    m_widget->focusCode();
}

TotpEnrolmentDialog::~TotpEnrolmentDialog() = default;

QString TotpEnrolmentDialog::errorText() const
{
    return m_widget->errorText();
}

void TotpEnrolmentDialog::updateState()
{
    if (m_confirmButton)
        m_confirmButton->setEnabled(m_widget->code().size() == security::Totp::kDigits);
}

void TotpEnrolmentDialog::confirm()
{
    if (m_mode != Mode::Confirm || !m_workspace ||
        m_widget->code().size() != security::Totp::kDigits)
        return;
    const Status enrolled = m_workspace->completeEnrolment(m_enrolment, m_widget->code());
    m_widget->clearCode();
    if (!enrolled) {
        m_widget->showError(enrolled.message());
        m_widget->focusCode();
        return;
    }
    m_widget->showError(QString());
    accept();
}

} // namespace madoguchi::ui
