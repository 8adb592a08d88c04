// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/FormValidator.h"

#include <QDate>
#include <QRegularExpression>

#include <cmath>

namespace madoguchi::intake {

namespace {

bool isEmpty(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty());
}

// Full-width digits, minus signs and commas typed through an IME become ASCII.
QString asciiDigits(const QString& text)
{
    QString normalized = text.normalized(QString::NormalizationForm_KC).trimmed();
    normalized.replace(u'\u2212', u'-'); // MINUS SIGN
    return normalized;
}

bool parseInteger(const QJsonValue& value, qint64* out)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > 9.0e15)
            return false;
        *out = static_cast<qint64>(number);
        return true;
    }
    if (!value.isString())
        return false;
    static const QRegularExpression pattern(
        QStringLiteral("^-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,15})$"));
    QString text = asciiDigits(value.toString());
    if (!pattern.match(text).hasMatch())
        return false;
    text.remove(u',');
    bool ok = false;
    *out = text.toLongLong(&ok);
    return ok;
}

} // namespace

FieldErrors FormValidator::validate(const ProcedureKind& procedure, const QJsonObject& fields,
                                    const QStringList& attachments, QJsonObject* normalized)
{
    FieldErrors errors;
    QJsonObject values;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!procedure.field(it.key()))
            errors.insert(it.key(), tr("This form has no such field."));
    }

    for (const FieldSpec& spec : procedure.fields) {
        const QJsonValue value = fields.value(spec.code);
        if (isEmpty(value)) {
            if (spec.required)
                errors.insert(spec.code, tr("This field is required."));
            continue;
        }
        switch (spec.type) {
        case FieldType::Text: {
            if (!value.isString()) {
                errors.insert(spec.code, tr("Enter text."));
                break;
            }
            QString text = value.toString().trimmed();
            if (spec.digits > 0) {
                text = asciiDigits(text);
                static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
                if (text.size() != spec.digits || !digitsOnly.match(text).hasMatch()) {
                    errors.insert(spec.code,
                                  tr("Enter exactly %n digit(s).", nullptr, spec.digits));
                    break;
                }
            }
            if (spec.maxLength > 0 && text.size() > spec.maxLength) {
                errors.insert(spec.code,
                              tr("Enter at most %n character(s).", nullptr, spec.maxLength));
                break;
            }
            values.insert(spec.code, text);
            break;
        }
        case FieldType::Date: {
            const QString text = value.isString() ? value.toString().trimmed() : QString();
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (text.size() != 10 || !date.isValid()) {
                errors.insert(spec.code, tr("Enter a date that exists."));
                break;
            }
            values.insert(spec.code, date.toString(Qt::ISODate));
            break;
        }
        case FieldType::Integer: {
            qint64 number = 0;
            if (!parseInteger(value, &number)) {
                errors.insert(spec.code, tr("Enter a whole number."));
                break;
            }
            if ((spec.min && number < *spec.min) || (spec.max && number > *spec.max)) {
                if (spec.min && spec.max)
                    errors.insert(
                        spec.code,
                        tr("Enter a number from %1 to %2.").arg(*spec.min).arg(*spec.max));
                else if (spec.min)
                    errors.insert(spec.code, tr("Enter a number of at least %1.").arg(*spec.min));
                else
                    errors.insert(spec.code, tr("Enter a number of at most %1.").arg(*spec.max));
                break;
            }
            values.insert(spec.code, static_cast<double>(number));
            break;
        }
        case FieldType::Choice:
            if (!value.isString() || !spec.hasChoice(value.toString())) {
                errors.insert(spec.code, tr("Choose one of the listed options."));
                break;
            }
            values.insert(spec.code, value.toString());
            break;
        case FieldType::Boolean:
            if (!value.isBool()) {
                errors.insert(spec.code, tr("Answer yes or no."));
                break;
            }
            values.insert(spec.code, value.toBool());
            break;
        }
    }

    for (const QString& code : attachments) {
        if (!procedure.attachment(code))
            errors.insert(QStringLiteral("attachment:") + code,
                          tr("This document is not on the checklist of this procedure."));
    }
    if (normalized)
        *normalized = values;
    return errors;
}

} // namespace madoguchi::intake
