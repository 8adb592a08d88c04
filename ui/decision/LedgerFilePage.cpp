// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision/LedgerFilePage.h"

#include "certificate/CertificateService.h"
#include "decision/DecisionModels.h"
#include "decision/LedgerFileModel.h"
#include "documents/NoticeDocuments.h"
#include "print/BatchPrinting.h"
#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace madoguchi::ui {

LedgerFilePage::LedgerFilePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace),
      m_state(std::make_unique<ledger::LedgerState>(workspace.database().connection(),
                                                    workspace.audit(), workspace.authorizer(),
                                                    workspace.clock())),
      m_model(new LedgerFileModel(this))
{
    setObjectName(QStringLiteral("ledgerFilePage"));
    for (security::Scope scope : security::allScopes()) {
        if (m_workspace.authorizer().allows(m_workspace.session(), QStringLiteral("ledger.view"),
                                            scope))
            m_ledgers << scope;
    }

    m_titleLabel = createPageTitle(this);

    m_ledgerCombo = new QComboBox(this);
    m_ledgerCombo->setObjectName(QStringLiteral("ledgerCombo"));
    for (security::Scope scope : std::as_const(m_ledgers))
        m_ledgerCombo->addItem(QString(), security::scopeCode(scope));
    m_ledgerLabel = new QLabel(this);
    m_ledgerLabel->setBuddy(m_ledgerCombo);

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->addItem(QString(), QString());
    for (ledger::RecipientStatus status : ledger::allRecipientStatuses())
        m_statusCombo->addItem(QString(), ledger::recipientStatusCode(status));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setBuddy(m_statusCombo);

    m_expiringCheck = new QCheckBox(this);
    m_expiringCheck->setObjectName(QStringLiteral("expiringCheck"));
    m_daysSpin = new QSpinBox(this);
    m_daysSpin->setObjectName(QStringLiteral("daysSpin"));
    m_daysSpin->setRange(0, 3660);
    m_daysSpin->setValue(kDefaultRenewalDays);
    m_daysSpin->setKeyboardTracking(false); // one listing when the number is typed, not per key
    m_daysSpin->setEnabled(false);

    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));

    m_table = createRecordTable(m_model, QStringLiteral("recipientTable"), this);
    // Amounts stay next to their neighbours rather than at the far end of a stretched column.
    m_table->horizontalHeader()->setStretchLastSection(false);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_messageLabel = createMessageLabel(QStringLiteral("messageLabel"), this);
    m_timelineButton = new QPushButton(this);
    m_timelineButton->setObjectName(QStringLiteral("timelineButton"));
    m_timelineButton->setEnabled(false);
    // Renewal lists end at the printer: the listed recipients' certificates in one batch.
    m_batch = new BatchPrinting(workspace, this);
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printCertificatesButton"));
    m_printButton->setVisible(m_workspace.authorizer().allows(m_workspace.session(),
                                                              QStringLiteral("certificate.print")));
    auto* printMenu = new QMenu(m_printButton);
    printMenu->setObjectName(QStringLiteral("printCertificatesMenu"));
    QAction* toPdf = printMenu->addAction(QString());
    toPdf->setObjectName(QStringLiteral("printToPdfAction"));
    QAction* toPrinter = printMenu->addAction(QString());
    toPrinter->setObjectName(QStringLiteral("printToPrinterAction"));
    m_printButton->setMenu(printMenu);
    connect(toPdf, &QAction::triggered, this, [this] { printCertificates(true); });
    connect(toPrinter, &QAction::triggered, this, [this] { printCertificates(false); });
    // … and so do their renewal notices (one PDF).
    m_renewalButton = new QPushButton(this);
    m_renewalButton->setObjectName(QStringLiteral("printRenewalNoticesButton"));
    m_renewalButton->setVisible(m_workspace.authorizer().allows(
        m_workspace.session(), QStringLiteral("certificate.print")));
    connect(m_renewalButton, &QPushButton::clicked, this, [this] { printRenewalNotices(); });
    connect(m_batch, &BatchPrinting::finished, this, [this](bool ok, int, const QString& message) {
        showMessage(message, ok ? MessageTone::Done : MessageTone::Problem);
        updateButtons();
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_ledgerLabel);
    filters->addWidget(m_ledgerCombo, 2);
    filters->addSpacing(12);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusCombo, 1);
    filters->addSpacing(12);
    filters->addWidget(m_expiringCheck);
    filters->addWidget(m_daysSpin);
    filters->addStretch(1);
    filters->addWidget(m_refreshButton);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel);
    bottom->addWidget(m_messageLabel, 1);
    bottom->addStretch(0);
    bottom->addWidget(m_renewalButton);
    bottom->addWidget(m_printButton);
    bottom->addWidget(m_timelineButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_titleLabel);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_ledgerCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            refresh();
    });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            refresh();
    });
    connect(m_expiringCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_daysSpin->setEnabled(on);
        if (!m_updating)
            refresh();
    });
    connect(m_daysSpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating && m_expiringCheck->isChecked())
            refresh();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &LedgerFilePage::refresh);
    connect(m_timelineButton, &QPushButton::clicked, this, &LedgerFilePage::openTimeline);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid() && selectRow(index.row()))
            openTimeline();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LedgerFilePage::updateButtons);

    retranslate();
    // Listing reads personal data (and is audited): only once the page is shown or asked to.
    if (m_ledgers.isEmpty())
        showMessage(tr("You may not read any ledger."));
}

LedgerFilePage::~LedgerFilePage() = default;

void LedgerFilePage::retranslate()
{
    m_titleLabel->setText(tr("Ledger file"));
    m_ledgerLabel->setText(tr("&Ledger:"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_expiringCheck->setText(tr("&Validity ends within"));
    m_expiringCheck->setToolTip(
        tr("Only recipients whose current decision ends from today up to this many days from "
           "now: the list for renewal notices."));
    m_daysSpin->setSuffix(tr(" days"));
    m_refreshButton->setText(tr("&Refresh"));
    m_timelineButton->setText(tr("&Open ledger timeline"));
    m_printButton->setText(tr("&Print certificates"));
    m_printButton->setToolTip(tr("The current certificates of the listed recipients (for "
                                 "renewals: check \"Validity ends within\" first), in one batch."));
    m_renewalButton->setText(tr("Print re&newal notices…"));
    m_renewalButton->setToolTip(tr("The renewal notices of the listed recipients whose grant is "
                                   "current (check \"Validity ends within\" first), in one PDF "
                                   "file."));
    m_printButton->menu()->actions().at(0)->setText(tr("To one &PDF file…"));
    m_printButton->menu()->actions().at(1)->setText(tr("On a &printer…"));
    for (int i = 0; i < m_ledgerCombo->count(); ++i) {
        security::Scope scope;
        if (security::scopeFromCode(m_ledgerCombo->itemData(i).toString(), &scope))
            m_ledgerCombo->setItemText(i, scopeText(scope));
    }
    m_statusCombo->setItemText(0, tr("All"));
    for (int i = 1; i < m_statusCombo->count(); ++i) {
        ledger::RecipientStatus status;
        if (ledger::recipientStatusFromCode(m_statusCombo->itemData(i).toString(), &status))
            m_statusCombo->setItemText(i, ledger::recipientStatusLabel(status));
    }
    if (m_listed && m_messageLabel->isHidden())
        m_countLabel->setText(tr("%n record(s)", nullptr, m_model->rowCount()));
}

void LedgerFilePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_listed)
        refresh();
}

void LedgerFilePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

std::optional<security::Scope> LedgerFilePage::ledger() const
{
    security::Scope scope;
    if (security::scopeFromCode(m_ledgerCombo->currentData().toString(), &scope))
        return scope;
    return std::nullopt;
}

bool LedgerFilePage::setLedger(security::Scope ledger)
{
    const int index = m_ledgerCombo->findData(security::scopeCode(ledger));
    if (index < 0)
        return false;
    m_updating = true;
    m_ledgerCombo->setCurrentIndex(index);
    m_updating = false;
    refresh();
    return true;
}

void LedgerFilePage::setStatusFilter(std::optional<ledger::RecipientStatus> status)
{
    m_updating = true;
    m_statusCombo->setCurrentIndex(
        status ? std::max(0, m_statusCombo->findData(ledger::recipientStatusCode(*status))) : 0);
    m_updating = false;
    refresh();
}

void LedgerFilePage::setExpiringWithin(std::optional<int> days)
{
    m_updating = true;
    m_expiringCheck->setChecked(days.has_value());
    m_daysSpin->setEnabled(days.has_value());
    if (days)
        m_daysSpin->setValue(*days);
    m_updating = false;
    refresh();
}

ledger::LedgerFileFilter LedgerFilePage::filter() const
{
    ledger::LedgerFileFilter filter;
    ledger::RecipientStatus status;
    if (ledger::recipientStatusFromCode(m_statusCombo->currentData().toString(), &status))
        filter.status = status;
    if (m_expiringCheck->isChecked())
        filter.expiringWithinDays = m_daysSpin->value();
    return filter;
}

void LedgerFilePage::refresh()
{
    m_listed = true;
    const auto previous = currentRecipient();
    const auto chosen = ledger();
    if (!chosen) {
        m_model->setRecipients({});
        m_countLabel->clear();
        showMessage(tr("You may not read any ledger."));
        updateButtons();
        return;
    }
    auto listed = m_state->file(m_workspace.session(), *chosen, filter());
    if (!listed) {
        m_model->setRecipients({});
        m_countLabel->clear();
        showMessage(listed.message());
        updateButtons();
        return;
    }
    showMessage({});
    m_model->setRecipients(std::move(listed).value());
    m_countLabel->setText(tr("%n record(s)", nullptr, m_model->rowCount()));
    m_table->resizeColumnsToContents();
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    for (int row = 0; previous && row < m_model->rowCount(); ++row) {
        if (m_model->recipients().at(row).personId == previous->personId) {
            selectRow(row);
            break;
        }
    }
    updateButtons();
}

bool LedgerFilePage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

std::optional<ledger::RecipientState> LedgerFilePage::currentRecipient() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= m_model->recipients().size())
        return std::nullopt;
    return m_model->recipients().at(index.row());
}

QString LedgerFilePage::countText() const
{
    return m_countLabel->text();
}

QString LedgerFilePage::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

bool LedgerFilePage::openTimeline()
{
    const auto selected = currentRecipient();
    if (!selected)
        return false;
    emit timelineRequested(selected->personId, selected->ledger);
    return true;
}

void LedgerFilePage::updateButtons()
{
    m_timelineButton->setEnabled(currentRecipient().has_value());
    m_printButton->setEnabled(m_model->rowCount() > 0 && !m_batch->isRunning());
    m_renewalButton->setEnabled(m_model->rowCount() > 0);
}

QStringList LedgerFilePage::printableCertificateIds(int* withoutCertificate) const
{
    QStringList ids;
    int without = 0;
    const auto chosen = ledger();
    if (chosen && !m_model->recipients().isEmpty()) {
        certificate::CertificateService service(m_workspace.database().connection(),
                                                m_workspace.audit(), m_workspace.authorizer(),
                                                m_workspace.clock());
        certificate::CertificateFilter filter;
        filter.ledger = *chosen;
        filter.currentOnly = true;
        auto listed = service.list(m_workspace.session(), filter);
        if (listed) {
            for (const ledger::RecipientState& recipient : m_model->recipients()) {
                bool found = false;
                for (const certificate::Certificate& c : listed.value()) {
                    if (c.personId != recipient.personId ||
                        (c.state != certificate::CertificateState::Requested &&
                         c.state != certificate::CertificateState::Printed))
                        continue;
                    ids << c.id;
                    found = true;
                }
                if (!found)
                    ++without;
            }
        } else {
            without = int(m_model->recipients().size());
        }
    }
    if (withoutCertificate)
        *withoutCertificate = without;
    return ids;
}

bool LedgerFilePage::printCertificates(bool toPdf)
{
    int without = 0;
    const QStringList ids = printableCertificateIds(&without);
    if (ids.isEmpty()) {
        showMessage(tr("None of the listed recipients has a certificate waiting to be printed. "
                       "Issue the certificates on the certificate page first."));
        return false;
    }
    showMessage(without > 0 ? tr("%n listed recipient(s) have no certificate waiting to be "
                                 "printed and are left out.",
                                 nullptr, without)
                            : QString());
    documents::CertificateSelection selection;
    selection.certificateIds = ids;
    const bool started = toPdf ? m_batch->askPdfAndStart(selection, int(ids.size()))
                               : m_batch->askPrinterAndStart(selection, int(ids.size()));
    updateButtons();
    return started;
}

bool LedgerFilePage::printRenewalNotices(const QString& pdfPath)
{
    QList<documents::RenewalTarget> targets;
    for (const ledger::RecipientState& recipient : m_model->recipients())
        if (recipient.status == ledger::RecipientStatus::Active ||
            recipient.status == ledger::RecipientStatus::Upcoming)
            targets << documents::RenewalTarget{recipient.ledger, recipient.personId};
    if (targets.isEmpty()) {
        showMessage(tr("None of the listed recipients has a current grant to renew."));
        return false;
    }
    const int count = int(targets.size());
    QString path = pdfPath;
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString suggested = QDir(folder).filePath(
            tr("renewal-notices-%1.pdf")
                .arg(m_workspace.clock().todayInJapan().toString(QStringLiteral("yyyyMMdd"))));
        path = QFileDialog::getSaveFileName(
            this, tr("Save %n renewal notice(s) as one PDF", nullptr, count), suggested,
            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
        if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
    }
    documents::NoticeDocuments notices(m_workspace.database().connection(), m_workspace.audit(),
                                       m_workspace.authorizer(), m_workspace.clock());
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status printed = notices.printRenewalsToPdf(m_workspace.session(), targets, path);
    QGuiApplication::restoreOverrideCursor();
    if (!printed) {
        showMessage(printed.message());
        return false;
    }
    showMessage(
        tr("%n renewal notice(s) saved to %1.", nullptr, count).arg(QDir::toNativeSeparators(path)),
        MessageTone::Done);
    return true;
}

void LedgerFilePage::showMessage(const QString& text, MessageTone tone)
{
    showMessageIn(m_messageLabel, text, tone);
}

} // namespace madoguchi::ui
