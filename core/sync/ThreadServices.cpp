// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ThreadServices.h"

#include "audit/AuditLog.h"
#include "audit/DeviceIdentity.h"
#include "security/Authorizer.h"
#include "store/Database.h"

namespace madoguchi::sync {

Result<std::unique_ptr<ThreadServices>> ThreadServices::open(const store::Database& source,
                                                             const Clock& clock)
{
    auto services = std::make_unique<ThreadServices>();
    auto database = source.openForThisThread();
    if (!database)
        return database.error();
    services->database = std::move(database).value();
    auto device = audit::DeviceIdentity::loadOrCreate(
        services->database->connection(), services->database->subkey("DEVICEKY"), clock);
    if (!device)
        return device.error();
    services->device = std::make_unique<audit::DeviceIdentity>(std::move(device).value());
    services->audit = std::make_unique<audit::AuditLog>(services->database->connection(),
                                                        *services->device, clock);
    services->authorizer = std::make_unique<security::Authorizer>(*services->audit);
    return services;
}

// The authorizer and the audit writer go before the connection they use.
ThreadServices::~ThreadServices()
{
    authorizer.reset();
    audit.reset();
    device.reset();
    database.reset();
}

} // namespace madoguchi::sync
