// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli: notice print (the notice of an approved decision) and notice renewal (renewal
// notices of recipients whose grant ends soon), read back with pdftotext.
#include "CliTestSupport.h"
#include "IntakeTestSupport.h"
#include "decision/DecisionService.h"
#include "intake/IntakeService.h"
#include "ledger/RecipientNumbers.h"

#include <QFileInfo>
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

struct Granted
{
    QString approvedId; // a grant (today − 10 … today + 20), approved
    QString pendingId;  // a second grant, sent for approval only
    QString recipientNumber;
};

Granted grantedRecipient(Fixture& f)
{
    auto clerk = signInPast(f, QStringLiteral("clerk"));
    auto reviewer = signInPast(f, QStringLiteral("reviewer"));
    auto approver = signInPast(f, QStringLiteral("approver"));
    const QString person = test::addPerson(*clerk, QStringLiteral("000000070001"));
    const intake::ProcedureKind* procedure = nullptr;
    for (const intake::ProcedureKind& kind : intake::ProcedureCatalog::builtIn().procedures())
        if (kind.scope == kLedger && !kind.code.contains(QStringLiteral("child")))
            procedure = &kind;
    REQUIRE(procedure);
    intake::IntakeService intake(clerk->database().connection(), clerk->audit(),
                                 clerk->authorizer(), f.pastClock);
    decision::DecisionService reviewing(reviewer->database().connection(), reviewer->audit(),
                                        reviewer->authorizer(), f.pastClock);
    decision::DecisionService approving(approver->database().connection(), approver->audit(),
                                        approver->authorizer(), f.pastClock);
    const QDate today = Clock::system().todayInJapan();
    auto drafted = [&] {
        intake::IntakeRequest request;
        request.procedureCode = procedure->code;
        request.personId = person;
        request.receivedOn = QDate(2025, 7, 18);
        request.fields = test::requiredValues(*procedure);
        request.attachments = test::allAttachments(*procedure);
        auto taken = intake.submit(clerk->session(), request);
        REQUIRE(taken.ok());
        decision::DecisionDraft draft;
        draft.kind = decision::DecisionKind::Grant;
        draft.validFrom = today.addDays(-10);
        draft.validTo = today.addDays(20);
        draft.monthlyCap = 5000;
        draft.ruleVersion = QStringLiteral("rules-2025-04-01");
        auto id = reviewing.draft(reviewer->session(), taken->applicationId, draft);
        REQUIRE(id.ok());
        REQUIRE(reviewing.sendForApproval(reviewer->session(), id.value()).ok());
        return id.value();
    };
    Granted granted;
    granted.approvedId = drafted();
    Status approved = approving.approve(approver->session(), granted.approvedId);
    INFO(approved.message().toStdString());
    REQUIRE(approved.ok());
    f.pastClock.advanceMs(1000);
    granted.pendingId = drafted();
    QSqlQuery query(clerk->database().connection());
    query.prepare(QStringLiteral("SELECT recipient_number FROM recipient WHERE person_id = ?"));
    query.addBindValue(person);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    granted.recipientNumber = query.value(0).toString();
    for (auto* workspace : {clerk.get(), reviewer.get(), approver.get()})
        (void)workspace->signOut();
    return granted;
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

TEST_CASE("cli: notice print and notice renewal", "[cli][notice]")
{
    Fixture f;
    f.addStaff({account("clerk", Role::Clerk, {kLedger}), account("clerk2", Role::Clerk, {kLedger}),
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
        REQUIRE(admin->signOut().ok());
    }
    const Granted granted = grantedRecipient(f);
    const QByteArray approvedArg = granted.approvedId.toUtf8();
    const QByteArray pendingArg = granted.pendingId.toUtf8();
    const QString pdf = f.dir.filePath(QStringLiteral("notice.pdf"));
    const QByteArray pdfArg = pdf.toUtf8();

    // Usage errors exit 2 before anyone signs in.
    const QString wrong = f.wrongCode(QStringLiteral("clerk"));
    for (const std::initializer_list<const char*> bad :
         {std::initializer_list<const char*>{"notice", "print", "--pdf", "x.pdf"},
          {"notice", "print", "--decision", "x"},
          {"notice", "renewal", "--pdf", "x.pdf"},
          {"notice", "renewal", "--expiring-within", "soon", "--pdf", "x.pdf"},
          {"notice", "renewal", "--ledger", "moon", "--expiring-within", "30", "--pdf", "x.pdf"}}) {
        const Run run =
            cli(f.args(bad, QStringLiteral("clerk")), {.password = kStaffPassword, .code = wrong});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        requireOneLineError(run);
    }

    // A clerk of another scope may not print it; a decision not approved has no notice.
    const Run denied =
        f.as(QStringLiteral("wclerk"), {"notice", "print", "--decision", approvedArg.constData(),
                                        "--pdf", pdfArg.constData()});
    CHECK(denied.exitCode == 3);
    CHECK_FALSE(QFileInfo::exists(pdf));
    const Run pending =
        f.as(QStringLiteral("clerk"), {"notice", "print", "--decision", pendingArg.constData(),
                                       "--pdf", pdfArg.constData()});
    CHECK(pending.exitCode == 2);
    requireOneLineError(pending);
    CHECK_FALSE(QFileInfo::exists(pdf));

    const Run printed =
        f.as(QStringLiteral("clerk"), {"notice", "print", "--decision", approvedArg.constData(),
                                       "--pdf", pdfArg.constData()});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("支給決定通知書")));
    CHECK(text.contains(granted.recipientNumber));
    CHECK(text.contains(QStringLiteral("試験")));

    const QString renewalPdf = f.dir.filePath(QStringLiteral("renewal.pdf"));
    const QByteArray renewalArg = renewalPdf.toUtf8();
    const Run renewal =
        f.as(QStringLiteral("clerk2"),
             {"notice", "renewal", "--ledger", "medical_psychiatric", "--expiring-within", "30",
              "--json", "--pdf", renewalArg.constData()});
    INFO(renewal.err.toStdString());
    REQUIRE(renewal.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(renewal.out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("printed")).toInt() == 1);
    const QString renewalText = pdfText(renewalPdf);
    CHECK(renewalText.contains(QStringLiteral("更新申請のお知らせ")));
    CHECK(renewalText.contains(granted.recipientNumber));

    // Nobody's grant ends within 5 days: nothing to print (exit 4, as certificate batch).
    const Run none = f.as(QStringLiteral("clerk2"), {"notice", "renewal", "--expiring-within", "5",
                                                     "--pdf", renewalArg.constData()});
    CHECK(none.exitCode == 4);
    requireOneLineError(none);
}
