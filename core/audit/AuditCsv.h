// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

namespace madoguchi::audit {

/// RFC 4180 CSV for office spreadsheets: UTF-8, CRLF line ends, a byte order mark first so
/// Excel in a Japanese office reads UTF-8 rather than Shift_JIS.
class AuditCsv
{
public:
    /// EF BB BF.
    static QByteArray byteOrderMark();
    /// One cell: quoted when it holds a comma, quote, CR or LF (quotes doubled). With
    /// guardFormula, a cell starting with = + - @ (or tab, CR) gets a leading apostrophe so a
    /// spreadsheet shows it as text instead of running it.
    static QString cell(QStringView text, bool guardFormula = true);
    /// One record: cells joined by commas, ending in CRLF, as UTF-8.
    static QByteArray row(const QStringList& cells, bool guardFormula = true);
};

} // namespace madoguchi::audit
