// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificate/CertificateService.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

/// 再交付: asks why a certificate is issued again (lost, damaged, …) and reissues it through the
/// core, which voids the old one and gives the new one the next issue number and the 再交付
/// mark. A refusal is shown in the dialog and the reason stays for correcting.
class ReissueDialog : public QDialog
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the dialog. personText names the holder.
    ReissueDialog(Workspace& workspace, const certificate::Certificate& certificate,
                  const QString& personText, QWidget* parent = nullptr);
    ~ReissueDialog() override;

    QString reasonText() const;
    void setReasonText(const QString& text);
    QString messageText() const;
    /// The new certificate; empty until the reissue succeeded.
    QString newCertificateId() const { return m_newId; }

public slots:
    /// Reissues; on success the dialog is accepted, otherwise it shows why.
    bool submit();

private:
    void showMessage(const QString& text);

    Workspace& m_workspace;
    QString m_certificateId;
    QString m_newId;
    QComboBox* m_reasonCombo = nullptr;
    QLabel* m_messageLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace madoguchi::ui
