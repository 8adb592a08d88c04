// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QStackedWidget;

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

class PersonDetailView;
class PersonSearchPage;

/// The 宛名 page of the main window: the search, and the person opened from it (with a way
/// back to the results).
class PersonsPage : public QWidget
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the page.
    explicit PersonsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~PersonsPage() override;

    PersonSearchPage* searchPage() const { return m_search; }
    PersonDetailView* detailView() const { return m_detail; }
    bool isShowingPerson() const;

public slots:
    /// Shows a person (or, in the view, why the person cannot be shown).
    void openPerson(const QString& personId);
    void showSearch();

signals:
    /// The person's benefit ledgers should be shown (from the person's view).
    void ledgerRequested(const QString& personId);

private:
    QStackedWidget* m_stack = nullptr;
    PersonSearchPage* m_search = nullptr;
    PersonDetailView* m_detail = nullptr;
};

} // namespace madoguchi::ui
