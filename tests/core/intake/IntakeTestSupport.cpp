// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeTestSupport.h"

#include "store/Uuid7.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace madoguchi::test {

using intake::FieldType;

QJsonValue validValue(const intake::FieldSpec& field)
{
    switch (field.type) {
    case FieldType::Text:
        if (field.digits > 0)
            return QString(field.digits, u'7');
        return QStringLiteral("記入例テキスト").left(field.maxLength > 0 ? field.maxLength : 100);
    case FieldType::Date:
        return QStringLiteral("2025-07-01");
    case FieldType::Integer: {
        qint64 value = field.min.value_or(1);
        if (field.max && value > *field.max)
            value = *field.max;
        return static_cast<double>(value);
    }
    case FieldType::Choice:
        return field.choices.isEmpty() ? QString() : field.choices.last().code;
    case FieldType::Boolean:
        return true;
    }
    return {};
}

QJsonObject requiredValues(const intake::ProcedureKind& procedure)
{
    QJsonObject values;
    for (const auto& field : procedure.fields) {
        if (field.required)
            values.insert(field.code, validValue(field));
    }
    return values;
}

QJsonObject allValues(const intake::ProcedureKind& procedure)
{
    QJsonObject values;
    for (const auto& field : procedure.fields)
        values.insert(field.code, validValue(field));
    return values;
}

QStringList allAttachments(const intake::ProcedureKind& procedure)
{
    QStringList codes;
    for (const auto& attachment : procedure.attachments)
        codes << attachment.code;
    return codes;
}

QString addPerson(Workspace& workspace, const QString& atenaNumber)
{
    const QString id = store::newUuid7();
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral(
        "INSERT INTO person (id, version, atena_number, family_name, given_name, family_kana, "
        "given_kana, kana_key, given_kana_key, name_key, given_name_key, birth_date, sex, "
        "created_at, updated_at) VALUES (?, 1, ?, '試験', '花子', 'シケン', 'ハナコ', "
        "'シケンハナコ', 'ハナコ', '試験花子', '花子', '1980-04-01', 'female', "
        "'2025-07-18T09:00:00.000Z', '2025-07-18T09:00:00.000Z')"));
    query.addBindValue(id);
    query.addBindValue(atenaNumber);
    const bool inserted = query.exec();
    INFO(query.lastError().databaseText().toStdString());
    REQUIRE(inserted);
    return id;
}

int count(Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database().connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace madoguchi::test
