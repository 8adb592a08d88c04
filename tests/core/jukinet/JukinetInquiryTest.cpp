// SPDX-License-Identifier: GPL-3.0-or-later
// The assessment's rule for 住基ネット inquiries: the 4情報, or 3 items that include 住所.
#include "jukinet/JukinetInquiry.h"
#include "jukinet/JukinetFile.h"

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::jukinet;

namespace {

JukinetInquiry inquiry(bool name, bool address, bool birthDate, bool sex)
{
    JukinetInquiry result;
    result.personId = QStringLiteral("p");
    if (name)
        result.name = QStringLiteral("山田 花子");
    if (address)
        result.address = QStringLiteral("神奈川県藤沢市朝日町1番地の1");
    if (birthDate)
        result.birthDate = QDate(1980, 4, 1);
    if (sex)
        result.sex = QStringLiteral("female");
    return result;
}

} // namespace

TEST_CASE("Inquiries with the four items or three including the address are accepted", "[jukinet]")
{
    CHECK(InquiryRule::check(inquiry(true, true, true, true)).ok());
    CHECK(InquiryRule::itemsCode(inquiry(true, true, true, true)) ==
          QStringLiteral("name address birth_date sex"));
    CHECK(InquiryRule::check(inquiry(true, true, true, false)).ok());
    CHECK(InquiryRule::itemsCode(inquiry(true, true, true, false)) ==
          QStringLiteral("name address birth_date"));
    CHECK(InquiryRule::check(inquiry(true, true, false, true)).ok());
    CHECK(InquiryRule::check(inquiry(false, true, true, true)).ok());
    CHECK(InquiryRule::itemsCode(inquiry(false, true, true, true)) ==
          QStringLiteral("address birth_date sex"));
}

TEST_CASE("Three items without the address, and anything fewer, are refused in core", "[jukinet]")
{
    const Status noAddress = InquiryRule::check(inquiry(true, false, true, true));
    CHECK(noAddress.code() == ErrorCode::InvalidInput);
    CHECK(noAddress.message().contains(QStringLiteral("must include the address")));
    // Every combination of fewer than three items.
    for (int mask = 0; mask < 16; ++mask) {
        const bool items[4] = {bool(mask & 1), bool(mask & 2), bool(mask & 4), bool(mask & 8)};
        const int count = int(items[0]) + int(items[1]) + int(items[2]) + int(items[3]);
        const Status status = InquiryRule::check(inquiry(items[0], items[1], items[2], items[3]));
        INFO(mask);
        CHECK(status.ok() == (count == 4 || (count == 3 && items[1])));
        if (count < 3)
            CHECK(status.message().contains(QStringLiteral("4情報")));
    }
    // Whitespace is not an item.
    JukinetInquiry blankName = inquiry(true, true, true, false);
    blankName.name = QStringLiteral("　 ");
    CHECK_FALSE(InquiryRule::check(blankName).ok());
}

TEST_CASE("The request file has a header, a column line and one request per line", "[jukinet]")
{
    const QString batch = QStringLiteral("01981c8e-0000-7000-8000-000000000001");
    const QList<RequestLine> lines = {
        {QStringLiteral("01981c8e-0000-7000-8000-00000000000a"), QStringLiteral("山田 花子"),
         QStringLiteral("藤沢市朝日町1"), QDate(1980, 4, 1), QStringLiteral("female")},
        {QStringLiteral("01981c8e-0000-7000-8000-00000000000b"), QString(),
         QStringLiteral("藤沢市𠮷田町2"), QDate(1975, 12, 31), QStringLiteral("male")},
        {QStringLiteral("01981c8e-0000-7000-8000-00000000000c"), QStringLiteral("鈴木\t次郎"),
         QStringLiteral("藤沢市3"), QDate(), QStringLiteral("male")},
    };
    const QByteArray bytes = JukinetFile::writeRequests(batch, lines);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.endsWith(QStringLiteral("\r\n")));
    const QStringList rows = text.split(QStringLiteral("\r\n"));
    REQUIRE(rows.size() == 6); // 2 header lines, 3 requests, the empty rest after the last CRLF
    CHECK(rows.at(0) ==
          QStringLiteral("MADOGUCHI-JUKINET-REQUEST\t1\t") + batch + QStringLiteral("\t3"));
    CHECK(rows.at(1) == QStringLiteral("request_id\tname\taddress\tbirth_date\tsex"));
    CHECK(rows.at(2) ==
          lines.at(0).requestId + QStringLiteral("\t山田 花子\t藤沢市朝日町1\t1980-04-01\t2"));
    CHECK(rows.at(3) == lines.at(1).requestId + QStringLiteral("\t\t藤沢市𠮷田町2\t1975-12-31\t1"));
    // A tab inside a value can never shift the columns.
    CHECK(rows.at(4) == lines.at(2).requestId + QStringLiteral("\t鈴木 次郎\t藤沢市3\t\t1"));
    CHECK(rows.at(5).isEmpty());
    for (int i = 0; i < 5; ++i)
        CHECK(rows.at(i).count(u'\t') == (i == 0 ? 3 : 4));
}
