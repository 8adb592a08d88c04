// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/WindowFlow.h"

#include "access/SetupDialog.h"
#include "access/SignInDialog.h"
#include "access/TotpEnrolmentDialog.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QMessageBox>

namespace madoguchi::ui {

WindowFlow::WindowFlow(const QString& databasePath, security::KdfParams kdf, QObject* parent)
    : QObject(parent), m_databasePath(databasePath), m_kdf(kdf)
{}

WindowFlow::~WindowFlow()
{
    // The windows own the workspace and database; close them (and it) before the application
    // goes.
    delete m_mainWindow;
    delete m_enrolmentDialog;
    delete m_signInDialog;
    delete m_setupDialog;
    if (m_pendingWorkspace)
        (void)m_pendingWorkspace->signOut();
}

SetupDialog* WindowFlow::setupDialog() const
{
    return m_setupDialog;
}

SignInDialog* WindowFlow::signInDialog() const
{
    return m_signInDialog;
}

TotpEnrolmentDialog* WindowFlow::enrolmentDialog() const
{
    return m_enrolmentDialog;
}

MainWindow* WindowFlow::mainWindow() const
{
    return m_mainWindow;
}

void WindowFlow::start()
{
    if (store::Database::exists(m_databasePath))
        showSignIn();
    else
        showSetup();
}

void WindowFlow::showSetup()
{
    m_setupDialog = new SetupDialog(m_databasePath, m_kdf);
    m_setupDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_setupDialog, &QDialog::finished, this, [this](int result) {
        std::unique_ptr<Workspace> workspace =
            m_setupDialog && result == QDialog::Accepted ? m_setupDialog->takeWorkspace() : nullptr;
        if (!workspace) {
            emit finished();
            return;
        }
        showFirstEnrolment(std::move(workspace), m_setupDialog->displayName());
    });
    m_setupDialog->show();
}

void WindowFlow::showFirstEnrolment(std::unique_ptr<Workspace> workspace,
                                    const QString& displayName)
{
    auto enrolment = workspace->staff().newEnrolment();
    if (!enrolment) {
        (void)workspace->signOut();
        QMessageBox::critical(nullptr, tr("Madoguchi"), enrolment.message());
        emit finished();
        return;
    }
    m_pendingWorkspace = std::move(workspace);
    m_enrolmentDialog =
        new TotpEnrolmentDialog(std::move(enrolment.value()), TotpEnrolmentDialog::Mode::Confirm,
                                m_pendingWorkspace.get(), displayName);
    m_enrolmentDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_enrolmentDialog, &QDialog::finished, this, [this](int result) {
        std::unique_ptr<Workspace> pending = std::move(m_pendingWorkspace);
        if (result != QDialog::Accepted || !pending || !pending->isSignedIn()) {
            // The account stays without a second factor: it is set up at the next sign-in.
            if (pending)
                (void)pending->signOut();
            emit finished();
            return;
        }
        showMainWindow(std::move(pending));
    });
    m_enrolmentDialog->show();
}

void WindowFlow::showSignIn()
{
    m_signInDialog = new SignInDialog(m_databasePath);
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signInDialog, &QDialog::finished, this, [this](int result) {
        std::unique_ptr<Workspace> workspace = m_signInDialog && result == QDialog::Accepted
                                                   ? m_signInDialog->takeWorkspace()
                                                   : nullptr;
        if (!workspace) {
            emit finished();
            return;
        }
        showMainWindow(std::move(workspace));
    });
    m_signInDialog->show();
}

void WindowFlow::showMainWindow(std::unique_ptr<Workspace> workspace)
{
    const std::chrono::minutes idleLock(workspace->settings().idleLockMinutes());
    m_mainWindow = new MainWindow(std::move(workspace), idleLock);
    MainWindow* window = m_mainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::closed, this, &WindowFlow::finished);
    connect(window, &MainWindow::signOutRequested, this, [this, window]() {
        window->close(); // deletes the window; the workspace was signed out already
        showSignIn();
    });
    window->show();
    emit signedIn();
}

} // namespace madoguchi::ui
