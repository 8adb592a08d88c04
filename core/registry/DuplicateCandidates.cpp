// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/DuplicateCandidates.h"

#include "audit/AuditLog.h"
#include "registry/PersonRegistry.h"
#include "security/Authorizer.h"
#include "store/Transaction.h"
#include "store/Uuid7.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcDuplicates, "madoguchi.registry.duplicates")

namespace madoguchi::registry {

namespace {

Error sqlError(const QString& message, const QSqlQuery& query)
{
    // The driver's text names tables and constraints, never bound values.
    qCWarning(lcDuplicates) << "SQL error:" << query.lastError().databaseText();
    return Error{ErrorCode::Sql, message};
}

// The two persons of a pair, with their names for the list (merged ones included: a settled
// pair still names both).
const QString kPairSelect = QStringLiteral(
    "SELECT c.id, c.reason, c.detected_at, c.state, "
    "a.id, a.atena_number, a.family_name, a.given_name, a.family_kana, a.given_kana, "
    "a.birth_date, (SELECT x.address FROM person_address x WHERE x.person_id = a.id AND "
    "x.valid_to IS NULL LIMIT 1), "
    "b.id, b.atena_number, b.family_name, b.given_name, b.family_kana, b.given_kana, "
    "b.birth_date, (SELECT y.address FROM person_address y WHERE y.person_id = b.id AND "
    "y.valid_to IS NULL LIMIT 1) "
    "FROM duplicate_candidate c JOIN person a ON a.id = c.person_low "
    "JOIN person b ON b.id = c.person_high ");

PersonSummary summaryAt(const QSqlQuery& query, int first)
{
    PersonSummary row;
    row.id = query.value(first).toString();
    row.atenaNumber = query.value(first + 1).toString();
    row.familyName = query.value(first + 2).toString();
    row.givenName = query.value(first + 3).toString();
    row.familyKana = query.value(first + 4).toString();
    row.givenKana = query.value(first + 5).toString();
    row.birthDate = QDate::fromString(query.value(first + 6).toString(), Qt::ISODate);
    row.address = query.value(first + 7).toString();
    return row;
}

DuplicatePair pairFromQuery(const QSqlQuery& query)
{
    DuplicatePair pair;
    pair.id = query.value(0).toString();
    pair.reason = query.value(1).toString() == u"same_mynumber"
                      ? DuplicateReason::SameMyNumber
                      : DuplicateReason::SameKanaAndBirthDate;
    pair.detectedAt = query.value(2).toString();
    pair.state = query.value(3).toString();
    pair.first = summaryAt(query, 4);
    pair.second = summaryAt(query, 12);
    return pair;
}

} // namespace

DuplicateCandidates::DuplicateCandidates(QSqlDatabase db, audit::AuditLog& audit,
                                         const security::Authorizer& authorizer, const Clock& clock)
    : m_db(std::move(db)), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

QString DuplicateCandidates::reasonCode(DuplicateReason reason)
{
    return reason == DuplicateReason::SameMyNumber ? QStringLiteral("same_mynumber")
                                                   : QStringLiteral("same_kana_birth_date");
}

QString DuplicateCandidates::reasonLabel(DuplicateReason reason)
{
    return reason == DuplicateReason::SameMyNumber ? tr("Same My Number")
                                                   : tr("Same name in kana and same date of birth");
}

Result<int> DuplicateCandidates::detectAfterPull(const QStringList& pulledIds)
{
    // A pulled My Number row stands for its person.
    QStringList personIds;
    QSet<QString> seen;
    for (const QString& id : pulledIds) {
        QSqlQuery owner(m_db);
        owner.prepare(QStringLiteral("SELECT id FROM person WHERE id = ? UNION ALL "
                                     "SELECT person_id FROM person_mynumber WHERE id = ?"));
        owner.addBindValue(id);
        owner.addBindValue(id);
        if (!owner.exec())
            return sqlError(tr("The records received could not be checked for duplicates."), owner);
        while (owner.next()) {
            const QString personId = owner.value(0).toString();
            if (!seen.contains(personId)) {
                seen.insert(personId);
                personIds << personId;
            }
        }
    }

    // The registry's own check, with the My Number matched by blind index as stored (under the
    // city key the index is the same on every device; no number is opened for this).
    PersonRegistry registry(m_db, m_audit, m_authorizer, m_clock);
    registry.setMyNumberMatcher([this](const QByteArray& index) -> Result<QStringList> {
        QSqlQuery holders(m_db);
        holders.prepare(QStringLiteral("SELECT m.person_id FROM person_mynumber m JOIN person p "
                                       "ON p.id = m.person_id WHERE m.blind_index = ? AND "
                                       "p.merged_into IS NULL ORDER BY p.atena_number"));
        holders.addBindValue(index);
        if (!holders.exec())
            return sqlError(tr("The records received could not be checked for duplicates."),
                            holders);
        QStringList ids;
        while (holders.next())
            ids << holders.value(0).toString();
        return ids;
    });

    store::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The duplicate candidates could not be saved.")};
    int recorded = 0;
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    for (const QString& personId : std::as_const(personIds)) {
        auto person = registry.loadPerson(personId);
        if (!person)
            return person.error();
        if (!person->mergedInto.isEmpty())
            continue;
        PersonDraft draft;
        draft.familyKana = person->familyKana;
        draft.givenKana = person->givenKana;
        draft.birthDate = person->birthDate;
        QSqlQuery index(m_db);
        index.prepare(QStringLiteral(
            "SELECT blind_index FROM person_mynumber WHERE person_id = ? AND blind_index IS NOT "
            "NULL"));
        index.addBindValue(personId);
        if (!index.exec())
            return sqlError(tr("The records received could not be checked for duplicates."), index);
        if (index.next())
            draft.myNumberBlindIndex = index.value(0).toByteArray();

        auto candidates = registry.duplicatesOf(draft);
        if (!candidates)
            return candidates.error();
        for (const DuplicateCandidate& candidate : std::as_const(candidates.value())) {
            if (candidate.person.id == personId)
                continue;
            const QString low = std::min(personId, candidate.person.id);
            const QString high = std::max(personId, candidate.person.id);
            QSqlQuery insert(m_db);
            insert.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO duplicate_candidate (id, person_low, person_high, reason, "
                "detected_at) VALUES (?, ?, ?, ?, ?)"));
            const QString id = store::newUuid7();
            insert.addBindValue(id);
            insert.addBindValue(low);
            insert.addBindValue(high);
            insert.addBindValue(reasonCode(candidate.reason));
            insert.addBindValue(now);
            if (!insert.exec())
                return sqlError(tr("The duplicate candidates could not be saved."), insert);
            if (insert.numRowsAffected() != 1)
                continue; // known already (open or settled)
            ++recorded;
            if (Status audited = m_audit.append(audit::AuditEvent::of(
                    audit::EventType::DuplicateCandidate, audit::Outcome::Success, QString(),
                    QStringLiteral("duplicate_candidate"), id,
                    QStringLiteral("found:") + reasonCode(candidate.reason)));
                !audited)
                return audited.error();
        }
    }
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The duplicate candidates could not be saved.")};
    return recorded;
}

Result<QList<DuplicatePair>> DuplicateCandidates::list(const security::Session& session)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.merge")); !allowed)
        return allowed.error();
    QSqlQuery query(m_db);
    if (!query.exec(kPairSelect +
                    QStringLiteral("WHERE c.state = 'open' AND a.merged_into IS NULL AND "
                                   "b.merged_into IS NULL ORDER BY c.detected_at, c.id")))
        return sqlError(tr("The duplicate candidates could not be read."), query);
    QList<DuplicatePair> pairs;
    while (query.next())
        pairs << pairFromQuery(query);
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::PersonSearch, audit::Outcome::Success, session.login, QString(),
            QString(), QStringLiteral("duplicate_candidates")));
        !audited)
        return audited.error();
    return pairs;
}

Result<DuplicatePair> DuplicateCandidates::loadOpen(const QString& id) const
{
    QSqlQuery query(m_db);
    query.prepare(kPairSelect + QStringLiteral("WHERE c.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("The duplicate candidate could not be read."), query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("There is no duplicate candidate with this id.")};
    DuplicatePair pair = pairFromQuery(query);
    if (pair.state != u"open")
        return Error{ErrorCode::InvalidInput, tr("This duplicate candidate was settled already.")};
    return pair;
}

Status DuplicateCandidates::settle(const security::Session& session, const DuplicatePair& pair,
                                   const QString& state, const QString& survivorId)
{
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE duplicate_candidate SET state = ?, settled_at = ?, "
                                  "settled_by = ?, survivor_id = ? WHERE id = ? AND state = "
                                  "'open'"));
    update.addBindValue(state);
    update.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    update.addBindValue(session.accountId);
    update.addBindValue(survivorId.isEmpty() ? QVariant() : QVariant(survivorId));
    update.addBindValue(pair.id);
    if (!update.exec())
        return sqlError(tr("The duplicate candidate could not be saved."), update);
    if (update.numRowsAffected() != 1)
        return Error{ErrorCode::InvalidInput, tr("This duplicate candidate was settled already.")};
    // The pair's id stands for both records (never their names).
    return m_audit.append(audit::AuditEvent::of(
        audit::EventType::DuplicateCandidate, audit::Outcome::Success, session.login,
        QStringLiteral("duplicate_candidate"), pair.id, state));
}

Status DuplicateCandidates::dismiss(const security::Session& session, const QString& id)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.merge")); !allowed)
        return allowed;
    store::Transaction transaction(m_db);
    auto pair = loadOpen(id);
    if (!pair)
        return pair.status();
    if (Status settled = settle(session, pair.value(), QStringLiteral("dismissed"), QString());
        !settled)
        return settled;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The duplicate candidate could not be saved.")};
    return {};
}

Status DuplicateCandidates::merge(const security::Session& session, const QString& id,
                                  const QString& survivorId)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.merge")); !allowed)
        return allowed;
    store::Transaction transaction(m_db);
    auto pair = loadOpen(id);
    if (!pair)
        return pair.status();
    if (survivorId != pair->first.id && survivorId != pair->second.id)
        return Error{ErrorCode::InvalidInput,
                     tr("Keep one of the two records of this duplicate candidate (宛名番号 %1 or "
                        "%2).")
                         .arg(pair->first.atenaNumber, pair->second.atenaNumber)};
    const QString mergedId = survivorId == pair->first.id ? pair->second.id : pair->first.id;
    PersonRegistry registry(m_db, m_audit, m_authorizer, m_clock);
    if (Status merged = registry.merge(session, survivorId, mergedId); !merged)
        return merged;
    if (Status settled = settle(session, pair.value(), QStringLiteral("merged"), survivorId);
        !settled)
        return settled;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The duplicate candidate could not be saved.")};
    return {};
}

} // namespace madoguchi::registry
