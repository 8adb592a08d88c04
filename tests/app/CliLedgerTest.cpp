// SPDX-License-Identifier: GPL-3.0-or-later
// madoguchi-cli: blocks of recipient numbers (numbers lease, numbers list), the ledgers'
// current state (ledger show, ledger list) and the demo blocks that let a first grant be
// approved at once.
#include "CliTestSupport.h"
#include "IntakeTestSupport.h"
#include "decision/DecisionService.h"
#include "intake/IntakeService.h"
#include "ledger/RecipientNumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QJsonDocument jsonOf(const Run& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

/// Signs login in in-process, on the fixture's past clock (before any CLI sign-in of login).
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

const intake::ProcedureKind* procedureOf(Scope scope)
{
    for (const intake::ProcedureKind& kind : intake::ProcedureCatalog::builtIn().procedures())
        if (kind.scope == scope && !kind.code.contains(QStringLiteral("child")))
            return &kind;
    return nullptr;
}

/// Takes applications (clerk), drafts (reviewer) and approves (approver) in-process.
struct Counter
{
    Fixture& f;
    std::unique_ptr<Workspace> clerk;
    std::unique_ptr<Workspace> reviewer;
    std::unique_ptr<Workspace> approver;
    int persons = 0;

    explicit Counter(Fixture& fixture) : f(fixture)
    {
        clerk = signInPast(f, QStringLiteral("clerk"));
        reviewer = signInPast(f, QStringLiteral("reviewer"));
        approver = signInPast(f, QStringLiteral("approver"));
    }
    ~Counter()
    {
        for (auto* workspace : {clerk.get(), reviewer.get(), approver.get()})
            (void)workspace->signOut();
    }

    QString application(const QString& person)
    {
        const intake::ProcedureKind* procedure = procedureOf(kLedger);
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
        INFO(taken.message().toStdString());
        REQUIRE(taken.ok());
        return taken->applicationId;
    }

    QString newPerson()
    {
        return test::addPerson(*clerk,
                               QStringLiteral("00000005%1").arg(++persons, 4, 10, QChar(u'0')));
    }

    /// Drafted, sent and approved; returns the decision id.
    QString approved(const QString& applicationId, decision::DecisionDraft draft)
    {
        decision::DecisionService reviewing(reviewer->database().connection(), reviewer->audit(),
                                            reviewer->authorizer(), f.pastClock);
        decision::DecisionService approving(approver->database().connection(), approver->audit(),
                                            approver->authorizer(), f.pastClock);
        if (draft.ruleVersion.isEmpty())
            draft.ruleVersion = QStringLiteral("rules-2025-04-01");
        auto id = reviewing.draft(reviewer->session(), applicationId, draft);
        INFO(id.message().toStdString());
        REQUIRE(id.ok());
        REQUIRE(reviewing.sendForApproval(reviewer->session(), id.value()).ok());
        Status done = approving.approve(approver->session(), id.value());
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
        f.pastClock.advanceMs(1000);
        return id.value();
    }
};

decision::DecisionDraft grant(QDate from, QDate to)
{
    decision::DecisionDraft draft;
    draft.kind = decision::DecisionKind::Grant;
    draft.validFrom = from;
    draft.validTo = to;
    draft.monthlyCap = 5000;
    return draft;
}

QString recipientNumberOf(Workspace& workspace, const QString& person)
{
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral("SELECT recipient_number FROM recipient WHERE person_id = ?"));
    query.addBindValue(person);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toString();
}

int countIn(const Fixture& f, const QString& sql)
{
    auto db = store::Database::open(f.path, QStringLiteral("admin"), test::secret(kPassword));
    REQUIRE(db.ok());
    QSqlQuery query(db.value()->connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("cli: numbers lease records a block (administrator), numbers list shows it",
          "[cli][ledger]")
{
    Fixture f;
    f.addStaff({deputy(), account("boss", Role::Administrator, {}),
                account("clerk", Role::Clerk, {kLedger})});
    // At most two CLI sign-ins per account here (Fixture::code()).
    const QString wrong = f.wrongCode(QStringLiteral("admin"));
    // Bad options exit 2 before anyone signs in (the wrong code is never tried).
    for (const std::initializer_list<const char*> bad :
         {std::initializer_list<const char*>{"numbers", "lease", "--ledger", "devices", "--first",
                                             "1", "--last", "9"},
          {"numbers", "lease", "--kind", "person", "--ledger", "devices", "--first", "1", "--last",
           "9"},
          {"numbers", "lease", "--kind", "recipient", "--first", "1", "--last", "9"},
          {"numbers", "lease", "--kind", "recipient", "--ledger", "housing", "--first", "1",
           "--last", "9"},
          {"numbers", "lease", "--kind", "recipient", "--ledger", "devices", "--first", "one",
           "--last", "9"},
          {"numbers", "lease", "--kind", "recipient", "--ledger", "devices", "--first", "1"},
          {"numbers", "lease", "--kind", "recipient", "--ledger", "devices", "--first", "1",
           "--last", "1234567890123"}}) {
        const Run run = cli(f.args(bad), {.code = wrong});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        requireOneLineError(run);
    }
    CHECK(countIn(f, QStringLiteral("SELECT count(*) FROM audit_log WHERE outcome <> 'success'")) ==
          0);

    const Run leased =
        f.asAdmin({"numbers", "lease", "--kind", "recipient", "--ledger", "medical_psychiatric",
                   "--prefix", "12", "--first", "1", "--last", "500"});
    INFO(leased.err.toStdString());
    REQUIRE(leased.exitCode == 0);
    CHECK(leased.out.contains(QStringLiteral("recipient")));
    const Run certificate =
        f.asAdmin({"numbers", "lease", "--kind", "certificate", "--ledger", "medical_psychiatric",
                   "--prefix", "2000", "--first", "1", "--last", "100", "--json"});
    INFO(certificate.err.toStdString());
    REQUIRE(certificate.exitCode == 0);
    const QJsonObject block = jsonOf(certificate).object();
    CHECK(block[QStringLiteral("kind")].toString() == QStringLiteral("certificate"));
    CHECK(block[QStringLiteral("ledger")].toString() == QStringLiteral("medical_psychiatric"));
    CHECK(block[QStringLiteral("prefix")].toString() == QStringLiteral("2000"));
    CHECK(block[QStringLiteral("last")].toInteger() == 100);
    // An overlapping block and a prefix that leaves no digits are bad input.
    const Run overlap =
        f.as(QStringLiteral("deputy"),
             {"numbers", "lease", "--kind", "recipient", "--ledger", "medical_psychiatric",
              "--prefix", "12", "--first", "500", "--last", "600"});
    CHECK(overlap.exitCode == 2);
    requireOneLineError(overlap);
    const Run longPrefix = f.as(QStringLiteral("deputy"),
                                {"numbers", "lease", "--kind", "recipient", "--ledger", "devices",
                                 "--prefix", "123456", "--first", "1", "--last", "2"});
    CHECK(longPrefix.exitCode == 2);
    requireOneLineError(longPrefix);

    const Run list = f.as(QStringLiteral("boss"), {"numbers", "list", "--json"});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    const QJsonArray blocks = jsonOf(list).array();
    REQUIRE(blocks.size() == 2);
    CHECK(blocks.at(0)[QStringLiteral("kind")].toString() == QStringLiteral("recipient"));
    CHECK(blocks.at(0)[QStringLiteral("remaining")].toInteger() == 500);
    CHECK(blocks.at(1)[QStringLiteral("remaining")].toInteger() == 100);
    CHECK(blocks.at(1)[QStringLiteral("origin")].toString() == QStringLiteral("central"));
    const Run table = f.as(QStringLiteral("boss"), {"numbers", "list"});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.count(u'\n') == 3); // header and two blocks

    // A clerk may neither lease nor list.
    const Run clerkLease =
        f.as(QStringLiteral("clerk"), {"numbers", "lease", "--kind", "recipient", "--ledger",
                                       "devices", "--first", "1", "--last", "9"});
    CHECK(clerkLease.exitCode == 3);
    requireOneLineError(clerkLease);
    const Run clerkList = f.as(QStringLiteral("clerk"), {"numbers", "list"});
    CHECK(clerkList.exitCode == 3);
    requireOneLineError(clerkList);
}

TEST_CASE("cli: ledger show and ledger list give the current state of recipients", "[cli][ledger]")
{
    Fixture f;
    f.addStaff(
        {account("clerk", Role::Clerk, {kLedger}), account("reviewer", Role::Reviewer, {kLedger}),
         account("approver", Role::Approver, {kLedger}),
         account("viewer", Role::Auditor, {kLedger}), account("viewer2", Role::Auditor, {kLedger}),
         account("viewer3", Role::Auditor, {kLedger}),
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
    const QDate today = Clock::system().todayInJapan();
    QString soon;
    QString later;
    QString cancelled;
    QString soonNumber;
    {
        Counter counter(f);
        soon = counter.newPerson();
        counter.approved(counter.application(soon), grant(today.addDays(-10), today.addDays(20)));
        later = counter.newPerson();
        counter.approved(counter.application(later), grant(today.addDays(-10), today.addDays(100)));
        cancelled = counter.newPerson();
        const QString app = counter.application(cancelled);
        const QString granted = counter.approved(app, grant(today.addDays(-10), today.addDays(10)));
        decision::DecisionDraft cancel;
        cancel.kind = decision::DecisionKind::Cancel;
        cancel.refersTo = granted;
        cancel.reason = str("転出");
        counter.approved(app, cancel);
        soonNumber = recipientNumberOf(*counter.clerk, soon);
    }
    REQUIRE(ledger::RecipientNumbers::isValidRecipientNumber(soonNumber));

    // Bad options exit 2 before anyone signs in.
    const QString wrong = f.wrongCode(QStringLiteral("viewer"));
    for (const std::initializer_list<const char*> bad :
         {std::initializer_list<const char*>{"ledger", "show", "--recipient", "1200013"},
          {"ledger", "show", "--ledger", "medical_psychiatric"},
          {"ledger", "show", "--ledger", "psychiatric", "--recipient", "1200013"},
          {"ledger", "list"},
          {"ledger", "list", "--ledger", "medical_psychiatric", "--status", "current"},
          {"ledger", "list", "--ledger", "medical_psychiatric", "--expiring-within", "soon"},
          {"ledger", "list", "--ledger", "medical_psychiatric", "--expiring-within=-1"}}) {
        const Run run =
            cli(f.args(bad, QStringLiteral("viewer")), {.password = kStaffPassword, .code = wrong});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        requireOneLineError(run);
    }

    const Run show =
        f.as(QStringLiteral("viewer"), {"ledger", "show", "--ledger", "medical_psychiatric",
                                        "--recipient", soonNumber.toLatin1().constData()});
    INFO(show.err.toStdString());
    REQUIRE(show.exitCode == 0);
    const QJsonObject state = jsonOf(show).object();
    CHECK(state[QStringLiteral("person_id")].toString() == soon);
    CHECK(state[QStringLiteral("status")].toString() == QStringLiteral("active"));
    CHECK(state[QStringLiteral("recipient_number")].toString() == soonNumber);
    CHECK(state[QStringLiteral("certificate_number")].toString().size() == 10);
    CHECK(state[QStringLiteral("valid_to")].toString() == today.addDays(20).toString(Qt::ISODate));
    CHECK(state[QStringLiteral("days_left")].toInt() == 20);
    CHECK(state[QStringLiteral("monthly_cap")].toInteger() == 5000);
    CHECK(state[QStringLiteral("name")].toString() == str("試験\u3000花子"));
    CHECK(state[QStringLiteral("entries")].toInt() == 1);

    const Run renewal =
        f.as(QStringLiteral("viewer"),
             {"ledger", "list", "--ledger", "medical_psychiatric", "--expiring-within", "30"});
    INFO(renewal.err.toStdString());
    REQUIRE(renewal.exitCode == 0);
    const QStringList lines = renewal.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1);
    const QStringList columns = lines.at(0).split(u'\t');
    REQUIRE(columns.size() == 10);
    CHECK(columns.at(0) == soonNumber);
    CHECK(columns.at(2) == QStringLiteral("active"));
    CHECK(columns.at(4) == today.addDays(20).toString(Qt::ISODate));
    CHECK(columns.at(5) == QStringLiteral("20"));
    CHECK(columns.at(9) == soon);

    const Run cancelledOnly =
        f.as(QStringLiteral("viewer3"), {"ledger", "list", "--ledger", "medical_psychiatric",
                                         "--status", "cancelled", "--json"});
    REQUIRE(cancelledOnly.exitCode == 0);
    const QJsonArray array = jsonOf(cancelledOnly).array();
    REQUIRE(array.size() == 1);
    CHECK(array.at(0)[QStringLiteral("person_id")].toString() == cancelled);
    CHECK(array.at(0)[QStringLiteral("valid_to")].isNull());

    // Everyone, soonest validity end first; nobody with a number that is not held → exit 1.
    const Run all =
        f.as(QStringLiteral("viewer2"), {"ledger", "list", "--ledger", "medical_psychiatric"});
    REQUIRE(all.exitCode == 0);
    const QStringList allLines = all.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(allLines.size() == 3);
    CHECK(allLines.at(0).endsWith(soon));
    CHECK(allLines.at(1).endsWith(later));
    CHECK(allLines.at(2).endsWith(cancelled));
    const Run nobody =
        f.as(QStringLiteral("viewer2"),
             {"ledger", "show", "--ledger", "medical_psychiatric", "--recipient", "9999990"});
    CHECK(nobody.exitCode == 1);
    requireOneLineError(nobody);

    // Without the ledger's scope: exit 3.
    const Run denied =
        f.as(QStringLiteral("wclerk"), {"ledger", "list", "--ledger", "medical_psychiatric"});
    CHECK(denied.exitCode == 3);
    requireOneLineError(denied);

    // Each read is one ledger.view in the audit log.
    CHECK(countIn(f, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'ledger.view' "
                                    "AND account = 'viewer'")) == 2);
    CHECK(countIn(f, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'ledger.view' "
                                    "AND account = 'viewer2'")) == 2);
}

TEST_CASE("cli: demo leases demo blocks of recipient numbers once, so a grant can be approved",
          "[cli][ledger][demo]")
{
    Fixture f;
    f.addStaff({deputy(), account("clerk", Role::Clerk, {kLedger}),
                account("reviewer", Role::Reviewer, {kLedger}),
                account("approver", Role::Approver, {kLedger})});
    const Run demo = f.asAdmin({"demo", "--persons", "3"});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(plural(QStringLiteral("Leased 8 block(s) of demo recipient numbers"))));
    const Run again = f.asAdmin({"demo", "--persons", "2", "--json"});
    REQUIRE(again.exitCode == 0);
    CHECK(jsonOf(again).object()[QStringLiteral("number_blocks")].toInt() == 0);
    CHECK(countIn(f, QStringLiteral("SELECT count(*) FROM number_block WHERE kind LIKE 'rcpt_%' "
                                    "OR kind LIKE 'cert_%'")) == 8);

    // A first grant in the psychiatric ledger gets demo numbers.
    Counter counter(f);
    const QString person = counter.newPerson();
    counter.approved(counter.application(person), grant(QDate(2025, 7, 1), QDate(2026, 6, 30)));
    const QString number = recipientNumberOf(*counter.clerk, person);
    CHECK(ledger::RecipientNumbers::isValidRecipientNumber(number));
    CHECK(number.startsWith(QStringLiteral("9")));
}

TEST_CASE("cli: demo refuses a device enrolled with the central store and writes nothing",
          "[cli][ledger][demo]")
{
    Fixture f;
    f.tamper(QStringLiteral(
        "INSERT INTO sync_enrolment (singleton, device_id, device_name, kind, central_url, "
        "role_name, sealed_password, enrolled_at) VALUES (1, 'd', '窓口 1', 'counter', "
        "'postgresql://central.invalid/madoguchi', 'mdg_device_x', x'00', "
        "'2025-07-18T00:00:00Z');"));
    const qint64 persons = countIn(f, QStringLiteral("SELECT count(*) FROM person"));
    const Run demo = f.asAdmin({"demo", "--persons", "3"});
    CHECK(demo.exitCode == 2);
    CHECK(demo.err.contains(QStringLiteral("enrolled with the central store")));
    CHECK(countIn(f, QStringLiteral("SELECT count(*) FROM person")) == persons);
}
