// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision/DecisionQueries.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace madoguchi::decision {

namespace {

class DecisionQueries
{
    Q_DECLARE_TR_FUNCTIONS(DecisionQueries)

public:
    static QString readFailed()
    {
        return tr("The applications awaiting decision could not be read.");
    }
};

} // namespace

Result<QList<DecisionQueueItem>>
listApplicationsAwaitingDecision(QSqlDatabase db, const QList<security::Scope>& scopes)
{
    QList<DecisionQueueItem> items;
    if (scopes.isEmpty())
        return items;
    QStringList marks;
    for (qsizetype i = 0; i < scopes.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, application_number, procedure_code, person_id, "
                                 "received_on, status, ledger_scope FROM application "
                                 "WHERE status IN ('received', 'reviewing', 'awaiting_decision') "
                                 "AND ledger_scope IN (%1) "
                                 "ORDER BY received_on, application_number")
                      .arg(marks.join(u',')));
    for (security::Scope scope : scopes)
        query.addBindValue(security::scopeCode(scope));
    if (!query.exec())
        return Error{ErrorCode::Sql, DecisionQueries::readFailed()};
    while (query.next()) {
        DecisionQueueItem item;
        item.applicationId = query.value(0).toString();
        item.applicationNumber = query.value(1).toString();
        item.procedureCode = query.value(2).toString();
        item.personId = query.value(3).toString();
        item.receivedOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        if (!intake::statusFromCode(query.value(5).toString(), &item.status) ||
            !security::scopeFromCode(query.value(6).toString(), &item.scope))
            return Error{ErrorCode::Sql, DecisionQueries::readFailed()};
        items << item;
    }
    return items;
}

} // namespace madoguchi::decision
