// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncPage.h"

#include "sync/ConflictDialog.h"
#include "sync/SyncEngine.h"
#include "sync/SyncPackage.h"
#include "sync/ThreadServices.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <functional>
#include <memory>

namespace madoguchi::ui {

SyncPage::SyncPage(Workspace& workspace, sync::SyncEngine* engine, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_engine(engine)
{
    setObjectName(QStringLiteral("syncPage"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Synchronization"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* intro =
        new QLabel(tr("Changes made on this computer that were not applied, because another "
                      "device changed the same record first. Open each one and "
                      "decide which version is right."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("conflictSummary"));
    layout->addWidget(m_summaryLabel);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("conflictList"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Received"), tr("Record"), tr("Your change"), tr("Differing fields")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int column = 0; column < 3; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openConflict(row); });
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_openButton = new QPushButton(tr("Open the conflict…"), this);
    m_openButton->setObjectName(QStringLiteral("openConflictButton"));
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { openConflict(m_table->currentRow()); });
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    if (m_engine) {
        m_syncButton = new QPushButton(tr("Sync now"), this);
        m_syncButton->setObjectName(QStringLiteral("syncNowPageButton"));
        connect(m_syncButton, &QPushButton::clicked, m_engine, &sync::SyncEngine::syncNow);
        connect(m_engine, &sync::SyncEngine::syncFinished, this, &SyncPage::refresh);
        buttons->addWidget(m_syncButton);
    }
    layout->addLayout(buttons);

    // Sync by file, for sites without any network.
    auto* fileBox = new QHBoxLayout;
    m_exportButton = new QPushButton(tr("Write a sync file…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportPackageButton"));
    m_exportButton->setToolTip(tr("Without a network: write the changes of this computer to a "
                                  "file (for example on a USB stick) to be read at the office."));
    connect(m_exportButton, &QPushButton::clicked, this, &SyncPage::exportPackage);
    m_importButton = new QPushButton(tr("Read a reply file…"), this);
    m_importButton->setObjectName(QStringLiteral("importReplyButton"));
    m_importButton->setToolTip(tr("Read the reply that the office wrote for this computer's "
                                  "sync file."));
    connect(m_importButton, &QPushButton::clicked, this, &SyncPage::importReply);
    fileBox->addWidget(new QLabel(tr("Without a network:"), this));
    fileBox->addWidget(m_exportButton);
    fileBox->addWidget(m_importButton);
    fileBox->addStretch(1);
    layout->addLayout(fileBox);
    m_fileStatus = new QLabel(this);
    m_fileStatus->setObjectName(QStringLiteral("syncFileStatus"));
    m_fileStatus->setWordWrap(true);
    layout->addWidget(m_fileStatus);
    refresh();
}

void SyncPage::exportPackage()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Write a sync file"),
        QDir::home().filePath(QStringLiteral("madoguchi-sync.mdgsync")),
        tr("Sync files (*.mdgsync)"));
    if (!path.isEmpty())
        exportPackageTo(path);
}

void SyncPage::importReply()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Read a reply file"), QDir::homePath(),
                                     tr("Reply files (*.mdgreply);;All files (*)"));
    if (!path.isEmpty())
        importReplyFrom(path);
}

namespace {

// Runs work on a thread of its own with its own connection (a reply may hold 200,000 changes)
// while this page waits greyed out with a busy cursor; the event loop keeps the window drawn.
template <typename T>
Result<T> offGuiThread(QWidget* page, Workspace& workspace,
                       const std::function<Result<T>(sync::SyncPackage&)>& work)
{
    Result<T> result = Error{ErrorCode::Internal, {}};
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto services = sync::ThreadServices::open(workspace.database(), workspace.clock());
        if (!services) {
            result = services.error();
            return;
        }
        sync::SyncPackage packages(*services.value()->database, *services.value()->audit,
                                   *services.value()->authorizer, workspace.clock());
        result = work(packages);
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    page->setEnabled(false);
    thread->start();
    loop.exec();
    thread->wait();
    page->setEnabled(true);
    QGuiApplication::restoreOverrideCursor();
    return result;
}

} // namespace

bool SyncPage::exportPackageTo(const QString& path)
{
    const security::Session session = m_workspace.session();
    auto written =
        offGuiThread<sync::PackageSummary>(this, m_workspace, [&](sync::SyncPackage& packages) {
            return packages.writePackage(session, path);
        });
    if (!written) {
        m_fileStatus->setText(tr("The sync file was not written: %1").arg(written.message()));
        return false;
    }
    m_fileStatus->setText(tr("Wrote sync file %1 with %n change(s). Take it to the office; the "
                             "changes count as sent once the office's reply has been read here.",
                             nullptr, written->changes)
                              .arg(written->packageSeq));
    return true;
}

bool SyncPage::importReplyFrom(const QString& path)
{
    const security::Session session = m_workspace.session();
    auto read =
        offGuiThread<sync::PackageSummary>(this, m_workspace, [&](sync::SyncPackage& packages) {
            return packages.readReply(session, path);
        });
    if (!read) {
        m_fileStatus->setText(tr("The reply file was not read: %1").arg(read.message()));
        return false;
    }
    QString text = tr("Read the office's reply: %1 change(s) confirmed as sent, %2 received, %3 "
                      "conflict(s) to resolve.")
                       .arg(read->acknowledged)
                       .arg(read->changes)
                       .arg(read->conflicts);
    for (const QString& problem : std::as_const(read->blockProblems))
        text += u'\n' + problem;
    m_fileStatus->setText(text);
    refresh();
    if (m_engine)
        m_engine->refreshStatus();
    return true;
}

void SyncPage::refresh()
{
    sync::ConflictQueue queue(m_workspace.database().connection(), m_workspace.audit(),
                              m_workspace.authorizer(), m_workspace.clock());
    auto listed = queue.list(m_workspace.session());
    m_conflicts = listed ? listed.value() : QList<sync::Conflict>();
    m_summaryLabel->setText(
        listed ? tr("%n conflict(s) waiting for a decision.", nullptr, int(m_conflicts.size()))
               : listed.message());
    m_table->setRowCount(int(m_conflicts.size()));
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const sync::Conflict& conflict = m_conflicts.at(row);
        const QDateTime received = QDateTime::fromString(conflict.receivedAt, Qt::ISODateWithMs);
        QStringList fields;
        for (const QString& column : conflict.differingColumns())
            if (!sync::ConflictQueue::isDerived(column))
                fields << sync::ConflictQueue::fieldLabel(conflict.entity, column);
        const QString what = conflict.operation == u"delete"   ? tr("Deleted")
                             : conflict.operation == u"insert" ? tr("Created")
                                                               : tr("Changed");
        const QStringList texts{
            received.toOffsetFromUtc(9 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            sync::ConflictQueue::entityLabel(conflict.entity), what, fields.join(tr(", "))};
        for (int column = 0; column < texts.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
    }
    m_openButton->setEnabled(!m_conflicts.isEmpty());
    if (!m_conflicts.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
}

bool SyncPage::openConflict(int row)
{
    if (row < 0 || row >= m_conflicts.size())
        return false;
    ConflictDialog dialog(m_workspace, m_conflicts.at(row), this);
    const bool resolved = dialog.exec() == QDialog::Accepted;
    refresh();
    if (resolved && m_engine)
        m_engine->refreshStatus();
    return resolved;
}

} // namespace madoguchi::ui
