// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "access/AccessLabels.h"
#include "access/LockScreen.h"
#include "admin/StaffPage.h"
#include "auditview/AuditPage.h"
#include "certificate/CertificateService.h"
#include "certificate/CertificateVerifyDialog.h"
#include "certificate/CertificatesPage.h"
#include "decision/ApproverQueuePage.h"
#include "decision/DecisionWorkbenchPage.h"
#include "decision/LedgersPage.h"
#include "intake/IntakePage.h"
#include "print/BatchPrinting.h"
#include "registry/PersonsPage.h"
#include "shell/IdleWatcher.h"
#include "shell/PlaceholderPage.h"
#include "sync/SyncEngine.h"
#include "sync/SyncPage.h"
#include "sync/SyncStatusWidget.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace madoguchi::ui {

namespace {

struct PageText
{
    QString title;
    QString description;
};

PageText pageText(MainWindow::Page page)
{
    using Page = MainWindow::Page;
    switch (page) {
    case Page::PersonSearch:
        return {MainWindow::tr("Person search"),
                MainWindow::tr("Find a person by name (kanji or kana), date of birth, address or "
                               "recipient number, and open their record.")};
    case Page::Applications:
        return {MainWindow::tr("Applications"),
                MainWindow::tr("Take in applications at the counter: the procedure, the "
                               "applicant, the checklist of attached documents, and a receipt "
                               "number.")};
    case Page::Decisions:
        return {MainWindow::tr("Review and decisions"),
                MainWindow::tr("Review applications, check eligibility and burden caps against "
                               "the rules in force, and approve decisions. The person who "
                               "drafts a decision never approves it.")};
    case Page::Ledgers:
        return {MainWindow::tr("Ledgers"),
                MainWindow::tr("The benefit ledgers: recipients, their certificates, and the "
                               "history of every benefit granted.")};
    case Page::Printing:
        return {MainWindow::tr("Certificate printing"),
                MainWindow::tr("Print recipient certificates and decision notices.")};
    case Page::Sync:
        return {MainWindow::tr("Synchronization"),
                MainWindow::tr("Send this computer's changes to the central database, receive "
                               "the changes made elsewhere, and settle conflicts that need a "
                               "person's decision.")};
    case Page::Audit:
        return {MainWindow::tr("Audit"),
                MainWindow::tr("The audit log: who viewed or changed which personal data, and "
                               "when, with a check that nobody has altered the log.")};
    case Page::Administration:
        return {MainWindow::tr("Administration"),
                MainWindow::tr("Staff accounts, roles and task scopes, passwords and second "
                               "factors, and the database's key slots and backups.")};
    }
    return {};
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, std::chrono::milliseconds idleLock,
                       QWidget* parent)
    : QMainWindow(parent), m_workspace(std::move(workspace))
{
    Q_ASSERT(m_workspace && m_workspace->isSignedIn());
    setObjectName(QStringLiteral("mainWindow"));
    // Sync runs on threads of its own (people with sync.run); stopped before the database closes.
    if (m_workspace->authorizer().allows(m_workspace->session(), QStringLiteral("sync.run")))
        m_syncEngine = new sync::SyncEngine(m_workspace->database(), m_workspace->session(),
                                            m_workspace->clock(), this);
    createPages();
    createActions();

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    if (m_syncEngine) {
        auto* syncStatus = new SyncStatusWidget(*m_syncEngine, this);
        connect(syncStatus, &SyncStatusWidget::conflictsRequested, this,
                [this] { setCurrentPage(Page::Sync); });
        statusBar()->addPermanentWidget(syncStatus);
        m_syncEngine->start();
    }

    m_idleWatcher = new IdleWatcher(idleLock, this);
    connect(m_idleWatcher, &IdleWatcher::idle, this, &MainWindow::lock);
    m_idleWatcher->start();

    retranslate();
    resize(1100, 720);
}

MainWindow::~MainWindow()
{
    endSession();
}

QStringList MainWindow::pagePermissions(Page page)
{
    switch (page) {
    case Page::PersonSearch:
        return {QStringLiteral("person.search")};
    case Page::Applications:
        return {QStringLiteral("application.intake")};
    case Page::Decisions:
        return {QStringLiteral("decision.draft"), QStringLiteral("decision.approve")};
    case Page::Ledgers:
        return {QStringLiteral("ledger.view")};
    case Page::Printing:
        return {QStringLiteral("certificate.print")};
    case Page::Sync:
        return {QStringLiteral("sync.run")};
    case Page::Audit:
        return {QStringLiteral("audit.view")};
    case Page::Administration:
        return {QStringLiteral("staff.manage")};
    }
    return {};
}

bool MainWindow::isPageAvailable(Page page) const
{
    return !m_navigationList->item(static_cast<int>(page))->isHidden();
}

QWidget* MainWindow::pageWidget(Page page) const
{
    return m_pages.value(static_cast<int>(page));
}

std::chrono::milliseconds MainWindow::idleLockTimeout() const
{
    return m_idleWatcher->timeout();
}

void MainWindow::setIdleLockTimeout(std::chrono::milliseconds timeout)
{
    m_idleWatcher->setTimeout(timeout);
}

QWidget* MainWindow::createDecisionsPage()
{
    // Drafting and approving are two people's work: each tab only for those who may do it.
    auto* tabs = new QTabWidget(m_pageStack);
    tabs->setObjectName(QStringLiteral("decisionTabs"));
    const security::Session& session = m_workspace->session();
    DecisionWorkbenchPage* workbench = nullptr;
    ApproverQueuePage* approvals = nullptr;
    if (m_workspace->authorizer().allows(session, QStringLiteral("decision.draft"))) {
        workbench = new DecisionWorkbenchPage(*m_workspace, tabs);
        tabs->addTab(workbench, tr("Review and drafting"));
    }
    if (m_workspace->authorizer().allows(session, QStringLiteral("decision.approve"))) {
        approvals = new ApproverQueuePage(*m_workspace, tabs);
        tabs->addTab(approvals, tr("Approval queue"));
    }
    if (workbench && approvals)
        connect(workbench, &DecisionWorkbenchPage::sentForApproval, approvals,
                &ApproverQueuePage::refresh);
    return tabs;
}

void MainWindow::createPages()
{
    m_navigationList = new QListWidget(this);
    m_navigationList->setObjectName(QStringLiteral("navigationList"));
    m_navigationList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigationList->setUniformItemSizes(true);
    m_navigationList->setStyleSheet(QStringLiteral(
        "QListWidget { padding: 4px; } QListWidget::item { padding: 6px; padding-left: 10px; }"));
    m_navigationList->setFixedWidth(200);
    QFont navigationFont = m_navigationList->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigationList->setFont(navigationFont);

    m_pageStack = new QStackedWidget(this);
    m_pageStack->setObjectName(QStringLiteral("pageStack"));
    const security::Session& session = m_workspace->session();
    int firstAvailable = -1;
    for (int i = 0; i < kPageCount; ++i) {
        const auto page = static_cast<Page>(i);
        bool allowed = false;
        for (const QString& permission : pagePermissions(page))
            allowed = allowed || m_workspace->authorizer().allows(session, permission);
        QWidget* widget = nullptr;
        if (allowed && page == Page::PersonSearch)
            widget = new PersonsPage(*m_workspace, m_pageStack);
        else if (allowed && page == Page::Applications)
            widget = new IntakePage(*m_workspace, m_pageStack);
        else if (allowed && page == Page::Decisions)
            widget = createDecisionsPage();
        else if (allowed && page == Page::Ledgers)
            widget = new LedgersPage(*m_workspace, m_pageStack);
        else if (allowed && page == Page::Sync)
            widget = new SyncPage(*m_workspace, m_syncEngine, m_pageStack);
        else if (allowed && page == Page::Printing)
            widget = new CertificatesPage(*m_workspace, m_pageStack);
        else if (allowed && page == Page::Audit)
            widget = new AuditPage(*m_workspace, m_pageStack);
        else if (allowed && page == Page::Administration)
            widget = new StaffPage(*m_workspace, m_pageStack);
        else
            widget = new PlaceholderPage(m_pageStack);
        m_pages.append(widget);
        m_pageStack->addWidget(widget);
        m_navigationList->addItem(QString());
        // A page the session may not use is not offered at all (the core refuses it anyway).
        m_navigationList->item(i)->setHidden(!allowed);
        if (allowed && firstAvailable < 0)
            firstAvailable = i;
    }
    connect(m_navigationList, &QListWidget::currentRowChanged, m_pageStack,
            &QStackedWidget::setCurrentIndex);
    // A person's 台帳 button opens their timeline on the ledger page.
    auto* persons = qobject_cast<PersonsPage*>(pageWidget(Page::PersonSearch));
    auto* ledgers = qobject_cast<LedgersPage*>(pageWidget(Page::Ledgers));
    if (persons && ledgers)
        connect(persons, &PersonsPage::ledgerRequested, this,
                [this, ledgers](const QString& personId) {
                    setCurrentPage(Page::Ledgers);
                    ledgers->openPerson(personId);
                });
    if (firstAvailable >= 0) {
        m_navigationList->setCurrentRow(firstAvailable);
    } else {
        // Nothing to offer (a role without pages yet): an empty area rather than a hidden page.
        auto* none =
            new QLabel(tr("Your roles give you no work areas on this computer yet."), m_pageStack);
        none->setObjectName(QStringLiteral("noPagesLabel"));
        none->setAlignment(Qt::AlignCenter);
        m_pageStack->addWidget(none);
        m_pageStack->setCurrentWidget(none);
    }

    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("workspace"));
    auto* contentLayout = new QHBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_navigationList);
    contentLayout->addWidget(m_pageStack, 1);

    SignedInUser user;
    user.login = session.login;
    user.displayName = session.displayName;
    m_lockScreen = new LockScreen(m_workspace->database().path(), user, this);
    m_lockScreen->setObjectName(QStringLiteral("lockScreen"));
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOut);

    m_centralStack = new QStackedWidget(this);
    m_centralStack->setObjectName(QStringLiteral("centralStack"));
    m_centralStack->addWidget(m_content);
    m_centralStack->addWidget(m_lockScreen);
    setCentralWidget(m_centralStack);
}

void MainWindow::createActions()
{
    m_lockAction = new QAction(this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);

    m_signOutAction = new QAction(this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Checking a certificate's code reads no personal data: anyone signed in may.
    m_verifyAction = new QAction(this);
    m_verifyAction->setObjectName(QStringLiteral("verifyCertificateAction"));
    m_verifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_verifyAction, &QAction::triggered, this, &MainWindow::openCertificateVerifier);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_verifyAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addAction(m_signOutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_mainToolBar = addToolBar(QString());
    m_mainToolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_mainToolBar->setMovable(false);
    m_mainToolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_mainToolBar->addAction(m_verifyAction);
    m_mainToolBar->addAction(m_lockAction);
    m_mainToolBar->addAction(m_signOutAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Madoguchi — Disability Support Counter"));
    for (int i = 0; i < kPageCount; ++i) {
        const PageText text = pageText(static_cast<Page>(i));
        m_navigationList->item(i)->setText(text.title);
        if (auto* placeholder = qobject_cast<PlaceholderPage*>(m_pages.at(i))) {
            placeholder->setTitle(text.title);
            placeholder->setDescription(text.description);
        }
    }
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_mainToolBar->setWindowTitle(tr("Main toolbar"));
    m_lockAction->setText(tr("&Lock"));
    // Toolbar texts without the mnemonic: Japanese menus write it as "ロック(&L)".
    m_lockAction->setIconText(tr("Lock"));
    m_lockAction->setToolTip(tr("Hide the screen until your password is typed again (%1)")
                                 .arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
    m_signOutAction->setText(tr("Sign &out"));
    m_signOutAction->setIconText(tr("Sign out"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Madoguchi"));
    m_verifyAction->setText(tr("&Verify a certificate…"));
    m_verifyAction->setIconText(tr("Verify certificate"));
    m_verifyAction->setToolTip(
        tr("Check a certificate's QR code: genuine, expired, void or altered (%1)")
            .arg(m_verifyAction->shortcut().toString(QKeySequence::NativeText)));
    m_lockScreen->retranslate();
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    if (!m_workspace || !m_workspace->isSignedIn()) {
        m_userLabel->setText(tr("Signed out"));
        m_databaseLabel->setText(tr("No database open"));
        m_databaseLabel->setToolTip(QString());
        return;
    }
    const security::Session& session = m_workspace->session();
    const QString who = session.displayName.isEmpty()
                            ? session.login
                            : tr("%1 (%2)").arg(session.displayName, session.login);
    m_userLabel->setText(tr("Signed in: %1 · %2").arg(who, AccessLabels::roles(session.roles)));
    m_userLabel->setToolTip(session.scopes.isEmpty()
                                ? QString()
                                : tr("Scopes: %1").arg(AccessLabels::scopes(session.scopes)));
    // Database::open() refuses a file that is not encrypted, so an open database is encrypted.
    const store::Database& database = m_workspace->database();
    m_databaseLabel->setText(tr("Encrypted · schema %1 · %2")
                                 .arg(database.schemaVersion())
                                 .arg(QFileInfo(database.path()).fileName()));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(database.path()));
}

int MainWindow::pageCount() const
{
    return m_pageStack->count();
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pageStack->currentIndex());
}

void MainWindow::setCurrentPage(Page page)
{
    m_navigationList->setCurrentRow(static_cast<int>(page));
}

QString MainWindow::pageTitle(Page page) const
{
    return m_navigationList->item(static_cast<int>(page))->text();
}

bool MainWindow::isLocked() const
{
    return m_centralStack->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    if (isLocked() || !m_workspace || !m_workspace->isSignedIn())
        return;
    // Dialogs of this window (a form half filled in) are hidden too, and come back on unlock.
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget == this || !widget->isVisible())
            continue;
        for (QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (parent == this) {
                m_hiddenWhileLocked.append(widget);
                widget->hide();
                break;
            }
        }
    }
    m_lockScreen->reset();
    m_centralStack->setCurrentWidget(m_lockScreen);
    m_lockAction->setEnabled(false);
    m_aboutAction->setEnabled(false);
    m_verifyAction->setEnabled(false);
    m_idleWatcher->stop();
    if (Status recorded = m_workspace->recordLock(); !recorded)
        statusBar()->showMessage(recorded.message());
}

void MainWindow::unlock()
{
    m_centralStack->setCurrentWidget(m_content);
    m_lockAction->setEnabled(true);
    m_aboutAction->setEnabled(true);
    m_verifyAction->setEnabled(true);
    m_navigationList->setFocus();
    for (const QPointer<QWidget>& widget : std::as_const(m_hiddenWhileLocked)) {
        if (widget)
            widget->show();
    }
    m_hiddenWhileLocked.clear();
    if (m_workspace) {
        if (Status recorded = m_workspace->recordUnlock(); !recorded)
            statusBar()->showMessage(recorded.message());
    }
    m_idleWatcher->start();
}

void MainWindow::signOut()
{
    if (m_signingOut)
        return;
    m_signingOut = true;
    // Nothing of the session stays on screen, and the pages lose their workspace.
    m_centralStack->setCurrentWidget(m_lockScreen);
    m_pageStack->setEnabled(false);
    setEnabled(false);
    endSession();
    updateStatusBar();
    emit signOutRequested();
}

void MainWindow::endSession()
{
    if (!m_workspace)
        return;
    // Batch prints run on workers with connections of their own: they end before it closes.
    for (BatchPrinting* batch : findChildren<BatchPrinting*>())
        batch->stop();
    m_idleWatcher->stop();
    if (m_syncEngine)
        m_syncEngine->stop(); // a running sync ends first; its connections close
    // Audits the sign-out, seals the log, closes the database and wipes its keys.
    (void)m_workspace->signOut();
    m_workspace.reset();
}

CertificateVerifyDialog* MainWindow::openCertificateVerifier()
{
    if (!m_workspace || !m_workspace->isSignedIn() || isLocked())
        return nullptr;
    auto* dialog = new CertificateVerifyDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The verifier knows what this computer's certificate table says (void, replaced).
    dialog->setStatusLookup(std::make_shared<certificate::LocalCertificateStatus>(
        m_workspace->database().connection()));
    dialog->show();
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Madoguchi"),
        tr("<h3>Madoguchi %1</h3>"
           "<p>The counter client of the disability support division: applications, "
           "decisions, benefit ledgers and recipient certificates.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(MADOGUCHI_VERSION)));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    event->accept();
    if (!m_signingOut) {
        endSession();
        emit closed();
    }
}

} // namespace madoguchi::ui
