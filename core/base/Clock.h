// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace madoguchi {

/// The source of "now" for everything that depends on time, so tests can fix the instant.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    /// Today's date in Japan (JST, UTC+9, no daylight saving), whatever the machine's zone:
    /// 受付日, ages and validity dates are Japanese calendar days.
    QDate todayInJapan() const { return nowUtc().toOffsetFromUtc(9 * 3600).date(); }

    /// The real clock.
    static const Clock& system();
};

/// A clock that says what it is told (tests).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace madoguchi
