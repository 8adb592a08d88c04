// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/SecuritySettings.h"

#include "audit/AuditLog.h"
#include "security/Authorizer.h"
#include "security/SignInGuard.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QSqlQuery>

namespace madoguchi::security {

namespace {
const QString kMaxFailures = QStringLiteral("lockout.max_failed_sign_ins");
const QString kLockoutMinutes = QStringLiteral("lockout.minutes");
const QString kIdleMinutes = QStringLiteral("session.idle_lock_minutes");
} // namespace

SecuritySettings::SecuritySettings(store::Database& database, audit::AuditLog& audit,
                                   const Authorizer& authorizer, SignInGuard& guard)
    : m_database(database), m_audit(audit), m_authorizer(authorizer), m_guard(guard)
{}

QList<SecuritySettings::Definition> SecuritySettings::definitions()
{
    return {
        {kMaxFailures, 5, 1, 20, tr("Failed sign-ins before an account locks")},
        {kLockoutMinutes, 15, 1, 24 * 60, tr("Minutes an account stays locked")},
        {kIdleMinutes, 10, 1, 120, tr("Idle minutes before the screen locks")},
        // Read by sync::SyncClient::checkLease (issue #7).
        {QStringLiteral("sync.outreach_lease_days"), 14, 1, 365,
         tr("Days an outreach laptop may go without syncing before its data locks")},
    };
}

Result<int> SecuritySettings::value(const QString& key) const
{
    for (const Definition& definition : definitions()) {
        if (definition.key != key)
            continue;
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
        query.addBindValue(key);
        if (query.exec() && query.next()) {
            bool ok = false;
            const int stored = query.value(0).toString().toInt(&ok);
            if (ok && stored >= definition.minimum && stored <= definition.maximum)
                return stored;
        }
        return definition.defaultValue;
    }
    return Error{ErrorCode::InvalidInput, tr("There is no setting %1.").arg(key)};
}

int SecuritySettings::maxFailedSignIns() const
{
    return value(kMaxFailures).value();
}

int SecuritySettings::lockoutMinutes() const
{
    return value(kLockoutMinutes).value();
}

int SecuritySettings::idleLockMinutes() const
{
    return value(kIdleMinutes).value();
}

Status SecuritySettings::set(const Session& session, const QString& key, int newValue)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("settings.manage"),
                                              std::nullopt, QStringLiteral("setting"), key);
        !allowed)
        return allowed;
    const Definition* found = nullptr;
    const QList<Definition> all = definitions();
    for (const Definition& definition : all) {
        if (definition.key == key)
            found = &definition;
    }
    if (!found)
        return Error{ErrorCode::InvalidInput, tr("There is no setting %1.").arg(key)};
    if (newValue < found->minimum || newValue > found->maximum)
        return Error{ErrorCode::InvalidInput, tr("%1 must be between %2 and %3.")
                                                  .arg(found->description)
                                                  .arg(found->minimum)
                                                  .arg(found->maximum)};
    store::Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(QString::number(newValue));
    if (!transaction.isActive() || !query.exec())
        return Error{ErrorCode::Sql, tr("The setting could not be saved.")};
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::SettingsChange, audit::Outcome::Success, session.login,
            QStringLiteral("setting"), key, QString::number(newValue)));
        !audited)
        return audited;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The setting could not be saved.")};
    m_guard.setPolicy({maxFailedSignIns(), lockoutMinutes()});
    return {};
}

} // namespace madoguchi::security
