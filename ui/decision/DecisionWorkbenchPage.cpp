// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision/DecisionWorkbenchPage.h"

#include "decision/DecisionModels.h"
#include "decision/DecisionService.h"
#include "rules/BurdenRules.h"
#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

constexpr int kMaxYen = 999999999;

QDateEdit* dateEdit(QWidget* parent, const char* name, QDate date)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QSpinBox* yenSpin(QWidget* parent, const char* name)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(0, kMaxYen);
    spin->setSingleStep(1000);
    spin->setGroupSeparatorShown(true);
    return spin;
}

bool isMedical(security::Scope scope)
{
    return scope == security::Scope::MedicalRehabilitation ||
           scope == security::Scope::MedicalPsychiatric;
}

QString benefitCode(const decision::DecisionQueueItem& item)
{
    switch (item.scope) {
    case security::Scope::WelfareService:
        return QStringLiteral("welfare_service");
    case security::Scope::MedicalPsychiatric:
        return QStringLiteral("medical_psychiatric");
    case security::Scope::MedicalRehabilitation:
        return item.procedureCode.contains(QStringLiteral("child"))
                   ? QStringLiteral("medical_child")
                   : QStringLiteral("medical_rehabilitation");
    case security::Scope::Devices:
        return QStringLiteral("prosthetic");
    }
    return {};
}

} // namespace

DecisionWorkbenchPage::DecisionWorkbenchPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace),
      m_decisions(std::make_unique<decision::DecisionService>(
          workspace.database().connection(), workspace.audit(), workspace.authorizer(),
          workspace.clock())),
      m_model(new DecisionQueueModel(this))
{
    setObjectName(QStringLiteral("decisionWorkbenchPage"));
    for (security::Scope scope : security::allScopes()) {
        if (m_workspace.authorizer().allows(m_workspace.session(), QStringLiteral("decision.draft"),
                                            scope))
            m_scopes << scope;
    }
    const QDate today = m_workspace.clock().todayInJapan();

    m_titleLabel = createPageTitle(this);

    m_table = createRecordTable(m_model, QStringLiteral("queueTable"), this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DecisionWorkbenchPage::currentRowChanged);
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refreshButton, &QPushButton::clicked, this, &DecisionWorkbenchPage::refresh);

    // Evaluation inputs.
    m_inputsBox = new QGroupBox(this);
    m_asOfEdit = dateEdit(m_inputsBox, "asOfEdit", today);
    m_birthEdit = dateEdit(m_inputsBox, "birthDateEdit", QDate(1980, 1, 1));
    m_settingCombo = new QComboBox(m_inputsBox);
    m_settingCombo->setObjectName(QStringLiteral("settingCombo"));
    m_severeCheck = new QCheckBox(m_inputsBox);
    m_severeCheck->setObjectName(QStringLiteral("severeCheck"));
    m_incomeSpin = yenSpin(m_inputsBox, "incomeSpin");
    m_deviceSpin = yenSpin(m_inputsBox, "deviceCostSpin");
    m_assistanceCheck = new QCheckBox(m_inputsBox);
    m_assistanceCheck->setObjectName(QStringLiteral("assistanceCheck"));
    m_selfLevySpin = yenSpin(m_inputsBox, "selfLevySpin");
    m_selfExemptCheck = new QCheckBox(m_inputsBox);
    m_selfExemptCheck->setObjectName(QStringLiteral("selfExemptCheck"));
    m_otherCheck = new QCheckBox(m_inputsBox);
    m_otherCheck->setObjectName(QStringLiteral("otherMemberCheck"));
    m_otherRelationCombo = new QComboBox(m_inputsBox);
    m_otherRelationCombo->setObjectName(QStringLiteral("otherRelationCombo"));
    m_otherLevySpin = yenSpin(m_inputsBox, "otherLevySpin");
    m_otherExemptCheck = new QCheckBox(m_inputsBox);
    m_otherExemptCheck->setObjectName(QStringLiteral("otherExemptCheck"));
    m_evaluateButton = new QPushButton(m_inputsBox);
    m_evaluateButton->setObjectName(QStringLiteral("evaluateButton"));
    connect(m_evaluateButton, &QPushButton::clicked, this, &DecisionWorkbenchPage::evaluate);
    for (QCheckBox* box : {m_selfExemptCheck, m_otherExemptCheck, m_otherCheck})
        connect(box, &QCheckBox::toggled, this, &DecisionWorkbenchPage::updateInputs);

    m_asOfLabel = new QLabel(m_inputsBox);
    m_asOfLabel->setBuddy(m_asOfEdit);
    m_birthLabel = new QLabel(m_inputsBox);
    m_birthLabel->setBuddy(m_birthEdit);
    m_settingLabel = new QLabel(m_inputsBox);
    m_settingLabel->setBuddy(m_settingCombo);
    m_incomeLabel = new QLabel(m_inputsBox);
    m_incomeLabel->setBuddy(m_incomeSpin);
    m_deviceLabel = new QLabel(m_inputsBox);
    m_deviceLabel->setBuddy(m_deviceSpin);
    m_selfLabel = new QLabel(m_inputsBox);
    m_selfLabel->setBuddy(m_selfLevySpin);

    auto* selfRow = new QHBoxLayout;
    selfRow->addWidget(m_selfLevySpin, 1);
    selfRow->addWidget(m_selfExemptCheck);
    auto* otherRow = new QHBoxLayout;
    otherRow->addWidget(m_otherRelationCombo);
    otherRow->addWidget(m_otherLevySpin, 1);
    otherRow->addWidget(m_otherExemptCheck);
    auto* inputs = new QFormLayout(m_inputsBox);
    inputs->addRow(m_asOfLabel, m_asOfEdit);
    inputs->addRow(m_birthLabel, m_birthEdit);
    inputs->addRow(m_settingLabel, m_settingCombo);
    inputs->addRow(QString(), m_severeCheck);
    inputs->addRow(m_incomeLabel, m_incomeSpin);
    inputs->addRow(m_deviceLabel, m_deviceSpin);
    inputs->addRow(QString(), m_assistanceCheck);
    inputs->addRow(m_selfLabel, selfRow);
    inputs->addRow(m_otherCheck, otherRow);
    inputs->addRow(QString(), m_evaluateButton);

    // The outcome and why.
    m_resultBox = new QGroupBox(this);
    m_outcomeLabel = new QLabel(m_resultBox);
    m_outcomeLabel->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcomeLabel->setTextFormat(Qt::PlainText);
    m_outcomeLabel->setWordWrap(true);
    m_ruleVersionLabel = new QLabel(m_resultBox);
    m_ruleVersionLabel->setObjectName(QStringLiteral("ruleVersionLabel"));
    m_ruleVersionLabel->setTextFormat(Qt::PlainText);
    m_explanationList = new QListWidget(m_resultBox);
    m_explanationList->setObjectName(QStringLiteral("explanationList"));
    m_explanationList->setWordWrap(true);
    auto* result = new QVBoxLayout(m_resultBox);
    result->addWidget(m_outcomeLabel);
    result->addWidget(m_ruleVersionLabel);
    result->addWidget(m_explanationList, 1);

    // The decision.
    m_decisionBox = new QGroupBox(this);
    m_kindCombo = new QComboBox(m_decisionBox);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    const QDate from = QDate(today.year(), today.month(), 1).addMonths(1);
    m_validFromEdit = dateEdit(m_decisionBox, "validFromEdit", from);
    m_validToEdit = dateEdit(m_decisionBox, "validToEdit", from.addYears(1).addDays(-1));
    m_reasonEdit = new QLineEdit(m_decisionBox);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_draftButton = new QPushButton(m_decisionBox);
    m_draftButton->setObjectName(QStringLiteral("draftButton"));
    connect(m_draftButton, &QPushButton::clicked, this, &DecisionWorkbenchPage::draftDecision);
    m_sendButton = new QPushButton(m_decisionBox);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    connect(m_sendButton, &QPushButton::clicked, this, &DecisionWorkbenchPage::sendForApproval);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            &DecisionWorkbenchPage::updateInputs);
    m_kindLabel = new QLabel(m_decisionBox);
    m_kindLabel->setBuddy(m_kindCombo);
    m_validLabel = new QLabel(m_decisionBox);
    m_validLabel->setBuddy(m_validFromEdit);
    m_reasonLabel = new QLabel(m_decisionBox);
    m_reasonLabel->setBuddy(m_reasonEdit);
    auto* validRow = new QHBoxLayout;
    validRow->addWidget(m_validFromEdit);
    validRow->addWidget(new QLabel(QStringLiteral("–"), m_decisionBox));
    validRow->addWidget(m_validToEdit);
    validRow->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_draftButton);
    buttons->addWidget(m_sendButton);
    auto* decisionForm = new QFormLayout(m_decisionBox);
    decisionForm->addRow(m_kindLabel, m_kindCombo);
    decisionForm->addRow(m_validLabel, validRow);
    decisionForm->addRow(m_reasonLabel, m_reasonEdit);
    decisionForm->addRow(buttons);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);

    auto* queueSide = new QWidget(this);
    auto* queueLayout = new QVBoxLayout(queueSide);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(m_table, 1);
    auto* queueButtons = new QHBoxLayout;
    queueButtons->addStretch();
    queueButtons->addWidget(m_refreshButton);
    queueLayout->addLayout(queueButtons);
    queueLayout->addWidget(m_decisionBox);

    auto* detailSide = new QWidget(this);
    auto* detailLayout = new QHBoxLayout(detailSide);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_inputsBox);
    detailLayout->addWidget(m_resultBox, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(queueSide);
    splitter->addWidget(detailSide);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_titleLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_messageLabel);

    retranslate();
    clearEvaluation();
    refresh();
}

DecisionWorkbenchPage::~DecisionWorkbenchPage() = default;

void DecisionWorkbenchPage::retranslate()
{
    m_titleLabel->setText(tr("Review and decision"));
    m_refreshButton->setText(tr("&Refresh"));
    m_inputsBox->setTitle(tr("Evaluation inputs"));
    m_asOfLabel->setText(tr("As &of:"));
    m_birthLabel->setText(tr("&Birth date:"));
    m_settingLabel->setText(tr("&Setting:"));
    m_severeCheck->setText(tr("Severe and continuous (重度かつ継続)"));
    m_incomeLabel->setText(tr("Own &income (本人収入):"));
    m_deviceLabel->setText(tr("&Device cost (基準額):"));
    m_assistanceCheck->setText(tr("Household receives &public assistance (生活保護)"));
    m_selfLabel->setText(tr("Applicant's 所得割:"));
    m_selfExemptCheck->setText(tr("Tax-exempt (非課税)"));
    m_otherCheck->setText(tr("Other &member:"));
    m_otherExemptCheck->setText(tr("Tax-exempt (非課税)"));
    m_evaluateButton->setText(tr("&Evaluate"));
    m_resultBox->setTitle(tr("Evaluation"));
    m_decisionBox->setTitle(tr("Decision"));
    m_kindLabel->setText(tr("&Kind:"));
    m_validLabel->setText(tr("&Valid:"));
    m_reasonLabel->setText(tr("Rea&son:"));
    m_reasonEdit->setPlaceholderText(tr("Required for a rejection"));
    m_draftButton->setText(tr("&Draft"));
    m_sendButton->setText(tr("Send for &approval"));
    for (QSpinBox* spin : {m_incomeSpin, m_deviceSpin, m_selfLevySpin, m_otherLevySpin})
        spin->setSuffix(tr(" yen"));
    fillCombos();
    if (m_evaluation)
        m_ruleVersionLabel->setText(tr("Rule version: %1").arg(m_evaluation->ruleVersion));
}

void DecisionWorkbenchPage::fillCombos()
{
    const auto refill = [](QComboBox* combo, const QList<std::pair<QString, QVariant>>& items) {
        const QVariant current = combo->currentData();
        QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto& [text, data] : items)
            combo->addItem(text, data);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    refill(m_settingCombo, {{tr("At home (在宅)"), QStringLiteral("home")},
                            {tr("Day service (通所)"), QStringLiteral("day")},
                            {tr("Residential (施設入所)"), QStringLiteral("residential")},
                            {tr("Group home (グループホーム)"), QStringLiteral("group_home")}});
    refill(m_otherRelationCombo, {{tr("Spouse (配偶者)"), QStringLiteral("spouse")},
                                  {tr("Guardian (保護者)"), QStringLiteral("guardian")},
                                  {tr("Other (その他)"), QStringLiteral("other")}});
    QList<std::pair<QString, QVariant>> kinds;
    for (decision::DecisionKind kind :
         {decision::DecisionKind::Grant, decision::DecisionKind::Provisional,
          decision::DecisionKind::Reject})
        kinds.append({decision::kindLabel(kind), decision::kindCode(kind)});
    refill(m_kindCombo, kinds);
}

void DecisionWorkbenchPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void DecisionWorkbenchPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DecisionWorkbenchPage::refresh()
{
    const QString selected = currentApplication() ? currentApplication()->applicationId : QString();
    auto items =
        decision::listApplicationsAwaitingDecision(m_workspace.database().connection(), m_scopes);
    if (!items) {
        showMessage(items.message(), true);
        return;
    }
    m_model->setItems(std::move(items).value());
    m_table->resizeColumnsToContents();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->items().at(row).applicationId == selected) {
            selectApplication(row);
            break;
        }
    }
    currentRowChanged();
    updateInputs();
}

bool DecisionWorkbenchPage::selectApplication(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

std::optional<decision::DecisionQueueItem> DecisionWorkbenchPage::currentApplication() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= m_model->items().size())
        return std::nullopt;
    return m_model->items().at(index.row());
}

void DecisionWorkbenchPage::currentRowChanged()
{
    const auto item = currentApplication();
    const QString applicationId = item ? item->applicationId : QString();
    if (applicationId == m_applicationId) {
        updateButtons(); // the same application, listed again: keep its evaluation and draft
        return;
    }
    m_applicationId = applicationId;
    clearEvaluation();
    m_decisionId.clear();
    m_sent = false;
    m_messageLabel->clear();
    updateInputs();
}

void DecisionWorkbenchPage::clearEvaluation()
{
    m_evaluation.reset();
    m_inputs = {};
    m_outcomeLabel->setText(tr("Enter the inputs and press Evaluate."));
    m_ruleVersionLabel->clear();
    m_explanationList->clear();
}

void DecisionWorkbenchPage::updateInputs()
{
    const auto item = currentApplication();
    const security::Scope scope = item ? item->scope : security::Scope::WelfareService;
    const bool welfare = scope == security::Scope::WelfareService;
    const bool medical = isMedical(scope);
    const bool device = scope == security::Scope::Devices;
    m_settingLabel->setVisible(welfare);
    m_settingCombo->setVisible(welfare);
    m_severeCheck->setVisible(medical);
    m_deviceLabel->setVisible(device);
    m_deviceSpin->setVisible(device);
    m_selfLevySpin->setEnabled(!m_selfExemptCheck->isChecked());
    for (QWidget* widget :
         {static_cast<QWidget*>(m_otherRelationCombo), static_cast<QWidget*>(m_otherExemptCheck)})
        widget->setEnabled(m_otherCheck->isChecked());
    m_otherLevySpin->setEnabled(m_otherCheck->isChecked() && !m_otherExemptCheck->isChecked());
    const bool reject =
        m_kindCombo->currentData().toString() == decision::kindCode(decision::DecisionKind::Reject);
    m_validFromEdit->setEnabled(!reject);
    m_validToEdit->setEnabled(!reject);
    m_reasonEdit->setEnabled(reject);
    updateButtons();
}

void DecisionWorkbenchPage::updateButtons()
{
    const bool selected = currentApplication().has_value();
    m_inputsBox->setEnabled(selected);
    m_evaluateButton->setEnabled(selected);
    m_draftButton->setEnabled(selected && m_decisionId.isEmpty());
    m_sendButton->setEnabled(selected && !m_decisionId.isEmpty() && !m_sent);
}

QJsonObject DecisionWorkbenchPage::requestJson() const
{
    const auto item = currentApplication();
    QJsonObject applicant{
        {QStringLiteral("birth_date"), m_birthEdit->date().toString(Qt::ISODate)}};
    const bool medical = item && isMedical(item->scope);
    if (medical || m_incomeSpin->value() > 0)
        applicant.insert(QStringLiteral("income"), m_incomeSpin->value());
    QJsonArray members{QJsonObject{{QStringLiteral("relation"), QStringLiteral("self")},
                                   {QStringLiteral("tax_exempt"), m_selfExemptCheck->isChecked()},
                                   {QStringLiteral("income_levy"),
                                    m_selfExemptCheck->isChecked() ? 0 : m_selfLevySpin->value()}}};
    if (m_otherCheck->isChecked())
        members.append(QJsonObject{
            {QStringLiteral("relation"), m_otherRelationCombo->currentData().toString()},
            {QStringLiteral("tax_exempt"), m_otherExemptCheck->isChecked()},
            {QStringLiteral("income_levy"),
             m_otherExemptCheck->isChecked() ? 0 : m_otherLevySpin->value()}});
    QJsonObject root{
        {QStringLiteral("benefit"), item ? benefitCode(*item) : QString()},
        {QStringLiteral("as_of"), m_asOfEdit->date().toString(Qt::ISODate)},
        {QStringLiteral("applicant"), applicant},
        {QStringLiteral("household"),
         QJsonObject{{QStringLiteral("public_assistance"), m_assistanceCheck->isChecked()},
                     {QStringLiteral("members"), members}}}};
    if (!item)
        return root;
    if (item->scope == security::Scope::WelfareService)
        root.insert(QStringLiteral("setting"), m_settingCombo->currentData().toString());
    if (medical)
        root.insert(QStringLiteral("severe_continuous"), m_severeCheck->isChecked());
    if (item->scope == security::Scope::Devices)
        root.insert(QStringLiteral("device_cost"), m_deviceSpin->value());
    return root;
}

bool DecisionWorkbenchPage::evaluate()
{
    clearEvaluation();
    if (!currentApplication()) {
        showMessage(tr("Select an application first."), true);
        return false;
    }
    const QJsonObject json = requestJson();
    auto request = rules::BurdenRules::requestFromJson(json);
    if (!request) {
        showMessage(request.message(), true);
        return false;
    }
    auto evaluation = rules::BurdenRules::evaluate(request.value());
    if (!evaluation) {
        showMessage(evaluation.message(), true);
        return false;
    }
    m_inputs = json;
    m_evaluation = std::move(evaluation).value();
    QStringList outcome;
    outcome << (m_evaluation->eligible ? tr("Eligible") : tr("Not eligible"));
    if (!m_evaluation->incomeCategory.isEmpty())
        outcome << tr("income category %1")
                       .arg(rules::BurdenRules::incomeCategoryLabel(m_evaluation->incomeCategory));
    if (m_evaluation->eligible) {
        outcome << (m_evaluation->monthlyCap
                        ? tr("monthly cap ¥%1").arg(QLocale().toString(*m_evaluation->monthlyCap))
                        : tr("monthly cap: the health insurance's limit"));
        if (m_evaluation->copayPercent)
            outcome << tr("co-payment %1%").arg(*m_evaluation->copayPercent);
        if (m_evaluation->copay)
            outcome << tr("pays ¥%1").arg(QLocale().toString(*m_evaluation->copay));
    }
    m_outcomeLabel->setText(outcome.join(tr(", ")));
    m_ruleVersionLabel->setText(tr("Rule version: %1").arg(m_evaluation->ruleVersion));
    m_explanationList->addItems(m_evaluation->explanation);
    m_messageLabel->clear();
    return true;
}

bool DecisionWorkbenchPage::draftDecision()
{
    const auto item = currentApplication();
    if (!item) {
        showMessage(tr("Select an application first."), true);
        return false;
    }
    if (!m_evaluation && !evaluate())
        return false;
    decision::DecisionDraft draft;
    decision::kindFromCode(m_kindCombo->currentData().toString(), &draft.kind);
    draft.inputs = m_inputs;
    draft.ruleVersion = m_evaluation->ruleVersion;
    draft.evaluation = rules::BurdenRules::toJson(*m_evaluation);
    if (decision::grantsBenefit(draft.kind)) {
        draft.validFrom = m_validFromEdit->date();
        draft.validTo = m_validToEdit->date();
        draft.monthlyCap = m_evaluation->monthlyCap;
    } else {
        draft.reason = m_reasonEdit->text().trimmed();
    }
    auto id = m_decisions->draft(m_workspace.session(), item->applicationId, draft);
    if (!id) {
        showMessage(id.message(), true);
        return false;
    }
    m_decisionId = id.value();
    updateButtons();
    showMessage(tr("The decision was drafted. Send it for approval when it is complete."), false);
    return true;
}

bool DecisionWorkbenchPage::sendForApproval()
{
    if (m_decisionId.isEmpty()) {
        showMessage(tr("Draft the decision first."), true);
        return false;
    }
    auto sent = m_decisions->sendForApproval(m_workspace.session(), m_decisionId);
    if (!sent) {
        showMessage(sent.message(), true);
        return false;
    }
    const QString decisionId = m_decisionId;
    m_sent = true;
    refresh();
    updateButtons();
    showMessage(tr("The decision was sent for approval. Someone else with approval rights in this "
                   "ledger approves it."),
                false);
    emit sentForApproval(decisionId);
    return true;
}

QStringList DecisionWorkbenchPage::explanationLines() const
{
    QStringList lines;
    for (int row = 0; row < m_explanationList->count(); ++row)
        lines << m_explanationList->item(row)->text();
    return lines;
}

QString DecisionWorkbenchPage::ruleVersionText() const
{
    return m_ruleVersionLabel->text();
}

QString DecisionWorkbenchPage::messageText() const
{
    return m_messageLabel->text();
}

void DecisionWorkbenchPage::showMessage(const QString& message, bool error)
{
    showMessageIn(m_messageLabel, message, error ? MessageTone::Problem : MessageTone::Plain);
}

} // namespace madoguchi::ui
