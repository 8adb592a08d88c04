// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputs/WarekiDateEdit.h"

#include "japanese/Wareki.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace madoguchi::ui {

using japanese::EraTable;
using japanese::Wareki;

WarekiDateEdit::WarekiDateEdit(QWidget* parent) : QWidget(parent)
{
    m_eraCombo = new QComboBox(this);
    m_eraCombo->setObjectName(QStringLiteral("eraCombo"));
    m_eraCombo->setAccessibleName(tr("Era"));
    m_eraCombo->setToolTip(tr("The era of a date typed without one, such as 7.7.18"));
    for (const japanese::Era& era : EraTable::builtIn().eras())
        m_eraCombo->addItem(era.name, QString(era.code));
    m_eraCombo->setCurrentIndex(m_eraCombo->count() - 1); // the current era

    m_lineEdit = new QLineEdit(this);
    m_lineEdit->setObjectName(QStringLiteral("dateEdit"));
    m_lineEdit->setAccessibleName(tr("Date"));
    m_lineEdit->setPlaceholderText(tr("e.g. R7.7.18 or 2025-07-18"));
    m_lineEdit->setToolTip(tr("Type a date as R7.7.18, 令和7年7月18日, 7.7.18 with the era chosen "
                              "on the left, 2025-07-18 or 20250718."));
    m_lineEdit->setMaxLength(40);

    m_dateLabel = new QLabel(this);
    m_dateLabel->setObjectName(QStringLiteral("parsedDateLabel"));
    m_dateLabel->setTextFormat(Qt::PlainText);
    m_dateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_eraCombo);
    row->addWidget(m_lineEdit, 1);
    row->addWidget(m_dateLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_errorLabel);

    // Focus goes to the text; the era selector is the next Tab stop inside, in reading order.
    setFocusProxy(m_lineEdit);
    setTabOrder(m_eraCombo, m_lineEdit);

    connect(m_lineEdit, &QLineEdit::textChanged, this, &WarekiDateEdit::refresh);
    connect(m_lineEdit, &QLineEdit::editingFinished, this, &WarekiDateEdit::showErrors);
    connect(m_eraCombo, &QComboBox::currentIndexChanged, this, &WarekiDateEdit::refresh);
    refresh();
}

WarekiDateEdit::~WarekiDateEdit() = default;

void WarekiDateEdit::setDate(QDate date)
{
    if (const auto parts = Wareki::split(date)) {
        const int index = m_eraCombo->findData(QString(parts->era->code));
        if (index >= 0)
            m_eraCombo->setCurrentIndex(index);
    }
    m_errorsVisible = false;
    QString text;
    if (date.isValid()) {
        text = Wareki::formatShort(date);
        if (text.isEmpty()) // before the earliest era date: shown, and refused, as typed
            text = date.toString(Qt::ISODate);
    }
    m_lineEdit->setText(text);
    refresh();
}

QString WarekiDateEdit::text() const
{
    return m_lineEdit->text();
}

void WarekiDateEdit::setText(const QString& text)
{
    m_lineEdit->setText(text);
    // Restored text (a draft) shows its error at once: nobody is typing it.
    showErrors();
}

QString WarekiDateEdit::defaultEraCode() const
{
    return m_eraCombo->currentData().toString();
}

void WarekiDateEdit::setDefaultEraCode(const QString& code)
{
    const int index = m_eraCombo->findData(code.toUpper());
    if (index >= 0)
        m_eraCombo->setCurrentIndex(index);
}

QString WarekiDateEdit::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

QString WarekiDateEdit::dateText() const
{
    return m_dateLabel->text();
}

void WarekiDateEdit::keyPressEvent(QKeyEvent* event)
{
    // The line edit and the combo box pass Enter on; stopping it here keeps a dialog's default
    // button from submitting a form half filled. Enter still shows the reason for a bad date.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        showErrors();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WarekiDateEdit::showErrors()
{
    m_errorsVisible = true;
    refresh();
}

void WarekiDateEdit::refresh()
{
    const QString text = m_lineEdit->text();
    if (text.trimmed().isEmpty())
        m_errorsVisible = false; // a fresh start: no complaints while the next date is typed
    QDate date;
    m_error.clear();
    if (!text.trimmed().isEmpty()) {
        const auto parsed = Wareki::parse(text, defaultEraCode());
        if (parsed)
            date = parsed.value();
        else
            m_error = parsed.message();
    }
    m_dateLabel->setText(Wareki::formatDisplay(date));
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(m_errorsVisible && !m_error.isEmpty());
    if (date != m_date) {
        m_date = date;
        emit dateChanged(m_date);
    }
}

} // namespace madoguchi::ui
