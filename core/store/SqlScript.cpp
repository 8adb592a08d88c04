// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlScript.h"

#include <QRegularExpression>

namespace madoguchi::store {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Upper-cased bare words of a statement so far, outside quotes and comments.
QStringList wordsOf(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z_]+"));
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words << it.next().captured().toUpper();
    return words;
}

} // namespace

Result<QStringList> SqlScript::split(const QString& script)
{
    QStringList statements;
    QString current;      // the statement being collected, comments removed
    QString currentWords; // the same without quoted text, for keyword tests
    int depth = 0;        // BEGIN … END nesting inside a trigger body
    const qsizetype n = script.size();

    auto finish = [&]() {
        const QString statement = current.trimmed();
        if (!statement.isEmpty() && statement != u";")
            statements << statement;
        current.clear();
        currentWords.clear();
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            if (end < 0)
                return Error{ErrorCode::InvalidInput, tr("The SQL script has a comment that is "
                                                         "never closed.")};
            i = end + 1;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            qsizetype j = i + 1;
            for (;; ++j) {
                if (j >= n)
                    return Error{ErrorCode::InvalidInput,
                                 tr("The SQL script has a quotation that is never closed.")};
                if (script.at(j) == close) {
                    // A doubled quote is an escaped quote, except for [ ] identifiers.
                    if (close != u']' && j + 1 < n && script.at(j + 1) == close) {
                        ++j;
                        continue;
                    }
                    break;
                }
            }
            current += script.mid(i, j - i + 1);
            currentWords += u' ';
            i = j;
            continue;
        }
        current += c;
        currentWords += c;

        // Track BEGIN/END only inside CREATE TRIGGER, where ';' does not end the statement.
        if (isWordChar(c) && (i + 1 >= n || !isWordChar(script.at(i + 1)))) {
            const QStringList words = wordsOf(currentWords);
            const bool inTrigger = words.size() >= 2 && words.at(0) == u"CREATE" &&
                                   (words.contains(QStringLiteral("TRIGGER")));
            if (inTrigger) {
                const QString last = words.constLast();
                if (last == u"BEGIN" || (last == u"CASE" && depth > 0))
                    ++depth;
                else if (last == u"END" && depth > 0)
                    --depth;
            }
        }
        if (c == u';' && depth == 0)
            finish();
    }
    if (depth != 0)
        return Error{ErrorCode::InvalidInput,
                     tr("The SQL script has a trigger body that is never closed with END.")};
    finish();
    return statements;
}

} // namespace madoguchi::store
