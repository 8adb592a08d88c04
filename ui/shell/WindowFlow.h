// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/KeySlotFile.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

class MainWindow;
class SetupDialog;
class SignInDialog;
class TotpEnrolmentDialog;

/// The order of windows. First run: setup (database, first administrator, recovery code), then
/// the administrator's authenticator app, then the main window signed in. Later runs: sign-in
/// (password, then the app's code), then the main window. Signing out goes back to sign-in.
/// Event-driven, so no nested event loops sit under the main window.
class WindowFlow : public QObject
{
    Q_OBJECT

public:
    explicit WindowFlow(const QString& databasePath,
                        security::KdfParams kdf = security::KdfParams::moderate(),
                        QObject* parent = nullptr);
    ~WindowFlow() override;

    /// Shows the first window: SetupDialog if there is no database at the path, else SignInDialog.
    void start();

    SetupDialog* setupDialog() const;
    SignInDialog* signInDialog() const;
    TotpEnrolmentDialog* enrolmentDialog() const;
    MainWindow* mainWindow() const;

signals:
    /// Nothing is left to show: the person cancelled or quit.
    void finished();
    /// A main window was shown, signed in.
    void signedIn();

private:
    void showSetup();
    void showFirstEnrolment(std::unique_ptr<Workspace> workspace, const QString& displayName);
    void showSignIn();
    void showMainWindow(std::unique_ptr<Workspace> workspace);

    QString m_databasePath;
    security::KdfParams m_kdf;
    QPointer<SetupDialog> m_setupDialog;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<TotpEnrolmentDialog> m_enrolmentDialog;
    QPointer<MainWindow> m_mainWindow;
    std::unique_ptr<Workspace> m_pendingWorkspace; // first run, until the app is set up
};

} // namespace madoguchi::ui
