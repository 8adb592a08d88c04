// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli: certificate print, batch, reissue and list (the print queue), and certificate
// verify with the database's certificate table.
#include "CliTestSupport.h"
#include "IntakeTestSupport.h"
#include "certificate/IssuingKeys.h"
#include "decision/DecisionService.h"
#include "intake/IntakeService.h"
#include "ledger/RecipientNumbers.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::clitest;

namespace {

const Scope kLedger = Scope::MedicalPsychiatric;

security::NewStaffAccount account(const char* login, Role role, QList<Scope> scopes)
{
    return {QString::fromLatin1(login), str(kClerkName), {role}, std::move(scopes)};
}

std::unique_ptr<Workspace> signInPast(Fixture& f, const QString& login)
{
    f.pastClock.advanceMs(Totp::kStepSeconds * 1000);
    const QString code = Totp::codeAt(f.totpSecrets.at(login), Totp::stepAt(f.pastClock.nowUtc()));
    const char* password = login == u"admin" ? kPassword : kStaffPassword;
    auto workspace = Workspace::signIn(f.path, login, test::secret(password), code, f.pastClock);
    INFO(workspace.message().toStdString());
    REQUIRE(workspace.ok());
    return std::move(workspace).value();
}

/// A person with an approved grant in the psychiatric ledger (today − 10 … today + 20); returns
/// the 受給者番号.
QString grantedRecipient(Fixture& f, int n)
{
    auto clerk = signInPast(f, QStringLiteral("clerk"));
    auto reviewer = signInPast(f, QStringLiteral("reviewer"));
    auto approver = signInPast(f, QStringLiteral("approver"));
    const QString person =
        test::addPerson(*clerk, QStringLiteral("00000006%1").arg(n, 4, 10, QChar(u'0')));
    const intake::ProcedureKind* procedure = nullptr;
    for (const intake::ProcedureKind& kind : intake::ProcedureCatalog::builtIn().procedures())
        if (kind.scope == kLedger && !kind.code.contains(QStringLiteral("child")))
            procedure = &kind;
    REQUIRE(procedure);
    intake::IntakeService intake(clerk->database().connection(), clerk->audit(),
                                 clerk->authorizer(), f.pastClock);
    intake::IntakeRequest request;
    request.procedureCode = procedure->code;
    request.personId = person;
    request.receivedOn = QDate(2025, 7, 18);
    request.fields = test::requiredValues(*procedure);
    request.attachments = test::allAttachments(*procedure);
    auto taken = intake.submit(clerk->session(), request);
    REQUIRE(taken.ok());
    const QDate today = Clock::system().todayInJapan();
    decision::DecisionDraft draft;
    draft.kind = decision::DecisionKind::Grant;
    draft.validFrom = today.addDays(-10);
    draft.validTo = today.addDays(20);
    draft.monthlyCap = 5000;
    draft.ruleVersion = QStringLiteral("rules-2025-04-01");
    decision::DecisionService reviewing(reviewer->database().connection(), reviewer->audit(),
                                        reviewer->authorizer(), f.pastClock);
    decision::DecisionService approving(approver->database().connection(), approver->audit(),
                                        approver->authorizer(), f.pastClock);
    auto id = reviewing.draft(reviewer->session(), taken->applicationId, draft);
    REQUIRE(id.ok());
    REQUIRE(reviewing.sendForApproval(reviewer->session(), id.value()).ok());
    Status approved = approving.approve(approver->session(), id.value());
    INFO(approved.message().toStdString());
    REQUIRE(approved.ok());
    f.pastClock.advanceMs(1000);
    QString number;
    {
        QSqlQuery query(clerk->database().connection());
        query.prepare(QStringLiteral("SELECT recipient_number FROM recipient WHERE person_id = ?"));
        query.addBindValue(person);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        number = query.value(0).toString();
    }
    for (auto* workspace : {clerk.get(), reviewer.get(), approver.get()})
        (void)workspace->signOut();
    return number;
}

QJsonDocument jsonOf(const Run& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("cli: certificate print, batch, reissue, list and verify against the table",
          "[cli][certificate]")
{
    Fixture f;
    f.addStaff(
        {account("clerk", Role::Clerk, {kLedger}), account("clerk2", Role::Clerk, {kLedger}),
         account("clerk3", Role::Clerk, {kLedger}), account("clerk4", Role::Clerk, {kLedger}),
         account("clerk5", Role::Clerk, {kLedger}), account("clerk6", Role::Clerk, {kLedger}),
         account("reviewer", Role::Reviewer, {kLedger}),
         account("approver", Role::Approver, {kLedger}),
         account("wclerk", Role::Clerk, {Scope::WelfareService})});
    {
        auto admin = signInPast(f, QStringLiteral("admin"));
        ledger::RecipientNumbers numbers(admin->database().connection(), QStringLiteral("L-"),
                                         admin->authorizer(), f.pastClock);
        REQUIRE(numbers
                    .leaseBlock(admin->session(), ledger::RecipientNumberKind::RecipientNumber,
                                kLedger, QStringLiteral("12"), 1, 100, intake::BlockOrigin::Central)
                    .ok());
        REQUIRE(numbers
                    .leaseBlock(admin->session(), ledger::RecipientNumberKind::CertificateNumber,
                                kLedger, QStringLiteral("2000"), 1, 100,
                                intake::BlockOrigin::Central)
                    .ok());
        certificate::IssuingKeys keys(admin->database(), admin->audit(), admin->authorizer(),
                                      f.pastClock);
        REQUIRE(keys.create(admin->session()).ok());
        REQUIRE(admin->signOut().ok());
    }
    // At most three CLI sign-ins per account in 30 s (see Fixture::code): take turns.
    int turn = 0;
    auto nextClerk = [&turn] {
        static const QStringList clerks{QStringLiteral("clerk"),  QStringLiteral("clerk2"),
                                        QStringLiteral("clerk3"), QStringLiteral("clerk4"),
                                        QStringLiteral("clerk5"), QStringLiteral("clerk6")};
        return clerks.at(turn++ % clerks.size());
    };
    const QString first = grantedRecipient(f, 1);
    const QString second = grantedRecipient(f, 2);
    const QString pdf = f.dir.filePath(QStringLiteral("one.pdf"));
    const QByteArray pdfArg = pdf.toUtf8();
    const QByteArray firstArg = first.toUtf8();

    // Usage errors exit 2 before anyone signs in.
    const QString wrong = f.wrongCode(QStringLiteral("clerk"));
    for (const std::initializer_list<const char*> bad :
         {std::initializer_list<const char*>{"certificate", "print", "--recipient", "1200013"},
          {"certificate", "print", "--pdf", "x.pdf"},
          {"certificate", "print", "--recipient", "12-3", "--pdf", "x.pdf"},
          {"certificate", "print", "--recipient", "1200013", "--kind", "passport", "--pdf",
           "x.pdf"},
          {"certificate", "batch"},
          {"certificate", "batch", "--expiring-within", "soon", "--pdf", "x.pdf"},
          {"certificate", "reissue", "--certificate", "x"},
          {"certificate", "list", "--state", "lost"}}) {
        const Run run =
            cli(f.args(bad, QStringLiteral("clerk")), {.password = kStaffPassword, .code = wrong});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        requireOneLineError(run);
    }

    // A clerk of another scope may not print it.
    const Run denied = f.as(QStringLiteral("wclerk"),
                            {"certificate", "print", "--recipient", firstArg.constData(),
                             "--ledger", "medical_psychiatric", "--pdf", pdfArg.constData()});
    CHECK(denied.exitCode == 3);
    CHECK_FALSE(QFileInfo::exists(pdf));
    // An unknown number.
    const Run unknown = f.as(nextClerk(), {"certificate", "print", "--recipient", "9999999",
                                           "--pdf", pdfArg.constData()});
    CHECK(unknown.exitCode == 4);

    const Run printed =
        f.as(nextClerk(), {"certificate", "print", "--recipient", firstArg.constData(), "--json",
                           "--pdf", pdfArg.constData()});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const QJsonObject issued = jsonOf(printed).object();
    CHECK(issued.value(QStringLiteral("recipient_number")).toString() == first);
    CHECK(issued.value(QStringLiteral("state")).toString() == QStringLiteral("printed"));
    CHECK(issued.value(QStringLiteral("issue_number")).toInt() == 1);
    CHECK(pdfText(pdf).contains(first));
    const QString id = issued.value(QStringLiteral("id")).toString();
    const QByteArray idArg = id.toUtf8();

    // The whole queue, current certificates only: the first (printed again) — the second
    // recipient has none yet.
    const QString batch = f.dir.filePath(QStringLiteral("batch.pdf"));
    const QByteArray batchArg = batch.toUtf8();
    const Run batched = f.as(nextClerk(), {"certificate", "batch", "--pdf", batchArg.constData()});
    INFO(batched.err.toStdString());
    REQUIRE(batched.exitCode == 0);
    CHECK(batched.out.startsWith(QStringLiteral("Printed 1 certificate")));
    const QByteArray secondArg = second.toUtf8();
    const QString other = f.dir.filePath(QStringLiteral("two.pdf"));
    REQUIRE(f.as(nextClerk(), {"certificate", "print", "--recipient", secondArg.constData(),
                               "--pdf", other.toUtf8().constData()})
                .exitCode == 0);
    // Expiring within 5 days: none (they end in 20).
    const Run none = f.as(nextClerk(), {"certificate", "batch", "--expiring-within", "5", "--pdf",
                                        batchArg.constData()});
    CHECK(none.exitCode == 4);

    const QString reissued = f.dir.filePath(QStringLiteral("reissued.pdf"));
    const Run again =
        f.as(nextClerk(), {"certificate", "reissue", "--certificate", idArg.constData(), "--reason",
                           "紛失", "--json", "--pdf", reissued.toUtf8().constData()});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(jsonOf(again).object().value(QStringLiteral("issue_number")).toInt() == 2);
    CHECK(pdfText(reissued).contains(QStringLiteral("再交付")));
    const Run twice = f.as(nextClerk(), {"certificate", "reissue", "--certificate",
                                         idArg.constData(), "--reason", "紛失"});
    CHECK(twice.exitCode == 4);

    const Run listed = f.as(nextClerk(), {"certificate", "list", "--state", "void", "--json"});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray voided = jsonOf(listed).array();
    REQUIRE(voided.size() == 1);
    CHECK(voided.at(0).toObject().value(QStringLiteral("id")).toString() == id);

    // The old code verifies with the database: replaced here, not yet synced → exit 1.
    QString oldCode;
    {
        auto admin = signInPast(f, QStringLiteral("admin"));
        {
            QSqlQuery query(admin->database().connection());
            query.prepare(QStringLiteral("SELECT payload FROM certificate WHERE id = ?"));
            query.addBindValue(id);
            REQUIRE(query.exec());
            REQUIRE(query.next());
            oldCode = query.value(0).toString();
        }
        (void)admin->signOut();
    }
    const Run verified =
        f.as(nextClerk(), {"certificate", "verify", oldCode.toUtf8().constData(), "--json"});
    CHECK(verified.exitCode == 1);
    CHECK(jsonOf(verified).object().value(QStringLiteral("verdict")).toString() ==
          QStringLiteral("superseded_offline"));
}

TEST_CASE("cli: demo approves decisions and requests certificates, ready to print",
          "[cli][certificate][demo]")
{
    Fixture f;
    f.addStaff({account("clerk", Role::Clerk, security::allScopes())});
    QElapsedTimer timer;
    timer.start();
    const Run demo = f.asAdmin({"demo", "--persons", "400", "--json"});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    WARN("demo --persons 400: " << timer.elapsed() << " ms");
    const QJsonObject made = jsonOf(demo).object();
    const int certificates = made.value(QStringLiteral("certificates")).toInt();
    CHECK(made.value(QStringLiteral("issuing_key_created")).toBool());
    CHECK(made.value(QStringLiteral("decisions")).toInt() == certificates);
    CHECK(certificates >= 4 * 30); // 50 adults per ledger where the registry has them

    const Run listed = f.as(QStringLiteral("clerk"), {"certificate", "list", "--json"});
    REQUIRE(listed.exitCode == 0);
    CHECK(jsonOf(listed).array().size() == certificates);
    const QString pdf = f.dir.filePath(QStringLiteral("devices.pdf"));
    const Run batch = f.as(QStringLiteral("clerk"), {"certificate", "batch", "--ledger", "devices",
                                                     "--pdf", pdf.toUtf8().constData()});
    INFO(batch.err.toStdString());
    CHECK(batch.exitCode == 0);
    CHECK(QFileInfo::exists(pdf));
    // A second demo adds more people and certificates, and no second key.
    const Run again = f.asAdmin({"demo", "--persons", "40", "--seed", "2", "--json"});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(jsonOf(again).object().value(QStringLiteral("issuing_key_created")).toBool());
}
