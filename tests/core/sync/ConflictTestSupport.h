// SPDX-License-Identifier: GPL-3.0-or-later
// A queued sync conflict without a server: a row edited here, and another device's change of
// the same row queued in sync_conflict exactly as SyncClient's pull queues one.
#pragma once

#include "workspace/Workspace.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace madoguchi::test {

/// CREATE TABLE note_test (id, version, body, amount, data, family_name, given_name, name_key).
void createConflictNotes(QSqlDatabase db);
/// Queues another device's change of (entity, entityId) based on baseVersion; returns its id.
qint64 queueConflict(QSqlDatabase db, const QString& entity, const QString& entityId,
                     qint64 baseVersion, const QString& payloadJson,
                     const QString& operation = QStringLiteral("update"),
                     const QString& reason = QStringLiteral("version"));
/// A value of one SQL scalar query.
QVariant sqlScalar(QSqlDatabase db, const QString& sql);

/// A person row (人, in the person table) edited here after a first version, and the other
/// device's change of the same names and phone queued: a conflict as a clerk sees it.
/// Returns the conflict id; personId gets the row's id.
qint64 queuePersonConflict(Workspace& workspace, QString* personId);

} // namespace madoguchi::test
