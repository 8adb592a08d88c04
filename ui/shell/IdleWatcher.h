// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <chrono>

class QTimer;

namespace madoguchi::ui {

/// Says when nobody has used the keyboard or mouse for a while. An application-wide event filter
/// restarts the countdown on every key press, mouse button, mouse move, wheel or touch.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~IdleWatcher() override;

    std::chrono::milliseconds timeout() const;
    void setTimeout(std::chrono::milliseconds timeout);
    /// Counting (start) or not (stop, e.g. while already locked).
    void start();
    void stop();
    bool isActive() const;

signals:
    /// timeout() passed without input. Emitted once; start() counts again.
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer = nullptr;
};

} // namespace madoguchi::ui
