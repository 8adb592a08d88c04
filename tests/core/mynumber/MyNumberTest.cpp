// SPDX-License-Identifier: GPL-3.0-or-later
// The check digit of 総務省令第85号 第5条 (rules.md §8), normalization, masking, and the 身元確認
// rules of 番号法施行規則 第1条 (rules.md §11).
#include "mynumber/MyNumber.h"
#include "mynumber/IdentityChecks.h"

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::mynumber;

namespace {

const QStringList kValidExamples = {QStringLiteral("123456789018"), QStringLiteral("983205673214"),
                                    QStringLiteral("111111111118")};

} // namespace

TEST_CASE("The worked examples of rules.md §8 validate", "[mynumber]")
{
    for (const QString& number : kValidExamples) {
        INFO(number.toStdString());
        CHECK(MyNumber::isValid(number));
        CHECK(MyNumber::problem(number) == MyNumber::Problem::None);
        CHECK(MyNumber::checkDigit(QStringView(number).left(11)) == number.back().digitValue());
    }
    CHECK(MyNumber::checkDigit(u"12345678901") == 8);
    CHECK(MyNumber::checkDigit(u"98320567321") == 4);
    CHECK(MyNumber::checkDigit(u"11111111111") == 8);
    // A remainder of 1 also gives 0: 20000000000 sums to 2·6 = 12, 12 mod 11 = 1.
    CHECK(MyNumber::checkDigit(u"20000000000") == 0);
    CHECK(MyNumber::isValid(u"200000000000"));
    CHECK_FALSE(MyNumber::isValid(u"200000000001"));
    CHECK(MyNumber::checkDigit(u"1234567890") == -1);
    CHECK(MyNumber::checkDigit(u"1234567890a") == -1);
}

TEST_CASE("The PMH sample 210987654321 fails, and its correct check digit is 0", "[mynumber]")
{
    CHECK(MyNumber::problem(u"210987654321") == MyNumber::Problem::CheckDigit);
    CHECK(MyNumber::checkDigit(u"21098765432") == 0);
    CHECK(MyNumber::isValid(u"210987654320"));
    auto parsed = MyNumber::parse(u"210987654321");
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.code() == ErrorCode::InvalidInput);
    CHECK(parsed.message().contains(QStringLiteral("check digit")));
    CHECK_FALSE(parsed.message().contains(QStringLiteral("210987654321")));
}

TEST_CASE("000000000000 passes the arithmetic but is refused as never issued", "[mynumber]")
{
    // Decision: all zeros is not a real number (rules.md §8), so it is invalid with its own
    // reason rather than the check-digit one.
    CHECK(MyNumber::checkDigit(u"00000000000") == 0);
    CHECK(MyNumber::problem(u"000000000000") == MyNumber::Problem::AllZero);
    auto parsed = MyNumber::parse(u"0000 0000 0000");
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.message() == MyNumber::problemMessage(MyNumber::Problem::AllZero));
}

TEST_CASE("Every single-digit change of a valid example fails", "[mynumber]")
{
    int tried = 0;
    for (const QString& number : kValidExamples) {
        for (int position = 0; position < 12; ++position) {
            for (char16_t digit = u'0'; digit <= u'9'; ++digit) {
                if (number.at(position) == QChar(digit))
                    continue;
                QString changed = number;
                changed[position] = QChar(digit);
                INFO(changed.toStdString());
                CHECK_FALSE(MyNumber::isValid(changed));
                ++tried;
            }
        }
    }
    CHECK(tried == 3 * 12 * 9);
}

TEST_CASE("Every adjacent transposition of a valid example fails", "[mynumber]")
{
    int tried = 0;
    for (const QString& number : kValidExamples) {
        for (int position = 0; position + 1 < 12; ++position) {
            if (number.at(position) == number.at(position + 1))
                continue; // swapping equal digits does not change the number
            QString swapped = number;
            std::swap(swapped[position], swapped[position + 1]);
            INFO(swapped.toStdString());
            CHECK_FALSE(MyNumber::isValid(swapped));
            ++tried;
        }
    }
    // 123456789018: 11 swaps; 983205673214: 11; 111111111118: only the last pair differs.
    CHECK(tried == 23);
}

TEST_CASE("Numbers are normalized from full-width digits, spaces and hyphens", "[mynumber]")
{
    CHECK(MyNumber::isValid(u"１２３４５６７８９０１８"));
    CHECK(MyNumber::isValid(u"1234 5678 9018"));
    CHECK(MyNumber::isValid(u"1234-5678-9018"));
    CHECK(MyNumber::isValid(u"１２３４　５６７８－９０１８"));
    CHECK(MyNumber::problem(u"1234567890185") == MyNumber::Problem::WrongLength);
    CHECK(MyNumber::problem(u"12345678901") == MyNumber::Problem::WrongLength);
    CHECK(MyNumber::problem(u"") == MyNumber::Problem::WrongLength);
    CHECK(MyNumber::problem(u"12345678901O") == MyNumber::Problem::NotDigits);
    CHECK(MyNumber::problem(u"1234.5678.9018") == MyNumber::Problem::NotDigits);
    CHECK(MyNumber::problem(u"١٢٣٤٥٦٧٨٩٠١٨") == MyNumber::Problem::NotDigits); // Arabic-Indic

    auto parsed = MyNumber::parse(u"１２３４-５６７８ ９０１８");
    REQUIRE(parsed.ok());
    REQUIRE(parsed->digits().size() == 12);
    CHECK(QByteArray(reinterpret_cast<const char*>(parsed->digits().data()), 12) ==
          QByteArrayLiteral("123456789018"));
    auto again = MyNumber::parse(u"123456789018");
    REQUIRE(again.ok());
    CHECK(parsed->equals(again.value()));
    auto other = MyNumber::parse(u"983205673214");
    REQUIRE(other.ok());
    CHECK_FALSE(parsed->equals(other.value()));
}

TEST_CASE("A number is shown masked except for its last four digits", "[mynumber]")
{
    auto parsed = MyNumber::parse(u"9832 0567 3214");
    REQUIRE(parsed.ok());
    CHECK(parsed->last4() == QStringLiteral("3214"));
    CHECK(parsed->mask() == QStringLiteral("●●●●●●●●3214"));
    CHECK(MyNumber::maskFromLast4(u"1234") == QStringLiteral("●●●●●●●●1234"));
    CHECK(parsed->mask().size() == 12);
    CHECK(MyNumber().isNull());
    CHECK(MyNumber().last4().isEmpty());
}

TEST_CASE("身元確認 takes one photo ID or two other documents, never the notification card",
          "[mynumber]")
{
    CHECK(IdentityChecks::check({QStringLiteral("drivers_license")}).ok());
    CHECK(IdentityChecks::check({QStringLiteral("mynumber_card")}).ok());
    CHECK(IdentityChecks::check({QStringLiteral("rehabilitation_handbook")}).ok());
    CHECK(
        IdentityChecks::check({QStringLiteral("health_insurance"), QStringLiteral("pension_book")})
            .ok());
    CHECK(IdentityChecks::check({QStringLiteral("health_insurance"), QStringLiteral("passport")})
              .ok());

    const Status one = IdentityChecks::check({QStringLiteral("health_insurance")});
    CHECK(one.code() == ErrorCode::InvalidInput);
    CHECK(one.message().contains(QStringLiteral("second")));
    // The same document twice is still one document.
    CHECK_FALSE(
        IdentityChecks::check({QStringLiteral("pension_book"), QStringLiteral("pension_book")})
            .ok());
    const Status card = IdentityChecks::check({QStringLiteral("notification_card")});
    CHECK(card.code() == ErrorCode::InvalidInput);
    CHECK(card.message().contains(QStringLiteral("通知カード")));
    // Not even as the second of two non-photo documents.
    CHECK_FALSE(IdentityChecks::check(
                    {QStringLiteral("health_insurance"), QStringLiteral("notification_card")})
                    .ok());
    CHECK_FALSE(IdentityChecks::check({}).ok());
    CHECK_FALSE(IdentityChecks::check({QStringLiteral("library_card")}).ok());

    CHECK(IdentityChecks::storedForm(
              {QStringLiteral("pension_book"), QStringLiteral("health_insurance"),
               QStringLiteral("pension_book")}) == QStringLiteral("health_insurance pension_book"));
    for (const IdentityDocument& document : IdentityChecks::documents()) {
        CHECK_FALSE(document.label.isEmpty());
        CHECK(document.code != u"notification_card");
    }
    // The notification card remains a valid 番号確認.
    NumberCheck check{};
    CHECK(numberCheckFromCode(u"notification_card", &check));
    CHECK(check == NumberCheck::NotificationCard);
    CHECK(counterNumberChecks().contains(NumberCheck::NotificationCard));
    CHECK_FALSE(counterNumberChecks().contains(NumberCheck::JukinetInquiry));
}
