// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/MyNumberRevealDialog.h"

#include "access/AccessLabels.h"
#include "mynumber/MyNumberService.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace madoguchi::ui {

MyNumberRevealDialog::MyNumberRevealDialog(Workspace& workspace, const QString& personId,
                                           const QString& masked, QWidget* parent)
    : QDialog(parent), m_workspace(workspace),
      m_service(std::make_unique<mynumber::MyNumberService>(
          workspace.database(), workspace.audit(), workspace.authorizer(), workspace.clock())),
      m_personId(personId), m_masked(masked)
{
    setObjectName(QStringLiteral("myNumberRevealDialog"));
    setWindowTitle(tr("Show the My Number"));

    for (security::Scope scope : security::allScopes()) {
        if (m_workspace.authorizer().allows(m_workspace.session(),
                                            QStringLiteral("mynumber.reveal"), scope))
            m_scopes << scope;
    }

    m_introLabel = new QLabel(this);
    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_introLabel->setWordWrap(true);
    m_introLabel->setText(tr("The My Number is shown only for a stated purpose, and the showing "
                             "is recorded in the audit log. It is masked again after %n "
                             "second(s).",
                             nullptr, kDefaultRevealMs / 1000));

    m_purposeCombo = new QComboBox(this);
    m_purposeCombo->setObjectName(QStringLiteral("purposeCombo"));
    m_purposeCombo->addItem(tr("(choose the purpose)"), QString());
    for (const mynumber::Choice& purpose : mynumber::MyNumberService::revealPurposes())
        m_purposeCombo->addItem(purpose.label, purpose.code);

    m_scopeCombo = new QComboBox(this);
    m_scopeCombo->setObjectName(QStringLiteral("scopeCombo"));
    for (security::Scope scope : std::as_const(m_scopes))
        m_scopeCombo->addItem(AccessLabels::scope(scope), security::scopeCode(scope));

    m_numberLabel = new QLabel(m_masked, this);
    m_numberLabel->setObjectName(QStringLiteral("numberLabel"));
    m_numberLabel->setTextFormat(Qt::PlainText);
    m_numberLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    QFont numberFont = m_numberLabel->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.8);
    numberFont.setStyleHint(QFont::Monospace);
    numberFont.setFamily(QStringLiteral("monospace"));
    m_numberLabel->setFont(numberFont);
    m_countdownLabel = new QLabel(this);
    m_countdownLabel->setObjectName(QStringLiteral("countdownLabel"));

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_messageLabel->hide();

    m_revealButton = new QPushButton(tr("Show"), this);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_revealButton->setAutoDefault(false);
    m_closeButton->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Purpose"), m_purposeCombo);
    m_scopeLabel = new QLabel(tr("Ledger"), this);
    form->addRow(m_scopeLabel, m_scopeCombo);
    m_scopeLabel->setVisible(m_scopes.size() > 1);
    m_scopeCombo->setVisible(m_scopes.size() > 1);
    form->addRow(tr("My Number"), m_numberLabel);
    form->addRow(QString(), m_countdownLabel);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revealButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addLayout(buttons);

    m_remaskTimer = new QTimer(this);
    m_remaskTimer->setSingleShot(true);
    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setInterval(1000);
    connect(m_remaskTimer, &QTimer::timeout, this, &MyNumberRevealDialog::remask);
    connect(m_countdownTimer, &QTimer::timeout, this, &MyNumberRevealDialog::updateCountdown);
    connect(m_revealButton, &QPushButton::clicked, this, &MyNumberRevealDialog::reveal);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    m_purposeCombo->setFocus();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

MyNumberRevealDialog::~MyNumberRevealDialog()
{
    remask();
}

void MyNumberRevealDialog::setRevealDuration(int milliseconds)
{
    m_revealMs = std::max(1, milliseconds);
}

QString MyNumberRevealDialog::shownText() const
{
    return m_numberLabel->text();
}

QString MyNumberRevealDialog::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void MyNumberRevealDialog::reveal()
{
    showMessage({});
    const QString purpose = m_purposeCombo->currentData().toString();
    if (purpose.isEmpty()) {
        showMessage(tr("Choose why you need to see the My Number."));
        m_purposeCombo->setFocus();
        return;
    }
    security::Scope scope = security::Scope::WelfareService;
    if (m_scopes.isEmpty() ||
        !security::scopeFromCode(m_scopeCombo->currentData().toString(), &scope)) {
        showMessage(tr("You may not see My Numbers."));
        return;
    }
    remask();
    auto digits = m_service->reveal(m_workspace.session(), m_personId, scope, purpose);
    if (!digits) {
        showMessage(digits.message());
        return;
    }
    // Grouped 4-4-4 for reading aloud; built in one buffer that remask() overwrites.
    const auto* bytes = reinterpret_cast<const char*>(digits->data());
    m_shown.reserve(14);
    for (std::size_t i = 0; i < digits->size(); ++i) {
        if (i > 0 && i % 4 == 0)
            m_shown.append(u' ');
        m_shown.append(QChar(char16_t(bytes[i])));
    }
    m_numberLabel->setText(m_shown);
    m_revealed = true;
    m_purposeCombo->setEnabled(false);
    m_scopeCombo->setEnabled(false);
    m_revealButton->setEnabled(false);
    m_remaskTimer->start(m_revealMs);
    m_countdownTimer->start();
    updateCountdown();
    emit revealed();
}

void MyNumberRevealDialog::remask()
{
    m_remaskTimer->stop();
    m_countdownTimer->stop();
    // The label drops its reference first, so the only copy left is ours and fill() writes
    // over those bytes in place instead of detaching.
    m_numberLabel->setText(m_masked);
    if (!m_shown.isEmpty())
        m_shown.fill(u'0');
    m_shown.clear();
    m_shown.squeeze();
    m_countdownLabel->clear();
    if (!m_revealed)
        return;
    m_revealed = false;
    m_purposeCombo->setEnabled(true);
    m_scopeCombo->setEnabled(true);
    m_revealButton->setEnabled(true);
    emit remasked();
}

void MyNumberRevealDialog::done(int result)
{
    remask();
    QDialog::done(result);
}

void MyNumberRevealDialog::updateCountdown()
{
    const int seconds = int(std::ceil(m_remaskTimer->remainingTime() / 1000.0));
    m_countdownLabel->setText(tr("Masked again in %n second(s).", nullptr, std::max(0, seconds)));
}

void MyNumberRevealDialog::showMessage(const QString& text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

} // namespace madoguchi::ui
