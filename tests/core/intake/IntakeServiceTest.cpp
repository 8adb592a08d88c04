// SPDX-License-Identifier: GPL-3.0-or-later
// Intake through the core service, as the UI and CLI call it: every procedure kind of the shipped
// data, the access rules of its ledger, numbering and the status workflow.
#include "intake/IntakeService.h"
#include "IntakeTestSupport.h"
#include "WorkspaceFixture.h"
#include "audit/AuditEvent.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::intake;
using namespace madoguchi::security;
using test::Office;

namespace {

const QList<Scope> kAllScopes{Scope::WelfareService, Scope::MedicalRehabilitation,
                              Scope::MedicalPsychiatric, Scope::Devices};

IntakeRequest requestFor(const ProcedureKind& kind, const QString& personId, QJsonObject fields)
{
    IntakeRequest request;
    request.procedureCode = kind.code;
    request.personId = personId;
    request.receivedOn = QDate(2025, 7, 18);
    request.channel = Channel::Counter;
    request.fields = std::move(fields);
    request.attachments = test::allAttachments(kind);
    return request;
}

/// A clerk holding every scope, signed in, with a person to apply for.
struct Counter
{
    Office office;
    std::unique_ptr<Workspace> clerk;
    std::unique_ptr<IntakeService> intake;
    QString person;

    Counter()
    {
        office.addAccount(QStringLiteral("clerk"), QStringLiteral("窓口 一"), {Role::Clerk},
                          kAllScopes);
        auto signedIn = office.signIn(QStringLiteral("clerk"));
        REQUIRE(signedIn.ok());
        clerk = std::move(signedIn).value();
        intake = std::make_unique<IntakeService>(clerk->database().connection(), clerk->audit(),
                                                 clerk->authorizer(), office.clock);
        person = test::addPerson(*clerk, QStringLiteral("000000000101"));
    }

    int count(const QString& sql) { return test::count(*clerk, sql); }
};

} // namespace

TEST_CASE("Every procedure kind of the shipped data can be submitted with its required fields",
          "[intake][submit]")
{
    Counter counter;
    const ProcedureCatalog& catalog = counter.intake->catalog();
    REQUIRE(catalog.procedures().size() == 31);
    QSet<QString> numbers;
    for (const ProcedureKind& kind : catalog.procedures()) {
        INFO(kind.code.toStdString());
        FieldErrors errors;
        auto submitted = counter.intake->submit(
            counter.clerk->session(), requestFor(kind, counter.person, test::requiredValues(kind)),
            &errors);
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            UNSCOPED_INFO(it.key().toStdString() << ": " << it.value().toStdString());
        INFO(submitted.message().toStdString());
        REQUIRE(submitted.ok());
        CHECK(submitted->missingAttachments.isEmpty());
        numbers.insert(submitted->applicationNumber);

        auto stored =
            counter.intake->application(counter.clerk->session(), submitted->applicationId);
        REQUIRE(stored.ok());
        CHECK(stored->procedureCode == kind.code);
        CHECK(stored->scope == kind.scope);
        CHECK(stored->status == ApplicationStatus::Received);
        CHECK(stored->receivedBy == counter.clerk->session().accountId);
        CHECK(stored->receivedOn == QDate(2025, 7, 18));
        CHECK(stored->fields == test::requiredValues(kind));
        CHECK(stored->attachments.size() == kind.attachments.size());

        // All fields filled in is accepted too (optional ones included).
        auto full = counter.intake->submit(counter.clerk->session(),
                                           requestFor(kind, counter.person, test::allValues(kind)));
        INFO(full.message().toStdString());
        CHECK(full.ok());
        if (full)
            numbers.insert(full->applicationNumber);
    }
    CHECK(numbers.size() == 62);
    CHECK(counter.count(QStringLiteral("SELECT count(*) FROM application")) == 62);
    CHECK(counter.count(QStringLiteral("SELECT count(*) FROM application_status_history WHERE "
                                       "from_status IS NULL AND to_status = 'received'")) == 62);
    CHECK(counter.count(QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                       "'application'")) == 62);
}

TEST_CASE("Every procedure kind is refused without its required fields, naming each of them",
          "[intake][submit]")
{
    Counter counter;
    for (const ProcedureKind& kind : counter.intake->catalog().procedures()) {
        INFO(kind.code.toStdString());
        const QJsonObject complete = test::requiredValues(kind);
        REQUIRE_FALSE(complete.isEmpty());

        FieldErrors errors;
        auto empty = counter.intake->submit(counter.clerk->session(),
                                            requestFor(kind, counter.person, {}), &errors);
        CHECK(empty.code() == ErrorCode::InvalidInput);
        CHECK(errors.size() == complete.size()); // all at once, one per required field
        for (const QString& code : complete.keys())
            CHECK(errors.value(code) == QStringLiteral("This field is required."));

        for (const QString& code : complete.keys()) {
            INFO("without " << code.toStdString());
            QJsonObject fields = complete;
            fields.remove(code);
            auto without = counter.intake->submit(
                counter.clerk->session(), requestFor(kind, counter.person, fields), &errors);
            CHECK(without.code() == ErrorCode::InvalidInput);
            CHECK(errors.keys() == QStringList{code});
            // A blank entry is no answer either.
            if (kind.field(code)->type == FieldType::Text) {
                fields.insert(code, QStringLiteral("　 "));
                CHECK(counter.intake
                          ->submit(counter.clerk->session(),
                                   requestFor(kind, counter.person, fields), &errors)
                          .code() == ErrorCode::InvalidInput);
                CHECK(errors.contains(code));
            }
        }
    }
    CHECK(counter.count(QStringLiteral("SELECT count(*) FROM application")) == 0);
    // A refused form uses no number.
    CHECK(counter.count(QStringLiteral("SELECT count(*) FROM number_block")) == 0);
}

TEST_CASE("The applicant, the date of receipt and the representative are checked with the form",
          "[intake][submit]")
{
    Counter counter;
    const ProcedureKind* kind = counter.intake->catalog().find(QStringLiteral("high_cost_benefit"));
    REQUIRE(kind);
    IntakeRequest request = requestFor(*kind, QStringLiteral("no-such-person"), {});
    request.receivedOn = QDate(2025, 7, 19); // tomorrow on the office clock
    request.representativePersonId = QStringLiteral("no-such-person");
    request.attachments << QStringLiteral("not_on_the_list");
    FieldErrors errors;
    auto refused = counter.intake->submit(counter.clerk->session(), request, &errors);
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(errors.contains(QStringLiteral("person_id")));
    CHECK(errors.value(QStringLiteral("received_on")) ==
          QStringLiteral("The date of receipt cannot be in the future."));
    CHECK(errors.contains(QStringLiteral("representative")));
    CHECK(errors.contains(QStringLiteral("attachment:not_on_the_list")));
    CHECK(errors.contains(QStringLiteral("service_month")));

    // By mail, through a registered representative, with documents still to come (補正).
    const QString mother = test::addPerson(*counter.clerk, QStringLiteral("000000000102"));
    request = requestFor(*kind, counter.person, test::requiredValues(*kind));
    request.channel = Channel::Mail;
    request.receivedOn = QDate(2025, 7, 17);
    request.representativePersonId = mother;
    request.representativeNote = QStringLiteral("母");
    request.attachments = {QStringLiteral("identity_proof")};
    auto taken = counter.intake->submit(counter.clerk->session(), request, &errors);
    INFO(taken.message().toStdString());
    REQUIRE(taken.ok());
    CHECK(errors.isEmpty());
    CHECK(taken->missingAttachments ==
          QStringList{QStringLiteral("receipts"), QStringLiteral("number_proof")});
    auto stored = counter.intake->application(counter.clerk->session(), taken->applicationId);
    REQUIRE(stored.ok());
    CHECK(stored->channel == Channel::Mail);
    CHECK(stored->representativePersonId == mother);
    CHECK(stored->representativeNote == QStringLiteral("母"));
    int received = 0;
    for (const QJsonValue& item : stored->attachments)
        received += item.toObject().value(QStringLiteral("received")).toBool() ? 1 : 0;
    CHECK(received == 1);
}

TEST_CASE("Application numbers are unique and sequential across submissions",
          "[intake][submit][numbers]")
{
    Counter counter;
    const ProcedureKind* kind = counter.intake->catalog().find(QStringLiteral("mobility_support"));
    REQUIRE(kind);
    QStringList numbers;
    for (int i = 0; i < 5; ++i) {
        auto taken =
            counter.intake->submit(counter.clerk->session(),
                                   requestFor(*kind, counter.person, test::requiredValues(*kind)));
        REQUIRE(taken.ok());
        numbers << taken->applicationNumber;
    }
    const QString prefix = NumberBlocks::localPrefixFor(counter.clerk->audit().deviceId());
    for (int i = 0; i < numbers.size(); ++i)
        CHECK(numbers.at(i) == prefix + QString::number(i + 1).rightJustified(7, u'0'));
    // The number is unique in the database too, whatever the caller does.
    QSqlQuery duplicate(counter.clerk->database().connection());
    CHECK_FALSE(duplicate.exec(
        QStringLiteral("UPDATE application SET application_number = '%1'").arg(numbers.first())));
}

TEST_CASE("A clerk without the scope of a procedure is refused, audited, and nothing is used up",
          "[intake][access]")
{
    Counter counter;
    counter.office.addAccount(QStringLiteral("welfare"), QStringLiteral("福祉 二"), {Role::Clerk},
                              {Scope::WelfareService});
    auto signedIn = counter.office.signIn(QStringLiteral("welfare"));
    REQUIRE(signedIn.ok());
    Workspace& ws = *signedIn.value();
    IntakeService intake(ws.database().connection(), ws.audit(), ws.authorizer(),
                         counter.office.clock);
    const QString person = test::addPerson(ws, QStringLiteral("000000000201"));

    const int deniedBefore = test::count(
        ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'permission.denied'"));
    for (const ProcedureKind& kind : intake.catalog().procedures()) {
        INFO(kind.code.toStdString());
        auto result =
            intake.submit(ws.session(), requestFor(kind, person, test::requiredValues(kind)));
        if (kind.scope == Scope::WelfareService) {
            CHECK(result.ok());
        } else {
            CHECK(result.code() == ErrorCode::PermissionDenied);
            CHECK_FALSE(result.message().isEmpty());
        }
    }
    const int refused = int(std::count_if(
        intake.catalog().procedures().cbegin(), intake.catalog().procedures().cend(),
        [](const ProcedureKind& kind) { return kind.scope != Scope::WelfareService; }));
    CHECK(refused == 11); // 4 精神, 5 更生, 2 補装具・日常生活用具
    CHECK(test::count(ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                         "'permission.denied'")) == deniedBefore + refused);
    CHECK(test::count(ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                         "'permission.denied' AND purpose = "
                                         "'application.intake@medical_psychiatric'")) == 4);
    CHECK(test::count(ws, QStringLiteral("SELECT count(*) FROM application WHERE ledger_scope <> "
                                         "'welfare_service'")) == 0);
    // Numbers were taken only for what was stored: no gaps from refusals.
    CHECK(test::count(ws, QStringLiteral("SELECT sum(next_number - range_first) FROM "
                                         "number_block")) ==
          test::count(ws, QStringLiteral("SELECT count(*) FROM application")));

    // A reviewer (no application.intake at all) cannot take applications either.
    counter.office.addAccount(QStringLiteral("reviewer"), QStringLiteral("審査 三"),
                              {Role::Reviewer}, kAllScopes);
    auto reviewer = counter.office.signIn(QStringLiteral("reviewer"));
    REQUIRE(reviewer.ok());
    IntakeService reviewerIntake(reviewer.value()->database().connection(),
                                 reviewer.value()->audit(), reviewer.value()->authorizer(),
                                 counter.office.clock);
    const ProcedureKind* kind = intake.catalog().find(QStringLiteral("care_benefit_new"));
    CHECK(reviewerIntake
              .submit(reviewer.value()->session(),
                      requestFor(*kind, person, test::requiredValues(*kind)))
              .code() == ErrorCode::PermissionDenied);
}

TEST_CASE("Status moves only along the allowed transitions, each by the role that may",
          "[intake][status]")
{
    Counter counter;
    counter.office.addAccount(QStringLiteral("reviewer"), QStringLiteral("審査 三"),
                              {Role::Reviewer}, kAllScopes);
    counter.office.addAccount(QStringLiteral("approver"), QStringLiteral("決裁 四"),
                              {Role::Approver}, kAllScopes);
    const ProcedureKind* kind =
        counter.intake->catalog().find(QStringLiteral("rehabilitation_medical_new"));
    REQUIRE(kind);
    auto submit = [&]() {
        auto taken =
            counter.intake->submit(counter.clerk->session(),
                                   requestFor(*kind, counter.person, test::requiredValues(*kind)));
        REQUIRE(taken.ok());
        return taken->applicationId;
    };
    const QString id = submit();
    const Session clerk = counter.clerk->session();
    auto reviewerWs = counter.office.signIn(QStringLiteral("reviewer"));
    REQUIRE(reviewerWs.ok());
    const Session reviewer = reviewerWs.value()->session();
    auto approverWs = counter.office.signIn(QStringLiteral("approver"));
    REQUIRE(approverWs.ok());
    const Session approver = approverWs.value()->session();
    IntakeService& intake = *counter.intake;
    auto statusOf = [&](const QString& applicationId) {
        return intake.application(clerk, applicationId)->status;
    };

    // Skipping steps is refused whoever asks.
    auto skip = intake.changeStatus(approver, id, ApplicationStatus::Decided);
    CHECK(skip.code() == ErrorCode::InvalidInput);
    CHECK(skip.message().contains(QStringLiteral("'Received' cannot change to 'Decided'")));
    // The clerk may not start the review; the reviewer may.
    CHECK(intake.changeStatus(clerk, id, ApplicationStatus::Reviewing).code() ==
          ErrorCode::PermissionDenied);
    REQUIRE(intake.changeStatus(reviewer, id, ApplicationStatus::Reviewing).ok());
    CHECK(intake.changeStatus(reviewer, id, ApplicationStatus::Rejected).code() ==
          ErrorCode::PermissionDenied); // 却下 is the decision-maker's
    CHECK(intake.changeStatus(approver, id, ApplicationStatus::Rejected).code() ==
          ErrorCode::InvalidInput); // and comes after awaiting_decision
    REQUIRE(intake.changeStatus(reviewer, id, ApplicationStatus::AwaitingDecision).ok());
    CHECK(intake.changeStatus(reviewer, id, ApplicationStatus::Decided).code() ==
          ErrorCode::PermissionDenied);
    REQUIRE(intake.changeStatus(approver, id, ApplicationStatus::Reviewing).ok()); // sent back
    REQUIRE(intake.changeStatus(reviewer, id, ApplicationStatus::AwaitingDecision).ok());
    REQUIRE(intake.changeStatus(approver, id, ApplicationStatus::Decided).ok());
    CHECK(statusOf(id) == ApplicationStatus::Decided);
    // A decided application is final.
    for (ApplicationStatus to : allStatuses())
        CHECK(intake.changeStatus(approver, id, to).code() != ErrorCode::None);
    CHECK(intake.changeStatus(clerk, id, ApplicationStatus::Withdrawn).code() ==
          ErrorCode::InvalidInput);

    auto history = intake.statusHistory(clerk, id);
    REQUIRE(history.ok());
    QStringList path;
    for (const StatusChange& change : history.value())
        path << change.toStatus;
    CHECK(path == QStringList{QStringLiteral("received"), QStringLiteral("reviewing"),
                              QStringLiteral("awaiting_decision"), QStringLiteral("reviewing"),
                              QStringLiteral("awaiting_decision"), QStringLiteral("decided")});
    CHECK(history->at(5).changedBy == approver.accountId);
    CHECK(history->at(5).fromStatus == QStringLiteral("awaiting_decision"));

    // The clerk records a withdrawal (取下げ) of an open one; then it is final too.
    const QString second = submit();
    REQUIRE(intake.changeStatus(clerk, second, ApplicationStatus::Withdrawn).ok());
    CHECK(statusOf(second) == ApplicationStatus::Withdrawn);
    CHECK(intake.changeStatus(reviewer, second, ApplicationStatus::Reviewing).code() ==
          ErrorCode::InvalidInput);
    // A rejection (却下) after review.
    const QString third = submit();
    REQUIRE(intake.changeStatus(reviewer, third, ApplicationStatus::Reviewing).ok());
    REQUIRE(intake.changeStatus(reviewer, third, ApplicationStatus::AwaitingDecision).ok());
    REQUIRE(intake.changeStatus(approver, third, ApplicationStatus::Rejected).ok());
    CHECK(statusOf(third) == ApplicationStatus::Rejected);

    CHECK(intake.changeStatus(clerk, QStringLiteral("missing"), ApplicationStatus::Withdrawn)
              .code() == ErrorCode::NotFound);
    // History rows cannot be rewritten.
    QSqlQuery rewrite(counter.clerk->database().connection());
    CHECK_FALSE(rewrite.exec(QStringLiteral("DELETE FROM application_status_history")));
}

TEST_CASE("Submissions and status changes are audited by id only", "[intake][audit]")
{
    Counter counter;
    const ProcedureKind* kind =
        counter.intake->catalog().find(QStringLiteral("psychiatric_outpatient_new"));
    REQUIRE(kind);
    auto taken = counter.intake->submit(
        counter.clerk->session(), requestFor(*kind, counter.person, test::requiredValues(*kind)));
    REQUIRE(taken.ok());
    REQUIRE(counter.intake
                ->changeStatus(counter.clerk->session(), taken->applicationId,
                               ApplicationStatus::Withdrawn)
                .ok());
    // Whatever is recorded about the application names it by its id, never by a person.
    CHECK(counter.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_id = '%1'")
                            .arg(counter.person)) == 0);
    CHECK(counter.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE purpose LIKE '%試験%' "
                                       "OR object_id LIKE '%試験%'")) == 0);
    if (audit::eventFromCode(u"application.submit", nullptr)) {
        CHECK(counter.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                           "'application.submit' AND object_type = 'application' "
                                           "AND object_id = '%1' AND purpose = "
                                           "'psychiatric_outpatient_new'")
                                .arg(taken->applicationId)) == 1);
    } else {
        WARN("audit/AuditEvent.h has no application.submit yet: submissions are not audited");
    }
    if (audit::eventFromCode(u"application.status", nullptr)) {
        CHECK(counter.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                           "'application.status' AND object_id = '%1' AND "
                                           "purpose = 'received>withdrawn'")
                                .arg(taken->applicationId)) == 1);
    } else {
        WARN("audit/AuditEvent.h has no application.status yet: status changes are not audited");
    }
}
