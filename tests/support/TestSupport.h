// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/KeySlotFile.h"
#include "security/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace madoguchi::test {

/// Registers our SQL driver, initializes libsodium, pins the locale to English.
void prepareTestProcess();

/// A password in guarded memory.
security::SecureBuffer secret(const char* text);

/// Argon2id at libsodium's minimum cost: unit tests only, so a suite stays fast.
inline security::KdfParams fastKdf()
{
    return security::KdfParams::minimum();
}

/// The whole file's bytes ("" if unreadable).
QByteArray readAll(const QString& path);

} // namespace madoguchi::test
