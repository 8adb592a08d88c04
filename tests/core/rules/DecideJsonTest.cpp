// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON request and response of `madoguchi-cli decide`, in process.
#include "RulesTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace madoguchi;
using namespace madoguchi::rulestest;

namespace {

const char kExample[] = R"({"benefit": "welfare_service",
 "as_of": "2025-07-18",
 "applicant": {"birth_date": "1990-04-01", "income": 790000},
 "household": {"public_assistance": false,
               "members": [{"relation": "self", "tax_exempt": false, "income_levy": 120000},
                           {"relation": "spouse", "tax_exempt": false, "income_levy": 30000}]},
 "setting": "home",
 "severe_continuous": false,
 "device_cost": 0})";

QJsonObject example()
{
    return QJsonDocument::fromJson(kExample).object();
}

/// The error message for the example with one change made by edit.
template <typename Edit> QString errorFor(Edit edit)
{
    QJsonObject o = example();
    edit(o);
    auto parsed = BurdenRules::requestFromJson(o);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.code() == ErrorCode::InvalidInput);
    return parsed.message();
}

QJsonObject withMember(QJsonObject o, int index, const char* key, const QJsonValue& value)
{
    QJsonObject household = o[QStringLiteral("household")].toObject();
    QJsonArray members = household[QStringLiteral("members")].toArray();
    QJsonObject member = members[index].toObject();
    if (value.isUndefined())
        member.remove(QString::fromLatin1(key));
    else
        member[QString::fromLatin1(key)] = value;
    members[index] = member;
    household[QStringLiteral("members")] = members;
    o[QStringLiteral("household")] = household;
    return o;
}

} // namespace

TEST_CASE("decide json: the issue's example request reads and answers as documented",
          "[rules][decide]")
{
    auto parsed = BurdenRules::requestFromJson(example());
    INFO(parsed.message().toStdString());
    REQUIRE(parsed.ok());
    CHECK(parsed->benefit == Benefit::WelfareService);
    CHECK(parsed->members.size() == 2);
    CHECK(parsed->income == 790000);
    const QJsonObject out = BurdenRules::toJson(eval(parsed.value()));
    CHECK(out[QStringLiteral("eligible")].toBool());
    CHECK(out[QStringLiteral("income_category")].toString() == QStringLiteral("general_1"));
    CHECK(out[QStringLiteral("monthly_cap")].toInt() == 9300);
    CHECK(out[QStringLiteral("copay_rate")].toDouble() == 0.1);
    CHECK(out[QStringLiteral("copay")].isNull());
    CHECK(out[QStringLiteral("rule_version")].toString().startsWith(
        QStringLiteral("welfare_service/")));
    CHECK(out[QStringLiteral("explanation")].toArray().size() >= 3);
    CHECK(QJsonDocument(out).toJson(QJsonDocument::Compact).contains("\"copay_rate\":0.1"));
}

TEST_CASE("decide json: missing and ill-typed fields are named", "[rules][decide]")
{
    const auto s = [](const char* t) { return QString::fromLatin1(t); };
    CHECK(errorFor([&](QJsonObject& o) { o.remove(s("benefit")); }).contains(s("benefit")));
    CHECK(errorFor([&](QJsonObject& o) { o[s("benefit")] = s("dental"); }).contains(s("benefit")));
    CHECK(errorFor([&](QJsonObject& o) { o.remove(s("as_of")); }).contains(s("as_of")));
    CHECK(errorFor([&](QJsonObject& o) { o[s("as_of")] = s("2025-02-30"); }).contains(s("as_of")));
    CHECK(errorFor([&](QJsonObject& o) { o[s("as_of")] = 20250718; }).contains(s("as_of")));
    CHECK(errorFor([&](QJsonObject& o) { o.remove(s("applicant")); }).contains(s("applicant")));
    CHECK(errorFor([&](QJsonObject& o) {
              o[s("applicant")] = QJsonObject{{s("income"), 1}};
          }).contains(s("applicant.birth_date")));
    CHECK(errorFor([&](QJsonObject& o) {
              o[s("household")] = QJsonObject{{s("members"), QJsonArray()}};
          }).contains(s("household.public_assistance")));
    CHECK(errorFor([&](QJsonObject& o) {
              o[s("household")] = QJsonObject{{s("public_assistance"), s("no")}};
          }).contains(s("household.public_assistance")));
    CHECK(errorFor([&](QJsonObject& o) {
              o[s("household")] = QJsonObject{{s("public_assistance"), false}};
          }).contains(s("household.members")));
    CHECK(errorFor([&](QJsonObject& o) {
              o[s("household")] =
                  QJsonObject{{s("public_assistance"), false}, {s("members"), QJsonArray()}};
          }).contains(s("household.members")));
    CHECK(errorFor([&](QJsonObject& o) {
              o = withMember(o, 1, "income_levy", QJsonValue());
          }).contains(s("household.members[1].income_levy")));
    CHECK(errorFor([&](QJsonObject& o) {
              o = withMember(o, 1, "income_levy", s("30000"));
          }).contains(s("household.members[1].income_levy")));
    CHECK(errorFor([&](QJsonObject& o) {
              o = withMember(o, 0, "income_levy", -1);
          }).contains(s("household.members[0].income_levy")));
    CHECK(errorFor([&](QJsonObject& o) {
              o = withMember(o, 0, "income_levy", 1.5);
          }).contains(s("household.members[0].income_levy")));
    CHECK(errorFor([&](QJsonObject& o) {
              o = withMember(o, 0, "tax_exempt", 0);
          }).contains(s("household.members[0].tax_exempt")));
    CHECK(errorFor([&](QJsonObject& o) {
              o = withMember(o, 0, "relation", QJsonValue());
          }).contains(s("household.members[0].relation")));
    CHECK(errorFor([&](QJsonObject& o) { o.remove(s("setting")); }).contains(s("setting")));
    CHECK(
        errorFor([&](QJsonObject& o) { o[s("setting")] = s("hospital"); }).contains(s("setting")));
    // Benefit-specific fields are needed for their benefit only.
    CHECK(errorFor([&](QJsonObject& o) {
              o[s("benefit")] = s("prosthetic");
              o.remove(s("device_cost"));
          }).contains(s("device_cost")));
    CHECK(errorFor([&](QJsonObject& o) {
              o[s("benefit")] = s("medical_psychiatric");
              o.remove(s("severe_continuous"));
          }).contains(s("severe_continuous")));
    CHECK(errorFor([&](QJsonObject& o) {
              o[s("benefit")] = s("medical_child");
              o[s("applicant")] = QJsonObject{{s("birth_date"), s("2015-01-01")}};
          }).contains(s("applicant.income")));
    QJsonObject prosthetic = example();
    prosthetic[QStringLiteral("benefit")] = QStringLiteral("prosthetic");
    prosthetic.remove(QStringLiteral("setting"));
    prosthetic.remove(QStringLiteral("severe_continuous"));
    CHECK(BurdenRules::requestFromJson(prosthetic).ok());
}
