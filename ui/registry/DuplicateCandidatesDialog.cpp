// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/DuplicateCandidatesDialog.h"

#include "registry/RegistryLabels.h"
#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

enum Column
{
    ReasonColumn,
    FirstColumn,
    SecondColumn,
    ColumnCount
};

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

// One record in a cell: 宛名番号, name and kana, date of birth, current address.
QString describe(const registry::PersonSummary& person)
{
    QStringList lines{DuplicateCandidatesDialog::tr("宛名番号 %1").arg(person.atenaNumber),
                      person.fullName() + QStringLiteral("（") + person.fullKana() +
                          QStringLiteral("）"),
                      RegistryLabels::date(person.birthDate)};
    if (!person.address.isEmpty())
        lines << person.address;
    return lines.join(u'\n');
}

} // namespace

DuplicateCandidatesDialog::DuplicateCandidatesDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace),
      m_candidates(std::make_unique<registry::DuplicateCandidates>(
          workspace.database().connection(), workspace.audit(), workspace.authorizer(),
          workspace.clock()))
{
    setObjectName(QStringLiteral("duplicateCandidatesDialog"));
    setWindowTitle(tr("Possible duplicate records"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("Sync brought records from other computers that may be the same person as a record "
           "here. Compare each pair; merge it into the record that should remain, or record "
           "that they are different people."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Why"), tr("Record on the left"), tr("Record on the right")});
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    layout->addWidget(m_messageLabel);

    auto* buttons = new QDialogButtonBox(this);
    m_keepFirstButton =
        buttons->addButton(tr("Merge, keep the left record"), QDialogButtonBox::ActionRole);
    m_keepFirstButton->setObjectName(QStringLiteral("keepFirstButton"));
    m_keepSecondButton =
        buttons->addButton(tr("Merge, keep the right record"), QDialogButtonBox::ActionRole);
    m_keepSecondButton->setObjectName(QStringLiteral("keepSecondButton"));
    m_dismissButton = buttons->addButton(tr("Not the same person"), QDialogButtonBox::ActionRole);
    m_dismissButton->setObjectName(QStringLiteral("dismissButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);

    connect(m_keepFirstButton, &QPushButton::clicked, this,
            &DuplicateCandidatesDialog::mergeKeepingFirst);
    connect(m_keepSecondButton, &QPushButton::clicked, this,
            &DuplicateCandidatesDialog::mergeKeepingSecond);
    connect(m_dismissButton, &QPushButton::clicked, this,
            &DuplicateCandidatesDialog::dismissSelected);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &DuplicateCandidatesDialog::updateButtons);

    resize(900, 480);
    refresh();
}

DuplicateCandidatesDialog::~DuplicateCandidatesDialog() = default;

QString DuplicateCandidatesDialog::messageText() const
{
    return m_messageLabel->text();
}

void DuplicateCandidatesDialog::showMessage(const QString& text, bool error)
{
    showMessageIn(m_messageLabel, text, error ? MessageTone::Problem : MessageTone::Plain);
}

void DuplicateCandidatesDialog::refresh()
{
    auto pairs = m_candidates->list(m_workspace.session());
    m_table->setRowCount(0);
    m_pairs.clear();
    if (!pairs) {
        showMessage(pairs.message(), true);
        updateButtons();
        return;
    }
    m_pairs = pairs.value();
    m_table->setRowCount(int(m_pairs.size()));
    for (int row = 0; row < m_pairs.size(); ++row) {
        const registry::DuplicatePair& pair = m_pairs.at(row);
        m_table->setItem(row, ReasonColumn,
                         cell(registry::DuplicateCandidates::reasonLabel(pair.reason)));
        m_table->setItem(row, FirstColumn, cell(describe(pair.first)));
        m_table->setItem(row, SecondColumn, cell(describe(pair.second)));
    }
    m_table->resizeRowsToContents();
    if (m_pairs.isEmpty())
        showMessage(tr("No possible duplicates are waiting."), false);
    else if (m_table->currentRow() < 0)
        selectRow(0);
    updateButtons();
}

void DuplicateCandidatesDialog::selectRow(int row)
{
    if (row >= 0 && row < m_table->rowCount())
        m_table->selectRow(row);
    updateButtons();
}

const registry::DuplicatePair* DuplicateCandidatesDialog::selectedPair() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int row = selected.first()->row();
    return row >= 0 && row < m_pairs.size() ? &m_pairs.at(row) : nullptr;
}

void DuplicateCandidatesDialog::updateButtons()
{
    const bool any = selectedPair() != nullptr;
    m_keepFirstButton->setEnabled(any);
    m_keepSecondButton->setEnabled(any);
    m_dismissButton->setEnabled(any);
}

void DuplicateCandidatesDialog::mergeKeepingFirst()
{
    merge(true);
}

void DuplicateCandidatesDialog::mergeKeepingSecond()
{
    merge(false);
}

void DuplicateCandidatesDialog::merge(bool keepFirst)
{
    const registry::DuplicatePair* pair = selectedPair();
    if (!pair)
        return;
    const registry::PersonSummary& kept = keepFirst ? pair->first : pair->second;
    const registry::PersonSummary& merged = keepFirst ? pair->second : pair->first;
    const QString id = pair->id;
    const Status done = m_candidates->merge(m_workspace.session(), id, kept.id);
    if (!done) {
        showMessage(done.message(), true);
        return;
    }
    const QString text = tr("The record 宛名番号 %1 was merged into 宛名番号 %2, which remains.")
                             .arg(merged.atenaNumber, kept.atenaNumber);
    refresh();
    showMessage(text, false);
}

void DuplicateCandidatesDialog::dismissSelected()
{
    const registry::DuplicatePair* pair = selectedPair();
    if (!pair)
        return;
    const QString text = tr("Recorded that 宛名番号 %1 and %2 are different people.")
                             .arg(pair->first.atenaNumber, pair->second.atenaNumber);
    const Status done = m_candidates->dismiss(m_workspace.session(), pair->id);
    if (!done) {
        showMessage(done.message(), true);
        return;
    }
    refresh();
    showMessage(text, false);
}

} // namespace madoguchi::ui
