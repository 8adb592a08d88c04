// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../workspace/WorkspaceFixture.h"
#include "mynumber/MyNumberService.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace madoguchi::test {

/// A person row with plausible values in every required column, by plain SQL (the registry's
/// service is not what these tests are about). Returns its id.
QString insertPerson(QSqlDatabase db);

/// An office with a signed-in clerk (clerk, welfare_service) and the My Number service on the
/// clerk's workspace.
struct MyNumberDesk
{
    Office office;
    std::unique_ptr<Workspace> clerk;
    std::unique_ptr<mynumber::MyNumberService> numbers;

    MyNumberDesk();
    const security::Session& session() const { return clerk->session(); }
    QSqlDatabase db() const { return clerk->database().connection(); }
    /// The first column of the first row of sql, or an invalid QVariant.
    QVariant scalar(const QString& sql) const;
};

} // namespace madoguchi::test
