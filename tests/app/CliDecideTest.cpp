// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli decide: JSON on stdin, the documented JSON on stdout, exit 2 on bad input.
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::clitest;

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

Run decide(const QByteArray& request)
{
    // No database, no sign-in: no password or code in the environment either.
    return cli({QStringLiteral("decide")}, {.password = {}, .stdinText = request});
}

QJsonObject answer(const Run& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QByteArray edited(const char* from, const char* to)
{
    QByteArray text(kExample);
    REQUIRE(text.contains(from));
    return text.replace(from, to);
}

} // namespace

TEST_CASE("cli decide: the issue's example gives the documented JSON", "[cli][decide]")
{
    const QJsonObject out = answer(decide(kExample));
    const QStringList keys{QStringLiteral("copay"),           QStringLiteral("copay_rate"),
                           QStringLiteral("eligible"),        QStringLiteral("explanation"),
                           QStringLiteral("income_category"), QStringLiteral("monthly_cap"),
                           QStringLiteral("rule_version")};
    CHECK(out.keys() == keys);
    CHECK(out[QStringLiteral("eligible")] == QJsonValue(true));
    CHECK(out[QStringLiteral("income_category")] == QJsonValue(QStringLiteral("general_1")));
    CHECK(out[QStringLiteral("monthly_cap")] == QJsonValue(9300));
    CHECK(out[QStringLiteral("copay_rate")] == QJsonValue(0.1));
    CHECK(out[QStringLiteral("copay")].isNull());
    CHECK(out[QStringLiteral("rule_version")].toString().startsWith(
        QStringLiteral("welfare_service/")));
    CHECK_FALSE(out[QStringLiteral("explanation")].toArray().isEmpty());
}

TEST_CASE("cli decide: each benefit answers", "[cli][decide]")
{
    const QJsonObject prosthetic =
        answer(decide(edited(R"("benefit": "welfare_service")", R"("benefit": "prosthetic")")
                          .replace(R"("device_cost": 0)", R"("device_cost": 500000)")));
    CHECK(prosthetic[QStringLiteral("income_category")] == QJsonValue(QStringLiteral("general")));
    CHECK(prosthetic[QStringLiteral("monthly_cap")] == QJsonValue(37200));
    CHECK(prosthetic[QStringLiteral("copay")] == QJsonValue(37200));

    const QJsonObject psychiatric = answer(
        decide(edited(R"("benefit": "welfare_service")", R"("benefit": "medical_psychiatric")")));
    CHECK(psychiatric[QStringLiteral("income_category")] == QJsonValue(QStringLiteral("middle_2")));
    CHECK(psychiatric[QStringLiteral("monthly_cap")].isNull()); // the insurance's limit
    CHECK(psychiatric[QStringLiteral("eligible")] == QJsonValue(true));

    const QJsonObject child =
        answer(decide(edited(R"("benefit": "welfare_service")", R"("benefit": "medical_child")")));
    CHECK(child[QStringLiteral("monthly_cap")] == QJsonValue(10000));

    const QJsonObject high = answer(
        decide(edited(R"("benefit": "welfare_service")", R"("benefit": "medical_rehabilitation")")
                   .replace(R"("income_levy": 120000)", R"("income_levy": 205000)")));
    CHECK(high[QStringLiteral("income_category")] == QJsonValue(QStringLiteral("high")));
    CHECK(high[QStringLiteral("eligible")] == QJsonValue(false));
    CHECK(high[QStringLiteral("copay_rate")].isNull());
}

TEST_CASE("cli decide: malformed requests exit 2 naming the field", "[cli][decide]")
{
    const auto refused = [](const QByteArray& request, const char* field) {
        const Run run = decide(request);
        INFO(request.toStdString());
        CHECK(run.exitCode == 2);
        requireOneLineError(run);
        CHECK(run.err.contains(QString::fromLatin1(field)));
    };
    refused("{\"benefit\": ", "JSON");
    refused("[]", "object");
    refused("", "JSON");
    refused(edited(R"("as_of": "2025-07-18",)", ""), "as_of");
    refused(edited(R"("setting": "home")", R"("setting": "tent")"), "setting");
    refused(edited(R"("income_levy": 30000)", R"("income_levy": "30000")"),
            "household.members[1].income_levy");
    refused(edited(R"("birth_date": "1990-04-01")", R"("birth_date": "R2.4.1")"),
            "applicant.birth_date");
    refused(edited(R"("public_assistance": false)", R"("public_assistance": null)"),
            "household.public_assistance");
    // A date before any rule row: bad input too, naming the rule.
    refused(edited(R"("as_of": "2025-07-18")", R"("as_of": "2000-01-01")"), "welfare.");
}
