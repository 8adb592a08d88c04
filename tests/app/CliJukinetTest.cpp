// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli: merges of two records, "My Number not provided" and 住基ネット inquiries.
#include "CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::clitest;

namespace {

// rules.md §8: a valid example and one with its check digit changed.
constexpr char kValidNumber[] = "123456789018";
constexpr char kOtherValidNumber[] = "983205673214";
constexpr char kWrongCheckDigit[] = "123456789019";

/// A counter clerk in the welfare_service ledger. Each test signs one account in at most twice
/// (see Fixture::code()), so tests that need more sign-ins add more clerks.
security::NewStaffAccount counterClerk(const char* login)
{
    return {QString::fromLatin1(login), str(kClerkName), {Role::Clerk}, {Scope::WelfareService}};
}

Run runAs(Fixture& f, const char* login, const QStringList& rest)
{
    const QString account = QString::fromLatin1(login);
    const QByteArray password =
        account == u"admin" ? QByteArray(kPassword) : QByteArray(kStaffPassword);
    QStringList arguments{QStringLiteral("--db"), f.path, QStringLiteral("--user"), account};
    arguments << rest;
    return cli(arguments, {.password = password, .code = f.code(account)});
}

QStringList words(std::initializer_list<QString> list)
{
    return QStringList(list);
}

QJsonObject jsonOf(const Run& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

struct Added
{
    QString id;
    QString atenaNumber;
};

/// Registers a fictional person with person add --json; each one has other kana.
Added addPerson(Fixture& f, const QTemporaryDir& dir, const char* login, const char* givenKana,
                const char* birthDate = "S55.4.1")
{
    const QString path = dir.filePath(QString::fromLatin1(givenKana) + QStringLiteral(".json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(QJsonObject{{QStringLiteral("family_name"), str("架空")},
                                  {QStringLiteral("given_name"), str("花子")},
                                  {QStringLiteral("family_kana"), str("かくう")},
                                  {QStringLiteral("given_kana"), str(givenKana)},
                                  {QStringLiteral("birth_date"), str(birthDate)},
                                  {QStringLiteral("sex"), QStringLiteral("female")},
                                  {QStringLiteral("postal_code"), QStringLiteral("000-0001")},
                                  {QStringLiteral("address"), str("窓口市本町1-1")}})
            .toJson());
    file.close();
    const Run run = runAs(
        f, login,
        words({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--json"), path}));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject result = jsonOf(run);
    return {result[QStringLiteral("person_id")].toString(),
            result[QStringLiteral("atena_number")].toString()};
}

QString queryOne(const Fixture& f, const QString& sql, const QVariantList& values = {})
{
    auto db = store::Database::open(f.path, QStringLiteral("admin"), test::secret(kPassword));
    REQUIRE(db.ok());
    QSqlQuery query(db.value()->connection());
    REQUIRE(query.prepare(sql));
    for (const QVariant& value : values)
        query.addBindValue(value);
    REQUIRE(query.exec());
    return query.next() ? query.value(0).toString() : QStringLiteral("<no row>");
}

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

/// A result file as JukinetFile.h documents it: BOM, CRLF, tabs.
QByteArray resultFile(const QString& batchId, const QList<QByteArray>& lines)
{
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += "MADOGUCHI-JUKINET-RESULT\t1\t" + batchId.toLatin1() + '\t' +
             QByteArray::number(lines.size()) + "\r\n";
    bytes += "request_id\tresult\tmy_number\r\n";
    for (const QByteArray& line : lines)
        bytes += line + "\r\n";
    return bytes;
}

/// The batch file lines (BOM removed), split into fields.
QList<QStringList> readBatch(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    REQUIRE(bytes.endsWith("\r\n"));
    bytes.remove(0, 3);
    // Every line ends with CRLF, the last one too.
    REQUIRE(bytes.count('\n') == bytes.count("\r\n"));
    bytes.chop(2);
    QList<QStringList> lines;
    for (const QByteArray& line : bytes.split('\n'))
        lines << QString::fromUtf8(line.endsWith('\r') ? line.chopped(1) : line).split(u'\t');
    return lines;
}

/// Queues an inquiry for person (not provided is recorded first) and returns its id.
QString queueRequest(Fixture& f, const char* notProvidedBy, const char* requestBy,
                     const Added& person)
{
    const Run notProvided = runAs(f, notProvidedBy,
                                  words({QStringLiteral("mynumber"), QStringLiteral("not-provided"),
                                         QStringLiteral("--person"), person.id,
                                         QStringLiteral("--reason"), QStringLiteral("declined")}));
    INFO(notProvided.err.toStdString());
    REQUIRE(notProvided.exitCode == 0);
    const Run request =
        runAs(f, requestBy,
              words({QStringLiteral("jukinet"), QStringLiteral("request"),
                     QStringLiteral("--person"), person.atenaNumber, QStringLiteral("--items"),
                     QStringLiteral("name,address,birth_date,sex"), QStringLiteral("--json")}));
    INFO(request.err.toStdString());
    REQUIRE(request.exitCode == 0);
    const QJsonObject result = jsonOf(request);
    CHECK(result[QStringLiteral("person_id")].toString() == person.id);
    CHECK(result[QStringLiteral("items")].toString() ==
          QStringLiteral("name address birth_date sex"));
    return result[QStringLiteral("request_id")].toString();
}

} // namespace

TEST_CASE(
    "cli: person merge joins two records as administrator, and a clerk is refused with exit 3",
    "[cli][person][merge]")
{
    Fixture f;
    f.addStaff({counterClerk("clerk1"), counterClerk("clerk2")});
    QTemporaryDir dir;
    const Added survivor = addPerson(f, dir, "clerk1", "はなこ");
    const Added merged = addPerson(f, dir, "clerk1", "はな", "S55.4.2");

    const Run refused =
        runAs(f, "clerk2",
              words({QStringLiteral("person"), QStringLiteral("merge"), survivor.id, merged.id}));
    CHECK(refused.exitCode == 3);
    requireOneLineError(refused);
    CHECK(
        queryOne(f, QStringLiteral("SELECT count(*) FROM person WHERE merged_into IS NOT NULL")) ==
        QStringLiteral("0"));

    // The survivor by 宛名番号, the merged record by id.
    const Run run = runAs(f, "admin",
                          words({QStringLiteral("person"), QStringLiteral("merge"),
                                 survivor.atenaNumber, merged.id}));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.count(u'\n') == 1);
    CHECK(run.out.contains(survivor.id));
    CHECK(run.out.contains(merged.id));
    CHECK(queryOne(f, QStringLiteral("SELECT merged_into FROM person WHERE id = ?"), {merged.id}) ==
          survivor.id);
    CHECK(queryOne(f, QStringLiteral("SELECT merged_into IS NULL FROM person WHERE id = ?"),
                   {survivor.id}) == QStringLiteral("1"));

    // An unknown record: exit 2, nothing more changes.
    const Run unknown = runAs(f, "admin",
                              words({QStringLiteral("person"), QStringLiteral("merge"), survivor.id,
                                     QStringLiteral("9999999999")}));
    CHECK(unknown.exitCode == 2);
    requireOneLineError(unknown);
    CHECK(unknown.err.contains(QStringLiteral("MERGED")));
    CHECK(
        queryOne(f, QStringLiteral("SELECT count(*) FROM person WHERE merged_into IS NOT NULL")) ==
        QStringLiteral("1"));
}

TEST_CASE("cli: jukinet request refuses three items without the address and fewer, exit 2",
          "[cli][jukinet]")
{
    Fixture f;
    f.addStaff({counterClerk("clerk1")});
    QTemporaryDir dir;
    const Added person = addPerson(f, dir, "clerk1", "はなこ");
    const Run notProvided = runAs(f, "clerk1",
                                  words({QStringLiteral("mynumber"), QStringLiteral("not-provided"),
                                         QStringLiteral("--person"), person.id,
                                         QStringLiteral("--reason"), QStringLiteral("unable")}));
    REQUIRE(notProvided.exitCode == 0);

    // Checked before signing in: no code is given, none is needed.
    const auto request = [&](const char* items) {
        return cli({QStringLiteral("--db"), f.path, QStringLiteral("--user"),
                    QStringLiteral("clerk1"), QStringLiteral("jukinet"), QStringLiteral("request"),
                    QStringLiteral("--person"), person.id, QStringLiteral("--items"),
                    QString::fromLatin1(items)},
                   {.password = kStaffPassword});
    };
    const Run withoutAddress = request("name,birth_date,sex");
    CHECK(withoutAddress.exitCode == 2);
    requireOneLineError(withoutAddress);
    CHECK(withoutAddress.err.contains(QStringLiteral("must include the address")));

    const Run two = request("name,address");
    CHECK(two.exitCode == 2);
    requireOneLineError(two);
    CHECK(two.err.contains(QStringLiteral("three items that include the address")));

    const Run unknownItem = request("name,address,birth_date,phone");
    CHECK(unknownItem.exitCode == 2);
    requireOneLineError(unknownItem);
    CHECK(unknownItem.err.contains(QStringLiteral("name, address, birth_date, sex")));

    CHECK(queryOne(f, QStringLiteral("SELECT count(*) FROM jukinet_request")) ==
          QStringLiteral("0"));
}

TEST_CASE("cli: jukinet request, export and import record a My Number from 住基ネット",
          "[cli][jukinet]")
{
    Fixture f;
    f.addStaff({counterClerk("clerk1"), counterClerk("clerk2"), counterClerk("clerk3"),
                counterClerk("clerk4")});
    QTemporaryDir dir;
    const Added person = addPerson(f, dir, "clerk1", "はなこ");

    // 住基ネット is asked only after the applicant could not provide the number.
    const Run early = runAs(f, "clerk2",
                            words({QStringLiteral("jukinet"), QStringLiteral("request"),
                                   QStringLiteral("--person"), person.id, QStringLiteral("--items"),
                                   QStringLiteral("name,address,birth_date,sex")}));
    CHECK(early.exitCode == 2);
    requireOneLineError(early);
    CHECK(early.err.contains(QStringLiteral("did not provide")));

    const QString requestId = queueRequest(f, "clerk1", "clerk2", person);
    REQUIRE_FALSE(requestId.isEmpty());

    const QString batchPath = dir.filePath(QStringLiteral("batch.tsv"));
    const Run exported =
        runAs(f, "clerk3",
              words({QStringLiteral("jukinet"), QStringLiteral("export"), QStringLiteral("--file"),
                     batchPath, QStringLiteral("--json")}));
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QString batchId = jsonOf(exported)[QStringLiteral("batch_id")].toString();
    CHECK(jsonOf(exported)[QStringLiteral("requests")].toInt() == 1);
    CHECK(QFile(batchPath).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QList<QStringList> batch = readBatch(batchPath);
    REQUIRE(batch.size() == 3);
    CHECK(batch.at(0) == QStringList{QStringLiteral("MADOGUCHI-JUKINET-REQUEST"),
                                     QStringLiteral("1"), batchId, QStringLiteral("1")});
    // The registered 4情報: 住民票 name, current address, western birth date, sex 2 = female.
    CHECK(batch.at(2) == QStringList{requestId, str("架空\u3000花子"), str("窓口市本町1-1"),
                                     QStringLiteral("1980-04-01"), QStringLiteral("2")});

    // A second export has nothing to send and writes no file.
    const QString emptyPath = dir.filePath(QStringLiteral("empty.tsv"));
    const Run nothing = runAs(f, "clerk3",
                              words({QStringLiteral("jukinet"), QStringLiteral("export"),
                                     QStringLiteral("--file"), emptyPath}));
    CHECK(nothing.exitCode == 2);
    requireOneLineError(nothing);
    CHECK_FALSE(QFile::exists(emptyPath));

    const QString resultPath =
        writeFile(dir, "result.tsv",
                  resultFile(batchId, {requestId.toLatin1() + "\tmatch\t" + kValidNumber}));
    const Run imported = runAs(f, "clerk4",
                               words({QStringLiteral("jukinet"), QStringLiteral("import"),
                                      QStringLiteral("--file"), resultPath}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.count(u'\n') == 1);
    CHECK(imported.out.contains(plural(QStringLiteral("1 My Number(s) recorded"))));
    CHECK_FALSE(imported.out.contains(QString::fromLatin1(kValidNumber)));

    CHECK(queryOne(f, QStringLiteral("SELECT source FROM person_mynumber WHERE person_id = ?"),
                   {person.id}) == QStringLiteral("jukinet"));
    CHECK(queryOne(f, QStringLiteral("SELECT last4 FROM person_mynumber WHERE person_id = ?"),
                   {person.id}) == QStringLiteral("9018"));

    const Run listed =
        runAs(f, "clerk4",
              words({QStringLiteral("jukinet"), QStringLiteral("list"), QStringLiteral("--state"),
                     QStringLiteral("answered"), QStringLiteral("--json")}));
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0)[QStringLiteral("request_id")].toString() == requestId);
    CHECK(rows.at(0)[QStringLiteral("batch_id")].toString() == batchId);
    CHECK(rows.at(0)[QStringLiteral("state")].toString() == QStringLiteral("answered"));
}

TEST_CASE("cli: jukinet import refuses a result file with one bad line whole, naming the line",
          "[cli][jukinet]")
{
    Fixture f;
    f.addStaff({counterClerk("clerk1"), counterClerk("clerk2"), counterClerk("clerk3"),
                counterClerk("clerk4"), counterClerk("clerk5")});
    QTemporaryDir dir;
    const Added first = addPerson(f, dir, "clerk1", "はなこ");
    const Added second = addPerson(f, dir, "clerk1", "はな", "S55.4.2");
    const QString firstRequest = queueRequest(f, "clerk2", "clerk3", first);
    const QString secondRequest = queueRequest(f, "clerk2", "clerk3", second);

    const QString batchPath = dir.filePath(QStringLiteral("batch.tsv"));
    const Run exported =
        runAs(f, "clerk4",
              words({QStringLiteral("jukinet"), QStringLiteral("export"), QStringLiteral("--file"),
                     batchPath, QStringLiteral("--json")}));
    REQUIRE(exported.exitCode == 0);
    const QString batchId = jsonOf(exported)[QStringLiteral("batch_id")].toString();
    CHECK(readBatch(batchPath).size() == 4);

    // Line 3 is good; line 4 carries a number whose check digit is wrong.
    const QString badDigit =
        writeFile(dir, "bad-digit.tsv",
                  resultFile(batchId, {firstRequest.toLatin1() + "\tmatch\t" + kValidNumber,
                                       secondRequest.toLatin1() + "\tmatch\t" + kWrongCheckDigit}));
    const Run refused = runAs(f, "clerk4",
                              words({QStringLiteral("jukinet"), QStringLiteral("import"),
                                     QStringLiteral("--file"), badDigit}));
    CHECK(refused.exitCode == 2);
    requireOneLineError(refused);
    CHECK(refused.err.contains(QStringLiteral("Line 4:")));
    CHECK(refused.err.contains(QStringLiteral("nothing was changed")));
    CHECK_FALSE(refused.err.contains(QString::fromLatin1(kValidNumber)));
    CHECK_FALSE(refused.err.contains(QString::fromLatin1(kWrongCheckDigit)));

    // Well-formed, but line 3 answers a request that is not in this batch.
    const QString mismatched =
        writeFile(dir, "mismatched.tsv",
                  resultFile(batchId, {firstRequest.toLatin1() + "\tmatch\t" + kValidNumber,
                                       QByteArray("01900000-0000-7000-8000-000000000000\tmatch\t") +
                                           kOtherValidNumber}));
    const Run wrongRequest = runAs(f, "clerk5",
                                   words({QStringLiteral("jukinet"), QStringLiteral("import"),
                                          QStringLiteral("--file"), mismatched}));
    CHECK(wrongRequest.exitCode == 2);
    requireOneLineError(wrongRequest);
    CHECK(wrongRequest.err.contains(QStringLiteral("Line 4:")));

    // Nothing of either file was imported.
    CHECK(queryOne(
              f, QStringLiteral("SELECT count(*) FROM person_mynumber WHERE sealed IS NOT NULL")) ==
          QStringLiteral("0"));
    CHECK(queryOne(
              f, QStringLiteral("SELECT count(*) FROM jukinet_request WHERE state = 'exported'")) ==
          QStringLiteral("2"));
}

TEST_CASE("cli: mynumber not-provided and jukinet list and export check their options before "
          "signing in",
          "[cli][jukinet]")
{
    Fixture f;
    QTemporaryDir dir;
    const auto run = [&](const QStringList& rest) {
        QStringList arguments{QStringLiteral("--db"), f.path, QStringLiteral("--user"),
                              QStringLiteral("admin")};
        return cli(arguments << rest);
    };
    const Run reason =
        run({QStringLiteral("mynumber"), QStringLiteral("not-provided"), QStringLiteral("--person"),
             QStringLiteral("1000000001"), QStringLiteral("--reason"), QStringLiteral("forgot")});
    CHECK(reason.exitCode == 2);
    requireOneLineError(reason);
    CHECK(reason.err.contains(QStringLiteral("not_brought, declined, unable")));

    const Run state = run({QStringLiteral("jukinet"), QStringLiteral("list"),
                           QStringLiteral("--state"), QStringLiteral("sent")});
    CHECK(state.exitCode == 2);
    requireOneLineError(state);
    CHECK(state.err.contains(QStringLiteral("queued, exported, answered, no_match")));

    // A batch file already there is never overwritten.
    const QString existing = writeFile(dir, "batch.tsv", "keep me");
    const Run exists = run(
        {QStringLiteral("jukinet"), QStringLiteral("export"), QStringLiteral("--file"), existing});
    CHECK(exists.exitCode == 2);
    requireOneLineError(exists);
    QFile kept(existing);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "keep me");

    const Run noFile = run({QStringLiteral("jukinet"), QStringLiteral("import")});
    CHECK(noFile.exitCode == 2);
    requireOneLineError(noFile);
}
