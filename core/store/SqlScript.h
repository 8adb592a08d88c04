// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace madoguchi::store {

/// Splits an SQL script (a migration file) into single statements, since a prepared statement
/// runs one at a time. Understands quotes ('…', "…", `…`, […]), -- and /* */ comments, and
/// CREATE TRIGGER … BEGIN … END bodies. An unterminated quote or comment is InvalidInput.
class SqlScript
{
    Q_DECLARE_TR_FUNCTIONS(SqlScript)

public:
    static Result<QStringList> split(const QString& script);
};

} // namespace madoguchi::store
