// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/Application.h"
#include "intake/ProcedureCatalog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace madoguchi::intake {

/// Checks a form's values against its procedure's fields: every problem at once, one translated
/// message per field, so the form can show them inline (and never clears). Pure: the UI calls it
/// as the clerk types, submit() calls it again before anything is stored.
class FormValidator
{
    Q_DECLARE_TR_FUNCTIONS(FormValidator)

public:
    /// Empty when valid. normalized (optional) receives the values as they are stored: text
    /// trimmed, full-width digits of number fields made ASCII, integers as numbers, empty
    /// optional fields left out.
    static FieldErrors validate(const ProcedureKind& procedure, const QJsonObject& fields,
                                const QStringList& attachments, QJsonObject* normalized = nullptr);
};

} // namespace madoguchi::intake
