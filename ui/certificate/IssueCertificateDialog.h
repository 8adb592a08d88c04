// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificate/CertificatePayload.h"
#include "ledger/LedgerState.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

class ApplicantPicker;

/// Issues a certificate for a person: the person is picked by name, kana or number, the ledger
/// from their current recipients (a current granting decision there), the kind from the kinds
/// that ledger prints. The core takes the facts from the ledger and signs the code; a refusal
/// is shown and the choices stay.
class IssueCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the dialog.
    explicit IssueCertificateDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~IssueCertificateDialog() override;

    ApplicantPicker* picker() const { return m_picker; }
    /// Chooses the person (as the picker would) and lists their recipients.
    void setPerson(const QString& personId, const QString& text);
    /// The person's ledgers offered, in the combo's order.
    QList<security::Scope> offeredLedgers() const;
    bool setLedger(security::Scope ledger);
    QList<certificate::DocumentKind> offeredKinds() const;
    bool setKind(certificate::DocumentKind kind);
    QString messageText() const;
    /// The certificate requested; empty until one is.
    QString certificateId() const { return m_certificateId; }

    /// The kinds of certificate kept in a ledger, in their number order.
    static QList<certificate::DocumentKind> kindsOf(security::Scope ledger);

public slots:
    /// Requests the certificate; on success the dialog is accepted, otherwise it shows why.
    bool submit();

private:
    void listRecipients();
    void listKinds();
    void updateButtons();
    void showMessage(const QString& text);

    Workspace& m_workspace;
    QList<ledger::RecipientState> m_recipients;
    QString m_certificateId;

    ApplicantPicker* m_picker = nullptr;
    QComboBox* m_ledgerCombo = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QLabel* m_recipientLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace madoguchi::ui
