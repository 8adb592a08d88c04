// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspaceFixture.h"
#include "registry/Person.h"

#include <QString>
#include <catch2/catch.hpp>

#include <functional>
#include <memory>

class QWidget;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace madoguchi::test {

/// An office with a signed-in clerk (窓口担当) in every business scope, for the issue-4 pages.
struct PagesDesk
{
    Office office;
    std::unique_ptr<Workspace> clerk;

    PagesDesk();

    /// Signs in a new account with these roles and scopes.
    std::unique_ptr<Workspace> signInAs(const QString& login, QList<security::Role> roles,
                                        QList<security::Scope> scopes);
    /// Registers a person as the clerk; returns the id.
    QString addPerson(const QString& familyName, const QString& givenName,
                      const QString& familyKana, const QString& givenKana, QDate birthDate,
                      const QString& sex = QStringLiteral("male"));
    /// One number from the database (count(*) and the like).
    qint64 scalar(const QString& sql);
};

/// Processes events until condition() holds or timeoutMs passed; returns condition().
bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 5000);
/// Lets timers and queued events run for ms.
void settle(int ms);
/// A key press and release, as a keyboard sends them.
void pressKey(QWidget* widget, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
/// Text committed through an input method (IME), as Japanese input arrives.
void commitText(QWidget* widget, const QString& text);

} // namespace madoguchi::test
