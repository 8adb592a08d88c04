// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/SecureBuffer.h"
#include "security/StaffAccounts.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace madoguchi::ui {

/// A staff account's login, display name, roles and scopes (and, for a new account, its initial
/// password). Checks what it can; submitted() asks the owner to save, and the owner either
/// accepts the dialog or shows the core's refusal with showError().
class StaffAccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Create,
        Edit,
    };

    explicit StaffAccountDialog(Mode mode, QWidget* parent = nullptr);
    ~StaffAccountDialog() override;

    Mode mode() const { return m_mode; }
    /// Edit: fills the fields from account (the login cannot be changed).
    void setAccount(const security::StaffAccount& account);
    /// What was filled in.
    security::NewStaffAccount account() const;
    /// Create: the initial password in guarded memory; the fields are emptied.
    security::SecureBuffer takePassword();
    QCheckBox* roleCheckBox(security::Role role) const { return m_roleChecks.value(role); }
    QCheckBox* scopeCheckBox(security::Scope scope) const { return m_scopeChecks.value(scope); }
    QString messageText() const;
    void showError(const QString& message);

signals:
    void submitted();

private slots:
    void edited();
    void updateState();
    void submit();

private:
    QString validationProblem() const;

    Mode m_mode;
    QLineEdit* m_loginEdit = nullptr;
    QLineEdit* m_displayNameEdit = nullptr;
    QMap<security::Role, QCheckBox*> m_roleChecks;
    QMap<security::Scope, QCheckBox*> m_scopeChecks;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_confirmPasswordEdit = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_okButton = nullptr;
    QString m_error;
};

/// An administrator's password reset: the new password twice.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(const QString& login, const QString& displayName,
                        QWidget* parent = nullptr);
    ~ResetPasswordDialog() override;

    QString login() const { return m_login; }
    security::SecureBuffer takePassword();
    QString messageText() const;
    void showError(const QString& message);

signals:
    void submitted();

private slots:
    void updateState();

private:
    QString m_login;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_confirmPasswordEdit = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_okButton = nullptr;
    QString m_error;
};

} // namespace madoguchi::ui
