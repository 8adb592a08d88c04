// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/StaffAccountDialog.h"

#include "access/AccessLabels.h"
#include "access/PasswordRules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

constexpr int kMaximumDisplayNameLength = 100;

QLabel* createMessageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("messageLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

QLineEdit* createPasswordEdit(QWidget* parent, const char* objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

StaffAccountDialog::StaffAccountDialog(Mode mode, QWidget* parent) : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("staffAccountDialog"));
    setWindowTitle(mode == Mode::Create ? tr("New staff account") : tr("Edit staff account"));

    m_loginEdit = new QLineEdit(this);
    m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
    m_loginEdit->setPlaceholderText(tr("e.g. suzuki.taro"));
    m_loginEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{1,64}")), m_loginEdit));
    m_loginEdit->setReadOnly(mode == Mode::Edit);
    m_displayNameEdit = new QLineEdit(this);
    m_displayNameEdit->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayNameEdit->setMaxLength(kMaximumDisplayNameLength);
    m_displayNameEdit->setPlaceholderText(tr("e.g. 鈴木 太郎"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Login name:"), m_loginEdit);
    form->addRow(tr("&Display name:"), m_displayNameEdit);

    auto* rolesBox = new QGroupBox(tr("Roles"), this);
    auto* rolesLayout = new QVBoxLayout(rolesBox);
    for (security::Role role : security::allRoles()) {
        auto* check = new QCheckBox(AccessLabels::role(role), rolesBox);
        check->setObjectName(QStringLiteral("role_") + security::roleCode(role));
        rolesLayout->addWidget(check);
        m_roleChecks.insert(role, check);
        connect(check, &QCheckBox::toggled, this, &StaffAccountDialog::edited);
    }

    auto* scopesBox = new QGroupBox(tr("Task scopes (ledgers this person works on)"), this);
    auto* scopesLayout = new QVBoxLayout(scopesBox);
    for (security::Scope scope : security::allScopes()) {
        auto* check = new QCheckBox(AccessLabels::scope(scope), scopesBox);
        check->setObjectName(QStringLiteral("scope_") + security::scopeCode(scope));
        scopesLayout->addWidget(check);
        m_scopeChecks.insert(scope, check);
    }
    scopesLayout->addStretch();

    auto* choices = new QHBoxLayout;
    choices->addWidget(rolesBox);
    choices->addWidget(scopesBox, 1);

    auto* passwordForm = new QFormLayout;
    if (mode == Mode::Create) {
        m_passwordEdit = createPasswordEdit(this, "passwordEdit");
        m_passwordEdit->setPlaceholderText(
            tr("At least %n characters", nullptr, PasswordRules::kMinimumLength));
        m_confirmPasswordEdit = createPasswordEdit(this, "confirmPasswordEdit");
        passwordForm->addRow(tr("Initial &password:"), m_passwordEdit);
        passwordForm->addRow(tr("Con&firm password:"), m_confirmPasswordEdit);
        connect(m_passwordEdit, &QLineEdit::textChanged, this, &StaffAccountDialog::edited);
        connect(m_confirmPasswordEdit, &QLineEdit::textChanged, this, &StaffAccountDialog::edited);
    }

    m_messageLabel = createMessageLabel(this);

    auto* buttonBox = new QDialogButtonBox(this);
    m_okButton = buttonBox->addButton(mode == Mode::Create ? tr("&Create account") : tr("&Save"),
                                      QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setDefault(true);
    buttonBox->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttonBox, &QDialogButtonBox::accepted, this, &StaffAccountDialog::submit);
    connect(buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(choices);
    layout->addLayout(passwordForm);
    layout->addWidget(m_messageLabel);
    layout->addStretch();
    layout->addWidget(buttonBox);

    for (QLineEdit* edit : {m_loginEdit, m_displayNameEdit})
        connect(edit, &QLineEdit::textChanged, this, &StaffAccountDialog::edited);
    m_loginEdit->setFocus();
    updateState();
}

StaffAccountDialog::~StaffAccountDialog() = default;

void StaffAccountDialog::setAccount(const security::StaffAccount& account)
{
    m_loginEdit->setText(account.login);
    m_displayNameEdit->setText(account.displayName);
    for (auto it = m_roleChecks.cbegin(); it != m_roleChecks.cend(); ++it)
        it.value()->setChecked(account.roles.contains(it.key()));
    for (auto it = m_scopeChecks.cbegin(); it != m_scopeChecks.cend(); ++it)
        it.value()->setChecked(account.scopes.contains(it.key()));
    m_displayNameEdit->setFocus();
    updateState();
}

security::NewStaffAccount StaffAccountDialog::account() const
{
    security::NewStaffAccount account;
    account.login = m_loginEdit->text().trimmed();
    account.displayName = m_displayNameEdit->text().simplified();
    for (security::Role role : security::allRoles()) {
        if (m_roleChecks.value(role)->isChecked())
            account.roles.append(role);
    }
    for (security::Scope scope : security::allScopes()) {
        if (m_scopeChecks.value(scope)->isChecked())
            account.scopes.append(scope);
    }
    return account;
}

security::SecureBuffer StaffAccountDialog::takePassword()
{
    if (!m_passwordEdit)
        return {};
    security::SecureBuffer password = security::SecureBuffer::fromUtf8(m_passwordEdit->text());
    m_passwordEdit->clear();
    m_confirmPasswordEdit->clear();
    return password;
}

QString StaffAccountDialog::messageText() const
{
    return m_messageLabel->text();
}

void StaffAccountDialog::showError(const QString& message)
{
    m_error = message;
    updateState();
}

QString StaffAccountDialog::validationProblem() const
{
    const security::NewStaffAccount filled = account();
    if (filled.login.isEmpty() || filled.displayName.isEmpty())
        return {};
    if (filled.roles.isEmpty())
        return tr("Choose at least one role.");
    if (m_passwordEdit)
        return PasswordRules::problem(m_passwordEdit->text(), m_confirmPasswordEdit->text());
    return {};
}

void StaffAccountDialog::updateState()
{
    const QString problem = validationProblem();
    const QString shown = m_error.isEmpty() ? problem : m_error;
    m_messageLabel->setText(shown);
    m_messageLabel->setVisible(!shown.isEmpty());
    const security::NewStaffAccount filled = account();
    bool complete = !filled.login.isEmpty() && !filled.displayName.isEmpty() &&
                    !filled.roles.isEmpty() && problem.isEmpty();
    if (m_passwordEdit)
        complete = complete && !m_passwordEdit->text().isEmpty() &&
                   !m_confirmPasswordEdit->text().isEmpty();
    m_okButton->setEnabled(complete);
}

void StaffAccountDialog::edited()
{
    m_error.clear(); // typing again makes an old refusal stale
    updateState();
}

void StaffAccountDialog::submit()
{
    if (!m_okButton->isEnabled())
        return;
    emit submitted();
}

ResetPasswordDialog::ResetPasswordDialog(const QString& login, const QString& displayName,
                                         QWidget* parent)
    : QDialog(parent), m_login(login)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset password"));

    auto* introLabel = new QLabel(
        tr("Set a new password for %1 (%2). Tell it to them in person; they can change it "
           "later. Their second factor stays as it is.")
            .arg(displayName, login),
        this);
    introLabel->setWordWrap(true);
    introLabel->setTextFormat(Qt::PlainText);

    m_passwordEdit = createPasswordEdit(this, "passwordEdit");
    m_passwordEdit->setPlaceholderText(
        tr("At least %n characters", nullptr, PasswordRules::kMinimumLength));
    m_confirmPasswordEdit = createPasswordEdit(this, "confirmPasswordEdit");
    auto* form = new QFormLayout;
    form->addRow(tr("New &password:"), m_passwordEdit);
    form->addRow(tr("Con&firm password:"), m_confirmPasswordEdit);

    m_messageLabel = createMessageLabel(this);

    auto* buttonBox = new QDialogButtonBox(this);
    m_okButton = buttonBox->addButton(tr("&Reset password"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setDefault(true);
    buttonBox->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttonBox, &QDialogButtonBox::accepted, this, [this]() {
        if (m_okButton->isEnabled())
            emit submitted();
    });
    connect(buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addStretch();
    layout->addWidget(buttonBox);
    setMinimumWidth(460);

    for (QLineEdit* edit : {m_passwordEdit, m_confirmPasswordEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this]() {
            m_error.clear();
            updateState();
        });
    }
    updateState();
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

security::SecureBuffer ResetPasswordDialog::takePassword()
{
    security::SecureBuffer password = security::SecureBuffer::fromUtf8(m_passwordEdit->text());
    m_passwordEdit->clear();
    m_confirmPasswordEdit->clear();
    return password;
}

QString ResetPasswordDialog::messageText() const
{
    return m_messageLabel->text();
}

void ResetPasswordDialog::showError(const QString& message)
{
    m_error = message;
    updateState();
}

void ResetPasswordDialog::updateState()
{
    const QString problem =
        PasswordRules::problem(m_passwordEdit->text(), m_confirmPasswordEdit->text());
    const QString shown = m_error.isEmpty() ? problem : m_error;
    m_messageLabel->setText(shown);
    m_messageLabel->setVisible(!shown.isEmpty());
    m_okButton->setEnabled(problem.isEmpty() && !m_passwordEdit->text().isEmpty() &&
                           !m_confirmPasswordEdit->text().isEmpty());
}

} // namespace madoguchi::ui
