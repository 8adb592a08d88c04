// SPDX-License-Identifier: GPL-3.0-or-later
#include "jukinet/JukinetFile.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <sodium.h>

namespace madoguchi::jukinet {

namespace {

const char kBom[] = "\xEF\xBB\xBF";
const QByteArray kRequestMagic = QByteArrayLiteral("MADOGUCHI-JUKINET-REQUEST");
const QByteArray kResultMagic = QByteArrayLiteral("MADOGUCHI-JUKINET-RESULT");
const QByteArray kResultColumns = QByteArrayLiteral("request_id\tresult\tmy_number");

QString cleanField(const QString& value)
{
    QString out = value;
    out.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
    return out.trimmed();
}

bool isId(const QByteArray& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"));
    return pattern.match(QString::fromLatin1(text)).hasMatch();
}

bool isCount(const QByteArray& text)
{
    if (text.isEmpty() || text.size() > 7)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Lines of a result file carry My Numbers: wipe the copies when done with them.
struct WipeOnExit
{
    QByteArray& line;
    QList<QByteArray>& fields;
    ~WipeOnExit()
    {
        sodium_memzero(line.data(), std::size_t(line.size()));
        for (QByteArray& field : fields)
            sodium_memzero(field.data(), std::size_t(field.size()));
    }
};

} // namespace

QString JukinetFile::lineError(int line, const QString& reason)
{
    return tr("Line %1: %2 The file was not imported; nothing was changed.").arg(line).arg(reason);
}

QByteArray JukinetFile::writeRequests(const QString& batchId, const QList<RequestLine>& requests)
{
    QByteArray out(kBom);
    out += kRequestMagic + '\t' + QByteArray::number(kVersion) + '\t' + batchId.toLatin1() + '\t' +
           QByteArray::number(requests.size()) + "\r\n";
    out += "request_id\tname\taddress\tbirth_date\tsex\r\n";
    for (const RequestLine& request : requests) {
        QByteArray sex;
        if (request.sex == u"male")
            sex = "1";
        else if (request.sex == u"female")
            sex = "2";
        out += request.requestId.toLatin1() + '\t' + cleanField(request.name).toUtf8() + '\t' +
               cleanField(request.address).toUtf8() + '\t' +
               (request.birthDate.isValid() ? request.birthDate.toString(Qt::ISODate).toLatin1()
                                            : QByteArray()) +
               '\t' + sex + "\r\n";
    }
    return out;
}

Result<ResultFile> JukinetFile::parseResults(const QByteArray& bytes)
{
    auto fail = [](int line, const QString& reason) {
        return Error{ErrorCode::InvalidInput, lineError(line, reason)};
    };
    if (bytes.size() > kMaxResultFileSize)
        return Error{ErrorCode::InvalidInput,
                     tr("The result file is larger than %1 MiB; it is not a result file.")
                         .arg(kMaxResultFileSize / (1024 * 1024))};
    qsizetype at = bytes.startsWith(kBom) ? 3 : 0;
    if (at >= bytes.size())
        return fail(1, tr("The file is empty."));

    ResultFile file;
    QHash<QString, int> seen; // request id → line
    int lineNumber = 0;
    while (at < bytes.size()) {
        ++lineNumber;
        const qsizetype end = bytes.indexOf('\n', at);
        if (end < 0)
            return fail(lineNumber, tr("The file ends in the middle of this line: it is "
                                       "truncated."));
        qsizetype stop = end;
        if (stop > at && bytes.at(stop - 1) == '\r')
            --stop;
        QByteArray line = bytes.mid(at, stop - at);
        QList<QByteArray> fields;
        const WipeOnExit wipe{line, fields};
        at = end + 1;
        for (const char c : line) {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x80 || (u < 0x20 && c != '\t') || u == 0x7f)
                return fail(lineNumber, tr("The line holds a character that a result file "
                                           "never contains."));
        }
        fields = line.split('\t');
        if (lineNumber == 1) {
            if (fields.size() != 4 || fields.at(0) != kResultMagic)
                return fail(1, tr("This is not a 住基ネット result file for Madoguchi (the first "
                                  "line must start with %1).")
                                   .arg(QString::fromLatin1(kResultMagic)));
            if (fields.at(1) != QByteArray::number(kVersion))
                return fail(1, tr("The file format version is not %1.").arg(kVersion));
            if (!isId(fields.at(2)))
                return fail(1, tr("The batch id is not valid."));
            if (!isCount(fields.at(3)))
                return fail(1, tr("The number of results is not a number."));
            file.batchId = QString::fromLatin1(fields.at(2));
            file.announced = fields.at(3).toInt();
            continue;
        }
        if (lineNumber == 2) {
            if (line != kResultColumns)
                return fail(2, tr("The column line must be: request_id, result, my_number "
                                  "(separated by tabs)."));
            continue;
        }
        if (line.isEmpty())
            return fail(lineNumber, tr("The line is empty."));
        if (fields.size() != 3)
            return fail(lineNumber,
                        tr("Expected 3 fields separated by tabs, found %1.").arg(fields.size()));
        if (!isId(fields.at(0)))
            return fail(lineNumber, tr("The request id is not valid."));
        const QString requestId = QString::fromLatin1(fields.at(0));
        if (const auto previous = seen.constFind(requestId); previous != seen.constEnd())
            return fail(lineNumber, tr("The request %1 was already answered on line %2.")
                                        .arg(requestId)
                                        .arg(previous.value()));
        seen.insert(requestId, lineNumber);
        ResultLine result;
        result.line = lineNumber;
        result.requestId = requestId;
        if (fields.at(1) == "match") {
            const QByteArray& digits = fields.at(2);
            if (digits.size() != mynumber::MyNumber::kLength)
                return fail(lineNumber, tr("A match must carry a 12-digit My Number."));
            auto secret =
                security::SecureBuffer::copyOf(digits.constData(), std::size_t(digits.size()));
            auto number = mynumber::MyNumber::fromDigits(secret);
            if (!number)
                return fail(lineNumber, number.message());
            result.match = true;
            result.number = std::move(number).value();
        } else if (fields.at(1) == "no_match") {
            if (!fields.at(2).isEmpty())
                return fail(lineNumber, tr("A no_match result must not carry a number."));
        } else {
            return fail(lineNumber, tr("The result must be match or no_match."));
        }
        file.lines.push_back(std::move(result));
    }
    if (lineNumber < 2)
        return fail(lineNumber + 1, tr("The column line is missing: the file is truncated."));
    if (int(file.lines.size()) < file.announced)
        return fail(lineNumber + 1,
                    tr("The file ends after %1 of the %2 results its first line announces: it is "
                       "truncated.")
                        .arg(file.lines.size())
                        .arg(file.announced));
    if (int(file.lines.size()) > file.announced)
        return fail(lineNumber, tr("The file holds %1 results, more than the %2 its first line "
                                   "announces.")
                                    .arg(file.lines.size())
                                    .arg(file.announced));
    if (file.lines.empty())
        return fail(3, tr("The file holds no results."));
    return file;
}

} // namespace madoguchi::jukinet
