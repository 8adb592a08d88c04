// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PermissionMatrix.h"

#include "base/TsvTable.h"

#include <QFile>
#include <QRegularExpression>

namespace madoguchi::security {

const PermissionMatrix& PermissionMatrix::builtIn()
{
    static const PermissionMatrix matrix = [] {
        QFile file(QStringLiteral(":/security/permissions.tsv"));
        auto parsed = file.open(QIODevice::ReadOnly)
                          ? parse(QString::fromUtf8(file.readAll()))
                          : Result<PermissionMatrix>(Error{ErrorCode::Internal, QString()});
        // The shipped table is tested; an empty matrix (deny everything) is the safe fallback.
        return parsed ? std::move(parsed).value() : PermissionMatrix();
    }();
    return matrix;
}

Result<PermissionMatrix> PermissionMatrix::parse(const QString& text)
{
    static const QRegularExpression permissionPattern(QStringLiteral("^[a-z_]+\\.[a-z_]+$"));
    PermissionMatrix matrix;
    const QString label = tr("Permission table");
    auto rows = TsvTable::parse(text, label,
                                {QStringLiteral("permission"), QStringLiteral("scoped"),
                                 QStringLiteral("roles"), QStringLiteral("description")});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The permission table is empty.")};
    for (const TsvTable::Row& row : std::as_const(rows.value())) {
        const QStringList& cells = row.cells;
        auto bad = [&](const QString& reason) {
            return TsvTable::lineError(label, row.line, reason);
        };
        Entry entry;
        entry.permission = cells.at(0).trimmed();
        if (!permissionPattern.match(entry.permission).hasMatch())
            return bad(tr("'%1' is not a permission name").arg(entry.permission));
        if (matrix.m_entries.contains(entry.permission))
            return bad(tr("'%1' is listed twice").arg(entry.permission));
        const QString scoped = cells.at(1).trimmed();
        if (scoped != u"yes" && scoped != u"no")
            return bad(tr("the scoped column must be yes or no"));
        entry.scoped = scoped == u"yes";
        const QStringList roles = cells.at(2).split(u' ', Qt::SkipEmptyParts);
        if (roles.isEmpty())
            return bad(tr("no role is listed"));
        for (const QString& code : roles) {
            Role role;
            if (!roleFromCode(code, &role))
                return bad(tr("'%1' is not a role").arg(code));
            if (!entry.roles.contains(role))
                entry.roles << role;
        }
        entry.description = cells.at(3).trimmed();
        matrix.m_order << entry.permission;
        matrix.m_entries.insert(entry.permission, entry);
    }
    return matrix;
}

const PermissionMatrix::Entry* PermissionMatrix::entry(const QString& permission) const
{
    const auto it = m_entries.constFind(permission);
    return it == m_entries.constEnd() ? nullptr : &*it;
}

QList<PermissionMatrix::Entry> PermissionMatrix::entries() const
{
    QList<Entry> list;
    for (const QString& name : m_order)
        list << m_entries.value(name);
    return list;
}

bool PermissionMatrix::allows(const Session& session, const QString& permission,
                              std::optional<Scope> scope) const
{
    const Entry* found = entry(permission);
    if (!found || !session.isValid())
        return false;
    bool roleGranted = false;
    for (Role role : session.roles)
        roleGranted = roleGranted || found->roles.contains(role);
    if (!roleGranted)
        return false;
    if (!found->scoped)
        return true;
    if (scope)
        return session.hasScope(*scope);
    return !session.scopes.isEmpty();
}

} // namespace madoguchi::security
