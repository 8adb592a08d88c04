// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/PersonsPage.h"

#include "registry/PersonDetailView.h"
#include "registry/PersonSearchPage.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

PersonsPage::PersonsPage(Workspace& workspace, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("personsPage"));
    m_stack = new QStackedWidget(this);
    m_search = new PersonSearchPage(workspace, m_stack);
    m_detail = new PersonDetailView(workspace, m_stack);
    m_stack->addWidget(m_search);
    m_stack->addWidget(m_detail);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_search, &PersonSearchPage::personOpened, this, &PersonsPage::openPerson);
    connect(m_detail, &PersonDetailView::backRequested, this, &PersonsPage::showSearch);
    connect(m_detail, &PersonDetailView::ledgerRequested, this, &PersonsPage::ledgerRequested);
    setFocusProxy(m_search);
}

PersonsPage::~PersonsPage() = default;

bool PersonsPage::isShowingPerson() const
{
    return m_stack->currentWidget() == m_detail;
}

void PersonsPage::openPerson(const QString& personId)
{
    // The view shows the reason itself when the person cannot be read.
    (void)m_detail->showPerson(personId);
    m_stack->setCurrentWidget(m_detail);
}

void PersonsPage::showSearch()
{
    m_stack->setCurrentWidget(m_search);
    m_search->setFocus();
}

} // namespace madoguchi::ui
