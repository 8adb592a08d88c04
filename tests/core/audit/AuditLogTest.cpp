// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the audit log: the hash chain, checkpoints, append-only, transactions, no personal data.
#include "AuditTestSupport.h"

#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace madoguchi;
using audit::AuditEvent;
using audit::AuditLog;
using audit::EventType;
using audit::Outcome;

TEST_CASE("A chain of 250 records verifies with checkpoints at 100, 200 and at sign-out", "[audit]")
{
    test::AuditStore s;
    auto log = s.log(100);
    s.appendMany(log, 250);

    CHECK(s.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == 250);
    CHECK(s.scalar(QStringLiteral("SELECT group_concat(seq) FROM audit_checkpoint")).toString() ==
          QStringLiteral("100,200"));
    CHECK(
        s.scalar(QStringLiteral("SELECT min(seq) || '-' || max(seq) FROM audit_log")).toString() ==
        QStringLiteral("1-250"));
    CHECK(s.scalar(QStringLiteral("SELECT prev_hash FROM audit_log WHERE seq = 1")).toByteArray() ==
          QByteArray(32, '\0'));
    CHECK(s.scalar(QStringLiteral("SELECT count(*) FROM audit_log a JOIN audit_log b "
                                  "ON b.seq = a.seq + 1 WHERE b.prev_hash = a.hash"))
              .toInt() == 249);

    auto report = AuditLog::verify(s.db());
    INFO(report.reason.toStdString());
    CHECK(report.ok);
    CHECK_FALSE(report.tampered);
    CHECK(report.records == 250);
    CHECK(report.checkpoints == 2);
    CHECK(report.firstBadSeq == 0);
    CHECK(report.deviceId == s.device().id());
    CHECK(report.devicePublicKey == s.device().publicKey());

    // Sign-out seals the rest; a second call has nothing to do.
    REQUIRE(log.checkpoint().ok());
    REQUIRE(log.checkpoint().ok());
    CHECK(s.scalar(QStringLiteral("SELECT group_concat(seq) FROM audit_checkpoint")).toString() ==
          QStringLiteral("100,200,250"));
    report = AuditLog::verify(s.db());
    CHECK(report.ok);
    CHECK(report.checkpoints == 3);
}

TEST_CASE("Each record's hash is BLAKE2b over the previous hash and the canonical record",
          "[audit]")
{
    test::AuditStore s;
    auto log = s.log();
    s.appendMany(log, 3);
    auto records = AuditLog::find(s.db(), {});
    REQUIRE(records.ok());
    REQUIRE(records->size() == 3);
    const audit::AuditRecord& second = records->at(1); // newest first: seq 2
    CHECK(second.seq == 2);
    CHECK(second.recordedAt == QStringLiteral("2025-07-18T09:31:00.000Z"));
    CHECK(second.recordedAtUtc() == QDateTime(QDate(2025, 7, 18), QTime(9, 31), Qt::UTC));
    CHECK(second.deviceId == s.device().id());
    CHECK(second.event == QStringLiteral("person.search"));
    CHECK(second.purpose == QStringLiteral("kana_name"));
    CHECK(second.prevHash == records->at(2).hash);
    CHECK(AuditLog::computeHash(second, second.prevHash) == second.hash);
    CHECK(second.hash.size() == 32);
    audit::AuditRecord changed = second;
    changed.account = QStringLiteral("clerk9");
    CHECK(AuditLog::computeHash(changed, changed.prevHash) != second.hash);
}

TEST_CASE("The audit tables refuse UPDATE, DELETE and out-of-sequence inserts", "[audit]")
{
    test::AuditStore s;
    auto log = s.log(5);
    s.appendMany(log, 6);
    QSqlQuery query(s.db());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET account = 'x' WHERE seq = 2")));
    CHECK(query.lastError().text().contains(QStringLiteral("append-only")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 6")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE audit_checkpoint SET signature = x'00'")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_checkpoint")));
    CHECK_FALSE(query.exec(QStringLiteral(
        "INSERT INTO audit_log VALUES (9, 't', 'd', 'a', 'e', 'o', 'i', 'p', 'success', x'00', "
        "x'00')")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM device_identity")));
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE device_identity SET public_key = zeroblob(32)")));
    CHECK(s.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == 6);
    CHECK(s.scalar(QStringLiteral("SELECT count(*) FROM audit_checkpoint")).toInt() == 1);
    CHECK(AuditLog::verify(s.db()).ok);
}

TEST_CASE("The audit record commits and rolls back with the audited change", "[audit]")
{
    test::AuditStore s;
    s.exec(QStringLiteral("CREATE TABLE sample (id TEXT PRIMARY KEY, note TEXT)"));
    auto log = s.log(3);
    s.appendMany(log, 2);

    {
        store::Transaction outer(s.db());
        REQUIRE(outer.isActive());
        s.exec(QStringLiteral("INSERT INTO sample VALUES ('p1', 'changed')"));
        // The third record would also write a checkpoint: both go with the rollback.
        REQUIRE(log.append(AuditEvent::of(EventType::AccountUpdate, Outcome::Success,
                                          QStringLiteral("admin"), QStringLiteral("staff_account"),
                                          QStringLiteral("p1")))
                    .ok());
        CHECK(s.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == 3);
        outer.rollback();
    }
    CHECK(s.scalar(QStringLiteral("SELECT count(*) FROM sample")).toInt() == 0);
    CHECK(s.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == 2);
    CHECK(s.scalar(QStringLiteral("SELECT count(*) FROM audit_checkpoint")).toInt() == 0);
    auto report = AuditLog::verify(s.db());
    INFO(report.reason.toStdString());
    CHECK(report.ok);

    {
        store::Transaction outer(s.db());
        s.exec(QStringLiteral("INSERT INTO sample VALUES ('p2', 'changed')"));
        REQUIRE(log.append(AuditEvent::of(EventType::AccountUpdate, Outcome::Success,
                                          QStringLiteral("admin"), QStringLiteral("staff_account"),
                                          QStringLiteral("p2")))
                    .ok());
        REQUIRE(outer.commit());
    }
    CHECK(s.scalar(QStringLiteral("SELECT count(*) FROM sample")).toInt() == 1);
    CHECK(s.scalar(QStringLiteral("SELECT object_id FROM audit_log WHERE seq = 3")).toString() ==
          QStringLiteral("p2"));
    CHECK(s.scalar(QStringLiteral("SELECT seq FROM audit_checkpoint")).toInt() == 3);
    report = AuditLog::verify(s.db());
    CHECK(report.ok);
    CHECK(report.records == 3);
    CHECK(report.checkpoints == 1);
}

TEST_CASE("Nothing personal reaches the audit table and personal-looking ids are refused",
          "[audit][privacy]")
{
    test::AuditStore s;
    const QString name = QStringLiteral("山田 太郎");
    const QString kana = QStringLiteral("ヤマダ タロウ");
    const QString myNumber = QStringLiteral("123456789018");
    const QString address = QStringLiteral("東京都千代田区千代田1-1");
    const QString personId = QStringLiteral("0198a1b2-3c4d-7e5f-8a6b-7c8d9e0f1a2b");
    auto log = s.log();

    // The services pass the person's id and the kind of search, never what was typed or shown.
    REQUIRE(log.append(AuditEvent::of(EventType::PersonSearch, Outcome::Success,
                                      QStringLiteral("clerk1"), QStringLiteral("person"), {},
                                      QStringLiteral("kana_name")))
                .ok());
    REQUIRE(log.append(AuditEvent::of(EventType::PersonView, Outcome::Success,
                                      QStringLiteral("clerk1"), QStringLiteral("person"), personId))
                .ok());
    REQUIRE(log.append(AuditEvent::of(EventType::MyNumberReveal, Outcome::Success,
                                      QStringLiteral("clerk1"), QStringLiteral("person"), personId,
                                      QStringLiteral("本人確認のため")))
                .ok());

    // Mistakes a caller could make are refused rather than written.
    const auto refused = [&](const AuditEvent& event) {
        const Status status = log.append(event);
        CHECK(status.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(status.message().isEmpty());
        CHECK_FALSE(status.message().contains(myNumber));
        CHECK_FALSE(status.message().contains(name));
    };
    refused(AuditEvent::of(EventType::PersonView, Outcome::Success, QStringLiteral("clerk1"),
                           QStringLiteral("person"), myNumber));
    refused(AuditEvent::of(EventType::PersonView, Outcome::Success, QStringLiteral("clerk1"),
                           QStringLiteral("person"), QStringLiteral("1234-5678-9018")));
    refused(AuditEvent::of(EventType::PersonView, Outcome::Success, QStringLiteral("clerk1"),
                           QStringLiteral("person"), name));
    refused(AuditEvent::of(EventType::MyNumberReveal, Outcome::Success, QStringLiteral("clerk1"),
                           QStringLiteral("person"), personId,
                           QStringLiteral("番号 １２３４ ５６７８ ９０１８ を確認")));
    refused(AuditEvent::of(EventType::PersonView, Outcome::Success, QStringLiteral("clerk1"),
                           QStringLiteral("Person Name"), personId));
    refused({QStringLiteral("person.viewed"),
             QStringLiteral("clerk1"),
             QStringLiteral("person"),
             personId,
             {},
             QStringLiteral("success")});
    refused({QStringLiteral("person.view"),
             QStringLiteral("clerk1"),
             QStringLiteral("person"),
             personId,
             {},
             QStringLiteral("ok")});

    CHECK(s.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == 3);
    QSqlQuery all(s.db());
    REQUIRE(all.exec(QStringLiteral("SELECT * FROM audit_log")));
    while (all.next()) {
        for (int i = 0; i < all.record().count(); ++i) {
            const QString text = all.value(i).toString();
            CHECK_FALSE(text.contains(name));
            CHECK_FALSE(text.contains(kana));
            CHECK_FALSE(text.contains(myNumber));
            CHECK_FALSE(text.contains(address));
        }
    }
    CHECK(AuditLog::verify(s.db()).ok);
}

TEST_CASE("Event and outcome codes are stable and round-trip", "[audit]")
{
    CHECK(audit::allEventTypes().size() == 48);
    QStringList codes;
    for (EventType type : audit::allEventTypes()) {
        const QString code = audit::eventCode(type);
        EventType back{};
        REQUIRE(audit::eventFromCode(code, &back));
        CHECK(back == type);
        CHECK_FALSE(audit::eventLabel(type).isEmpty());
        CHECK_FALSE(codes.contains(code));
        codes << code;
    }
    CHECK(audit::eventCode(EventType::SignInLockout) == QStringLiteral("sign_in.lockout"));
    CHECK(audit::eventCode(EventType::MyNumberReveal) == QStringLiteral("mynumber.reveal"));
    CHECK(audit::eventCode(EventType::AccountResetTotp) == QStringLiteral("account.reset_totp"));
    CHECK(audit::eventCode(EventType::DatabaseRekey) == QStringLiteral("database.rekey"));
    CHECK_FALSE(audit::eventFromCode(u"person.viewed", nullptr));
    Outcome outcome{};
    REQUIRE(audit::outcomeFromCode(u"denied", &outcome));
    CHECK(outcome == Outcome::Denied);
    CHECK(audit::outcomeCode(Outcome::Failure) == QStringLiteral("failure"));
    CHECK_FALSE(audit::outcomeFromCode(u"ok", nullptr));
}

TEST_CASE("An empty log verifies and an unknown enrolled key does not", "[audit]")
{
    test::AuditStore s;
    auto report = AuditLog::verify(s.db());
    CHECK(report.ok);
    CHECK(report.records == 0);

    auto log = s.log(4);
    s.appendMany(log, 5);
    audit::VerifyOptions options;
    options.trustedPublicKey = s.device().publicKey();
    CHECK(AuditLog::verify(s.db(), options).ok);
    options.trustedPublicKey = QByteArray(32, 'k');
    report = AuditLog::verify(s.db(), options);
    CHECK_FALSE(report.ok);
    CHECK(report.tampered);
    CHECK(report.firstBadSeq == 1);
}
