// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Session.h"
#include "security/StaffAccounts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace madoguchi::ui {

/// The names people read for roles, scopes and account states (the codes are for programs).
class AccessLabels
{
    Q_DECLARE_TR_FUNCTIONS(AccessLabels)

public:
    static QString role(security::Role role);
    static QString scope(security::Scope scope);
    static QString accountState(security::AccountState state);
    /// Role names in the matrix's order, joined with "、" or ", " as the language writes lists.
    static QString roles(const QList<security::Role>& roles);
    static QString scopes(const QList<security::Scope>& scopes);
    /// A UTC instant as local date and time, e.g. for "locked until"; empty if invalid.
    static QString localDateTime(const QDateTime& utc);
};

} // namespace madoguchi::ui
