// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include "store/SqlCipherDriver.h"

#include <QFile>
#include <QLocale>

#include <cstring>

namespace madoguchi::test {

void prepareTestProcess()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    security::initializeSodium();
    store::registerSqlCipherDriver();
}

security::SecureBuffer secret(const char* text)
{
    return security::SecureBuffer::copyOf(text, std::strlen(text));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace madoguchi::test
