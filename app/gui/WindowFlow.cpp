// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowFlow.h"

#include "access/SetupDialog.h"
#include "access/SignInDialog.h"
#include "shell/MainWindow.h"
#include "store/Database.h"

namespace madoguchi::app {

WindowFlow::WindowFlow(const QString& databasePath, QObject* parent)
    : QObject(parent), m_databasePath(databasePath)
{}

WindowFlow::~WindowFlow()
{
    // The windows own the database; close them (and it) before the application goes.
    delete m_mainWindow;
    delete m_signInDialog;
    delete m_setupDialog;
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
    m_setupDialog = new ui::SetupDialog(m_databasePath);
    m_setupDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_setupDialog, &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted || !m_setupDialog) {
            emit finished();
            return;
        }
        ui::SignedInUser user;
        user.login = m_setupDialog->login();
        user.displayName = m_setupDialog->displayName();
        auto database = m_setupDialog->takeDatabase();
        m_mainWindow = new ui::MainWindow(std::move(database), user);
        showMainWindow();
    });
    m_setupDialog->show();
}

void WindowFlow::showSignIn()
{
    m_signInDialog = new ui::SignInDialog(m_databasePath);
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signInDialog, &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted || !m_signInDialog) {
            emit finished();
            return;
        }
        m_mainWindow =
            new ui::MainWindow(m_signInDialog->takeDatabase(), m_signInDialog->signedInUser());
        showMainWindow();
    });
    m_signInDialog->show();
}

void WindowFlow::showMainWindow()
{
    ui::MainWindow* window = m_mainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &ui::MainWindow::closed, this, &WindowFlow::finished);
    connect(window, &ui::MainWindow::signOutRequested, this, [this, window]() {
        window->close(); // deletes the window and with it the open database
        showSignIn();
    });
    window->show();
}

} // namespace madoguchi::app
