// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace madoguchi::ui {

IdleWatcher::IdleWatcher(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(timeout);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication* application = QCoreApplication::instance())
        application->removeEventFilter(this);
}

std::chrono::milliseconds IdleWatcher::timeout() const
{
    return m_timer->intervalAsDuration();
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer->setInterval(timeout);
    if (m_timer->isActive())
        m_timer->start();
}

void IdleWatcher::start()
{
    m_timer->start();
}

void IdleWatcher::stop()
{
    m_timer->stop();
}

bool IdleWatcher::isActive() const
{
    return m_timer->isActive();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        if (m_timer->isActive())
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace madoguchi::ui
