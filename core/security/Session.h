// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::security {

/// Staff roles (職務). Codes are stable: they are stored and appear in the permission table.
enum class Role
{
    Clerk,         // 窓口担当
    Reviewer,      // 審査担当
    Approver,      // 決裁者
    Auditor,       // 監査
    Administrator, // 管理者
    Outreach,      // 出張受付
};

/// Business scopes: the four personal-information files (特定個人情報ファイル) of the city's
/// assessment, and with them the procedure families that write into each.
enum class Scope
{
    WelfareService,        // 自立支援給付・地域生活支援事業受給者台帳
    MedicalRehabilitation, // 自立支援医療(更生医療)給付台帳
    MedicalPsychiatric,    // 自立支援医療(精神)給付台帳
    Devices,               // 補装具・日常生活用具決定台帳
};

QString roleCode(Role role);
bool roleFromCode(QStringView code, Role* role);
QList<Role> allRoles();
QString scopeCode(Scope scope);
bool scopeFromCode(QStringView code, Scope* scope);
QList<Scope> allScopes();

/// Who is acting: made by sign-in, passed to every core service call, which checks it itself.
struct Session
{
    QString accountId; // staff_account.id
    QString login;
    QString displayName;
    QList<Role> roles;
    QList<Scope> scopes;
    QString deviceId;
    QDateTime startedAtUtc;

    bool isValid() const { return !accountId.isEmpty() && !login.isEmpty(); }
    bool hasRole(Role role) const { return roles.contains(role); }
    bool hasScope(Scope scope) const { return scopes.contains(scope); }
};

} // namespace madoguchi::security
