// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace madoguchi::ui {
class MainWindow;
class SetupDialog;
class SignInDialog;
} // namespace madoguchi::ui

namespace madoguchi::app {

/// The order of windows: setup (first run) or sign-in, then the main window; signing out goes
/// back to sign-in. Event-driven, so no nested event loops sit under the main window.
class WindowFlow : public QObject
{
    Q_OBJECT

public:
    explicit WindowFlow(const QString& databasePath, QObject* parent = nullptr);
    ~WindowFlow() override;

    /// Shows the first window: SetupDialog if there is no database at the path, else SignInDialog.
    void start();

signals:
    /// Nothing is left to show: the person cancelled or quit.
    void finished();

private:
    void showSetup();
    void showSignIn();
    void showMainWindow();

    QString m_databasePath;
    QPointer<ui::SetupDialog> m_setupDialog;
    QPointer<ui::SignInDialog> m_signInDialog;
    QPointer<ui::MainWindow> m_mainWindow;
};

} // namespace madoguchi::app
