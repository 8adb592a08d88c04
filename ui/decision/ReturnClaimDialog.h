// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Session.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::ledger {
class LedgerBook;
}

namespace madoguchi::ui {

/// Records a return claim (返還請求) in a person's ledger: the amount in yen and the reason
/// (decision.draft in the ledger; the core checks and audits). A refusal is shown in the
/// dialog and the input stays for correcting.
class ReturnClaimDialog : public QDialog
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the dialog.
    ReturnClaimDialog(Workspace& workspace, const QString& personId, security::Scope ledger,
                      const QString& personText, QWidget* parent = nullptr);
    ~ReturnClaimDialog() override;

    /// Digits in any width, with or without ¥, 円 and thousands separators; nullopt otherwise.
    static std::optional<qint64> parseAmount(const QString& text);

    QString amountText() const;
    void setAmountText(const QString& text);
    QString reasonText() const;
    void setReasonText(const QString& text);
    QString messageText() const;
    /// The entry recorded; empty until one is.
    QString recordedEntryId() const { return m_entryId; }

public slots:
    /// Records the claim; on success the dialog is accepted, otherwise it shows why.
    bool submit();

private:
    void showMessage(const QString& text);

    Workspace& m_workspace;
    std::unique_ptr<ledger::LedgerBook> m_book;
    QString m_personId;
    security::Scope m_ledger;
    QString m_entryId;

    QLineEdit* m_amountEdit = nullptr;
    QPlainTextEdit* m_reasonEdit = nullptr;
    QLabel* m_messageLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace madoguchi::ui
