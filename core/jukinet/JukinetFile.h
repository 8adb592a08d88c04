// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "mynumber/MyNumber.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace madoguchi::jukinet {

/// One request line of an exported batch.
struct RequestLine
{
    QString requestId;
    QString name;    // empty: not sent
    QString address; // always sent
    QDate birthDate; // invalid: not sent
    QString sex;     // "male" | "female" | empty
};

/// One result line read back.
struct ResultLine
{
    int line = 0; // 1-based line number in the file
    QString requestId;
    bool match = false;
    mynumber::MyNumber number; // null for no_match
};

/// A result file that passed the format checks (ids are not yet matched to requests).
struct ResultFile
{
    QString batchId;
    int announced = 0;
    std::vector<ResultLine> lines;
};

/// The batch files exchanged with the 住基ネット terminal (CS端末).
///
/// No terminal interface specification was available to us (rules.md §11 asks to verify against
/// the J-LIS CS仕様), so this is our own documented format, kept simple for the operator who keys
/// the requests in and the answers back. Both files: UTF-8 with a BOM (Excel and the Windows
/// terminals open it as UTF-8; Shift_JIS cannot hold every name, e.g. 𠮷, and no requirement for
/// it was found), lines ending CRLF (LF accepted when reading), fields separated by one TAB, no
/// quoting (fields never contain TAB, CR or LF: the service refuses such values), every line ends
/// with a line break.
///
/// Request file (export):
///   line 1  MADOGUCHI-JUKINET-REQUEST <TAB> 1 <TAB> <batch id> <TAB> <number of requests>
///   line 2  request_id <TAB> name <TAB> address <TAB> birth_date <TAB> sex
///   then    one request per line; an item not sent is an empty field; birth_date yyyy-MM-dd
///           (western); sex 1 = male, 2 = female (JIS X 0303 / ISO 5218 codes).
///
/// Result file (import), ASCII only after the BOM:
///   line 1  MADOGUCHI-JUKINET-RESULT <TAB> 1 <TAB> <batch id> <TAB> <number of results>
///   line 2  request_id <TAB> result <TAB> my_number
///   then    one result per line: result "match" with the 12-digit number, or "no_match" with an
///           empty my_number (no single person matched; 住基ネット returns nothing then).
/// A batch may be answered in several result files; each request is answered once. The count in
/// line 1 detects a truncated file; so does a last line without its line break.
class JukinetFile
{
    Q_DECLARE_TR_FUNCTIONS(JukinetFile)

public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxResultFileSize = 16 * 1024 * 1024;

    static QByteArray writeRequests(const QString& batchId, const QList<RequestLine>& requests);
    /// Checks the whole file's format; InvalidInput naming the first bad line and why. The
    /// message never repeats a number.
    static Result<ResultFile> parseResults(const QByteArray& bytes);
    /// "Line N: reason", translated.
    static QString lineError(int line, const QString& reason);
};

} // namespace madoguchi::jukinet
