// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspaceFixture.h"
#include "intake/ProcedureCatalog.h"
#include "security/Session.h"

#include <QString>
#include <catch2/catch.hpp>

#include <memory>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace madoguchi::test {

/// An office with a clerk, a reviewer, a reviewer who is also an approver, an approver (all in
/// every scope) and a reviewer limited to welfare services, each signed in on their own
/// workspace.
struct DecisionDesk
{
    Office office;
    std::unique_ptr<Workspace> clerk;
    std::unique_ptr<Workspace> reviewer;
    std::unique_ptr<Workspace> both;
    std::unique_ptr<Workspace> approver;
    std::unique_ptr<Workspace> welfareReviewer;
    int persons = 0;

    DecisionDesk();

    /// The first shipped procedure of scope.
    static const intake::ProcedureKind* procedureOf(security::Scope scope);
    /// A new person and an application of theirs in scope, as the clerk takes it; the
    /// application's id, and the person's id in personId if given.
    QString application(security::Scope scope = security::Scope::WelfareService,
                        QString* personId = nullptr);
};

} // namespace madoguchi::test
