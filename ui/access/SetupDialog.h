// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/KeyTask.h"
#include "access/RecoveryCodeDialog.h"
#include "security/KeySlotFile.h"
#include "store/Database.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

/// First run: where the database goes and who its first administrator is. Creates the encrypted
/// database (key derivation on a worker thread), attaches a Workspace and makes the first
/// administrator's account with the display name typed, then shows the recovery code once. The
/// second factor is set up next, by the caller (TotpEnrolmentDialog).
class SetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SetupDialog(const QString& databasePath,
                         security::KdfParams kdf = security::KdfParams::moderate(),
                         QWidget* parent = nullptr);
    ~SetupDialog() override;

    QString databasePath() const;
    QString login() const;
    QString displayName() const;
    bool isBusy() const { return m_busy; }
    /// The error or validation problem shown in the dialog (empty when none).
    QString messageText() const;
    /// The workspace (open database, first administrator created, not yet signed in) after the
    /// dialog was accepted; null before, or once taken.
    std::unique_ptr<Workspace> takeWorkspace();
    /// The recovery code dialog, while it is shown.
    RecoveryCodeDialog* recoveryCodeDialog() const { return m_recoveryCodeDialog; }

public slots:
    /// Ignored while the database is being created, or once it exists (the recovery code must be
    /// acknowledged first).
    void reject() override;

signals:
    void busyChanged(bool busy);
    /// The database exists and is open; the recovery code dialog is about to be shown.
    void databaseCreated();

private slots:
    void browse();
    void updateState();
    void startCreating();

private:
    void finishCreating(UnlockResult prepared);
    void setBusy(bool busy);
    void showFailure(const QString& message);
    QString validationProblem() const;
    bool isComplete() const;

    security::KdfParams m_kdf;
    QLineEdit* m_pathEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QLineEdit* m_loginEdit = nullptr;
    QLineEdit* m_displayNameEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_confirmPasswordEdit = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_createButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPointer<RecoveryCodeDialog> m_recoveryCodeDialog;
    QString m_failureMessage;
    bool m_busy = false;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace madoguchi::ui
