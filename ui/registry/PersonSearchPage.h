// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::registry {
class PersonRegistry;
}

namespace madoguchi::ui {

class PersonRegistrationDialog;
class PersonSearchModel;

/// 宛名検索: one box (kana in any form, kanji name, 宛名番号, date of birth in 和暦 or western,
/// phone), results as you type. Enter or a double click opens the person; "Register…"
/// (person.edit) registers a new one, warning about possible duplicates first.
class PersonSearchPage : public QWidget
{
    Q_OBJECT

public:
    /// The pause after the last keystroke before searching.
    static constexpr int kDebounceMs = 150;
    static constexpr int kResultLimit = 100;

    /// workspace must be signed in and outlive the page.
    explicit PersonSearchPage(Workspace& workspace, QWidget* parent = nullptr);
    ~PersonSearchPage() override;

    PersonSearchModel* model() const { return m_model; }
    QString searchText() const;
    void setSearchText(const QString& text);
    /// Below the table: how many were found, or why nothing was.
    QString messageText() const;

public slots:
    /// Searches for the box's text now (the debounce timer calls this).
    void searchNow();
    /// Opens the registration dialog (window-modal) and returns it; a registered or chosen
    /// person is then opened.
    PersonRegistrationDialog* openRegistration();
    /// Opens the person of the current row.
    void openCurrent();

signals:
    /// Show this person (the host switches to its detail view).
    void personOpened(const QString& personId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    Workspace& m_workspace;
    std::unique_ptr<registry::PersonRegistry> m_registry;
    PersonSearchModel* m_model = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QPushButton* m_registerButton = nullptr;
    QPushButton* m_duplicatesButton = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_messageLabel = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace madoguchi::ui
