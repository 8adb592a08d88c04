// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfToUnicode.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace madoguchi::documents {

namespace {

struct Shift
{
    qsizetype at;    // offset in the original file from which the delta applies
    qsizetype delta; // bytes added (or removed) there
};

qsizetype shifted(qsizetype offset, const QList<Shift>& shifts)
{
    qsizetype result = offset;
    for (const Shift& shift : shifts) {
        if (shift.at <= offset)
            result += shift.delta;
    }
    return result;
}

QByteArray surrogateHex(char32_t code)
{
    const char16_t high = char16_t(0xD800 + ((code - 0x10000) >> 10));
    const char16_t low = char16_t(0xDC00 + ((code - 0x10000) & 0x3FF));
    return QByteArray::number(uint(high), 16).toUpper().rightJustified(4, '0') +
           QByteArray::number(uint(low), 16).toUpper().rightJustified(4, '0');
}

/// The CMap text with alias destinations replaced; single entries and arrays only (a linear
/// range <a> <b> <dst> with a != b is left alone: its meaning depends on consecutive codes).
QByteArray rewriteCMap(const QByteArray& cmap, const QHash<quint16, char32_t>& aliases)
{
    static const QRegularExpression line(
        QStringLiteral("^<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})> (.*)$"));
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    QList<QByteArray> lines = cmap.split('\n');
    bool changed = false;
    for (QByteArray& text : lines) {
        const QString string = QString::fromLatin1(text);
        const QRegularExpressionMatch match = line.match(string);
        if (!match.hasMatch())
            continue;
        const QString destination = match.captured(3);
        const bool array = destination.startsWith(u'[');
        if (!array && match.captured(1).compare(match.captured(2), Qt::CaseInsensitive) != 0)
            continue;
        QString rewritten;
        qsizetype last = 0;
        bool lineChanged = false;
        QRegularExpressionMatchIterator it = token.globalMatch(destination);
        while (it.hasNext()) {
            const QRegularExpressionMatch hex = it.next();
            const auto alias = aliases.constFind(quint16(hex.captured(1).toUInt(nullptr, 16)));
            if (alias == aliases.constEnd())
                continue;
            rewritten += destination.mid(last, hex.capturedStart(0) - last);
            rewritten += u'<' + QString::fromLatin1(surrogateHex(*alias)) + u'>';
            last = hex.capturedEnd(0);
            lineChanged = true;
        }
        if (!lineChanged)
            continue;
        rewritten += destination.mid(last);
        text = (string.left(match.capturedStart(3)) + rewritten).toLatin1();
        changed = true;
    }
    return changed ? lines.join('\n') : cmap;
}

} // namespace

QByteArray restoreSupplementaryCharacters(const QByteArray& pdf,
                                          const QHash<quint16, char32_t>& aliases)
{
    if (aliases.isEmpty())
        return pdf;
    static const QByteArray kMarker = QByteArrayLiteral("stream\n/CIDInit /ProcSet findresource");
    static const QByteArray kLength = QByteArrayLiteral("/Length ");
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    if (xref < 0)
        return pdf;

    QByteArray out;
    out.reserve(pdf.size() + 4096);
    QList<Shift> shifts;
    qsizetype copied = 0;
    qsizetype pos = 0;
    while (true) {
        const qsizetype marker = pdf.indexOf(kMarker, pos);
        if (marker < 0 || marker > xref)
            break;
        pos = marker + 1;
        const qsizetype streamStart = marker + 7; // after "stream\n"
        const qsizetype lengthAt = pdf.lastIndexOf(kLength, marker);
        if (lengthAt < copied || marker - lengthAt > 40)
            continue;
        const qsizetype digitsAt = lengthAt + kLength.size();
        qsizetype digitsEnd = digitsAt;
        while (digitsEnd < marker && pdf.at(digitsEnd) >= '0' && pdf.at(digitsEnd) <= '9')
            ++digitsEnd;
        bool ok = false;
        const qsizetype length = pdf.mid(digitsAt, digitsEnd - digitsAt).toLongLong(&ok);
        if (!ok || length <= 0 || streamStart + length > xref)
            continue;
        const QByteArray cmap = pdf.mid(streamStart, length);
        const QByteArray rewritten = rewriteCMap(cmap, aliases);
        if (rewritten == cmap)
            continue;
        const QByteArray newLength = QByteArray::number(rewritten.size());
        out += pdf.mid(copied, digitsAt - copied);
        out += newLength;
        out += pdf.mid(digitsEnd, streamStart - digitsEnd);
        out += rewritten;
        shifts << Shift{digitsEnd, newLength.size() - (digitsEnd - digitsAt)}
               << Shift{streamStart + length, rewritten.size() - length};
        copied = streamStart + length;
        pos = copied;
    }
    if (shifts.isEmpty())
        return pdf;
    out += pdf.mid(copied, xref + 1 - copied);

    // The xref table: "xref\n0 N\n" then N entries of 20 bytes "oooooooooo ggggg n \n".
    const qsizetype tableAt = xref + 1;
    const qsizetype headerEnd = pdf.indexOf('\n', tableAt + 5);
    if (headerEnd < 0)
        return pdf;
    const QList<QByteArray> header = pdf.mid(tableAt + 5, headerEnd - tableAt - 5).split(' ');
    bool countOk = false;
    const qsizetype count = header.size() == 2 ? header.at(1).toLongLong(&countOk) : 0;
    if (!countOk || header.at(0) != "0" || headerEnd + 1 + count * 20 > pdf.size())
        return pdf;
    out += pdf.mid(tableAt, headerEnd + 1 - tableAt);
    for (qsizetype i = 0; i < count; ++i) {
        QByteArray entry = pdf.mid(headerEnd + 1 + i * 20, 20);
        if (entry.size() != 20 || entry.at(10) != ' ')
            return pdf;
        if (entry.at(17) == 'n') {
            bool offsetOk = false;
            const qsizetype offset = entry.left(10).toLongLong(&offsetOk);
            if (!offsetOk)
                return pdf;
            entry.replace(
                0, 10,
                QByteArray::number(qlonglong(shifted(offset, shifts))).rightJustified(10, '0'));
        }
        out += entry;
    }
    const qsizetype rest = headerEnd + 1 + count * 20;
    const qsizetype startxref = pdf.indexOf("startxref\n", rest);
    if (startxref < 0)
        return pdf;
    out += pdf.mid(rest, startxref + 10 - rest);
    out += QByteArray::number(qlonglong(shifted(tableAt, shifts)));
    qsizetype after = startxref + 10;
    while (after < pdf.size() && pdf.at(after) >= '0' && pdf.at(after) <= '9')
        ++after;
    out += pdf.mid(after);
    return out;
}

} // namespace madoguchi::documents
