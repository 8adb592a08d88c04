// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditCsv.h"

namespace madoguchi::audit {

QByteArray AuditCsv::byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString AuditCsv::cell(QStringView text, bool guardFormula)
{
    QString value = text.toString();
    if (guardFormula && !value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            value.prepend(u'\'');
    }
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\r') ||
                       value.contains(u'\n');
    if (!quote)
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

QByteArray AuditCsv::row(const QStringList& cells, bool guardFormula)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += cell(cells.at(i), guardFormula);
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

} // namespace madoguchi::audit
