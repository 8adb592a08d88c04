// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AccessLabels.h"

#include <QStringList>

namespace madoguchi::ui {

using security::AccountState;
using security::Role;
using security::Scope;

QString AccessLabels::role(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("Counter clerk");
    case Role::Reviewer:
        return tr("Reviewer");
    case Role::Approver:
        return tr("Approver");
    case Role::Auditor:
        return tr("Auditor");
    case Role::Administrator:
        return tr("Administrator");
    case Role::Outreach:
        return tr("Outreach intake");
    }
    return security::roleCode(role);
}

QString AccessLabels::scope(Scope scope)
{
    switch (scope) {
    case Scope::WelfareService:
        return tr("Welfare services and community life support recipients ledger");
    case Scope::MedicalRehabilitation:
        return tr("Medical care for independence (rehabilitation) ledger");
    case Scope::MedicalPsychiatric:
        return tr("Medical care for independence (psychiatric) ledger");
    case Scope::Devices:
        return tr("Prosthetic devices and daily living equipment ledger");
    }
    return security::scopeCode(scope);
}

QString AccessLabels::accountState(AccountState state)
{
    switch (state) {
    case AccountState::Active:
        return tr("Active");
    case AccountState::Locked:
        return tr("Locked");
    case AccountState::Disabled:
        return tr("Disabled");
    }
    return security::accountStateCode(state);
}

QString AccessLabels::roles(const QList<Role>& roles)
{
    QStringList names;
    for (Role candidate : security::allRoles()) {
        if (roles.contains(candidate))
            names.append(role(candidate));
    }
    //: Separator between the items of a list of roles or scopes.
    return names.join(tr(", "));
}

QString AccessLabels::scopes(const QList<Scope>& scopes)
{
    QStringList names;
    for (Scope candidate : security::allScopes()) {
        if (scopes.contains(candidate))
            names.append(scope(candidate));
    }
    return names.join(tr(", "));
}

QString AccessLabels::localDateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace madoguchi::ui
