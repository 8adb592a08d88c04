// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/SetupDialog.h"

#include "access/PasswordRules.h"
#include "access/RecoveryCodeDialog.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

constexpr int kMaximumDisplayNameLength = 100;

QString absolutePath(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(trimmed).absoluteFilePath());
}

} // namespace

SetupDialog::SetupDialog(const QString& databasePath, security::KdfParams kdf, QWidget* parent)
    : QDialog(parent), m_kdf(kdf)
{
    setWindowTitle(tr("Set up Madoguchi"));

    auto* introLabel = new QLabel(
        tr("No Madoguchi database was found on this computer. Create a new encrypted database "
           "and its first administrator account."),
        this);
    introLabel->setWordWrap(true);

    m_pathEdit = new QLineEdit(QDir::toNativeSeparators(databasePath), this);
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setAutoDefault(false);
    connect(m_browseButton, &QPushButton::clicked, this, &SetupDialog::browse);
    auto* pathLayout = new QHBoxLayout;
    pathLayout->addWidget(m_pathEdit, 1);
    pathLayout->addWidget(m_browseButton);

    m_loginEdit = new QLineEdit(this);
    m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
    m_loginEdit->setPlaceholderText(tr("e.g. yamada.hanako"));
    // Login names are plain ASCII so they can be typed on any keyboard and IME state.
    m_loginEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{1,64}")), m_loginEdit));

    m_displayNameEdit = new QLineEdit(this);
    m_displayNameEdit->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayNameEdit->setMaxLength(kMaximumDisplayNameLength);
    m_displayNameEdit->setPlaceholderText(tr("e.g. 山田 花子"));

    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(
        tr("At least %n characters", nullptr, PasswordRules::kMinimumLength));

    m_confirmPasswordEdit = new QLineEdit(this);
    m_confirmPasswordEdit->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_confirmPasswordEdit->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("Database &location:"), this);
    pathLabel->setBuddy(m_pathEdit); // a row holding a layout gets no buddy by itself
    form->addRow(pathLabel, pathLayout);
    form->addRow(tr("Administrator lo&gin name:"), m_loginEdit);
    form->addRow(tr("&Display name:"), m_displayNameEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(tr("Con&firm password:"), m_confirmPasswordEdit);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_messageLabel->setTextFormat(Qt::PlainText);

    m_progressLabel =
        new QLabel(tr("Creating the encrypted database. This takes a few seconds…"), this);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setTextVisible(false);
    m_progressLabel->hide();
    m_progressBar->hide();

    auto* buttonBox = new QDialogButtonBox(this);
    m_createButton = buttonBox->addButton(tr("&Create database"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    m_cancelButton = buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(buttonBox, &QDialogButtonBox::accepted, this, &SetupDialog::startCreating);
    connect(buttonBox, &QDialogButtonBox::rejected, this, &SetupDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progressBar);
    layout->addStretch();
    layout->addWidget(buttonBox);
    setMinimumWidth(720); // the default database path is long; show it whole

    for (QLineEdit* edit :
         {m_pathEdit, m_loginEdit, m_displayNameEdit, m_passwordEdit, m_confirmPasswordEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this]() {
            m_failureMessage.clear();
            updateState();
        });
    }
    m_loginEdit->setFocus();
    updateState();
}

SetupDialog::~SetupDialog() = default;

QString SetupDialog::databasePath() const
{
    return absolutePath(m_pathEdit->text());
}

QString SetupDialog::login() const
{
    return m_loginEdit->text().trimmed();
}

QString SetupDialog::displayName() const
{
    return m_displayNameEdit->text().simplified();
}

QString SetupDialog::messageText() const
{
    return m_messageLabel->text();
}

std::unique_ptr<Workspace> SetupDialog::takeWorkspace()
{
    if (result() != QDialog::Accepted)
        return nullptr;
    return std::move(m_workspace);
}

void SetupDialog::reject()
{
    if (m_busy || m_workspace)
        return;
    QDialog::reject();
}

void SetupDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Database location"), databasePath(), tr("Madoguchi database (*.db)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_pathEdit->setText(QDir::toNativeSeparators(chosen));
}

QString SetupDialog::validationProblem() const
{
    const QString path = databasePath();
    if (path.isEmpty())
        return tr("Choose where the database is to be kept.");
    if (store::Database::exists(path)) {
        return tr("A database already exists at this location. Choose another location, or "
                  "start Madoguchi with that database to sign in.");
    }
    return PasswordRules::problem(m_passwordEdit->text(), m_confirmPasswordEdit->text());
}

bool SetupDialog::isComplete() const
{
    return !login().isEmpty() && !displayName().isEmpty() && !m_passwordEdit->text().isEmpty() &&
           !m_confirmPasswordEdit->text().isEmpty() && validationProblem().isEmpty();
}

void SetupDialog::updateState()
{
    // Once the database is being made (or exists), "already exists" is no longer news.
    const bool started = m_busy || m_workspace;
    m_messageLabel->setText(!m_failureMessage.isEmpty() ? m_failureMessage
                            : started                   ? QString()
                                                        : validationProblem());
    m_messageLabel->setVisible(!m_messageLabel->text().isEmpty());
    m_createButton->setEnabled(!m_busy && !m_workspace && isComplete());
}

void SetupDialog::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    for (QWidget* input :
         std::initializer_list<QWidget*>{m_pathEdit, m_browseButton, m_loginEdit, m_displayNameEdit,
                                         m_passwordEdit, m_confirmPasswordEdit, m_cancelButton}) {
        input->setEnabled(!busy && !m_workspace);
    }
    m_progressLabel->setVisible(busy);
    m_progressBar->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateState();
    emit busyChanged(busy);
}

void SetupDialog::showFailure(const QString& message)
{
    m_failureMessage = message;
    updateState();
    m_passwordEdit->setFocus();
}

void SetupDialog::startCreating()
{
    if (m_busy || m_workspace || !isComplete())
        return;

    const QString path = databasePath();

    // The password goes straight into guarded memory; the line edits are cleared at once.
    auto password = std::make_shared<security::SecureBuffer>(
        security::SecureBuffer::fromUtf8(m_passwordEdit->text()));
    m_passwordEdit->clear();
    m_confirmPasswordEdit->clear();

    const QString adminLogin = login();
    const security::KdfParams kdf = m_kdf;
    setBusy(true);
    runKeyTask(
        this,
        [path, adminLogin, password, kdf]() {
            return store::Database::prepareNew(path, adminLogin, *password, kdf);
        },
        [this](UnlockResult prepared) { finishCreating(std::move(prepared)); });
}

void SetupDialog::finishCreating(UnlockResult prepared)
{
    if (!prepared) {
        setBusy(false);
        showFailure(prepared.message());
        return;
    }
    const QString recoveryCode = prepared->recoveryCode;
    const QString path = prepared->path.isEmpty() ? databasePath() : prepared->path;
    // Opening is fast and must happen on this (the GUI) thread: the connection belongs to it.
    auto opened = store::Database::open(std::move(prepared.value()));
    if (!opened) {
        setBusy(false);
        showFailure(opened.message());
        return;
    }
    auto attached = Workspace::attach(std::move(opened.value()));
    if (!attached) {
        setBusy(false);
        showFailure(attached.message());
        return;
    }
    auto administrator = attached.value()->staff().createFirstAdministrator(displayName());
    if (!administrator) {
        (void)attached.value()->signOut();
        setBusy(false);
        showFailure(administrator.message());
        return;
    }
    m_workspace = std::move(attached.value());
    setBusy(false);
    emit databaseCreated();

    m_recoveryCodeDialog = new RecoveryCodeDialog(recoveryCode, path, this);
    m_recoveryCodeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_recoveryCodeDialog, &QDialog::accepted, this, &QDialog::accept);
    m_recoveryCodeDialog->open();
}

} // namespace madoguchi::ui
