// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/TsvTable.h"

namespace madoguchi {

Error TsvTable::lineError(const QString& label, int line, const QString& reason)
{
    return Error{ErrorCode::InvalidInput, tr("%1, line %2: %3").arg(label).arg(line).arg(reason)};
}

Result<QList<TsvTable::Row>> TsvTable::parse(const QString& text, const QString& label,
                                             const QStringList& header)
{
    QList<Row> rows;
    bool headerSeen = false;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int lineNumber = static_cast<int>(i + 1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList cells = line.split(u'\t');
        for (QString& cell : cells)
            cell = cell.trimmed();
        if (cells.size() != header.size())
            return lineError(label, lineNumber,
                             tr("expected %1 tab-separated columns, found %2")
                                 .arg(header.size())
                                 .arg(cells.size()));
        if (!headerSeen) {
            if (cells != header)
                return lineError(label, lineNumber,
                                 tr("the header row (%1) is missing").arg(header.join(u", ")));
            headerSeen = true;
            continue;
        }
        rows.append({lineNumber, cells});
    }
    return rows; // an empty table is the caller's to judge
}

} // namespace madoguchi
