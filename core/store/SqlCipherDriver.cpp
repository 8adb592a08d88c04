// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlCipherDriver.h"

#include "security/SecureBuffer.h"
#include "store/sqlcipher/SqlCipherDriverImpl.h"

#include <mutex>

namespace madoguchi::store {

namespace {

sqlcipher::SqlCipherDriver* cipherDriver(const QSqlDatabase& db)
{
    return qobject_cast<sqlcipher::SqlCipherDriver*>(db.driver());
}

} // namespace

void registerSqlCipherDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kSqlCipherDriverName),
                                        new QSqlDriverCreator<sqlcipher::SqlCipherDriver>);
    });
}

bool setConnectionKey(QSqlDatabase& db, const security::SecureBuffer& rawKey)
{
    sqlcipher::SqlCipherDriver* driver = cipherDriver(db);
    if (!driver || db.isOpen())
        return false;
    return driver->setPendingKey(rawKey);
}

bool rekeyConnection(QSqlDatabase& db, const security::SecureBuffer& newRawKey, QString* error)
{
    sqlcipher::SqlCipherDriver* driver = cipherDriver(db);
    if (!driver) {
        if (error)
            *error = sqlcipher::SqlCipherDriver::tr("Not a %1 connection")
                         .arg(QString::fromLatin1(kSqlCipherDriverName));
        return false;
    }
    return driver->rekey(newRawKey, error);
}

bool isSqlCipherLibrary(const QSqlDatabase& db)
{
    const sqlcipher::SqlCipherDriver* driver = cipherDriver(db);
    return driver && driver->hasCipherVersion();
}

} // namespace madoguchi::store
