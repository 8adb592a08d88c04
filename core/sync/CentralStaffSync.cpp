// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CentralStaffSync.h"

#include "audit/AuditLog.h"
#include "security/Session.h"
#include "store/Database.h"
#include "store/Repository.h"
#include "store/Transaction.h"
#include "sync/CentralConnection.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::sync {

namespace {

Q_LOGGING_CATEGORY(lcStaffSync, "madoguchi.sync.staff")

const QStringList kColumns{QStringLiteral("display_name"), QStringLiteral("roles"),
                           QStringLiteral("scopes"),       QStringLiteral("state"),
                           QStringLiteral("totp_secret"),  QStringLiteral("updated_at")};

QString knownCodes(const QString& spaceSeparated, bool roles)
{
    QStringList known;
    for (const QString& code : spaceSeparated.split(u' ', Qt::SkipEmptyParts)) {
        security::Role role;
        security::Scope scope;
        if (roles ? security::roleFromCode(code, &role) : security::scopeFromCode(code, &scope))
            known << code;
    }
    return known.isEmpty() ? QStringLiteral("") : known.join(u' '); // never NULL
}

struct CentralRow
{
    QString accountId;
    QString displayName;
    QString roles;
    QString scopes;
    QString state;
    qint64 credentialVersion = 0;
    qint64 version = 0;
};

Error localError(const QSqlQuery& query)
{
    qCWarning(lcStaffSync) << "local statement failed:" << query.lastError().databaseText();
    return Error{ErrorCode::Sql,
                 CentralStaffSync::tr("The central account changes could not be stored on this "
                                      "computer.")};
}

} // namespace

Result<int> CentralStaffSync::apply(store::Database& database, QSqlDatabase& central,
                                    audit::AuditLog& audit, const Clock& clock)
{
    QSqlDatabase db = database.connection();
    QSqlQuery cursor(db);
    if (!cursor.exec(QStringLiteral("SELECT staff_version FROM sync_state WHERE singleton = 1")) ||
        !cursor.next())
        return localError(cursor);
    const qint64 after = cursor.value(0).toLongLong();
    cursor.finish();

    QSqlQuery pull(central);
    pull.prepare(QStringLiteral("SELECT account_id, display_name, array_to_string(roles, ' '), "
                                "array_to_string(scopes, ' '), state, credential_version, version "
                                "FROM madoguchi.staff_accounts_since(?)"));
    pull.addBindValue(after);
    if (!pull.exec())
        return centralError(pull.lastError(), tr("receiving the staff account changes"));
    QList<CentralRow> rows;
    while (pull.next())
        rows << CentralRow{pull.value(0).toString(),  pull.value(1).toString(),
                           pull.value(2).toString(),  pull.value(3).toString(),
                           pull.value(4).toString(),  pull.value(5).toLongLong(),
                           pull.value(6).toLongLong()};
    pull.finish();
    if (rows.isEmpty()) {
        auto removed = removeRevokedSlots(database);
        if (!removed)
            return removed.error();
        return 0;
    }

    int changed = 0;
    qint64 newest = after;
    store::Transaction transaction(db);
    store::Repository repository(db, QStringLiteral("staff_account"),
                                 kColumns +
                                     QStringList{QStringLiteral("central_credential_version"),
                                                 QStringLiteral("failed_attempts")},
                                 clock);
    for (const CentralRow& row : std::as_const(rows)) {
        newest = std::max(newest, row.version);
        QSqlQuery local(db);
        local.prepare(
            QStringLiteral("SELECT id, version, login, display_name, roles, scopes, state, "
                           "coalesce(central_credential_version, 0) FROM staff_account "
                           "WHERE central_account_id = ?"));
        local.addBindValue(row.accountId);
        if (!local.exec())
            return localError(local);
        if (!local.next())
            continue; // an account this device does not know
        const QString id = local.value(0).toString();
        const qint64 version = local.value(1).toLongLong();
        const QString login = local.value(2).toString();
        const QString state = row.state == u"disabled" || row.state == u"locked"
                                  ? row.state
                                  : QStringLiteral("active");
        const QString roles = knownCodes(row.roles, true);
        const QString scopes = knownCodes(row.scopes, false);
        const bool credentialReset = row.credentialVersion > local.value(7).toLongLong();
        const bool disabled = state == u"disabled";
        const bool same = local.value(3).toString() == row.displayName &&
                          local.value(4).toString() == roles &&
                          local.value(5).toString() == scopes && local.value(6).toString() == state;
        local.finish();
        if (same && !credentialReset)
            continue;
        QVariantMap changes{
            {QStringLiteral("display_name"), row.displayName},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("scopes"), scopes},
            {QStringLiteral("state"), state},
            {QStringLiteral("updated_at"), clock.nowUtc().toString(Qt::ISODateWithMs)}};
        if (disabled || credentialReset)
            changes.insert(QStringLiteral("totp_secret"),
                           QVariant(QMetaType(QMetaType::QByteArray)));
        // No credential version until the next first sign-in takes the new one: the mark by
        // which removeRevokedSlots finds the slot to remove.
        if (credentialReset)
            changes.insert(QStringLiteral("central_credential_version"),
                           QVariant(QMetaType(QMetaType::LongLong)));
        if (auto updated = repository.update(id, version, changes); !updated)
            return updated.error();
        QStringList what{QStringLiteral("state=") + state};
        if (credentialReset)
            what << QStringLiteral("credentials_reset");
        if (Status audited = audit.append(
                audit::AuditEvent::of(audit::EventType::StaffSync, audit::Outcome::Success, login,
                                      QStringLiteral("staff_account"), id, what.join(u' ')));
            !audited)
            return audited.error();
        ++changed;
    }
    QSqlQuery advance(db);
    advance.prepare(QStringLiteral("UPDATE sync_state SET staff_version = ? WHERE singleton = 1"));
    advance.addBindValue(newest);
    if (!advance.exec())
        return localError(advance);
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The central account changes could not be stored on this "
                                        "computer.")};
    if (auto removed = removeRevokedSlots(database); !removed)
        return removed.error();
    return changed;
}

Result<int> CentralStaffSync::removeRevokedSlots(store::Database& database)
{
    const QStringList withSlots = database.accountLogins();
    if (withSlots.isEmpty())
        return 0; // a worker's Database holds no slots (see the header)
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT login FROM staff_account WHERE central_account_id IS "
                                   "NOT NULL AND (state = 'disabled' OR "
                                   "central_credential_version IS NULL)")))
        return localError(query);
    QStringList revoked;
    while (query.next())
        revoked << query.value(0).toString();
    query.finish();
    int removed = 0;
    for (const QString& login : std::as_const(revoked)) {
        if (!withSlots.contains(login))
            continue;
        if (Status status = database.removeAccount(login); !status)
            return status.error();
        ++removed;
    }
    return removed;
}

} // namespace madoguchi::sync
