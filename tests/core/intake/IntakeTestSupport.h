// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/ProcedureCatalog.h"
#include "workspace/Workspace.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace madoguchi::test {

/// A value the field accepts, generated from its type and limits.
QJsonValue validValue(const intake::FieldSpec& field);
/// Every required field of procedure filled with a valid value.
QJsonObject requiredValues(const intake::ProcedureKind& procedure);
/// Every field (required or not) filled with a valid value.
QJsonObject allValues(const intake::ProcedureKind& procedure);
/// Codes of every attachment on the checklist.
QStringList allAttachments(const intake::ProcedureKind& procedure);
/// A fictional person inserted with plain SQL; returns its id.
QString addPerson(Workspace& workspace, const QString& atenaNumber);
/// count(*) of a query.
int count(Workspace& workspace, const QString& sql);

} // namespace madoguchi::test
