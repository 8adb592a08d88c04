// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"

#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace madoguchi::test {

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}

std::unique_ptr<TestDatabase> createTestDatabase()
{
    auto result = std::make_unique<TestDatabase>();
    if (!result->directory.isValid())
        return nullptr;
    result->path = result->directory.filePath(QStringLiteral("test.db"));
    auto created = store::Database::create(result->path, QString::fromLatin1(kAdminLogin),
                                           secret(kAdminPassword), fastKdf());
    if (!created)
        return nullptr;
    result->recoveryCode = created->recoveryCode;
    result->database = std::move(created->database);
    return result;
}

} // namespace madoguchi::test
