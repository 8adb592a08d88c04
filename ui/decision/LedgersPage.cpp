// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision/LedgersPage.h"

#include "decision/LedgerFilePage.h"
#include "decision/LedgerTimelineView.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

LedgersPage::LedgersPage(Workspace& workspace, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ledgersPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("ledgerTabs"));
    m_tabs->setDocumentMode(true);
    m_file = new LedgerFilePage(workspace, m_tabs);
    m_timeline = new LedgerTimelineView(workspace, m_tabs);
    m_tabs->addTab(m_file, QString());
    m_tabs->addTab(m_timeline, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_file, &LedgerFilePage::timelineRequested, this, &LedgersPage::openTimeline);
    retranslate();
}

LedgersPage::~LedgersPage() = default;

void LedgersPage::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_file), tr("Ledger file"));
    m_tabs->setTabText(m_tabs->indexOf(m_timeline), tr("Person's timeline"));
}

void LedgersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool LedgersPage::isShowingTimeline() const
{
    return m_tabs->currentWidget() == m_timeline;
}

void LedgersPage::openTimeline(const QString& personId, security::Scope ledger)
{
    m_tabs->setCurrentWidget(m_timeline);
    m_timeline->showPerson(personId, ledger);
}

void LedgersPage::openPerson(const QString& personId)
{
    openTimeline(personId, m_timeline->ledger());
}

void LedgersPage::showFile()
{
    m_tabs->setCurrentWidget(m_file);
}

} // namespace madoguchi::ui
