// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/SecureBuffer.h"
#include "security/Session.h"
#include "security/StaffAccounts.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QString>
#include <QTemporaryDir>
#include <QWidget>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

namespace Catch {
/// Readable QStrings in failure messages.
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace madoguchi::test {

inline constexpr char kAdminLogin[] = "yamada.hanako";
inline constexpr char kAdminPassword[] = "correct horse battery";

/// Processes events until condition() holds or timeoutMs passed; returns condition().
bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 30000);

/// A database in a temporary folder with one administrator (kAdminLogin / kAdminPassword), at
/// libsodium's minimum KDF cost.
struct TestDatabase
{
    QTemporaryDir directory;
    QString path;
    QString recoveryCode;
    std::unique_ptr<store::Database> database;
};
std::unique_ptr<TestDatabase> createTestDatabase();

inline constexpr char kAdminDisplayName[] = "山田 花子";
inline constexpr char kStaffPassword[] = "staff password 2024";

/// A database whose first administrator (kAdminLogin, kAdminDisplayName) exists, with a second
/// factor whose secret the test knows; signed in as the administrator unless asked otherwise.
struct TestWorkspace
{
    std::unique_ptr<TestDatabase> base;
    QString path;
    security::SecureBuffer adminSecret;   // invalid when created without a second factor
    std::unique_ptr<Workspace> workspace; // null when not signed in
};
std::unique_ptr<TestWorkspace> createTestWorkspace(bool signedIn = true,
                                                   bool withSecondFactor = true);

/// The authenticator app's code for secret now, and a code that is wrong in every step the
/// check accepts.
QString codeNow(const security::SecureBuffer& secret);
QString wrongCode(const security::SecureBuffer& secret);

/// A copy of a second-factor secret (enrolments are move-only).
security::SecureBuffer copySecret(const security::SecureBuffer& secret);

/// Creates a staff account (password kStaffPassword) as the signed-in administrator; returns the
/// secret of its second factor (already saved), or an invalid buffer on failure.
security::SecureBuffer addStaff(Workspace& administrator, const QString& login,
                                const QList<security::Role>& roles,
                                const QList<security::Scope>& scopes = {});

/// Signs login in with kStaffPassword and the code for secret; null on failure (reported).
std::unique_ptr<Workspace> signInStaff(const QString& path, const QString& login,
                                       const security::SecureBuffer& secret);

/// The child named objectName of type T; fails the test if there is none.
template <typename T> T* child(const QObject* parent, const char* objectName)
{
    return parent->findChild<T*>(QString::fromLatin1(objectName));
}

} // namespace madoguchi::test
