// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision/ApproverQueuePage.h"

#include "decision/DecisionModels.h"
#include "decision/DecisionService.h"
#include "rules/BurdenRules.h"
#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace madoguchi::ui {

ApproverQueuePage::ApproverQueuePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace),
      m_decisions(std::make_unique<decision::DecisionService>(
          workspace.database().connection(), workspace.audit(), workspace.authorizer(),
          workspace.clock())),
      m_model(new ApprovalQueueModel(this))
{
    setObjectName(QStringLiteral("approverQueuePage"));
    m_model->setOwnAccountId(m_workspace.session().accountId);
    if (auto names = m_workspace.staff().colleagueNames(m_workspace.session()))
        m_model->setStaffNames(std::move(names).value());
    for (security::Scope scope : security::allScopes()) {
        if (m_workspace.authorizer().allows(m_workspace.session(),
                                            QStringLiteral("decision.approve"), scope))
            m_scopes << scope;
    }

    m_titleLabel = createPageTitle(this);

    m_table = createRecordTable(m_model, QStringLiteral("approvalTable"), this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApproverQueuePage::currentRowChanged);

    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("detailLabel"));
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_detailLabel->setWordWrap(true);
    m_explanationList = new QListWidget(this);
    m_explanationList->setObjectName(QStringLiteral("explanationList"));
    m_explanationList->setWordWrap(true);

    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refreshButton, &QPushButton::clicked, this, &ApproverQueuePage::refresh);
    m_approveButton = new QPushButton(this);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_approveButton->setEnabled(false);
    connect(m_approveButton, &QPushButton::clicked, this, &ApproverQueuePage::approve);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_messageLabel, 1);
    actions->addWidget(m_refreshButton);
    actions->addWidget(m_approveButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_detailLabel);
    layout->addWidget(m_explanationList, 1);
    layout->addLayout(actions);

    retranslate();
    refresh();
}

ApproverQueuePage::~ApproverQueuePage() = default;

void ApproverQueuePage::retranslate()
{
    m_titleLabel->setText(tr("Decisions awaiting approval"));
    m_refreshButton->setText(tr("&Refresh"));
    m_approveButton->setText(tr("&Approve"));
    m_approveButton->setToolTip(
        tr("Approve the selected decision. It cannot be changed afterwards; its ledger entry is "
           "written and the application is decided."));
    currentRowChanged();
}

void ApproverQueuePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ApproverQueuePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ApproverQueuePage::refresh()
{
    const auto previous = currentDecision();
    QList<decision::Decision> all;
    for (security::Scope scope : m_scopes) {
        auto decisions = m_decisions->awaitingApproval(m_workspace.session(), scope);
        if (!decisions) {
            showMessage(decisions.message(), true);
            return;
        }
        all << decisions.value();
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const decision::Decision& a, const decision::Decision& b) {
                         return a.draftedAt < b.draftedAt;
                     });
    m_model->setDecisions(std::move(all));
    m_table->resizeColumnsToContents();
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    for (int row = 0; previous && row < m_model->rowCount(); ++row) {
        if (m_model->decisions().at(row).id == previous->id) {
            selectDecision(row);
            break;
        }
    }
    currentRowChanged();
}

bool ApproverQueuePage::selectDecision(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

std::optional<decision::Decision> ApproverQueuePage::currentDecision() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= m_model->decisions().size())
        return std::nullopt;
    return m_model->decisions().at(index.row());
}

void ApproverQueuePage::currentRowChanged()
{
    m_explanationList->clear();
    const auto selected = currentDecision();
    m_approveButton->setEnabled(selected.has_value());
    if (!selected) {
        m_detailLabel->setText(m_model->rowCount() == 0
                                   ? tr("No decisions are awaiting approval.")
                                   : tr("Select a decision to see the evaluation it rests on."));
        return;
    }
    const QString category =
        selected->evaluation.value(QStringLiteral("income_category")).toString();
    m_detailLabel->setText(tr("%1; income category %2; rule version %3")
                               .arg(decision::kindLabel(selected->kind),
                                    rules::BurdenRules::incomeCategoryLabel(category),
                                    selected->ruleVersion));
    const QJsonArray explanation =
        selected->evaluation.value(QStringLiteral("explanation")).toArray();
    for (const QJsonValue& line : explanation)
        m_explanationList->addItem(line.toString());
    if (!selected->reason.isEmpty())
        m_explanationList->addItem(tr("Reason: %1").arg(selected->reason));
}

bool ApproverQueuePage::approve()
{
    const auto selected = currentDecision();
    if (!selected) {
        showMessage(tr("Select a decision first."), true);
        return false;
    }
    Status done = m_decisions->approve(m_workspace.session(), selected->id);
    if (!done) {
        showMessage(done.message(), true);
        return false;
    }
    refresh();
    showMessage(tr("The decision was approved and recorded in the ledger."), false);
    emit approved(selected->id, selected->personId, selected->scope);
    return true;
}

QStringList ApproverQueuePage::explanationLines() const
{
    QStringList lines;
    for (int row = 0; row < m_explanationList->count(); ++row)
        lines << m_explanationList->item(row)->text();
    return lines;
}

QString ApproverQueuePage::messageText() const
{
    return m_messageLabel->text();
}

void ApproverQueuePage::showMessage(const QString& message, bool error)
{
    showMessageIn(m_messageLabel, message, error ? MessageTone::Problem : MessageTone::Plain);
}

} // namespace madoguchi::ui
