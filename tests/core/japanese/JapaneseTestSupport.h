// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <catch2/catch.hpp>

namespace Catch {
/// Readable QStrings and QDates in failure messages.
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& date)
    {
        return date.isValid() ? date.toString(Qt::ISODate).toStdString() : "(invalid date)";
    }
};
} // namespace Catch
