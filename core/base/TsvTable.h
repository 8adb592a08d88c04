// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi {

/// Reads the tab-separated data tables in resources/ (rule tables, the era table, the permission
/// matrix): blank lines and lines starting with '#' are skipped, cells are trimmed, the first row
/// must be the header, and every row has the header's number of cells. Each error names the table
/// and the line, in one form: "<label>, line N: <reason>".
class TsvTable
{
    Q_DECLARE_TR_FUNCTIONS(TsvTable)

public:
    struct Row
    {
        int line = 0; // 1-based line number in the text
        QStringList cells;
    };

    /// The data rows (header excluded; none for a text of only comments). label is the table's
    /// translated name for messages.
    static Result<QList<Row>> parse(const QString& text, const QString& label,
                                    const QStringList& header);
    /// An error about one line of the table, for the caller's own checks of a row.
    static Error lineError(const QString& label, int line, const QString& reason);
};

} // namespace madoguchi
