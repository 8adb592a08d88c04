// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/DemoData.h"

#include "registry/NameKeys.h"
#include "registry/Person.h"
#include "store/Transaction.h"
#include "store/Uuid7.h"

#include <QDate>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDemo, "madoguchi.registry.demo")

namespace madoguchi::registry {

namespace {

struct Name
{
    const char16_t* kanji;
    const char16_t* kana;
};

// Common names, combined at random: no real person is meant.
constexpr Name kFamilyNames[] = {
    {u"佐藤", u"サトウ"},   {u"鈴木", u"スズキ"},   {u"高橋", u"タカハシ"},
    {u"田中", u"タナカ"},   {u"伊藤", u"イトウ"},   {u"渡辺", u"ワタナベ"},
    {u"山本", u"ヤマモト"}, {u"中村", u"ナカムラ"}, {u"小林", u"コバヤシ"},
    {u"加藤", u"カトウ"},   {u"吉田", u"ヨシダ"},   {u"山田", u"ヤマダ"},
    {u"佐々木", u"ササキ"}, {u"山口", u"ヤマグチ"}, {u"松本", u"マツモト"},
    {u"井上", u"イノウエ"}, {u"木村", u"キムラ"},   {u"林", u"ハヤシ"},
    {u"斎藤", u"サイトウ"}, {u"清水", u"シミズ"},   {u"山崎", u"ヤマザキ"},
    {u"森", u"モリ"},       {u"池田", u"イケダ"},   {u"橋本", u"ハシモト"},
    {u"阿部", u"アベ"},     {u"石川", u"イシカワ"}, {u"山下", u"ヤマシタ"},
    {u"中島", u"ナカジマ"}, {u"石井", u"イシイ"},   {u"小川", u"オガワ"},
    {u"前田", u"マエダ"},   {u"岡田", u"オカダ"},   {u"長谷川", u"ハセガワ"},
    {u"藤田", u"フジタ"},   {u"後藤", u"ゴトウ"},   {u"近藤", u"コンドウ"},
    {u"村上", u"ムラカミ"}, {u"遠藤", u"エンドウ"}, {u"青木", u"アオキ"},
    {u"坂本", u"サカモト"}, {u"福田", u"フクダ"},   {u"太田", u"オオタ"},
    {u"西村", u"ニシムラ"}, {u"藤井", u"フジイ"},   {u"金子", u"カネコ"},
    {u"和田", u"ワダ"},     {u"中山", u"ナカヤマ"}, {u"原田", u"ハラダ"},
};

constexpr Name kMaleNames[] = {
    {u"太郎", u"タロウ"}, {u"一郎", u"イチロウ"}, {u"健", u"ケン"},       {u"誠", u"マコト"},
    {u"浩", u"ヒロシ"},   {u"大輔", u"ダイスケ"}, {u"翔太", u"ショウタ"}, {u"拓也", u"タクヤ"},
    {u"健太", u"ケンタ"}, {u"隆", u"タカシ"},     {u"茂", u"シゲル"},     {u"清", u"キヨシ"},
    {u"博", u"ヒロシ"},   {u"勇", u"イサム"},     {u"蓮", u"レン"},       {u"悠真", u"ユウマ"},
    {u"湊", u"ミナト"},   {u"大翔", u"ヒロト"},   {u"直樹", u"ナオキ"},   {u"和也", u"カズヤ"},
    {u"修", u"オサム"},   {u"正男", u"マサオ"},   {u"哲也", u"テツヤ"},   {u"陽太", u"ヨウタ"},
};

constexpr Name kFemaleNames[] = {
    {u"花子", u"ハナコ"},   {u"恵子", u"ケイコ"},   {u"幸子", u"サチコ"},   {u"洋子", u"ヨウコ"},
    {u"美穂", u"ミホ"},     {u"裕子", u"ユウコ"},   {u"陽子", u"ヨウコ"},   {u"明美", u"アケミ"},
    {u"直子", u"ナオコ"},   {u"久美子", u"クミコ"}, {u"愛", u"アイ"},       {u"彩", u"アヤ"},
    {u"さくら", u"サクラ"}, {u"陽菜", u"ヒナ"},     {u"結衣", u"ユイ"},     {u"葵", u"アオイ"},
    {u"芽依", u"メイ"},     {u"凛", u"リン"},       {u"文子", u"フミコ"},   {u"和子", u"カズコ"},
    {u"千代", u"チヨ"},     {u"由美", u"ユミ"},     {u"真由美", u"マユミ"}, {u"美咲", u"ミサキ"},
};

// Towns of the fictional 窓口市; a town's index gives its fictional postal code 000-00NN.
constexpr const char16_t* kTowns[] = {
    u"中央町", u"本町",   u"栄町", u"緑町",   u"桜台",   u"東町",     u"西町",
    u"南町",   u"北町",   u"旭町", u"若葉町", u"青葉台", u"日の出町", u"駅前",
    u"川原町", u"山手町", u"港町", u"新町",   u"宮前",   u"松原",
};

template <typename T, std::size_t N> const T& pick(const T (&list)[N], std::mt19937& random)
{
    return list[std::uniform_int_distribution<std::size_t>(0, N - 1)(random)];
}

int uniform(std::mt19937& random, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(random);
}

QDate randomDate(std::mt19937& random, QDate from, QDate to)
{
    if (to < from)
        return from;
    return QDate::fromJulianDay(
        std::uniform_int_distribution<qint64>(from.toJulianDay(), to.toJulianDay())(random));
}

QString digits(std::mt19937& random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text.append(QChar(char16_t(u'0' + uniform(random, 0, 9))));
    return text;
}

struct Member
{
    QString id;
    QString sex;
    QDate birthDate;
    const Name* family = nullptr;
    const Name* given = nullptr;
    QString relationship;
};

QDate majorityDay(QDate birthDate)
{
    const QDate since18(2022, 4, 1);
    const QDate at18 = birthDate.addYears(18);
    if (at18 >= since18)
        return at18;
    const QDate at20 = birthDate.addYears(20);
    return at20 < since18 ? at20 : since18;
}

} // namespace

Result<DemoSummary> DemoData::generate(QSqlDatabase db, const DemoOptions& options,
                                       const Clock& clock)
{
    if (options.persons < 0 || options.batchSize < 1)
        return Error{ErrorCode::InvalidInput, tr("The number of demo persons is not valid.")};
    std::mt19937 random(options.seed);
    const QDate earliestBirth(1930, 1, 1);
    const QDate latestBirth(2020, 12, 31);
    const QDate today = clock.todayInJapan();
    const QString now = clock.nowUtc().toString(Qt::ISODateWithMs);

    qint64 nextAtena = 1'000'000'001;
    {
        QSqlQuery max(db);
        if (!max.exec(QStringLiteral("SELECT max(atena_number) FROM person")) || !max.next())
            return Error{ErrorCode::Sql, tr("The demo data could not be written.")};
        if (!max.value(0).isNull())
            nextAtena = std::max(nextAtena, max.value(0).toString().toLongLong() + 1);
    }
    if (QString::number(nextAtena + options.persons - 1).size() > 10)
        return Error{ErrorCode::InvalidInput, tr("Not enough 宛名番号 are left for that many.")};

    QSqlQuery insertPerson(db), insertAddress(db), insertHandbook(db), insertRepresentative(db);
    insertPerson.prepare(QStringLiteral(
        "INSERT INTO person (id, version, atena_number, family_name, given_name, family_kana, "
        "given_kana, kana_key, given_kana_key, name_key, given_name_key, birth_date, sex, phone, "
        "phone_key, household_id, relationship_to_head, created_at, updated_at) VALUES "
        "(?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertAddress.prepare(QStringLiteral(
        "INSERT INTO person_address (id, version, person_id, postal_code, address, valid_from, "
        "recorded_at, recorded_by) VALUES (?, 1, ?, ?, ?, ?, ?, ?)"));
    insertHandbook.prepare(QStringLiteral(
        "INSERT INTO handbook (id, version, person_id, kind, grade, number, issued_on, "
        "valid_until, recorded_at, recorded_by) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertRepresentative.prepare(QStringLiteral(
        "INSERT INTO legal_representative (id, version, person_id, representative_person_id, "
        "kind, valid_from, valid_to, recorded_at, recorded_by) VALUES "
        "(?, 1, ?, ?, 'parent', ?, ?, ?, ?)"));
    auto failed = [](const QSqlQuery& query) {
        qCWarning(lcDemo) << "demo insert failed:" << query.lastError().databaseText();
        return Error{ErrorCode::Sql, tr("The demo data could not be written.")};
    };

    DemoSummary summary;
    int handbookSerial = 1;
    while (summary.persons < options.persons) {
        store::Transaction transaction(db);
        if (!transaction.isActive())
            return Error{ErrorCode::Sql, tr("The demo data could not be written.")};
        const int batchEnd = std::min(options.persons, summary.persons + options.batchSize);
        while (summary.persons < batchEnd) {
            // One household: head, then spouse or parent, then children.
            const int size = std::min(batchEnd - summary.persons, uniform(random, 2, 4));
            const QString householdId = store::newUuid7();
            QList<Member> members;
            const Name& family = pick(kFamilyNames, random);
            Member head;
            head.sex = uniform(random, 0, 1) ? QStringLiteral("male") : QStringLiteral("female");
            head.birthDate = randomDate(random, earliestBirth, QDate(1995, 12, 31));
            head.relationship = QStringLiteral("世帯主");
            members << head;
            for (int i = 1; i < size; ++i) {
                Member member;
                const QDate headBirth = head.birthDate;
                if (i == 1 && uniform(random, 0, 9) < 8) {
                    member.sex =
                        head.sex == u"male" ? QStringLiteral("female") : QStringLiteral("male");
                    member.birthDate = std::clamp(
                        randomDate(random, headBirth.addYears(-5), headBirth.addYears(5)),
                        earliestBirth, QDate(2000, 12, 31));
                    member.relationship =
                        member.sex == u"female" ? QStringLiteral("妻") : QStringLiteral("夫");
                } else if (i == 1 && headBirth.year() >= 1962) {
                    member.sex =
                        uniform(random, 0, 1) ? QStringLiteral("male") : QStringLiteral("female");
                    member.birthDate =
                        std::max(earliestBirth, randomDate(random, headBirth.addYears(-35),
                                                           headBirth.addYears(-24)));
                    member.relationship =
                        member.sex == u"female" ? QStringLiteral("母") : QStringLiteral("父");
                } else {
                    member.sex =
                        uniform(random, 0, 1) ? QStringLiteral("male") : QStringLiteral("female");
                    member.birthDate =
                        std::min(latestBirth, randomDate(random, headBirth.addYears(22),
                                                         headBirth.addYears(40)));
                    member.relationship = QStringLiteral("子");
                }
                members << member;
            }

            const int townIndex = uniform(random, 0, int(std::size(kTowns)) - 1);
            const QString postalCode =
                QStringLiteral("000-00%1").arg(townIndex + 1, 2, 10, QLatin1Char('0'));
            const QString address = QStringLiteral("窓口市%1%2丁目%3番%4号")
                                        .arg(QString::fromUtf16(kTowns[townIndex]))
                                        .arg(uniform(random, 1, 5))
                                        .arg(uniform(random, 1, 30))
                                        .arg(uniform(random, 1, 20));
            QDate youngestBirth = members.first().birthDate;
            for (const Member& member : std::as_const(members))
                youngestBirth = std::max(youngestBirth, member.birthDate);
            const QDate movedIn = randomDate(random, std::max(youngestBirth, QDate(1980, 1, 1)),
                                             std::max(youngestBirth, QDate(2024, 12, 31)));

            ++summary.households;
            for (Member& member : members) {
                member.id = store::newUuid7();
                member.family = &family;
                member.given = &pick(member.sex == u"male" ? kMaleNames : kFemaleNames, random);
                const QString familyName = QString::fromUtf16(member.family->kanji);
                const QString givenName = QString::fromUtf16(member.given->kanji);
                const QString familyKana = QString::fromUtf16(member.family->kana);
                const QString givenKana = QString::fromUtf16(member.given->kana);
                QString phone;
                if (uniform(random, 0, 9) < 7)
                    phone = u'0' + QString::number(uniform(random, 7, 9)) + QStringLiteral("0-") +
                            digits(random, 4) + u'-' + digits(random, 4);
                const QVariant phoneValue = phone.isEmpty() ? QVariant() : QVariant(phone);
                const QVariant phoneKey =
                    phone.isEmpty() ? QVariant() : QVariant(NameKeys::digitsKey(phone));

                int column = 0;
                insertPerson.bindValue(column++, member.id);
                insertPerson.bindValue(column++, QString::number(nextAtena++));
                insertPerson.bindValue(column++, familyName);
                insertPerson.bindValue(column++, givenName);
                insertPerson.bindValue(column++, familyKana);
                insertPerson.bindValue(column++, givenKana);
                insertPerson.bindValue(column++, NameKeys::kanaKey(familyKana + givenKana));
                insertPerson.bindValue(column++, NameKeys::kanaKey(givenKana));
                insertPerson.bindValue(column++, NameKeys::nameKey(familyName + givenName));
                insertPerson.bindValue(column++, NameKeys::nameKey(givenName));
                insertPerson.bindValue(column++, member.birthDate.toString(Qt::ISODate));
                insertPerson.bindValue(column++, member.sex);
                insertPerson.bindValue(column++, phoneValue);
                insertPerson.bindValue(column++, phoneKey);
                insertPerson.bindValue(column++, householdId);
                insertPerson.bindValue(column++, member.relationship);
                insertPerson.bindValue(column++, now);
                insertPerson.bindValue(column++, now);
                if (!insertPerson.exec())
                    return failed(insertPerson);

                insertAddress.bindValue(0, store::newUuid7());
                insertAddress.bindValue(1, member.id);
                insertAddress.bindValue(2, postalCode);
                insertAddress.bindValue(3, address);
                insertAddress.bindValue(4,
                                        std::max(movedIn, member.birthDate).toString(Qt::ISODate));
                insertAddress.bindValue(5, now);
                insertAddress.bindValue(6, options.recordedBy);
                if (!insertAddress.exec())
                    return failed(insertAddress);
                ++summary.persons;

                if (options.onPersonCreated) {
                    if (Status hooked = options.onPersonCreated(db, member.id, random); !hooked)
                        return hooked.error();
                }

                if (uniform(random, 0, 6) != 0)
                    continue;
                // About one in seven has a handbook.
                const int roll = uniform(random, 0, 19);
                const HandbookKind kind = roll < 11   ? HandbookKind::Physical
                                          : roll < 15 ? HandbookKind::Intellectual
                                                      : HandbookKind::Mental;
                QString grade;
                QDate issuedOn =
                    randomDate(random, std::max(member.birthDate.addYears(1), QDate(2000, 4, 1)),
                               std::max(member.birthDate.addYears(1), today.addDays(-30)));
                QDate validUntil;
                switch (kind) {
                case HandbookKind::Physical:
                    grade = QString::number(uniform(random, 1, 6));
                    break;
                case HandbookKind::Intellectual:
                    grade = uniform(random, 0, 1) ? QStringLiteral("A") : QStringLiteral("B");
                    validUntil = issuedOn.addYears(uniform(random, 2, 5));
                    break;
                case HandbookKind::Mental:
                    grade = QString::number(uniform(random, 1, 3));
                    validUntil = issuedOn.addYears(2);
                    break;
                }
                insertHandbook.bindValue(0, store::newUuid7());
                insertHandbook.bindValue(1, member.id);
                insertHandbook.bindValue(2, handbookKindCode(kind));
                insertHandbook.bindValue(3, grade);
                insertHandbook.bindValue(
                    4, QStringLiteral("D%1").arg(handbookSerial++, 7, 10, QLatin1Char('0')));
                insertHandbook.bindValue(5, issuedOn.toString(Qt::ISODate));
                insertHandbook.bindValue(6, validUntil.isValid()
                                                ? QVariant(validUntil.toString(Qt::ISODate))
                                                : QVariant());
                insertHandbook.bindValue(7, now);
                insertHandbook.bindValue(8, options.recordedBy);
                if (!insertHandbook.exec())
                    return failed(insertHandbook);
                ++summary.handbooks;

                // A minor child with a handbook: the head of the household as 親権者.
                const Member& first = members.first();
                if (member.relationship == u"子" && today < majorityDay(member.birthDate) &&
                    first.id != member.id) {
                    insertRepresentative.bindValue(0, store::newUuid7());
                    insertRepresentative.bindValue(1, member.id);
                    insertRepresentative.bindValue(2, first.id);
                    insertRepresentative.bindValue(3, member.birthDate.toString(Qt::ISODate));
                    insertRepresentative.bindValue(
                        4, majorityDay(member.birthDate).addDays(-1).toString(Qt::ISODate));
                    insertRepresentative.bindValue(5, now);
                    insertRepresentative.bindValue(6, options.recordedBy);
                    if (!insertRepresentative.exec())
                        return failed(insertRepresentative);
                    ++summary.representatives;
                }
            }
        }
        for (QSqlQuery* query :
             {&insertPerson, &insertAddress, &insertHandbook, &insertRepresentative})
            query->finish();
        if (!transaction.commit())
            return Error{ErrorCode::Sql, tr("The demo data could not be written.")};
        if (options.progress)
            options.progress(summary.persons);
    }
    return summary;
}

} // namespace madoguchi::registry
