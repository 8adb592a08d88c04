// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace madoguchi::audit {
class AuditLog;
}
namespace madoguchi::security {
class Authorizer;
}

namespace madoguchi::sync {

/// One column of a conflicting row. The queue holds this device's edit that lost at the central
/// store (SyncClient: only the losing device queues): `mine` is the row as saved here now (the
/// winning version, pulled from the central store), `theirs` the lost edit's value ("the queued
/// change"). The names are the queue's sides, not people's: the UI calls them "saved version" and
/// "your change".
struct ConflictField
{
    QString column;
    QVariant mine;         // the saved row's value (null when the row is not here)
    QVariant theirs;       // the queued change's value; equals mine when it did not touch it
    bool inTheirs = false; // the queued change wrote this column
    bool differs = false;  // the two values differ (what a person has to decide)
};

/// A pulled change that could not be applied (sync_conflict), with both versions side by side.
struct Conflict
{
    qint64 id = 0;
    QString entity;    // the table
    QString entityId;  // the row
    QString operation; // insert, update or delete (the queued change's)
    QString deviceId;  // the device that made the queued change (this one)
    QString reason;    // "version" (a person decides) or "not_applicable"
    QString receivedAt;
    qint64 theirVersion = 0;
    qint64 baseVersion = 0;
    bool localExists = false;
    qint64 localVersion = 0; // when localExists
    QList<ConflictField> fields;

    /// The columns whose values differ.
    QStringList differingColumns() const;
};

enum class ConflictChoice
{
    Mine,         // keep the saved row (the version the central store accepted)
    Theirs,       // apply the queued (lost) change again, as a new change
    FieldByField, // theirFields from the other device, the rest from this one
};

struct ConflictResolution
{
    ConflictChoice choice = ConflictChoice::Mine;
    QSet<QString> theirFields;       // FieldByField only
    qint64 expectedLocalVersion = 0; // the local version the person saw (0: the row was not here)
};

/// What resolve() wrote.
struct ConflictOutcome
{
    bool wroteChange = false; // a journaled change was written (it is pushed at the next sync)
    qint64 newVersion = 0;    // the row's version afterwards (0: deleted or not here)
};

/// The queue of sync conflicts on this device (DESIGN.md "Sync", issue #7): lists them with both
/// versions and resolves them. A resolution is itself a change: the chosen values are written
/// through store::Repository (so they are journaled and pushed like any edit), the conflict is
/// marked resolved and conflict.resolve is audited, all in one transaction. Permission sync.run.
class ConflictQueue
{
    Q_DECLARE_TR_FUNCTIONS(ConflictQueue)

public:
    ConflictQueue(QSqlDatabase db, audit::AuditLog& audit, const security::Authorizer& authorizer,
                  const Clock& clock = Clock::system());

    /// Open conflicts, oldest first: those a person decides (reason "version") and, with
    /// includeNotApplicable, changes this device could not apply at all.
    Result<QList<Conflict>> list(const security::Session& session,
                                 bool includeNotApplicable = false) const;
    /// One open conflict with both versions. NotFound if there is none with that id or it is
    /// resolved already.
    Result<Conflict> find(const security::Session& session, qint64 id) const;
    /// Resolves an open conflict. Conflict (translated) when the local row changed since the
    /// person looked (expectedLocalVersion); InvalidInput for a field that is not in the conflict
    /// or a choice that cannot apply (taking a change for a row this device no longer has).
    Result<ConflictOutcome> resolve(const security::Session& session, qint64 id,
                                    const ConflictResolution& resolution);

    /// Open conflicts waiting for a person (reason "version"); no session needed (a count).
    static Result<qint64> openCount(QSqlDatabase db);

    /// A person's name for a table and a column (Japanese through the catalogue); the code
    /// itself when unknown.
    static QString entityLabel(const QString& entity);
    static QString fieldLabel(const QString& entity, const QString& column);
    /// A value of column as shown to a person: times in Japan time, codes in words, binary data
    /// never shown.
    static QString displayValue(const QString& column, const QVariant& value);
    /// A column computed from others (a search key): it follows the fields it is made of and is
    /// not chosen on its own.
    static bool isDerived(const QString& column);

private:
    Result<Conflict> load(qint64 id) const;

    QSqlDatabase m_db;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::sync
