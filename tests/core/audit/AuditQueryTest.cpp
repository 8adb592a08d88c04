// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor's view of the log: filters and CSV export.
#include "AuditTestSupport.h"

#include "audit/AuditCsv.h"

#include <QBuffer>

using namespace madoguchi;
using audit::AuditEvent;
using audit::AuditFilter;
using audit::AuditLog;
using audit::EventType;
using audit::Outcome;

namespace {

QList<qint64> seqs(const Result<QList<audit::AuditRecord>>& records)
{
    REQUIRE(records.ok());
    QList<qint64> out;
    for (const auto& record : records.value())
        out << record.seq;
    return out;
}

// A minimal RFC 4180 reader for checking the export: rows of cells.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

TEST_CASE("find() filters by account, object id, event and date range, newest first",
          "[audit][query]")
{
    test::AuditStore s;
    auto log = s.log();
    const QString personA = QStringLiteral("0198a1b2-3c4d-7e5f-8a6b-00000000000a");
    const QString personB = QStringLiteral("0198a1b2-3c4d-7e5f-8a6b-00000000000b");
    const auto add = [&](const QDate& day, const QString& account, EventType type,
                         const QString& person) {
        s.clock().set(QDateTime(day, QTime(23, 59, 59, 999), Qt::UTC));
        REQUIRE(log.append(AuditEvent::of(type, Outcome::Success, account, QStringLiteral("person"),
                                          person))
                    .ok());
    };
    add(QDate(2025, 7, 1), QStringLiteral("clerk1"), EventType::PersonView, personA); // 1
    add(QDate(2025, 7, 2), QStringLiteral("clerk2"), EventType::PersonView, personB); // 2
    add(QDate(2025, 7, 3), QStringLiteral("clerk1"), EventType::Print, personB);      // 3
    add(QDate(2025, 7, 4), QStringLiteral("clerk1"), EventType::PersonView, personA); // 4
    add(QDate(2025, 7, 5), QStringLiteral("clerk2"), EventType::Export, personA);     // 5

    CHECK(seqs(AuditLog::find(s.db(), {})) == QList<qint64>{5, 4, 3, 2, 1});
    AuditFilter filter;
    filter.account = QStringLiteral("clerk1");
    CHECK(seqs(AuditLog::find(s.db(), filter)) == QList<qint64>{4, 3, 1});
    filter.objectId = personA;
    CHECK(seqs(AuditLog::find(s.db(), filter)) == QList<qint64>{4, 1});
    filter = {};
    filter.event = QStringLiteral("person.view");
    CHECK(seqs(AuditLog::find(s.db(), filter)) == QList<qint64>{4, 2, 1});
    filter = {};
    filter.from = QDate(2025, 7, 2);
    filter.to = QDate(2025, 7, 4); // inclusive: 23:59:59.999 on the 4th is in
    CHECK(seqs(AuditLog::find(s.db(), filter)) == QList<qint64>{4, 3, 2});
    filter.limit = 2;
    CHECK(seqs(AuditLog::find(s.db(), filter)) == QList<qint64>{4, 3});
    filter = {};
    filter.from = QDate(2025, 7, 6);
    CHECK(seqs(AuditLog::find(s.db(), filter)).isEmpty());
    filter = {};
    filter.objectId = QStringLiteral("' OR 1=1 --");
    CHECK(seqs(AuditLog::find(s.db(), filter)).isEmpty());
}

TEST_CASE("CSV export: BOM, header, RFC 4180 quoting, Japanese text, oldest first",
          "[audit][query][csv]")
{
    test::AuditStore s;
    auto log = s.log();
    const QString tricky = QStringLiteral("窓口で本人確認, \"再発行\" のため\n二行目");
    REQUIRE(log.append(AuditEvent::of(EventType::MyNumberReveal, Outcome::Success,
                                      QStringLiteral("clerk1"), QStringLiteral("person"),
                                      QStringLiteral("p-1"), tricky))
                .ok());
    REQUIRE(log.append(AuditEvent::of(EventType::PermissionDenied, Outcome::Denied,
                                      QStringLiteral("clerk2"), QStringLiteral("person"),
                                      QStringLiteral("p-2"), QStringLiteral("=HYPERLINK(1)")))
                .ok());
    REQUIRE(
        log.append(AuditEvent::of(EventType::SignOut, Outcome::Success, QStringLiteral("clerk2")))
            .ok());

    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    AuditFilter nobody;
    nobody.account = QStringLiteral("x");
    const Status none = AuditLog::exportCsv(s.db(), nobody, buffer);
    REQUIRE(none.ok());
    CHECK(buffer.data() ==
          QByteArray("\xEF\xBB\xBF"
                     "seq,recorded_at,device,account,event,object_type,object_id,purpose,"
                     "outcome,hash\r\n"));

    QBuffer all;
    REQUIRE(all.open(QIODevice::WriteOnly));
    REQUIRE(AuditLog::exportCsv(s.db(), {}, all).ok());
    const QByteArray bytes = all.data();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\"窓口で本人確認, \"\"再発行\"\" のため\n二行目\""));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].join(u',') == QStringLiteral("seq,recorded_at,device,account,event,"
                                               "object_type,object_id,purpose,outcome,hash"));
    for (const QStringList& row : rows)
        CHECK(row.size() == 10);
    const auto records = AuditLog::find(s.db(), {});
    REQUIRE(records.ok());
    CHECK(rows[1][0] == QStringLiteral("1"));
    CHECK(rows[1][1] == QStringLiteral("2025-07-18T09:30:00.000Z"));
    CHECK(rows[1][2] == s.device().id());
    CHECK(rows[1][3] == QStringLiteral("clerk1"));
    CHECK(rows[1][4] == QStringLiteral("mynumber.reveal"));
    CHECK(rows[1][7] == tricky);
    CHECK(rows[1][9] == QString::fromLatin1(records->at(2).hash.toHex()));
    CHECK(rows[2][7] == QStringLiteral("'=HYPERLINK(1)")); // not a formula in a spreadsheet
    CHECK(rows[2][8] == QStringLiteral("denied"));
    CHECK(rows[3][4] == QStringLiteral("sign_out"));
    CHECK(rows[3][5].isEmpty());

    QBuffer closed;
    CHECK(AuditLog::exportCsv(s.db(), {}, closed).code() == ErrorCode::Io);
}

TEST_CASE("CSV cells are quoted only when needed and formulas are defused", "[audit][csv]")
{
    using audit::AuditCsv;
    CHECK(AuditCsv::cell(u"plain") == QStringLiteral("plain"));
    CHECK(AuditCsv::cell(u"") == QString());
    CHECK(AuditCsv::cell(u"a,b") == QStringLiteral("\"a,b\""));
    CHECK(AuditCsv::cell(u"say \"hi\"") == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(AuditCsv::cell(u"one\r\ntwo") == QStringLiteral("\"one\r\ntwo\""));
    CHECK(AuditCsv::cell(u"障害福祉課") == QStringLiteral("障害福祉課"));
    CHECK(AuditCsv::cell(u"=1+1") == QStringLiteral("'=1+1"));
    CHECK(AuditCsv::cell(u"@SUM(A1)") == QStringLiteral("'@SUM(A1)"));
    CHECK(AuditCsv::cell(u"-2,3") == QStringLiteral("\"'-2,3\""));
    CHECK(AuditCsv::cell(u"=1", false) == QStringLiteral("=1"));
    CHECK(AuditCsv::row({QStringLiteral("a"), QStringLiteral("b,c"), QString()}) ==
          QByteArray("a,\"b,c\",\r\n"));
    CHECK(AuditCsv::byteOrderMark() == QByteArray("\xEF\xBB\xBF"));
}
