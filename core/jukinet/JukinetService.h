// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "jukinet/JukinetInquiry.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <QList>
#include <QString>

namespace madoguchi::store {
class Database;
}
namespace madoguchi::audit {
class AuditLog;
}
namespace madoguchi::security {
class Authorizer;
}
namespace madoguchi::mynumber {
class MyNumberService;
}

namespace madoguchi::jukinet {

/// One stored inquiry request.
struct JukinetRequest
{
    QString id;
    qint64 version = 0;
    QString personId;
    QString items; // InquiryRule::itemsCode()
    QString name;
    QString address;
    QDate birthDate;
    QString sex;
    QString state; // queued | exported | answered | no_match
    QString batchId;
    QString createdAt;
    QString createdBy;
    QString answeredAt;
};

struct ExportedBatch
{
    QString batchId;
    int requests = 0;
};

struct ImportSummary
{
    QString batchId;
    int answered = 0; // numbers recorded (source 住基ネット照会)
    int noMatch = 0;
};

/// 住基ネット inquiry requests for applicants who did not provide their My Number: queue, export
/// a batch file for the terminal, import its answers (file format: jukinet/JukinetFile.h).
///
/// Only the 4情報 or 3 items including 住所 may be sent (InquiryRule). A request is accepted only
/// for a person for whom "not provided" is on record (the assessment: the number is taken from
/// the applicant; 住基ネット is asked only when it could not be). A result file is checked whole
/// before anything changes and refused whole, naming the line, if any line is wrong.
/// Permission: person.edit for everything that changes, person.view to list.
class JukinetService
{
    Q_DECLARE_TR_FUNCTIONS(JukinetService)

public:
    JukinetService(store::Database& database, audit::AuditLog& audit,
                   const security::Authorizer& authorizer, mynumber::MyNumberService& myNumbers,
                   const Clock& clock = Clock::system());

    /// Queues a request; returns its id. InvalidInput for items the rule refuses or bad values;
    /// AlreadyExists if the person has a number or an open request; NotFound for an unknown
    /// person.
    Result<QString> request(const security::Session& session, const JukinetInquiry& inquiry);
    /// Requests in state (all if empty), oldest first.
    Result<QList<JukinetRequest>> requests(const security::Session& session,
                                           const QString& state = {});
    /// Writes every queued request into out as one batch and marks them exported (audited as an
    /// export). InvalidInput if nothing is queued; nothing changes if writing fails.
    Result<ExportedBatch> exportBatch(const security::Session& session, QIODevice& out);
    /// Reads a result file whole, checks every line against the exported requests, then records
    /// each number through MyNumberService (source 住基ネット照会) in one transaction. Any bad
    /// line refuses the whole file (InvalidInput, "Line N: …") and changes nothing.
    Result<ImportSummary> importResults(const security::Session& session, QIODevice& in);

private:
    Result<QList<JukinetRequest>> select(const QString& where, const QVariantList& values) const;

    store::Database& m_database;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    mynumber::MyNumberService& m_myNumbers;
    const Clock& m_clock;
};

} // namespace madoguchi::jukinet
