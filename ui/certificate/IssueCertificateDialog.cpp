// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate/IssueCertificateDialog.h"

#include "certificate/CertificateService.h"
#include "decision/DecisionModels.h"
#include "decision/LedgerFileModel.h"
#include "intake/ApplicantPicker.h"
#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {

using certificate::DocumentKind;

IssueCertificateDialog::IssueCertificateDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("issueCertificateDialog"));
    setWindowTitle(tr("Issue a certificate"));

    m_picker = new ApplicantPicker(workspace, this);
    m_picker->setObjectName(QStringLiteral("applicantPicker"));
    m_ledgerCombo = new QComboBox(this);
    m_ledgerCombo->setObjectName(QStringLiteral("ledgerCombo"));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_recipientLabel = new QLabel(this);
    m_recipientLabel->setObjectName(QStringLiteral("recipientLabel"));
    m_recipientLabel->setTextFormat(Qt::PlainText);
    m_recipientLabel->setWordWrap(true);

    m_messageLabel = createMessageLabel(QStringLiteral("messageLabel"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("issueButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IssueCertificateDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Person:"), m_picker);
    form->addRow(tr("&Ledger:"), m_ledgerCombo);
    form->addRow(QString(), m_recipientLabel);
    form->addRow(tr("&Certificate:"), m_kindCombo);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_picker, &ApplicantPicker::personChanged, this,
            &IssueCertificateDialog::listRecipients);
    connect(m_ledgerCombo, &QComboBox::currentIndexChanged, this,
            &IssueCertificateDialog::listKinds);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            &IssueCertificateDialog::updateButtons);
    listRecipients();
    resize(560, 460);
}

IssueCertificateDialog::~IssueCertificateDialog() = default;

QList<DocumentKind> IssueCertificateDialog::kindsOf(security::Scope ledger)
{
    QList<DocumentKind> kinds;
    for (int number = 1; number < 256; ++number) {
        const auto kind = certificate::kindFromNumber(number);
        if (!kind)
            break;
        if (certificate::CertificateService::ledgerOf(*kind) == ledger)
            kinds << *kind;
    }
    return kinds;
}

void IssueCertificateDialog::setPerson(const QString& personId, const QString& text)
{
    m_picker->setPerson(personId, text);
    listRecipients();
}

QList<security::Scope> IssueCertificateDialog::offeredLedgers() const
{
    QList<security::Scope> ledgers;
    for (const ledger::RecipientState& state : m_recipients)
        ledgers << state.ledger;
    return ledgers;
}

bool IssueCertificateDialog::setLedger(security::Scope ledger)
{
    const int index = int(offeredLedgers().indexOf(ledger));
    if (index < 0)
        return false;
    m_ledgerCombo->setCurrentIndex(index);
    return true;
}

QList<DocumentKind> IssueCertificateDialog::offeredKinds() const
{
    QList<DocumentKind> kinds;
    for (int i = 0; i < m_kindCombo->count(); ++i) {
        if (const auto kind = certificate::kindFromNumber(m_kindCombo->itemData(i).toInt()))
            kinds << *kind;
    }
    return kinds;
}

bool IssueCertificateDialog::setKind(DocumentKind kind)
{
    const int index = m_kindCombo->findData(int(kind));
    if (index < 0)
        return false;
    m_kindCombo->setCurrentIndex(index);
    return true;
}

QString IssueCertificateDialog::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void IssueCertificateDialog::listRecipients()
{
    m_recipients.clear();
    m_ledgerCombo->clear();
    showMessage({});
    const QString personId = m_picker->personId();
    if (!personId.isEmpty()) {
        // The ledgers where the person holds a current grant and this clerk may print.
        ledger::LedgerState state(m_workspace.database().connection(), m_workspace.audit(),
                                  m_workspace.authorizer(), m_workspace.clock());
        const security::Session& session = m_workspace.session();
        for (security::Scope scope : security::allScopes()) {
            if (!m_workspace.authorizer().allows(session, QStringLiteral("certificate.print"),
                                                 scope) ||
                !m_workspace.authorizer().allows(session, QStringLiteral("ledger.view"), scope))
                continue;
            auto recipient = state.recipient(session, scope, personId);
            if (!recipient)
                continue;
            if (recipient->status != ledger::RecipientStatus::Active &&
                recipient->status != ledger::RecipientStatus::Upcoming)
                continue;
            m_recipients << recipient.value();
            m_ledgerCombo->addItem(scopeText(scope), security::scopeCode(scope));
        }
        if (m_recipients.isEmpty())
            showMessage(tr("This person holds no current grant in a ledger you may print "
                           "certificates for."));
    }
    listKinds();
}

void IssueCertificateDialog::listKinds()
{
    m_kindCombo->clear();
    const int index = m_ledgerCombo->currentIndex();
    if (index < 0 || index >= m_recipients.size()) {
        m_recipientLabel->clear();
        updateButtons();
        return;
    }
    const ledger::RecipientState& state = m_recipients.at(index);
    m_recipientLabel->setText(tr("Recipient no. %1 · %2 · valid %3 · monthly cap %4")
                                  .arg(state.recipientNumber,
                                       ledger::recipientStatusLabel(state.status),
                                       ledgerPeriodText(state.validFrom, state.validTo),
                                       ledgerCapText(state.monthlyCap)));
    for (DocumentKind kind : kindsOf(state.ledger))
        m_kindCombo->addItem(certificate::kindLabel(kind), int(kind));
    updateButtons();
}

void IssueCertificateDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_kindCombo->currentIndex() >= 0);
}

bool IssueCertificateDialog::submit()
{
    const int index = m_ledgerCombo->currentIndex();
    const auto kind = certificate::kindFromNumber(m_kindCombo->currentData().toInt());
    if (index < 0 || index >= m_recipients.size() || !kind) {
        showMessage(m_picker->personId().isEmpty() ? tr("Choose the person first.")
                                                   : tr("Choose the ledger and the certificate."));
        return false;
    }
    certificate::CertificateService service(m_workspace.database().connection(),
                                            m_workspace.audit(), m_workspace.authorizer(),
                                            m_workspace.clock());
    auto requested = service.request(m_workspace.session(), m_workspace.database(),
                                     m_recipients.at(index).ledger, m_picker->personId(), *kind);
    if (!requested) {
        showMessage(requested.message());
        return false;
    }
    m_certificateId = requested.value();
    accept();
    return true;
}

void IssueCertificateDialog::showMessage(const QString& text)
{
    showMessageIn(m_messageLabel, text);
}

} // namespace madoguchi::ui
