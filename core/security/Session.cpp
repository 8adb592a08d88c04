// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Session.h"

#include <array>
#include <utility>

namespace madoguchi::security {

namespace {
constexpr std::array<std::pair<Role, const char16_t*>, 6> kRoles{{
    {Role::Clerk, u"clerk"},
    {Role::Reviewer, u"reviewer"},
    {Role::Approver, u"approver"},
    {Role::Auditor, u"auditor"},
    {Role::Administrator, u"administrator"},
    {Role::Outreach, u"outreach"},
}};
constexpr std::array<std::pair<Scope, const char16_t*>, 4> kScopes{{
    {Scope::WelfareService, u"welfare_service"},
    {Scope::MedicalRehabilitation, u"medical_rehabilitation"},
    {Scope::MedicalPsychiatric, u"medical_psychiatric"},
    {Scope::Devices, u"devices"},
}};
} // namespace

QString roleCode(Role role)
{
    for (const auto& [value, code] : kRoles) {
        if (value == role)
            return QString::fromUtf16(code);
    }
    return {};
}

bool roleFromCode(QStringView code, Role* role)
{
    for (const auto& [value, text] : kRoles) {
        if (code == QStringView(text)) {
            *role = value;
            return true;
        }
    }
    return false;
}

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const auto& entry : kRoles)
        roles << entry.first;
    return roles;
}

QString scopeCode(Scope scope)
{
    for (const auto& [value, code] : kScopes) {
        if (value == scope)
            return QString::fromUtf16(code);
    }
    return {};
}

bool scopeFromCode(QStringView code, Scope* scope)
{
    for (const auto& [value, text] : kScopes) {
        if (code == QStringView(text)) {
            *scope = value;
            return true;
        }
    }
    return false;
}

QList<Scope> allScopes()
{
    QList<Scope> scopes;
    for (const auto& entry : kScopes)
        scopes << entry.first;
    return scopes;
}

} // namespace madoguchi::security
