// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/LedgerState.h"

#include "audit/AuditLog.h"
#include "ledger/LedgerBook.h"
#include "security/Authorizer.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace madoguchi::ledger {

namespace {

const QString kViewPermission = QStringLiteral("ledger.view");
const QString kObjectType = QStringLiteral("ledger");

/// One approved decision, as the state derivation needs it.
struct Approved
{
    QString id;
    decision::DecisionKind kind = decision::DecisionKind::Grant;
    QString refersTo;
    QDate validFrom;
    QDate validTo;
    std::optional<qint64> monthlyCap;
};

/// Everything read about one person of the ledger before the state is derived.
struct Gathered
{
    QList<Approved> decisions; // oldest approval first
    RecipientState state;
};

} // namespace

QString recipientStatusCode(RecipientStatus status)
{
    switch (status) {
    case RecipientStatus::Active:
        return QStringLiteral("active");
    case RecipientStatus::Upcoming:
        return QStringLiteral("upcoming");
    case RecipientStatus::Expired:
        return QStringLiteral("expired");
    case RecipientStatus::Cancelled:
        return QStringLiteral("cancelled");
    case RecipientStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

bool recipientStatusFromCode(QStringView code, RecipientStatus* status)
{
    for (const RecipientStatus candidate : allRecipientStatuses()) {
        if (code == recipientStatusCode(candidate)) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QString recipientStatusLabel(RecipientStatus status)
{
    switch (status) {
    case RecipientStatus::Active:
        return LedgerState::tr("Active (支給中)");
    case RecipientStatus::Upcoming:
        return LedgerState::tr("Starts later (支給開始前)");
    case RecipientStatus::Expired:
        return LedgerState::tr("Expired (期間満了)");
    case RecipientStatus::Cancelled:
        return LedgerState::tr("Cancelled (取消)");
    case RecipientStatus::Rejected:
        return LedgerState::tr("Rejected (却下)");
    }
    return {};
}

QList<RecipientStatus> allRecipientStatuses()
{
    return {RecipientStatus::Active, RecipientStatus::Upcoming, RecipientStatus::Expired,
            RecipientStatus::Cancelled, RecipientStatus::Rejected};
}

namespace {

/// Derives status, current decision and validity from the person's approved decisions.
/// The current decision is the newest approved one that no later approved decision refers to;
/// rejections count only when nothing else was ever approved (a rejected renewal application
/// leaves the running grant as it is).
void derive(Gathered& gathered, const QDate& today)
{
    QSet<QString> referred;
    for (const Approved& d : gathered.decisions)
        if (!d.refersTo.isEmpty())
            referred.insert(d.refersTo);
    const Approved* current = nullptr;
    const Approved* lastRejection = nullptr;
    for (auto it = gathered.decisions.crbegin(); it != gathered.decisions.crend(); ++it) {
        if (it->kind == decision::DecisionKind::Reject) {
            if (!lastRejection)
                lastRejection = &*it;
            continue;
        }
        if (!referred.contains(it->id)) {
            current = &*it;
            break;
        }
    }
    RecipientState& state = gathered.state;
    if (!current) {
        state.status = RecipientStatus::Rejected;
        if (lastRejection) {
            state.currentDecisionId = lastRejection->id;
            state.currentKind = lastRejection->kind;
        }
        return;
    }
    state.currentDecisionId = current->id;
    state.currentKind = current->kind;
    if (current->kind == decision::DecisionKind::Cancel) {
        state.status = RecipientStatus::Cancelled;
        return;
    }
    state.validFrom = current->validFrom;
    state.validTo = current->validTo;
    state.monthlyCap = current->monthlyCap;
    state.daysLeft = current->validTo.isValid() ? int(today.daysTo(current->validTo)) : 0;
    if (current->validFrom.isValid() && today < current->validFrom)
        state.status = RecipientStatus::Upcoming;
    else if (current->validTo.isValid() && today > current->validTo)
        state.status = RecipientStatus::Expired;
    else
        state.status = RecipientStatus::Active;
}

qint64 amountOf(const QString& payload)
{
    const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    return static_cast<qint64>(object.value(QStringLiteral("amount")).toDouble());
}

} // namespace

LedgerState::LedgerState(QSqlDatabase db, audit::AuditLog& audit,
                         const security::Authorizer& authorizer, const Clock& clock)
    : m_db(std::move(db)), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

namespace {

/// Reads the states of every recipient of ledger, or of one person when personId is given:
/// four set-based queries whatever the number of recipients.
Result<QList<RecipientState>> readStates(const QSqlDatabase& db, security::Scope ledger,
                                         const QString& personId, const QDate& today)
{
    const QString scope = security::scopeCode(ledger);
    const auto sqlError = [] {
        return Error{ErrorCode::Sql, LedgerState::tr("The ledger could not be read.")};
    };
    QHash<QString, Gathered> byPerson;
    QStringList order; // persons in the order first met

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, person_id, kind, refers_to, valid_from, valid_to, monthly_cap FROM decision "
        "WHERE ledger_scope = ? AND state = 'approved' AND (? = '' OR person_id = ?) "
        "ORDER BY person_id, approved_at, id"));
    query.addBindValue(scope);
    query.addBindValue(personId.isNull() ? QStringLiteral("") : personId);
    query.addBindValue(personId.isNull() ? QStringLiteral("") : personId);
    if (!query.exec())
        return sqlError();
    while (query.next()) {
        Approved d;
        d.id = query.value(0).toString();
        const QString person = query.value(1).toString();
        if (!decision::kindFromCode(query.value(2).toString(), &d.kind))
            return Error{ErrorCode::Internal, LedgerState::tr("A stored decision is not valid.")};
        d.refersTo = query.value(3).toString();
        d.validFrom = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        d.validTo = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        if (!query.value(6).isNull())
            d.monthlyCap = query.value(6).toLongLong();
        auto it = byPerson.find(person);
        if (it == byPerson.end()) {
            it = byPerson.insert(person, Gathered{});
            it->state.personId = person;
            it->state.ledger = ledger;
            order << person;
        }
        it->decisions << d;
    }
    query.finish();
    if (byPerson.isEmpty())
        return QList<RecipientState>{};

    // Names and numbers of the persons with an approved decision.
    query.prepare(
        QStringLiteral("SELECT p.id, p.family_name, p.given_name, p.family_kana, p.given_kana, "
                       "r.recipient_number, r.certificate_number FROM person p "
                       "LEFT JOIN recipient r ON r.person_id = p.id AND r.ledger = ? "
                       "WHERE p.id IN (SELECT person_id FROM decision WHERE ledger_scope = ? AND "
                       "state = 'approved' AND (? = '' OR person_id = ?))"));
    query.addBindValue(scope);
    query.addBindValue(scope);
    query.addBindValue(personId.isNull() ? QStringLiteral("") : personId);
    query.addBindValue(personId.isNull() ? QStringLiteral("") : personId);
    if (!query.exec())
        return sqlError();
    while (query.next()) {
        auto it = byPerson.find(query.value(0).toString());
        if (it == byPerson.end())
            continue;
        it->state.personName = query.value(1).toString() + u'\u3000' + query.value(2).toString();
        it->state.personKana = query.value(3).toString() + u'\u3000' + query.value(4).toString();
        it->state.recipientNumber = query.value(5).toString();
        it->state.certificateNumber = query.value(6).toString();
    }
    query.finish();

    // Entry counts and the newest entry.
    query.prepare(
        QStringLiteral("SELECT person_id, count(*), max(recorded_at) FROM ledger_entry "
                       "WHERE ledger = ? AND (? = '' OR person_id = ?) GROUP BY person_id"));
    query.addBindValue(scope);
    query.addBindValue(personId.isNull() ? QStringLiteral("") : personId);
    query.addBindValue(personId.isNull() ? QStringLiteral("") : personId);
    if (!query.exec())
        return sqlError();
    while (query.next()) {
        auto it = byPerson.find(query.value(0).toString());
        if (it == byPerson.end())
            continue;
        it->state.entryCount = query.value(1).toInt();
        it->state.lastEntryAt = query.value(2).toString();
    }
    query.finish();

    // Amounts of return claims and high-cost refunds (JSON payloads: read in C++, no JSON1).
    query.prepare(
        QStringLiteral("SELECT person_id, kind, payload FROM ledger_entry WHERE ledger = ? AND "
                       "kind IN (?, ?) AND (? = '' OR person_id = ?)"));
    query.addBindValue(scope);
    query.addBindValue(QString::fromUtf16(LedgerBook::kReturnClaim));
    query.addBindValue(QString::fromUtf16(LedgerBook::kHighCostRefund));
    query.addBindValue(personId.isNull() ? QStringLiteral("") : personId);
    query.addBindValue(personId.isNull() ? QStringLiteral("") : personId);
    if (!query.exec())
        return sqlError();
    while (query.next()) {
        auto it = byPerson.find(query.value(0).toString());
        if (it == byPerson.end())
            continue;
        const qint64 amount = amountOf(query.value(2).toString());
        if (query.value(1).toString() == QStringView(LedgerBook::kReturnClaim))
            it->state.outstandingReturns += amount;
        else
            it->state.highCostRefunds += amount;
    }
    query.finish();

    QList<RecipientState> states;
    states.reserve(order.size());
    for (const QString& person : std::as_const(order)) {
        Gathered& gathered = byPerson[person];
        derive(gathered, today);
        states << gathered.state;
    }
    return states;
}

} // namespace

Result<RecipientState> LedgerState::recipient(const security::Session& session,
                                              security::Scope ledger, const QString& personId)
{
    if (Status allowed =
            m_authorizer.require(session, kViewPermission, ledger, kObjectType, personId);
        !allowed)
        return allowed.error();
    if (personId.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("No person was named (field \"person_id\").")};
    auto states = readStates(m_db, ledger, personId, m_clock.todayInJapan());
    if (!states)
        return states.error();
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::LedgerView, audit::Outcome::Success, session.login, kObjectType,
            personId, security::scopeCode(ledger)));
        !audited)
        return audited.error();
    if (states->isEmpty())
        return Error{ErrorCode::NotFound,
                     tr("This person has no approved decision in this ledger.")};
    return states->constFirst();
}

Result<QList<RecipientState>> LedgerState::file(const security::Session& session,
                                                security::Scope ledger,
                                                const LedgerFileFilter& filter)
{
    if (Status allowed = m_authorizer.require(session, kViewPermission, ledger, kObjectType);
        !allowed)
        return allowed.error();
    if (filter.expiringWithinDays && *filter.expiringWithinDays < 0)
        return Error{ErrorCode::InvalidInput,
                     tr("The number of days before the validity ends cannot be negative (field "
                        "\"expiring_within\").")};
    const QDate today = m_clock.todayInJapan();
    auto states = readStates(m_db, ledger, {}, today);
    if (!states)
        return states.error();
    QList<RecipientState> list;
    list.reserve(states->size());
    const QDate last =
        filter.expiringWithinDays ? today.addDays(*filter.expiringWithinDays) : QDate();
    for (const RecipientState& state : std::as_const(states.value())) {
        if (filter.status && state.status != *filter.status)
            continue;
        if (filter.expiringWithinDays) {
            const bool granting = state.status == RecipientStatus::Active ||
                                  state.status == RecipientStatus::Upcoming;
            if (!granting || !state.validTo.isValid() || state.validTo < today ||
                state.validTo > last)
                continue;
        }
        list << state;
    }
    std::sort(list.begin(), list.end(), [](const RecipientState& a, const RecipientState& b) {
        // Validity end soonest first, recipients without one last; then the number.
        if (a.validTo.isValid() != b.validTo.isValid())
            return a.validTo.isValid();
        if (a.validTo != b.validTo)
            return a.validTo < b.validTo;
        if (a.recipientNumber.isEmpty() != b.recipientNumber.isEmpty())
            return !a.recipientNumber.isEmpty();
        if (a.recipientNumber != b.recipientNumber)
            return a.recipientNumber < b.recipientNumber;
        return a.personId < b.personId;
    });
    if (Status audited = m_audit.append(
            audit::AuditEvent::of(audit::EventType::LedgerView, audit::Outcome::Success,
                                  session.login, kObjectType, {}, security::scopeCode(ledger)));
        !audited)
        return audited.error();
    return list;
}

Result<RecipientState> LedgerState::byRecipientNumber(const security::Session& session,
                                                      security::Scope ledger, const QString& number)
{
    if (Status allowed = m_authorizer.require(session, kViewPermission, ledger, kObjectType);
        !allowed)
        return allowed.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT person_id FROM recipient WHERE ledger = ? AND recipient_number = ?"));
    query.addBindValue(security::scopeCode(ledger));
    query.addBindValue(number.trimmed());
    if (!query.exec())
        return Error{ErrorCode::Sql, tr("The ledger could not be read.")};
    const QString personId = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (personId.isEmpty()) {
        if (Status audited = m_audit.append(
                audit::AuditEvent::of(audit::EventType::LedgerView, audit::Outcome::Success,
                                      session.login, kObjectType, {}, security::scopeCode(ledger)));
            !audited)
            return audited.error();
        return Error{ErrorCode::NotFound,
                     tr("Nobody holds this recipient number (受給者番号) in this ledger.")};
    }
    return recipient(session, ledger, personId);
}

} // namespace madoguchi::ledger
