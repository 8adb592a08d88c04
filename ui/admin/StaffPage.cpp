// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/StaffPage.h"

#include "access/TotpEnrolmentDialog.h"
#include "admin/StaffAccountDialog.h"
#include "admin/StaffTableModel.h"
#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

constexpr int kMaximumScopesWidth = 280;

/// A busy cursor for a call that runs Argon2id on this thread (it needs the SQL connection).
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::BusyCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace

StaffPage::StaffPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new StaffTableModel(this))
{
    setObjectName(QStringLiteral("staffPage"));

    m_titleLabel = createPageTitle(this);
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);

    m_table = createRecordTable(m_model, QStringLiteral("staffTable"), this);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaffPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &StaffPage::editAccount);

    const auto makeButton = [this](const char* objectName, void (StaffPage::*slot)()) {
        auto* button = new QPushButton(this);
        button->setObjectName(QString::fromLatin1(objectName));
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    m_newButton = makeButton("newButton", &StaffPage::newAccount);
    m_editButton = makeButton("editButton", &StaffPage::editAccount);
    m_resetPasswordButton = makeButton("resetPasswordButton", &StaffPage::resetPassword);
    m_resetSecondFactorButton =
        makeButton("resetSecondFactorButton", &StaffPage::resetSecondFactor);
    m_unlockButton = makeButton("unlockButton", &StaffPage::unlockAccount);
    m_disableButton = makeButton("disableButton", &StaffPage::disableAccount);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_resetPasswordButton);
    buttons->addWidget(m_resetSecondFactorButton);
    buttons->addWidget(m_unlockButton);
    buttons->addStretch();
    buttons->addWidget(m_disableButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_messageLabel);

    retranslate();
    updateButtons();
}

StaffPage::~StaffPage() = default;

void StaffPage::retranslate()
{
    m_titleLabel->setText(tr("Staff accounts"));
    m_introLabel->setText(
        tr("Who may sign in on this computer, with which roles and for which ledgers. Every "
           "change is recorded in the audit log."));
    m_newButton->setText(tr("&New…"));
    m_editButton->setText(tr("&Edit roles and scopes…"));
    m_resetPasswordButton->setText(tr("Reset &password…"));
    m_resetSecondFactorButton->setText(tr("Reset second &factor"));
    m_unlockButton->setText(tr("&Unlock"));
    m_disableButton->setText(tr("&Disable…"));
}

bool StaffPage::selectAccount(const QString& login)
{
    const int row = m_model->rowOf(login);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

const security::StaffAccount* StaffPage::selectedAccount() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->accounts().size())
        return nullptr;
    return &m_model->accounts().at(rows.first().row());
}

TotpEnrolmentDialog* StaffPage::enrolmentDialog() const
{
    return m_enrolmentDialog;
}

QString StaffPage::messageText() const
{
    return m_messageLabel->text();
}

void StaffPage::showMessage(const QString& message, bool error)
{
    showMessageIn(m_messageLabel, message, error ? MessageTone::Problem : MessageTone::Plain);
}

void StaffPage::updateButtons()
{
    const security::StaffAccount* account = selectedAccount();
    const bool usable = account && account->state != security::AccountState::Disabled;
    const bool locked = usable && (account->state == security::AccountState::Locked ||
                                   (account->lockedUntilUtc.isValid() &&
                                    account->lockedUntilUtc > QDateTime::currentDateTimeUtc()));
    m_editButton->setEnabled(usable);
    m_resetPasswordButton->setEnabled(usable);
    m_resetSecondFactorButton->setEnabled(usable && account->hasSecondFactor);
    m_unlockButton->setEnabled(locked);
    m_disableButton->setEnabled(usable && account->login != m_workspace.session().login);
}

void StaffPage::refresh()
{
    const security::StaffAccount* selected = selectedAccount();
    const QString selectedLogin = selected ? selected->login : QString();
    auto accounts = m_workspace.staff().list(m_workspace.session());
    if (!accounts) {
        m_model->setAccounts({});
        showMessage(accounts.message(), true);
        updateButtons();
        return;
    }
    m_model->setAccounts(std::move(accounts.value()));
    m_table->resizeColumnsToContents();
    // Long ledger names are in the tooltip; keep the state columns in view.
    if (m_table->columnWidth(StaffTableModel::ScopesColumn) > kMaximumScopesWidth)
        m_table->setColumnWidth(StaffTableModel::ScopesColumn, kMaximumScopesWidth);
    if (!selectedLogin.isEmpty())
        selectAccount(selectedLogin);
    updateButtons();
}

void StaffPage::reportChange(const Status& status, const QString& login, const QString& success)
{
    refresh();
    selectAccount(login);
    if (status)
        showMessage(success);
    else
        showMessage(status.message(), true);
}

void StaffPage::newAccount()
{
    auto* dialog = new StaffAccountDialog(StaffAccountDialog::Mode::Create, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StaffAccountDialog::submitted, this,
            [this, dialog]() { createAccount(dialog); });
    dialog->open();
}

void StaffPage::createAccount(StaffAccountDialog* dialog)
{
    const security::NewStaffAccount draft = dialog->account();
    const security::SecureBuffer password = dialog->takePassword();
    Result<security::TotpEnrolment> created = [&]() {
        // Argon2id for the new key slot, on this thread: the call also writes the account row.
        BusyCursor busy;
        return m_workspace.staff().create(m_workspace.session(), draft, password);
    }();
    if (!created) {
        dialog->showError(created.message());
        return;
    }
    dialog->accept();
    refresh();
    selectAccount(draft.login);
    showMessage(tr("The account %1 was created.").arg(draft.login));
    showEnrolment(std::move(created.value()), draft.displayName);
}

void StaffPage::showEnrolment(security::TotpEnrolment enrolment, const QString& displayName)
{
    const QString login = enrolment.login;
    m_enrolmentDialog = new TotpEnrolmentDialog(
        std::move(enrolment), TotpEnrolmentDialog::Mode::ShowOnce, nullptr, displayName, this);
    m_enrolmentDialog->setAttribute(Qt::WA_DeleteOnClose);
    TotpEnrolmentDialog* dialog = m_enrolmentDialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, login]() {
        if (!dialog->setUpLaterChosen())
            return;
        const Status reset = m_workspace.staff().resetSecondFactor(m_workspace.session(), login);
        reportChange(reset, login,
                     tr("The account %1 was created. The person sets up the authenticator app "
                        "at their first sign-in.")
                         .arg(login));
    });
    m_enrolmentDialog->open();
}

void StaffPage::editAccount()
{
    const security::StaffAccount* account = selectedAccount();
    if (!account || account->state == security::AccountState::Disabled)
        return;
    auto* dialog = new StaffAccountDialog(StaffAccountDialog::Mode::Edit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccount(*account);
    connect(dialog, &StaffAccountDialog::submitted, this,
            [this, dialog]() { saveAccount(dialog); });
    dialog->open();
}

void StaffPage::saveAccount(StaffAccountDialog* dialog)
{
    const security::NewStaffAccount changed = dialog->account();
    const Status saved = m_workspace.staff().update(
        m_workspace.session(), changed.login, changed.displayName, changed.roles, changed.scopes);
    if (!saved) {
        dialog->showError(saved.message());
        return;
    }
    dialog->accept();
    reportChange(saved, changed.login, tr("The account %1 was changed.").arg(changed.login));
}

void StaffPage::resetPassword()
{
    const security::StaffAccount* account = selectedAccount();
    if (!account)
        return;
    auto* dialog = new ResetPasswordDialog(account->login, account->displayName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResetPasswordDialog::submitted, this, [this, dialog]() {
        const QString login = dialog->login();
        const security::SecureBuffer password = dialog->takePassword();
        Status reset;
        {
            BusyCursor busy;
            reset = m_workspace.staff().resetPassword(m_workspace.session(), login, password);
        }
        if (!reset) {
            dialog->showError(reset.message());
            return;
        }
        dialog->accept();
        reportChange(reset, login, tr("The password of %1 was reset.").arg(login));
    });
    dialog->open();
}

void StaffPage::resetSecondFactor()
{
    const security::StaffAccount* account = selectedAccount();
    if (!account)
        return;
    const QString login = account->login;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Reset second factor"),
        tr("Reset the second factor of %1 (%2)? Their authenticator app stops working for "
           "Madoguchi; at their next sign-in they set it up again with a new QR code.")
            .arg(account->displayName, login),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("resetSecondFactorConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* confirm = box->addButton(tr("Reset second factor"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QDialog::finished, this, [this, box, confirm, login]() {
        if (box->clickedButton() != confirm)
            return;
        const Status reset = m_workspace.staff().resetSecondFactor(m_workspace.session(), login);
        reportChange(reset, login,
                     tr("The second factor of %1 was reset. They set it up again at their next "
                        "sign-in.")
                         .arg(login));
    });
    box->open();
}

void StaffPage::unlockAccount()
{
    const security::StaffAccount* account = selectedAccount();
    if (!account)
        return;
    const QString login = account->login;
    const Status unlocked = m_workspace.staff().unlock(m_workspace.session(), login);
    reportChange(unlocked, login, tr("The account %1 was unlocked.").arg(login));
}

void StaffPage::disableAccount()
{
    const security::StaffAccount* account = selectedAccount();
    if (!account)
        return;
    const QString login = account->login;
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Disable account"),
                        tr("Disable the account of %1 (%2)?").arg(account->displayName, login),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("disableConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Their key is removed: they can no longer open the database on this computer, "
           "not even offline. This cannot be undone; if they return, create a new account."));
    QPushButton* confirm = box->addButton(tr("Disable account"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QDialog::finished, this, [this, box, confirm, login]() {
        if (box->clickedButton() != confirm)
            return;
        const Status disabled = m_workspace.staff().disable(m_workspace.session(), login);
        reportChange(disabled, login, tr("The account %1 was disabled.").arg(login));
    });
    box->open();
}

void StaffPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void StaffPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->setAccounts(m_model->accounts()); // re-reads the translated labels
    }
    QWidget::changeEvent(event);
}

} // namespace madoguchi::ui
