// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/Person.h"

#include <QDialog>
#include <QList>

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::registry {
class PersonRegistry;
}

namespace madoguchi::ui {

class WarekiDateEdit;

/// Registers a person (person.edit): names in kanji and kana, date of birth (和暦), sex, first
/// address and phone. When the registry finds possible duplicates (same kana and date of birth,
/// or same My Number), nothing is saved: the candidates are listed and the clerk either opens
/// one of them or confirms that this is someone else ("Register anyway").
/// Enter moves to the next field; only the buttons register.
class PersonRegistrationDialog : public QDialog
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the dialog.
    explicit PersonRegistrationDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~PersonRegistrationDialog() override;

    /// What the fields hold.
    registry::PersonDraft draft() const;
    /// The new person's id once registered.
    QString registeredPersonId() const { return m_registeredId; }
    /// The existing record the clerk chose instead of registering.
    QString existingPersonId() const { return m_existingId; }
    bool isShowingDuplicates() const;
    QList<registry::DuplicateCandidate> duplicates() const { return m_duplicates; }
    QString messageText() const;

public slots:
    /// Registers, unless possible duplicates are found: then lists them and asks.
    void submit();
    /// The clerk checked the candidates: registers anyway.
    void registerAnyway();
    /// Chooses the selected candidate instead of registering.
    void openExisting();

signals:
    void personRegistered(const QString& personId);
    void existingPersonChosen(const QString& personId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void save(bool confirmedNotDuplicate);
    void showDuplicates(const QList<registry::DuplicateCandidate>& candidates);
    void hideDuplicates();
    void showMessage(const QString& text);

    Workspace& m_workspace;
    std::unique_ptr<registry::PersonRegistry> m_registry;
    QLineEdit* m_familyNameEdit = nullptr;
    QLineEdit* m_givenNameEdit = nullptr;
    QLineEdit* m_familyKanaEdit = nullptr;
    QLineEdit* m_givenKanaEdit = nullptr;
    WarekiDateEdit* m_birthDateEdit = nullptr;
    QComboBox* m_sexCombo = nullptr;
    QLineEdit* m_postalCodeEdit = nullptr;
    QLineEdit* m_addressEdit = nullptr;
    QLineEdit* m_phoneEdit = nullptr;
    QGroupBox* m_duplicatesBox = nullptr;
    QLabel* m_duplicatesLabel = nullptr;
    QTableWidget* m_duplicatesTable = nullptr;
    QPushButton* m_openExistingButton = nullptr;
    QPushButton* m_registerAnywayButton = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_registerButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QList<registry::DuplicateCandidate> m_duplicates;
    QString m_registeredId;
    QString m_existingId;
};

} // namespace madoguchi::ui
