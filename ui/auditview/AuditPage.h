// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "base/Result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

class AuditTableModel;

/// The audit viewer (監査, audit.view): filters, the records newest first, CSV export for
/// 自己点検・内部監査・外部監査 (audit.export) and a check that the log is intact.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    /// The newest this many records are shown; export has no limit.
    static constexpr int kDisplayLimit = 2000;

    /// workspace must be signed in and outlive the page.
    explicit AuditPage(Workspace& workspace, QWidget* parent = nullptr);
    ~AuditPage() override;

    AuditTableModel* model() const { return m_model; }
    /// What the filter fields select (dates widened to whole UTC days).
    audit::AuditFilter filter() const;
    /// The event code chosen, or empty for all.
    void setEventFilter(const QString& eventCode);
    QString messageText() const;
    QString verifyText() const;

public slots:
    /// Reads the records again with the current filter.
    void refresh();
    void clearFilters();
    /// Asks where to save, then exportTo().
    void exportCsv();
    /// Checks the chain and checkpoint signatures and shows the result.
    void verify();

public:
    /// Writes the records the filter selects as CSV to path (audited).
    Status exportTo(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillEventCombo();
    void showMessage(const QString& message, bool error);

    Workspace& m_workspace;
    AuditTableModel* m_model = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_accountLabel = nullptr;
    QLabel* m_objectLabel = nullptr;
    QLabel* m_eventLabel = nullptr;
    QLineEdit* m_accountEdit = nullptr;
    QLineEdit* m_objectIdEdit = nullptr;
    QComboBox* m_eventCombo = nullptr;
    QCheckBox* m_fromCheck = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QCheckBox* m_toCheck = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QPushButton* m_searchButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLabel* m_verifyLabel = nullptr;
};

} // namespace madoguchi::ui
