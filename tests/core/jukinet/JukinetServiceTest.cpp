// SPDX-License-Identifier: GPL-3.0-or-later
// 住基ネット inquiry requests: queueing under the assessment's rule, the exported batch file, and
// result files that are imported whole or refused whole.
#include "jukinet/JukinetService.h"
#include "../mynumber/MyNumberTestSupport.h"
#include "audit/AuditLog.h"

#include <QBuffer>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::jukinet;
using mynumber::NumberCheck;
using test::MyNumberDesk;

namespace {

struct Desk : MyNumberDesk
{
    std::unique_ptr<JukinetService> jukinet;

    Desk()
    {
        jukinet = std::make_unique<JukinetService>(clerk->database(), clerk->audit(),
                                                   clerk->authorizer(), *numbers, office.clock);
    }

    // A person whose applicant did not provide the number.
    QString personWithoutNumber()
    {
        const QString person = test::insertPerson(db());
        REQUIRE(numbers->recordNotProvided(session(), person, QStringLiteral("not_brought")).ok());
        return person;
    }

    JukinetInquiry fourItems(const QString& person) const
    {
        return {person, QStringLiteral("山田 花子"), QStringLiteral("神奈川県藤沢市朝日町1番地の1"),
                QDate(1980, 4, 1), QStringLiteral("female")};
    }

    QString queue(const QString& person)
    {
        auto id = jukinet->request(session(), fourItems(person));
        INFO(id.message().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    ExportedBatch exportNow(QByteArray* file = nullptr)
    {
        QBuffer buffer;
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        auto batch = jukinet->exportBatch(session(), buffer);
        INFO(batch.message().toStdString());
        REQUIRE(batch.ok());
        if (file)
            *file = buffer.data();
        return batch.value();
    }

    Result<ImportSummary> import(const QByteArray& bytes)
    {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        return jukinet->importResults(session(), buffer);
    }

    QString stateOf(const QString& request) const
    {
        return scalar(QStringLiteral("SELECT state FROM jukinet_request WHERE id = '") + request +
                      u'\'')
            .toString();
    }

    // Everything an import could change.
    QString snapshot() const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM change_journal")).toString() + u'|' +
               scalar(QStringLiteral("SELECT group_concat(id || state || ifnull(answered_at, ''))"
                                     " FROM jukinet_request"))
                   .toString() +
               u'|' +
               scalar(QStringLiteral("SELECT group_concat(person_id || version) FROM "
                                     "person_mynumber"))
                   .toString() +
               u'|' +
               scalar(QStringLiteral("SELECT group_concat(ifnull(imported_at, '-')) FROM "
                                     "jukinet_batch"))
                   .toString();
    }
};

QByteArray resultFile(const QString& batch, const QList<QByteArray>& lines, int count = -1)
{
    QByteArray out("\xEF\xBB\xBF");
    out += "MADOGUCHI-JUKINET-RESULT\t1\t" + batch.toLatin1() + '\t' +
           QByteArray::number(count < 0 ? lines.size() : count) + "\r\n";
    out += "request_id\tresult\tmy_number\r\n";
    for (const QByteArray& line : lines)
        out += line + "\r\n";
    return out;
}

QByteArray match(const QString& request, const char* number)
{
    return request.toLatin1() + "\tmatch\t" + number;
}

QByteArray noMatch(const QString& request)
{
    return request.toLatin1() + "\tno_match\t";
}

} // namespace

TEST_CASE("Requests are refused in core unless they carry 4 items or 3 with the address",
          "[jukinet]")
{
    Desk desk;
    const QString person = desk.personWithoutNumber();
    JukinetInquiry noAddress = desk.fourItems(person);
    noAddress.address.clear();
    auto refused = desk.jukinet->request(desk.session(), noAddress);
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(refused.message().contains(QStringLiteral("must include the address")));
    JukinetInquiry twoItems = noAddress;
    twoItems.name.clear();
    CHECK(desk.jukinet->request(desk.session(), twoItems).code() == ErrorCode::InvalidInput);
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM jukinet_request")).toInt() == 0);

    // The schema refuses it too, should anything bypass the service.
    QSqlQuery bypass(desk.db());
    bypass.prepare(QStringLiteral(
        "INSERT INTO jukinet_request (id, version, person_id, items, name, birth_date, sex, "
        "state, created_at, created_by) VALUES ('x', 1, ?, 'name birth_date sex', 'n', "
        "'1980-04-01', 'female', 'queued', 't', ?)"));
    bypass.addBindValue(person);
    bypass.addBindValue(desk.session().accountId);
    CHECK_FALSE(bypass.exec());

    JukinetInquiry threeWithAddress = desk.fourItems(person);
    threeWithAddress.name.clear();
    auto accepted = desk.jukinet->request(desk.session(), threeWithAddress);
    INFO(accepted.message().toStdString());
    REQUIRE(accepted.ok());
    auto listed = desk.jukinet->requests(desk.session(), QStringLiteral("queued"));
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().items == QStringLiteral("address birth_date sex"));
    CHECK(listed->first().name.isEmpty());
    CHECK(listed->first().birthDate == QDate(1980, 4, 1));
    // One open request per person.
    CHECK(desk.jukinet->request(desk.session(), desk.fourItems(person)).code() ==
          ErrorCode::AlreadyExists);
}

TEST_CASE("Only applicants recorded as not providing the number are inquired about", "[jukinet]")
{
    Desk desk;
    const QString fresh = test::insertPerson(desk.db());
    CHECK(desk.jukinet->request(desk.session(), desk.fourItems(fresh)).code() ==
          ErrorCode::InvalidInput);
    const QString known = test::insertPerson(desk.db());
    REQUIRE(desk.numbers
                ->record(desk.session(), known, u"123456789018", NumberCheck::MyNumberCard,
                         {QStringLiteral("passport")})
                .ok());
    CHECK(desk.jukinet->request(desk.session(), desk.fourItems(known)).code() ==
          ErrorCode::AlreadyExists);
    CHECK(desk.jukinet->request(desk.session(), desk.fourItems(QStringLiteral("nobody"))).code() ==
          ErrorCode::NotFound);
    const QString person = desk.personWithoutNumber();
    JukinetInquiry tabbed = desk.fourItems(person);
    tabbed.address += QStringLiteral("\t2");
    CHECK(desk.jukinet->request(desk.session(), tabbed).code() == ErrorCode::InvalidInput);
    JukinetInquiry future = desk.fourItems(person);
    future.birthDate = QDate(2030, 1, 1);
    CHECK(desk.jukinet->request(desk.session(), future).code() == ErrorCode::InvalidInput);
    // The administrator has no person.edit.
    JukinetService adminJukinet(desk.office.admin->database(), desk.office.admin->audit(),
                                desk.office.admin->authorizer(), *desk.numbers, desk.office.clock);
    CHECK(adminJukinet.request(desk.office.admin->session(), desk.fourItems(person)).code() ==
          ErrorCode::PermissionDenied);
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM jukinet_request")).toInt() == 0);
}

TEST_CASE("Queued requests are exported as one batch file and audited", "[jukinet]")
{
    Desk desk;
    {
        QBuffer empty;
        REQUIRE(empty.open(QIODevice::WriteOnly));
        CHECK(desk.jukinet->exportBatch(desk.session(), empty).code() == ErrorCode::InvalidInput);
    }
    const QString first = desk.queue(desk.personWithoutNumber());
    JukinetInquiry three = desk.fourItems(desk.personWithoutNumber());
    three.sex.clear();
    auto second = desk.jukinet->request(desk.session(), three);
    REQUIRE(second.ok());

    QByteArray file;
    const ExportedBatch batch = desk.exportNow(&file);
    CHECK(batch.requests == 2);
    REQUIRE(file.startsWith("\xEF\xBB\xBF"));
    const QStringList rows = QString::fromUtf8(file.mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0) ==
          QStringLiteral("MADOGUCHI-JUKINET-REQUEST\t1\t") + batch.batchId + QStringLiteral("\t2"));
    CHECK(rows.at(1) == QStringLiteral("request_id\tname\taddress\tbirth_date\tsex"));
    CHECK(rows.at(2) ==
          first + QStringLiteral("\t山田 花子\t神奈川県藤沢市朝日町1番地の1\t1980-04-01\t2"));
    CHECK(rows.at(3) ==
          second.value() +
              QStringLiteral("\t山田 花子\t神奈川県藤沢市朝日町1番地の1\t1980-04-01\t"));
    CHECK(desk.stateOf(first) == QStringLiteral("exported"));
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM jukinet_request WHERE batch_id = '") +
                      batch.batchId + u'\'')
              .toInt() == 2);

    audit::AuditFilter filter;
    filter.event = QStringLiteral("export");
    auto exports = audit::AuditLog::find(desk.db(), filter);
    REQUIRE(exports.ok());
    REQUIRE(exports->size() == 1);
    CHECK(exports->first().objectType == QStringLiteral("jukinet_batch"));
    CHECK(exports->first().objectId == batch.batchId);
    CHECK(exports->first().purpose == QStringLiteral("jukinet_inquiry"));

    // Nothing is left to send.
    QBuffer again;
    REQUIRE(again.open(QIODevice::WriteOnly));
    CHECK(desk.jukinet->exportBatch(desk.session(), again).code() == ErrorCode::InvalidInput);
}

TEST_CASE("A good result file records each number with source 住基ネット照会", "[jukinet]")
{
    Desk desk;
    const QString firstPerson = desk.personWithoutNumber();
    const QString secondPerson = desk.personWithoutNumber();
    const QString first = desk.queue(firstPerson);
    const QString second = desk.queue(secondPerson);
    const ExportedBatch batch = desk.exportNow();

    // LF line ends and no BOM are read as well.
    QByteArray file = resultFile(batch.batchId, {match(first, "983205673214"), noMatch(second)});
    file = file.mid(3).replace("\r\n", "\n");
    auto summary = desk.import(file);
    INFO(summary.message().toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->answered == 1);
    CHECK(summary->noMatch == 1);
    CHECK(summary->batchId == batch.batchId);

    CHECK(desk.stateOf(first) == QStringLiteral("answered"));
    CHECK(desk.stateOf(second) == QStringLiteral("no_match"));
    auto record = desk.numbers->find(desk.session(), firstPerson);
    REQUIRE(record.ok());
    CHECK(record->provided);
    CHECK(record->source == QStringLiteral("jukinet"));
    CHECK(record->numberCheck == QStringLiteral("jukinet_inquiry"));
    CHECK(record->identityCheck.isEmpty());
    CHECK(record->masked == QStringLiteral("●●●●●●●●3214"));
    CHECK(desk.numbers->findPersonByNumber(desk.session(), u"983205673214").value() == firstPerson);
    CHECK_FALSE(desk.numbers->find(desk.session(), secondPerson)->provided);
    CHECK_FALSE(desk.scalar(QStringLiteral("SELECT imported_at FROM jukinet_batch")).isNull());
    // The journal has the sealed blob only.
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM change_journal WHERE payload LIKE "
                                     "'%983205673214%'"))
              .toInt() == 0);

    // A no_match person may be asked again.
    CHECK(desk.jukinet->request(desk.session(), desk.fourItems(secondPerson)).ok());
    // The same file again: every request was answered already.
    auto twice = desk.import(file);
    CHECK(twice.code() == ErrorCode::InvalidInput);
    CHECK(twice.message().contains(QStringLiteral("Line 3:")));
}

TEST_CASE("Malformed or mismatched result files are refused whole, naming the line", "[jukinet]")
{
    Desk desk;
    const QString a = desk.queue(desk.personWithoutNumber());
    const QString b = desk.queue(desk.personWithoutNumber());
    const QString c = desk.queue(desk.personWithoutNumber());
    const ExportedBatch batch = desk.exportNow();
    const QString later = desk.queue(desk.personWithoutNumber()); // queued, not exported
    const QString id = batch.batchId;
    const QString unknownId = QStringLiteral("01981c8e-0000-7000-8000-0000000000ff");
    const QByteArray good = match(a, "123456789018");

    struct Variant
    {
        const char* what;
        QByteArray file;
        int line;
    };
    const QList<Variant> variants = {
        {"unknown request id", resultFile(id, {good, match(unknownId, "983205673214")}), 4},
        {"too few columns", resultFile(id, {good, b.toLatin1() + "\tmatch"}), 4},
        {"too many columns", resultFile(id, {good, match(b, "983205673214") + "\tx"}), 4},
        {"bad check digit", resultFile(id, {good, match(b, "983205673215")}), 4},
        {"PMH sample", resultFile(id, {good, match(b, "210987654321")}), 4},
        {"all zeros", resultFile(id, {good, match(b, "000000000000")}), 4},
        {"11 digits", resultFile(id, {good, match(b, "98320567321")}), 4},
        {"full-width digits", resultFile(id, {good, match(b, "９８３２０５６７３２１４")}), 4},
        {"duplicate id", resultFile(id, {good, noMatch(b), match(a, "983205673214")}), 5},
        {"same number twice", resultFile(id, {good, match(b, "123456789018")}), 4},
        {"request not exported", resultFile(id, {good, noMatch(later)}), 4},
        {"truncated: fewer lines than announced", resultFile(id, {good, noMatch(b)}, 3), 5},
        {"truncated: last line cut", resultFile(id, {good, noMatch(b)}).chopped(2), 4},
        {"truncated: header only", resultFile(id, {}, 2), 3},
        {"more lines than announced", resultFile(id, {good, noMatch(b)}, 1), 4},
        {"unknown result code", resultFile(id, {good, b.toLatin1() + "\tfound\t983205673214"}), 4},
        {"no_match with a number",
         resultFile(id, {good, b.toLatin1() + "\tno_match\t983205673214"}), 4},
        {"empty line", resultFile(id, {good, QByteArray(), noMatch(b)}), 4},
        {"unknown batch", resultFile(unknownId, {good}), 1},
        {"not a result file",
         QByteArray("MADOGUCHI-JUKINET-REQUEST\t1\t") + id.toLatin1() + "\t1\r\n", 1},
        {"wrong column line",
         resultFile(id, {good}).replace("request_id\tresult\tmy_number", "id\tresult\tnumber"), 2},
        {"bad request id", resultFile(id, {good, "not-an-id\tno_match\t"}), 4},
        {"non-ASCII text", resultFile(id, {good, b.toLatin1() + "\tno_match\t該当なし"}), 4},
        {"empty file", QByteArray(), 1},
    };

    const QString before = desk.snapshot();
    for (const Variant& variant : variants) {
        INFO(variant.what);
        auto imported = desk.import(variant.file);
        INFO(imported.message().toStdString());
        CHECK(imported.code() == ErrorCode::InvalidInput);
        CHECK(imported.message().startsWith(QStringLiteral("Line %1:").arg(variant.line)));
        CHECK_FALSE(imported.message().contains(QStringLiteral("983205673214")));
        CHECK_FALSE(imported.message().contains(QStringLiteral("123456789018")));
        CHECK(desk.snapshot() == before);
    }
    CHECK(desk.stateOf(a) == QStringLiteral("exported"));
    CHECK(desk.numbers->findPersonByNumber(desk.session(), u"123456789018").code() ==
          ErrorCode::NotFound);

    // The same lines, well formed, go in.
    auto fine = desk.import(resultFile(id, {good, noMatch(b), match(c, "983205673214")}));
    INFO(fine.message().toStdString());
    CHECK(fine.ok());
}

TEST_CASE("A result for a request that was not exported is refused, and nothing changes",
          "[jukinet]")
{
    Desk desk;
    const QString exported = desk.queue(desk.personWithoutNumber());
    const ExportedBatch first = desk.exportNow();
    const QString second = desk.queue(desk.personWithoutNumber());
    const ExportedBatch secondBatch = desk.exportNow();
    const QString queued = desk.queue(desk.personWithoutNumber());
    const QString before = desk.snapshot();

    // A request of another batch under this batch's header.
    auto otherBatch = desk.import(resultFile(first.batchId, {noMatch(exported), noMatch(second)}));
    CHECK(otherBatch.code() == ErrorCode::InvalidInput);
    CHECK(otherBatch.message().startsWith(QStringLiteral("Line 4:")));
    CHECK(otherBatch.message().contains(QStringLiteral("not exported in this batch")));
    // A request still queued.
    auto notSent = desk.import(resultFile(secondBatch.batchId, {match(queued, "123456789018")}));
    CHECK(notSent.code() == ErrorCode::InvalidInput);
    CHECK(notSent.message().startsWith(QStringLiteral("Line 3:")));
    CHECK(desk.snapshot() == before);
    CHECK(desk.stateOf(queued) == QStringLiteral("queued"));
}

TEST_CASE("A result number already held by another person refuses the file", "[jukinet]")
{
    Desk desk;
    const QString holder = test::insertPerson(desk.db());
    REQUIRE(desk.numbers
                ->record(desk.session(), holder, u"123456789018", NumberCheck::MyNumberCard,
                         {QStringLiteral("passport")})
                .ok());
    const QString a = desk.queue(desk.personWithoutNumber());
    const QString b = desk.queue(desk.personWithoutNumber());
    const ExportedBatch batch = desk.exportNow();
    const QString before = desk.snapshot();
    auto refused = desk.import(resultFile(batch.batchId, {noMatch(a), match(b, "123456789018")}));
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(refused.message().startsWith(QStringLiteral("Line 4:")));
    CHECK(refused.message().contains(QStringLiteral("another person")));
    CHECK(desk.snapshot() == before);
}
