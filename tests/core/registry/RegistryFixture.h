// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspaceFixture.h"
#include "registry/PersonRegistry.h"

#include <memory>

namespace madoguchi::test {

/// An office with a signed-in clerk (窓口担当) and the registry on the clerk's workspace.
struct RegistryDesk
{
    Office office;
    std::unique_ptr<Workspace> clerk;
    std::unique_ptr<registry::PersonRegistry> registry;

    RegistryDesk();

    /// A registry acting through another workspace (another person's session and audit log).
    std::unique_ptr<registry::PersonRegistry> registryFor(Workspace& workspace);
    /// Signs in a new account with these roles.
    std::unique_ptr<Workspace> signInAs(const QString& login, QList<security::Role> roles);

    /// A valid draft: 山田 太郎, ヤマダ タロウ, 1950-04-01, male.
    static registry::PersonDraft draft();
    /// Registers draft() with changes, checking it succeeded; returns the id.
    QString add(const registry::PersonDraft& draft);

    int count(const QString& sql);
};

} // namespace madoguchi::test
