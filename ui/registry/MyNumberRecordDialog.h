// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::mynumber {
class MyNumberService;
}

namespace madoguchi::ui {

/// Records a person's My Number as taken at the counter (person.edit), with the two checks of
/// 番号法16条 logged separately (rules.md §11): 番号確認 (card, notification card or 住民票 with
/// the number) and 身元確認 (one photo ID or two other documents); or records that the applicant
/// did not provide it, with the reason. Problems are shown inline; nothing typed is cleared.
class MyNumberRecordDialog : public QDialog
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the dialog.
    MyNumberRecordDialog(Workspace& workspace, const QString& personId, QWidget* parent = nullptr);
    ~MyNumberRecordDialog() override;

    bool isProvided() const;
    void setProvided(bool provided);
    /// The document codes ticked for 身元確認.
    QStringList identityDocuments() const;
    QString numberError() const;
    QString identityError() const;
    QString messageText() const;

public slots:
    /// Checks and records; accepts the dialog on success.
    void save();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateMode();
    void checkNumber(bool finished);
    void checkIdentity();
    static void showError(QLabel* label, const QString& text);

    Workspace& m_workspace;
    std::unique_ptr<mynumber::MyNumberService> m_service;
    QString m_personId;
    QRadioButton* m_providedRadio = nullptr;
    QRadioButton* m_notProvidedRadio = nullptr;
    QGroupBox* m_providedBox = nullptr;
    QLineEdit* m_numberEdit = nullptr;
    QLabel* m_numberError = nullptr;
    QComboBox* m_numberCheckCombo = nullptr;
    QList<QCheckBox*> m_documentChecks;
    QLabel* m_identityError = nullptr;
    QGroupBox* m_notProvidedBox = nullptr;
    QComboBox* m_reasonCombo = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace madoguchi::ui
