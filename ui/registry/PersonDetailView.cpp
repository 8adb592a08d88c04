// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/PersonDetailView.h"

#include "mynumber/IdentityChecks.h"
#include "mynumber/MyNumberService.h"
#include "registry/MyNumberRecordDialog.h"
#include "registry/MyNumberRevealDialog.h"
#include "registry/PersonRegistry.h"
#include "registry/RegistryLabels.h"
#include "workspace/Workspace.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace madoguchi::ui {

namespace {

QTableWidget* makeTable(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void fill(QTableWidget* table, const QList<QStringList>& rows)
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
    }
    table->resizeColumnsToContents();
}

QLabel* valueLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString period(QDate from, QDate to)
{
    const QString start = RegistryLabels::date(from);
    if (!to.isValid())
        return PersonDetailView::tr("%1 –").arg(start);
    return start + QStringLiteral(" – ") + RegistryLabels::date(to);
}

} // namespace

PersonDetailView::PersonDetailView(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace),
      m_registry(std::make_unique<registry::PersonRegistry>(
          workspace.database().connection(), workspace.audit(), workspace.authorizer(),
          workspace.clock())),
      m_myNumbers(std::make_unique<mynumber::MyNumberService>(
          workspace.database(), workspace.audit(), workspace.authorizer(), workspace.clock()))
{
    setObjectName(QStringLiteral("personDetailView"));
    const security::Session& session = m_workspace.session();

    m_backButton = new QPushButton(tr("← Search"), this);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    connect(m_backButton, &QPushButton::clicked, this, &PersonDetailView::backRequested);
    m_ledgerButton = new QPushButton(tr("Ledger"), this);
    m_ledgerButton->setObjectName(QStringLiteral("ledgerButton"));
    m_ledgerButton->setToolTip(tr("Open this person's benefit ledger timeline"));
    bool mayViewLedger = false;
    for (security::Scope scope : security::allScopes())
        mayViewLedger = mayViewLedger || m_workspace.authorizer().allows(
                                             session, QStringLiteral("ledger.view"), scope);
    m_ledgerButton->setVisible(mayViewLedger);
    m_ledgerButton->setEnabled(false);
    connect(m_ledgerButton, &QPushButton::clicked, this, [this] {
        if (!m_record.person.id.isEmpty())
            emit ledgerRequested(m_record.person.id);
    });

    m_nameLabel = valueLabel(this, "nameLabel");
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_kanaLabel = valueLabel(this, "kanaLabel");
    m_atenaLabel = valueLabel(this, "atenaLabel");
    m_birthLabel = valueLabel(this, "birthLabel");
    m_sexLabel = valueLabel(this, "sexLabel");
    m_addressLabel = valueLabel(this, "addressLabel");
    m_addressLabel->setWordWrap(true);
    m_phoneLabel = valueLabel(this, "phoneLabel");
    m_householdLabel = valueLabel(this, "householdLabel");
    m_myNumberLabel = new QLabel(this);
    m_myNumberLabel->setObjectName(QStringLiteral("myNumberLabel"));
    m_myNumberLabel->setTextFormat(Qt::PlainText);
    m_myNumberLabel->setWordWrap(true);

    bool mayReveal = false;
    for (security::Scope scope : security::allScopes())
        mayReveal = mayReveal || m_workspace.authorizer().allows(
                                     session, QStringLiteral("mynumber.reveal"), scope);
    m_revealButton = new QPushButton(tr("Show…"), this);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setToolTip(tr("Show the My Number unmasked for a stated purpose (audited)"));
    m_revealButton->setVisible(mayReveal);
    connect(m_revealButton, &QPushButton::clicked, this, &PersonDetailView::openRevealDialog);
    m_recordButton = new QPushButton(tr("Record…"), this);
    m_recordButton->setObjectName(QStringLiteral("recordMyNumberButton"));
    m_recordButton->setToolTip(
        tr("Record the My Number with its checks, or that the applicant did not provide it"));
    m_recordButton->setVisible(
        m_workspace.authorizer().allows(session, QStringLiteral("person.edit")));
    connect(m_recordButton, &QPushButton::clicked, this, &PersonDetailView::openRecordDialog);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_messageLabel->hide();

    auto* facts = new QGridLayout;
    int row = 0;
    auto caption = [this](const QString& title) {
        auto* label = new QLabel(title, this);
        label->setStyleSheet(QStringLiteral("color: #5f6368;"));
        return label;
    };
    auto addFact = [&](const QString& title, QWidget* value, int column) {
        facts->addWidget(caption(title), row, column * 2);
        facts->addWidget(value, row, column * 2 + 1);
    };
    addFact(tr("宛名番号"), m_atenaLabel, 0);
    addFact(tr("Date of birth"), m_birthLabel, 1);
    ++row;
    addFact(tr("Sex"), m_sexLabel, 0);
    addFact(tr("Phone"), m_phoneLabel, 1);
    ++row;
    addFact(tr("Household"), m_householdLabel, 0);
    ++row;
    facts->addWidget(caption(tr("Address")), row, 0);
    facts->addWidget(m_addressLabel, row, 1, 1, 3);
    ++row;
    auto* myNumberRow = new QHBoxLayout;
    myNumberRow->addWidget(m_myNumberLabel, 1);
    myNumberRow->addWidget(m_revealButton);
    myNumberRow->addWidget(m_recordButton);
    facts->addWidget(caption(tr("My Number")), row, 0);
    facts->addLayout(myNumberRow, row, 1, 1, 3);
    facts->setColumnStretch(1, 1);
    facts->setColumnStretch(3, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_addressTable = makeTable(m_tabs, "addressTable",
                               {tr("Period"), tr("Postal code"), tr("Address"), tr("Recorded")});
    m_handbookTable =
        makeTable(m_tabs, "handbookTable",
                  {tr("Handbook"), tr("Grade"), tr("Number"), tr("Issued"), tr("Valid until")});
    m_representativeTable = makeTable(m_tabs, "representativeTable",
                                      {tr("Kind"), tr("Name"), tr("Kana"), tr("Period")});
    m_householdTable = makeTable(m_tabs, "householdTable",
                                 {tr("宛名番号"), tr("Name"), tr("Kana"), tr("Date of birth"),
                                  tr("Relationship to the head")});
    m_historyTable =
        makeTable(m_tabs, "historyTable",
                  {tr("Changed at"), tr("Item"), tr("Before"), tr("After"), tr("Changed by")});
    m_tabs->addTab(m_historyTable, tr("Change history"));
    m_tabs->addTab(m_addressTable, tr("Addresses"));
    m_tabs->addTab(m_handbookTable, tr("Handbooks"));
    m_tabs->addTab(m_representativeTable, tr("Representatives"));
    m_tabs->addTab(m_householdTable, tr("Household"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_nameLabel);
    top->addSpacing(12);
    top->addWidget(m_kanaLabel, 1, Qt::AlignBottom);
    top->addWidget(m_ledgerButton, 0, Qt::AlignTop);
    top->addWidget(m_backButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(facts);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_tabs, 1);
}

PersonDetailView::~PersonDetailView() = default;

Status PersonDetailView::showPerson(const QString& personId)
{
    showMessage({});
    auto record = m_registry->get(m_workspace.session(), personId);
    if (!record) {
        m_record = {};
        m_ledgerButton->setEnabled(false);
        showMessage(record.message());
        return record.status();
    }
    m_record = std::move(record).value();
    m_ledgerButton->setEnabled(true);
    const registry::Person& person = m_record.person;
    m_nameLabel->setText(person.fullName());
    m_kanaLabel->setText(person.fullKana());
    m_atenaLabel->setText(person.atenaNumber);
    m_birthLabel->setText(RegistryLabels::date(person.birthDate));
    m_sexLabel->setText(RegistryLabels::sex(person.sex));
    m_phoneLabel->setText(person.phone.isEmpty() ? tr("(none)") : person.phone);
    if (m_record.currentAddress)
        m_addressLabel->setText(
            QString(RegistryLabels::postalCode(m_record.currentAddress->postalCode) + u' ' +
                    m_record.currentAddress->address)
                .trimmed());
    else
        m_addressLabel->setText(tr("(none)"));
    if (person.householdId.isEmpty())
        m_householdLabel->setText(tr("(not recorded)"));
    else if (person.relationshipToHead.isEmpty())
        m_householdLabel->setText(tr("Recorded"));
    else
        m_householdLabel->setText(
            tr("Relationship to the head: %1").arg(person.relationshipToHead));
    if (!person.mergedInto.isEmpty())
        showMessage(tr("This record was merged into another one."));
    showMyNumber();
    fillTables();
    return {};
}

QString PersonDetailView::myNumberText() const
{
    return m_myNumberLabel->text();
}

QString PersonDetailView::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void PersonDetailView::reload()
{
    if (!m_record.person.id.isEmpty())
        (void)showPerson(m_record.person.id);
}

void PersonDetailView::showMyNumber()
{
    m_masked.clear();
    m_revealButton->setEnabled(false);
    auto found = m_myNumbers->find(m_workspace.session(), m_record.person.id);
    if (!found) {
        m_myNumberLabel->setText(found.code() == ErrorCode::NotFound ? tr("Not recorded")
                                                                     : found.message());
        return;
    }
    const mynumber::MyNumberRecord& record = found.value();
    if (!record.provided) {
        QString reason = record.notProvidedReason;
        for (const mynumber::Choice& choice : mynumber::MyNumberService::notProvidedReasons()) {
            if (choice.code == record.notProvidedReason)
                reason = choice.label;
        }
        m_myNumberLabel->setText(tr("Not provided: %1").arg(reason));
        return;
    }
    m_masked = record.masked;
    QString how;
    mynumber::NumberCheck check = mynumber::NumberCheck::MyNumberCard;
    if (mynumber::numberCheckFromCode(record.numberCheck, &check))
        how = mynumber::numberCheckLabel(check);
    m_myNumberLabel->setText(how.isEmpty() ? m_masked
                                           : tr("%1 (confirmed with %2)").arg(m_masked, how));
    m_revealButton->setEnabled(true);
}

void PersonDetailView::fillTables()
{
    const security::Session& session = m_workspace.session();
    QList<QStringList> rows;
    for (const registry::Address& address : std::as_const(m_record.addresses))
        rows << QStringList{period(address.validFrom, address.validTo),
                            RegistryLabels::postalCode(address.postalCode), address.address,
                            RegistryLabels::instant(address.recordedAt)};
    fill(m_addressTable, rows);

    rows.clear();
    for (const registry::Handbook& handbook : std::as_const(m_record.handbooks))
        rows << QStringList{RegistryLabels::handbookKind(handbook.kind),
                            RegistryLabels::handbookGrade(handbook.kind, handbook.grade),
                            handbook.number, RegistryLabels::date(handbook.issuedOn),
                            handbook.validUntil.isValid()
                                ? RegistryLabels::date(handbook.validUntil)
                                : tr("No expiry")};
    fill(m_handbookTable, rows);

    rows.clear();
    for (const registry::Representative& representative : std::as_const(m_record.representatives))
        rows << QStringList{RegistryLabels::representativeKind(representative.kind),
                            representative.familyName + u'\u3000' + representative.givenName,
                            representative.familyKana + u'\u3000' + representative.givenKana,
                            period(representative.validFrom, representative.validTo)};
    fill(m_representativeTable, rows);

    rows.clear();
    if (!m_record.person.householdId.isEmpty()) {
        auto members = m_registry->household(session, m_record.person.householdId);
        if (members) {
            for (const registry::Person& member : std::as_const(members.value()))
                rows << QStringList{member.atenaNumber, member.fullName(), member.fullKana(),
                                    RegistryLabels::date(member.birthDate),
                                    member.relationshipToHead};
        }
    }
    fill(m_householdTable, rows);

    rows.clear();
    // The registry keeps moves in the address history; the change history shows them too.
    QList<registry::HistoryEntry> history = m_record.history;
    QList<registry::Address> addresses = m_record.addresses;
    std::sort(addresses.begin(), addresses.end(),
              [](const registry::Address& a, const registry::Address& b) {
                  return a.validFrom < b.validFrom;
              });
    for (int i = 1; i < addresses.size(); ++i) {
        const registry::Address& moved = addresses.at(i);
        history << registry::HistoryEntry{
            moved.personId,
            moved.recordedAt,
            moved.recordedBy,
            QStringLiteral("address"),
            addresses.at(i - 1).address,
            tr("%1 (from %2)").arg(moved.address, RegistryLabels::date(moved.validFrom))};
    }
    std::stable_sort(history.begin(), history.end(),
                     [](const registry::HistoryEntry& a, const registry::HistoryEntry& b) {
                         return a.changedAt > b.changedAt;
                     });
    for (const registry::HistoryEntry& entry : std::as_const(history)) {
        const QString by = entry.changedBy == session.accountId
                               ? session.displayName
                               : tr("Staff %1").arg(entry.changedBy.left(8));
        rows << QStringList{RegistryLabels::instant(entry.changedAt),
                            RegistryLabels::historyField(entry.field),
                            RegistryLabels::historyValue(entry.field, entry.oldValue),
                            RegistryLabels::historyValue(entry.field, entry.newValue), by};
    }
    fill(m_historyTable, rows);
    m_tabs->setTabText(m_tabs->indexOf(m_historyTable),
                       tr("Change history (%1)").arg(history.size()));
}

MyNumberRevealDialog* PersonDetailView::openRevealDialog()
{
    if (m_revealButton->isHidden() || m_masked.isEmpty())
        return nullptr;
    if (m_revealDialog)
        m_revealDialog->close();
    auto* dialog = new MyNumberRevealDialog(m_workspace, m_record.person.id, m_masked, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setRevealDuration(m_revealMs);
    m_revealDialog = dialog;
    dialog->open();
    return dialog;
}

MyNumberRecordDialog* PersonDetailView::openRecordDialog()
{
    if (m_recordButton->isHidden() || m_record.person.id.isEmpty())
        return nullptr;
    auto* dialog = new MyNumberRecordDialog(m_workspace, m_record.person.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, &PersonDetailView::showMyNumber);
    dialog->open();
    return dialog;
}

void PersonDetailView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        event->accept();
        emit backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PersonDetailView::showMessage(const QString& text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

} // namespace madoguchi::ui
