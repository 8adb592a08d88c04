// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "registry/Person.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace madoguchi::audit {
class AuditLog;
}
namespace madoguchi::security {
class Authorizer;
}

namespace madoguchi::registry {

/// Two person records that may be one person (a row of duplicate_candidate).
struct DuplicatePair
{
    QString id;
    PersonSummary first; // the lower person id of the pair
    PersonSummary second;
    DuplicateReason reason = DuplicateReason::SameKanaAndBirthDate;
    QString detectedAt; // UTC ISO 8601
    QString state;      // "open" | "merged" | "dismissed"
};

/// Duplicate candidates across devices: two devices (outreach laptops offline, say) registered
/// the same person, and sync brought one record to the other's device.
///
/// detectAfterPull() compares each person a pull brought with the local records using the
/// registry's own duplicate check (PersonRegistry::duplicatesOf: same kana name and birth date,
/// or the same My Number by its blind index, which is equal on every device under the city key)
/// and records each pair once (device-local table duplicate_candidate, not journaled), audited as
/// person.duplicate_candidate. An administrator (person.merge) lists the open pairs and settles
/// each: merge (PersonRegistry::merge, which syncs like any change) or "not the same person"
/// (recorded, so the pair never comes back).
class DuplicateCandidates
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateCandidates)

public:
    DuplicateCandidates(QSqlDatabase db, audit::AuditLog& audit,
                        const security::Authorizer& authorizer,
                        const Clock& clock = Clock::system());

    /// After a pull: pulledIds are the entity ids of pulled person and person_mynumber rows (a
    /// My Number row stands for its person). Unknown ids and merged records are skipped. No
    /// session (it runs inside a sync). Returns how many new pairs were recorded.
    Result<int> detectAfterPull(const QStringList& pulledIds);
    /// The open pairs whose two records are both unmerged, oldest first (person.merge; audited
    /// as a search).
    Result<QList<DuplicatePair>> list(const security::Session& session);
    /// Records that the two are not the same person (person.merge). NotFound, or InvalidInput
    /// when the pair was settled already.
    Status dismiss(const security::Session& session, const QString& id);
    /// Merges the pair into survivorId, one of its two records (person.merge), and records it.
    Status merge(const security::Session& session, const QString& id, const QString& survivorId);

    /// "same_mynumber" | "same_kana_birth_date"
    static QString reasonCode(DuplicateReason reason);
    static QString reasonLabel(DuplicateReason reason);

private:
    Result<DuplicatePair> loadOpen(const QString& id) const;
    Status settle(const security::Session& session, const DuplicatePair& pair, const QString& state,
                  const QString& survivorId);

    QSqlDatabase m_db;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::registry
