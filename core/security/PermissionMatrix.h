// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace madoguchi::security {

/// What each role may do, read from resources/security/permissions.tsv (the one table that
/// documents it). A permission is granted when one of the session's roles is listed for it and,
/// for a scoped permission, the object's scope is one of the session's scopes.
class PermissionMatrix
{
    Q_DECLARE_TR_FUNCTIONS(PermissionMatrix)

public:
    struct Entry
    {
        QString permission;
        bool scoped = false;
        QList<Role> roles;
        QString description;
    };

    /// The shipped table (embedded as :/security/permissions.tsv).
    static const PermissionMatrix& builtIn();
    /// Parses the table; InvalidInput naming the line for anything malformed.
    static Result<PermissionMatrix> parse(const QString& text);

    bool contains(const QString& permission) const { return m_entries.contains(permission); }
    const Entry* entry(const QString& permission) const;
    QList<Entry> entries() const;
    /// The intersection of role and scope. A scoped permission asked without a scope is granted
    /// when the session holds it in at least one scope (e.g. to show a menu).
    bool allows(const Session& session, const QString& permission,
                std::optional<Scope> scope = std::nullopt) const;

private:
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace madoguchi::security
