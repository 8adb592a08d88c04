// SPDX-License-Identifier: GPL-3.0-or-later
// Recording, finding and revealing My Numbers: field encryption, blind index, permissions,
// purposes and audit records.
#include "MyNumberTestSupport.h"
#include "audit/AuditLog.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::mynumber;
using security::Role;
using security::Scope;
using test::MyNumberDesk;

namespace {

const QString kNumber = QStringLiteral("123456789018");
const QStringList kLicense = {QStringLiteral("drivers_license")};

// Every form a clear number could take in stored text.
QStringList clearForms(const QString& digits)
{
    return {digits, digits.left(4) + u' ' + digits.mid(4, 4) + u' ' + digits.mid(8),
            digits.left(4) + u'-' + digits.mid(4, 4) + u'-' + digits.mid(8),
            QString::fromLatin1(digits.toLatin1().toBase64()),
            QString::fromLatin1(digits.toLatin1().toHex())};
}

QList<audit::AuditRecord> auditRecords(MyNumberDesk& desk, const QString& event = {})
{
    audit::AuditFilter filter;
    filter.event = event;
    auto records = audit::AuditLog::find(desk.db(), filter);
    REQUIRE(records.ok());
    return records.value();
}

} // namespace

TEST_CASE("A recorded number is found by its blind index and shown masked", "[mynumber]")
{
    MyNumberDesk desk;
    const QString person = test::insertPerson(desk.db());
    const QString other = test::insertPerson(desk.db());
    const Status recorded = desk.numbers->record(desk.session(), person, u"1234 5678 9018",
                                                 NumberCheck::MyNumberCard, kLicense);
    INFO(recorded.message().toStdString());
    REQUIRE(recorded.ok());

    auto found = desk.numbers->findPersonByNumber(desk.session(), u"１２３４５６７８９０１８");
    REQUIRE(found.ok());
    CHECK(found.value() == person);
    auto missing = desk.numbers->findPersonByNumber(desk.session(), u"983205673214");
    CHECK(missing.code() == ErrorCode::NotFound);
    CHECK(desk.numbers->findPersonByNumber(desk.session(), u"210987654321").code() ==
          ErrorCode::InvalidInput);

    auto masked = desk.numbers->masked(desk.session(), person);
    REQUIRE(masked.ok());
    CHECK(masked.value() == QStringLiteral("●●●●●●●●9018"));
    auto record = desk.numbers->find(desk.session(), person);
    REQUIRE(record.ok());
    CHECK(record->provided);
    CHECK(record->source == QStringLiteral("counter"));
    CHECK(record->numberCheck == QStringLiteral("mynumber_card"));
    CHECK(record->identityCheck == kLicense);
    CHECK(record->recordedBy == desk.session().accountId);
    CHECK(record->version == 1);

    // The same number for a second person is refused: one number, one person.
    const Status duplicate = desk.numbers->record(desk.session(), other, kNumber,
                                                  NumberCheck::ResidenceCertificate, kLicense);
    CHECK(duplicate.code() == ErrorCode::AlreadyExists);
    CHECK(desk.numbers->find(desk.session(), other).code() == ErrorCode::NotFound);

    // Recording again for the same person replaces the entry (a correction), version 2.
    REQUIRE(desk.numbers
                ->record(desk.session(), person, u"983205673214", NumberCheck::NotificationCard,
                         {QStringLiteral("health_insurance"), QStringLiteral("pension_book")})
                .ok());
    CHECK(desk.numbers->masked(desk.session(), person).value() == QStringLiteral("●●●●●●●●3214"));
    CHECK(desk.numbers->find(desk.session(), person)->version == 2);
    CHECK(desk.numbers->findPersonByNumber(desk.session(), kNumber).code() == ErrorCode::NotFound);

    // Searches are audited by kind, never with the number.
    const auto searches = auditRecords(desk, QStringLiteral("person.search"));
    REQUIRE(searches.size() >= 3);
    for (const auto& row : searches)
        CHECK(row.purpose == QStringLiteral("mynumber"));
}

TEST_CASE("Neither the table, the change journal nor the file hold the number in clear",
          "[mynumber][privacy]")
{
    MyNumberDesk desk;
    const QString person = test::insertPerson(desk.db());
    REQUIRE(
        desk.numbers->record(desk.session(), person, kNumber, NumberCheck::MyNumberCard, kLicense)
            .ok());
    const QStringList forms = clearForms(kNumber);

    QSqlQuery journal(desk.db());
    REQUIRE(journal.exec(
        QStringLiteral("SELECT payload FROM change_journal WHERE entity = 'person_mynumber'")));
    int journaled = 0;
    while (journal.next()) {
        const QString payload = journal.value(0).toString();
        for (const QString& form : forms)
            CHECK_FALSE(payload.contains(form));
        CHECK(payload.contains(QStringLiteral("\"sealed\"")));
        ++journaled;
    }
    CHECK(journaled == 1);

    QSqlQuery row(desk.db());
    REQUIRE(row.exec(QStringLiteral("SELECT * FROM person_mynumber")));
    REQUIRE(row.next());
    const QByteArray digits = kNumber.toLatin1();
    for (int i = 0; i < row.record().count(); ++i) {
        const QVariant value = row.value(i);
        INFO(row.record().fieldName(i).toStdString());
        CHECK_FALSE(value.toByteArray().contains(digits));
        for (const QString& form : forms)
            CHECK_FALSE(value.toString().contains(form));
    }
    const QByteArray sealed =
        row.value(row.record().indexOf(QStringLiteral("sealed"))).toByteArray();
    CHECK(sealed.size() == 24 + 12 + 16); // nonce ‖ ciphertext ‖ tag
    CHECK(row.value(row.record().indexOf(QStringLiteral("blind_index"))).toByteArray().size() ==
          32);
    CHECK(row.value(row.record().indexOf(QStringLiteral("last4"))).toString() ==
          QStringLiteral("9018"));
    // The journal carries the sealed blob itself (what sync pushes), not another copy.
    CHECK(desk.scalar(QStringLiteral("SELECT payload FROM change_journal WHERE entity = "
                                     "'person_mynumber'"))
              .toString()
              .contains(QString::fromLatin1(sealed.toBase64())));

    // And nothing in the encrypted files, WAL included.
    desk.clerk.reset();
    desk.office.admin.reset();
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        const QByteArray bytes = test::readAll(desk.office.path + suffix);
        CHECK_FALSE(bytes.contains(digits));
    }
}

TEST_CASE("A sealed number copied onto another person does not open", "[mynumber][privacy]")
{
    MyNumberDesk desk;
    const QString first = test::insertPerson(desk.db());
    const QString second = test::insertPerson(desk.db());
    REQUIRE(
        desk.numbers->record(desk.session(), first, kNumber, NumberCheck::MyNumberCard, kLicense)
            .ok());
    REQUIRE(
        desk.numbers
            ->record(desk.session(), second, u"983205673214", NumberCheck::MyNumberCard, kLicense)
            .ok());
    QSqlQuery swap(desk.db());
    REQUIRE(swap.exec(
        QStringLiteral("UPDATE person_mynumber SET sealed = (SELECT sealed FROM person_mynumber p "
                       "WHERE p.person_id = '") +
        first + QStringLiteral("') WHERE person_id = '") + second + u'\''));
    auto revealed = desk.numbers->reveal(desk.session(), second, Scope::WelfareService,
                                         QStringLiteral("application_check"));
    CHECK(revealed.code() == ErrorCode::Crypto);
    auto own = desk.numbers->reveal(desk.session(), first, Scope::WelfareService,
                                    QStringLiteral("application_check"));
    REQUIRE(own.ok());
}

TEST_CASE("Reveal needs the permission in scope and a purpose, and is audited without the number",
          "[mynumber][security]")
{
    MyNumberDesk desk;
    const QString person = test::insertPerson(desk.db());
    REQUIRE(
        desk.numbers->record(desk.session(), person, kNumber, NumberCheck::MyNumberCard, kLicense)
            .ok());
    const int revealsBefore = auditRecords(desk, QStringLiteral("mynumber.reveal")).size();

    // Outside the clerk's scope.
    auto wrongScope = desk.numbers->reveal(desk.session(), person, Scope::Devices,
                                           QStringLiteral("application_check"));
    CHECK(wrongScope.code() == ErrorCode::PermissionDenied);
    const auto denied = auditRecords(desk, QStringLiteral("permission.denied"));
    REQUIRE_FALSE(denied.isEmpty());
    CHECK(denied.first().purpose == QStringLiteral("mynumber.reveal@devices"));
    CHECK(denied.first().objectId == person);

    // Without a purpose, or with one that is not on the list.
    CHECK(desk.numbers->reveal(desk.session(), person, Scope::WelfareService, QString()).code() ==
          ErrorCode::InvalidInput);
    CHECK(desk.numbers->reveal(desk.session(), person, Scope::WelfareService, QStringLiteral("  "))
              .code() == ErrorCode::InvalidInput);
    CHECK(desk.numbers
              ->reveal(desk.session(), person, Scope::WelfareService, QStringLiteral("curiosity"))
              .code() == ErrorCode::InvalidInput);
    CHECK(auditRecords(desk, QStringLiteral("mynumber.reveal")).size() == revealsBefore);

    // An approver may see persons but not numbers.
    desk.office.addAccount(QStringLiteral("approver1"), QStringLiteral("決裁 太郎"),
                           {Role::Approver}, {Scope::WelfareService});
    auto approver = desk.office.signIn(QStringLiteral("approver1"));
    REQUIRE(approver.ok());
    MyNumberService approverNumbers(approver.value()->database(), approver.value()->audit(),
                                    approver.value()->authorizer(), desk.office.clock);
    CHECK(approverNumbers
              .reveal(approver.value()->session(), person, Scope::WelfareService,
                      QStringLiteral("application_check"))
              .code() == ErrorCode::PermissionDenied);
    CHECK(approverNumbers.masked(approver.value()->session(), person).ok());

    // The allowed reveal returns the digits and leaves one audit record.
    auto revealed = desk.numbers->reveal(desk.session(), person, Scope::WelfareService,
                                         QStringLiteral("application_check"));
    INFO(revealed.message().toStdString());
    REQUIRE(revealed.ok());
    REQUIRE(revealed->size() == 12);
    CHECK(QByteArray(reinterpret_cast<const char*>(revealed->data()), 12) == kNumber.toLatin1());
    const auto reveals = auditRecords(desk, QStringLiteral("mynumber.reveal"));
    REQUIRE(reveals.size() == revealsBefore + 1);
    CHECK(reveals.first().objectType == QStringLiteral("person"));
    CHECK(reveals.first().objectId == person);
    CHECK(reveals.first().purpose == QStringLiteral("application_check@welfare_service"));
    CHECK(reveals.first().account == QStringLiteral("clerk1"));
    CHECK(reveals.first().outcome == QStringLiteral("success"));

    // No audit record anywhere holds the number.
    for (const auto& row : auditRecords(desk)) {
        for (const QString& text : {row.objectId, row.purpose, row.objectType, row.account})
            CHECK_FALSE(text.contains(kNumber));
    }

    const QString nobody = test::insertPerson(desk.db());
    CHECK(desk.numbers
              ->reveal(desk.session(), nobody, Scope::WelfareService,
                       QStringLiteral("application_check"))
              .code() == ErrorCode::NotFound);
}

TEST_CASE("Recording checks the number, 番号確認 and 身元確認, and needs person.edit", "[mynumber]")
{
    MyNumberDesk desk;
    const QString person = test::insertPerson(desk.db());
    const auto journalRows = [&desk]() {
        return desk.scalar(QStringLiteral("SELECT count(*) FROM change_journal")).toInt();
    };
    const int before = journalRows();

    const Status badDigit = desk.numbers->record(desk.session(), person, u"123456789019",
                                                 NumberCheck::MyNumberCard, kLicense);
    CHECK(badDigit.code() == ErrorCode::InvalidInput);
    CHECK(badDigit.message() == MyNumber::problemMessage(MyNumber::Problem::CheckDigit));
    CHECK(desk.numbers
              ->record(desk.session(), person, u"000000000000", NumberCheck::MyNumberCard, kLicense)
              .code() == ErrorCode::InvalidInput);
    // 通知カード proves the number, never the identity.
    CHECK(desk.numbers
              ->record(desk.session(), person, kNumber, NumberCheck::NotificationCard,
                       {QStringLiteral("notification_card")})
              .code() == ErrorCode::InvalidInput);
    CHECK(desk.numbers
              ->record(desk.session(), person, kNumber, NumberCheck::ResidenceCertificate,
                       {QStringLiteral("pension_book")})
              .code() == ErrorCode::InvalidInput);
    // 住基ネット照会 is not something a clerk can claim at the counter.
    CHECK(
        desk.numbers->record(desk.session(), person, kNumber, NumberCheck::JukinetInquiry, kLicense)
            .code() == ErrorCode::InvalidInput);
    CHECK(desk.numbers
              ->record(desk.session(), QStringLiteral("no-such-person"), kNumber,
                       NumberCheck::MyNumberCard, kLicense)
              .code() == ErrorCode::NotFound);
    CHECK(journalRows() == before);
    CHECK(desk.scalar(QStringLiteral("SELECT count(*) FROM person_mynumber")).toInt() == 0);

    // The administrator has no person.edit.
    MyNumberService adminNumbers(desk.office.admin->database(), desk.office.admin->audit(),
                                 desk.office.admin->authorizer(), desk.office.clock);
    CHECK(adminNumbers
              .record(desk.office.admin->session(), person, kNumber, NumberCheck::MyNumberCard,
                      kLicense)
              .code() == ErrorCode::PermissionDenied);

    // 通知カード for 番号確認 with two non-photo documents for 身元確認 is fine.
    const Status ok = desk.numbers->record(
        desk.session(), person, kNumber, NumberCheck::NotificationCard,
        {QStringLiteral("long_term_care_insurance"), QStringLiteral("health_insurance")});
    INFO(ok.message().toStdString());
    CHECK(ok.ok());
    CHECK(desk.numbers->find(desk.session(), person)->identityCheck ==
          QStringList{QStringLiteral("health_insurance"),
                      QStringLiteral("long_term_care_insurance")});
}

TEST_CASE("Not provided is recorded with a reason and never erases a number", "[mynumber]")
{
    MyNumberDesk desk;
    const QString person = test::insertPerson(desk.db());
    CHECK(
        desk.numbers->recordNotProvided(desk.session(), person, QStringLiteral("lost it")).code() ==
        ErrorCode::InvalidInput);
    REQUIRE(
        desk.numbers->recordNotProvided(desk.session(), person, QStringLiteral("declined")).ok());
    auto record = desk.numbers->find(desk.session(), person);
    REQUIRE(record.ok());
    CHECK_FALSE(record->provided);
    CHECK(record->notProvidedReason == QStringLiteral("declined"));
    CHECK(record->masked.isEmpty());
    CHECK(desk.numbers->masked(desk.session(), person).code() == ErrorCode::NotFound);

    // Later the applicant brings the card: the number replaces the "not provided" entry.
    REQUIRE(desk.numbers
                ->record(desk.session(), person, kNumber, NumberCheck::MyNumberCard,
                         {QStringLiteral("mynumber_card")})
                .ok());
    record = desk.numbers->find(desk.session(), person);
    REQUIRE(record.ok());
    CHECK(record->provided);
    CHECK(record->notProvidedReason.isEmpty());
    CHECK(record->version == 2);
    CHECK(desk.numbers->recordNotProvided(desk.session(), person, QStringLiteral("not_brought"))
              .code() == ErrorCode::AlreadyExists);
    CHECK(desk.numbers->masked(desk.session(), person).value() == QStringLiteral("●●●●●●●●9018"));
}
