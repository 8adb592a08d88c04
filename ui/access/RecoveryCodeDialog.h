// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QString>

class QCheckBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace madoguchi::ui {

/// Shows a new database's recovery code once, asks the person to write it down (or print it) and
/// keep it locked away, and only lets them continue once they say they have.
class RecoveryCodeDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryCodeDialog(const QString& recoveryCode, const QString& databasePath,
                       QWidget* parent = nullptr);
    ~RecoveryCodeDialog() override;

    QString recoveryCode() const { return m_recoveryCode; }

    /// Paints the one-page recovery sheet: title, the code, the date, the database path.
    static bool printSheet(QPrinter* printer, const QString& recoveryCode,
                           const QString& databasePath, const QDateTime& createdAt);

public slots:
    /// Ignored: the code cannot be shown again, so the dialog only closes through Continue.
    void reject() override;

private slots:
    void print();

private:
    QString m_recoveryCode;
    QString m_databasePath;
    QDateTime m_createdAt;
    QLabel* m_codeLabel = nullptr;
    QPushButton* m_printButton = nullptr;
    QCheckBox* m_writtenDownCheckBox = nullptr;
    QPushButton* m_continueButton = nullptr;
};

} // namespace madoguchi::ui
