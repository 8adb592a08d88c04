// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli at the counter: My Number and 和暦 checks, persons, intake and demo data.
#include "CliTestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::clitest;

namespace {

// rules.md §8: valid examples, and one with its check digit changed.
constexpr char kValidNumber[] = "123456789018";
constexpr char kOtherValidNumber[] = "983205673214";
constexpr char kWrongCheckDigit[] = "123456789019";

/// A counter clerk in the welfare_service ledger. Each test signs one account in at most twice
/// (see Fixture::code()), so tests that need more sign-ins add more clerks.
security::NewStaffAccount counterClerk(const char* login)
{
    return {QString::fromLatin1(login), str(kClerkName), {Role::Clerk}, {Scope::WelfareService}};
}

QString writeJson(const QTemporaryDir& dir, const char* name, const QJsonObject& object)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(object).toJson());
    return path;
}

QString writeText(const QTemporaryDir& dir, const char* name, const QByteArray& text)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

/// A fictional person as person add reads it.
QJsonObject kakuuHanako()
{
    return QJsonObject{{QStringLiteral("family_name"), str("架空")},
                       {QStringLiteral("given_name"), str("花子")},
                       {QStringLiteral("family_kana"), str("かくう")},
                       {QStringLiteral("given_kana"), str("はなこ")},
                       {QStringLiteral("birth_date"), QStringLiteral("S55.4.1")},
                       {QStringLiteral("sex"), QStringLiteral("female")},
                       {QStringLiteral("phone"), QStringLiteral("090-0000-1234")},
                       {QStringLiteral("postal_code"), QStringLiteral("000-0001")},
                       {QStringLiteral("address"), str("窓口市本町1-1")}};
}

/// Runs as login with the arguments; path arguments may hold non-ASCII.
Run runAs(Fixture& f, const QString& login, const QStringList& rest)
{
    const QByteArray password =
        login == u"admin" ? QByteArray(kPassword) : QByteArray(kStaffPassword);
    QStringList arguments{QStringLiteral("--db"), f.path, QStringLiteral("--user"), login};
    arguments << rest;
    return cli(arguments, {.password = password, .code = f.code(login)});
}

/// The JSON object person add printed.
QJsonObject jsonOf(const Run& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

/// Yesterday at the counter: a date of receipt in the past whatever the machine's time zone.
QString yesterdayInJapan()
{
    return QDateTime::currentDateTimeUtc().toOffsetFromUtc(9 * 3600).date().addDays(-1).toString(
        Qt::ISODate);
}

} // namespace

TEST_CASE("cli: check mynumber accepts the rules.md examples and never prints the number",
          "[cli][mynumber]")
{
    // No database and no sign-in: a path that does not exist stays absent.
    QTemporaryDir dir;
    const QString absent = dir.filePath(QStringLiteral("none.db"));
    for (const char* number : {kValidNumber, kOtherValidNumber}) {
        const Run run = cli({QStringLiteral("--db"), absent, QStringLiteral("check"),
                             QStringLiteral("mynumber"), QString::fromLatin1(number)},
                            {.password = {}});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.err.isEmpty());
        CHECK_FALSE(run.out.isEmpty());
        CHECK_FALSE(run.out.contains(QString::fromLatin1(number)));
        CHECK_FALSE(run.out.contains(QString::fromLatin1(number).right(4)));
    }
    // As typed at the counter: spaces, hyphens, full-width digits.
    CHECK(cli({QStringLiteral("check"), QStringLiteral("mynumber"),
               str("１２３４ ５６７８-９０１８")})
              .exitCode == 0);
    CHECK_FALSE(QFile::exists(absent));

    const Run json = cli({QStringLiteral("check"), QStringLiteral("mynumber"),
                          QString::fromLatin1(kValidNumber), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    CHECK(jsonOf(json)[QStringLiteral("valid")].toBool());
    CHECK_FALSE(json.out.contains(QString::fromLatin1(kValidNumber)));
}

TEST_CASE("cli: check mynumber exits 1 with the reason for invalid numbers, without the number",
          "[cli][mynumber]")
{
    // The wrong check digit of rules.md §8, single-digit changes and a transposition.
    const QStringList invalid{QString::fromLatin1(kWrongCheckDigit), QStringLiteral("123456789118"),
                              QStringLiteral("223456789018"), QStringLiteral("213456789018")};
    for (const QString& number : invalid) {
        const Run run = cli({QStringLiteral("check"), QStringLiteral("mynumber"), number});
        INFO(number.toStdString());
        CHECK(run.exitCode == 1);
        requireOneLineError(run);
        CHECK(run.err.contains(QStringLiteral("check digit")));
        CHECK_FALSE(run.err.contains(number));
        CHECK_FALSE(run.err.contains(number.left(8)));
    }
    const Run shortNumber =
        cli({QStringLiteral("check"), QStringLiteral("mynumber"), QStringLiteral("12345678901")});
    CHECK(shortNumber.exitCode == 1);
    CHECK(shortNumber.err.contains(QStringLiteral("12 digits")));
    CHECK_FALSE(shortNumber.err.contains(QStringLiteral("12345678901")));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("mynumber"), QStringLiteral("1234567890ab")})
              .exitCode == 1);

    const Run json = cli({QStringLiteral("check"), QStringLiteral("mynumber"),
                          QString::fromLatin1(kWrongCheckDigit), QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    CHECK_FALSE(jsonOf(json)[QStringLiteral("valid")].toBool());
    CHECK_FALSE(json.out.contains(QString::fromLatin1(kWrongCheckDigit)));

    // A number split over two arguments is a usage error that does not repeat either part.
    const Run split = cli({QStringLiteral("check"), QStringLiteral("mynumber"),
                           QStringLiteral("123456"), QStringLiteral("789018")});
    CHECK(split.exitCode == 2);
    requireOneLineError(split);
    CHECK_FALSE(split.err.contains(QStringLiteral("123456")));
    CHECK_FALSE(split.err.contains(QStringLiteral("789018")));
}

TEST_CASE("cli: wareki converts across the era boundaries in both directions", "[cli][wareki]")
{
    const std::vector<std::pair<const char*, const char*>> boundaries{
        {"1989-01-07", "昭和64年1月7日"},   {"1989-01-08", "平成元年1月8日"},
        {"2019-04-30", "平成31年4月30日"},  {"2019-05-01", "令和元年5月1日"},
        {"1926-12-25", "昭和元年12月25日"}, {"1912-07-30", "大正元年7月30日"}};
    for (const auto& [western, era] : boundaries) {
        INFO(western);
        const Run toEra = cli({QStringLiteral("wareki"), QString::fromLatin1(western)});
        CHECK(toEra.exitCode == 0);
        CHECK(toEra.out == str(era) + u'\n');
        const Run back = cli({QStringLiteral("wareki"), str(era)});
        CHECK(back.exitCode == 0);
        CHECK(back.out == QString::fromLatin1(western) + u'\n');
    }
    const Run shortForm = cli({QStringLiteral("wareki"), QStringLiteral("R1.5.1")});
    CHECK(shortForm.exitCode == 0);
    CHECK(shortForm.out == QStringLiteral("2019-05-01\n"));
    CHECK(cli({QStringLiteral("wareki"), QStringLiteral("S64.1.7")}).out ==
          QStringLiteral("1989-01-07\n"));

    const Run json =
        cli({QStringLiteral("wareki"), QStringLiteral("H31.4.30"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject object = jsonOf(json);
    CHECK(object[QStringLiteral("date")].toString() == u"2019-04-30");
    CHECK(object[QStringLiteral("wareki")].toString() == str("平成31年4月30日"));
    CHECK(object[QStringLiteral("short")].toString() == u"H31.4.30");
}

TEST_CASE("cli: wareki exits 2 with the reason for dates that do not exist", "[cli][wareki]")
{
    for (const char* text :
         {"H31.5.1", "R1.4.30", "S64.1.8", "2019-02-29", "令和0年5月1日", "tomorrow", "7.7.18"}) {
        INFO(text);
        const Run run = cli({QStringLiteral("wareki"), str(text)});
        CHECK(run.exitCode == 2);
        requireOneLineError(run);
    }
    const Run h31 = cli({QStringLiteral("wareki"), QStringLiteral("H31.5.1")});
    CHECK(h31.err.contains(QStringLiteral("does not exist")));
    CHECK(h31.err.contains(QStringLiteral("2019-04-30")));
    CHECK(cli({QStringLiteral("wareki")}).exitCode == 2);
}

TEST_CASE("cli: person add registers a person whom person search finds by any kana",
          "[cli][person]")
{
    Fixture f;
    f.addStaff({counterClerk("clerk"), counterClerk("clerk2")});
    const QString file = writeJson(f.dir, "人.json", kakuuHanako());
    const Run added =
        runAs(f, QStringLiteral("clerk"),
              {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--json"), file});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject registration = jsonOf(added);
    CHECK(registration[QStringLiteral("registered")].toBool());
    const QString atenaNumber = registration[QStringLiteral("atena_number")].toString();
    CHECK(atenaNumber.size() == 10);
    const QString personId = registration[QStringLiteral("person_id")].toString();
    CHECK(personId.size() == 36);

    // Hiragana (the stored form), katakana with a space, half-width katakana.
    const Run hiragana =
        runAs(f, QStringLiteral("clerk"),
              {QStringLiteral("person"), QStringLiteral("search"), str("かくうはなこ")});
    INFO(hiragana.err.toStdString());
    REQUIRE(hiragana.exitCode == 0);
    const QStringList lines = hiragana.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("ATENA NUMBER")));
    CHECK(lines.at(1).startsWith(atenaNumber + QStringLiteral("  ")));
    CHECK(lines.at(1).contains(str("架空\u3000花子")));
    CHECK(lines.at(1).contains(str("かくう\u3000はなこ")));
    CHECK(lines.at(1).contains(str("昭和55年4月1日 (1980-04-01)")));
    CHECK(lines.at(1).endsWith(str("窓口市本町1-1")));

    const Run katakana =
        runAs(f, QStringLiteral("clerk2"),
              {QStringLiteral("person"), QStringLiteral("search"), str("カクウ"), str("ハナコ")});
    INFO(katakana.err.toStdString());
    REQUIRE(katakana.exitCode == 0);
    CHECK(katakana.out.contains(atenaNumber));

    const Run halfWidth = runAs(f, QStringLiteral("clerk2"),
                                {QStringLiteral("person"), QStringLiteral("search"), str("ｶｸｳ ﾊﾅｺ"),
                                 QStringLiteral("--json")});
    INFO(halfWidth.err.toStdString());
    REQUIRE(halfWidth.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(halfWidth.out.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    const QJsonObject row = rows.at(0).toObject();
    CHECK(row[QStringLiteral("person_id")].toString() == personId);
    CHECK(row[QStringLiteral("atena_number")].toString() == atenaNumber);
    CHECK(row[QStringLiteral("birth_date")].toString() == u"1980-04-01");
    CHECK(row[QStringLiteral("birth_date_wareki")].toString() == str("昭和55年4月1日"));
    CHECK(row[QStringLiteral("given_kana")].toString() == str("はなこ"));
}

TEST_CASE("cli: person add of a possible duplicate saves nothing and exits 1 with the candidates",
          "[cli][person]")
{
    Fixture f;
    f.addStaff({counterClerk("clerk"), counterClerk("clerk2")});
    const QString file = writeJson(f.dir, "a.json", kakuuHanako());
    const Run first =
        runAs(f, QStringLiteral("clerk"),
              {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--json"), file});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QString atenaNumber = jsonOf(first)[QStringLiteral("atena_number")].toString();
    const QString personId = jsonOf(first)[QStringLiteral("person_id")].toString();

    // The same kana (in katakana) and birth date, another kanji name: maybe the same person.
    QJsonObject again = kakuuHanako();
    again[QStringLiteral("given_name")] = str("華子");
    again[QStringLiteral("family_kana")] = str("カクウ");
    again[QStringLiteral("birth_date")] = QStringLiteral("1980-04-01");
    const QString againFile = writeJson(f.dir, "b.json", again);
    const Run duplicate = runAs(f, QStringLiteral("clerk"),
                                {QStringLiteral("person"), QStringLiteral("add"), againFile});
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.count(u'\n') == 1);
    CHECK(duplicate.err.contains(QStringLiteral("--not-duplicate")));
    const QStringList lines = duplicate.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).startsWith(atenaNumber));
    CHECK(lines.at(1).contains(personId));
    CHECK(lines.at(1).contains(QStringLiteral("same kana and date of birth")));
    // Neither the names nor the address of the candidate are printed, only its ids.
    CHECK_FALSE(duplicate.out.contains(str("架空")));
    CHECK_FALSE(duplicate.out.contains(str("窓口市")));

    // The clerk checked: another person. Saved with the next 宛名番号.
    const Run confirmed =
        runAs(f, QStringLiteral("clerk2"),
              {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--json"), againFile,
               QStringLiteral("--not-duplicate")});
    INFO(confirmed.err.toStdString());
    REQUIRE(confirmed.exitCode == 0);
    CHECK(jsonOf(confirmed)[QStringLiteral("atena_number")].toString() != atenaNumber);
    const Run search = runAs(f, QStringLiteral("clerk2"),
                             {QStringLiteral("person"), QStringLiteral("search"), str("かくう"),
                              QStringLiteral("--json")});
    REQUIRE(search.exitCode == 0);
    CHECK(QJsonDocument::fromJson(search.out.toUtf8()).array().size() == 2);
}

TEST_CASE("cli: person add with a My Number warns of a second person with the same number",
          "[cli][person][mynumber]")
{
    Fixture f;
    f.addStaff({counterClerk("clerk")});
    QJsonObject withNumber = kakuuHanako();
    withNumber[QStringLiteral("my_number")] = QJsonObject{
        {QStringLiteral("number"), QString::fromLatin1(kOtherValidNumber)},
        {QStringLiteral("number_check"), QStringLiteral("mynumber_card")},
        {QStringLiteral("identity_check"), QJsonArray{QStringLiteral("mynumber_card")}}};
    const Run first = runAs(f, QStringLiteral("clerk"),
                            {QStringLiteral("person"), QStringLiteral("add"),
                             QStringLiteral("--json"), writeJson(f.dir, "a.json", withNumber)});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(jsonOf(first)[QStringLiteral("my_number")].toBool());
    const QString atenaNumber = jsonOf(first)[QStringLiteral("atena_number")].toString();

    // Someone else entirely, with the same number.
    QJsonObject other = withNumber;
    other[QStringLiteral("family_name")] = str("仮名");
    other[QStringLiteral("family_kana")] = str("かめい");
    other[QStringLiteral("given_name")] = str("一郎");
    other[QStringLiteral("given_kana")] = str("いちろう");
    other[QStringLiteral("birth_date")] = QStringLiteral("1975-01-02");
    const Run second = runAs(f, QStringLiteral("clerk"),
                             {QStringLiteral("person"), QStringLiteral("add"),
                              QStringLiteral("--json"), writeJson(f.dir, "b.json", other)});
    CHECK(second.exitCode == 1);
    const QJsonArray candidates = jsonOf(second)[QStringLiteral("duplicates")].toArray();
    REQUIRE(candidates.size() == 1);
    CHECK(candidates.at(0).toObject()[QStringLiteral("atena_number")].toString() == atenaNumber);
    CHECK(candidates.at(0).toObject()[QStringLiteral("reason")].toString() == u"same_my_number");
    for (const Run& run : {first, second}) {
        CHECK_FALSE(run.out.contains(QString::fromLatin1(kOtherValidNumber)));
        CHECK_FALSE(run.err.contains(QString::fromLatin1(kOtherValidNumber)));
    }
}

TEST_CASE("cli: person add refuses malformed files naming the field, before signing in",
          "[cli][person]")
{
    Fixture f;
    // Never gets as far as the code: every file is refused first.
    const QString code = f.wrongCode(QStringLiteral("admin"));
    const auto add = [&](const QString& file) {
        return cli(f.args({"person", "add", "--json"}) << file, {.code = code});
    };
    QJsonObject noKana = kakuuHanako();
    noKana.remove(QStringLiteral("given_kana"));
    const Run missing = add(writeJson(f.dir, "missing.json", noKana));
    CHECK(missing.exitCode == 2);
    requireOneLineError(missing);
    CHECK(missing.err.contains(QStringLiteral("\"given_kana\" is missing")));

    QJsonObject numberDate = kakuuHanako();
    numberDate[QStringLiteral("birth_date")] = 19800401;
    const Run notText = add(writeJson(f.dir, "number.json", numberDate));
    CHECK(notText.exitCode == 2);
    CHECK(notText.err.contains(QStringLiteral("\"birth_date\" must be text")));

    QJsonObject badDate = kakuuHanako();
    badDate[QStringLiteral("birth_date")] = QStringLiteral("H31.5.1");
    const Run noSuchDay = add(writeJson(f.dir, "date.json", badDate));
    CHECK(noSuchDay.exitCode == 2);
    CHECK(noSuchDay.err.contains(QStringLiteral("\"birth_date\"")));
    CHECK(noSuchDay.err.contains(QStringLiteral("does not exist")));

    QJsonObject typo = kakuuHanako();
    typo[QStringLiteral("adress")] = QStringLiteral("x");
    const Run unknown = add(writeJson(f.dir, "typo.json", typo));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("\"adress\"")));

    const Run broken = add(writeText(f.dir, "broken.json", "{\"family_name\": \"x\",, }"));
    CHECK(broken.exitCode == 2);
    requireOneLineError(broken);
    CHECK(broken.err.contains(QStringLiteral("not valid JSON")));
    CHECK(add(writeText(f.dir, "array.json", "[1, 2]")).exitCode == 2);
    CHECK(add(f.dir.filePath(QStringLiteral("absent.json"))).exitCode == 2);

    QJsonObject badNumber = kakuuHanako();
    badNumber[QStringLiteral("my_number")] = QJsonObject{
        {QStringLiteral("number"), QString::fromLatin1(kWrongCheckDigit)},
        {QStringLiteral("number_check"), QStringLiteral("mynumber_card")},
        {QStringLiteral("identity_check"), QJsonArray{QStringLiteral("mynumber_card")}}};
    const Run wrongNumber = add(writeJson(f.dir, "mynumber.json", badNumber));
    CHECK(wrongNumber.exitCode == 2);
    CHECK(wrongNumber.err.contains(QStringLiteral("check digit")));
    CHECK_FALSE(wrongNumber.err.contains(QString::fromLatin1(kWrongCheckDigit)));

    // 身元確認 needs one photo ID or two other documents.
    QJsonObject oneDocument = kakuuHanako();
    oneDocument[QStringLiteral("my_number")] =
        QJsonObject{{QStringLiteral("number"), QString::fromLatin1(kValidNumber)},
                    {QStringLiteral("number_check"), QStringLiteral("notification_card")},
                    {QStringLiteral("identity_check"), QJsonArray{QStringLiteral("pension_book")}}};
    const Run identity = add(writeJson(f.dir, "identity.json", oneDocument));
    CHECK(identity.exitCode == 2);
    CHECK(identity.err.contains(QStringLiteral("\"identity_check\"")));
}

TEST_CASE("cli: intake submit takes an application and lists every field problem with exit 2",
          "[cli][intake]")
{
    Fixture f;
    f.addStaff({counterClerk("clerk"), counterClerk("clerk2")});
    const Run added =
        runAs(f, QStringLiteral("clerk"),
              {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--json"),
               writeJson(f.dir, "person.json", kakuuHanako())});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString atenaNumber = jsonOf(added)[QStringLiteral("atena_number")].toString();
    const QString personId = jsonOf(added)[QStringLiteral("person_id")].toString();

    // 移動支援事業 (地域生活支援事業), by 宛名番号; the identity documents were shown.
    const QJsonObject application{
        {QStringLiteral("procedure"), QStringLiteral("mobility_support")},
        {QStringLiteral("atena_number"), atenaNumber},
        {QStringLiteral("received_on"), yesterdayInJapan()},
        {QStringLiteral("channel"), QStringLiteral("counter")},
        {QStringLiteral("fields"),
         QJsonObject{{QStringLiteral("outing_purpose"), QStringLiteral("essential")},
                     {QStringLiteral("requested_hours"), 20}}},
        {QStringLiteral("attachments"),
         QJsonArray{QStringLiteral("number_proof"), QStringLiteral("identity_proof")}}};
    const Run submitted =
        runAs(f, QStringLiteral("clerk"),
              {QStringLiteral("intake"), QStringLiteral("submit"), QStringLiteral("--json"),
               writeJson(f.dir, "ok.json", application)});
    INFO(submitted.err.toStdString());
    INFO(submitted.out.toStdString());
    REQUIRE(submitted.exitCode == 0);
    const QJsonObject result = jsonOf(submitted);
    CHECK(result[QStringLiteral("submitted")].toBool());
    CHECK_FALSE(result[QStringLiteral("application_number")].toString().isEmpty());
    CHECK(result[QStringLiteral("missing_attachments")].toArray().isEmpty());

    // By person id, a required field missing and a choice that does not exist: both listed.
    QJsonObject incomplete = application;
    incomplete.remove(QStringLiteral("atena_number"));
    incomplete[QStringLiteral("person_id")] = personId;
    incomplete[QStringLiteral("fields")] =
        QJsonObject{{QStringLiteral("outing_purpose"), QStringLiteral("space_travel")}};
    const Run refused = runAs(f, QStringLiteral("clerk2"),
                              {QStringLiteral("intake"), QStringLiteral("submit"),
                               writeJson(f.dir, "bad.json", incomplete)});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.count(u'\n') == 1);
    CHECK(refused.err.contains(plural(QStringLiteral("2 field(s)"))));
    const QStringList lines = refused.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(QStringLiteral("FIELD")));
    CHECK(refused.out.contains(QStringLiteral("\nrequested_hours ")));
    CHECK(refused.out.contains(QStringLiteral("\nouting_purpose ")));

    // The same in JSON, with the missing date of receipt too.
    incomplete.remove(QStringLiteral("received_on"));
    const Run json = runAs(f, QStringLiteral("clerk2"),
                           {QStringLiteral("intake"), QStringLiteral("submit"),
                            QStringLiteral("--json"), writeJson(f.dir, "bad2.json", incomplete)});
    CHECK(json.exitCode == 2);
    const QJsonObject errors = jsonOf(json)[QStringLiteral("field_errors")].toObject();
    CHECK(errors.contains(QStringLiteral("requested_hours")));
    CHECK(errors.contains(QStringLiteral("outing_purpose")));
    CHECK(errors.contains(QStringLiteral("received_on")));
    CHECK_FALSE(errors[QStringLiteral("requested_hours")].toString().isEmpty());
}

TEST_CASE("cli: intake submit refuses malformed files naming the field", "[cli][intake]")
{
    Fixture f;
    const QString code = f.wrongCode(QStringLiteral("admin"));
    const auto submit = [&](const QString& file) {
        return cli(f.args({"intake", "submit", "--json"}) << file, {.code = code});
    };
    const QJsonObject base{{QStringLiteral("procedure"), QStringLiteral("mobility_support")},
                           {QStringLiteral("person_id"), QStringLiteral("x")},
                           {QStringLiteral("fields"), QJsonObject{}}};
    QJsonObject noProcedure = base;
    noProcedure.remove(QStringLiteral("procedure"));
    const Run missing = submit(writeJson(f.dir, "a.json", noProcedure));
    CHECK(missing.exitCode == 2);
    requireOneLineError(missing);
    CHECK(missing.err.contains(QStringLiteral("\"procedure\" is missing")));

    QJsonObject fieldsList = base;
    fieldsList[QStringLiteral("fields")] = QJsonArray{1};
    const Run notObject = submit(writeJson(f.dir, "b.json", fieldsList));
    CHECK(notObject.exitCode == 2);
    CHECK(notObject.err.contains(QStringLiteral("\"fields\"")));

    QJsonObject channel = base;
    channel[QStringLiteral("channel")] = QStringLiteral("fax");
    const Run badChannel = submit(writeJson(f.dir, "c.json", channel));
    CHECK(badChannel.exitCode == 2);
    CHECK(badChannel.err.contains(QStringLiteral("\"channel\"")));

    QJsonObject attachments = base;
    attachments[QStringLiteral("attachments")] = QStringLiteral("number_proof");
    CHECK(submit(writeJson(f.dir, "d.json", attachments)).exitCode == 2);
}

TEST_CASE("cli: demo --persons 50 fills the database with people person search finds",
          "[cli][demo]")
{
    Fixture f;
    f.addStaff({counterClerk("clerk")});
    const QString code = f.wrongCode(QStringLiteral("admin"));
    CHECK(cli(f.args({"demo"}), {.code = code}).exitCode == 2);
    CHECK(cli(f.args({"demo", "--persons", "0"}), {.code = code}).exitCode == 2);
    CHECK(cli(f.args({"demo", "--persons", "many"}), {.code = code}).exitCode == 2);

    const Run run = f.asAdmin({"demo", "--persons", "50", "--seed", "7"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(plural(QStringLiteral("^Added 50 fictional person(s) in "))));

    QString kana;
    QString atenaNumber;
    {
        auto db = store::Database::open(f.path, QStringLiteral("admin"), test::secret(kPassword));
        REQUIRE(db.ok());
        QSqlQuery query(db.value()->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM person")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 50);
        // Every demo person has a fictional My Number (stored only after its check digit
        // passed), sealed like a real one, and none of it went to the sync journal.
        REQUIRE(query.exec(
            QStringLiteral("SELECT count(*), count(DISTINCT blind_index), sum(length(last4) = 4) "
                           "FROM person_mynumber")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 50);
        CHECK(query.value(1).toInt() == 50);
        CHECK(query.value(2).toInt() == 50);
        REQUIRE(query.exec(QStringLiteral(
            "SELECT count(*) FROM change_journal WHERE entity IN ('person', 'person_mynumber')")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0);
        REQUIRE(query.exec(QStringLiteral(
            "SELECT family_kana || given_kana, atena_number FROM person ORDER BY atena_number "
            "DESC LIMIT 1")));
        REQUIRE(query.next());
        kana = query.value(0).toString();
        atenaNumber = query.value(1).toString();
    }
    REQUIRE_FALSE(kana.isEmpty());
    const Run search = runAs(f, QStringLiteral("clerk"),
                             {QStringLiteral("person"), QStringLiteral("search"), kana});
    INFO(search.err.toStdString());
    REQUIRE(search.exitCode == 0);
    CHECK(search.out.contains(QStringLiteral("\n") + atenaNumber + QStringLiteral("  ")));

    // Demo data is an administrator's act: a clerk may not.
    const Run denied = f.as(QStringLiteral("clerk"), {"demo", "--persons", "5"});
    CHECK(denied.exitCode == 3);
    requireOneLineError(denied);
}

TEST_CASE("cli: person search exits 1 when nobody matches and 2 for text with nothing to search",
          "[cli][person]")
{
    Fixture f;
    f.addStaff({counterClerk("clerk")});
    const Run nobody = f.as(QStringLiteral("clerk"), {"person", "search", "ぬぬぬ"});
    INFO(nobody.err.toStdString());
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.out == QStringLiteral("No person found.\n"));
    const Run empty =
        cli(f.args({"person", "search", " "}), {.code = f.wrongCode(QStringLiteral("clerk"))});
    CHECK(empty.exitCode == 2);
    requireOneLineError(empty);
    // Searching is the counter's work; administrators do not see persons.
    const Run admin = f.asAdmin({"person", "search", "かくう"});
    CHECK(admin.exitCode == 3);
    requireOneLineError(admin);
}
