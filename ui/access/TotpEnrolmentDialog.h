// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/StaffAccounts.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

class TotpEnrolmentWidget;

/// Setting up a second factor with an authenticator app.
///
/// Confirm: for the signing-in person (first run, or after an administrator reset it). Nothing is
/// saved until a code from the app matches: then Workspace::completeEnrolment signs them in.
///
/// ShowOnce: for an administrator who has just created an account whose enrolment is already
/// saved. The QR code is shown this once; if the person is not there to scan it, "Set up at first
/// sign-in" (setUpLaterChosen()) tells the caller to reset the second factor instead.
class TotpEnrolmentDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Confirm,
        ShowOnce,
    };

    /// workspace is needed for Confirm only, and must outlive the dialog.
    TotpEnrolmentDialog(security::TotpEnrolment enrolment, Mode mode, Workspace* workspace,
                        const QString& displayName, QWidget* parent = nullptr);
    ~TotpEnrolmentDialog() override;

    Mode mode() const { return m_mode; }
    /// The enrolment shown (tests compute a code from its secret).
    const security::TotpEnrolment& enrolment() const { return m_enrolment; }
    TotpEnrolmentWidget* enrolmentWidget() const { return m_widget; }
    QString errorText() const;
    bool setUpLaterChosen() const { return m_setUpLater; }

public slots:
    /// Confirm mode: checks the code typed and, if it matches, saves it and signs in.
    void confirm();

private:
    void updateState();

    security::TotpEnrolment m_enrolment;
    Mode m_mode;
    Workspace* m_workspace;
    TotpEnrolmentWidget* m_widget = nullptr;
    QPushButton* m_confirmButton = nullptr;
    bool m_setUpLater = false;
};

} // namespace madoguchi::ui
