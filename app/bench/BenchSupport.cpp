// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>

namespace madoguchi::bench {

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1.0e6;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1.0e3 + static_cast<double>(now.tv_nsec) / 1.0e6;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2.0;
}

QString ms(double value, int width)
{
    return QString::number(value, 'f', 1).rightJustified(width);
}

void printLine(const QString& line)
{
    static QTextStream out(stdout);
    out << line << Qt::endl;
}

void printError(const QString& line)
{
    static QTextStream err(stderr);
    err << line << Qt::endl;
}

bool isLibraryMapped(QStringView fragment)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const QString text = QString::fromLocal8Bit(maps.readAll());
    return text.contains(fragment);
}

} // namespace madoguchi::bench
