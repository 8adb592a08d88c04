// SPDX-License-Identifier: GPL-3.0-or-later
#include "japanese/KanaNormalizer.h"

#include "JapaneseTestSupport.h"

using madoguchi::japanese::KanaNormalizer;

namespace {

QString kana(const char16_t* text)
{
    return KanaNormalizer::kanaKey(QStringView(text));
}

} // namespace

TEST_CASE("Kana keys are alike for hiragana, katakana and half-width katakana, with or without "
          "spaces",
          "[kana]")
{
    const QString expected = QStringLiteral("ヤマダタロウ");
    for (const char16_t* input :
         {u"やまだ たろう", u"やまだたろう", u"ヤマダ　タロウ", u"ヤマダタロウ", u"ﾔﾏﾀﾞ ﾀﾛｳ",
          u"ﾔﾏﾀﾞﾀﾛｳ", u"やまだ　ﾀﾛｳ", u"ヤマダ・タロウ", u"ﾔﾏﾀﾞ･ﾀﾛｳ", u" やまだ\tたろう ",
          u"やま だ たろ う"}) {
        INFO(QString::fromUtf16(input).toStdString());
        CHECK(kana(input) == expected);
    }
}

TEST_CASE("Half-width voiced and semi-voiced kana join into one full-width kana", "[kana]")
{
    CHECK(kana(u"ﾊﾟﾝ") == QStringLiteral("パン"));
    CHECK(kana(u"ｶﾞｷﾞｸﾞｹﾞｺﾞ") == QStringLiteral("ガギグゲゴ"));
    CHECK(kana(u"ｻﾞｼﾞｽﾞｾﾞｿﾞ") == QStringLiteral("ザジズゼゾ"));
    CHECK(kana(u"ﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞ") == QStringLiteral("ダヂヅデド"));
    CHECK(kana(u"ﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞ") == QStringLiteral("バビブベボ"));
    CHECK(kana(u"ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ") == QStringLiteral("パピプペポ"));
    CHECK(kana(u"ｳﾞｧｲｵﾘﾝ") == QStringLiteral("ヴァイオリン"));
    CHECK(kana(u"ｦ") == QStringLiteral("ヲ"));
    CHECK(kana(u"ﾝ") == QStringLiteral("ン"));
    // Hiragana and katakana written with a separate combining mark join too.
    CHECK(kana(u"か\u3099") == QStringLiteral("ガ"));
    CHECK(kana(u"ﾊﾟﾝ").size() == 2);
}

TEST_CASE("Kana keys keep long vowel marks, small kana and voicing apart", "[kana]")
{
    CHECK(kana(u"らーめん") == QStringLiteral("ラーメン"));
    CHECK(kana(u"ﾗｰﾒﾝ") == QStringLiteral("ラーメン"));
    CHECK(kana(u"ﾗｰﾒﾝ") != kana(u"らめん"));
    CHECK(kana(u"ぁぃぅぇぉっゃゅょゎ") == QStringLiteral("ァィゥェォッャュョヮ"));
    CHECK(kana(u"ｧｨｩｪｫｯｬｭｮ") == QStringLiteral("ァィゥェォッャュョ"));
    CHECK(kana(u"ァ") == QStringLiteral("ァ"));
    CHECK(kana(u"きっさ") == QStringLiteral("キッサ"));
    CHECK(kana(u"きっさ") != kana(u"きつさ"));
    CHECK(kana(u"はし") != kana(u"ばし"));
    CHECK(kana(u"ばし") != kana(u"ぱし"));
    CHECK(kana(u"ゔ") == QStringLiteral("ヴ"));
    CHECK(kana(u"ゕゖ") == QStringLiteral("ヵヶ"));
    CHECK(kana(u"いすゞ") == QStringLiteral("イスヾ"));
}

TEST_CASE("Kana keys fold full-width ASCII and keep kanji and other text", "[kana]")
{
    CHECK(kana(u"ＡＢＣ　１２３") == QStringLiteral("ABC123"));
    CHECK(kana(u"ｙａｍａｄａ") == QStringLiteral("yamada"));
    CHECK(kana(u"山田 たろう") == QStringLiteral("山田タロウ"));
    CHECK(kana(u"ジョン・スミス") == QStringLiteral("ジョンスミス"));
    CHECK(kana(u"ｼﾞｮﾝ･ｽﾐｽ") == QStringLiteral("ジョンスミス"));
    CHECK(kana(u"").isEmpty());
    CHECK(kana(u"　 ").isEmpty());
}

TEST_CASE("isKanaOnly tells kana queries from kanji, digits and Latin", "[kana]")
{
    for (const char16_t* input : {u"やまだ たろう", u"ヤマダ　タロウ", u"ﾔﾏﾀﾞ ﾀﾛｳ", u"ﾊﾟﾝ",
                                  u"らーめん", u"ァ", u"ジョン・スミス", u"やまだﾀﾛｳ"}) {
        INFO(QString::fromUtf16(input).toStdString());
        CHECK(KanaNormalizer::isKanaOnly(QStringView(input)));
    }
    for (const char16_t* input : {u"山田", u"山田 たろう", u"", u"　", u"・", u"yamada", u"やまだ1",
                                  u"0312345678", u"R7.7.18", u"令和7年"}) {
        INFO(QString::fromUtf16(input).toStdString());
        CHECK_FALSE(KanaNormalizer::isKanaOnly(QStringView(input)));
    }
}

TEST_CASE("Name and digit keys drop spaces and punctuation", "[kana]")
{
    CHECK(KanaNormalizer::nameKey(u"山田 太郎") == QStringLiteral("山田太郎"));
    CHECK(KanaNormalizer::nameKey(u"山田　太郎") == QStringLiteral("山田太郎"));
    CHECK(KanaNormalizer::nameKey(u" 髙橋\t一郎 ") == QStringLiteral("髙橋一郎"));
    CHECK(KanaNormalizer::nameKey(u"").isEmpty());

    CHECK(KanaNormalizer::digitsKey(u"03-1234-5678") == QStringLiteral("0312345678"));
    CHECK(KanaNormalizer::digitsKey(u"０３－１２３４－５６７８") == QStringLiteral("0312345678"));
    CHECK(KanaNormalizer::digitsKey(u"(03) 1234 5678") == QStringLiteral("0312345678"));
    CHECK(KanaNormalizer::digitsKey(u"０９０ー１２３４ー５６７８") ==
          QStringLiteral("09012345678"));
    CHECK(KanaNormalizer::digitsKey(u"山田").isEmpty());
}
