// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "registry/Person.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::mynumber {
class MyNumberService;
}
namespace madoguchi::registry {
class PersonRegistry;
}

namespace madoguchi::ui {

class MyNumberRecordDialog;
class MyNumberRevealDialog;

/// One person (person.view): the current data, the My Number masked (●●●●●●●●1234) with
/// "Show…" for sessions holding mynumber.reveal, and in tabs the address history, handbooks,
/// representatives, household and the change history. Opening a person is audited by the
/// registry.
class PersonDetailView : public QWidget
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the view.
    explicit PersonDetailView(Workspace& workspace, QWidget* parent = nullptr);
    ~PersonDetailView() override;

    /// Loads and shows the person; on failure the view shows the reason and returns it.
    Status showPerson(const QString& personId);
    QString personId() const { return m_record.person.id; }
    const registry::PersonRecord& record() const { return m_record; }
    /// The My Number line as shown (the mask, "not recorded" …).
    QString myNumberText() const;
    QString messageText() const;

    /// How long a revealed number stays visible in dialogs opened from here (tests shorten it).
    void setRevealDuration(int milliseconds) { m_revealMs = milliseconds; }

public slots:
    /// Reads the person again (after a change elsewhere).
    void reload();
    /// Opens the reveal prompt (window-modal) and returns it; null if not allowed.
    MyNumberRevealDialog* openRevealDialog();
    /// Opens the dialog to record the number or that none was provided; null if not allowed.
    MyNumberRecordDialog* openRecordDialog();

signals:
    /// Back to the search (the button, or Escape).
    void backRequested();
    /// The person's benefit ledgers should be shown (the 台帳 button).
    void ledgerRequested(const QString& personId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showMyNumber();
    void fillTables();
    void showMessage(const QString& text);

    Workspace& m_workspace;
    std::unique_ptr<registry::PersonRegistry> m_registry;
    std::unique_ptr<mynumber::MyNumberService> m_myNumbers;
    registry::PersonRecord m_record;
    QString m_masked;
    int m_revealMs = 30'000;
    QPointer<MyNumberRevealDialog> m_revealDialog;

    QPushButton* m_backButton = nullptr;
    QPushButton* m_ledgerButton = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_kanaLabel = nullptr;
    QLabel* m_atenaLabel = nullptr;
    QLabel* m_birthLabel = nullptr;
    QLabel* m_sexLabel = nullptr;
    QLabel* m_addressLabel = nullptr;
    QLabel* m_phoneLabel = nullptr;
    QLabel* m_householdLabel = nullptr;
    QLabel* m_myNumberLabel = nullptr;
    QPushButton* m_revealButton = nullptr;
    QPushButton* m_recordButton = nullptr;
    QLabel* m_messageLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_addressTable = nullptr;
    QTableWidget* m_handbookTable = nullptr;
    QTableWidget* m_representativeTable = nullptr;
    QTableWidget* m_householdTable = nullptr;
    QTableWidget* m_historyTable = nullptr;
};

} // namespace madoguchi::ui
