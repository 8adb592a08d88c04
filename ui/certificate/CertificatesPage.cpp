// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate/CertificatesPage.h"

#include "certificate/CertificateQueueModel.h"
#include "certificate/IssueCertificateDialog.h"
#include "certificate/ReissueDialog.h"
#include "decision/DecisionModels.h"
#include "documents/CertificateDocuments.h"
#include "ledger/LedgerState.h"
#include "print/BatchPrinting.h"
#include "print/DocumentPreviewDialog.h"
#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace madoguchi::ui {

using certificate::Certificate;
using certificate::CertificateState;

namespace {

const QString kPrint = QStringLiteral("certificate.print");

} // namespace

CertificatesPage::CertificatesPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace),
      m_service(std::make_unique<certificate::CertificateService>(
          workspace.database().connection(), workspace.audit(), workspace.authorizer(),
          workspace.clock())),
      m_model(new CertificateQueueModel(this))
{
    setObjectName(QStringLiteral("certificatesPage"));
    m_model->setOwnAccountId(workspace.session().accountId);
    if (auto names = workspace.staff().colleagueNames(workspace.session()))
        m_model->setStaffNames(std::move(names).value());
    for (security::Scope scope : security::allScopes()) {
        if (m_workspace.authorizer().allows(m_workspace.session(), kPrint, scope))
            m_ledgers << scope;
    }
    m_batch = new BatchPrinting(workspace, this);

    m_titleLabel = createPageTitle(this);
    m_ledgerCombo = new QComboBox(this);
    m_ledgerCombo->setObjectName(QStringLiteral("ledgerCombo"));
    m_ledgerCombo->addItem(QString(), QString());
    for (security::Scope scope : std::as_const(m_ledgers))
        m_ledgerCombo->addItem(QString(), security::scopeCode(scope));
    m_ledgerLabel = new QLabel(this);
    m_ledgerLabel->setBuddy(m_ledgerCombo);
    m_stateCombo = new QComboBox(this);
    m_stateCombo->setObjectName(QStringLiteral("stateCombo"));
    m_stateCombo->addItem(QString(), QString());
    for (CertificateState state : certificate::allCertificateStates())
        m_stateCombo->addItem(QString(), certificate::certificateStateCode(state));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setBuddy(m_stateCombo);
    m_voidCheck = new QCheckBox(this);
    m_voidCheck->setObjectName(QStringLiteral("voidCheck"));
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_issueButton = new QPushButton(this);
    m_issueButton->setObjectName(QStringLiteral("issueButton"));
    m_issueButton->setEnabled(!m_ledgers.isEmpty());

    m_table = createRecordTable(m_model, QStringLiteral("certificateTable"), this);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_messageLabel = createMessageLabel(QStringLiteral("messageLabel"), this);
    m_infoLabel = createMessageLabel(QStringLiteral("infoLabel"), this);

    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_handOverButton = new QPushButton(this);
    m_handOverButton->setObjectName(QStringLiteral("handOverButton"));
    m_mailButton = new QPushButton(this);
    m_mailButton->setObjectName(QStringLiteral("mailButton"));
    m_reissueButton = new QPushButton(this);
    m_reissueButton->setObjectName(QStringLiteral("reissueButton"));
    m_batchPdfButton = new QPushButton(this);
    m_batchPdfButton->setObjectName(QStringLiteral("batchPdfButton"));
    m_batchPrinterButton = new QPushButton(this);
    m_batchPrinterButton->setObjectName(QStringLiteral("batchPrinterButton"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_ledgerLabel);
    filters->addWidget(m_ledgerCombo, 2);
    filters->addSpacing(12);
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_stateCombo, 1);
    filters->addSpacing(12);
    filters->addWidget(m_voidCheck);
    filters->addStretch(1);
    filters->addWidget(m_refreshButton);
    filters->addWidget(m_issueButton);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_printButton);
    actions->addWidget(m_handOverButton);
    actions->addWidget(m_mailButton);
    actions->addWidget(m_reissueButton);
    actions->addStretch(1);
    actions->addWidget(m_batchPdfButton);
    actions->addWidget(m_batchPrinterButton);

    auto* status = new QHBoxLayout;
    status->addWidget(m_countLabel);
    status->addWidget(m_messageLabel, 1);
    status->addWidget(m_infoLabel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_titleLabel);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(status);
    layout->addLayout(actions);

    const auto relist = [this] {
        if (!m_updating)
            refresh();
    };
    connect(m_ledgerCombo, &QComboBox::currentIndexChanged, this, relist);
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, relist);
    connect(m_voidCheck, &QCheckBox::toggled, this, relist);
    connect(m_refreshButton, &QPushButton::clicked, this, &CertificatesPage::refresh);
    connect(m_issueButton, &QPushButton::clicked, this, &CertificatesPage::issueCertificate);
    connect(m_printButton, &QPushButton::clicked, this, &CertificatesPage::printCurrent);
    connect(m_handOverButton, &QPushButton::clicked, this, &CertificatesPage::handOverCurrent);
    connect(m_mailButton, &QPushButton::clicked, this, &CertificatesPage::mailCurrent);
    connect(m_reissueButton, &QPushButton::clicked, this, &CertificatesPage::reissueCurrent);
    connect(m_batchPdfButton, &QPushButton::clicked, this, &CertificatesPage::printListedToPdf);
    connect(m_batchPrinterButton, &QPushButton::clicked, this,
            &CertificatesPage::printListedToPrinter);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid() && selectRow(index.row()))
            printCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CertificatesPage::updateButtons);
    connect(m_batch, &BatchPrinting::finished, this, [this](bool ok, int, const QString& message) {
        refresh();
        if (ok)
            showInfo(message);
        else
            showMessage(message);
        emit certificatesChanged();
    });

    retranslate();
    updateButtons();
    if (m_ledgers.isEmpty())
        showMessage(tr("You may not print certificates in any ledger."));
}

CertificatesPage::~CertificatesPage() = default;

void CertificatesPage::retranslate()
{
    m_titleLabel->setText(tr("Certificates and notices"));
    m_ledgerLabel->setText(tr("&Ledger:"));
    m_stateLabel->setText(tr("S&tate:"));
    m_voidCheck->setText(tr("Show &void"));
    m_refreshButton->setText(tr("&Refresh"));
    m_issueButton->setText(tr("&Issue a certificate…"));
    m_printButton->setText(tr("&Print…"));
    m_printButton->setToolTip(tr("Preview the certificate, then choose the printer."));
    m_handOverButton->setText(tr("&Hand over"));
    m_handOverButton->setToolTip(tr("The certificate was handed to the person at the counter."));
    m_mailButton->setText(tr("&Mailed"));
    m_mailButton->setToolTip(tr("The certificate was sent by post."));
    m_reissueButton->setText(tr("Re&issue…"));
    m_reissueButton->setToolTip(
        tr("A lost or damaged certificate: a new one is issued and the old one becomes void."));
    m_batchPdfButton->setText(tr("All listed to P&DF…"));
    m_batchPdfButton->setToolTip(tr("Every listed current certificate, in one PDF file."));
    m_batchPrinterButton->setText(tr("Print all &listed…"));
    m_batchPrinterButton->setToolTip(tr("Every listed current certificate, on a printer."));
    m_ledgerCombo->setItemText(0, tr("All ledgers"));
    for (int i = 1; i < m_ledgerCombo->count(); ++i) {
        security::Scope scope;
        if (security::scopeFromCode(m_ledgerCombo->itemData(i).toString(), &scope))
            m_ledgerCombo->setItemText(i, scopeText(scope));
    }
    m_stateCombo->setItemText(0, tr("All"));
    for (int i = 1; i < m_stateCombo->count(); ++i) {
        CertificateState state;
        if (certificate::certificateStateFromCode(m_stateCombo->itemData(i).toString(), &state))
            m_stateCombo->setItemText(i, certificate::certificateStateLabel(state));
    }
    if (m_listed)
        m_countLabel->setText(tr("%n certificate(s)", nullptr, m_model->rowCount()));
}

void CertificatesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_listed)
        refresh();
}

void CertificatesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CertificatesPage::setLedgerFilter(std::optional<security::Scope> ledger)
{
    m_updating = true;
    m_ledgerCombo->setCurrentIndex(
        ledger ? std::max(0, m_ledgerCombo->findData(security::scopeCode(*ledger))) : 0);
    m_updating = false;
    refresh();
}

void CertificatesPage::setStateFilter(std::optional<CertificateState> state)
{
    m_updating = true;
    m_stateCombo->setCurrentIndex(
        state ? std::max(0, m_stateCombo->findData(certificate::certificateStateCode(*state))) : 0);
    m_updating = false;
    refresh();
}

void CertificatesPage::setShowVoid(bool show)
{
    m_updating = true;
    m_voidCheck->setChecked(show);
    m_updating = false;
    refresh();
}

void CertificatesPage::refresh()
{
    m_listed = true;
    const auto previous = currentCertificate();
    showMessage({});
    if (m_ledgers.isEmpty()) {
        m_model->setCertificates({});
        showMessage(tr("You may not print certificates in any ledger."));
        updateButtons();
        return;
    }
    certificate::CertificateFilter filter;
    security::Scope scope;
    if (security::scopeFromCode(m_ledgerCombo->currentData().toString(), &scope))
        filter.ledger = scope;
    CertificateState state;
    const bool byState =
        certificate::certificateStateFromCode(m_stateCombo->currentData().toString(), &state);
    if (byState)
        filter.state = state;
    filter.currentOnly = !m_voidCheck->isChecked() && !(byState && state == CertificateState::Void);
    auto listed = m_service->list(m_workspace.session(), filter);
    if (!listed) {
        m_model->setCertificates({});
        m_countLabel->clear();
        showMessage(listed.message());
        updateButtons();
        return;
    }
    // Certificates of ledgers this clerk may not print are not offered.
    QList<Certificate> certificates;
    for (Certificate& c : listed.value()) {
        if (m_ledgers.contains(c.ledger))
            certificates << std::move(c);
    }
    m_model->setCertificates(std::move(certificates));
    loadNames();
    m_countLabel->setText(tr("%n certificate(s)", nullptr, m_model->rowCount()));
    m_table->resizeColumnsToContents();
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    if (previous)
        selectCertificate(previous->id);
    updateButtons();
}

void CertificatesPage::loadNames()
{
    // Names from the ledgers' current state (one audited ledger reading per ledger listed).
    QList<security::Scope> scopes;
    for (const Certificate& c : m_model->certificates()) {
        if (!scopes.contains(c.ledger))
            scopes << c.ledger;
    }
    ledger::LedgerState state(m_workspace.database().connection(), m_workspace.audit(),
                              m_workspace.authorizer(), m_workspace.clock());
    QHash<QString, QString> names;
    for (security::Scope scope : std::as_const(scopes)) {
        if (!m_workspace.authorizer().allows(m_workspace.session(), QStringLiteral("ledger.view"),
                                             scope))
            continue;
        auto file = state.file(m_workspace.session(), scope);
        if (!file)
            continue;
        for (const ledger::RecipientState& recipient : file.value())
            names.insert(recipient.personId, recipient.personName);
    }
    m_model->setNames(std::move(names));
}

bool CertificatesPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

bool CertificatesPage::selectCertificate(const QString& certificateId)
{
    return selectRow(m_model->rowOf(certificateId));
}

std::optional<Certificate> CertificatesPage::currentCertificate() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= m_model->certificates().size())
        return std::nullopt;
    return m_model->certificates().at(index.row());
}

QString CertificatesPage::currentPersonText() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return {};
    return m_model->index(index.row(), CertificateQueueModel::NameColumn).data().toString();
}

QString CertificatesPage::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

QString CertificatesPage::infoText() const
{
    return m_infoLabel->isHidden() ? QString() : m_infoLabel->text();
}

DocumentPreviewDialog* CertificatesPage::createPreview()
{
    const auto selected = currentCertificate();
    if (!selected)
        return nullptr;
    documents::CertificateDocuments documents(m_workspace.database().connection(),
                                              m_workspace.audit(), m_workspace.authorizer(),
                                              m_workspace.clock());
    auto built = documents.build(m_workspace.session(), selected->id);
    if (!built) {
        showMessage(built.message());
        return nullptr;
    }
    auto* preview = new DocumentPreviewDialog({built.value()}, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Print preview — %1").arg(certificate::kindLabel(selected->kind)));
    const QString id = selected->id;
    connect(preview, &DocumentPreviewDialog::printed, this, [this, id] {
        afterChange(m_service->markPrinted(m_workspace.session(), id), id,
                    tr("The certificate was printed."));
    });
    return preview;
}

bool CertificatesPage::printCurrent()
{
    DocumentPreviewDialog* preview = createPreview();
    if (!preview)
        return false;
    preview->open();
    return true;
}

bool CertificatesPage::handOverCurrent()
{
    const auto selected = currentCertificate();
    if (!selected)
        return false;
    return afterChange(m_service->handOver(m_workspace.session(), selected->id), selected->id,
                       tr("Recorded as handed over."));
}

bool CertificatesPage::mailCurrent()
{
    const auto selected = currentCertificate();
    if (!selected)
        return false;
    return afterChange(m_service->mail(m_workspace.session(), selected->id), selected->id,
                       tr("Recorded as mailed."));
}

ReissueDialog* CertificatesPage::createReissueDialog()
{
    const auto selected = currentCertificate();
    if (!selected)
        return nullptr;
    auto* dialog = new ReissueDialog(m_workspace, *selected, currentPersonText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        afterChange(Status(), dialog->newCertificateId(),
                    tr("A new certificate was issued; the old one is void."));
    });
    return dialog;
}

bool CertificatesPage::reissueCurrent()
{
    ReissueDialog* dialog = createReissueDialog();
    if (!dialog)
        return false;
    dialog->open();
    return true;
}

bool CertificatesPage::issueCertificate()
{
    auto* dialog = new IssueCertificateDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        afterChange(Status(), dialog->certificateId(),
                    tr("The certificate was requested; print it now."));
    });
    dialog->open();
    return true;
}

QStringList CertificatesPage::listedCurrentIds() const
{
    QStringList ids;
    for (const Certificate& c : m_model->certificates()) {
        if (!c.isVoid())
            ids << c.id;
    }
    return ids;
}

bool CertificatesPage::printListedToPdf()
{
    const QStringList ids = listedCurrentIds();
    if (ids.isEmpty())
        return false;
    documents::CertificateSelection selection;
    selection.certificateIds = ids;
    return m_batch->askPdfAndStart(selection, int(ids.size()));
}

bool CertificatesPage::printListedToPrinter()
{
    const QStringList ids = listedCurrentIds();
    if (ids.isEmpty())
        return false;
    documents::CertificateSelection selection;
    selection.certificateIds = ids;
    return m_batch->askPrinterAndStart(selection, int(ids.size()));
}

bool CertificatesPage::afterChange(const Status& status, const QString& selectId,
                                   const QString& done)
{
    if (!status) {
        showMessage(status.message());
        return false;
    }
    refresh();
    selectCertificate(selectId);
    showInfo(done);
    emit certificatesChanged();
    return true;
}

void CertificatesPage::updateButtons()
{
    const auto selected = currentCertificate();
    const bool running = m_batch->isRunning();
    const CertificateState state = selected ? selected->state : CertificateState::Void;
    m_printButton->setEnabled(
        selected && (state == CertificateState::Requested || state == CertificateState::Printed));
    m_handOverButton->setEnabled(selected && state == CertificateState::Printed);
    m_mailButton->setEnabled(selected && state == CertificateState::Printed);
    m_reissueButton->setEnabled(selected && state != CertificateState::Void &&
                                state != CertificateState::Requested);
    const bool anyCurrent = !listedCurrentIds().isEmpty();
    m_batchPdfButton->setEnabled(anyCurrent && !running);
    m_batchPrinterButton->setEnabled(anyCurrent && !running);
}

void CertificatesPage::showMessage(const QString& text)
{
    showMessageIn(m_messageLabel, text);
    if (!text.isEmpty())
        m_infoLabel->hide();
}

void CertificatesPage::showInfo(const QString& text)
{
    showMessageIn(m_infoLabel, text, MessageTone::Done);
    if (!text.isEmpty())
        m_messageLabel->hide();
}

} // namespace madoguchi::ui
