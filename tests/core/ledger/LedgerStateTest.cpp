// SPDX-License-Identifier: GPL-3.0-or-later
// The current-state view of the ledgers: every status, follow-up chains, the renewal filter at
// its boundaries, recipient numbers issued once at the first grant (and refused without a number
// block), permissions and the audit of every read.
#include "LedgerFixture.h"
#include "ledger/RecipientNumbers.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace madoguchi;
using namespace madoguchi::decision;
using namespace madoguchi::ledger;
using namespace madoguchi::security;
using test::followUpDraft;
using test::grantDraft;
using test::LedgerOffice;

namespace {

const QDate kToday(2025, 7, 18); // the office clock: 2025-07-18 09:00 UTC, 18:00 in Japan
const Scope kLedger = Scope::MedicalPsychiatric;

RecipientState stateOf(LedgerOffice& o, const QString& person, Scope ledger = kLedger)
{
    auto state = o.reviewer.state->recipient(o.reviewer.session(), ledger, person);
    INFO(state.message().toStdString());
    REQUIRE(state.ok());
    return state.value();
}

QStringList personsOf(const QList<RecipientState>& states)
{
    QStringList ids;
    for (const RecipientState& state : states)
        ids << state.personId;
    return ids;
}

QList<RecipientState> fileOf(LedgerOffice& o, const LedgerFileFilter& filter,
                             Scope ledger = kLedger)
{
    auto file = o.reviewer.state->file(o.reviewer.session(), ledger, filter);
    INFO(file.message().toStdString());
    REQUIRE(file.ok());
    return file.value();
}

QJsonObject payloadOfDecision(LedgerOffice& o, const QString& decisionId)
{
    QSqlQuery query(o.clerk.workspace->database().connection());
    query.prepare(QStringLiteral("SELECT e.payload FROM ledger_entry e JOIN decision d ON "
                                 "d.ledger_entry_id = e.id WHERE d.id = ?"));
    query.addBindValue(decisionId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

} // namespace

TEST_CASE("Statuses status codes round-trip and have labels", "[ledger][state]")
{
    for (const RecipientStatus status : allRecipientStatuses()) {
        RecipientStatus back = RecipientStatus::Active;
        REQUIRE(recipientStatusFromCode(recipientStatusCode(status), &back));
        CHECK(back == status);
        CHECK_FALSE(recipientStatusLabel(status).isEmpty());
    }
    RecipientStatus unused = RecipientStatus::Active;
    CHECK_FALSE(recipientStatusFromCode(u"current", &unused));
    CHECK_FALSE(recipientStatusFromCode(u"", &unused));
}

TEST_CASE("Every status follows from the approved decisions and today in Japan", "[ledger][state]")
{
    LedgerOffice o;
    const QString active = o.newPerson();
    o.approved(o.application(active), grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    const QString startsToday = o.newPerson();
    o.approved(o.application(startsToday), grantDraft(kToday, QDate(2026, 7, 17)));
    const QString endsToday = o.newPerson();
    o.approved(o.application(endsToday), grantDraft(QDate(2024, 7, 18), kToday));
    const QString upcoming = o.newPerson();
    o.approved(o.application(upcoming), grantDraft(kToday.addDays(1), QDate(2026, 7, 31)));
    const QString expired = o.newPerson();
    o.approved(o.application(expired), grantDraft(QDate(2024, 7, 1), kToday.addDays(-1)));
    const QString cancelled = o.newPerson();
    const QString cancelledApp = o.application(cancelled);
    const QString toCancel =
        o.approved(cancelledApp, grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    const QString cancel = o.approved(cancelledApp, followUpDraft(DecisionKind::Cancel, toCancel));
    const QString rejected = o.newPerson();
    DecisionDraft reject = followUpDraft(DecisionKind::Reject, {});
    const QString rejection = o.approved(o.application(rejected), reject);
    const QString nobody = o.newPerson();

    RecipientState a = stateOf(o, active);
    CHECK(a.status == RecipientStatus::Active);
    CHECK(a.validFrom == QDate(2025, 7, 1));
    CHECK(a.validTo == QDate(2026, 6, 30));
    CHECK(a.daysLeft == kToday.daysTo(QDate(2026, 6, 30)));
    CHECK(a.monthlyCap == 5000);
    CHECK(a.currentKind == DecisionKind::Grant);
    CHECK(a.personName == QStringLiteral("試験\u3000花子"));
    CHECK(a.personKana == QStringLiteral("シケン\u3000ハナコ"));
    CHECK(a.entryCount == 1);
    CHECK_FALSE(a.lastEntryAt.isEmpty());
    CHECK(stateOf(o, startsToday).status == RecipientStatus::Active);
    RecipientState lastDay = stateOf(o, endsToday);
    CHECK(lastDay.status == RecipientStatus::Active);
    CHECK(lastDay.daysLeft == 0);
    CHECK(stateOf(o, upcoming).status == RecipientStatus::Upcoming);
    RecipientState e = stateOf(o, expired);
    CHECK(e.status == RecipientStatus::Expired);
    CHECK(e.daysLeft == -1);
    RecipientState c = stateOf(o, cancelled);
    CHECK(c.status == RecipientStatus::Cancelled);
    CHECK(c.currentDecisionId == cancel);
    CHECK(c.currentKind == DecisionKind::Cancel);
    CHECK_FALSE(c.validTo.isValid());
    CHECK(c.recipientNumber.size() == 7); // numbers stay with the person after a cancellation
    CHECK(c.entryCount == 2);
    RecipientState r = stateOf(o, rejected);
    CHECK(r.status == RecipientStatus::Rejected);
    CHECK(r.currentDecisionId == rejection);
    CHECK(r.recipientNumber.isEmpty()); // a rejection issues no numbers
    CHECK(r.certificateNumber.isEmpty());

    auto none = o.reviewer.state->recipient(o.reviewer.session(), kLedger, nobody);
    CHECK(none.code() == ErrorCode::NotFound);
    // Another ledger knows nothing of these decisions.
    CHECK(o.reviewer.state->recipient(o.reviewer.session(), Scope::Devices, active).code() ==
          ErrorCode::NotFound);

    // The file filtered by status holds exactly the persons of that status.
    using Expected = std::pair<RecipientStatus, QStringList>;
    for (const auto& [status, persons] :
         {Expected{RecipientStatus::Active, {active, startsToday, endsToday}},
          Expected{RecipientStatus::Upcoming, {upcoming}},
          Expected{RecipientStatus::Expired, {expired}},
          Expected{RecipientStatus::Cancelled, {cancelled}},
          Expected{RecipientStatus::Rejected, {rejected}}}) {
        LedgerFileFilter filter;
        filter.status = status;
        QStringList got = personsOf(fileOf(o, filter));
        QStringList want = persons;
        got.sort();
        want.sort();
        INFO(recipientStatusCode(status).toStdString());
        CHECK(got == want);
    }
    const QList<RecipientState> all = fileOf(o, {});
    CHECK(all.size() == 7);
    // Soonest validity end first; those without one (cancelled, rejected) last.
    CHECK(all.at(0).personId == expired);
    CHECK(all.at(1).personId == endsToday);
    CHECK_FALSE(all.at(5).validTo.isValid());
    CHECK_FALSE(all.at(6).validTo.isValid());
}

TEST_CASE("Follow-up decisions: the newest one nothing refers to is current", "[ledger][state]")
{
    LedgerOffice o;

    SECTION("a change supersedes the grant, a cancellation of the change cancels")
    {
        const QString person = o.newPerson();
        const QString app = o.application(person);
        const QString grant = o.approved(app, grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
        const QString before = stateOf(o, person).recipientNumber;
        const QString change =
            o.approved(app, followUpDraft(DecisionKind::Change, grant, QDate(2025, 7, 1),
                                          QDate(2026, 6, 30), 10000));
        RecipientState changed = stateOf(o, person);
        CHECK(changed.status == RecipientStatus::Active);
        CHECK(changed.currentDecisionId == change);
        CHECK(changed.currentKind == DecisionKind::Change);
        CHECK(changed.monthlyCap == 10000);
        CHECK(changed.recipientNumber == before);
        o.approved(app, followUpDraft(DecisionKind::Cancel, change));
        RecipientState cancelled = stateOf(o, person);
        CHECK(cancelled.status == RecipientStatus::Cancelled);
        CHECK(cancelled.entryCount == 3);
    }
    SECTION("a provisional grant is replaced by its final grant")
    {
        const QString person = o.newPerson();
        const QString app = o.application(person);
        DecisionDraft provisional = grantDraft(QDate(2025, 7, 1), QDate(2025, 8, 31));
        provisional.kind = DecisionKind::Provisional;
        const QString first = o.approved(app, provisional);
        CHECK(stateOf(o, person).currentKind == DecisionKind::Provisional);
        const QString final = o.approved(
            app, followUpDraft(DecisionKind::Final, first, QDate(2025, 9, 1), QDate(2026, 8, 31)));
        RecipientState state = stateOf(o, person);
        CHECK(state.currentDecisionId == final);
        CHECK(state.currentKind == DecisionKind::Final);
        CHECK(state.status == RecipientStatus::Upcoming);
        CHECK(state.validTo == QDate(2026, 8, 31));
    }
    SECTION("a re-certifying grant refers to the previous one and keeps the numbers")
    {
        const QString person = o.newPerson();
        const QString old =
            o.approved(o.application(person), grantDraft(QDate(2024, 7, 1), QDate(2025, 6, 30)));
        RecipientState before = stateOf(o, person);
        CHECK(before.status == RecipientStatus::Expired);
        DecisionDraft renewal = grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30));
        renewal.refersTo = old;
        const QString renewed = o.approved(o.application(person), renewal);
        RecipientState after = stateOf(o, person);
        CHECK(after.status == RecipientStatus::Active);
        CHECK(after.currentDecisionId == renewed);
        CHECK(after.recipientNumber == before.recipientNumber);
        CHECK(after.certificateNumber == before.certificateNumber);
        CHECK(o.count(QStringLiteral("SELECT count(*) FROM recipient")) == 1);
        CHECK(payloadOfDecision(o, renewed)[QStringLiteral("recipient_number")].toString() ==
              before.recipientNumber);
    }
    SECTION("a later rejection (of a renewal application) leaves the running grant current")
    {
        const QString person = o.newPerson();
        const QString grant =
            o.approved(o.application(person), grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
        o.approved(o.application(person), followUpDraft(DecisionKind::Reject, {}));
        RecipientState state = stateOf(o, person);
        CHECK(state.status == RecipientStatus::Active);
        CHECK(state.currentDecisionId == grant);
        CHECK(state.entryCount == 2);
    }
}

TEST_CASE("Expiring within N days: from today to today + N, both included", "[ledger][state]")
{
    LedgerOffice o;
    const QString today = o.newPerson();
    o.approved(o.application(today), grantDraft(QDate(2024, 7, 19), kToday));
    const QString lastIncluded = o.newPerson();
    o.approved(o.application(lastIncluded), grantDraft(QDate(2024, 8, 18), kToday.addDays(30)));
    const QString dayAfter = o.newPerson();
    o.approved(o.application(dayAfter), grantDraft(QDate(2024, 8, 19), kToday.addDays(31)));
    const QString expired = o.newPerson();
    o.approved(o.application(expired), grantDraft(QDate(2024, 7, 18), kToday.addDays(-1)));
    const QString cancelled = o.newPerson();
    const QString app = o.application(cancelled);
    const QString grant = o.approved(app, grantDraft(QDate(2024, 8, 1), kToday.addDays(10)));
    o.approved(app, followUpDraft(DecisionKind::Cancel, grant));

    LedgerFileFilter within30;
    within30.expiringWithinDays = 30;
    CHECK(personsOf(fileOf(o, within30)) == QStringList{today, lastIncluded});
    LedgerFileFilter within31;
    within31.expiringWithinDays = 31;
    const QList<RecipientState> list = fileOf(o, within31);
    CHECK(personsOf(list) == QStringList{today, lastIncluded, dayAfter});
    CHECK(list.at(2).daysLeft == 31);
    LedgerFileFilter within0;
    within0.expiringWithinDays = 0;
    CHECK(personsOf(fileOf(o, within0)) == QStringList{today});
    LedgerFileFilter both;
    both.expiringWithinDays = 31;
    both.status = RecipientStatus::Expired;
    CHECK(fileOf(o, both).isEmpty());
    LedgerFileFilter negative;
    negative.expiringWithinDays = -1;
    auto refused = o.reviewer.state->file(o.reviewer.session(), kLedger, negative);
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(refused.message().contains(QStringLiteral("expiring_within")));
}

TEST_CASE("Recipient numbers are issued once, at the first grant, with a valid check digit",
          "[ledger][numbers]")
{
    LedgerOffice o;
    const QString person = o.newPerson();
    const QString app = o.application(person);
    const QString grant = o.approved(app, grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    RecipientState state = stateOf(o, person);
    CHECK(RecipientNumbers::isValidRecipientNumber(state.recipientNumber));
    CHECK(RecipientNumbers::isValidCertificateNumber(state.certificateNumber));
    // From the blocks the office leased for this ledger (受給者番号 13xxxx, 受給者証番号 2003…).
    CHECK(state.recipientNumber.startsWith(QStringLiteral("13")));
    CHECK(state.certificateNumber.startsWith(QStringLiteral("2003")));
    const QJsonObject payload = payloadOfDecision(o, grant);
    CHECK(payload[QStringLiteral("recipient_number")].toString() == state.recipientNumber);
    CHECK(payload[QStringLiteral("certificate_number")].toString() == state.certificateNumber);

    // A change keeps them; a second person gets the next ones.
    const QString change = o.approved(app, followUpDraft(DecisionKind::Change, grant));
    CHECK(payloadOfDecision(o, change)[QStringLiteral("recipient_number")].toString() ==
          state.recipientNumber);
    CHECK(stateOf(o, person).recipientNumber == state.recipientNumber);
    const QString second = o.newPerson();
    o.approved(o.application(second), grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    RecipientState other = stateOf(o, second);
    CHECK(RecipientNumbers::isValidRecipientNumber(other.recipientNumber));
    CHECK(other.recipientNumber != state.recipientNumber);
    CHECK(other.certificateNumber != state.certificateNumber);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM recipient")) == 2);
    // The same person in another ledger is another recipient with numbers of that ledger.
    o.approved(o.application(person, Scope::WelfareService),
               grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    RecipientState welfare = stateOf(o, person, Scope::WelfareService);
    CHECK(welfare.recipientNumber.startsWith(QStringLiteral("11")));
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM recipient")) == 3);

    // Found by the number, in its own ledger only.
    auto found =
        o.reviewer.state->byRecipientNumber(o.reviewer.session(), kLedger, state.recipientNumber);
    REQUIRE(found.ok());
    CHECK(found->personId == person);
    CHECK(o.reviewer.state
              ->byRecipientNumber(o.reviewer.session(), Scope::Devices, state.recipientNumber)
              .code() == ErrorCode::NotFound);
    CHECK(o.reviewer.state->byRecipientNumber(o.reviewer.session(), kLedger, QStringLiteral("1"))
              .code() == ErrorCode::NotFound);

    // The table refuses a second row for the person, a reused number and a malformed one.
    QSqlQuery query(o.clerk.workspace->database().connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE recipient SET recipient_number = '123456' ")));
    CHECK_FALSE(
        query.exec(QStringLiteral("UPDATE recipient SET certificate_number = '12345678x0'")));
    CHECK_FALSE(query.exec(
        QStringLiteral("UPDATE recipient SET recipient_number = '%1' WHERE person_id = '%2'")
            .arg(state.recipientNumber, second)));
}

TEST_CASE("Without an open number block a first grant is refused and nothing is saved",
          "[ledger][numbers]")
{
    LedgerOffice o(false);
    const QString person = o.newPerson();
    const QString app = o.application(person);
    const QString id = o.sent(app, grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    Status refused = o.approver.decisions->approve(o.approver.session(), id);
    CHECK(refused.code() == ErrorCode::NotFound);
    CHECK(refused.message().contains(QStringLiteral("administrator")));
    CHECK(refused.message().contains(QStringLiteral("lease")));
    auto stored = o.approver.decisions->find(o.approver.session(), id);
    REQUIRE(stored.ok());
    CHECK(stored->state == DecisionState::AwaitingApproval);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM ledger_entry")) == 0);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM recipient")) == 0);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM approval_request WHERE state = "
                                 "'approved'")) == 0);

    // A rejection needs no number.
    const QString other = o.newPerson();
    o.approved(o.application(other), followUpDraft(DecisionKind::Reject, {}));
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM ledger_entry")) == 1);

    // Once an administrator leased blocks, the same decision is approved.
    o.office.leaseRecipientBlocks();
    Status approved = o.approver.decisions->approve(o.approver.session(), id);
    INFO(approved.message().toStdString());
    REQUIRE(approved.ok());
    CHECK(RecipientNumbers::isValidRecipientNumber(stateOf(o, person).recipientNumber));
}

TEST_CASE("Return claims and high-cost refunds add up in the state", "[ledger][state]")
{
    LedgerOffice o;
    const QString person = o.newPerson();
    const QString grant = o.approved(o.application(person, Scope::WelfareService),
                                     grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    const auto& session = o.reviewer.session();
    REQUIRE(o.reviewer.book
                ->recordReturnClaim(session, Scope::WelfareService, person, 12000,
                                    QStringLiteral("過払い"), grant)
                .ok());
    REQUIRE(o.reviewer.book
                ->recordReturnClaim(session, Scope::WelfareService, person, 3456,
                                    QStringLiteral("不正受給"))
                .ok());
    REQUIRE(o.reviewer.book
                ->recordHighCostRefund(session, person, QStringLiteral("2025-06"), 7000,
                                       QJsonObject{{QStringLiteral("base"), 37200}})
                .ok());
    RecipientState state = stateOf(o, person, Scope::WelfareService);
    CHECK(state.outstandingReturns == 15456);
    CHECK(state.highCostRefunds == 7000);
    CHECK(state.entryCount == 4);
    CHECK(state.status == RecipientStatus::Active);
    const QList<RecipientState> file = fileOf(o, {}, Scope::WelfareService);
    REQUIRE(file.size() == 1);
    CHECK(file.at(0).outstandingReturns == 15456);
}

TEST_CASE("Viewing the ledger state needs ledger.view in its scope and is audited once per call",
          "[ledger][permission][audit]")
{
    LedgerOffice o;
    const QString person = o.newPerson();
    o.approved(o.application(person), grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    const QString welfarePerson = o.newPerson();
    o.approved(o.application(welfarePerson, Scope::WelfareService),
               grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    const QString views = QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                         "'ledger.view' AND account = '%1'");

    // The auditor may view.
    const int before = o.count(views.arg(QStringLiteral("auditor")));
    auto one = o.auditor.state->recipient(o.auditor.session(), kLedger, person);
    REQUIRE(one.ok());
    CHECK(o.count(views.arg(QStringLiteral("auditor"))) == before + 1);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'ledger.view' AND "
                                 "account = 'auditor' AND object_id = '%1' AND purpose = "
                                 "'medical_psychiatric'")
                      .arg(person)) == 1);
    auto file = o.auditor.state->file(o.auditor.session(), kLedger);
    REQUIRE(file.ok());
    CHECK(file->size() == 1);
    CHECK(o.count(views.arg(QStringLiteral("auditor"))) == before + 2);
    auto byNumber =
        o.auditor.state->byRecipientNumber(o.auditor.session(), kLedger, one->recipientNumber);
    REQUIRE(byNumber.ok());
    CHECK(o.count(views.arg(QStringLiteral("auditor"))) == before + 3);

    // A clerk without the scope may not; with it, may.
    const auto& welfare = o.welfareClerk;
    CHECK(welfare.state->recipient(welfare.session(), kLedger, person).code() ==
          ErrorCode::PermissionDenied);
    CHECK(welfare.state->file(welfare.session(), kLedger).code() == ErrorCode::PermissionDenied);
    CHECK(
        welfare.state->byRecipientNumber(welfare.session(), kLedger, one->recipientNumber).code() ==
        ErrorCode::PermissionDenied);
    CHECK(o.count(views.arg(QStringLiteral("wclerk"))) == 0);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE outcome = 'denied' AND "
                                 "account = 'wclerk'")) >= 3);
    auto own = welfare.state->file(welfare.session(), Scope::WelfareService);
    REQUIRE(own.ok());
    CHECK(personsOf(own.value()) == QStringList{welfarePerson});
    // The administrator administers; reading a benefit ledger is not part of that.
    LedgerState adminView(o.office.admin->database().connection(), o.office.admin->audit(),
                          o.office.admin->authorizer(), o.office.clock);
    CHECK(adminView.file(o.office.admin->session(), kLedger).code() == ErrorCode::PermissionDenied);
}

TEST_CASE("The ledger file of 10,000 recipients is read in a few set-based queries",
          "[ledger][state][bench]")
{
    LedgerOffice o;
    QSqlDatabase db = o.clerk.workspace->database().connection();
    QSqlQuery query(db);
    // Rows written directly (no services, no foreign keys) to reach the size quickly.
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(db.transaction());
    constexpr int kRecipients = 10000;
    QSqlQuery person(db);
    person.prepare(QStringLiteral(
        "INSERT INTO person (id, version, atena_number, family_name, given_name, family_kana, "
        "given_kana, kana_key, given_kana_key, name_key, given_name_key, birth_date, sex, "
        "created_at, updated_at) VALUES (?, 1, ?, '試験', '花子', 'シケン', 'ハナコ', "
        "'シケンハナコ', 'ハナコ', '試験花子', '花子', '1980-04-01', 'female', '', '')"));
    QSqlQuery decision(db);
    decision.prepare(QStringLiteral(
        "INSERT INTO decision (id, version, application_id, person_id, ledger_scope, kind, "
        "inputs, rule_version, evaluation, valid_from, valid_to, monthly_cap, state, drafted_by, "
        "drafted_at, approved_by, approved_at) VALUES (?, 1, 'a', ?, 'medical_psychiatric', "
        "'grant', '{}', 'r', '{}', '2025-01-01', ?, 5000, 'approved', 'x', '', 'y', ?)"));
    QSqlQuery entry(db);
    entry.prepare(QStringLiteral(
        "INSERT INTO ledger_entry (id, version, ledger, person_id, kind, payload, recorded_at, "
        "recorded_by) VALUES (?, 1, 'medical_psychiatric', ?, ?, ?, '2025-07-18T00:00:00Z', 'y')"));
    for (int i = 0; i < kRecipients; ++i) {
        const QString id = QStringLiteral("p%1").arg(i, 5, 10, QChar(u'0'));
        person.addBindValue(id);
        person.addBindValue(QStringLiteral("9%1").arg(i, 9, 10, QChar(u'0')));
        REQUIRE(person.exec());
        decision.addBindValue(QStringLiteral("d%1").arg(i));
        decision.addBindValue(id);
        decision.addBindValue(kToday.addDays(i % 400 - 30).toString(Qt::ISODate));
        decision.addBindValue(QStringLiteral("2025-07-01T00:00:%1Z").arg(i));
        REQUIRE(decision.exec());
        entry.addBindValue(QStringLiteral("e%1").arg(i));
        entry.addBindValue(id);
        entry.addBindValue(QStringLiteral("return_claim"));
        entry.addBindValue(QStringLiteral("{\"amount\":100,\"reason\":\"r\"}"));
        REQUIRE(entry.exec());
    }
    REQUIRE(db.commit());
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));

    QElapsedTimer timer;
    timer.start();
    auto file = o.reviewer.state->file(o.reviewer.session(), kLedger);
    const qint64 elapsed = timer.elapsed();
    REQUIRE(file.ok());
    CHECK(file->size() == kRecipients);
    CHECK(file->first().validTo == kToday.addDays(-30));
    CHECK(file->first().outstandingReturns == 100);
    LedgerFileFilter renewal;
    renewal.expiringWithinDays = 90;
    auto soon = o.reviewer.state->file(o.reviewer.session(), kLedger, renewal);
    REQUIRE(soon.ok());
    // Days 0..90 of every 400 (validity ends cycle through today - 30 … today + 369).
    CHECK(soon->size() == 91 * (kRecipients / 400));
    // Per-row queries would take seconds here; the set-based read takes a fraction of that.
    CHECK(elapsed < 5000);
}
