// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Uuid7.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace madoguchi;
using store::Uuid7Generator;

TEST_CASE("UUIDv7 carries the clock's milliseconds, version 7 and the RFC variant", "[uuid7]")
{
    const QDateTime instant(QDate(2025, 7, 18), QTime(9, 30, 0, 123), Qt::UTC);
    FixedClock clock(instant);
    Uuid7Generator generator(clock);
    const QString id = generator.next();
    CHECK(Uuid7Generator::isUuid7(id));
    const qint64 ms = QStringView(id).left(8).toLongLong(nullptr, 16) << 16 |
                      QStringView(id).mid(9, 4).toLongLong(nullptr, 16);
    CHECK(ms == instant.toMSecsSinceEpoch());
    CHECK_FALSE(Uuid7Generator::isUuid7(QStringLiteral("00000000-0000-4000-8000-000000000000")));
}

TEST_CASE("UUIDv7 ids from one generator are unique and strictly increasing", "[uuid7]")
{
    FixedClock clock(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    Uuid7Generator generator(clock);
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 10000; ++i) {
        if (i % 1000 == 0)
            clock.advanceMs(1);
        if (i == 5000)
            clock.advanceMs(-50); // a clock that steps back must not reorder ids
        const QString id = generator.next();
        REQUIRE(Uuid7Generator::isUuid7(id));
        REQUIRE(id > previous);
        seen.insert(id);
        previous = id;
    }
    CHECK(seen.size() == 10000);
}
