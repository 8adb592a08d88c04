// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/IntakePage.h"

#include "access/AccessLabels.h"
#include "inputs/WarekiDateEdit.h"
#include "intake/ApplicantPicker.h"
#include "intake/FormValidator.h"
#include "intake/IntakeService.h"
#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace madoguchi::ui {

using intake::FieldErrors;
using intake::FieldSpec;
using intake::FieldType;
using intake::IntakeDraft;
using intake::ProcedureKind;

namespace {

constexpr int kDraftFormat = 1;
const QString kPersonKey = QStringLiteral("person_id");
const QString kReceivedOnKey = QStringLiteral("received_on");
const QString kRepresentativeKey = QStringLiteral("representative");

QLabel* errorLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

bool isEnter(const QKeyEvent* key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

// The modifiers that matter (keypad Enter carries KeypadModifier).
Qt::KeyboardModifiers modifiersOf(const QKeyEvent* key)
{
    return key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier);
}

} // namespace

IntakePage::IntakePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace),
      m_service(std::make_unique<intake::IntakeService>(workspace.database().connection(),
                                                        workspace.audit(), workspace.authorizer(),
                                                        workspace.clock()))
{
    setObjectName(QStringLiteral("intakePage"));
    buildFixedPart();

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setInterval(kAutosaveIntervalMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &IntakePage::saveDraftNow);
    m_autosaveTimer->start();
    m_debounceTimer = new QTimer(this);
    m_debounceTimer->setSingleShot(true);
    m_debounceTimer->setInterval(kChangeDebounceMs);
    connect(m_debounceTimer, &QTimer::timeout, this, &IntakePage::saveDraftNow);

    m_loading = true;
    fillFamilies();
    m_loading = false;
    restoreLatestDraft();
}

IntakePage::~IntakePage()
{
    m_loading = true; // widgets going away are not changes
    saveDraftNow();
}

void IntakePage::buildFixedPart()
{
    auto* titleLabel = new QLabel(tr("Application intake (申請受付)"), this);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("intakeContent"));

    m_familyCombo = new QComboBox(content);
    m_familyCombo->setObjectName(QStringLiteral("familyCombo"));
    m_procedureCombo = new QComboBox(content);
    m_procedureCombo->setObjectName(QStringLiteral("procedureCombo"));
    m_procedureCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* procedureBox = new QGroupBox(tr("Procedure"), content);
    auto* procedureForm = new QFormLayout(procedureBox);
    procedureForm->addRow(tr("Family"), m_familyCombo);
    procedureForm->addRow(tr("Procedure"), m_procedureCombo);

    auto* receiptBox = new QGroupBox(tr("Receipt (受付)"), content);
    m_applicant = new ApplicantPicker(m_workspace, receiptBox);
    m_applicant->setObjectName(QStringLiteral("applicantPicker"));
    m_applicantError = errorLabel(receiptBox, QStringLiteral("error_person_id"));
    m_receivedOnEdit = new WarekiDateEdit(receiptBox);
    m_receivedOnEdit->setObjectName(QStringLiteral("receivedOnEdit"));
    m_receivedOnError = errorLabel(receiptBox, QStringLiteral("error_received_on"));
    m_channelCombo = new QComboBox(receiptBox);
    m_channelCombo->setObjectName(QStringLiteral("channelCombo"));
    for (intake::Channel channel : intake::allChannels())
        m_channelCombo->addItem(intake::channelLabel(channel), intake::channelCode(channel));
    m_representativeEdit = new QLineEdit(receiptBox);
    m_representativeEdit->setObjectName(QStringLiteral("representativeEdit"));
    m_representativeEdit->setPlaceholderText(
        tr("Only when someone applies for the person: name and relationship"));
    m_representativeError = errorLabel(receiptBox, QStringLiteral("error_representative"));

    auto column = [receiptBox](QWidget* input, QLabel* error) {
        auto* box = new QWidget(receiptBox);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(input);
        layout->addWidget(error);
        return box;
    };
    auto* receiptForm = new QFormLayout(receiptBox);
    receiptForm->addRow(tr("Applicant *"), column(m_applicant, m_applicantError));
    receiptForm->addRow(tr("Date of receipt *"), column(m_receivedOnEdit, m_receivedOnError));
    receiptForm->addRow(tr("Channel"), m_channelCombo);
    receiptForm->addRow(tr("Representative"), column(m_representativeEdit, m_representativeError));

    m_formBox = new QGroupBox(tr("Application"), content);
    m_formBox->setObjectName(QStringLiteral("formBox"));
    m_formLayout = new QFormLayout(m_formBox);
    m_formLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_attachmentBox = new QGroupBox(tr("Attachments received (添付書類)"), content);
    m_attachmentBox->setObjectName(QStringLiteral("attachmentBox"));
    auto* attachmentColumn = new QVBoxLayout(m_attachmentBox);
    m_attachmentLayout = new QGridLayout;
    attachmentColumn->addLayout(m_attachmentLayout);
    m_attachmentError = errorLabel(m_attachmentBox, QStringLiteral("error_attachments"));
    attachmentColumn->addWidget(m_attachmentError);

    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(procedureBox);
    contentLayout->addWidget(receiptBox);
    contentLayout->addWidget(m_formBox);
    contentLayout->addWidget(m_attachmentBox);
    contentLayout->addStretch();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("intakeScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->hide();
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont resultFont = m_resultLabel->font();
    resultFont.setBold(true);
    m_resultLabel->setFont(resultFont);
    m_resultLabel->hide();
    m_draftLabel = new QLabel(this);
    m_draftLabel->setObjectName(QStringLiteral("draftLabel"));
    m_draftLabel->setTextFormat(Qt::PlainText);
    m_draftLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_newButton = new QPushButton(tr("New application"), this);
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_newButton->setToolTip(tr("Discard this form and its draft, and start an empty one"));
    m_submitButton = new QPushButton(tr("Submit"), this);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setToolTip(tr("Submit the application (Ctrl+Return)"));
    for (QPushButton* button : {m_newButton, m_submitButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_newButton, &QPushButton::clicked, this, [this]() {
        if (hasContent() &&
            QMessageBox::question(this, tr("New application"),
                                  tr("Discard this form and its draft? What was entered is "
                                     "lost.")) != QMessageBox::Yes)
            return;
        startNew();
    });
    connect(m_submitButton, &QPushButton::clicked, this, &IntakePage::submit);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_draftLabel, 1);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_submitButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(titleLabel);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_resultLabel);
    layout->addLayout(buttons);

    connect(m_familyCombo, &QComboBox::currentIndexChanged, this, [this]() { fillProcedures(); });
    connect(m_procedureCombo, &QComboBox::currentIndexChanged, this,
            &IntakePage::onProcedureChosen);
    connect(m_applicant, &ApplicantPicker::personChanged, this,
            [this]() { markChanged(kPersonKey); });
    connect(m_receivedOnEdit, &WarekiDateEdit::dateChanged, this,
            [this]() { markChanged(kReceivedOnKey); });
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, [this]() { markChanged(); });
    connect(m_representativeEdit, &QLineEdit::textChanged, this,
            [this]() { markChanged(kRepresentativeKey); });
    m_receivedOnEdit->installEventFilter(this);
}

// ---- procedures -------------------------------------------------------------------------------

QList<const ProcedureKind*> IntakePage::allowedProcedures() const
{
    QList<const ProcedureKind*> allowed;
    for (const ProcedureKind& procedure : m_service->catalog().procedures()) {
        if (m_workspace.authorizer().allows(m_workspace.session(),
                                            QStringLiteral("application.intake"), procedure.scope))
            allowed << &procedure;
    }
    return allowed;
}

void IntakePage::fillFamilies()
{
    const QList<const ProcedureKind*> allowed = allowedProcedures();
    m_familyCombo->clear();
    for (const intake::ProcedureFamily& family : m_service->catalog().families()) {
        const bool any = std::any_of(allowed.cbegin(), allowed.cend(), [&](const ProcedureKind* p) {
            return p->family == family.code;
        });
        if (any)
            m_familyCombo->addItem(family.name, family.code);
    }
    if (m_familyCombo->count() == 0) {
        showMessage(tr("You may not take applications: no procedure is in your business scopes."),
                    true);
        m_submitButton->setEnabled(false);
    }
    fillProcedures();
}

void IntakePage::fillProcedures()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString family = m_familyCombo->currentData().toString();
    m_procedureCombo->clear();
    for (const ProcedureKind* procedure : allowedProcedures()) {
        if (procedure->family == family)
            m_procedureCombo->addItem(procedure->name, procedure->code);
    }
    m_loading = wasLoading;
    onProcedureChosen();
}

QString IntakePage::familyCode() const
{
    return m_familyCombo->currentData().toString();
}

QString IntakePage::procedureCode() const
{
    return m_procedureCombo->currentData().toString();
}

const ProcedureKind* IntakePage::currentProcedure() const
{
    return m_service->catalog().find(procedureCode());
}

bool IntakePage::selectProcedure(const QString& code)
{
    const ProcedureKind* procedure = m_service->catalog().find(code);
    if (!procedure)
        return false;
    const int familyIndex = m_familyCombo->findData(procedure->family);
    if (familyIndex < 0)
        return false;
    m_familyCombo->setCurrentIndex(familyIndex);
    const int procedureIndex = m_procedureCombo->findData(code);
    if (procedureIndex < 0)
        return false;
    m_procedureCombo->setCurrentIndex(procedureIndex);
    return procedureCode() == code;
}

void IntakePage::onProcedureChosen()
{
    if (m_procedureCombo->signalsBlocked())
        return;
    // Values typed for fields the next procedure also has are kept, the rest remembered.
    const QJsonObject values = fieldValues();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        m_carried.insert(it.key(), it.value());
    const QJsonObject eras = dateEras();
    QStringList attachments = checkedAttachments();
    rebuildForm();
    applyFieldValues(m_carried, eras);
    for (QCheckBox* check : std::as_const(m_attachmentChecks))
        check->setChecked(attachments.contains(check->property("code").toString()));
    if (!m_loading)
        markChanged();
}

void IntakePage::rebuildForm()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_rows.clear();
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    for (QCheckBox* check : std::as_const(m_attachmentChecks))
        delete check;
    m_attachmentChecks.clear();
    m_touched.clear();
    m_showAllErrors = false;

    const ProcedureKind* procedure = currentProcedure();
    if (!procedure) {
        m_loading = wasLoading;
        return;
    }
    m_formBox->setTitle(procedure->name);
    for (const FieldSpec& spec : procedure->fields) {
        FieldRow row;
        row.spec = spec;
        auto* box = new QWidget(m_formBox);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        const QString name = QStringLiteral("field_") + spec.code;
        switch (spec.type) {
        case FieldType::Text:
        case FieldType::Integer: {
            auto* edit = new QLineEdit(box);
            if (spec.type == FieldType::Integer) {
                if (spec.min && spec.max)
                    edit->setPlaceholderText(tr("%1 to %2").arg(*spec.min).arg(*spec.max));
                edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
                edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u'0') * 18);
            } else if (spec.digits > 0) {
                edit->setPlaceholderText(tr("%n digit(s)", nullptr, spec.digits));
                edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u'0') *
                                      (spec.digits + 10));
            }
            connect(edit, &QLineEdit::textChanged, this,
                    [this, code = spec.code]() { markChanged(code); });
            connect(edit, &QLineEdit::editingFinished, this,
                    [this, code = spec.code]() { touch(code); });
            row.input = edit;
            break;
        }
        case FieldType::Date: {
            auto* edit = new WarekiDateEdit(box);
            connect(edit, &WarekiDateEdit::dateChanged, this,
                    [this, code = spec.code]() { markChanged(code); });
            if (auto* inner = edit->findChild<QLineEdit*>(QStringLiteral("dateEdit"))) {
                connect(inner, &QLineEdit::textChanged, this,
                        [this, code = spec.code]() { markChanged(code); });
                connect(inner, &QLineEdit::editingFinished, this,
                        [this, code = spec.code]() { touch(code); });
            }
            edit->installEventFilter(this);
            row.input = edit;
            break;
        }
        case FieldType::Choice: {
            auto* combo = new QComboBox(box);
            combo->addItem(tr("(choose)"), QString());
            for (const intake::FieldChoice& choice : spec.choices)
                combo->addItem(choice.label, choice.code);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, code = spec.code]() {
                touch(code);
                markChanged(code);
            });
            row.input = combo;
            break;
        }
        case FieldType::Boolean: {
            auto* check = new QCheckBox(tr("Yes"), box);
            connect(check, &QCheckBox::toggled, this, [this, code = spec.code]() {
                touch(code);
                markChanged(code);
            });
            row.input = check;
            break;
        }
        }
        row.input->setObjectName(name);
        row.input->setAccessibleName(spec.label);
        row.error = errorLabel(box, QStringLiteral("error_") + spec.code);
        // Numbers are short: their inputs stay narrow; the rest take the column's width.
        const bool narrow =
            spec.type == FieldType::Integer || (spec.type == FieldType::Text && spec.digits > 0);
        column->addWidget(row.input, 0, narrow ? Qt::AlignLeft : Qt::Alignment());
        column->addWidget(row.error);
        // Not word-wrapped: QFormLayout gives wrapped labels too little height.
        auto* label =
            new QLabel(spec.required ? spec.label + QStringLiteral(" *") : spec.label, m_formBox);
        label->setBuddy(row.input);
        m_formLayout->addRow(label, box);
        m_rows << row;
    }

    int index = 0;
    for (const intake::AttachmentSpec& attachment : procedure->attachments) {
        auto* check = new QCheckBox(attachment.required ? attachment.label + QStringLiteral(" *")
                                                        : attachment.label,
                                    m_attachmentBox);
        check->setObjectName(QStringLiteral("attachment_") + attachment.code);
        check->setProperty("code", attachment.code);
        connect(check, &QCheckBox::toggled, this, [this]() { markChanged(); });
        m_attachmentLayout->addWidget(check, index, 0);
        m_attachmentChecks << check;
        ++index;
    }
    m_attachmentBox->setVisible(!m_attachmentChecks.isEmpty());
    setNaturalTabOrder();
    m_loading = wasLoading;
    refreshErrors();
}

// ---- values -----------------------------------------------------------------------------------

QJsonObject IntakePage::fieldValues() const
{
    QJsonObject values;
    for (const FieldRow& row : m_rows) {
        switch (row.spec.type) {
        case FieldType::Text:
        case FieldType::Integer:
            values.insert(row.spec.code, static_cast<QLineEdit*>(row.input)->text());
            break;
        case FieldType::Date:
            values.insert(row.spec.code, static_cast<WarekiDateEdit*>(row.input)->text());
            break;
        case FieldType::Choice:
            values.insert(row.spec.code,
                          static_cast<QComboBox*>(row.input)->currentData().toString());
            break;
        case FieldType::Boolean:
            values.insert(row.spec.code, static_cast<QCheckBox*>(row.input)->isChecked());
            break;
        }
    }
    return values;
}

QJsonObject IntakePage::dateEras() const
{
    QJsonObject eras;
    for (const FieldRow& row : m_rows) {
        if (row.spec.type == FieldType::Date)
            eras.insert(row.spec.code, static_cast<WarekiDateEdit*>(row.input)->defaultEraCode());
    }
    return eras;
}

void IntakePage::applyFieldValues(const QJsonObject& values, const QJsonObject& eras)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    for (const FieldRow& row : std::as_const(m_rows)) {
        const QJsonValue value = values.value(row.spec.code);
        if (value.isUndefined())
            continue;
        switch (row.spec.type) {
        case FieldType::Text:
        case FieldType::Integer:
            if (value.isString())
                static_cast<QLineEdit*>(row.input)->setText(value.toString());
            else if (value.isDouble())
                static_cast<QLineEdit*>(row.input)->setText(
                    QString::number(qint64(value.toDouble())));
            break;
        case FieldType::Date: {
            auto* edit = static_cast<WarekiDateEdit*>(row.input);
            if (eras.contains(row.spec.code))
                edit->setDefaultEraCode(eras.value(row.spec.code).toString());
            if (value.isString() && !value.toString().isEmpty())
                edit->setText(value.toString());
            break;
        }
        case FieldType::Choice: {
            auto* combo = static_cast<QComboBox*>(row.input);
            const int index = combo->findData(value.toString());
            if (index >= 0)
                combo->setCurrentIndex(index);
            break;
        }
        case FieldType::Boolean:
            if (value.isBool())
                static_cast<QCheckBox*>(row.input)->setChecked(value.toBool());
            break;
        }
    }
    m_loading = wasLoading;
}

QStringList IntakePage::checkedAttachments() const
{
    QStringList codes;
    for (const QCheckBox* check : m_attachmentChecks) {
        if (check->isChecked())
            codes << check->property("code").toString();
    }
    return codes;
}

QJsonObject IntakePage::formState() const
{
    QJsonObject fields = m_carried;
    const QJsonObject current = fieldValues();
    for (auto it = current.constBegin(); it != current.constEnd(); ++it)
        fields.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("format"), kDraftFormat},
        {QStringLiteral("family"), familyCode()},
        {QStringLiteral("procedure"), procedureCode()},
        {QStringLiteral("person_id"), m_applicant->personId()},
        {QStringLiteral("person_text"), m_applicant->personText()},
        {QStringLiteral("received_on"), m_receivedOnEdit->text()},
        {QStringLiteral("received_on_era"), m_receivedOnEdit->defaultEraCode()},
        {QStringLiteral("channel"), m_channelCombo->currentData().toString()},
        {QStringLiteral("representative_note"), m_representativeEdit->text()},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("date_eras"), dateEras()},
        {QStringLiteral("attachments"), QJsonArray::fromStringList(checkedAttachments())},
    };
}

intake::IntakeRequest IntakePage::request() const
{
    intake::IntakeRequest request;
    request.procedureCode = procedureCode();
    request.personId = m_applicant->personId();
    request.representativeNote = m_representativeEdit->text().trimmed();
    request.receivedOn = m_receivedOnEdit->date();
    intake::channelFromCode(m_channelCombo->currentData().toString(), &request.channel);
    request.attachments = checkedAttachments();
    request.draftId = m_draftId;
    for (const FieldRow& row : m_rows) {
        switch (row.spec.type) {
        case FieldType::Text:
        case FieldType::Integer: {
            const QString text = static_cast<QLineEdit*>(row.input)->text();
            if (!text.trimmed().isEmpty())
                request.fields.insert(row.spec.code, text);
            break;
        }
        case FieldType::Date: {
            const auto* edit = static_cast<WarekiDateEdit*>(row.input);
            if (edit->date().isValid())
                request.fields.insert(row.spec.code, edit->date().toString(Qt::ISODate));
            else if (!edit->text().trimmed().isEmpty())
                request.fields.insert(row.spec.code, edit->text());
            break;
        }
        case FieldType::Choice: {
            const QString code = static_cast<QComboBox*>(row.input)->currentData().toString();
            if (!code.isEmpty())
                request.fields.insert(row.spec.code, code);
            break;
        }
        case FieldType::Boolean:
            request.fields.insert(row.spec.code, static_cast<QCheckBox*>(row.input)->isChecked());
            break;
        }
    }
    return request;
}

QWidget* IntakePage::fieldWidget(const QString& fieldCode) const
{
    for (const FieldRow& row : m_rows) {
        if (row.spec.code == fieldCode)
            return row.input;
    }
    return nullptr;
}

QString IntakePage::fieldError(const QString& fieldCode) const
{
    const QLabel* label = nullptr;
    if (fieldCode == kPersonKey)
        label = m_applicantError;
    else if (fieldCode == kReceivedOnKey)
        label = m_receivedOnError;
    else if (fieldCode == kRepresentativeKey)
        label = m_representativeError;
    for (const FieldRow& row : m_rows) {
        if (row.spec.code == fieldCode)
            label = row.error;
    }
    return label && !label->isHidden() ? label->text() : QString();
}

QCheckBox* IntakePage::attachmentCheck(const QString& attachmentCode) const
{
    for (QCheckBox* check : m_attachmentChecks) {
        if (check->property("code").toString() == attachmentCode)
            return check;
    }
    return nullptr;
}

QString IntakePage::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

QString IntakePage::draftStatusText() const
{
    return m_draftLabel->text();
}

// ---- drafts -----------------------------------------------------------------------------------

void IntakePage::setAutosaveIntervals(int periodicMs, int debounceMs)
{
    m_autosaveTimer->start(periodicMs);
    m_debounceTimer->setInterval(debounceMs);
}

bool IntakePage::saveDraftNow()
{
    m_debounceTimer->stop();
    if (!m_dirty)
        return true;
    auto saved =
        m_service->saveDraft(m_workspace.session(), m_draftId, procedureCode(), formState());
    if (!saved) {
        m_draftLabel->setText(tr("The draft could not be saved: %1").arg(saved.message()));
        return false;
    }
    m_draftId = saved.value();
    m_dirty = false;
    m_draftLabel->setText(
        tr("Draft saved at %1.")
            .arg(m_workspace.clock().nowUtc().toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    return true;
}

void IntakePage::restoreLatestDraft()
{
    resetForm();
    auto drafts = m_service->drafts(m_workspace.session());
    if (!drafts || drafts->isEmpty())
        return;
    const IntakeDraft& draft = drafts->first();
    m_draftId = draft.id;
    restoreForm(draft.form);
    m_dirty = false;
    showMessage(tr("Your unsent form of %1 was restored.")
                    .arg(AccessLabels::localDateTime(
                        QDateTime::fromString(draft.updatedAt, Qt::ISODateWithMs))),
                false);
    m_draftLabel->setText(tr("Draft restored."));
}

void IntakePage::restoreForm(const QJsonObject& form)
{
    m_loading = true;
    m_carried = form.value(QStringLiteral("fields")).toObject();
    const QString procedure = form.value(QStringLiteral("procedure")).toString();
    if (!procedure.isEmpty())
        selectProcedure(procedure);
    applyFieldValues(m_carried, form.value(QStringLiteral("date_eras")).toObject());
    const QJsonArray attachments = form.value(QStringLiteral("attachments")).toArray();
    for (QCheckBox* check : std::as_const(m_attachmentChecks))
        check->setChecked(attachments.contains(check->property("code").toString()));
    m_applicant->setPerson(form.value(QStringLiteral("person_id")).toString(),
                           form.value(QStringLiteral("person_text")).toString());
    m_receivedOnEdit->setDefaultEraCode(form.value(QStringLiteral("received_on_era")).toString());
    m_receivedOnEdit->setText(form.value(QStringLiteral("received_on")).toString());
    const int channel = m_channelCombo->findData(form.value(QStringLiteral("channel")).toString());
    if (channel >= 0)
        m_channelCombo->setCurrentIndex(channel);
    m_representativeEdit->setText(form.value(QStringLiteral("representative_note")).toString());
    m_loading = false;
    refreshErrors();
}

void IntakePage::resetForm()
{
    // Cleared in place, never rebuilt: the focused field may be the one whose key press
    // submitted the form, and it must outlive that event.
    m_loading = true;
    m_carried = {};
    m_submitErrors.clear();
    m_touched.clear();
    m_showAllErrors = false;
    m_applicant->clear();
    m_receivedOnEdit->setDate(m_workspace.clock().nowUtc().toLocalTime().date());
    m_channelCombo->setCurrentIndex(0);
    m_representativeEdit->clear();
    for (const FieldRow& row : std::as_const(m_rows)) {
        switch (row.spec.type) {
        case FieldType::Text:
        case FieldType::Integer:
            static_cast<QLineEdit*>(row.input)->clear();
            break;
        case FieldType::Date:
            static_cast<WarekiDateEdit*>(row.input)->setDate({});
            break;
        case FieldType::Choice:
            static_cast<QComboBox*>(row.input)->setCurrentIndex(0);
            break;
        case FieldType::Boolean:
            static_cast<QCheckBox*>(row.input)->setChecked(false);
            break;
        }
    }
    for (QCheckBox* check : std::as_const(m_attachmentChecks))
        check->setChecked(false);
    m_loading = false;
    m_dirty = false;
    refreshErrors();
}

bool IntakePage::hasContent() const
{
    if (!m_applicant->personId().isEmpty() || !m_representativeEdit->text().trimmed().isEmpty() ||
        !checkedAttachments().isEmpty())
        return true;
    const QJsonObject values = fieldValues();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if ((it.value().isString() && !it.value().toString().trimmed().isEmpty()) ||
            it.value().toBool())
            return true;
    }
    return false;
}

void IntakePage::startNew()
{
    if (!m_draftId.isEmpty())
        (void)m_service->discardDraft(m_workspace.session(), m_draftId);
    m_draftId.clear();
    resetForm();
    m_draftLabel->clear();
    showMessage({}, false);
    m_resultLabel->hide();
    m_applicant->setFocus();
}

void IntakePage::touch(const QString& fieldCode)
{
    // Programmatic changes (restoring, clearing) are not the clerk's: no complaints for them.
    if (m_loading)
        return;
    m_touched.insert(fieldCode);
    refreshErrors();
}

void IntakePage::markChanged(const QString& key)
{
    if (m_loading)
        return;
    m_dirty = true;
    m_debounceTimer->start();
    if (!key.isEmpty())
        m_submitErrors.remove(key);
    if (m_resultLabel->isVisible())
        m_resultLabel->hide();
    refreshErrors();
}

// ---- validation and submission ----------------------------------------------------------------

void IntakePage::refreshErrors()
{
    const ProcedureKind* procedure = currentProcedure();
    FieldErrors errors;
    if (procedure) {
        const intake::IntakeRequest now = request();
        errors = intake::FormValidator::validate(*procedure, now.fields, now.attachments);
    }
    for (const FieldRow& row : std::as_const(m_rows)) {
        QString text;
        const bool shown = m_showAllErrors || m_touched.contains(row.spec.code);
        if (shown)
            text = errors.value(row.spec.code);
        // A 和暦 field shows its own, more precise reason.
        if (row.spec.type == FieldType::Date &&
            !static_cast<WarekiDateEdit*>(row.input)->errorText().isEmpty())
            text.clear();
        showError(row.error, text);
    }
    showError(m_applicantError, m_submitErrors.value(kPersonKey));
    showError(m_receivedOnError, m_receivedOnEdit->errorText().isEmpty()
                                     ? m_submitErrors.value(kReceivedOnKey)
                                     : QString());
    showError(m_representativeError, m_submitErrors.value(kRepresentativeKey));
    QStringList attachmentErrors;
    for (auto it = m_submitErrors.constBegin(); it != m_submitErrors.constEnd(); ++it) {
        if (it.key().startsWith(u"attachment:"))
            attachmentErrors << it.value();
    }
    showError(m_attachmentError, attachmentErrors.join(u'\n'));
}

void IntakePage::submit()
{
    m_debounceTimer->stop();
    showMessage({}, false);
    m_resultLabel->hide();
    if (!currentProcedure()) {
        showMessage(tr("Choose the procedure first."), true);
        return;
    }
    FieldErrors errors;
    auto outcome = m_service->submit(m_workspace.session(), request(), &errors);
    if (!outcome) {
        m_showAllErrors = true;
        m_submitErrors = errors;
        refreshErrors();
        showMessage(outcome.message(), true);
        // The first problem in reading order gets the focus.
        QWidget* first = nullptr;
        if (errors.contains(kPersonKey))
            first = m_applicant;
        else if (errors.contains(kReceivedOnKey))
            first = m_receivedOnEdit;
        else if (errors.contains(kRepresentativeKey))
            first = m_representativeEdit;
        for (const FieldRow& row : std::as_const(m_rows)) {
            if (!first && errors.contains(row.spec.code))
                first = row.input;
        }
        if (first) {
            first->setFocus();
            m_scroll->ensureWidgetVisible(first);
        }
        saveDraftNow(); // nothing typed is lost while the clerk fixes it
        return;
    }
    m_applicationNumber = outcome->applicationNumber;
    QString result =
        tr("Application received. Application number: %1").arg(outcome->applicationNumber);
    if (const ProcedureKind* procedure = currentProcedure();
        procedure && !outcome->missingAttachments.isEmpty()) {
        QStringList missing;
        for (const QString& code : std::as_const(outcome->missingAttachments)) {
            const intake::AttachmentSpec* spec = procedure->attachment(code);
            missing << (spec ? spec->label : code);
        }
        result += u'\n' + tr("Documents still to be submitted (補正): %1")
                              .arg(missing.join(QStringLiteral("、")));
    }
    m_draftId.clear(); // the service discarded it with the submission
    resetForm();
    m_draftLabel->clear();
    m_resultLabel->setText(result);
    m_resultLabel->show();
    emit submitted(outcome->applicationId, outcome->applicationNumber);
    m_applicant->setFocus();
}

void IntakePage::showError(QLabel* label, const QString& text)
{
    if (label->text() != text)
        label->setText(text);
    label->setVisible(!text.isEmpty());
}

void IntakePage::showMessage(const QString& text, bool error)
{
    showMessageIn(m_messageLabel, text, error ? MessageTone::Problem : MessageTone::Plain);
}

// ---- keyboard ---------------------------------------------------------------------------------

void IntakePage::setNaturalTabOrder()
{
    QList<QWidget*> stops{m_familyCombo, m_procedureCombo};
    stops << m_applicant->tabStops();
    auto addDate = [&stops](WarekiDateEdit* edit) {
        // Direct children only: a combo box's popup is a window of its own.
        for (QWidget* child : edit->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            if (child->focusPolicy() & Qt::TabFocus)
                stops << child;
        }
    };
    addDate(m_receivedOnEdit);
    stops << m_channelCombo << m_representativeEdit;
    for (const FieldRow& row : std::as_const(m_rows)) {
        if (auto* date = qobject_cast<WarekiDateEdit*>(row.input))
            addDate(date);
        else
            stops << row.input;
    }
    for (QCheckBox* check : std::as_const(m_attachmentChecks))
        stops << check;
    stops << m_newButton << m_submitButton;
    for (int i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
}

void IntakePage::keyPressEvent(QKeyEvent* event)
{
    // Enter moves to the next field (as at a paper form) and never presses a button: a clerk
    // moving on with Enter must not submit or discard by accident (Space presses a focused
    // button). Ctrl+Return submits. Children pass Enter on to here.
    if (isEnter(event) && modifiersOf(event) == Qt::ControlModifier) {
        event->accept();
        submit();
        return;
    }
    if (isEnter(event) && modifiersOf(event) == Qt::NoModifier) {
        if (!qobject_cast<QPushButton*>(focusWidget()))
            focusNextChild();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool IntakePage::eventFilter(QObject* watched, QEvent* event)
{
    // A WarekiDateEdit keeps Enter from its dialog; here Enter moves on like everywhere else.
    if (event->type() == QEvent::KeyPress && qobject_cast<WarekiDateEdit*>(watched)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (isEnter(key) && modifiersOf(key) == Qt::NoModifier) {
            focusNextChild();
            return true;
        }
        if (isEnter(key) && modifiersOf(key) == Qt::ControlModifier) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace madoguchi::ui
