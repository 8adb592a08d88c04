// SPDX-License-Identifier: GPL-3.0-or-later
// Monthly cap management (上限額管理) through the core service: charging up to the cap, months,
// ledgers, access rules, the journal and the audit trail.
#include "ledger/CapManagement.h"
#include "WorkspaceFixture.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::ledger;
using namespace madoguchi::security;
using test::Office;

namespace {

const QString kPerson = QStringLiteral("0190f3a2-7c00-7000-8000-000000000001");
const QString kOtherPerson = QStringLiteral("0190f3a2-7c00-7000-8000-000000000002");

CopayVisitInput visit(const QString& person, QDate date, const QString& institution, qint64 copay,
                      qint64 cap)
{
    CopayVisitInput input;
    input.personId = person;
    input.visitDate = date;
    input.institution = institution;
    input.medicalCost = copay * 10;
    input.copayRequested = copay;
    input.monthlyCap = cap;
    return input;
}

/// A clerk holding both 自立支援医療 scopes, signed in.
struct Counter
{
    Office office;
    std::unique_ptr<Workspace> clerk;
    std::unique_ptr<CapManagement> caps;

    Counter()
    {
        office.addAccount(
            QStringLiteral("clerk"), QStringLiteral("窓口 一"), {Role::Clerk},
            {Scope::MedicalPsychiatric, Scope::MedicalRehabilitation, Scope::WelfareService});
        auto signedIn = office.signIn(QStringLiteral("clerk"));
        REQUIRE(signedIn.ok());
        clerk = std::move(signedIn).value();
        caps = std::make_unique<CapManagement>(clerk->database().connection(), clerk->audit(),
                                               clerk->authorizer(), office.clock);
    }

    CopayVisit record(Scope ledger, const CopayVisitInput& input)
    {
        auto recorded = caps->recordVisit(clerk->session(), ledger, input);
        INFO(recorded.message().toStdString());
        REQUIRE(recorded.ok());
        return recorded.value();
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery query(clerk->database().connection());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
};

} // namespace

TEST_CASE("chargeFor charges up to what is left of the cap", "[ledger][cap]")
{
    CHECK(CapManagement::chargeFor(1200, 5000, 0) == 1200);
    CHECK(CapManagement::chargeFor(3000, 5000, 2700) == 2300);
    CHECK(CapManagement::chargeFor(2300, 5000, 2700) == 2300);
    CHECK(CapManagement::chargeFor(2301, 5000, 2700) == 2300);
    CHECK(CapManagement::chargeFor(800, 5000, 5000) == 0);
    CHECK(CapManagement::chargeFor(800, 0, 0) == 0);
    // A cap lowered mid-month below what was already charged charges nothing more.
    CHECK(CapManagement::chargeFor(800, 2500, 4000) == 0);
    CHECK(CapManagement::chargeFor(0, 5000, 0) == 0);
}

TEST_CASE("Visits of 1,200 + 1,500 + 3,000 yen against a 5,000 cap charge 1,200, 1,500, 2,300, "
          "then 0",
          "[ledger][cap]")
{
    Counter counter;
    const Scope ledger = Scope::MedicalPsychiatric;
    const QString clinic = QStringLiteral("さくらクリニック");
    const QString pharmacy = QStringLiteral("みどり薬局");

    const CopayVisit first =
        counter.record(ledger, visit(kPerson, {2025, 7, 3}, clinic, 1200, 5000));
    const CopayVisit second =
        counter.record(ledger, visit(kPerson, {2025, 7, 3}, pharmacy, 1500, 5000));
    const CopayVisit third =
        counter.record(ledger, visit(kPerson, {2025, 7, 17}, clinic, 3000, 5000));
    const CopayVisit fourth =
        counter.record(ledger, visit(kPerson, {2025, 7, 24}, pharmacy, 900, 5000));

    CHECK(first.copayCharged == 1200);
    CHECK(second.copayCharged == 1500);
    CHECK(third.copayCharged == 2300);
    CHECK(fourth.copayCharged == 0);
    CHECK(first.cumulative == 1200);
    CHECK(second.cumulative == 2700);
    CHECK(third.cumulative == 5000);
    CHECK(fourth.cumulative == 5000);
    CHECK_FALSE(second.capReached());
    CHECK(third.capReached());
    CHECK(first.sequence == 1);
    CHECK(fourth.sequence == 4);

    auto month = counter.caps->month(counter.clerk->session(), ledger, kPerson, 2025, 7);
    REQUIRE(month.ok());
    REQUIRE(month->visits.size() == 4);
    CHECK(month->totalCharged == 5000);
    CHECK(month->monthlyCap == 5000);
    CHECK(month->capReachedOn == QDate(2025, 7, 17));
    const CopayVisit& line = month->visits.at(1);
    CHECK(line.visitDate == QDate(2025, 7, 3));
    CHECK(line.institution == pharmacy);
    REQUIRE(line.medicalCost.has_value());
    CHECK(*line.medicalCost == 15000);
    CHECK(line.copayRequested == 1500);
    CHECK(line.copayCharged == 1500);
    CHECK(line.cumulative == 2700);
    CHECK(line.recordedBy == counter.clerk->session().accountId);
    CHECK(month->visits.at(2).copayCharged == 2300);
    CHECK(month->visits.at(3).copayCharged == 0);
    CHECK(month->visits.at(3).copayRequested == 900);
}

TEST_CASE("A new month starts at zero", "[ledger][cap]")
{
    Counter counter;
    const Scope ledger = Scope::MedicalRehabilitation;
    const QString hospital = QStringLiteral("市立病院");
    counter.record(ledger, visit(kPerson, {2025, 7, 30}, hospital, 4000, 5000));
    counter.record(ledger, visit(kPerson, {2025, 7, 31}, hospital, 4000, 5000));
    const CopayVisit august =
        counter.record(ledger, visit(kPerson, {2025, 8, 1}, hospital, 4000, 5000));
    CHECK(august.copayCharged == 4000);
    CHECK(august.cumulative == 4000);
    CHECK(august.sequence == 1);

    auto july = counter.caps->month(counter.clerk->session(), ledger, kPerson, 2025, 7);
    REQUIRE(july.ok());
    CHECK(july->visits.size() == 2);
    CHECK(july->totalCharged == 5000);
    auto september = counter.caps->month(counter.clerk->session(), ledger, kPerson, 2025, 9);
    REQUIRE(september.ok());
    CHECK(september->visits.isEmpty());
    CHECK(september->totalCharged == 0);
    CHECK_FALSE(september->capReached());
}

TEST_CASE("Months are kept per recipient and per ledger, and the cap comes from the caller",
          "[ledger][cap]")
{
    Counter counter;
    const QString clinic = QStringLiteral("さくらクリニック");
    counter.record(Scope::MedicalPsychiatric, visit(kPerson, {2025, 7, 3}, clinic, 2500, 2500));
    // Another recipient and the other 自立支援医療 ledger start from 0.
    CHECK(counter
              .record(Scope::MedicalPsychiatric,
                      visit(kOtherPerson, {2025, 7, 3}, clinic, 2000, 2500))
              .copayCharged == 2000);
    CHECK(
        counter
            .record(Scope::MedicalRehabilitation, visit(kPerson, {2025, 7, 3}, clinic, 2000, 2500))
            .copayCharged == 2000);
    CHECK(counter.record(Scope::MedicalPsychiatric, visit(kPerson, {2025, 7, 4}, clinic, 100, 2500))
              .copayCharged == 0);
    // 生活保護: a cap of 0 charges nothing, and the cap counts as reached at once.
    const CopayVisit assisted = counter.record(
        Scope::MedicalPsychiatric, visit(QStringLiteral("0190f3a2-7c00-7000-8000-000000000003"),
                                         {2025, 7, 3}, clinic, 700, 0));
    CHECK(assisted.copayCharged == 0);
    CHECK(assisted.capReached());
    // A raised cap (a change decision) leaves room for the difference only.
    CHECK(
        counter.record(Scope::MedicalPsychiatric, visit(kPerson, {2025, 7, 20}, clinic, 9000, 5000))
            .copayCharged == 2500);
}

TEST_CASE("A visit without medical cost is stored as such", "[ledger][cap]")
{
    Counter counter;
    CopayVisitInput input =
        visit(kPerson, {2025, 7, 3}, QStringLiteral("  みどり薬局 "), 600, 5000);
    input.medicalCost.reset();
    const CopayVisit recorded = counter.record(Scope::MedicalPsychiatric, input);
    CHECK(recorded.institution == QStringLiteral("みどり薬局"));
    auto month =
        counter.caps->month(counter.clerk->session(), Scope::MedicalPsychiatric, kPerson, 2025, 7);
    REQUIRE(month.ok());
    REQUIRE(month->visits.size() == 1);
    CHECK_FALSE(month->visits.first().medicalCost.has_value());
    CHECK(month->visits.first().institution == QStringLiteral("みどり薬局"));
}

TEST_CASE("Invalid visits are refused and record nothing", "[ledger][cap]")
{
    Counter counter;
    const Session& session = counter.clerk->session();
    const QString clinic = QStringLiteral("さくらクリニック");
    auto refused = [&](Scope ledger, const CopayVisitInput& input) {
        auto result = counter.caps->recordVisit(session, ledger, input);
        CHECK_FALSE(result.ok());
        CHECK(result.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(result.message().isEmpty());
    };
    refused(Scope::WelfareService, visit(kPerson, {2025, 7, 3}, clinic, 100, 5000));
    refused(Scope::MedicalPsychiatric, visit(QString(), {2025, 7, 3}, clinic, 100, 5000));
    refused(Scope::MedicalPsychiatric, visit(kPerson, QDate(), clinic, 100, 5000));
    refused(Scope::MedicalPsychiatric,
            visit(kPerson, {2025, 7, 3}, QStringLiteral("  "), 100, 5000));
    refused(Scope::MedicalPsychiatric, visit(kPerson, {2025, 7, 3}, QString(201, u'x'), 100, 5000));
    refused(Scope::MedicalPsychiatric, visit(kPerson, {2025, 7, 3}, clinic, -1, 5000));
    refused(Scope::MedicalPsychiatric, visit(kPerson, {2025, 7, 3}, clinic, 100, -1));
    CopayVisitInput negativeCost = visit(kPerson, {2025, 7, 3}, clinic, 100, 5000);
    negativeCost.medicalCost = -10;
    refused(Scope::MedicalPsychiatric, negativeCost);
    CHECK(counter.count(QStringLiteral("SELECT count(*) FROM copay_visit")) == 0);

    auto badMonth = counter.caps->month(session, Scope::MedicalPsychiatric, kPerson, 2025, 13);
    CHECK(badMonth.code() == ErrorCode::InvalidInput);
    auto welfare = counter.caps->month(session, Scope::WelfareService, kPerson, 2025, 7);
    CHECK(welfare.code() == ErrorCode::InvalidInput);
}

TEST_CASE("Cap management needs the permission in the ledger's scope", "[ledger][cap]")
{
    Counter counter;
    counter.office.addAccount(QStringLiteral("clerk2"), QStringLiteral("窓口 二"), {Role::Clerk},
                              {Scope::MedicalRehabilitation});
    counter.office.addAccount(QStringLiteral("audit"), QStringLiteral("監査 一"), {Role::Auditor},
                              {Scope::MedicalPsychiatric});
    auto clerk2 = counter.office.signIn(QStringLiteral("clerk2"));
    auto auditor = counter.office.signIn(QStringLiteral("audit"));
    REQUIRE(clerk2.ok());
    REQUIRE(auditor.ok());
    const QString clinic = QStringLiteral("さくらクリニック");
    counter.record(Scope::MedicalPsychiatric, visit(kPerson, {2025, 7, 3}, clinic, 100, 5000));

    // Outside the account's scope: refused, nothing recorded, the refusal audited.
    CapManagement otherCaps(clerk2.value()->database().connection(), clerk2.value()->audit(),
                            clerk2.value()->authorizer(), counter.office.clock);
    auto denied = otherCaps.recordVisit(clerk2.value()->session(), Scope::MedicalPsychiatric,
                                        visit(kPerson, {2025, 7, 4}, clinic, 100, 5000));
    CHECK(denied.code() == ErrorCode::PermissionDenied);
    auto deniedView =
        otherCaps.month(clerk2.value()->session(), Scope::MedicalPsychiatric, kPerson, 2025, 7);
    CHECK(deniedView.code() == ErrorCode::PermissionDenied);

    // An auditor reads the month but records nothing.
    CapManagement auditCaps(auditor.value()->database().connection(), auditor.value()->audit(),
                            auditor.value()->authorizer(), counter.office.clock);
    auto read =
        auditCaps.month(auditor.value()->session(), Scope::MedicalPsychiatric, kPerson, 2025, 7);
    REQUIRE(read.ok());
    CHECK(read->visits.size() == 1);
    auto auditorRecord =
        auditCaps.recordVisit(auditor.value()->session(), Scope::MedicalPsychiatric,
                              visit(kPerson, {2025, 7, 4}, clinic, 100, 5000));
    CHECK(auditorRecord.code() == ErrorCode::PermissionDenied);

    CHECK(counter.count(QStringLiteral("SELECT count(*) FROM copay_visit")) == 1);
    CHECK(counter.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                       "'permission.denied' AND outcome = 'denied'")) == 3);
    CHECK(counter.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                       "'ledger.view' AND object_type = 'copay_month' AND "
                                       "object_id = '") +
                        kPerson + QStringLiteral("' AND purpose = 'medical_psychiatric'")) == 1);
}

TEST_CASE("Visits are journaled and append-only", "[ledger][cap]")
{
    Counter counter;
    const CopayVisit recorded = counter.record(
        Scope::MedicalPsychiatric,
        visit(kPerson, {2025, 7, 3}, QStringLiteral("さくらクリニック"), 1200, 5000));
    CHECK(counter.count(QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                       "'copay_visit' AND operation = 'insert' AND entity_id = '") +
                        recorded.id + u'\'') == 1);
    QSqlQuery query(counter.clerk->database().connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE copay_visit SET copay_charged = 0")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM copay_visit")));
    CHECK(counter.count(QStringLiteral("SELECT count(*) FROM copay_visit WHERE copay_charged = "
                                       "1200")) == 1);
}
