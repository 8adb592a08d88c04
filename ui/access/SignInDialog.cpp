// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/SignInDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {

SignInDialog::SignInDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_databasePath(databasePath)
{
    setWindowTitle(tr("Sign in to Madoguchi"));

    auto* headingLabel = new QLabel(tr("Sign in"), this);
    QFont headingFont = headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    headingLabel->setFont(headingFont);

    auto* databaseLabel =
        new QLabel(tr("Database: %1").arg(QFileInfo(databasePath).fileName()), this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    databaseLabel->setToolTip(QDir::toNativeSeparators(databasePath));
    databaseLabel->setTextFormat(Qt::PlainText);

    m_loginEdit = new QLineEdit(this);
    m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    form->addRow(tr("&Login name:"), m_loginEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();

    m_recoveryCodeButton = new QPushButton(tr("Use &recovery code…"), this);
    m_recoveryCodeButton->setObjectName(QStringLiteral("recoveryCodeButton"));
    m_recoveryCodeButton->setFlat(true);
    m_recoveryCodeButton->setAutoDefault(false);
    m_recoveryCodeButton->setCursor(Qt::PointingHandCursor);
    m_recoveryCodeButton->setToolTip(
        tr("Open the database with the recovery code written down when it was created"));
    QFont linkFont = m_recoveryCodeButton->font();
    linkFont.setUnderline(true);
    m_recoveryCodeButton->setFont(linkFont);
    connect(m_recoveryCodeButton, &QPushButton::clicked, this, &SignInDialog::askForRecoveryCode);
    auto* recoveryLayout = new QHBoxLayout;
    recoveryLayout->addWidget(m_recoveryCodeButton);
    recoveryLayout->addStretch();

    auto* buttonBox = new QDialogButtonBox(this);
    m_signInButton = buttonBox->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_cancelButton = buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel);
    layout->addWidget(databaseLabel);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_progressBar);
    layout->addLayout(recoveryLayout);
    layout->addStretch();
    layout->addWidget(buttonBox);
    setMinimumWidth(420);

    connect(m_loginEdit, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    m_loginEdit->setFocus();
    updateState();
}

SignInDialog::~SignInDialog() = default;

QString SignInDialog::errorText() const
{
    return m_errorLabel->text();
}

std::unique_ptr<store::Database> SignInDialog::takeDatabase()
{
    return std::move(m_database);
}

void SignInDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void SignInDialog::updateState()
{
    m_signInButton->setEnabled(!m_busy && !m_loginEdit->text().trimmed().isEmpty() &&
                               !m_passwordEdit->text().isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    for (QWidget* input : std::initializer_list<QWidget*>{m_loginEdit, m_passwordEdit,
                                                          m_recoveryCodeButton, m_cancelButton})
        input->setEnabled(!busy);
    m_progressBar->setVisible(busy);
    if (busy) {
        m_errorLabel->clear();
        m_errorLabel->hide();
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateState();
    emit busyChanged(busy);
}

void SignInDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void SignInDialog::signIn()
{
    const QString login = m_loginEdit->text().trimmed();
    if (m_busy || login.isEmpty() || m_passwordEdit->text().isEmpty())
        return;

    // The password goes straight into guarded memory; the line edit is cleared at once.
    auto password = std::make_shared<security::SecureBuffer>(
        security::SecureBuffer::fromUtf8(m_passwordEdit->text()));
    m_passwordEdit->clear();

    const QString path = m_databasePath;
    setBusy(true);
    runKeyTask(
        this, [path, login, password]() { return store::Database::unlock(path, login, *password); },
        [this](UnlockResult unlocked) { finishSignIn(std::move(unlocked), false); });
}

void SignInDialog::askForRecoveryCode()
{
    if (m_busy)
        return;
    auto* inputDialog = new QInputDialog(this);
    inputDialog->setAttribute(Qt::WA_DeleteOnClose);
    inputDialog->setObjectName(QStringLiteral("recoveryCodeInputDialog"));
    inputDialog->setWindowTitle(tr("Use recovery code"));
    inputDialog->setLabelText(
        tr("Type the recovery code that was written down when the database was created.\n"
           "Spaces, hyphens and capitals do not matter."));
    inputDialog->setInputMode(QInputDialog::TextInput);
    inputDialog->setOkButtonText(tr("&Open database"));
    inputDialog->setMinimumWidth(520);
    connect(inputDialog, &QInputDialog::textValueSelected, this,
            &SignInDialog::signInWithRecoveryCode);
    inputDialog->open();
}

void SignInDialog::signInWithRecoveryCode(const QString& recoveryCode)
{
    if (m_busy)
        return;
    if (recoveryCode.trimmed().isEmpty()) {
        showError(tr("Enter the recovery code."));
        return;
    }
    const QString path = m_databasePath;
    const QString code = recoveryCode;
    setBusy(true);
    runKeyTask(
        this, [path, code]() { return store::Database::unlockWithRecoveryCode(path, code); },
        [this](UnlockResult unlocked) { finishSignIn(std::move(unlocked), true); });
}

void SignInDialog::finishSignIn(UnlockResult unlocked, bool viaRecoveryCode)
{
    if (!unlocked) {
        setBusy(false);
        showError(unlocked.message());
        m_passwordEdit->setFocus();
        return;
    }
    SignedInUser user;
    user.login = viaRecoveryCode ? unlocked->login : m_loginEdit->text().trimmed();
    user.viaRecoveryCode = viaRecoveryCode;
    // Fast, and on this (the GUI) thread: the connection belongs to the thread that opens it.
    auto opened = store::Database::open(std::move(unlocked.value()));
    setBusy(false);
    if (!opened) {
        showError(opened.message());
        m_passwordEdit->setFocus();
        return;
    }
    m_database = std::move(opened.value());
    m_user = user;
    accept();
}

} // namespace madoguchi::ui
