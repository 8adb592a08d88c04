// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentLayout.h"
#include "documents/DocumentRenderer.h"

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::documents;

namespace {

QByteArray layoutWith(const QByteArray& element)
{
    return R"({"kind":"test_kind","title":"T","paper":"A4","elements":[)" + element + "]}";
}

void requireRefused(const QByteArray& json, const QString& mentions)
{
    const Result<DocumentLayout> layout = DocumentLayout::parse(json, QStringLiteral("bad.json"));
    INFO(json.toStdString());
    REQUIRE_FALSE(layout.ok());
    CHECK(layout.code() == ErrorCode::InvalidInput);
    INFO(layout.message().toStdString());
    CHECK(layout.message().contains(QStringLiteral("bad.json")));
    CHECK(layout.message().contains(mentions));
}

} // namespace

TEST_CASE("every built-in layout parses", "[documents]")
{
    const QStringList kinds = DocumentLayout::builtInKinds();
    CHECK(kinds.size() == 11);
    for (const QString& kind : kinds) {
        const Result<DocumentLayout> layout = DocumentLayout::load(kind);
        INFO(kind.toStdString() << ": " << layout.message().toStdString());
        REQUIRE(layout.ok());
        CHECK(layout->kind == kind);
        CHECK_FALSE(layout->elements.isEmpty());
    }
    CHECK(DocumentLayout::load(QStringLiteral("no_such_kind")).code() == ErrorCode::NotFound);
    CHECK(DocumentLayout::load(QStringLiteral("../etc")).code() == ErrorCode::NotFound);
}

TEST_CASE("a minimal layout parses with its page and elements", "[documents]")
{
    const Result<DocumentLayout> layout = DocumentLayout::parse(
        R"({"kind":"k","title":"T","paper":"A5","orientation":"landscape","elements":[
            {"type":"text","x":10,"y":10,"w":50,"h":8,"field":"name","shrink":true},
            {"type":"field","x":10,"y":20,"w":100,"h":8,"label":"交付年月日","labelWidth":30,
             "field":"issue_date","format":"wareki"},
            {"type":"table","x":10,"y":40,"source":"rows","rows":3,"rowHeight":8,
             "columns":[{"title":"A","field":"a","w":40},{"title":"B","field":"b","w":40,"format":"yen"}]},
            {"type":"qr","x":170,"y":100,"size":30}]})",
        QStringLiteral("ok.json"));
    INFO(layout.message().toStdString());
    REQUIRE(layout.ok());
    CHECK(layout->pageSizeMm == QSizeF(210, 148));
    CHECK(layout->landscape);
    REQUIRE(layout->elements.size() == 4);
    CHECK(layout->elements.at(0).shrink);
    CHECK(layout->elements.at(1).format == ValueFormat::Wareki);
    CHECK(layout->elements.at(2).rect.size() == QSizeF(80, 32));
    CHECK(layout->elements.at(2).tableColumns.at(1).format == ValueFormat::Yen);
}

TEST_CASE("malformed layouts are refused with the file and element named", "[documents]")
{
    requireRefused("{not json", QStringLiteral("JSON"));
    requireRefused("[]", QStringLiteral("object"));
    requireRefused(R"({"kind":"k","title":"T","elements":[]})", QStringLiteral("elements"));
    requireRefused(R"({"title":"T","elements":[{"type":"box","x":1,"y":1,"w":1,"h":1}]})",
                   QStringLiteral("kind"));
    requireRefused(
        R"({"kind":"k","title":"T","paper":"Letter","elements":[{"type":"box","x":1,"y":1,"w":1,"h":1}]})",
        QStringLiteral("paper"));
    requireRefused(
        R"({"kind":"k","title":"T","colour":"red","elements":[{"type":"box","x":1,"y":1,"w":1,"h":1}]})",
        QStringLiteral("colour"));
    // Unknown element type, missing type.
    requireRefused(layoutWith(R"({"type":"barcode","x":1,"y":1})"),
                   QStringLiteral("element 1 has the unknown type \"barcode\""));
    requireRefused(layoutWith(R"({"x":1,"y":1})"), QStringLiteral("element 1"));
    requireRefused(layoutWith(R"(42)"), QStringLiteral("element 1"));
    // Missing keys.
    requireRefused(layoutWith(R"({"type":"box","x":1,"y":1,"w":5})"), QStringLiteral("\"h\""));
    requireRefused(layoutWith(R"({"type":"text","x":1,"y":1,"w":5,"h":5})"),
                   QStringLiteral("\"field\" or \"text\""));
    requireRefused(layoutWith(R"({"type":"furigana","x":1,"y":1,"w":5,"h":5,"field":"name"})"),
                   QStringLiteral("kanaField"));
    requireRefused(layoutWith(R"({"type":"field","x":1,"y":1,"w":50,"h":5,"labelWidth":10})"),
                   QStringLiteral("label"));
    // Bad numbers: text, negative, off the page, not finite, wrong sizes.
    requireRefused(layoutWith(R"({"type":"box","x":"10","y":1,"w":5,"h":5})"),
                   QStringLiteral("\"x\" must be a number"));
    requireRefused(layoutWith(R"({"type":"box","x":-1,"y":1,"w":5,"h":5})"),
                   QStringLiteral("\"x\""));
    requireRefused(layoutWith(R"({"type":"box","x":200,"y":1,"w":50,"h":5})"),
                   QStringLiteral("runs off"));
    requireRefused(layoutWith(R"({"type":"box","x":1,"y":1,"w":5,"h":1e999})"),
                   QStringLiteral("JSON"));
    requireRefused(layoutWith(R"({"type":"text","x":1,"y":1,"w":5,"h":5,"text":"a","size":0})"),
                   QStringLiteral("\"size\""));
    requireRefused(
        layoutWith(R"({"type":"grid","x":1,"y":1,"rows":2,"rowHeight":5,"columns":[10,-3]})"),
        QStringLiteral("columns"));
    requireRefused(layoutWith(R"({"type":"table","x":1,"y":1,"source":"s","rows":2,"rowHeight":5,
                                  "columns":[{"title":"A","field":"a"}]})"),
                   QStringLiteral("column 1"));
    requireRefused(
        layoutWith(R"({"type":"field","x":1,"y":1,"w":50,"h":5,"label":"L","labelWidth":60})"),
        QStringLiteral("labelWidth"));
    // Bad enumerations and booleans, unknown keys.
    requireRefused(
        layoutWith(R"({"type":"text","x":1,"y":1,"w":5,"h":5,"text":"a","align":"middle"})"),
        QStringLiteral("align"));
    requireRefused(
        layoutWith(R"({"type":"text","x":1,"y":1,"w":5,"h":5,"field":"a","format":"date"})"),
        QStringLiteral("format"));
    requireRefused(layoutWith(R"({"type":"text","x":1,"y":1,"w":5,"h":5,"text":"a","bold":"yes"})"),
                   QStringLiteral("bold"));
    requireRefused(layoutWith(R"({"type":"box","x":1,"y":1,"w":5,"h":5,"colour":"red"})"),
                   QStringLiteral("colour"));
    requireRefused(layoutWith(R"({"type":"text","x":1,"y":1,"w":5,"h":5,"field":"Name-1"})"),
                   QStringLiteral("Name-1"));
    // Placeholders in literal text.
    requireRefused(layoutWith(R"({"type":"text","x":1,"y":1,"w":5,"h":5,"text":"{from:era}"})"),
                   QStringLiteral("{from:era}"));
    requireRefused(layoutWith(R"({"type":"text","x":1,"y":1,"w":5,"h":5,"text":"a {Bad Name} b"})"),
                   QStringLiteral("{Bad Name}"));
    requireRefused(
        layoutWith(R"({"type":"text","x":1,"y":1,"w":5,"h":5,"text":"番号 {mynumber}"})"),
        QStringLiteral("My Number"));
    // The My Number is never a field.
    requireRefused(layoutWith(R"({"type":"text","x":1,"y":1,"w":5,"h":5,"field":"my_number"})"),
                   QStringLiteral("My Number"));
    requireRefused(layoutWith(R"({"type":"box","x":1,"y":1,"w":5,"h":5},
                                 {"type":"text","x":1,"y":1,"w":5,"h":5,"field":"individual_number"})"),
                   QStringLiteral("element 2"));
}

TEST_CASE("values are formatted as printed and My Numbers removed", "[documents]")
{
    CHECK(DocumentRenderer::formatValue(QStringLiteral("2025-08-01"), ValueFormat::Wareki) ==
          QStringLiteral("令和7年8月1日"));
    CHECK(DocumentRenderer::formatValue(QStringLiteral("2019-05-01"), ValueFormat::Wareki) ==
          QStringLiteral("令和元年5月1日"));
    CHECK(DocumentRenderer::formatValue(QStringLiteral("not a date"), ValueFormat::Wareki) ==
          QStringLiteral("not a date"));
    CHECK(DocumentRenderer::formatValue(QStringLiteral("9300"), ValueFormat::Yen) ==
          QStringLiteral("9,300円"));
    CHECK(DocumentRenderer::formatValue(QStringLiteral("1234567"), ValueFormat::Number) ==
          QStringLiteral("1,234,567"));
    CHECK(DocumentRenderer::formatValue(QStringLiteral("0"), ValueFormat::Yen) ==
          QStringLiteral("0円"));
    CHECK(DocumentRenderer::formatValue(QStringLiteral("-"), ValueFormat::Yen) ==
          QStringLiteral("-"));
    // 123456789018 is a valid individual number; 123456789012 is not (wrong check digit).
    CHECK(DocumentRenderer::withoutMyNumbers(QStringLiteral("番号 123456789018 です")) ==
          QStringLiteral("番号  です"));
    CHECK(DocumentRenderer::withoutMyNumbers(QStringLiteral("1234-5678-9018")).isEmpty());
    CHECK(DocumentRenderer::withoutMyNumbers(QStringLiteral("123456789012")) ==
          QStringLiteral("123456789012"));
    CHECK(DocumentRenderer::withoutMyNumbers(QStringLiteral("1234567890")) ==
          QStringLiteral("1234567890"));
    DocumentData data;
    data.fields.insert(QStringLiteral("from"), QStringLiteral("2025-08-01"));
    data.fields.insert(QStringLiteral("cap"), QStringLiteral("37200"));
    CHECK(DocumentRenderer::expand(QStringLiteral("{from:wareki}から 上限{cap:yen} {missing}."),
                                   data) == QStringLiteral("令和7年8月1日から 上限37,200円 ."));
}
