// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"

#include <QMutex>
#include <QString>

namespace madoguchi::store {

/// Generates UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then a 12-bit counter that keeps ids
/// from one generator strictly increasing within a millisecond, then 62 random bits. Ids sort by
/// creation time, which keeps B-tree inserts local.
class Uuid7Generator
{
public:
    explicit Uuid7Generator(const Clock& clock = Clock::system()) : m_clock(clock) {}

    /// Lower-case canonical text form, 36 characters.
    QString next();

    /// The shared generator on the system clock.
    static Uuid7Generator& instance();
    /// True for a well-formed UUIDv7 text.
    static bool isUuid7(const QString& text);

private:
    const Clock& m_clock;
    QMutex m_mutex;
    qint64 m_lastMs = -1;
    quint16 m_counter = 0;
};

/// Shorthand for Uuid7Generator::instance().next().
QString newUuid7();

} // namespace madoguchi::store
