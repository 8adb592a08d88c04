// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision/LedgerTimelineView.h"

#include "decision/DecisionModels.h"
#include "ledger/LedgerBook.h"
#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace madoguchi::ui {

LedgerTimelineView::LedgerTimelineView(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace),
      m_book(std::make_unique<ledger::LedgerBook>(workspace.database().connection(),
                                                  workspace.audit(), workspace.authorizer(),
                                                  workspace.clock())),
      m_model(new LedgerTimelineModel(this))
{
    setObjectName(QStringLiteral("ledgerTimelineView"));

    m_titleLabel = createPageTitle(this);

    m_personEdit = new QLineEdit(this);
    m_personEdit->setObjectName(QStringLiteral("personIdEdit"));
    m_personEdit->setClearButtonEnabled(true);
    connect(m_personEdit, &QLineEdit::returnPressed, this, &LedgerTimelineView::refresh);
    m_ledgerCombo = new QComboBox(this);
    m_ledgerCombo->setObjectName(QStringLiteral("ledgerCombo"));
    for (security::Scope scope : security::allScopes())
        m_ledgerCombo->addItem(QString(), security::scopeCode(scope));
    m_showButton = new QPushButton(this);
    m_showButton->setObjectName(QStringLiteral("showButton"));
    m_showButton->setDefault(true);
    connect(m_showButton, &QPushButton::clicked, this, &LedgerTimelineView::refresh);
    m_personLabel = new QLabel(this);
    m_personLabel->setBuddy(m_personEdit);
    m_ledgerLabel = new QLabel(this);
    m_ledgerLabel->setBuddy(m_ledgerCombo);

    auto* filters = new QGridLayout;
    filters->addWidget(m_personLabel, 0, 0);
    filters->addWidget(m_personEdit, 0, 1);
    filters->addWidget(m_ledgerLabel, 0, 2);
    filters->addWidget(m_ledgerCombo, 0, 3);
    filters->addWidget(m_showButton, 0, 4);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 1);

    m_table = createRecordTable(m_model, QStringLiteral("timelineTable"), this);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_titleLabel);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_messageLabel);

    retranslate();
}

LedgerTimelineView::~LedgerTimelineView() = default;

void LedgerTimelineView::retranslate()
{
    m_titleLabel->setText(tr("Ledger timeline"));
    m_personLabel->setText(tr("&Person ID:"));
    m_ledgerLabel->setText(tr("&Ledger:"));
    m_showButton->setText(tr("&Show"));
    for (int i = 0; i < m_ledgerCombo->count(); ++i) {
        security::Scope scope;
        if (security::scopeFromCode(m_ledgerCombo->itemData(i).toString(), &scope))
            m_ledgerCombo->setItemText(i, scopeText(scope));
    }
}

void LedgerTimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString LedgerTimelineView::personId() const
{
    return m_personEdit->text().trimmed();
}

security::Scope LedgerTimelineView::ledger() const
{
    security::Scope scope = security::Scope::WelfareService;
    security::scopeFromCode(m_ledgerCombo->currentData().toString(), &scope);
    return scope;
}

QString LedgerTimelineView::messageText() const
{
    return m_messageLabel->text();
}

void LedgerTimelineView::showPerson(const QString& personId, security::Scope ledger)
{
    m_personEdit->setText(personId);
    const int index = m_ledgerCombo->findData(security::scopeCode(ledger));
    if (index >= 0)
        m_ledgerCombo->setCurrentIndex(index);
    refresh();
}

void LedgerTimelineView::refresh()
{
    if (personId().isEmpty()) {
        m_model->setEntries({});
        m_messageLabel->setText(tr("Enter a person's ID."));
        return;
    }
    auto entries = m_book->entries(m_workspace.session(), ledger(), personId());
    if (!entries) {
        m_model->setEntries({});
        m_messageLabel->setText(entries.message());
        return;
    }
    m_model->setEntries(std::move(entries).value());
    m_messageLabel->setText(m_model->rowCount() == 0
                                ? tr("No entries in this ledger.")
                                : tr("%n entries", nullptr, m_model->rowCount()));
    m_table->resizeColumnsToContents();
}

} // namespace madoguchi::ui
