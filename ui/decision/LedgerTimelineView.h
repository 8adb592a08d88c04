// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "security/Session.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::ledger {
class LedgerBook;
}

namespace madoguchi::ui {

class LedgerTimelineModel;

/// A person's entries in one benefit ledger (台帳, ledger.view), in the order recorded: date,
/// kind and a summary. Reading is audited by the ledger book.
class LedgerTimelineView : public QWidget
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the view.
    explicit LedgerTimelineView(Workspace& workspace, QWidget* parent = nullptr);
    ~LedgerTimelineView() override;

    LedgerTimelineModel* model() const { return m_model; }
    QString personId() const;
    security::Scope ledger() const;
    QString messageText() const;

public slots:
    /// Shows personId's entries in ledger.
    void showPerson(const QString& personId, madoguchi::security::Scope ledger);
    /// Reads the entries again for the person and ledger entered.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Workspace& m_workspace;
    std::unique_ptr<ledger::LedgerBook> m_book;
    LedgerTimelineModel* m_model = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_personLabel = nullptr;
    QLineEdit* m_personEdit = nullptr;
    QLabel* m_ledgerLabel = nullptr;
    QComboBox* m_ledgerCombo = nullptr;
    QPushButton* m_showButton = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace madoguchi::ui
