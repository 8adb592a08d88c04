// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/LedgerState.h"
#include "security/Session.h"

#include "shell/PageWidgets.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

class BatchPrinting;
class LedgerFileModel;

/// 台帳一覧: the current state of every recipient of one ledger (ledger.view in it; the core
/// audits the reading). Filters: the status, and "validity ends within N days" (the list of
/// recipients to send renewal notices to, 更新案内の対象者). Double-clicking a row, or "Open
/// ledger timeline", asks for that person's timeline.
class LedgerFilePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDefaultRenewalDays = 90;

    /// workspace must be signed in and outlive the page.
    explicit LedgerFilePage(Workspace& workspace, QWidget* parent = nullptr);
    ~LedgerFilePage() override;

    LedgerFileModel* model() const { return m_model; }
    /// The ledgers the session may read (ledger.view), in the chooser's order.
    QList<security::Scope> ledgers() const { return m_ledgers; }
    /// The ledger chosen; nullopt when the session may read none.
    std::optional<security::Scope> ledger() const;
    /// Chooses a ledger (false if the session may not read it) and lists it.
    bool setLedger(security::Scope ledger);
    /// Sets the status filter (nullopt: all) and lists again.
    void setStatusFilter(std::optional<ledger::RecipientStatus> status);
    /// Sets the renewal filter (nullopt: off; else validity ends within that many days) and
    /// lists again.
    void setExpiringWithin(std::optional<int> days);
    /// The filter as the page's controls set it.
    ledger::LedgerFileFilter filter() const;

    bool selectRow(int row);
    std::optional<ledger::RecipientState> currentRecipient() const;
    /// The count line ("3 件" in Japanese).
    QString countText() const;
    /// The error shown, if any.
    QString messageText() const;
    /// The batch printing of the listed recipients' certificates.
    BatchPrinting* batchPrinting() const { return m_batch; }
    /// The current certificates of the listed recipients that can be printed (requested or
    /// printed, not yet handed over); withoutCertificate counts the recipients with none.
    QStringList printableCertificateIds(int* withoutCertificate = nullptr) const;

public slots:
    /// Lists the chosen ledger again with the current filter.
    void refresh();
    /// Asks for the selected recipient's timeline; false when none is selected.
    bool openTimeline();
    /// Prints the listed recipients' certificates in one batch: to one PDF file (asks where) or
    /// on a printer (asks which). False when there is nothing to print or it was cancelled.
    bool printCertificates(bool toPdf);
    /// Prints the renewal notices (更新申請のお知らせ) of the listed recipients with a current
    /// grant to one PDF file: at pdfPath, or where the user says when it is empty. False when
    /// there is nobody to notify, it was cancelled or it failed (the message says why).
    bool printRenewalNotices(const QString& pdfPath = QString());

signals:
    /// The person's timeline in ledger should be shown.
    void timelineRequested(const QString& personId, madoguchi::security::Scope ledger);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void showMessage(const QString& text, MessageTone tone = MessageTone::Problem);

    Workspace& m_workspace;
    std::unique_ptr<ledger::LedgerState> m_state;
    LedgerFileModel* m_model = nullptr;
    QList<security::Scope> m_ledgers;
    bool m_updating = false;
    bool m_listed = false;

    QLabel* m_titleLabel = nullptr;
    QLabel* m_ledgerLabel = nullptr;
    QComboBox* m_ledgerCombo = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QCheckBox* m_expiringCheck = nullptr;
    QSpinBox* m_daysSpin = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_timelineButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_renewalButton = nullptr;
    BatchPrinting* m_batch = nullptr;
};

} // namespace madoguchi::ui
