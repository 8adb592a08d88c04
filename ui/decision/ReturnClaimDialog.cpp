// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision/ReturnClaimDialog.h"

#include "decision/DecisionModels.h"
#include "ledger/LedgerBook.h"
#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {

ReturnClaimDialog::ReturnClaimDialog(Workspace& workspace, const QString& personId,
                                     security::Scope ledger, const QString& personText,
                                     QWidget* parent)
    : QDialog(parent), m_workspace(workspace),
      m_book(std::make_unique<ledger::LedgerBook>(workspace.database().connection(),
                                                  workspace.audit(), workspace.authorizer(),
                                                  workspace.clock())),
      m_personId(personId), m_ledger(ledger)
{
    setObjectName(QStringLiteral("returnClaimDialog"));
    setWindowTitle(tr("Record a return claim"));

    auto* who = new QLabel(this);
    who->setObjectName(QStringLiteral("personLabel"));
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    who->setText(tr("%1 — %2").arg(personText, scopeText(ledger)));

    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    m_amountEdit->setPlaceholderText(tr("in yen, e.g. 12000"));
    m_amountEdit->setAlignment(Qt::AlignRight);
    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(
        tr("Why the benefit is claimed back, e.g. paid for months after moving out"));
    m_reasonEdit->setMinimumHeight(m_reasonEdit->fontMetrics().height() * 4);

    m_messageLabel = createMessageLabel(QStringLiteral("messageLabel"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReturnClaimDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Amount (yen):"), m_amountEdit);
    form->addRow(tr("R&eason:"), m_reasonEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());
}

ReturnClaimDialog::~ReturnClaimDialog() = default;

std::optional<qint64> ReturnClaimDialog::parseAmount(const QString& text)
{
    // NFKC turns full-width digits and signs into ASCII ones (１２，０００ → 12,000).
    QString plain = text.normalized(QString::NormalizationForm_KC);
    plain.remove(u',').remove(u'¥').remove(u'\\').remove(u'円').remove(u' ');
    plain = plain.trimmed();
    if (plain.isEmpty() || plain.size() > 16)
        return std::nullopt;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QChar c = plain.at(i);
        if (!(c >= u'0' && c <= u'9') && !(i == 0 && c == u'-' && plain.size() > 1))
            return std::nullopt;
    }
    bool ok = false;
    const qint64 amount = plain.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return amount;
}

QString ReturnClaimDialog::amountText() const
{
    return m_amountEdit->text();
}

void ReturnClaimDialog::setAmountText(const QString& text)
{
    m_amountEdit->setText(text);
}

QString ReturnClaimDialog::reasonText() const
{
    return m_reasonEdit->toPlainText();
}

void ReturnClaimDialog::setReasonText(const QString& text)
{
    m_reasonEdit->setPlainText(text);
}

QString ReturnClaimDialog::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

bool ReturnClaimDialog::submit()
{
    const auto amount = parseAmount(m_amountEdit->text());
    if (!amount) {
        showMessage(tr("Amount: enter the amount in yen as digits, for example 12000."));
        m_amountEdit->setFocus();
        m_amountEdit->selectAll();
        return false;
    }
    // The core checks the amount (> 0), the reason and the permission; its refusal is shown.
    auto recorded = m_book->recordReturnClaim(m_workspace.session(), m_ledger, m_personId, *amount,
                                              m_reasonEdit->toPlainText().trimmed());
    if (!recorded) {
        showMessage(recorded.message());
        return false;
    }
    m_entryId = recorded.value();
    showMessage({});
    accept();
    return true;
}

void ReturnClaimDialog::showMessage(const QString& text)
{
    showMessageIn(m_messageLabel, text);
}

} // namespace madoguchi::ui
