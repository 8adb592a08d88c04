// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace madoguchi::bench {

/// Milliseconds since timer was started, with microsecond resolution.
double elapsedMs(const QElapsedTimer& timer);
/// CPU time (user + system) this thread has used, in milliseconds. Less sensitive than wall time
/// to other processes on a busy machine.
double threadCpuMs();
/// The median of values (the mean of the middle two for an even count); 0 when empty.
double median(QList<double> values);
/// "1234.5" — milliseconds with one decimal, right-aligned to width.
QString ms(double value, int width = 8);
/// Writes one line to standard output and flushes it (progress stays visible when piped).
void printLine(const QString& line);
/// Writes one line to standard error.
void printError(const QString& line);
/// True when a shared object whose file name contains fragment is mapped into this process.
bool isLibraryMapped(QStringView fragment);

} // namespace madoguchi::bench
