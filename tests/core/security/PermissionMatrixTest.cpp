// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PermissionMatrix.h"

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::security;

namespace {

Session sessionWith(QList<Role> roles, QList<Scope> scopes)
{
    Session session;
    session.accountId = QStringLiteral("id");
    session.login = QStringLiteral("someone");
    session.roles = std::move(roles);
    session.scopes = std::move(scopes);
    return session;
}

} // namespace

TEST_CASE("The shipped permission table loads and names every role", "[permissions]")
{
    const PermissionMatrix& matrix = PermissionMatrix::builtIn();
    REQUIRE(matrix.entries().size() >= 10);
    QList<Role> seen;
    for (const auto& entry : matrix.entries())
        for (Role role : entry.roles)
            if (!seen.contains(role))
                seen << role;
    CHECK(seen.size() == allRoles().size());
}

TEST_CASE("A permission is the intersection of role and scope", "[permissions]")
{
    const PermissionMatrix& matrix = PermissionMatrix::builtIn();
    const Session clerk = sessionWith({Role::Clerk}, {Scope::WelfareService, Scope::Devices});
    CHECK(matrix.allows(clerk, QStringLiteral("ledger.view"), Scope::WelfareService));
    CHECK_FALSE(matrix.allows(clerk, QStringLiteral("ledger.view"), Scope::MedicalPsychiatric));
    CHECK_FALSE(matrix.allows(clerk, QStringLiteral("decision.approve"), Scope::WelfareService));
    CHECK_FALSE(matrix.allows(clerk, QStringLiteral("staff.manage")));
    CHECK_FALSE(matrix.allows(clerk, QStringLiteral("no.such_permission")));

    const Session approver = sessionWith({Role::Approver}, {Scope::MedicalPsychiatric});
    CHECK(matrix.allows(approver, QStringLiteral("decision.approve"), Scope::MedicalPsychiatric));
    CHECK_FALSE(matrix.allows(approver, QStringLiteral("decision.approve"), Scope::Devices));

    const Session admin = sessionWith({Role::Administrator}, {});
    CHECK(matrix.allows(admin, QStringLiteral("staff.manage")));
    CHECK_FALSE(matrix.allows(admin, QStringLiteral("audit.view")));
    CHECK_FALSE(matrix.allows(Session{}, QStringLiteral("person.search")));
}

TEST_CASE("Malformed permission tables are refused with the line", "[permissions]")
{
    const QString header = QStringLiteral("permission\tscoped\troles\tdescription\n");
    CHECK(PermissionMatrix::parse(QString()).code() == ErrorCode::InvalidInput);
    CHECK(PermissionMatrix::parse(header + QStringLiteral("a.b\tyes\tclerk\tok\n")).ok());

    const auto wrongColumns = PermissionMatrix::parse(header + QStringLiteral("a.b\tyes\tclerk\n"));
    CHECK(wrongColumns.code() == ErrorCode::InvalidInput);
    CHECK(wrongColumns.message().contains(QStringLiteral("line 2")));
    CHECK(PermissionMatrix::parse(header + QStringLiteral("a.b\tmaybe\tclerk\tx\n")).code() ==
          ErrorCode::InvalidInput);
    CHECK(PermissionMatrix::parse(header + QStringLiteral("a.b\tno\twizard\tx\n")).code() ==
          ErrorCode::InvalidInput);
    CHECK(PermissionMatrix::parse(header + QStringLiteral("a.b\tno\t\tx\n")).code() ==
          ErrorCode::InvalidInput);
    CHECK(PermissionMatrix::parse(header + QStringLiteral("a.b\tno\tclerk\tx\na.b\tno\tclerk\tx\n"))
              .code() == ErrorCode::InvalidInput);
    CHECK(PermissionMatrix::parse(QStringLiteral("a.b\tno\tclerk\tx\n")).code() ==
          ErrorCode::InvalidInput);
    CHECK(PermissionMatrix::parse(header + QStringLiteral("Bad Name\tno\tclerk\tx\n")).code() ==
          ErrorCode::InvalidInput);
}
