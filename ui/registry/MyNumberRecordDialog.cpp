// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/MyNumberRecordDialog.h"

#include "mynumber/IdentityChecks.h"
#include "mynumber/MyNumber.h"
#include "mynumber/MyNumberService.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace madoguchi::ui {

using mynumber::IdentityChecks;
using mynumber::MyNumber;
using mynumber::NumberCheck;

namespace {

QLabel* errorLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

} // namespace

MyNumberRecordDialog::MyNumberRecordDialog(Workspace& workspace, const QString& personId,
                                           QWidget* parent)
    : QDialog(parent), m_workspace(workspace),
      m_service(std::make_unique<mynumber::MyNumberService>(
          workspace.database(), workspace.audit(), workspace.authorizer(), workspace.clock())),
      m_personId(personId)
{
    setObjectName(QStringLiteral("myNumberRecordDialog"));
    setWindowTitle(tr("Record the My Number"));

    m_providedRadio = new QRadioButton(tr("The applicant provided the My Number"), this);
    m_providedRadio->setObjectName(QStringLiteral("providedRadio"));
    m_notProvidedRadio = new QRadioButton(tr("The applicant did not provide it"), this);
    m_notProvidedRadio->setObjectName(QStringLiteral("notProvidedRadio"));
    auto* modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_providedRadio);
    modeGroup->addButton(m_notProvidedRadio);
    m_providedRadio->setChecked(true);

    m_providedBox = new QGroupBox(this);
    m_numberEdit = new QLineEdit(m_providedBox);
    m_numberEdit->setObjectName(QStringLiteral("numberEdit"));
    m_numberEdit->setPlaceholderText(tr("12 digits"));
    m_numberEdit->setAccessibleName(tr("My Number"));
    m_numberError = errorLabel(m_providedBox, "numberError");
    m_numberCheckCombo = new QComboBox(m_providedBox);
    m_numberCheckCombo->setObjectName(QStringLiteral("numberCheckCombo"));
    for (NumberCheck check : mynumber::counterNumberChecks())
        m_numberCheckCombo->addItem(mynumber::numberCheckLabel(check),
                                    mynumber::numberCheckCode(check));

    auto* photoBox = new QGroupBox(tr("With a photo (one is enough)"), m_providedBox);
    auto* otherBox = new QGroupBox(tr("Without a photo (two are needed)"), m_providedBox);
    auto* photoLayout = new QGridLayout(photoBox);
    auto* otherLayout = new QGridLayout(otherBox);
    int photoCount = 0;
    int otherCount = 0;
    for (const mynumber::IdentityDocument& document : IdentityChecks::documents()) {
        auto* check = new QCheckBox(document.label, document.hasPhoto ? photoBox : otherBox);
        check->setObjectName(QStringLiteral("document_") + document.code);
        check->setProperty("documentCode", document.code);
        m_documentChecks << check;
        if (document.hasPhoto) {
            photoLayout->addWidget(check, photoCount / 2, photoCount % 2);
            ++photoCount;
        } else {
            otherLayout->addWidget(check, otherCount / 2, otherCount % 2);
            ++otherCount;
        }
        connect(check, &QCheckBox::toggled, this, &MyNumberRecordDialog::checkIdentity);
    }
    m_identityError = errorLabel(m_providedBox, "identityError");

    auto* providedForm = new QFormLayout;
    auto* numberColumn = new QVBoxLayout;
    numberColumn->addWidget(m_numberEdit);
    numberColumn->addWidget(m_numberError);
    providedForm->addRow(tr("My Number"), numberColumn);
    providedForm->addRow(tr("Number confirmed with (番号確認)"), m_numberCheckCombo);
    auto* providedLayout = new QVBoxLayout(m_providedBox);
    providedLayout->addLayout(providedForm);
    auto* identityTitle = new QLabel(tr("Identity confirmed with (身元確認)"), m_providedBox);
    providedLayout->addWidget(identityTitle);
    providedLayout->addWidget(photoBox);
    providedLayout->addWidget(otherBox);
    providedLayout->addWidget(m_identityError);

    m_notProvidedBox = new QGroupBox(this);
    m_reasonCombo = new QComboBox(m_notProvidedBox);
    m_reasonCombo->setObjectName(QStringLiteral("reasonCombo"));
    m_reasonCombo->addItem(tr("(choose the reason)"), QString());
    for (const mynumber::Choice& reason : mynumber::MyNumberService::notProvidedReasons())
        m_reasonCombo->addItem(reason.label, reason.code);
    auto* notProvidedForm = new QFormLayout(m_notProvidedBox);
    notProvidedForm->addRow(tr("Reason"), m_reasonCombo);

    m_messageLabel = errorLabel(this, "messageLabel");
    m_saveButton = new QPushButton(tr("Record"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_saveButton->setAutoDefault(false);
    m_cancelButton->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_providedRadio);
    layout->addWidget(m_providedBox);
    layout->addWidget(m_notProvidedRadio);
    layout->addWidget(m_notProvidedBox);
    layout->addWidget(m_messageLabel);
    layout->addLayout(buttons);

    connect(m_providedRadio, &QRadioButton::toggled, this, &MyNumberRecordDialog::updateMode);
    connect(m_numberEdit, &QLineEdit::textChanged, this, [this]() { checkNumber(false); });
    connect(m_numberEdit, &QLineEdit::editingFinished, this, [this]() { checkNumber(true); });
    connect(m_saveButton, &QPushButton::clicked, this, &MyNumberRecordDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    updateMode();
    m_numberEdit->setFocus();
}

MyNumberRecordDialog::~MyNumberRecordDialog()
{
    // QLineEdit keeps its own buffers; clearing is the most the widget allows.
    m_numberEdit->clear();
}

bool MyNumberRecordDialog::isProvided() const
{
    return m_providedRadio->isChecked();
}

void MyNumberRecordDialog::setProvided(bool provided)
{
    (provided ? m_providedRadio : m_notProvidedRadio)->setChecked(true);
}

QStringList MyNumberRecordDialog::identityDocuments() const
{
    QStringList codes;
    for (const QCheckBox* check : m_documentChecks) {
        if (check->isChecked())
            codes << check->property("documentCode").toString();
    }
    return codes;
}

QString MyNumberRecordDialog::numberError() const
{
    return m_numberError->isHidden() ? QString() : m_numberError->text();
}

QString MyNumberRecordDialog::identityError() const
{
    return m_identityError->isHidden() ? QString() : m_identityError->text();
}

QString MyNumberRecordDialog::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void MyNumberRecordDialog::updateMode()
{
    const bool provided = isProvided();
    m_providedBox->setEnabled(provided);
    m_notProvidedBox->setEnabled(!provided);
}

void MyNumberRecordDialog::checkNumber(bool finished)
{
    const QString text = m_numberEdit->text();
    const MyNumber::Problem problem = MyNumber::problem(text);
    // While typing, a short number is not wrong yet; a wrong check digit is, at once.
    const bool show =
        problem != MyNumber::Problem::None &&
        (finished || !numberError().isEmpty() || problem == MyNumber::Problem::CheckDigit ||
         problem == MyNumber::Problem::NotDigits);
    showError(m_numberError,
              show && !text.trimmed().isEmpty() ? MyNumber::problemMessage(problem) : QString());
}

void MyNumberRecordDialog::checkIdentity()
{
    if (identityError().isEmpty())
        return; // shown only after a save attempt, then kept current
    const Status status = IdentityChecks::check(identityDocuments());
    showError(m_identityError, status.ok() ? QString() : status.message());
}

void MyNumberRecordDialog::save()
{
    showError(m_messageLabel, {});
    Status saved;
    if (isProvided()) {
        const QString text = m_numberEdit->text();
        const MyNumber::Problem problem = MyNumber::problem(text);
        showError(m_numberError, problem == MyNumber::Problem::None
                                     ? QString()
                                     : MyNumber::problemMessage(problem));
        const Status identity = IdentityChecks::check(identityDocuments());
        showError(m_identityError, identity.ok() ? QString() : identity.message());
        if (problem != MyNumber::Problem::None || !identity.ok()) {
            if (problem != MyNumber::Problem::None)
                m_numberEdit->setFocus();
            return;
        }
        NumberCheck check = NumberCheck::MyNumberCard;
        mynumber::numberCheckFromCode(m_numberCheckCombo->currentData().toString(), &check);
        saved =
            m_service->record(m_workspace.session(), m_personId, text, check, identityDocuments());
    } else {
        const QString reason = m_reasonCombo->currentData().toString();
        if (reason.isEmpty()) {
            showError(m_messageLabel, tr("Choose why the applicant did not provide the number."));
            m_reasonCombo->setFocus();
            return;
        }
        saved = m_service->recordNotProvided(m_workspace.session(), m_personId, reason);
    }
    if (!saved) {
        showError(m_messageLabel, saved.message());
        return;
    }
    m_numberEdit->clear();
    accept();
}

void MyNumberRecordDialog::showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void MyNumberRecordDialog::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier)) == Qt::NoModifier) {
        if (auto* button = qobject_cast<QAbstractButton*>(focusWidget()))
            button->click();
        else
            focusNextChild();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace madoguchi::ui
