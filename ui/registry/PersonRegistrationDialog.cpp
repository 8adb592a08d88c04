// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/PersonRegistrationDialog.h"

#include "inputs/WarekiDateEdit.h"
#include "registry/PersonRegistry.h"
#include "registry/RegistryLabels.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

using registry::DuplicateCandidate;
using registry::DuplicateReason;

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

} // namespace

PersonRegistrationDialog::PersonRegistrationDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace),
      m_registry(std::make_unique<registry::PersonRegistry>(
          workspace.database().connection(), workspace.audit(), workspace.authorizer(),
          workspace.clock()))
{
    setObjectName(QStringLiteral("personRegistrationDialog"));
    setWindowTitle(tr("Register a person"));

    m_familyNameEdit = lineEdit(this, "familyNameEdit");
    m_givenNameEdit = lineEdit(this, "givenNameEdit");
    m_familyKanaEdit = lineEdit(this, "familyKanaEdit");
    m_givenKanaEdit = lineEdit(this, "givenKanaEdit");
    m_familyNameEdit->setPlaceholderText(tr("Family name"));
    m_givenNameEdit->setPlaceholderText(tr("Given name"));
    m_familyKanaEdit->setPlaceholderText(tr("Family name in kana"));
    m_givenKanaEdit->setPlaceholderText(tr("Given name in kana"));
    m_birthDateEdit = new WarekiDateEdit(this);
    m_birthDateEdit->setObjectName(QStringLiteral("birthDateEdit"));
    m_sexCombo = new QComboBox(this);
    m_sexCombo->setObjectName(QStringLiteral("sexCombo"));
    m_sexCombo->addItem(tr("(choose)"), QString());
    m_sexCombo->addItem(RegistryLabels::sex(QStringLiteral("male")), QStringLiteral("male"));
    m_sexCombo->addItem(RegistryLabels::sex(QStringLiteral("female")), QStringLiteral("female"));
    m_postalCodeEdit = lineEdit(this, "postalCodeEdit");
    m_postalCodeEdit->setPlaceholderText(tr("e.g. 123-4567"));
    m_addressEdit = lineEdit(this, "addressEdit");
    m_phoneEdit = lineEdit(this, "phoneEdit");
    m_phoneEdit->setPlaceholderText(tr("e.g. 03-1234-5678"));

    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_familyNameEdit);
    nameRow->addWidget(m_givenNameEdit);
    auto* kanaRow = new QHBoxLayout;
    kanaRow->addWidget(m_familyKanaEdit);
    kanaRow->addWidget(m_givenKanaEdit);
    auto* form = new QFormLayout;
    form->addRow(tr("Name (kanji)"), nameRow);
    form->addRow(tr("Name (kana)"), kanaRow);
    form->addRow(tr("Date of birth"), m_birthDateEdit);
    form->addRow(tr("Sex"), m_sexCombo);
    form->addRow(tr("Postal code"), m_postalCodeEdit);
    form->addRow(tr("Address"), m_addressEdit);
    form->addRow(tr("Phone"), m_phoneEdit);

    m_duplicatesBox = new QGroupBox(tr("Possible duplicates"), this);
    m_duplicatesBox->setObjectName(QStringLiteral("duplicatesBox"));
    m_duplicatesLabel = new QLabel(m_duplicatesBox);
    m_duplicatesLabel->setObjectName(QStringLiteral("duplicatesLabel"));
    m_duplicatesLabel->setWordWrap(true);
    m_duplicatesLabel->setText(
        tr("These registered persons may be the same person. Open the existing record if one of "
           "them is the applicant; register anyway only if you checked that none of them is."));
    m_duplicatesTable = new QTableWidget(0, 5, m_duplicatesBox);
    m_duplicatesTable->setObjectName(QStringLiteral("duplicatesTable"));
    m_duplicatesTable->setHorizontalHeaderLabels(
        {tr("宛名番号"), tr("Name"), tr("Kana"), tr("Date of birth"), tr("Why")});
    m_duplicatesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_duplicatesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_duplicatesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_duplicatesTable->verticalHeader()->hide();
    m_duplicatesTable->horizontalHeader()->setStretchLastSection(true);
    m_duplicatesTable->setMaximumHeight(m_duplicatesTable->fontMetrics().height() * 12);
    m_openExistingButton = new QPushButton(tr("Open the selected record"), m_duplicatesBox);
    m_openExistingButton->setObjectName(QStringLiteral("openExistingButton"));
    m_registerAnywayButton = new QPushButton(tr("Register anyway"), m_duplicatesBox);
    m_registerAnywayButton->setObjectName(QStringLiteral("registerAnywayButton"));
    auto* duplicateButtons = new QHBoxLayout;
    duplicateButtons->addStretch();
    duplicateButtons->addWidget(m_openExistingButton);
    duplicateButtons->addWidget(m_registerAnywayButton);
    auto* duplicatesLayout = new QVBoxLayout(m_duplicatesBox);
    duplicatesLayout->addWidget(m_duplicatesLabel);
    duplicatesLayout->addWidget(m_duplicatesTable);
    duplicatesLayout->addLayout(duplicateButtons);
    m_duplicatesBox->hide();

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_messageLabel->hide();

    m_registerButton = new QPushButton(tr("Register"), this);
    m_registerButton->setObjectName(QStringLiteral("registerButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    for (QPushButton* button :
         {m_registerButton, m_cancelButton, m_openExistingButton, m_registerAnywayButton})
        button->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_registerButton);
    buttons->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_duplicatesBox);
    layout->addWidget(m_messageLabel);
    layout->addLayout(buttons);

    connect(m_registerButton, &QPushButton::clicked, this, &PersonRegistrationDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_registerAnywayButton, &QPushButton::clicked, this,
            &PersonRegistrationDialog::registerAnyway);
    connect(m_openExistingButton, &QPushButton::clicked, this,
            &PersonRegistrationDialog::openExisting);
    connect(m_duplicatesTable, &QTableWidget::cellDoubleClicked, this,
            &PersonRegistrationDialog::openExisting);
    // The candidates belong to what was typed: a change asks the registry again.
    for (QLineEdit* edit : {m_familyNameEdit, m_givenNameEdit, m_familyKanaEdit, m_givenKanaEdit,
                            m_postalCodeEdit, m_addressEdit, m_phoneEdit})
        connect(edit, &QLineEdit::textEdited, this, &PersonRegistrationDialog::hideDuplicates);
    connect(m_birthDateEdit, &WarekiDateEdit::dateChanged, this,
            &PersonRegistrationDialog::hideDuplicates);
    connect(m_sexCombo, &QComboBox::currentIndexChanged, this,
            &PersonRegistrationDialog::hideDuplicates);

    m_familyNameEdit->setFocus();
    setMinimumWidth(720);
}

PersonRegistrationDialog::~PersonRegistrationDialog() = default;

registry::PersonDraft PersonRegistrationDialog::draft() const
{
    registry::PersonDraft draft;
    draft.familyName = m_familyNameEdit->text().trimmed();
    draft.givenName = m_givenNameEdit->text().trimmed();
    draft.familyKana = m_familyKanaEdit->text().trimmed();
    draft.givenKana = m_givenKanaEdit->text().trimmed();
    draft.birthDate = m_birthDateEdit->date();
    draft.sex = m_sexCombo->currentData().toString();
    draft.postalCode = m_postalCodeEdit->text().trimmed();
    draft.address = m_addressEdit->text().trimmed();
    draft.phone = m_phoneEdit->text().trimmed();
    return draft;
}

bool PersonRegistrationDialog::isShowingDuplicates() const
{
    return !m_duplicatesBox->isHidden();
}

QString PersonRegistrationDialog::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void PersonRegistrationDialog::submit()
{
    save(false);
}

void PersonRegistrationDialog::registerAnyway()
{
    if (m_duplicates.isEmpty())
        return;
    save(true);
}

void PersonRegistrationDialog::openExisting()
{
    const int row = m_duplicatesTable->currentRow();
    if (row < 0 || row >= m_duplicates.size()) {
        showMessage(tr("Select one of the listed records first."));
        return;
    }
    m_existingId = m_duplicates.at(row).person.id;
    emit existingPersonChosen(m_existingId);
    accept();
}

void PersonRegistrationDialog::save(bool confirmedNotDuplicate)
{
    showMessage({});
    if (!m_birthDateEdit->text().trimmed().isEmpty() && !m_birthDateEdit->hasAcceptableInput()) {
        showMessage(tr("The date of birth is not a date that exists: %1")
                        .arg(m_birthDateEdit->errorText()));
        m_birthDateEdit->setFocus();
        return;
    }
    auto registration = m_registry->registerPerson(
        m_workspace.session(), draft(),
        confirmedNotDuplicate ? registry::DuplicateCheck::ConfirmNotDuplicate
                              : registry::DuplicateCheck::Warn);
    if (!registration) {
        showMessage(registration.message());
        return;
    }
    if (!registration->isRegistered()) {
        showDuplicates(registration->duplicates);
        return;
    }
    m_registeredId = registration->personId;
    emit personRegistered(m_registeredId);
    accept();
}

void PersonRegistrationDialog::showDuplicates(const QList<DuplicateCandidate>& candidates)
{
    m_duplicates = candidates;
    m_duplicatesTable->setRowCount(int(candidates.size()));
    for (int row = 0; row < candidates.size(); ++row) {
        const DuplicateCandidate& candidate = candidates.at(row);
        const QString why = candidate.reason == DuplicateReason::SameMyNumber
                                ? tr("Same My Number")
                                : tr("Same kana and date of birth");
        const QStringList cells{candidate.person.atenaNumber, candidate.person.fullName(),
                                candidate.person.fullKana(),
                                RegistryLabels::date(candidate.person.birthDate), why};
        for (int column = 0; column < cells.size(); ++column)
            m_duplicatesTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_duplicatesTable->resizeColumnsToContents();
    m_duplicatesTable->selectRow(0);
    m_duplicatesBox->show();
    m_duplicatesTable->setFocus();
    resize(size().expandedTo(sizeHint()));
}

void PersonRegistrationDialog::hideDuplicates()
{
    if (m_duplicates.isEmpty())
        return;
    m_duplicates.clear();
    m_duplicatesTable->setRowCount(0);
    m_duplicatesBox->hide();
}

void PersonRegistrationDialog::showMessage(const QString& text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void PersonRegistrationDialog::keyPressEvent(QKeyEvent* event)
{
    // Enter moves on, as at a paper form; only the buttons register.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier)) == Qt::NoModifier) {
        if (auto* button = qobject_cast<QAbstractButton*>(focusWidget())) {
            button->click();
        } else if (focusWidget() == m_duplicatesTable) {
            openExisting();
        } else {
            focusNextChild();
        }
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace madoguchi::ui
