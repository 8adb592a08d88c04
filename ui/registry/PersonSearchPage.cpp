// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/PersonSearchPage.h"

#include "registry/DuplicateCandidatesDialog.h"

#include "registry/PersonRegistrationDialog.h"
#include "registry/PersonRegistry.h"
#include "registry/PersonSearchModel.h"
#include "shell/PageWidgets.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace madoguchi::ui {

PersonSearchPage::PersonSearchPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace),
      m_registry(std::make_unique<registry::PersonRegistry>(
          workspace.database().connection(), workspace.audit(), workspace.authorizer(),
          workspace.clock())),
      m_model(new PersonSearchModel(this))
{
    setObjectName(QStringLiteral("personSearchPage"));

    m_titleLabel = new QLabel(tr("Find a person (宛名検索)"), this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(
        tr("Kana, name, 宛名番号, date of birth (e.g. S25.4.1) or phone"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->installEventFilter(this);

    m_registerButton = new QPushButton(tr("Register…"), this);
    m_registerButton->setObjectName(QStringLiteral("registerButton"));
    m_registerButton->setVisible(
        m_workspace.authorizer().allows(m_workspace.session(), QStringLiteral("person.edit")));

    // Possible duplicates that sync brought from other computers, for administrators.
    m_duplicatesButton = new QPushButton(tr("Possible duplicates…"), this);
    m_duplicatesButton->setObjectName(QStringLiteral("duplicatesButton"));
    m_duplicatesButton->setToolTip(
        tr("Records that may be the same person, registered on two computers"));
    m_duplicatesButton->setVisible(
        m_workspace.authorizer().allows(m_workspace.session(), QStringLiteral("person.merge")));

    m_table = createRecordTable(m_model, QStringLiteral("resultTable"), this);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->installEventFilter(this);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_registerButton);
    searchRow->addWidget(m_duplicatesButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_messageLabel);

    connect(m_searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &PersonSearchPage::searchNow);
    connect(m_table, &QTableView::activated, this, &PersonSearchPage::openCurrent);
    connect(m_registerButton, &QPushButton::clicked, this, &PersonSearchPage::openRegistration);
    connect(m_duplicatesButton, &QPushButton::clicked, this, [this] {
        DuplicateCandidatesDialog dialog(m_workspace, this);
        dialog.exec();
        searchNow(); // a merge changes what the search finds
    });

    setFocusProxy(m_searchEdit);
}

PersonSearchPage::~PersonSearchPage() = default;

QString PersonSearchPage::searchText() const
{
    return m_searchEdit->text();
}

void PersonSearchPage::setSearchText(const QString& text)
{
    m_searchEdit->setText(text);
}

QString PersonSearchPage::messageText() const
{
    return m_messageLabel->text();
}

void PersonSearchPage::searchNow()
{
    m_debounce->stop();
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty()) {
        m_model->setRows({});
        m_messageLabel->clear();
        return;
    }
    auto result = m_registry->search(m_workspace.session(), text, kResultLimit);
    if (!result) {
        m_model->setRows({});
        m_messageLabel->setText(result.message());
        return;
    }
    const int count = int(result->rows.size());
    m_model->setRows(std::move(result->rows));
    if (result->kind == registry::SearchKind::None)
        m_messageLabel->setText(tr("Type a name in kana or kanji, a 宛名番号, a date of birth or "
                                   "a phone number."));
    else if (count == 0)
        m_messageLabel->setText(tr("Nobody found."));
    else if (count >= kResultLimit)
        m_messageLabel->setText(tr(
            "The first %n person(s) are shown: type more to narrow the search.", nullptr, count));
    else
        m_messageLabel->setText(tr("%n person(s) found.", nullptr, count));
    if (count > 0) {
        m_table->selectRow(0);
        m_table->resizeColumnsToContents();
    }
}

PersonRegistrationDialog* PersonSearchPage::openRegistration()
{
    auto* dialog = new PersonRegistrationDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &PersonRegistrationDialog::personRegistered, this,
            &PersonSearchPage::personOpened);
    connect(dialog, &PersonRegistrationDialog::existingPersonChosen, this,
            &PersonSearchPage::personOpened);
    dialog->open();
    return dialog;
}

void PersonSearchPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const QString id = m_model->personId(current.isValid() ? current.row() : -1);
    if (!id.isEmpty())
        emit personOpened(id);
}

bool PersonSearchPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_searchEdit) {
            if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
                m_table->setFocus();
                if (!m_table->currentIndex().isValid())
                    m_table->selectRow(0);
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                // What was typed last may not have been searched yet.
                if (m_debounce->isActive())
                    searchNow();
                if (m_model->rowCount() > 0)
                    openCurrent();
                return true;
            }
        } else if (watched == m_table && key->key() == Qt::Key_Up &&
                   m_table->currentIndex().row() <= 0) {
            m_searchEdit->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PersonSearchPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_searchEdit->setFocus();
    m_searchEdit->selectAll();
}

} // namespace madoguchi::ui
