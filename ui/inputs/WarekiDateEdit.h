// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace madoguchi::ui {

/// A date typed as at the counter: 和暦 or western, in any form japanese::Wareki reads (R7.7.18,
/// 令和元年5月1日, 2025-07-18, 20250718, full-width IME input), with an era selector for
/// era-less input (7.7.18). Shows the date read as 令和7年7月18日 (2025-07-18), and the reason
/// inline when the text is not a date that exists; never clears or rewrites what was typed. No
/// input mask, so IME composition works. Enter does not reach the dialog (no accidental submit).
class WarekiDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit WarekiDateEdit(QWidget* parent = nullptr);
    ~WarekiDateEdit() override;

    /// The date the text names; invalid while the text is empty or not an acceptable date.
    QDate date() const { return m_date; }
    /// Shows date as R7.7.18 with its era selected; an invalid date empties the field.
    void setDate(QDate date);
    /// Whether the text names a date that exists (an empty field does not).
    bool hasAcceptableInput() const { return m_date.isValid(); }

    /// The text as typed (for drafts, which keep what was typed even when it is not a date yet).
    QString text() const;
    void setText(const QString& text);

    /// The era used for era-less input, as its letter (R by default).
    QString defaultEraCode() const;
    void setDefaultEraCode(const QString& code);

    /// The translated reason shown under the field; empty when none is shown.
    QString errorText() const;
    /// The date read, as shown beside the field (令和7年7月18日 (2025-07-18)); empty if none.
    QString dateText() const;

signals:
    /// The date read from the field changed; invalid when the text stopped naming a date.
    void dateChanged(QDate date);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    /// Reads the text again; errors are shown only after the person finished typing once.
    void refresh();
    void showErrors();

    QComboBox* m_eraCombo = nullptr;
    QLineEdit* m_lineEdit = nullptr;
    QLabel* m_dateLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDate m_date;
    QString m_error;
    bool m_errorsVisible = false;
};

} // namespace madoguchi::ui
