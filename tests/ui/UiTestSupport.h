// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

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

/// The child named objectName of type T; fails the test if there is none.
template <typename T> T* child(const QObject* parent, const char* objectName)
{
    return parent->findChild<T*>(QString::fromLatin1(objectName));
}

} // namespace madoguchi::test
