// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"

#include <memory>

namespace madoguchi::store {
class Database;
}
namespace madoguchi::audit {
class AuditLog;
class DeviceIdentity;
} // namespace madoguchi::audit
namespace madoguchi::security {
class Authorizer;
}

namespace madoguchi::sync {

/// What a service needs on a worker thread: a Database of its own on the signed-in database's
/// file and key (store::Database::openForThisThread), this device's identity, an audit writer
/// and an authorizer on that connection. Open it on the worker and destroy it there.
struct ThreadServices
{
    std::unique_ptr<store::Database> database;
    std::unique_ptr<audit::DeviceIdentity> device;
    std::unique_ptr<audit::AuditLog> audit;
    std::unique_ptr<security::Authorizer> authorizer;

    static Result<std::unique_ptr<ThreadServices>> open(const store::Database& source,
                                                        const Clock& clock);
    ~ThreadServices();
};

} // namespace madoguchi::sync
