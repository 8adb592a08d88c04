// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionPagesFixture.h"

#include "IntakeTestSupport.h"
#include "intake/IntakeService.h"

namespace madoguchi::test {

namespace {

std::unique_ptr<Workspace> signedIn(Office& office, const QString& login)
{
    auto workspace = office.signIn(login);
    INFO(workspace.message().toStdString());
    REQUIRE(workspace.ok());
    return std::move(workspace).value();
}

} // namespace

DecisionDesk::DecisionDesk()
{
    using security::Role;
    const QList<security::Scope> all = security::allScopes();
    office.addAccount(QStringLiteral("clerk"), QStringLiteral("窓口 一"), {Role::Clerk}, all);
    office.addAccount(QStringLiteral("reviewer"), QStringLiteral("審査 二"), {Role::Reviewer}, all);
    office.addAccount(QStringLiteral("both"), QStringLiteral("審査 三"),
                      {Role::Reviewer, Role::Approver}, all);
    office.addAccount(QStringLiteral("approver"), QStringLiteral("決裁 四"), {Role::Approver}, all);
    office.addAccount(QStringLiteral("wreviewer"), QStringLiteral("審査 五"), {Role::Reviewer},
                      {security::Scope::WelfareService});
    clerk = signedIn(office, QStringLiteral("clerk"));
    reviewer = signedIn(office, QStringLiteral("reviewer"));
    both = signedIn(office, QStringLiteral("both"));
    approver = signedIn(office, QStringLiteral("approver"));
    welfareReviewer = signedIn(office, QStringLiteral("wreviewer"));
    office.leaseRecipientBlocks();
}

const intake::ProcedureKind* DecisionDesk::procedureOf(security::Scope scope)
{
    for (const intake::ProcedureKind& kind : intake::ProcedureCatalog::builtIn().procedures()) {
        if (kind.scope == scope && !kind.code.contains(QStringLiteral("child")))
            return &kind;
    }
    return nullptr;
}

QString DecisionDesk::application(security::Scope scope, QString* personId)
{
    const intake::ProcedureKind* procedure = procedureOf(scope);
    REQUIRE(procedure);
    const QString person =
        addPerson(*clerk, QStringLiteral("0000000003%1").arg(++persons, 2, 10, QChar(u'0')));
    if (personId)
        *personId = person;
    intake::IntakeService intake(clerk->database().connection(), clerk->audit(),
                                 clerk->authorizer(), office.clock);
    intake::IntakeRequest request;
    request.procedureCode = procedure->code;
    request.personId = person;
    request.receivedOn = QDate(2025, 7, 10).addDays(persons);
    request.fields = requiredValues(*procedure);
    request.attachments = allAttachments(*procedure);
    auto taken = intake.submit(clerk->session(), request);
    INFO(taken.message().toStdString());
    REQUIRE(taken.ok());
    return taken->applicationId;
}

} // namespace madoguchi::test
