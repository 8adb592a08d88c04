// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Clock.h"

namespace madoguchi {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace madoguchi
