// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "ledger/LedgerState.h"
#include "security/Session.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QTableView;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::ledger {
class LedgerBook;
}
namespace madoguchi::registry {
class PersonRegistry;
}

namespace madoguchi::ui {

class ApplicantPicker;
class LedgerTimelineModel;
class ReturnClaimDialog;

/// A person's entries in one benefit ledger (台帳, ledger.view), in the order recorded: date,
/// kind and a summary, under the recipient's current state (受給者番号, 受給者証番号, status,
/// validity, cap, outstanding return claims). The person is found with the same search as the
/// counter's forms. Reading is audited by the core. Those who draft decisions in the ledger
/// record return claims (返還請求) from here.
class LedgerTimelineView : public QWidget
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the view.
    explicit LedgerTimelineView(Workspace& workspace, QWidget* parent = nullptr);
    ~LedgerTimelineView() override;

    LedgerTimelineModel* model() const { return m_model; }
    ApplicantPicker* picker() const { return m_picker; }
    QString personId() const;
    security::Scope ledger() const;
    /// The ledgers the session may read (ledger.view), in the chooser's order.
    QList<security::Scope> ledgers() const { return m_ledgers; }
    /// The recipient's current state as shown; nullopt before a decision in the ledger.
    const std::optional<ledger::RecipientState>& recipientState() const { return m_state; }
    /// The state header's text (the values, or "no decision in this ledger yet").
    QString stateText() const;
    QString messageText() const;
    /// Whether the session may record a return claim in the ledger shown.
    bool mayRecordReturnClaim() const;

public slots:
    /// Shows personId's entries in ledger.
    void showPerson(const QString& personId, madoguchi::security::Scope ledger);
    /// Reads the entries and the state again for the person and ledger chosen.
    void refresh();
    /// Opens the return-claim dialog (window-modal) and returns it; null if not allowed or no
    /// person is chosen.
    ReturnClaimDialog* openReturnClaimDialog();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void load(security::Scope ledger);
    void clearState();
    void showState();
    void updateButtons();
    void showMessage(const QString& text, bool error);
    QString describePerson(const QString& personId) const;

    Workspace& m_workspace;
    std::unique_ptr<ledger::LedgerBook> m_book;
    std::unique_ptr<ledger::LedgerState> m_ledgerState;
    std::unique_ptr<registry::PersonRegistry> m_registry;
    LedgerTimelineModel* m_model = nullptr;
    QList<security::Scope> m_ledgers;
    std::optional<ledger::RecipientState> m_state;
    bool m_stateNotFound = false;
    bool m_updating = false;
    QPointer<ReturnClaimDialog> m_claimDialog;

    QLabel* m_titleLabel = nullptr;
    QLabel* m_personLabel = nullptr;
    ApplicantPicker* m_picker = nullptr;
    QLabel* m_ledgerLabel = nullptr;
    QComboBox* m_ledgerCombo = nullptr;
    QPushButton* m_showButton = nullptr;
    QFrame* m_stateFrame = nullptr;
    QList<QLabel*> m_stateCaptions;
    QLabel* m_recipientNumberValue = nullptr;
    QLabel* m_certificateNumberValue = nullptr;
    QLabel* m_statusValue = nullptr;
    QLabel* m_validityValue = nullptr;
    QLabel* m_capValue = nullptr;
    QLabel* m_returnsValue = nullptr;
    QLabel* m_noStateLabel = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_returnClaimButton = nullptr;
};

} // namespace madoguchi::ui
