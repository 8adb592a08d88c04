// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "intake/Application.h"
#include "security/Session.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace madoguchi::decision {

/// One application open for a decision, as the reviewers' queue lists it (ids only, no
/// personal data).
struct DecisionQueueItem
{
    QString applicationId;
    QString applicationNumber;
    QString procedureCode;
    QString personId;
    QDate receivedOn;
    intake::ApplicationStatus status = intake::ApplicationStatus::Received;
    security::Scope scope = security::Scope::WelfareService;
};

/// Applications received, under review or awaiting decision in scopes, oldest receipt first.
/// A read-only query: the caller passes only the scopes the session may draft decisions in
/// (decision.draft) and opens an application through IntakeService, which checks and audits.
Result<QList<DecisionQueueItem>>
listApplicationsAwaitingDecision(QSqlDatabase db, const QList<security::Scope>& scopes);

} // namespace madoguchi::decision
