// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/SignInDialog.h"

#include "access/TotpEnrolmentWidget.h"
#include "security/Totp.h"
#include "sync/CentralSignIn.h"
#include "workspace/Workspace.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

SignInDialog::SignInDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Madoguchi"));

    m_headingLabel = new QLabel(this);
    m_headingLabel->setObjectName(QStringLiteral("headingLabel"));
    m_headingLabel->setTextFormat(Qt::PlainText);
    QFont headingFont = m_headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_headingLabel->setFont(headingFont);

    auto* databaseLabel =
        new QLabel(tr("Database: %1").arg(QFileInfo(databasePath).fileName()), this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    databaseLabel->setToolTip(QDir::toNativeSeparators(databasePath));
    databaseLabel->setTextFormat(Qt::PlainText);

    // Step 1: login name and password.
    auto* passwordPage = new QWidget(this);
    m_loginEdit = new QLineEdit(passwordPage);
    m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
    m_passwordEdit = new QLineEdit(passwordPage);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout(passwordPage);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Login name:"), m_loginEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);

    // Step 2: the code from the authenticator app.
    auto* codePage = new QWidget(this);
    codePage->setObjectName(QStringLiteral("codePage"));
    m_codeIntroLabel = new QLabel(codePage);
    m_codeIntroLabel->setObjectName(QStringLiteral("codeIntroLabel"));
    m_codeIntroLabel->setWordWrap(true);
    m_codeIntroLabel->setTextFormat(Qt::PlainText);
    auto* codeCaption =
        new QLabel(tr("The 6-digit code shown in your authenticator app:"), codePage);
    m_codeEdit = createCodeEdit(codePage);
    codeCaption->setBuddy(m_codeEdit);
    auto* codeLayout = new QVBoxLayout(codePage);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_codeIntroLabel);
    codeLayout->addSpacing(6);
    codeLayout->addWidget(codeCaption);
    codeLayout->addWidget(m_codeEdit, 0, Qt::AlignLeft);
    codeLayout->addStretch();

    // Step 2 for an account without a second factor: set one up.
    m_enrolmentWidget = new TotpEnrolmentWidget(this);
    m_enrolmentWidget->setObjectName(QStringLiteral("enrolmentWidget"));

    m_stepStack = new QStackedWidget(this);
    m_stepStack->setObjectName(QStringLiteral("stepStack"));
    m_stepStack->addWidget(passwordPage);
    m_stepStack->addWidget(codePage);
    m_stepStack->addWidget(m_enrolmentWidget);

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

    auto* buttonBox = new QDialogButtonBox(this);
    m_backButton = buttonBox->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setAutoDefault(false);
    connect(m_backButton, &QPushButton::clicked, this, &SignInDialog::goBack);
    m_signInButton = buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_cancelButton = buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addWidget(databaseLabel);
    layout->addSpacing(6);
    layout->addWidget(m_stepStack);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_progressBar);
    layout->addStretch();
    layout->addWidget(buttonBox);
    setMinimumWidth(440);

    connect(m_loginEdit, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_codeEdit, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_enrolmentWidget, &TotpEnrolmentWidget::codeChanged, this, &SignInDialog::updateState);
    connect(m_enrolmentWidget, &TotpEnrolmentWidget::codeSubmitted, this, &SignInDialog::submit);
    setStep(Step::Password);
    m_loginEdit->setFocus();
}

SignInDialog::~SignInDialog()
{
    closeWorkspace();
}

QString SignInDialog::errorText() const
{
    return m_errorLabel->text();
}

const security::TotpEnrolment* SignInDialog::enrolment() const
{
    return m_enrolment ? &*m_enrolment : nullptr;
}

std::unique_ptr<Workspace> SignInDialog::takeWorkspace()
{
    if (!m_workspace || !m_workspace->isSignedIn())
        return nullptr;
    return std::move(m_workspace);
}

void SignInDialog::reject()
{
    if (m_busy)
        return;
    closeWorkspace();
    QDialog::reject();
}

void SignInDialog::goBack()
{
    if (m_busy || m_step == Step::Password)
        return;
    closeWorkspace();
    showError(QString());
    setStep(Step::Password);
}

void SignInDialog::closeWorkspace()
{
    m_enrolment.reset();
    m_enrolmentWidget->clearSecret();
    m_enrolmentWidget->clearCode();
    m_codeEdit->clear();
    m_firstSignInLogin.clear();
    m_firstSignInPassword.reset();
    // Closes the database and wipes its keys (and records the sign-out if it got that far).
    if (m_workspace)
        (void)m_workspace->signOut();
    m_workspace.reset();
}

QString SignInDialog::currentCode() const
{
    return m_step == Step::Enrolment ? m_enrolmentWidget->code() : m_codeEdit->text().trimmed();
}

void SignInDialog::setStep(Step step)
{
    m_step = step;
    m_stepStack->setCurrentIndex(static_cast<int>(step));
    m_backButton->setVisible(step != Step::Password);
    switch (step) {
    case Step::Password:
        m_headingLabel->setText(tr("Sign in"));
        m_signInButton->setText(tr("&Next"));
        m_passwordEdit->setFocus();
        setMinimumWidth(440);
        break;
    case Step::Code:
        m_headingLabel->setText(tr("Second step: code from your app"));
        m_signInButton->setText(tr("&Sign in"));
        m_codeEdit->setFocus();
        break;
    case Step::Enrolment:
        m_headingLabel->setText(tr("Second step: set up your authenticator app"));
        m_signInButton->setText(tr("&Check code and sign in"));
        m_enrolmentWidget->focusCode();
        setMinimumWidth(720);
        break;
    }
    adjustSize();
    updateState();
    emit stepChanged(step);
}

void SignInDialog::updateState()
{
    bool complete = false;
    if (m_step == Step::Password)
        complete = !m_loginEdit->text().trimmed().isEmpty() && !m_passwordEdit->text().isEmpty();
    else
        complete = currentCode().size() == security::Totp::kDigits;
    m_signInButton->setEnabled(!m_busy && complete);
}

void SignInDialog::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    for (QWidget* input :
         std::initializer_list<QWidget*>{m_loginEdit, m_passwordEdit, m_cancelButton, m_backButton})
        input->setEnabled(!busy);
    m_progressBar->setVisible(busy);
    if (busy) {
        showError(QString());
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

void SignInDialog::submit()
{
    if (m_busy)
        return;
    if (m_step == Step::Password)
        checkPassword();
    else
        checkCode();
}

void SignInDialog::checkPassword()
{
    const QString login = m_loginEdit->text().trimmed();
    if (login.isEmpty() || m_passwordEdit->text().isEmpty())
        return;

    // The password goes straight into guarded memory; the line edit is cleared at once.
    auto password = std::make_shared<security::SecureBuffer>(
        security::SecureBuffer::fromUtf8(m_passwordEdit->text()));
    m_passwordEdit->clear();

    const QString path = m_databasePath;
    if (sync::CentralSignIn::appliesTo(path, login)) {
        // First sign-in on this computer: password and code go to the central server together.
        m_firstSignInLogin = login;
        m_firstSignInPassword = password;
        m_codeIntroLabel->setText(
            tr("This is your first sign-in on this computer: the central server checks your "
               "password and code (the network is needed this once). Type the code your "
               "authenticator app shows for Madoguchi."));
        setStep(Step::Code);
        return;
    }
    setBusy(true);
    runKeyTask(
        this,
        [path, login, password]() { return Workspace::unlockForSignIn(path, login, *password); },
        [this](UnlockResult unlocked) { finishPassword(std::move(unlocked)); });
}

void SignInDialog::finishPassword(UnlockResult unlocked)
{
    setBusy(false);
    if (!unlocked) {
        showError(unlocked.message());
        m_passwordEdit->setFocus();
        return;
    }
    // Fast, and on this (the GUI) thread: the connection belongs to the thread that opens it.
    auto opened = store::Database::open(std::move(unlocked.value()));
    if (!opened) {
        showError(opened.message());
        m_passwordEdit->setFocus();
        return;
    }
    auto attached = Workspace::attach(std::move(opened.value()));
    if (!attached) {
        showError(attached.message());
        m_passwordEdit->setFocus();
        return;
    }
    m_workspace = std::move(attached.value());

    auto account = m_workspace->staff().signingInAccount();
    if (!account) {
        closeWorkspace();
        showError(account.message());
        m_passwordEdit->setFocus();
        return;
    }
    const QString who = account->displayName.isEmpty()
                            ? account->login
                            : tr("%1 (%2)").arg(account->displayName, account->login);
    if (account->hasSecondFactor) {
        m_codeIntroLabel->setText(
            tr("Password accepted for %1. Open the authenticator app on your phone and type "
               "the code it shows for Madoguchi.")
                .arg(who));
        setStep(Step::Code);
        return;
    }
    auto enrolment = m_workspace->staff().newEnrolment();
    if (!enrolment) {
        closeWorkspace();
        showError(enrolment.message());
        return;
    }
    m_enrolment.emplace(std::move(enrolment.value()));
    m_enrolmentWidget->setEnrolment(m_enrolment->uri, m_enrolment->login);
    m_enrolmentWidget->setCodeRequested(true);
    setStep(Step::Enrolment);
}

void SignInDialog::checkCode()
{
    const QString code = currentCode();
    if (m_firstSignInPassword && code.size() == security::Totp::kDigits) {
        checkFirstSignInCode(code);
        return;
    }
    if (!m_workspace || code.size() != security::Totp::kDigits)
        return;
    const Status signedIn = m_step == Step::Enrolment && m_enrolment
                                ? m_workspace->completeEnrolment(*m_enrolment, code)
                                : m_workspace->completeSignIn(code);
    m_codeEdit->clear();
    m_enrolmentWidget->clearCode();
    if (signedIn) {
        m_enrolment.reset();
        m_enrolmentWidget->clearSecret();
        showError(QString());
        accept();
        return;
    }
    if (signedIn.code() == ErrorCode::AccountLocked ||
        signedIn.code() == ErrorCode::AccountDisabled) {
        // No more tries here: back to the first step, with the reason.
        closeWorkspace();
        setStep(Step::Password);
    }
    showError(signedIn.message());
}

void SignInDialog::checkFirstSignInCode(const QString& code)
{
    m_codeEdit->clear();
    const QString path = m_databasePath;
    const QString login = m_firstSignInLogin;
    const std::shared_ptr<security::SecureBuffer> password = m_firstSignInPassword;
    setBusy(true);
    // Network and Argon2id: on the thread pool, like runKeyTask (a FirstSignIn is move-only, so
    // it travels in a shared_ptr).
    using Holder = std::shared_ptr<Result<sync::FirstSignIn>>;
    auto* watcher = new QFutureWatcher<Holder>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, code]() {
        const Holder result = watcher->result();
        watcher->deleteLater();
        finishFirstSignIn(std::move(*result), code);
    });
    watcher->setFuture(QtConcurrent::run([path, login, password, code]() {
        return std::make_shared<Result<sync::FirstSignIn>>(
            sync::CentralSignIn::proveOnline(path, login, *password, code));
    }));
}

void SignInDialog::finishFirstSignIn(Result<sync::FirstSignIn> proved, const QString& code)
{
    setBusy(false);
    if (!proved) {
        showError(proved.message());
        // A wrong or used code may be tried again; anything else starts over with the password.
        if (proved.code() != ErrorCode::WrongCode) {
            m_firstSignInLogin.clear();
            m_firstSignInPassword.reset();
            setStep(Step::Password);
        }
        return;
    }
    m_firstSignInLogin.clear();
    m_firstSignInPassword.reset();
    sync::FirstSignIn first = std::move(proved).value();
    auto attached = sync::CentralSignIn::openProved(first);
    if (!attached) {
        showError(attached.message());
        setStep(Step::Password);
        return;
    }
    m_workspace = std::move(attached.value());
    if (Status completed = sync::CentralSignIn::complete(*m_workspace, first, code); !completed) {
        closeWorkspace();
        setStep(Step::Password);
        showError(completed.message());
        return;
    }
    showError(QString());
    accept();
}

} // namespace madoguchi::ui
