// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/StaffAccounts.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

class StaffAccountDialog;
class StaffTableModel;
class TotpEnrolmentDialog;

/// Staff administration (管理, staff.manage): the accounts, and creating, changing, unlocking and
/// disabling them. Every change goes through StaffAccounts, which checks the session and audits.
/// Dialogs open window-modal without blocking (open()), so the flow is event-driven.
class StaffPage : public QWidget
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the page.
    explicit StaffPage(Workspace& workspace, QWidget* parent = nullptr);
    ~StaffPage() override;

    StaffTableModel* model() const { return m_model; }
    /// Selects login's row; false if there is none.
    bool selectAccount(const QString& login);
    /// The selected account, or null.
    const security::StaffAccount* selectedAccount() const;
    QString messageText() const;
    /// The QR code shown after an account was created, while it is open.
    TotpEnrolmentDialog* enrolmentDialog() const;

public slots:
    void refresh();
    void newAccount();
    void editAccount();
    void resetPassword();
    void resetSecondFactor();
    void unlockAccount();
    void disableAccount();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private slots:
    void updateButtons();

private:
    void retranslate();
    void createAccount(StaffAccountDialog* dialog);
    void saveAccount(StaffAccountDialog* dialog);
    void showEnrolment(security::TotpEnrolment enrolment, const QString& displayName);
    void showMessage(const QString& message, bool error = false);
    /// Shows status's message (or success) and reloads the table, keeping login selected.
    void reportChange(const Status& status, const QString& login, const QString& success);

    Workspace& m_workspace;
    StaffTableModel* m_model = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_introLabel = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_resetPasswordButton = nullptr;
    QPushButton* m_resetSecondFactorButton = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QPushButton* m_disableButton = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPointer<TotpEnrolmentDialog> m_enrolmentDialog;
};

} // namespace madoguchi::ui
