// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/ProcedureCatalog.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace madoguchi::intake {

namespace {

Q_LOGGING_CATEGORY(lcProcedures, "madoguchi.intake.procedures")

constexpr int kFormatVersion = 1;
constexpr int kFirstAssessmentItem = 1;
constexpr int kLastAssessmentItem = 18;

struct TypeInfo
{
    FieldType type;
    const char16_t* code;
};

constexpr TypeInfo kTypes[] = {
    {FieldType::Text, u"text"},       {FieldType::Date, u"date"},
    {FieldType::Integer, u"integer"}, {FieldType::Choice, u"choice"},
    {FieldType::Boolean, u"boolean"},
};

bool isCode(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return pattern.match(text).hasMatch();
}

// A JSON number that is a whole number within qint64's exact double range.
bool wholeNumber(const QJsonValue& value, qint64* out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > 9.0e15)
        return false;
    *out = static_cast<qint64>(number);
    return true;
}

/// Reads the procedure data; the first problem found stops it, with a message naming the entry.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureCatalog)

public:
    QString error;

    bool fail(const QString& where, const QString& reason)
    {
        error = tr("Procedure data, %1: %2").arg(where, reason);
        return false;
    }

    bool onlyKeys(const QJsonObject& object, std::initializer_list<const char16_t*> allowed,
                  const QString& where)
    {
        for (const QString& key : object.keys()) {
            bool known = false;
            for (const char16_t* name : allowed)
                known = known || QStringView(key) == QStringView(name);
            if (!known)
                return fail(where, tr("unknown key '%1'").arg(key));
        }
        return true;
    }

    bool text(const QJsonObject& object, const char16_t* key, const QString& where, QString* out,
              const QString& missing)
    {
        const QJsonValue value = object.value(QString::fromUtf16(key));
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return fail(where, missing);
        *out = value.toString().trimmed();
        return true;
    }

    bool code(const QJsonObject& object, const QString& where, QString* out)
    {
        const QJsonValue value = object.value(QStringLiteral("code"));
        if (!value.isString() || value.toString().isEmpty())
            return fail(where, tr("the code is missing"));
        if (!isCode(value.toString()))
            return fail(where, tr("'%1' is not a valid code (lower-case ASCII letters, digits and "
                                  "_, starting with a letter)")
                                   .arg(value.toString()));
        *out = value.toString();
        return true;
    }

    bool flag(const QJsonObject& object, const char16_t* key, const QString& where, bool* out)
    {
        const QJsonValue value = object.value(QString::fromUtf16(key));
        if (value.isUndefined()) {
            *out = false;
            return true;
        }
        if (!value.isBool())
            return fail(where, tr("'%1' must be true or false").arg(QString::fromUtf16(key)));
        *out = value.toBool();
        return true;
    }

    bool optionalInteger(const QJsonObject& object, const char16_t* key, const QString& where,
                         std::optional<qint64>* out)
    {
        const QJsonValue value = object.value(QString::fromUtf16(key));
        if (value.isUndefined())
            return true;
        qint64 number = 0;
        if (!wholeNumber(value, &number))
            return fail(where, tr("'%1' must be a whole number").arg(QString::fromUtf16(key)));
        *out = number;
        return true;
    }

    bool field(const QJsonValue& value, const QString& owner, int index, FieldSpec* out)
    {
        QString where = tr("%1, field %2").arg(owner).arg(index + 1);
        if (!value.isObject())
            return fail(where, tr("a field must be a JSON object"));
        const QJsonObject object = value.toObject();
        FieldSpec spec;
        if (!code(object, where, &spec.code))
            return false;
        where = tr("%1, field %2 (%3)").arg(owner).arg(index + 1).arg(spec.code);
        if (!onlyKeys(object,
                      {u"code", u"label", u"type", u"required", u"choices", u"max_length",
                       u"digits", u"min", u"max"},
                      where))
            return false;
        if (!text(object, u"label", where, &spec.label, tr("the label is missing")))
            return false;
        const QJsonValue type = object.value(QStringLiteral("type"));
        if (!type.isString() || !fieldTypeFromCode(type.toString(), &spec.type))
            return fail(where, tr("unknown type '%1' (expected text, date, integer, choice or "
                                  "boolean)")
                                   .arg(type.isString() ? type.toString() : QString()));
        if (!flag(object, u"required", where, &spec.required))
            return false;

        const QJsonValue choices = object.value(QStringLiteral("choices"));
        if (spec.type == FieldType::Choice) {
            if (!choices.isArray() || choices.toArray().isEmpty())
                return fail(where, tr("a choice field needs a non-empty list of choices"));
            QSet<QString> seen;
            const QJsonArray list = choices.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString choiceWhere = tr("%1, choice %2").arg(where).arg(i + 1);
                if (!list.at(i).isObject())
                    return fail(choiceWhere, tr("a choice must be a JSON object"));
                const QJsonObject choiceObject = list.at(i).toObject();
                FieldChoice choice;
                if (!onlyKeys(choiceObject, {u"code", u"label"}, choiceWhere) ||
                    !code(choiceObject, choiceWhere, &choice.code) ||
                    !text(choiceObject, u"label", choiceWhere, &choice.label,
                          tr("the label is missing")))
                    return false;
                if (seen.contains(choice.code))
                    return fail(choiceWhere,
                                tr("the choice '%1' is listed twice").arg(choice.code));
                seen.insert(choice.code);
                spec.choices << choice;
            }
        } else if (!choices.isUndefined()) {
            return fail(where, tr("only a choice field has choices"));
        }

        for (const char16_t* key : {u"max_length", u"digits"}) {
            const QJsonValue limit = object.value(QString::fromUtf16(key));
            if (limit.isUndefined())
                continue;
            qint64 number = 0;
            if (spec.type != FieldType::Text)
                return fail(where,
                            tr("'%1' applies to text fields only").arg(QString::fromUtf16(key)));
            if (!wholeNumber(limit, &number) || number < 1 || number > 10000)
                return fail(
                    where,
                    tr("'%1' must be a whole number from 1 to 10000").arg(QString::fromUtf16(key)));
            (QStringView(key) == u"digits" ? spec.digits : spec.maxLength) = int(number);
        }
        if (!optionalInteger(object, u"min", where, &spec.min) ||
            !optionalInteger(object, u"max", where, &spec.max))
            return false;
        if ((spec.min || spec.max) && spec.type != FieldType::Integer)
            return fail(where, tr("'min' and 'max' apply to integer fields only"));
        if (spec.min && spec.max && *spec.min > *spec.max)
            return fail(where, tr("'min' is greater than 'max'"));
        *out = spec;
        return true;
    }

    bool attachment(const QJsonValue& value, const QString& owner, int index, AttachmentSpec* out)
    {
        QString where = tr("%1, attachment %2").arg(owner).arg(index + 1);
        if (!value.isObject())
            return fail(where, tr("an attachment must be a JSON object"));
        const QJsonObject object = value.toObject();
        AttachmentSpec spec;
        if (!code(object, where, &spec.code))
            return false;
        where = tr("%1, attachment %2 (%3)").arg(owner).arg(index + 1).arg(spec.code);
        if (!onlyKeys(object, {u"code", u"label", u"required"}, where) ||
            !text(object, u"label", where, &spec.label, tr("the label is missing")) ||
            !flag(object, u"required", where, &spec.required))
            return false;
        *out = spec;
        return true;
    }

    /// Appends the fields and attachments of object (a procedure or a set) to the lists.
    bool fieldsAndAttachments(const QJsonObject& object, const QString& owner,
                              QList<FieldSpec>* fields, QList<AttachmentSpec>* attachments)
    {
        for (const char16_t* key : {u"fields", u"attachments"}) {
            const QJsonValue value = object.value(QString::fromUtf16(key));
            if (!value.isUndefined() && !value.isArray())
                return fail(owner, tr("'%1' must be a list").arg(QString::fromUtf16(key)));
        }
        const QJsonArray fieldList = object.value(QStringLiteral("fields")).toArray();
        for (qsizetype i = 0; i < fieldList.size(); ++i) {
            FieldSpec spec;
            if (!field(fieldList.at(i), owner, int(i), &spec))
                return false;
            *fields << spec;
        }
        const QJsonArray attachmentList = object.value(QStringLiteral("attachments")).toArray();
        for (qsizetype i = 0; i < attachmentList.size(); ++i) {
            AttachmentSpec spec;
            if (!attachment(attachmentList.at(i), owner, int(i), &spec))
                return false;
            *attachments << spec;
        }
        return true;
    }
};

struct FieldSet
{
    QList<FieldSpec> fields;
    QList<AttachmentSpec> attachments;
};

} // namespace

QString fieldTypeCode(FieldType type)
{
    for (const auto& info : kTypes) {
        if (info.type == type)
            return QString::fromUtf16(info.code);
    }
    return {};
}

bool fieldTypeFromCode(QStringView code, FieldType* type)
{
    for (const auto& info : kTypes) {
        if (code == QStringView(info.code)) {
            if (type)
                *type = info.type;
            return true;
        }
    }
    return false;
}

bool FieldSpec::hasChoice(const QString& choiceCode) const
{
    for (const FieldChoice& choice : choices) {
        if (choice.code == choiceCode)
            return true;
    }
    return false;
}

const FieldSpec* ProcedureKind::field(const QString& fieldCode) const
{
    for (const FieldSpec& spec : fields) {
        if (spec.code == fieldCode)
            return &spec;
    }
    return nullptr;
}

const AttachmentSpec* ProcedureKind::attachment(const QString& attachmentCode) const
{
    for (const AttachmentSpec& spec : attachments) {
        if (spec.code == attachmentCode)
            return &spec;
    }
    return nullptr;
}

Result<ProcedureCatalog> ProcedureCatalog::parse(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = utf8.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column =
            int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        return Error{ErrorCode::InvalidInput,
                     tr("Procedure data is not valid JSON (line %1, column %2): %3")
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString())};
    }
    if (!document.isObject())
        return Error{ErrorCode::InvalidInput, tr("Procedure data must be a JSON object.")};

    Parser parser;
    auto failed = [&parser]() { return Error{ErrorCode::InvalidInput, parser.error}; };
    const QJsonObject root = document.object();
    const QString top = tr("top level");
    if (!parser.onlyKeys(root, {u"spdx", u"note", u"format", u"families", u"sets", u"procedures"},
                         top))
        return failed();
    qint64 format = 0;
    if (!wholeNumber(root.value(QStringLiteral("format")), &format) || format != kFormatVersion) {
        parser.fail(top, tr("'format' must be %1").arg(kFormatVersion));
        return failed();
    }

    ProcedureCatalog catalog;
    const QJsonValue families = root.value(QStringLiteral("families"));
    if (!families.isArray() || families.toArray().isEmpty()) {
        parser.fail(top, tr("'families' must be a non-empty list"));
        return failed();
    }
    QSet<QString> familyCodes;
    const QJsonArray familyList = families.toArray();
    for (qsizetype i = 0; i < familyList.size(); ++i) {
        QString where = tr("family %1").arg(i + 1);
        if (!familyList.at(i).isObject()) {
            parser.fail(where, tr("a family must be a JSON object"));
            return failed();
        }
        const QJsonObject object = familyList.at(i).toObject();
        ProcedureFamily family;
        if (!parser.code(object, where, &family.code))
            return failed();
        where = tr("family %1 (%2)").arg(i + 1).arg(family.code);
        if (!parser.onlyKeys(object, {u"code", u"name"}, where) ||
            !parser.text(object, u"name", where, &family.name, tr("the name is missing")))
            return failed();
        if (familyCodes.contains(family.code)) {
            parser.fail(where, tr("the code '%1' is used twice").arg(family.code));
            return failed();
        }
        familyCodes.insert(family.code);
        catalog.m_families << family;
    }

    QHash<QString, FieldSet> sets;
    const QJsonValue setsValue = root.value(QStringLiteral("sets"));
    if (!setsValue.isUndefined() && !setsValue.isObject()) {
        parser.fail(top, tr("'sets' must be a JSON object"));
        return failed();
    }
    const QJsonObject setObject = setsValue.toObject();
    for (auto it = setObject.constBegin(); it != setObject.constEnd(); ++it) {
        const QString where = tr("set '%1'").arg(it.key());
        if (!isCode(it.key())) {
            parser.fail(where, tr("'%1' is not a valid code").arg(it.key()));
            return failed();
        }
        if (!it.value().isObject()) {
            parser.fail(where, tr("a set must be a JSON object"));
            return failed();
        }
        FieldSet set;
        if (!parser.onlyKeys(it.value().toObject(), {u"fields", u"attachments", u"note"}, where) ||
            !parser.fieldsAndAttachments(it.value().toObject(), where, &set.fields,
                                         &set.attachments))
            return failed();
        sets.insert(it.key(), set);
    }

    const QJsonValue procedures = root.value(QStringLiteral("procedures"));
    if (!procedures.isArray() || procedures.toArray().isEmpty()) {
        parser.fail(top, tr("'procedures' must be a non-empty list"));
        return failed();
    }
    QHash<QString, int> procedureIndex;
    const QJsonArray procedureList = procedures.toArray();
    for (qsizetype i = 0; i < procedureList.size(); ++i) {
        const int number = int(i) + 1;
        QString where = tr("procedure %1").arg(number);
        if (!procedureList.at(i).isObject()) {
            parser.fail(where, tr("a procedure must be a JSON object"));
            return failed();
        }
        const QJsonObject object = procedureList.at(i).toObject();
        ProcedureKind kind;
        if (!parser.code(object, where, &kind.code))
            return failed();
        where = tr("procedure %1 (%2)").arg(number).arg(kind.code);
        if (!parser.onlyKeys(object,
                             {u"code", u"name", u"family", u"scope", u"assessment_items",
                              u"include", u"fields", u"attachments", u"note"},
                             where) ||
            !parser.text(object, u"name", where, &kind.name, tr("the name is missing")))
            return failed();
        if (const auto other = procedureIndex.constFind(kind.code);
            other != procedureIndex.constEnd()) {
            parser.fail(where, tr("the code is already used by procedure %1").arg(*other));
            return failed();
        }
        procedureIndex.insert(kind.code, number);

        const QJsonValue family = object.value(QStringLiteral("family"));
        if (!family.isString() || !familyCodes.contains(family.toString())) {
            parser.fail(where, tr("unknown family '%1'").arg(family.toString()));
            return failed();
        }
        kind.family = family.toString();
        const QJsonValue scope = object.value(QStringLiteral("scope"));
        if (!scope.isString() || !security::scopeFromCode(scope.toString(), &kind.scope)) {
            parser.fail(where, tr("unknown ledger scope '%1' (expected welfare_service, "
                                  "medical_rehabilitation, medical_psychiatric or devices)")
                                   .arg(scope.toString()));
            return failed();
        }
        const QJsonValue items = object.value(QStringLiteral("assessment_items"));
        if (!items.isArray() || items.toArray().isEmpty()) {
            parser.fail(where, tr("'assessment_items' must list the assessment's procedure "
                                  "numbers it serves"));
            return failed();
        }
        for (const QJsonValue& item : items.toArray()) {
            qint64 value = 0;
            if (!wholeNumber(item, &value) || value < kFirstAssessmentItem ||
                value > kLastAssessmentItem) {
                parser.fail(where, tr("assessment items are numbers from %1 to %2")
                                       .arg(kFirstAssessmentItem)
                                       .arg(kLastAssessmentItem));
                return failed();
            }
            if (!kind.assessmentItems.contains(int(value)))
                kind.assessmentItems << int(value);
        }

        if (!parser.fieldsAndAttachments(object, where, &kind.fields, &kind.attachments))
            return failed();
        const QJsonValue include = object.value(QStringLiteral("include"));
        if (!include.isUndefined() && !include.isArray()) {
            parser.fail(where, tr("'include' must be a list of set names"));
            return failed();
        }
        for (const QJsonValue& name : include.toArray()) {
            const auto set = sets.constFind(name.toString());
            if (!name.isString() || set == sets.constEnd()) {
                parser.fail(where, tr("unknown set '%1'").arg(name.toString()));
                return failed();
            }
            kind.fields += set->fields;
            kind.attachments += set->attachments;
        }
        QSet<QString> fieldCodes;
        for (const FieldSpec& spec : std::as_const(kind.fields)) {
            if (fieldCodes.contains(spec.code)) {
                parser.fail(
                    where,
                    tr("the field '%1' appears twice (check the included sets)").arg(spec.code));
                return failed();
            }
            fieldCodes.insert(spec.code);
        }
        QSet<QString> attachmentCodes;
        for (const AttachmentSpec& spec : std::as_const(kind.attachments)) {
            if (attachmentCodes.contains(spec.code)) {
                parser.fail(where, tr("the attachment '%1' appears twice (check the included sets)")
                                       .arg(spec.code));
                return failed();
            }
            attachmentCodes.insert(spec.code);
        }
        catalog.m_procedures << kind;
    }

    for (const ProcedureFamily& family : std::as_const(catalog.m_families)) {
        if (catalog.inFamily(family.code).isEmpty()) {
            parser.fail(tr("family '%1'").arg(family.code), tr("no procedure belongs to it"));
            return failed();
        }
    }
    return catalog;
}

Result<ProcedureCatalog> ProcedureCatalog::loadBuiltIn()
{
    QFile file(QStringLiteral(":/procedures/procedures.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Internal, tr("The shipped procedure data is missing.")};
    return parse(QString::fromUtf8(file.readAll()));
}

const ProcedureCatalog& ProcedureCatalog::builtIn()
{
    static const ProcedureCatalog catalog = [] {
        auto loaded = loadBuiltIn();
        if (!loaded) {
            qCCritical(lcProcedures) << "procedure data refused:" << loaded.message();
            return ProcedureCatalog();
        }
        return std::move(loaded).value();
    }();
    return catalog;
}

const ProcedureKind* ProcedureCatalog::find(const QString& code) const
{
    for (const ProcedureKind& kind : m_procedures) {
        if (kind.code == code)
            return &kind;
    }
    return nullptr;
}

const ProcedureFamily* ProcedureCatalog::family(const QString& code) const
{
    for (const ProcedureFamily& family : m_families) {
        if (family.code == code)
            return &family;
    }
    return nullptr;
}

QList<const ProcedureKind*> ProcedureCatalog::inFamily(const QString& familyCode) const
{
    QList<const ProcedureKind*> list;
    for (const ProcedureKind& kind : m_procedures) {
        if (kind.family == familyCode)
            list << &kind;
    }
    return list;
}

} // namespace madoguchi::intake
