// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/KeyTask.h"
#include "security/StaffAccounts.h"

#include <QDialog>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::sync {
struct FirstSignIn;
}

namespace madoguchi::ui {

class TotpEnrolmentWidget;

/// Signing in, in two steps in one dialog.
///
/// 1. Login name and password: Workspace::unlockForSignIn on a worker thread (Argon2id; wrong
///    passwords count toward lockout), then Database::open and Workspace::attach on this thread.
/// 2. The 6-digit code from the authenticator app (Workspace::completeSignIn), or, for an account
///    without a second factor yet, setting one up (Workspace::completeEnrolment).
///
/// On an enrolled device where the login has no key slot yet (sync::CentralSignIn::appliesTo),
/// step 1 only keeps the password (in guarded memory) and step 2 is the first sign-in online:
/// password and code are proved against the central account on a worker thread
/// (CentralSignIn::proveOnline), then the database opens here and the local account is written
/// (CentralSignIn::complete). Later sign-ins of that person take the ordinary, offline path.
///
/// Errors stay in the dialog; what was typed stays, except passwords and codes.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        Password,
        Code,
        Enrolment,
    };

    explicit SignInDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~SignInDialog() override;

    QString databasePath() const { return m_databasePath; }
    Step step() const { return m_step; }
    bool isBusy() const { return m_busy; }
    /// The error shown in the dialog (empty when none).
    QString errorText() const;
    /// The set-up shown in the Enrolment step (tests compute a code from its secret).
    const security::TotpEnrolment* enrolment() const;
    TotpEnrolmentWidget* enrolmentWidget() const { return m_enrolmentWidget; }
    /// The signed-in workspace after the dialog was accepted (null before, or once taken).
    std::unique_ptr<Workspace> takeWorkspace();

public slots:
    /// Ignored while a password is being checked.
    void reject() override;
    /// Back from the second step to the first: the database is closed again.
    void goBack();

signals:
    void busyChanged(bool busy);
    void stepChanged(Step step);

private slots:
    void submit();
    void updateState();

private:
    void checkPassword();
    void finishPassword(UnlockResult unlocked);
    void checkCode();
    void checkFirstSignInCode(const QString& code);
    void finishFirstSignIn(Result<sync::FirstSignIn> proved, const QString& code);
    void setStep(Step step);
    void closeWorkspace();
    void setBusy(bool busy);
    void showError(const QString& message);
    QString currentCode() const;

    QString m_databasePath;
    Step m_step = Step::Password;
    QStackedWidget* m_stepStack = nullptr;
    QLabel* m_headingLabel = nullptr;
    QLineEdit* m_loginEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLabel* m_codeIntroLabel = nullptr;
    QLineEdit* m_codeEdit = nullptr;
    TotpEnrolmentWidget* m_enrolmentWidget = nullptr;
    QLabel* m_errorLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_backButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    bool m_busy = false;
    std::unique_ptr<Workspace> m_workspace;
    std::optional<security::TotpEnrolment> m_enrolment;
    // The first sign-in online: the login and password kept from step 1 until step 2 sends them.
    QString m_firstSignInLogin;
    std::shared_ptr<security::SecureBuffer> m_firstSignInPassword;
};

} // namespace madoguchi::ui
