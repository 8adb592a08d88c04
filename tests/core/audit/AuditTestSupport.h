// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "audit/DeviceIdentity.h"
#include "base/Clock.h"
#include "security/SecureBuffer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>
#include <catch2/catch.hpp>
#include <optional>
#include <string>

namespace madoguchi::test {

/// A keyed, migrated database file with a known raw key (so the sqlcipher shell can open it),
/// this device's identity and a fixed clock. Closed and removed at scope end.
class AuditStore
{
public:
    AuditStore();
    ~AuditStore();
    AuditStore(const AuditStore&) = delete;
    AuditStore& operator=(const AuditStore&) = delete;

    QSqlDatabase& db() { return m_db; }
    const QString& path() const { return m_path; }
    FixedClock& clock() { return m_clock; }
    const security::SecureBuffer& wrapKey() const { return m_wrapKey; }
    const audit::DeviceIdentity& device();
    /// An audit log on this store writing a checkpoint every `every` records.
    audit::AuditLog log(int every = 100);

    /// Appends count varied records, one minute apart.
    void appendMany(audit::AuditLog& log, int count);
    /// REQUIREs that sql runs.
    void exec(const QString& sql);
    /// REQUIREs that sql runs with these values bound.
    void exec(const QString& sql, const QVariantList& values);
    /// The first column of the first row.
    QVariant scalar(const QString& sql);
    /// Drops the append-only triggers, as someone holding the raw key could.
    void dropAppendOnlyTriggers();

    /// Closes the Qt connection (e.g. before the sqlcipher shell writes the file), and reopens.
    void close();
    void reopen();
    /// Runs the sqlcipher shell on the file with the raw key; returns stdout + stderr.
    QString runShell(const QString& sql);

private:
    QTemporaryDir m_dir;
    QString m_name;
    QString m_path;
    security::SecureBuffer m_key;
    security::SecureBuffer m_wrapKey;
    QSqlDatabase m_db;
    FixedClock m_clock;
    std::optional<audit::DeviceIdentity> m_device;
};

/// The event the n-th generated record carries.
audit::AuditEvent sampleEvent(int n);

} // namespace madoguchi::test

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
