// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision/LedgerTimelineView.h"

#include "decision/DecisionModels.h"
#include "decision/LedgerFileModel.h"
#include "decision/ReturnClaimDialog.h"
#include "intake/ApplicantPicker.h"
#include "ledger/LedgerBook.h"
#include "registry/PersonRegistry.h"
#include "registry/RegistryLabels.h"
#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

QLabel* stateValue(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

LedgerTimelineView::LedgerTimelineView(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace),
      m_book(std::make_unique<ledger::LedgerBook>(workspace.database().connection(),
                                                  workspace.audit(), workspace.authorizer(),
                                                  workspace.clock())),
      m_ledgerState(std::make_unique<ledger::LedgerState>(workspace.database().connection(),
                                                          workspace.audit(), workspace.authorizer(),
                                                          workspace.clock())),
      m_registry(std::make_unique<registry::PersonRegistry>(
          workspace.database().connection(), workspace.audit(), workspace.authorizer(),
          workspace.clock())),
      m_model(new LedgerTimelineModel(this))
{
    setObjectName(QStringLiteral("ledgerTimelineView"));
    for (security::Scope scope : security::allScopes()) {
        if (m_workspace.authorizer().allows(m_workspace.session(), QStringLiteral("ledger.view"),
                                            scope))
            m_ledgers << scope;
    }

    m_titleLabel = createPageTitle(this);

    m_picker = new ApplicantPicker(workspace, this);
    m_picker->setObjectName(QStringLiteral("personPicker"));
    connect(m_picker, &ApplicantPicker::personChanged, this, [this] {
        if (!m_updating)
            refresh();
    });
    m_ledgerCombo = new QComboBox(this);
    m_ledgerCombo->setObjectName(QStringLiteral("ledgerCombo"));
    for (security::Scope scope : std::as_const(m_ledgers))
        m_ledgerCombo->addItem(QString(), security::scopeCode(scope));
    connect(m_ledgerCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating && !personId().isEmpty())
            refresh();
        else
            updateButtons();
    });
    m_showButton = new QPushButton(this);
    m_showButton->setObjectName(QStringLiteral("showButton"));
    connect(m_showButton, &QPushButton::clicked, this, &LedgerTimelineView::refresh);
    m_personLabel = new QLabel(this);
    m_personLabel->setBuddy(m_picker);
    m_ledgerLabel = new QLabel(this);
    m_ledgerLabel->setBuddy(m_ledgerCombo);

    auto* filters = new QGridLayout;
    filters->addWidget(m_personLabel, 0, 0, Qt::AlignTop | Qt::AlignLeft);
    filters->addWidget(m_picker, 0, 1);
    filters->addWidget(m_ledgerLabel, 0, 2, Qt::AlignTop);
    filters->addWidget(m_ledgerCombo, 0, 3, Qt::AlignTop);
    filters->addWidget(m_showButton, 0, 4, Qt::AlignTop);
    filters->setColumnStretch(1, 3);
    filters->setColumnStretch(3, 1);

    // The recipient's current state, above the entries.
    m_stateFrame = new QFrame(this);
    m_stateFrame->setObjectName(QStringLiteral("stateFrame"));
    m_stateFrame->setFrameShape(QFrame::StyledPanel);
    m_recipientNumberValue = stateValue(m_stateFrame, "recipientNumberValue");
    m_certificateNumberValue = stateValue(m_stateFrame, "certificateNumberValue");
    m_statusValue = stateValue(m_stateFrame, "statusValue");
    m_validityValue = stateValue(m_stateFrame, "validityValue");
    m_capValue = stateValue(m_stateFrame, "capValue");
    m_returnsValue = stateValue(m_stateFrame, "returnsValue");
    m_noStateLabel = new QLabel(m_stateFrame);
    m_noStateLabel->setObjectName(QStringLiteral("noStateLabel"));
    m_noStateLabel->setTextFormat(Qt::PlainText);
    m_noStateLabel->setWordWrap(true);
    auto* grid = new QGridLayout(m_stateFrame);
    grid->setContentsMargins(12, 8, 12, 8);
    grid->setHorizontalSpacing(12);
    const QList<QLabel*> values{m_recipientNumberValue,
                                m_certificateNumberValue,
                                m_statusValue,
                                m_validityValue,
                                m_capValue,
                                m_returnsValue};
    for (int i = 0; i < values.size(); ++i) {
        auto* caption = new QLabel(m_stateFrame);
        caption->setStyleSheet(QStringLiteral("color: #5f6368;"));
        caption->setBuddy(values.at(i));
        m_stateCaptions << caption;
        grid->addWidget(caption, i / 3, (i % 3) * 2);
        grid->addWidget(values.at(i), i / 3, (i % 3) * 2 + 1);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    grid->addWidget(m_noStateLabel, 2, 0, 1, 6);

    m_table = createRecordTable(m_model, QStringLiteral("timelineTable"), this);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_returnClaimButton = new QPushButton(this);
    m_returnClaimButton->setObjectName(QStringLiteral("returnClaimButton"));
    connect(m_returnClaimButton, &QPushButton::clicked, this,
            &LedgerTimelineView::openReturnClaimDialog);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_messageLabel, 1);
    bottom->addWidget(m_returnClaimButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_titleLabel);
    layout->addLayout(filters);
    layout->addWidget(m_stateFrame);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    retranslate();
    clearState();
    updateButtons();
    if (m_ledgers.isEmpty())
        showMessage(tr("You may not read any ledger."), true);
}

LedgerTimelineView::~LedgerTimelineView() = default;

void LedgerTimelineView::retranslate()
{
    m_titleLabel->setText(tr("Ledger timeline"));
    m_personLabel->setText(tr("&Person:"));
    m_ledgerLabel->setText(tr("&Ledger:"));
    m_showButton->setText(tr("&Show"));
    m_returnClaimButton->setText(tr("Record a &return claim…"));
    m_returnClaimButton->setToolTip(
        tr("Record in this ledger that benefits paid are claimed back (返還請求)"));
    const QStringList captions{tr("Recipient No."), tr("Certificate No."),
                               tr("Status"),        tr("Valid"),
                               tr("Monthly cap"),   tr("Outstanding return claims")};
    for (int i = 0; i < m_stateCaptions.size(); ++i)
        m_stateCaptions.at(i)->setText(captions.at(i));
    for (int i = 0; i < m_ledgerCombo->count(); ++i) {
        security::Scope scope;
        if (security::scopeFromCode(m_ledgerCombo->itemData(i).toString(), &scope))
            m_ledgerCombo->setItemText(i, scopeText(scope));
    }
    if (m_state)
        showState();
    else if (m_stateNotFound)
        m_noStateLabel->setText(tr("No decision in this ledger yet."));
    else
        m_noStateLabel->setText(tr("Search for a person and choose one."));
}

void LedgerTimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString LedgerTimelineView::personId() const
{
    return m_picker->personId();
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

QString LedgerTimelineView::stateText() const
{
    if (!m_state)
        return m_noStateLabel->text();
    QStringList parts;
    for (int i = 0; i < m_stateCaptions.size(); ++i) {
        const auto* value = qobject_cast<QLabel*>(m_stateCaptions.at(i)->buddy());
        parts << m_stateCaptions.at(i)->text() + QStringLiteral(": ") +
                     (value ? value->text() : QString());
    }
    return parts.join(u'\n');
}

bool LedgerTimelineView::mayRecordReturnClaim() const
{
    return !m_ledgers.isEmpty() &&
           m_workspace.authorizer().allows(m_workspace.session(), QStringLiteral("decision.draft"),
                                           ledger());
}

void LedgerTimelineView::showPerson(const QString& personId, security::Scope ledger)
{
    m_updating = true;
    if (personId != m_picker->personId())
        m_picker->setPerson(personId, describePerson(personId));
    const int index = m_ledgerCombo->findData(security::scopeCode(ledger));
    if (index >= 0)
        m_ledgerCombo->setCurrentIndex(index);
    m_updating = false;
    if (index < 0) {
        // Not a ledger of the session's: the core says why (and records the refusal).
        load(ledger);
        return;
    }
    refresh();
}

void LedgerTimelineView::refresh()
{
    if (m_ledgers.isEmpty()) {
        m_model->setEntries({});
        clearState();
        showMessage(tr("You may not read any ledger."), true);
        updateButtons();
        return;
    }
    load(ledger());
}

void LedgerTimelineView::load(security::Scope scope)
{
    m_state.reset();
    m_stateNotFound = false;
    if (personId().isEmpty()) {
        m_model->setEntries({});
        clearState();
        showMessage(tr("Search for a person and choose one."), false);
        updateButtons();
        return;
    }
    auto entries = m_book->entries(m_workspace.session(), scope, personId());
    if (!entries) {
        m_model->setEntries({});
        clearState();
        showMessage(entries.message(), true);
        updateButtons();
        return;
    }
    m_model->setEntries(std::move(entries).value());
    m_table->resizeColumnsToContents();

    auto state = m_ledgerState->recipient(m_workspace.session(), scope, personId());
    if (state) {
        m_state = std::move(state).value();
        showState();
    } else if (state.code() == ErrorCode::NotFound) {
        // No approved decision yet: a fact about the person, not an error.
        m_stateNotFound = true;
        clearState();
        m_noStateLabel->setText(tr("No decision in this ledger yet."));
    } else {
        clearState();
        showMessage(state.message(), true);
        updateButtons();
        return;
    }
    showMessage(m_model->rowCount() == 0 ? tr("No entries in this ledger.")
                                         : tr("%n entries", nullptr, m_model->rowCount()),
                false);
    updateButtons();
}

void LedgerTimelineView::clearState()
{
    for (QLabel* caption : std::as_const(m_stateCaptions)) {
        caption->hide();
        caption->buddy()->hide();
    }
    m_noStateLabel->setText(tr("Search for a person and choose one."));
    m_noStateLabel->show();
}

void LedgerTimelineView::showState()
{
    const ledger::RecipientState& state = *m_state;
    const QString none = tr("(not issued)");
    m_recipientNumberValue->setText(state.recipientNumber.isEmpty() ? none : state.recipientNumber);
    m_certificateNumberValue->setText(state.certificateNumber.isEmpty() ? none
                                                                        : state.certificateNumber);
    m_statusValue->setText(ledger::recipientStatusLabel(state.status));
    const QString period = ledgerPeriodText(state.validFrom, state.validTo);
    const QString left = LedgerFileModel::daysLeftText(state);
    m_validityValue->setText(period.isEmpty() ? tr("—")
                             : left.isEmpty() ? period
                                              : tr("%1 (%2)").arg(period, left));
    m_capValue->setText(state.validFrom.isValid() ? ledgerCapText(state.monthlyCap) : tr("—"));
    m_returnsValue->setText(ledgerYenText(state.outstandingReturns));
    m_returnsValue->setStyleSheet(state.outstandingReturns > 0 ? QStringLiteral("color: #b00020;")
                                                               : QString());
    for (QLabel* caption : std::as_const(m_stateCaptions)) {
        caption->show();
        caption->buddy()->show();
    }
    m_noStateLabel->hide();
}

void LedgerTimelineView::updateButtons()
{
    m_returnClaimButton->setVisible(mayRecordReturnClaim());
    m_returnClaimButton->setEnabled(!personId().isEmpty());
}

void LedgerTimelineView::showMessage(const QString& text, bool error)
{
    showMessageIn(m_messageLabel, text, error ? MessageTone::Problem : MessageTone::Plain);
}

QString LedgerTimelineView::describePerson(const QString& personId) const
{
    if (personId.isEmpty())
        return {};
    // The same line the search shows once a person is chosen (reading it is audited).
    if (m_workspace.authorizer().allows(m_workspace.session(), QStringLiteral("person.view"))) {
        auto record = m_registry->get(m_workspace.session(), personId);
        if (record) {
            const registry::Person& person = record->person;
            return person.atenaNumber + u"  " + person.fullName() + u"（" + person.fullKana() +
                   u"）  " + RegistryLabels::date(person.birthDate);
        }
    }
    return tr("The person chosen");
}

ReturnClaimDialog* LedgerTimelineView::openReturnClaimDialog()
{
    if (!mayRecordReturnClaim() || personId().isEmpty())
        return nullptr;
    if (m_claimDialog)
        m_claimDialog->close();
    auto* dialog =
        new ReturnClaimDialog(m_workspace, personId(), ledger(), m_picker->personText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, &LedgerTimelineView::refresh);
    m_claimDialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace madoguchi::ui
