// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ConflictDialog.h"

#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

const QColor kDifferenceColor(0xff, 0xf0, 0xb3);

QString operationText(const QString& operation)
{
    if (operation == u"delete")
        return ConflictDialog::tr(
            "Your deletion of this record was not applied: another device changed it first.");
    if (operation == u"insert")
        return ConflictDialog::tr("Another device created this record too.");
    return ConflictDialog::tr(
        "Your change was not applied: another device changed the same fields first.");
}

} // namespace

ConflictDialog::ConflictDialog(Workspace& workspace, sync::Conflict conflict, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_conflict(std::move(conflict))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Settle a sync conflict"));

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("<b>%1</b> was changed on this computer and on another device at the same time. %2 "
           "Compare both versions and choose which to keep.")
            .arg(sync::ConflictQueue::entityLabel(m_conflict.entity).toHtmlEscaped(),
                 operationText(m_conflict.operation).toHtmlEscaped()),
        this);
    heading->setObjectName(QStringLiteral("conflictHeading"));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Saved version"), tr("Your change (not applied)"), tr("Apply yours")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TakeTheirsColumn,
                                                      QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto* legend = new QLabel(tr("Highlighted rows differ between the two versions."), this);
    legend->setObjectName(QStringLiteral("conflictLegend"));
    layout->addWidget(legend);

    m_mineRadio = new QRadioButton(tr("Keep the saved version"), this);
    m_mineRadio->setObjectName(QStringLiteral("keepMineRadio"));
    m_theirsRadio = new QRadioButton(tr("Apply your change again"), this);
    m_theirsRadio->setObjectName(QStringLiteral("takeTheirsRadio"));
    m_fieldsRadio = new QRadioButton(tr("Choose field by field"), this);
    m_fieldsRadio->setObjectName(QStringLiteral("fieldByFieldRadio"));
    m_choiceGroup = new QButtonGroup(this);
    m_choiceGroup->addButton(m_mineRadio, int(sync::ConflictChoice::Mine));
    m_choiceGroup->addButton(m_theirsRadio, int(sync::ConflictChoice::Theirs));
    m_choiceGroup->addButton(m_fieldsRadio, int(sync::ConflictChoice::FieldByField));
    m_mineRadio->setChecked(true);
    layout->addWidget(m_mineRadio);
    layout->addWidget(m_theirsRadio);
    layout->addWidget(m_fieldsRadio);
    const bool decidable = m_conflict.reason == u"version";
    m_theirsRadio->setEnabled(decidable);
    m_fieldsRadio->setEnabled(decidable && m_conflict.operation != u"delete");
    connect(m_choiceGroup, &QButtonGroup::idClicked, this, [this] { updateChoice(); });

    m_errorLabel = createMessageLabel(QStringLiteral("conflictError"), this);
    layout->addWidget(m_errorLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* saveButton = buttons->addButton(tr("Save the resolution"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveResolutionButton"));
    saveButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConflictDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fill();
    updateChoice();
    resize(820, 560);
}

void ConflictDialog::fill()
{
    m_rowColumns.clear();
    // The differences first, then the rest of the record for context; search keys are not
    // shown (they follow the names they are made of).
    QList<const sync::ConflictField*> ordered;
    for (const sync::ConflictField& field : m_conflict.fields)
        if (field.differs && !sync::ConflictQueue::isDerived(field.column))
            ordered << &field;
    for (const sync::ConflictField& field : m_conflict.fields)
        if (!field.differs && !sync::ConflictQueue::isDerived(field.column))
            ordered << &field;
    m_table->setRowCount(int(ordered.size()));
    int row = 0;
    for (const sync::ConflictField* field : std::as_const(ordered)) {
        m_rowColumns << field->column;
        auto* name =
            new QTableWidgetItem(sync::ConflictQueue::fieldLabel(m_conflict.entity, field->column));
        name->setToolTip(field->column);
        auto* mine = new QTableWidgetItem(
            m_conflict.localExists ? sync::ConflictQueue::displayValue(field->column, field->mine)
                                   : tr("(deleted by another device)"));
        auto* theirs = new QTableWidgetItem(
            m_conflict.operation == u"delete"
                ? tr("(your deletion)")
                : sync::ConflictQueue::displayValue(field->column, field->theirs));
        auto* take = new QTableWidgetItem;
        if (field->differs) {
            for (QTableWidgetItem* item : {name, mine, theirs, take})
                item->setBackground(kDifferenceColor);
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            take->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            take->setCheckState(Qt::Unchecked);
        } else {
            take->setFlags(Qt::NoItemFlags);
            for (QTableWidgetItem* item : {mine, theirs})
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        m_table->setItem(row, FieldColumn, name);
        m_table->setItem(row, MineColumn, mine);
        m_table->setItem(row, TheirsColumn, theirs);
        m_table->setItem(row, TakeTheirsColumn, take);
        ++row;
    }
}

int ConflictDialog::rowOf(const QString& column) const
{
    return int(m_rowColumns.indexOf(column));
}

sync::ConflictChoice ConflictDialog::choice() const
{
    return sync::ConflictChoice(m_choiceGroup->checkedId());
}

void ConflictDialog::setChoice(sync::ConflictChoice choice)
{
    if (QAbstractButton* button = m_choiceGroup->button(int(choice)))
        button->setChecked(true);
    updateChoice();
}

void ConflictDialog::setTakeTheirs(const QString& column, bool theirs)
{
    const int row = rowOf(column);
    if (row < 0)
        return;
    setChoice(sync::ConflictChoice::FieldByField);
    if (QTableWidgetItem* item = m_table->item(row, TakeTheirsColumn);
        item && item->flags().testFlag(Qt::ItemIsUserCheckable))
        item->setCheckState(theirs ? Qt::Checked : Qt::Unchecked);
}

void ConflictDialog::updateChoice()
{
    // The checkboxes say what is taken: all, none, or what the person ticks.
    const sync::ConflictChoice current = choice();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* item = m_table->item(row, TakeTheirsColumn);
        if (!item || item->flags() == Qt::NoItemFlags)
            continue;
        if (current == sync::ConflictChoice::FieldByField) {
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        } else {
            item->setCheckState(current == sync::ConflictChoice::Theirs ? Qt::Checked
                                                                        : Qt::Unchecked);
            item->setFlags(Qt::ItemIsUserCheckable); // shown, not changeable
        }
    }
}

sync::ConflictResolution ConflictDialog::resolution() const
{
    sync::ConflictResolution resolution;
    resolution.choice = choice();
    resolution.expectedLocalVersion = m_conflict.localExists ? m_conflict.localVersion : 0;
    if (resolution.choice == sync::ConflictChoice::FieldByField) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QTableWidgetItem* item = m_table->item(row, TakeTheirsColumn);
            if (item && item->checkState() == Qt::Checked)
                resolution.theirFields.insert(m_rowColumns.at(row));
        }
    }
    return resolution;
}

bool ConflictDialog::save()
{
    sync::ConflictQueue queue(m_workspace.database().connection(), m_workspace.audit(),
                              m_workspace.authorizer(), m_workspace.clock());
    auto resolved = queue.resolve(m_workspace.session(), m_conflict.id, resolution());
    if (!resolved) {
        showMessageIn(m_errorLabel, resolved.message());
        return false;
    }
    m_errorLabel->hide();
    m_errorLabel->clear();
    m_outcome = resolved.value();
    return true;
}

QString ConflictDialog::errorText() const
{
    return m_errorLabel->text();
}

void ConflictDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace madoguchi::ui
