// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "decision/Decision.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::decision {
class DecisionService;
}

namespace madoguchi::ui {

class ApprovalQueueModel;

/// The approver's queue (決裁, decision.approve): decisions awaiting approval in the session's
/// scopes, oldest first, with the evaluation they rest on, and approving the one selected. The
/// core refuses the drafter's own approval; its message is shown as it is.
class ApproverQueuePage : public QWidget
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the page.
    explicit ApproverQueuePage(Workspace& workspace, QWidget* parent = nullptr);
    ~ApproverQueuePage() override;

    ApprovalQueueModel* model() const { return m_model; }
    bool selectDecision(int row);
    std::optional<decision::Decision> currentDecision() const;
    /// The explanation trail stored with the selected decision's evaluation.
    QStringList explanationLines() const;
    QString messageText() const;

signals:
    /// A decision was approved (its ledger entry is written).
    void approved(const QString& decisionId, const QString& personId, security::Scope scope);

public slots:
    void refresh();
    /// Approves the selected decision; shows the refusal if the core refuses.
    bool approve();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void currentRowChanged();
    void showMessage(const QString& message, bool error);

    Workspace& m_workspace;
    std::unique_ptr<decision::DecisionService> m_decisions;
    ApprovalQueueModel* m_model = nullptr;
    QList<security::Scope> m_scopes;

    QLabel* m_titleLabel = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_detailLabel = nullptr;
    QListWidget* m_explanationList = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_approveButton = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace madoguchi::ui
