// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/SecureBuffer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <string>

namespace madoguchi::test {

/// One QSQLCIPHER connection under a unique name; closed and removed at scope end. Declare
/// QSqlQuery objects after it so that they go first.
class CipherConnection
{
public:
    /// Opens path; applies key (if given) with setConnectionKey before opening.
    explicit CipherConnection(const QString& path, const security::SecureBuffer* key = nullptr,
                              const QString& connectOptions = {});
    ~CipherConnection();
    CipherConnection(const CipherConnection&) = delete;
    CipherConnection& operator=(const CipherConnection&) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase& db() { return m_db; }
    /// Runs one statement; REQUIREs success and says which statement failed and why.
    void exec(const QString& sql);
    /// First column of the first row of sql (invalid QVariant if none or on error).
    QVariant scalar(const QString& sql);

private:
    QString m_name;
    QSqlDatabase m_db;
};

/// A 32-byte test key whose bytes are seed, seed + 1, … (test-only, never a real key).
security::SecureBuffer testKey(unsigned char seed);

/// A QSqlQuery that REQUIREs prepare() to succeed.
QSqlQuery prepared(QSqlDatabase& db, const QString& sql);

} // namespace madoguchi::test

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
