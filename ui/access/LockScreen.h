// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/KeyTask.h"
#include "access/SignedInUser.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace madoguchi::ui {

/// What a locked window shows instead of its content: asks the signed-in person for their
/// password again and checks it by unlocking the same key slot on a worker thread. The open
/// database is not touched.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    LockScreen(const QString& databasePath, const SignedInUser& user, QWidget* parent = nullptr);
    ~LockScreen() override;

    bool isBusy() const { return m_busy; }
    QString errorText() const;
    /// Empties the password field and the error, and puts the focus in the field.
    void reset();
    void retranslate();

signals:
    void unlocked();
    void signOutRequested();
    void busyChanged(bool busy);

private slots:
    void tryUnlock();

private:
    void finishUnlock(UnlockResult result);
    void setBusy(bool busy);

    QString m_databasePath;
    SignedInUser m_user;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_promptLabel = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QPushButton* m_signOutButton = nullptr;
    bool m_busy = false;
};

} // namespace madoguchi::ui
