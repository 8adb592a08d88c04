// SPDX-License-Identifier: GPL-3.0-or-later
// Ledger entries: kinds and labels, the ledger.append audit of every entry, return claims
// (返還請求) and 高額障害福祉サービス等給付費 refunds with their validation and permissions.
#include "LedgerFixture.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace madoguchi;
using namespace madoguchi::decision;
using namespace madoguchi::ledger;
using namespace madoguchi::security;
using test::followUpDraft;
using test::grantDraft;
using test::LedgerDesk;
using test::LedgerOffice;

namespace {

QJsonObject payloadOf(LedgerOffice& o, const QString& entryId)
{
    QSqlQuery query(o.clerk.workspace->database().connection());
    query.prepare(QStringLiteral("SELECT payload FROM ledger_entry WHERE id = ?"));
    query.addBindValue(entryId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

int entries(LedgerOffice& o)
{
    return o.count(QStringLiteral("SELECT count(*) FROM ledger_entry"));
}

} // namespace

TEST_CASE("Entry kinds have stored codes and translated labels", "[ledger][entries]")
{
    const QList<const char16_t*> kinds{LedgerBook::kDecision,     LedgerBook::kChange,
                                       LedgerBook::kCancellation, LedgerBook::kReissue,
                                       LedgerBook::kReturnClaim,  LedgerBook::kHighCostRefund};
    QStringList labels;
    for (const char16_t* kind : kinds) {
        const QString code = QString::fromUtf16(kind);
        const QString label = LedgerBook::entryKindLabel(code);
        CHECK_FALSE(label.isEmpty());
        CHECK(label != code);
        labels << label;
    }
    labels.removeDuplicates();
    CHECK(labels.size() == kinds.size());
    CHECK(LedgerBook::entryKindLabel(QStringLiteral("something_else")) ==
          QStringLiteral("something_else"));
    // Decisions append entries of these kinds.
    CHECK(ledgerEntryKind(DecisionKind::Grant) == QString::fromUtf16(LedgerBook::kDecision));
    CHECK(ledgerEntryKind(DecisionKind::Final) == QString::fromUtf16(LedgerBook::kDecision));
    CHECK(ledgerEntryKind(DecisionKind::Change) == QString::fromUtf16(LedgerBook::kChange));
    CHECK(ledgerEntryKind(DecisionKind::Cancel) == QString::fromUtf16(LedgerBook::kCancellation));
}

TEST_CASE("Every appended entry is audited as ledger.append with its kind", "[ledger][audit]")
{
    LedgerOffice o;
    const QString person = o.newPerson();
    const QString app = o.application(person);
    const QString grant = o.approved(app, grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    o.approved(app, followUpDraft(DecisionKind::Cancel, grant));
    CHECK(o.count(QStringLiteral(
              "SELECT count(*) FROM audit_log a JOIN ledger_entry e ON e.id = a.object_id WHERE "
              "a.event = 'ledger.append' AND a.object_type = 'ledger_entry' AND "
              "a.account = 'approver' AND a.purpose = e.kind")) == 2);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'ledger.append' "
                                 "AND purpose = 'decision'")) == 1);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'ledger.append' "
                                 "AND purpose = 'cancellation'")) == 1);

    auto claim = o.reviewer.book->recordReturnClaim(o.reviewer.session(), Scope::MedicalPsychiatric,
                                                    person, 1000, QStringLiteral("過払い"));
    REQUIRE(claim.ok());
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'ledger.append' "
                                 "AND account = 'reviewer' AND object_id = '%1' AND purpose = "
                                 "'return_claim'")
                      .arg(claim.value())) == 1);
}

TEST_CASE("A return claim needs an amount, a reason and, if named, the person's decision",
          "[ledger][entries]")
{
    LedgerOffice o;
    const Scope ledger = Scope::MedicalPsychiatric;
    const QString person = o.newPerson();
    const QString grant =
        o.approved(o.application(person), grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    const QString other = o.newPerson();
    const QString othersGrant =
        o.approved(o.application(other), grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    const QString welfareGrant = o.approved(o.application(person, Scope::WelfareService),
                                            grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    const QString pending = o.sent(o.application(person, Scope::MedicalPsychiatric),
                                   followUpDraft(DecisionKind::Reject, {}));
    const int before = entries(o);
    LedgerBook& book = *o.reviewer.book;
    const Session& session = o.reviewer.session();
    const QString reason = QStringLiteral("資格喪失後の受給");

    struct Bad
    {
        qint64 amount;
        QString reason;
        QString decision;
        QString person;
        const char* field;
    };
    for (const Bad& bad :
         {Bad{0, reason, {}, person, "\"amount\""}, Bad{-1, reason, {}, person, "\"amount\""},
          Bad{-50000, reason, grant, person, "\"amount\""}, Bad{1000, {}, {}, person, "\"reason\""},
          Bad{1000, QStringLiteral(" \u3000 "), {}, person, "\"reason\""},
          Bad{1000, reason, othersGrant, person, "\"decision_id\""},
          Bad{1000, reason, welfareGrant, person, "\"decision_id\""},
          Bad{1000, reason, pending, person, "\"decision_id\""},
          Bad{1000, reason, QStringLiteral("no-such-decision"), person, "\"decision_id\""},
          Bad{1000, reason, {}, QStringLiteral("no-such-person"), "\"person_id\""}}) {
        auto refused = book.recordReturnClaim(session, ledger, bad.person, bad.amount, bad.reason,
                                              bad.decision);
        INFO(bad.field);
        INFO(refused.message().toStdString());
        CHECK(refused.code() == ErrorCode::InvalidInput);
        CHECK(refused.message().contains(QString::fromUtf8(bad.field)));
    }
    CHECK(entries(o) == before);

    auto recorded =
        book.recordReturnClaim(session, ledger, person, 23400, QStringLiteral(" 過払い "), grant);
    INFO(recorded.message().toStdString());
    REQUIRE(recorded.ok());
    CHECK(entries(o) == before + 1);
    const QJsonObject payload = payloadOf(o, recorded.value());
    CHECK(payload[QStringLiteral("amount")].toInteger() == 23400);
    CHECK(payload[QStringLiteral("reason")].toString() == QStringLiteral("過払い"));
    CHECK(payload[QStringLiteral("decision_id")].toString() == grant);
    auto listed = book.entries(session, ledger, person);
    REQUIRE(listed.ok());
    REQUIRE_FALSE(listed->isEmpty());
    CHECK(listed->last().kind == QString::fromUtf16(LedgerBook::kReturnClaim));
    CHECK(listed->last().recordedBy == session.accountId);
}

TEST_CASE("Recording a return claim needs decision.draft in the ledger", "[ledger][permission]")
{
    LedgerOffice o;
    const QString person = o.newPerson();
    o.approved(o.application(person), grantDraft(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    const int before = entries(o);
    for (LedgerDesk* desk : {&o.clerk, &o.auditor, &o.welfareClerk, &o.approver}) {
        auto refused = desk->book->recordReturnClaim(desk->session(), Scope::MedicalPsychiatric,
                                                     person, 1000, QStringLiteral("過払い"));
        INFO(desk->session().login.toStdString());
        CHECK(refused.code() == ErrorCode::PermissionDenied);
        auto refund = desk->book->recordHighCostRefund(desk->session(), person,
                                                       QStringLiteral("2025-06"), 1000, {});
        CHECK(refund.code() == ErrorCode::PermissionDenied);
    }
    CHECK(entries(o) == before);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'ledger.append' AND "
                                 "account IN ('clerk', 'auditor', 'wclerk')")) == 0);
}

TEST_CASE("A high-cost refund names a month that has begun and an amount over 0",
          "[ledger][entries]")
{
    LedgerOffice o;
    const QString person = o.newPerson();
    LedgerBook& book = *o.reviewer.book;
    const Session& session = o.reviewer.session();
    const QJsonObject explanation{{QStringLiteral("household_total"), 44200},
                                  {QStringLiteral("base"), 37200}};
    for (const QString& month :
         {QString(), QStringLiteral("2025-13"), QStringLiteral("2025-00"), QStringLiteral("2025-7"),
          QStringLiteral("2025-07-01"), QStringLiteral("R7-07"), QStringLiteral("２０２５-０７"),
          QStringLiteral("2025-08"), QStringLiteral("2026-01")}) {
        auto refused = book.recordHighCostRefund(session, person, month, 7000, explanation);
        INFO(month.toStdString());
        CHECK(refused.code() == ErrorCode::InvalidInput);
        CHECK(refused.message().contains(QStringLiteral("\"month\"")));
    }
    for (const qint64 amount : {qint64(0), qint64(-7000)}) {
        auto refused =
            book.recordHighCostRefund(session, person, QStringLiteral("2025-06"), amount, {});
        CHECK(refused.code() == ErrorCode::InvalidInput);
        CHECK(refused.message().contains(QStringLiteral("\"amount\"")));
    }
    CHECK(book.recordHighCostRefund(session, QStringLiteral("nobody"), QStringLiteral("2025-06"),
                                    7000, explanation)
              .code() == ErrorCode::InvalidInput);
    CHECK(entries(o) == 0);

    // The current month (2025-07 in Japan) and earlier ones are accepted.
    auto current =
        book.recordHighCostRefund(session, person, QStringLiteral("2025-07"), 7000, explanation);
    INFO(current.message().toStdString());
    REQUIRE(current.ok());
    REQUIRE(book.recordHighCostRefund(session, person, QStringLiteral("2024-12"), 500, explanation)
                .ok());
    const QJsonObject payload = payloadOf(o, current.value());
    CHECK(payload[QStringLiteral("month")].toString() == QStringLiteral("2025-07"));
    CHECK(payload[QStringLiteral("amount")].toInteger() == 7000);
    CHECK(payload[QStringLiteral("explanation")].toObject() == explanation);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM ledger_entry WHERE ledger = "
                                 "'welfare_service' AND kind = 'high_cost_refund'")) == 2);
}
