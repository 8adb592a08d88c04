// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/KeyTask.h"
#include "access/SignedInUser.h"
#include "store/Database.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace madoguchi::ui {

/// Later runs: login name and password (or the recovery code) open the existing database. The
/// key derivation runs on a worker thread; opening then happens on the GUI thread.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~SignInDialog() override;

    QString databasePath() const { return m_databasePath; }
    bool isBusy() const { return m_busy; }
    /// The error shown in the dialog (empty when none).
    QString errorText() const;
    SignedInUser signedInUser() const { return m_user; }
    /// The open database after the dialog was accepted (null before, or once taken).
    std::unique_ptr<store::Database> takeDatabase();

public slots:
    /// Opens the database with a recovery code typed (or pasted) by a person.
    void signInWithRecoveryCode(const QString& recoveryCode);
    /// Ignored while a sign-in is running.
    void reject() override;

signals:
    void busyChanged(bool busy);

private slots:
    void signIn();
    void askForRecoveryCode();
    void updateState();

private:
    void finishSignIn(UnlockResult unlocked, bool viaRecoveryCode);
    void setBusy(bool busy);
    void showError(const QString& message);

    QString m_databasePath;
    QLineEdit* m_loginEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_recoveryCodeButton = nullptr;
    bool m_busy = false;
    SignedInUser m_user;
    std::unique_ptr<store::Database> m_database;
};

} // namespace madoguchi::ui
