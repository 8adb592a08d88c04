// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "registry/Person.h"
#include "registry/SearchQuery.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace madoguchi::audit {
class AuditLog;
}
namespace madoguchi::security {
class Authorizer;
}

namespace madoguchi::registry {

/// Whether registerPerson() may save a person who looks like an existing record.
enum class DuplicateCheck
{
    Warn,                // return the candidates and save nothing
    ConfirmNotDuplicate, // the clerk checked the candidates: save anyway
};

/// What search() found.
struct SearchResult
{
    SearchKind kind = SearchKind::None;
    QList<PersonSummary> rows;
};

/// The person registry (宛名): registration with duplicate warning, corrections kept as history,
/// address moves, handbooks, representatives, households, one-box search and merges.
/// Every call checks the session (person.search / person.view / person.edit / person.merge);
/// views and searches are audited (a search's purpose is its kind, never its text).
class PersonRegistry
{
    Q_DECLARE_TR_FUNCTIONS(PersonRegistry)

public:
    /// Finds the ids of persons already holding the My Number behind a blind index. Wired to the
    /// MyNumber service; the registry never sees the number itself.
    using MyNumberMatcher = std::function<Result<QStringList>(const QByteArray& blindIndex)>;

    PersonRegistry(QSqlDatabase db, audit::AuditLog& audit, const security::Authorizer& authorizer,
                   const Clock& clock = Clock::system());

    void setMyNumberMatcher(MyNumberMatcher matcher) { m_myNumberMatcher = std::move(matcher); }

    /// Registers a person (person.edit). Looks for duplicates first (same kana + birth date, or
    /// same My Number): with DuplicateCheck::Warn and candidates found, nothing is saved and the
    /// candidates come back. InvalidInput with a translated reason for malformed drafts.
    Result<Registration> registerPerson(const security::Session& session, const PersonDraft& draft,
                                        DuplicateCheck check = DuplicateCheck::Warn);
    /// The records a draft may duplicate (person.edit; audited as a search "duplicate_check").
    Result<QList<DuplicateCandidate>> findDuplicates(const security::Session& session,
                                                     const PersonDraft& draft);
    /// Corrects names, kana, birth date, sex and phone (person.edit): one history row per changed
    /// field. The draft's address fields are ignored (moveAddress()); its 宛名番号 must be empty
    /// or unchanged. Conflict if the record is no longer at expectedVersion. Returns the new
    /// version.
    Result<qint64> update(const security::Session& session, const QString& personId,
                          qint64 expectedVersion, const PersonDraft& corrected);
    /// A move (person.edit): closes the current address the day before validFrom and opens the
    /// new one. Returns the new address id.
    Result<QString> moveAddress(const security::Session& session, const QString& personId,
                                const QString& postalCode, const QString& address, QDate validFrom);
    /// Records a handbook (person.edit); the grade must fit the kind.
    Result<QString> addHandbook(const security::Session& session, const QString& personId,
                                const HandbookDraft& handbook);
    /// Records a legal representative (person.edit): a parent only for a minor (under 18 on
    /// validFrom); for adults a guardian, curator or assistant.
    Result<QString> setRepresentative(const security::Session& session, const QString& personId,
                                      const RepresentativeDraft& representative);
    /// Ends a representative's term on validTo (person.edit).
    Status endRepresentative(const security::Session& session, const QString& representativeId,
                             QDate validTo);
    /// Puts a person in a household with a relationship to its head (person.edit). An empty
    /// householdId starts a new household. Returns the household id.
    Result<QString> setHousehold(const security::Session& session, const QString& personId,
                                 const QString& householdId, const QString& relationshipToHead);
    /// Everything the person view shows (person.view; audited).
    Result<PersonRecord> get(const security::Session& session, const QString& personId);
    /// The members of a household (person.view; audited as a view of each).
    Result<QList<Person>> household(const security::Session& session, const QString& householdId);
    /// One search box (person.search; audited with the kind). Merged records are not listed.
    Result<SearchResult> search(const security::Session& session, const QString& text,
                                int limit = 50);
    /// Two records of one person become one (person.merge, administrators): the merged record's
    /// addresses, handbooks, representatives, applications, 住基ネット requests and My Number
    /// (when the survivor has none; the same number on both is kept once) move to the survivor,
    /// its history stays and is shown with the survivor's, and it is marked merged_into. Both ids
    /// are audited. InvalidInput when the two hold different My Numbers, or the merged record has
    /// decisions, ledger entries, certificates or 上限額管理 visits (fixed or append-only: keep
    /// that record instead).
    Status merge(const security::Session& adminSession, const QString& survivorId,
                 const QString& mergedId);

    /// The number series of 宛名番号 leased from the central store (10 digits; the central
    /// series starts at 2,000,000,001, above every standalone device's numbers).
    static constexpr char16_t kAtenaSeries[] = u"atena";

private:
    friend class DuplicateCandidates; // reuses duplicatesOf() for records that sync brought
    Result<Person> loadPerson(const QString& personId) const;
    Status validateDraft(const PersonDraft& draft, bool registering) const;
    Result<QList<DuplicateCandidate>> duplicatesOf(const PersonDraft& draft) const;
    Result<QString> nextAtenaNumber() const;
    /// A table's columns besides id and version (for a Repository over another service's table).
    Result<QStringList> tableColumns(const QString& table) const;
    Status appendHistory(const security::Session& session, const QString& personId,
                         const QString& field, const QString& oldValue, const QString& newValue);
    Status touchPerson(const QString& personId, qint64 expectedVersion, QVariantMap changes);
    Status auditPerson(const security::Session& session, const QString& personId,
                       const QString& action);
    Status auditSearch(const security::Session& session, const QString& purpose);
    Result<QList<PersonSummary>> runSearch(const SearchQuery& query, int limit) const;

    QSqlDatabase m_db;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
    MyNumberMatcher m_myNumberMatcher;
};

} // namespace madoguchi::registry
