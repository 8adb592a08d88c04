// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate/ReissueDialog.h"

#include "certificate/CertificateQueueModel.h"
#include "decision/LedgerFileModel.h"
#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {

ReissueDialog::ReissueDialog(Workspace& workspace, const certificate::Certificate& certificate,
                             const QString& personText, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_certificateId(certificate.id)
{
    setObjectName(QStringLiteral("reissueDialog"));
    setWindowTitle(tr("Reissue a certificate"));

    auto* what = new QLabel(this);
    what->setObjectName(QStringLiteral("certificateLabel"));
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    what->setText(tr("%1\n%2, recipient no. %3, %4\nValid %5")
                      .arg(personText, certificate::kindLabel(certificate.kind),
                           certificate.recipientNumber,
                           CertificateQueueModel::issueText(certificate),
                           ledgerPeriodText(certificate.validFrom, certificate.validTo)));

    auto* note = new QLabel(this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setText(tr("The certificate in the person's hands becomes void. The new one gets the "
                     "next issue number and is marked as a reissue."));

    // Usual reasons to pick, or any reason typed; nothing is chosen for the clerk.
    m_reasonCombo = new QComboBox(this);
    m_reasonCombo->setObjectName(QStringLiteral("reasonCombo"));
    m_reasonCombo->setEditable(true);
    m_reasonCombo->setInsertPolicy(QComboBox::NoInsert);
    m_reasonCombo->addItems({tr("Lost"), tr("Damaged or soiled"), tr("Stolen")});
    m_reasonCombo->setCurrentIndex(-1);
    m_reasonCombo->lineEdit()->setPlaceholderText(tr("Choose or type why, e.g. lost"));
    m_reasonCombo->setMinimumWidth(280);

    m_messageLabel = createMessageLabel(QStringLiteral("messageLabel"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reissue"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reissueButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReissueDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("R&eason:"), m_reasonCombo);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());
}

ReissueDialog::~ReissueDialog() = default;

QString ReissueDialog::reasonText() const
{
    return m_reasonCombo->currentText();
}

void ReissueDialog::setReasonText(const QString& text)
{
    m_reasonCombo->setEditText(text);
}

QString ReissueDialog::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

bool ReissueDialog::submit()
{
    certificate::CertificateService service(m_workspace.database().connection(),
                                            m_workspace.audit(), m_workspace.authorizer(),
                                            m_workspace.clock());
    auto reissued = service.reissue(m_workspace.session(), m_workspace.database(), m_certificateId,
                                    reasonText().trimmed());
    if (!reissued) {
        showMessage(reissued.message());
        m_reasonCombo->setFocus();
        return false;
    }
    m_newId = reissued.value();
    accept();
    return true;
}

void ReissueDialog::showMessage(const QString& text)
{
    showMessageIn(m_messageLabel, text);
}

} // namespace madoguchi::ui
