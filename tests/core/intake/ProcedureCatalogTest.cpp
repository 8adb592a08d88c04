// SPDX-License-Identifier: GPL-3.0-or-later
// The procedure kinds are data: the shipped file must cover the assessment's list, and a
// malformed file must fail whole, naming the entry, so a city's correction never half-loads.
#include "intake/ProcedureCatalog.h"
#include "IntakeTestSupport.h"
#include "intake/FormValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <catch2/catch.hpp>

#include <functional>

using namespace madoguchi;
using namespace madoguchi::intake;

namespace {

QJsonObject shippedRoot()
{
    QFile file(QStringLiteral(":/procedures/procedures.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString text(const QJsonObject& root)
{
    return QString::fromUtf8(QJsonDocument(root).toJson());
}

// The shipped data with procedure `index` (0-based) changed.
QString withProcedure(int index, const std::function<void(QJsonObject&)>& change)
{
    QJsonObject root = shippedRoot();
    QJsonArray procedures = root.value(QStringLiteral("procedures")).toArray();
    QJsonObject procedure = procedures.at(index).toObject();
    change(procedure);
    procedures.replace(index, procedure);
    root.insert(QStringLiteral("procedures"), procedures);
    return text(root);
}

// The shipped data with field `field` of procedure `index` changed.
QString withField(int index, int field, const std::function<void(QJsonObject&)>& change)
{
    return withProcedure(index, [&](QJsonObject& procedure) {
        QJsonArray fields = procedure.value(QStringLiteral("fields")).toArray();
        QJsonObject object = fields.at(field).toObject();
        change(object);
        fields.replace(field, object);
        procedure.insert(QStringLiteral("fields"), fields);
    });
}

QString refusal(const QString& data)
{
    auto parsed = ProcedureCatalog::parse(data);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.code() == ErrorCode::InvalidInput);
    return parsed.message();
}

} // namespace

TEST_CASE("The shipped procedure data loads and covers all 18 items of the assessment's list",
          "[intake][procedures]")
{
    auto catalog = ProcedureCatalog::loadBuiltIn();
    INFO(catalog.message().toStdString());
    REQUIRE(catalog.ok());
    CHECK_FALSE(ProcedureCatalog::builtIn().isEmpty());

    QSet<int> items;
    for (const ProcedureKind& kind : catalog->procedures()) {
        for (int item : kind.assessmentItems)
            items.insert(item);
    }
    for (int item = 1; item <= 18; ++item) {
        INFO("assessment item " << item);
        CHECK(items.contains(item));
    }
    // (12) 他の法令による給付との調整 is not an application of its own: the benefit applications
    // ask for the other benefits received, which is what the adjustment works from.
    const ProcedureKind* care = catalog->find(QStringLiteral("care_benefit_new"));
    REQUIRE(care);
    CHECK(care->assessmentItems.contains(12));
    REQUIRE(care->field(QStringLiteral("other_law_benefits")));
    CHECK(care->field(QStringLiteral("other_law_benefits"))->required);
}

TEST_CASE("The shipped data has the expected procedure codes per family, in the right ledger",
          "[intake][procedures]")
{
    auto catalog = ProcedureCatalog::loadBuiltIn();
    REQUIRE(catalog.ok());
    const QMap<QString, int> expected{
        {QStringLiteral("service_benefit"), 8}, // 介護・訓練等 × 通常/特例 × 新規/変更
        {QStringLiteral("specific_disabled_benefit"), 2}, // 通常, 特例
        {QStringLiteral("community_consultation"), 2},    // 新規, 変更
        {QStringLiteral("plan_consultation"), 1},
        {QStringLiteral("support_category"), 2}, // 認定, 変更認定
        {QStringLiteral("long_term_care_medical"), 1},
        {QStringLiteral("prosthetic_device"), 1},
        {QStringLiteral("high_cost_benefit"), 1},
        {QStringLiteral("psychiatric_outpatient"), 2}, // 新規, 申請内容変更
        {QStringLiteral("rehabilitation_medical"), 3}, // 新規, 変更, 取消し
        {QStringLiteral("medical_certificate"), 4},    // 精神・更生 × 再交付/返還
        {QStringLiteral("community_life"), 4}, // 日常生活用具, 移動支援, 日中一時, その他
    };
    QMap<QString, int> actual;
    for (const ProcedureFamily& family : catalog->families()) {
        CHECK_FALSE(family.name.isEmpty());
        actual.insert(family.code, int(catalog->inFamily(family.code).size()));
    }
    CHECK(actual == expected);
    CHECK(catalog->procedures().size() == 31);

    using security::Scope;
    auto scopeOf = [&](const char16_t* code) {
        const ProcedureKind* kind = catalog->find(QString::fromUtf16(code));
        REQUIRE(kind);
        return kind->scope;
    };
    CHECK(scopeOf(u"care_benefit_new") == Scope::WelfareService);
    CHECK(scopeOf(u"psychiatric_outpatient_change") == Scope::MedicalPsychiatric);
    CHECK(scopeOf(u"psychiatric_certificate_return") == Scope::MedicalPsychiatric);
    CHECK(scopeOf(u"rehabilitation_medical_cancel") == Scope::MedicalRehabilitation);
    CHECK(scopeOf(u"rehabilitation_certificate_reissue") == Scope::MedicalRehabilitation);
    CHECK(scopeOf(u"prosthetic_device") == Scope::Devices);
    CHECK(scopeOf(u"daily_living_equipment") == Scope::Devices);
    CHECK(scopeOf(u"mobility_support") == Scope::WelfareService);

    for (const ProcedureKind& kind : catalog->procedures()) {
        INFO(kind.code.toStdString());
        CHECK_FALSE(kind.name.isEmpty());
        bool anyRequired = false;
        for (const FieldSpec& field : kind.fields) {
            anyRequired = anyRequired || field.required;
            CHECK_FALSE(field.label.isEmpty());
        }
        CHECK(anyRequired);
        CHECK_FALSE(kind.attachments.isEmpty());
    }
}

TEST_CASE("Procedure data that is not JSON is refused with the line", "[intake][procedures]")
{
    const QString message = refusal(QStringLiteral("{\n  \"format\": 1,\n  \"families\": [,]\n}"));
    CHECK(message.contains(QStringLiteral("line 3")));
    CHECK(message.contains(QStringLiteral("not valid JSON")));
    CHECK(refusal(QStringLiteral("[1, 2]")).contains(QStringLiteral("JSON object")));
    CHECK(refusal(QString()).contains(QStringLiteral("not valid JSON")));
}

TEST_CASE("A procedure without a name is refused, naming it", "[intake][procedures]")
{
    const QString message =
        refusal(withProcedure(2, [](QJsonObject& p) { p.remove(QStringLiteral("name")); }));
    CHECK(message.contains(QStringLiteral("procedure 3 (care_benefit_change)")));
    CHECK(message.contains(QStringLiteral("name is missing")));

    const QString blank = refusal(withProcedure(
        0, [](QJsonObject& p) { p.insert(QStringLiteral("name"), QStringLiteral("  ")); }));
    CHECK(blank.contains(QStringLiteral("procedure 1 (care_benefit_new)")));
}

TEST_CASE("A field of an unknown type is refused, naming procedure and field",
          "[intake][procedures]")
{
    const QString message = refusal(withField(0, 0, [](QJsonObject& f) {
        f.insert(QStringLiteral("type"), QStringLiteral("multiselect"));
    }));
    CHECK(message.contains(QStringLiteral("procedure 1 (care_benefit_new)")));
    CHECK(message.contains(QStringLiteral("field 1 (requested_service)")));
    CHECK(message.contains(QStringLiteral("unknown type 'multiselect'")));
}

TEST_CASE("A duplicate procedure code is refused, naming both entries", "[intake][procedures]")
{
    const QString message = refusal(withProcedure(4, [](QJsonObject& p) {
        p.insert(QStringLiteral("code"), QStringLiteral("care_benefit_new"));
    }));
    CHECK(message.contains(QStringLiteral("procedure 5 (care_benefit_new)")));
    CHECK(message.contains(QStringLiteral("already used by procedure 1")));
}

TEST_CASE("An unknown ledger scope or family is refused, naming the entry", "[intake][procedures]")
{
    const QString scope = refusal(withProcedure(
        6, [](QJsonObject& p) { p.insert(QStringLiteral("scope"), QStringLiteral("welfare")); }));
    CHECK(scope.contains(QStringLiteral("procedure 7 (training_benefit_change)")));
    CHECK(scope.contains(QStringLiteral("unknown ledger scope 'welfare'")));

    const QString family = refusal(withProcedure(
        0, [](QJsonObject& p) { p.insert(QStringLiteral("family"), QStringLiteral("nope")); }));
    CHECK(family.contains(QStringLiteral("unknown family 'nope'")));

    const QString set = refusal(withProcedure(0, [](QJsonObject& p) {
        p.insert(QStringLiteral("include"), QJsonArray{QStringLiteral("identiti")});
    }));
    CHECK(set.contains(QStringLiteral("unknown set 'identiti'")));
}

TEST_CASE("A choice field without choices, and choices on other fields, are refused",
          "[intake][procedures]")
{
    const QString none =
        refusal(withField(0, 0, [](QJsonObject& f) { f.remove(QStringLiteral("choices")); }));
    CHECK(none.contains(QStringLiteral("field 1 (requested_service)")));
    CHECK(none.contains(QStringLiteral("needs a non-empty list of choices")));

    const QString empty = refusal(
        withField(0, 0, [](QJsonObject& f) { f.insert(QStringLiteral("choices"), QJsonArray()); }));
    CHECK(empty.contains(QStringLiteral("needs a non-empty list of choices")));

    const QString misplaced = refusal(withField(
        0, 0, [](QJsonObject& f) { f.insert(QStringLiteral("type"), QStringLiteral("text")); }));
    CHECK(misplaced.contains(QStringLiteral("only a choice field has choices")));
}

TEST_CASE("Typos and contradictions in procedure data are refused, not ignored",
          "[intake][procedures]")
{
    // "requried" would silently make a required field optional.
    const QString typo = refusal(
        withField(0, 1, [](QJsonObject& f) { f.insert(QStringLiteral("requried"), true); }));
    CHECK(typo.contains(QStringLiteral("field 2 (support_category_status)")));
    CHECK(typo.contains(QStringLiteral("unknown key 'requried'")));

    const QString duplicateField = refusal(withProcedure(0, [](QJsonObject& p) {
        QJsonArray fields = p.value(QStringLiteral("fields")).toArray();
        fields.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("requested_amount")},
                                  {QStringLiteral("label"), QStringLiteral("重複")},
                                  {QStringLiteral("type"), QStringLiteral("text")}});
        p.insert(QStringLiteral("fields"), fields);
    }));
    CHECK(duplicateField.contains(QStringLiteral("the field 'requested_amount' appears twice")));

    const QString noLabel =
        refusal(withField(3, 0, [](QJsonObject& f) { f.remove(QStringLiteral("label")); }));
    CHECK(noLabel.contains(QStringLiteral("procedure 4 (care_benefit_special_change)")));
    CHECK(noLabel.contains(QStringLiteral("label is missing")));

    const QString range = refusal(withField(0, 0, [](QJsonObject& f) {
        f.insert(QStringLiteral("type"), QStringLiteral("integer"));
        f.remove(QStringLiteral("choices"));
        f.insert(QStringLiteral("min"), 10);
        f.insert(QStringLiteral("max"), 1);
    }));
    CHECK(range.contains(QStringLiteral("'min' is greater than 'max'")));

    const QString item = refusal(withProcedure(
        0, [](QJsonObject& p) { p.insert(QStringLiteral("assessment_items"), QJsonArray{19}); }));
    CHECK(item.contains(QStringLiteral("numbers from 1 to 18")));

    QJsonObject root = shippedRoot();
    root.insert(QStringLiteral("format"), 2);
    CHECK(refusal(text(root)).contains(QStringLiteral("'format' must be 1")));
}

TEST_CASE("Form values are checked against the procedure, every problem at once",
          "[intake][validation]")
{
    auto catalog = ProcedureCatalog::loadBuiltIn();
    REQUIRE(catalog.ok());
    const ProcedureKind* kind = catalog->find(QStringLiteral("prosthetic_device"));
    REQUIRE(kind);

    const FieldErrors empty = FormValidator::validate(*kind, {}, {});
    for (const FieldSpec& field : kind->fields) {
        INFO(field.code.toStdString());
        CHECK(empty.contains(field.code) == field.required);
    }
    CHECK(empty.value(QStringLiteral("supplier_name")) ==
          QStringLiteral("This field is required."));

    QJsonObject values = test::requiredValues(*kind);
    values.insert(QStringLiteral("device_kind"), QStringLiteral("rocket"));
    values.insert(QStringLiteral("estimate_amount"), QStringLiteral("12.5"));
    values.insert(QStringLiteral("care_insurance_insured"), QStringLiteral("yes"));
    values.insert(QStringLiteral("shoe_size"), 25);
    const FieldErrors wrong =
        FormValidator::validate(*kind, values, {QStringLiteral("estimate"), QStringLiteral("x")});
    CHECK(wrong.size() == 5);
    CHECK(wrong.value(QStringLiteral("device_kind")) ==
          QStringLiteral("Choose one of the listed options."));
    CHECK(wrong.value(QStringLiteral("estimate_amount")) ==
          QStringLiteral("Enter a whole number."));
    CHECK(wrong.value(QStringLiteral("care_insurance_insured")) ==
          QStringLiteral("Answer yes or no."));
    CHECK(wrong.value(QStringLiteral("shoe_size")) ==
          QStringLiteral("This form has no such field."));
    CHECK(wrong.contains(QStringLiteral("attachment:x")));

    // What an IME gives is accepted and stored plain: full-width digits and thousands commas.
    values = test::requiredValues(*kind);
    values.insert(QStringLiteral("estimate_amount"), QStringLiteral("１２３，４５６"));
    QJsonObject normalized;
    CHECK(FormValidator::validate(*kind, values, {}, &normalized).isEmpty());
    CHECK(normalized.value(QStringLiteral("estimate_amount")).toDouble() == 123456.0);
    values.insert(QStringLiteral("estimate_amount"), 0);
    CHECK(FormValidator::validate(*kind, values, {}).value(QStringLiteral("estimate_amount")) ==
          QStringLiteral("Enter a number from 1 to 10000000."));

    const ProcedureKind* reissue = catalog->find(QStringLiteral("psychiatric_certificate_reissue"));
    REQUIRE(reissue);
    QJsonObject number = test::requiredValues(*reissue);
    number.insert(QStringLiteral("recipient_number"), QStringLiteral("１２３４５６６"));
    CHECK(FormValidator::validate(*reissue, number, {}, &normalized).isEmpty());
    CHECK(normalized.value(QStringLiteral("recipient_number")).toString() ==
          QStringLiteral("1234566"));
    number.insert(QStringLiteral("recipient_number"), QStringLiteral("123456"));
    CHECK(FormValidator::validate(*reissue, number, {}).value(QStringLiteral("recipient_number")) ==
          QStringLiteral("Enter exactly 7 digit(s)."));

    const ProcedureKind* cancel = catalog->find(QStringLiteral("rehabilitation_medical_cancel"));
    REQUIRE(cancel);
    QJsonObject dates = test::requiredValues(*cancel);
    dates.insert(QStringLiteral("cancel_from"), QStringLiteral("2025-02-30"));
    CHECK(FormValidator::validate(*cancel, dates, {}).value(QStringLiteral("cancel_from")) ==
          QStringLiteral("Enter a date that exists."));
}
