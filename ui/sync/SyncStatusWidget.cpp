// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncStatusWidget.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace madoguchi::ui {

namespace {

// Times are shown in Japan time, like every date of the counter.
QString japanTime(const QDateTime& utc)
{
    return utc.toOffsetFromUtc(9 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

SyncStatusWidget::SyncStatusWidget(sync::SyncEngine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine)
{
    setObjectName(QStringLiteral("syncStatus"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("syncStateLabel"));
    m_lastSyncLabel = new QLabel(this);
    m_lastSyncLabel->setObjectName(QStringLiteral("syncLastLabel"));
    m_waitingLabel = new QLabel(this);
    m_waitingLabel->setObjectName(QStringLiteral("syncWaitingLabel"));
    m_conflictsButton = new QToolButton(this);
    m_conflictsButton->setObjectName(QStringLiteral("syncConflictsButton"));
    m_conflictsButton->setAutoRaise(true);
    connect(m_conflictsButton, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setFixedWidth(180);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("syncErrorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->setMaximumWidth(360);
    m_errorLabel->hide();
    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("syncWarningLabel"));
    m_warningLabel->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_warningLabel->hide();

    m_syncNowAction = new QAction(this);
    m_syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    connect(m_syncNowAction, &QAction::triggered, &m_engine, &sync::SyncEngine::syncNow);
    m_syncNowButton = new QToolButton(this);
    m_syncNowButton->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNowButton->setDefaultAction(m_syncNowAction);

    layout->addWidget(m_stateLabel);
    layout->addWidget(m_lastSyncLabel);
    layout->addWidget(m_waitingLabel);
    layout->addWidget(m_conflictsButton);
    layout->addWidget(m_progress);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_syncNowButton);

    connect(&m_engine, &sync::SyncEngine::statusChanged, this, &SyncStatusWidget::showStatus);
    connect(&m_engine, &sync::SyncEngine::progress, this, &SyncStatusWidget::showProgress);
    connect(&m_engine, &sync::SyncEngine::receivedChanged, this, &SyncStatusWidget::showReceived);
    retranslate();
}

void SyncStatusWidget::showStatus(const sync::SyncEngineStatus& status)
{
    Q_UNUSED(status)
    retranslate();
}

void SyncStatusWidget::showProgress(qint64 sent, qint64 toSend, bool receiving)
{
    if (receiving && !m_receiving)
        m_received = 0;
    m_receiving = receiving;
    if (receiving) {
        // How much is to be received is not known ahead: a busy bar with the count so far.
        m_progress->setRange(0, 0);
        m_progress->setFormat(m_received > 0 ? tr("Receiving: %n change(s)", nullptr,
                                                  int(std::min<qint64>(m_received, INT_MAX)))
                                             : tr("Receiving…"));
    } else {
        m_progress->setRange(0, int(std::min<qint64>(toSend, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(sent, INT_MAX)));
        m_progress->setFormat(tr("Sending %1 of %2").arg(sent).arg(toSend));
    }
    m_progress->setVisible(m_engine.status().running);
    // What is still waiting, as it is sent.
    m_waitingLabel->setText(tr("Waiting to send: %n change(s)", nullptr,
                               int(std::min<qint64>(std::max<qint64>(toSend - sent, 0), INT_MAX))));
}

void SyncStatusWidget::showReceived(qint64 received)
{
    m_received = received;
    m_receiving = true;
    m_progress->setRange(0, 0);
    m_progress->setFormat(
        tr("Receiving: %n change(s)", nullptr, int(std::min<qint64>(received, INT_MAX))));
    m_progress->setVisible(m_engine.status().running);
    if (m_engine.status().running)
        m_stateLabel->setText(tr("● Syncing: %n change(s) received", nullptr,
                                 int(std::min<qint64>(received, INT_MAX))));
}

void SyncStatusWidget::retranslate()
{
    const sync::SyncEngineStatus& status = m_engine.status();
    if (!status.known)
        m_stateLabel->setText(tr("Sync: starting"));
    else if (!status.enrolled)
        m_stateLabel->setText(tr("Sync: this computer is not enrolled"));
    else if (status.running && m_receiving && m_received > 0)
        // A busy bar shows no text: the count goes beside it.
        m_stateLabel->setText(tr("● Syncing: %n change(s) received", nullptr,
                                 int(std::min<qint64>(m_received, INT_MAX))));
    else if (status.running)
        m_stateLabel->setText(tr("● Syncing"));
    else if (!status.online.has_value())
        m_stateLabel->setText(tr("○ Not connected yet"));
    else if (*status.online)
        m_stateLabel->setText(tr("● Online"));
    else
        m_stateLabel->setText(tr("○ Offline"));
    m_stateLabel->setStyleSheet(status.online.has_value() && !*status.online
                                    ? QStringLiteral("color: #b00020;")
                                    : QString());

    const bool enrolled = status.known && status.enrolled;
    m_lastSyncLabel->setVisible(enrolled);
    m_waitingLabel->setVisible(enrolled);
    m_conflictsButton->setVisible(enrolled);
    m_lastSyncLabel->setText(status.lastSync.isValid()
                                 ? tr("Last sync: %1").arg(japanTime(status.lastSync))
                                 : tr("Last sync: never"));
    m_waitingLabel->setText(tr("Waiting to send: %n change(s)", nullptr,
                               int(std::min<qint64>(status.waitingChanges, INT_MAX))));
    m_conflictsButton->setText(
        tr("Conflicts: %n", nullptr, int(std::min<qint64>(status.openConflicts, INT_MAX))));
    m_conflictsButton->setStyleSheet(status.openConflicts > 0
                                         ? QStringLiteral("color: #b00020; font-weight: bold;")
                                         : QString());
    m_conflictsButton->setToolTip(tr("Show the conflicts that need a person's decision"));

    m_errorLabel->setVisible(!status.error.isEmpty());
    m_errorLabel->setToolTip(status.error);
    m_errorLabel->setText(
        fontMetrics().elidedText(status.error, Qt::ElideRight, m_errorLabel->maximumWidth()));
    m_warningLabel->setVisible(!status.warnings.isEmpty() && status.error.isEmpty());
    m_warningLabel->setText(
        tr("⚠ %n warning(s) from the last sync", nullptr, int(status.warnings.size())));
    m_warningLabel->setToolTip(status.warnings.join(u'\n'));
    if (!status.running) {
        m_progress->hide();
        m_receiving = false;
        m_received = 0;
    } else if (m_progress->isHidden()) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Starting…"));
        m_progress->show();
    }

    m_syncNowAction->setText(tr("Sync now"));
    m_syncNowAction->setToolTip(
        tr("Send this computer's changes and receive the changes made elsewhere now"));
    m_syncNowAction->setEnabled(enrolled && !status.running && m_engine.isStarted());
}

QString SyncStatusWidget::stateText() const
{
    return m_stateLabel->text();
}
QString SyncStatusWidget::lastSyncText() const
{
    return m_lastSyncLabel->text();
}
QString SyncStatusWidget::waitingText() const
{
    return m_waitingLabel->text();
}
QString SyncStatusWidget::conflictsText() const
{
    return m_conflictsButton->text();
}
QString SyncStatusWidget::errorText() const
{
    return m_errorLabel->toolTip();
}
QString SyncStatusWidget::warningText() const
{
    return m_warningLabel->isHidden() ? QString() : m_warningLabel->text();
}
QString SyncStatusWidget::warningDetails() const
{
    return m_warningLabel->isHidden() ? QString() : m_warningLabel->toolTip();
}
QString SyncStatusWidget::progressText() const
{
    return m_progress->format();
}
bool SyncStatusWidget::isProgressVisible() const
{
    return !m_progress->isHidden();
}
int SyncStatusWidget::progressValue() const
{
    return m_progress->value();
}
int SyncStatusWidget::progressMaximum() const
{
    return m_progress->maximum();
}

void SyncStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace madoguchi::ui
