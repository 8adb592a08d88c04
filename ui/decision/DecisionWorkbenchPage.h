// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "decision/DecisionQueries.h"
#include "rules/BurdenRules.h"

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::decision {
class DecisionService;
}

namespace madoguchi::ui {

class DecisionQueueModel;

/// The reviewer's workbench (審査, decision.draft): the applications open for a decision in the
/// session's scopes; for the one selected, the inputs of the 利用者負担 evaluation, its outcome
/// with the explanation trail and rule version, and drafting the decision and sending it for
/// approval (maker-checker).
class DecisionWorkbenchPage : public QWidget
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the page.
    explicit DecisionWorkbenchPage(Workspace& workspace, QWidget* parent = nullptr);
    ~DecisionWorkbenchPage() override;

    DecisionQueueModel* model() const { return m_model; }
    /// Selects the queue's row (and clears the evaluation); false if there is no such row.
    bool selectApplication(int row);
    /// The application selected, if any.
    std::optional<decision::DecisionQueueItem> currentApplication() const;
    /// The explanation lines of the last evaluation, in the order applied.
    QStringList explanationLines() const;
    QString ruleVersionText() const;
    QString messageText() const;
    /// The decision drafted for the current application, empty before Draft.
    QString draftedDecisionId() const { return m_decisionId; }

signals:
    /// A decision was sent for approval.
    void sentForApproval(const QString& decisionId);

public slots:
    /// Lists the applications again.
    void refresh();
    /// Evaluates the inputs entered with the shipped rule tables.
    bool evaluate();
    /// Drafts a decision from the current evaluation (evaluating first if needed).
    bool draftDecision();
    /// Sends the drafted decision for approval.
    bool sendForApproval();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillCombos();
    void currentRowChanged();
    void clearEvaluation();
    void updateInputs();
    void updateButtons();
    QJsonObject requestJson() const;
    void showMessage(const QString& message, bool error);

    Workspace& m_workspace;
    std::unique_ptr<decision::DecisionService> m_decisions;
    DecisionQueueModel* m_model = nullptr;
    QList<security::Scope> m_scopes;
    QJsonObject m_inputs;
    std::optional<rules::BurdenEvaluation> m_evaluation;
    QString m_decisionId;
    QString m_applicationId; // the application the evaluation and draft are for
    bool m_sent = false;     // the draft was sent for approval

    QLabel* m_titleLabel = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QGroupBox* m_inputsBox = nullptr;
    QLabel* m_asOfLabel = nullptr;
    QDateEdit* m_asOfEdit = nullptr;
    QLabel* m_birthLabel = nullptr;
    QDateEdit* m_birthEdit = nullptr;
    QLabel* m_settingLabel = nullptr;
    QComboBox* m_settingCombo = nullptr;
    QCheckBox* m_severeCheck = nullptr;
    QLabel* m_incomeLabel = nullptr;
    QSpinBox* m_incomeSpin = nullptr;
    QLabel* m_deviceLabel = nullptr;
    QSpinBox* m_deviceSpin = nullptr;
    QCheckBox* m_assistanceCheck = nullptr;
    QLabel* m_selfLabel = nullptr;
    QSpinBox* m_selfLevySpin = nullptr;
    QCheckBox* m_selfExemptCheck = nullptr;
    QCheckBox* m_otherCheck = nullptr;
    QComboBox* m_otherRelationCombo = nullptr;
    QSpinBox* m_otherLevySpin = nullptr;
    QCheckBox* m_otherExemptCheck = nullptr;
    QPushButton* m_evaluateButton = nullptr;
    QGroupBox* m_resultBox = nullptr;
    QLabel* m_outcomeLabel = nullptr;
    QLabel* m_ruleVersionLabel = nullptr;
    QListWidget* m_explanationList = nullptr;
    QGroupBox* m_decisionBox = nullptr;
    QLabel* m_kindLabel = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QLabel* m_validLabel = nullptr;
    QDateEdit* m_validFromEdit = nullptr;
    QDateEdit* m_validToEdit = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reasonEdit = nullptr;
    QPushButton* m_draftButton = nullptr;
    QPushButton* m_sendButton = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace madoguchi::ui
