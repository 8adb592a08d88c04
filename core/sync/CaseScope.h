// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace madoguchi::sync {

struct PulledChange;
struct SyncSummary;
class SyncClient;

/// Outreach data minimization on the device (issue #7; central side in resources/migrations/
/// central/0005_device_functions.sql): an outreach device holds only the cases (persons)
/// assigned to it. When a case is taken back, the central store sends the device one targeted
/// change: operation "forget", entity "person", entity_id the person's id, device id empty, no
/// image (result version 0, result row empty). The device then deletes the person's rows here,
/// without journaling them (the deletion is not a change of the person's data: nothing of it is
/// pushed).
class CaseScope
{
    Q_DECLARE_TR_FUNCTIONS(CaseScope)

public:
    /// True for a pulled change that tells this device to forget a person (see above).
    static bool isForget(const PulledChange& change);

    /// Deletes every row of personId on this device, children first: certificates, recipients,
    /// decisions and their approval requests, ledger entries, copay visits, applications with
    /// their status history, jukinet requests, the My Number row, history, representatives,
    /// handbooks, addresses, duplicate candidates naming the person, any other table with a
    /// person_id column, and the person row. Append-only rows go too (sync_forgetting lets
    /// them, in the same transaction only). Nothing is journaled. The person row stays when
    /// another row this device keeps refers to it (a representative of another case, a merged
    /// record): it is then the only row of the person left. Runs in one (possibly nested)
    /// transaction; returns how many rows were deleted. Doing it again is harmless (0 rows).
    static Result<int> forgetPerson(QSqlDatabase& db, const QString& personId);

    /// client.applyPulled(changes) with the forgets carried out in their place (a forget is
    /// done when it is after the device's pull cursor, then handed to applyPulled, which only
    /// moves the cursor past it: it has no image). One (possibly nested) transaction. What
    /// SyncClient's pull and the reading of a sync-by-file reply call instead of applyPulled.
    static Result<SyncSummary> applyPulled(SyncClient& client, QSqlDatabase& db,
                                           const QList<PulledChange>& changes);
};

} // namespace madoguchi::sync
