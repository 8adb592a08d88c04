// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing typed is lost: the form autosaves a draft, which comes back after the program is gone,
// to the same clerk only, and leaves with the submission.
#include "IntakeTestSupport.h"
#include "WorkspaceFixture.h"
#include "intake/IntakeService.h"

#include <QDir>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::intake;
using namespace madoguchi::security;
using test::Office;

namespace {

QJsonObject halfTypedForm()
{
    // As a form holds it mid-entry: partly filled, one value not yet valid.
    return QJsonObject{{QStringLiteral("person_id"), QStringLiteral("p-1")},
                       {QStringLiteral("fields"),
                        QJsonObject{{QStringLiteral("device_kind"), QStringLiteral("wheelchair")},
                                    {QStringLiteral("estimate_amount"), QStringLiteral("12万")}}},
                       {QStringLiteral("attachments"), QJsonArray{QStringLiteral("estimate")}}};
}

} // namespace

TEST_CASE("A draft is saved, updated and comes back after the program was gone", "[intake][drafts]")
{
    Office office;
    office.addAccount(QStringLiteral("clerk"), QStringLiteral("窓口 一"), {Role::Clerk},
                      {Scope::Devices});
    QString draftId;
    {
        auto clerk = office.signIn(QStringLiteral("clerk"));
        REQUIRE(clerk.ok());
        Workspace& ws = *clerk.value();
        IntakeService intake(ws.database().connection(), ws.audit(), ws.authorizer(), office.clock);
        auto saved = intake.saveDraft(ws.session(), {}, QStringLiteral("prosthetic_device"),
                                      QJsonObject{{QStringLiteral("fields"), QJsonObject()}});
        REQUIRE(saved.ok());
        draftId = saved.value();
        office.clock.advanceMs(5000);
        QJsonObject form = halfTypedForm();
        auto again =
            intake.saveDraft(ws.session(), draftId, QStringLiteral("prosthetic_device"), form);
        REQUIRE(again.ok());
        CHECK(again.value() == draftId);
        auto loaded = intake.loadDraft(ws.session(), draftId);
        REQUIRE(loaded.ok());
        CHECK(loaded->form == form);
        CHECK(loaded->version == 2);
        // Drafts are scratch state of this device: not in the sync outbox.
        CHECK(test::count(ws, QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                             "'intake_draft'")) == 0);
        // The workspace goes away without signing out, as in a crash or a forced quit.
    }
    // Nothing was written beside the database.
    const QStringList files = QDir(office.dir.path()).entryList(QDir::Files);
    for (const QString& file : files) {
        INFO(file.toStdString());
        CHECK(file.startsWith(QStringLiteral("office.db")));
    }

    auto clerk = office.signIn(QStringLiteral("clerk"));
    REQUIRE(clerk.ok());
    Workspace& ws = *clerk.value();
    IntakeService intake(ws.database().connection(), ws.audit(), ws.authorizer(), office.clock);
    auto drafts = intake.drafts(ws.session());
    REQUIRE(drafts.ok());
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->first().id == draftId);
    CHECK(drafts->first().procedureCode == QStringLiteral("prosthetic_device"));
    CHECK(drafts->first().form == halfTypedForm());
    CHECK(drafts->first().updatedAt > drafts->first().createdAt);

    REQUIRE(intake.discardDraft(ws.session(), draftId).ok());
    CHECK(intake.drafts(ws.session())->isEmpty());
    CHECK(intake.loadDraft(ws.session(), draftId).code() == ErrorCode::NotFound);
    CHECK(intake.saveDraft(ws.session(), draftId, QStringLiteral("prosthetic_device"), {}).code() ==
          ErrorCode::NotFound);
}

TEST_CASE("Drafts belong to one staff account and need the procedure's scope",
          "[intake][drafts][access]")
{
    Office office;
    office.addAccount(QStringLiteral("alice"), QStringLiteral("窓口 一"), {Role::Clerk},
                      {Scope::WelfareService, Scope::Devices});
    office.addAccount(QStringLiteral("bob"), QStringLiteral("窓口 二"), {Role::Clerk},
                      {Scope::WelfareService, Scope::Devices});
    auto alice = office.signIn(QStringLiteral("alice"));
    REQUIRE(alice.ok());
    auto bob = office.signIn(QStringLiteral("bob"));
    REQUIRE(bob.ok());
    Workspace& ws = *alice.value();
    IntakeService intake(ws.database().connection(), ws.audit(), ws.authorizer(), office.clock);
    const Session aliceSession = ws.session();
    const Session bobSession = bob.value()->session();

    auto aliceDraft =
        intake.saveDraft(aliceSession, {}, QStringLiteral("care_benefit_new"), halfTypedForm());
    REQUIRE(aliceDraft.ok());
    auto bobDraft = intake.saveDraft(bobSession, {}, QStringLiteral("mobility_support"), {});
    REQUIRE(bobDraft.ok());

    CHECK(intake.loadDraft(bobSession, aliceDraft.value()).code() == ErrorCode::NotFound);
    CHECK(intake.saveDraft(bobSession, aliceDraft.value(), QStringLiteral("care_benefit_new"), {})
              .code() == ErrorCode::NotFound);
    CHECK(intake.discardDraft(bobSession, aliceDraft.value()).code() == ErrorCode::NotFound);
    REQUIRE(intake.drafts(aliceSession)->size() == 1);
    CHECK(intake.drafts(aliceSession)->first().id == aliceDraft.value());
    CHECK(intake.loadDraft(aliceSession, aliceDraft.value())->form == halfTypedForm());
    REQUIRE(intake.drafts(bobSession)->size() == 1);
    CHECK(intake.drafts(bobSession)->first().id == bobDraft.value());

    // Not even a draft of a procedure outside one's scopes, or of no procedure at all.
    CHECK(intake.saveDraft(aliceSession, {}, QStringLiteral("psychiatric_outpatient_new"), {})
              .code() == ErrorCode::PermissionDenied);
    CHECK(intake.saveDraft(aliceSession, {}, QStringLiteral("nonsense"), {}).code() ==
          ErrorCode::InvalidInput);
    const QString huge(int(IntakeService::kMaxDraftBytes), u'x');
    CHECK(intake
              .saveDraft(aliceSession, {}, QStringLiteral("care_benefit_new"),
                         QJsonObject{{QStringLiteral("note"), huge}})
              .code() == ErrorCode::InvalidInput);
    CHECK(test::count(ws, QStringLiteral("SELECT count(*) FROM intake_draft")) == 2);
}

TEST_CASE("Submitting from a draft discards it; a refused submission keeps it", "[intake][drafts]")
{
    Office office;
    office.addAccount(QStringLiteral("clerk"), QStringLiteral("窓口 一"), {Role::Clerk},
                      {Scope::Devices});
    auto clerk = office.signIn(QStringLiteral("clerk"));
    REQUIRE(clerk.ok());
    Workspace& ws = *clerk.value();
    IntakeService intake(ws.database().connection(), ws.audit(), ws.authorizer(), office.clock);
    const ProcedureKind* kind = intake.catalog().find(QStringLiteral("daily_living_equipment"));
    REQUIRE(kind);
    auto draft = intake.saveDraft(ws.session(), {}, kind->code, halfTypedForm());
    REQUIRE(draft.ok());

    IntakeRequest request;
    request.procedureCode = kind->code;
    request.personId = test::addPerson(ws, QStringLiteral("000000000301"));
    request.receivedOn = QDate(2025, 7, 18);
    request.channel = Channel::Outreach;
    request.draftId = draft.value();
    FieldErrors errors;
    CHECK(intake.submit(ws.session(), request, &errors).code() == ErrorCode::InvalidInput);
    CHECK_FALSE(errors.isEmpty());
    CHECK(intake.loadDraft(ws.session(), draft.value()).ok()); // the form is still there

    request.fields = test::requiredValues(*kind);
    auto taken = intake.submit(ws.session(), request, &errors);
    INFO(taken.message().toStdString());
    REQUIRE(taken.ok());
    CHECK(errors.isEmpty());
    CHECK(intake.loadDraft(ws.session(), draft.value()).code() == ErrorCode::NotFound);
    CHECK(intake.application(ws.session(), taken->applicationId)->channel == Channel::Outreach);
}
