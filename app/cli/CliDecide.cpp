// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli decide: one burden-cap evaluation, JSON in on stdin, JSON out; no database.
#include "CliCommands.h"
#include "CliSupport.h"
#include "rules/BurdenRules.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace madoguchi::cli {

int CliCommands::decide(const CliContext& /*context*/)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(ExitUsage, tr("decide reads its request from standard input."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ExitUsage, tr("The request is not valid JSON (at character %1: %2).")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
    if (!document.isObject())
        return fail(ExitUsage, tr("The request must be one JSON object."));
    auto request = rules::BurdenRules::requestFromJson(document.object());
    if (!request)
        return fail(ExitUsage, request.message());
    auto evaluation = rules::BurdenRules::evaluate(request.value());
    if (!evaluation)
        return fail(evaluation.error());
    printJson(rules::BurdenRules::toJson(evaluation.value()));
    return ExitOk;
}

} // namespace madoguchi::cli
