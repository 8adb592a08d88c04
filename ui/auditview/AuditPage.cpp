// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditview/AuditPage.h"

#include "audit/AuditEvent.h"
#include "auditview/AuditTableModel.h"
#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

constexpr int kMaximumIdWidth = 150;

} // namespace

AuditPage::AuditPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new AuditTableModel(this))
{
    setObjectName(QStringLiteral("auditPage"));

    m_titleLabel = createPageTitle(this);

    m_accountEdit = new QLineEdit(this);
    m_accountEdit->setObjectName(QStringLiteral("accountEdit"));
    m_accountEdit->setClearButtonEnabled(true);
    m_objectIdEdit = new QLineEdit(this);
    m_objectIdEdit->setObjectName(QStringLiteral("objectIdEdit"));
    m_objectIdEdit->setClearButtonEnabled(true);
    m_eventCombo = new QComboBox(this);
    m_eventCombo->setObjectName(QStringLiteral("eventCombo"));

    m_fromCheck = new QCheckBox(this);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_fromEdit = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_fromEdit->setEnabled(false);
    m_toCheck = new QCheckBox(this);
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    m_toEdit = new QDateEdit(QDate::currentDate(), this);
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toEdit->setEnabled(false);
    connect(m_fromCheck, &QCheckBox::toggled, m_fromEdit, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_toEdit, &QWidget::setEnabled);

    m_searchButton = new QPushButton(this);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_searchButton->setDefault(true);
    connect(m_searchButton, &QPushButton::clicked, this, &AuditPage::refresh);
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    connect(m_clearButton, &QPushButton::clicked, this, &AuditPage::clearFilters);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setVisible(
        m_workspace.authorizer().allows(m_workspace.session(), QStringLiteral("audit.export")));
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::exportCsv);
    m_verifyButton = new QPushButton(this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::verify);
    for (QLineEdit* edit : {m_accountEdit, m_objectIdEdit})
        connect(edit, &QLineEdit::returnPressed, this, &AuditPage::refresh);

    m_accountLabel = new QLabel(this);
    m_accountLabel->setBuddy(m_accountEdit);
    m_objectLabel = new QLabel(this);
    m_objectLabel->setBuddy(m_objectIdEdit);
    m_eventLabel = new QLabel(this);
    m_eventLabel->setBuddy(m_eventCombo);

    auto* filters = new QGridLayout;
    filters->addWidget(m_accountLabel, 0, 0);
    filters->addWidget(m_accountEdit, 0, 1);
    filters->addWidget(m_objectLabel, 0, 2);
    filters->addWidget(m_objectIdEdit, 0, 3);
    filters->addWidget(m_eventLabel, 0, 4);
    filters->addWidget(m_eventCombo, 0, 5);
    filters->addWidget(m_fromCheck, 1, 0);
    filters->addWidget(m_fromEdit, 1, 1);
    filters->addWidget(m_toCheck, 1, 2);
    filters->addWidget(m_toEdit, 1, 3);
    auto* filterButtons = new QHBoxLayout;
    filterButtons->addStretch();
    filterButtons->addWidget(m_clearButton);
    filterButtons->addWidget(m_searchButton);
    filters->addLayout(filterButtons, 1, 4, 1, 2);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 2);
    filters->setColumnStretch(5, 1);

    m_table = createRecordTable(m_model, QStringLiteral("auditTable"), this);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_verifyLabel = new QLabel(this);
    m_verifyLabel->setObjectName(QStringLiteral("verifyLabel"));
    m_verifyLabel->setTextFormat(Qt::PlainText);
    m_verifyLabel->setWordWrap(true);
    m_verifyLabel->hide();

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_messageLabel, 1);
    actions->addWidget(m_verifyButton);
    actions->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_titleLabel);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_verifyLabel);
    layout->addLayout(actions);

    retranslate();
}

AuditPage::~AuditPage() = default;

void AuditPage::retranslate()
{
    m_titleLabel->setText(tr("Audit log"));
    m_accountLabel->setText(tr("A&ccount:"));
    m_objectLabel->setText(tr("Person or &object ID:"));
    m_eventLabel->setText(tr("&Event:"));
    m_accountEdit->setPlaceholderText(tr("Login name"));
    m_objectIdEdit->setPlaceholderText(tr("e.g. a person's ID"));
    m_fromCheck->setText(tr("&From:"));
    m_toCheck->setText(tr("&To:"));
    m_searchButton->setText(tr("&Search"));
    m_clearButton->setText(tr("C&lear"));
    m_exportButton->setText(tr("E&xport CSV…"));
    m_exportButton->setToolTip(
        tr("Save the records the filters select as a CSV file for self-inspection and internal "
           "or external audits. The export is itself recorded in the log."));
    m_verifyButton->setText(tr("&Verify log"));
    m_verifyButton->setToolTip(
        tr("Check that no record has been altered, removed or reordered since it was written"));
    fillEventCombo();
}

void AuditPage::fillEventCombo()
{
    const QString current = m_eventCombo->currentData().toString();
    QSignalBlocker blocker(m_eventCombo);
    m_eventCombo->clear();
    m_eventCombo->addItem(tr("All events"), QString());
    for (audit::EventType type : audit::allEventTypes())
        m_eventCombo->addItem(audit::eventLabel(type), audit::eventCode(type));
    const int index = m_eventCombo->findData(current);
    m_eventCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void AuditPage::setEventFilter(const QString& eventCode)
{
    const int index = m_eventCombo->findData(eventCode);
    m_eventCombo->setCurrentIndex(index < 0 ? 0 : index);
}

audit::AuditFilter AuditPage::filter() const
{
    audit::AuditFilter filter;
    filter.account = m_accountEdit->text().trimmed();
    filter.objectId = m_objectIdEdit->text().trimmed();
    filter.event = m_eventCombo->currentData().toString();
    // The log filters by UTC day; a local day can touch two of them, so take both and narrow the
    // result to local days afterwards (refresh), or leave the margin in an export.
    if (m_fromCheck->isChecked())
        filter.from = m_fromEdit->date().startOfDay().toUTC().date();
    if (m_toCheck->isChecked())
        filter.to = m_toEdit->date().endOfDay().toUTC().date();
    return filter;
}

QString AuditPage::messageText() const
{
    return m_messageLabel->text();
}

QString AuditPage::verifyText() const
{
    return m_verifyLabel->text();
}

void AuditPage::showMessage(const QString& message, bool error)
{
    showMessageIn(m_messageLabel, message, error ? MessageTone::Problem : MessageTone::Plain);
}

void AuditPage::clearFilters()
{
    m_accountEdit->clear();
    m_objectIdEdit->clear();
    m_eventCombo->setCurrentIndex(0);
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
    refresh();
}

void AuditPage::refresh()
{
    audit::AuditFilter selection = filter();
    selection.limit = kDisplayLimit;
    auto found = m_workspace.findAudit(m_workspace.session(), selection);
    if (!found) {
        m_model->setRecords({});
        showMessage(found.message(), true);
        return;
    }
    QList<audit::AuditRecord> records = std::move(found.value());
    const bool limited = records.size() >= kDisplayLimit;
    if (m_fromCheck->isChecked() || m_toCheck->isChecked()) {
        const QDate from = m_fromCheck->isChecked() ? m_fromEdit->date() : QDate();
        const QDate to = m_toCheck->isChecked() ? m_toEdit->date() : QDate();
        records.removeIf([&](const audit::AuditRecord& record) {
            const QDate day = record.recordedAtUtc().toLocalTime().date();
            return (from.isValid() && day < from) || (to.isValid() && day > to);
        });
    }
    const int count = static_cast<int>(records.size());
    m_model->setRecords(std::move(records));
    m_table->resizeColumnsToContents();
    // Device and object ids are long and alike; their tooltip shows them whole.
    for (int column : {AuditTableModel::DeviceColumn, AuditTableModel::ObjectIdColumn}) {
        if (m_table->columnWidth(column) > kMaximumIdWidth)
            m_table->setColumnWidth(column, kMaximumIdWidth);
    }
    showMessage(limited ? tr("Showing the newest %n record(s). Narrow the filters to see older "
                             "ones.",
                             nullptr, count)
                        : tr("%n record(s).", nullptr, count),
                false);
}

void AuditPage::exportCsv()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("madoguchi-audit-%1.csv")
                          .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status exported = exportTo(path);
    if (exported)
        showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    else
        showMessage(exported.message(), true);
}

Status AuditPage::exportTo(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error{ErrorCode::Io, tr("The file %1 could not be written: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    QApplication::setOverrideCursor(Qt::BusyCursor);
    Status exported = m_workspace.exportAudit(m_workspace.session(), filter(), file);
    QApplication::restoreOverrideCursor();
    file.close();
    if (!exported)
        file.remove();
    return exported;
}

void AuditPage::verify()
{
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto verified = m_workspace.verifyAudit(m_workspace.session());
    QApplication::restoreOverrideCursor();
    m_verifyLabel->show();
    if (!verified) {
        m_verifyLabel->setText(verified.message());
        m_verifyLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        return;
    }
    const audit::VerifyReport& report = verified.value();
    if (report.ok) {
        m_verifyLabel->setText(tr("The audit log is intact: %n record(s) checked, signatures of "
                                  "%1 checkpoint(s) valid.",
                                  nullptr, static_cast<int>(report.records))
                                   .arg(report.checkpoints));
        m_verifyLabel->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
    } else {
        m_verifyLabel->setText(
            report.tampered ? tr("The audit log has been altered: %1").arg(report.reason)
                            : tr("The audit log could not be checked: %1").arg(report.reason));
        m_verifyLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }
}

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void AuditPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace madoguchi::ui
