// SPDX-License-Identifier: GPL-3.0-or-later
// A database of its own in the throwaway PostgreSQL cluster that ctest starts (fixture
// madoguchi_pg, tests/support/pg-cluster.sh).
#pragma once

#include "sync/CentralAdmin.h"
#include "sync/CentralConnection.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace madoguchi::test {

/// The cluster's administrator URL (…/postgres), from the file named by
/// MADOGUCHI_TEST_PG_URL_FILE. Fails the test when it is missing: run the test through ctest.
QString clusterAdminUrl();

/// A fresh, migrated central database (CREATE DATABASE with a random name); dropped again,
/// with the device roles made in it, when the object goes.
class ScratchCentral
{
public:
    explicit ScratchCentral(bool migrate = true);
    ~ScratchCentral();
    ScratchCentral(const ScratchCentral&) = delete;
    ScratchCentral& operator=(const ScratchCentral&) = delete;

    /// The owner's (administrator's) URL of this database.
    QString adminUrlText() const { return m_url; }
    sync::CentralUrl adminUrl() const;
    /// A new owner connection.
    std::unique_ptr<sync::CentralConnection> admin() const;
    /// A device enrolled with CentralAdmin (a random id and key), with its credentials.
    sync::DeviceCredentials enrollDevice(const QString& name = QStringLiteral("test device"),
                                         sync::DeviceKind kind = sync::DeviceKind::Counter) const;
    /// A connection as that device's role.
    std::unique_ptr<sync::CentralConnection> connectAs(const sync::DeviceCredentials& device) const;
    /// The device URL text (user and password in it) for that device.
    sync::CentralUrl deviceUrl(const sync::DeviceCredentials& device) const;
    /// The tables of the madoguchi schema.
    QStringList tables() const;
    /// The first column of the first row of sql, run as the owner.
    QVariant scalar(const QString& sql) const;

private:
    QString m_name;
    QString m_url;
};

} // namespace madoguchi::test
