// SPDX-License-Identifier: GPL-3.0-or-later
// What `audit verify` must catch: someone with the raw database key changing, deleting or
// reordering audit rows (after dropping the append-only triggers), or forging checkpoints.
#include "AuditTestSupport.h"

#include <QSqlQuery>

using namespace madoguchi;
using audit::AuditLog;
using audit::VerifyReport;

namespace {

VerifyReport verifyTampered(test::AuditStore& s, qint64 expectedSeq)
{
    const VerifyReport report = AuditLog::verify(s.db());
    INFO(report.reason.toStdString());
    CHECK_FALSE(report.ok);
    CHECK(report.tampered);
    CHECK(report.firstBadSeq == expectedSeq);
    CHECK(report.reason.contains(QString::number(expectedSeq)));
    return report;
}

QByteArray flipFirstByte(QByteArray bytes)
{
    bytes[0] = static_cast<char>(bytes.at(0) ^ 0x01);
    return bytes;
}

// Text with its first character changed to another of the same UTF-8 length.
QString changeOneCharacter(const QString& text)
{
    QString changed = text;
    changed[0] = QChar(changed.at(0).unicode() ^ 0x01);
    return changed;
}

} // namespace

TEST_CASE("Changing one byte of any field of a record names that record", "[audit][tamper]")
{
    const QString column =
        GENERATE(QStringLiteral("recorded_at"), QStringLiteral("device_id"),
                 QStringLiteral("account"), QStringLiteral("event"), QStringLiteral("object_type"),
                 QStringLiteral("object_id"), QStringLiteral("purpose"), QStringLiteral("outcome"),
                 QStringLiteral("prev_hash"), QStringLiteral("hash"), QStringLiteral("seq"));
    // 37 is inside a sealed stretch, 59 after the last checkpoint: both are caught.
    const qint64 target = GENERATE(37, 59);
    INFO(column.toStdString() << " of record " << target);

    test::AuditStore s;
    auto log = s.log(25);
    s.appendMany(log, 60);
    REQUIRE(AuditLog::verify(s.db()).ok);
    s.dropAppendOnlyTriggers();

    if (column == u"seq") {
        // A one-byte change of the number: 37 -> 33 would collide, so move it out of the way.
        s.exec(QStringLiteral("UPDATE audit_log SET seq = seq + 900 WHERE seq = ?"), {target});
    } else if (column.endsWith(u"hash")) {
        const QByteArray old =
            s.scalar(
                 QStringLiteral("SELECT %1 FROM audit_log WHERE seq = %2").arg(column).arg(target))
                .toByteArray();
        s.exec(QStringLiteral("UPDATE audit_log SET %1 = ? WHERE seq = ?").arg(column),
               {flipFirstByte(old), target});
    } else {
        QString old =
            s.scalar(
                 QStringLiteral("SELECT %1 FROM audit_log WHERE seq = %2").arg(column).arg(target))
                .toString();
        if (old.isEmpty())
            old = QStringLiteral("x"); // an empty purpose: one byte added
        s.exec(QStringLiteral("UPDATE audit_log SET %1 = ? WHERE seq = ?").arg(column),
               {changeOneCharacter(old), target});
    }
    verifyTampered(s, target);
}

TEST_CASE("A row changed with the sqlcipher shell is named by verify", "[audit][tamper]")
{
    test::AuditStore s;
    {
        auto log = s.log(10);
        s.appendMany(log, 25);
    }
    REQUIRE(AuditLog::verify(s.db()).ok);
    const QString before =
        s.scalar(QStringLiteral("SELECT account FROM audit_log WHERE seq = 17")).toString();
    REQUIRE(before == QStringLiteral("clerk2"));
    s.close();

    const QString output =
        s.runShell(QStringLiteral("DROP TRIGGER audit_log_no_update;\n"
                                  "UPDATE audit_log SET account = 'clerk3' WHERE seq = 17;\n"
                                  "SELECT 'changed:' || account FROM audit_log WHERE seq = 17;"));
    INFO(output.toStdString());
    REQUIRE(output.contains(QStringLiteral("changed:clerk3")));

    s.reopen();
    CHECK(s.scalar(QStringLiteral("SELECT account FROM audit_log WHERE seq = 17")).toString() ==
          QStringLiteral("clerk3"));
    const VerifyReport report = verifyTampered(s, 17);
    CHECK(report.reason == QStringLiteral("Audit record 17 has been altered."));

    // A deletion through the shell is caught too.
    s.close();
    const QString deleted =
        s.runShell(QStringLiteral("DROP TRIGGER audit_log_no_delete;\n"
                                  "DELETE FROM audit_log WHERE seq = 12;\n"
                                  "SELECT 'left:' || count(*) FROM audit_log;"));
    INFO(deleted.toStdString());
    REQUIRE(deleted.contains(QStringLiteral("left:24")));
    s.reopen();
    verifyTampered(s, 12);
}

TEST_CASE("Deleting a middle record is detected", "[audit][tamper]")
{
    test::AuditStore s;
    auto log = s.log(100);
    s.appendMany(log, 150);
    s.dropAppendOnlyTriggers();
    s.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 77"));
    const VerifyReport report = verifyTampered(s, 77);
    CHECK(report.reason.contains(QStringLiteral("missing")));
    CHECK(report.records == 76);
}

TEST_CASE("Deleting the last records before a checkpoint is detected", "[audit][tamper]")
{
    test::AuditStore s;
    auto log = s.log(20);
    s.appendMany(log, 30);
    REQUIRE(log.checkpoint().ok()); // sign-out seals 21..30
    s.dropAppendOnlyTriggers();

    SECTION("the tail sealed at sign-out")
    {
        s.exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 28"));
        const VerifyReport report = verifyTampered(s, 28);
        CHECK(report.reason.contains(QStringLiteral("30")));
    }
    SECTION("the tail and its checkpoint: the stretch is longer than checkpoints allow")
    {
        s.exec(QStringLiteral("DELETE FROM audit_checkpoint WHERE seq = 30"));
        s.exec(QStringLiteral("DELETE FROM audit_checkpoint WHERE seq = 20"));
        s.exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 28"));
        audit::VerifyOptions options;
        options.checkpointEvery = 20;
        const VerifyReport report = AuditLog::verify(s.db(), options);
        CHECK_FALSE(report.ok);
        CHECK(report.firstBadSeq == 20);
    }
    SECTION("records just before a mid-log checkpoint")
    {
        s.exec(QStringLiteral("DELETE FROM audit_log WHERE seq BETWEEN 18 AND 20"));
        verifyTampered(s, 18);
    }
}

TEST_CASE("Swapping the contents of two records is detected", "[audit][tamper]")
{
    test::AuditStore s;
    auto log = s.log(100);
    s.appendMany(log, 40);
    s.dropAppendOnlyTriggers();
    // Reorder: record 12 takes 15's contents and the other way round; the numbers stay.
    const QString columns = QStringLiteral(
        "recorded_at, device_id, account, event, object_type, object_id, purpose, outcome, "
        "prev_hash, hash");
    s.exec(
        QStringLiteral("CREATE TEMP TABLE swap AS SELECT * FROM audit_log WHERE seq IN (12, 15)"));
    s.exec(QStringLiteral("UPDATE audit_log SET (%1) = (SELECT %1 FROM swap WHERE swap.seq = "
                          "CASE audit_log.seq WHEN 12 THEN 15 ELSE 12 END) WHERE seq IN (12, 15)")
               .arg(columns));
    CHECK(s.scalar(QStringLiteral("SELECT recorded_at FROM audit_log WHERE seq = 12")).toString() ==
          QStringLiteral("2025-07-18T09:44:00.000Z"));
    verifyTampered(s, 12);
}

TEST_CASE("A rewritten chain with fresh hashes is caught by the signed checkpoint",
          "[audit][tamper]")
{
    test::AuditStore s;
    auto log = s.log(20);
    s.appendMany(log, 50);
    s.dropAppendOnlyTriggers();
    // The attacker changes record 25 and recomputes every hash after it, so the chain links up.
    s.exec(QStringLiteral("UPDATE audit_log SET outcome = 'failure' WHERE seq = 25"));
    QByteArray prev =
        s.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE seq = 24")).toByteArray();
    for (qint64 seq = 25; seq <= 50; ++seq) {
        auto found = AuditLog::find(s.db(), {});
        REQUIRE(found.ok());
        audit::AuditRecord record = found->at(int(50 - seq));
        REQUIRE(record.seq == seq);
        const QByteArray hash = AuditLog::computeHash(record, prev);
        s.exec(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"),
               {prev, hash, seq});
        prev = hash;
    }
    VerifyReport report = AuditLog::verify(s.db());
    CHECK_FALSE(report.ok);
    CHECK(report.firstBadSeq == 21); // the stretch after checkpoint 20, sealed by checkpoint 40
    CHECK(report.reason.contains(QStringLiteral("40")));

    // Removing the checkpoint that caught it leaves a stretch longer than checkpoints allow.
    s.exec(QStringLiteral("DELETE FROM audit_checkpoint WHERE seq = 40"));
    audit::VerifyOptions options;
    options.checkpointEvery = 20;
    report = AuditLog::verify(s.db(), options);
    CHECK_FALSE(report.ok);
    CHECK(report.firstBadSeq == 40);
    CHECK(report.reason.contains(QStringLiteral("checkpoint")));
}

TEST_CASE("A forged checkpoint signature is detected", "[audit][tamper]")
{
    test::AuditStore s;
    auto log = s.log(10);
    s.appendMany(log, 35);
    s.dropAppendOnlyTriggers();

    SECTION("one byte of the signature changed")
    {
        const QByteArray signature =
            s.scalar(QStringLiteral("SELECT signature FROM audit_checkpoint WHERE seq = 20"))
                .toByteArray();
        s.exec(QStringLiteral("UPDATE audit_checkpoint SET signature = ? WHERE seq = 20"),
               {flipFirstByte(signature)});
        const VerifyReport report = verifyTampered(s, 20);
        CHECK(report.reason.contains(QStringLiteral("signature")));
    }
    SECTION("signed by another device's key")
    {
        test::AuditStore other;
        const QString signedAt = QStringLiteral("2025-07-18T10:00:00.000Z");
        const QByteArray head =
            s.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE seq = 30")).toByteArray();
        const QByteArray signature =
            other.device().sign(AuditLog::checkpointMessage(30, head, s.device().id(), signedAt));
        REQUIRE(signature.size() == 64);
        s.exec(QStringLiteral("UPDATE audit_checkpoint SET signed_at = ?, signature = ? "
                              "WHERE seq = 30"),
               {signedAt, signature});
        verifyTampered(s, 30);
    }
    SECTION("a checkpoint's head hash changed")
    {
        s.exec(
            QStringLiteral("UPDATE audit_checkpoint SET head_hash = zeroblob(32) WHERE seq = 10"));
        verifyTampered(s, 10);
    }
}
