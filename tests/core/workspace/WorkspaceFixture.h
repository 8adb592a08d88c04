// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/SecureBuffer.h"
#include "security/Session.h"
#include "workspace/Workspace.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace madoguchi::test {

/// A database with a signed-in first administrator, on a clock the test moves.
struct Office
{
    static constexpr char kPassword[] = "correct horse battery";

    QTemporaryDir dir;
    QString path;
    FixedClock clock{QDateTime(QDate(2025, 7, 18), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Workspace> admin;
    QHash<QString, QByteArray> secrets; // login → TOTP secret (tests only)

    Office();

    /// The current code for login; delta steps of 30 s from now.
    QString code(const QString& login, int delta = 0) const;
    /// Creates an account as the administrator; its password is kPassword.
    void addAccount(const QString& login, const QString& displayName, QList<security::Role> roles,
                    QList<security::Scope> scopes);
    /// Signs login in on its own workspace (the clock moves 30 s first, so codes never repeat).
    Result<std::unique_ptr<Workspace>> signIn(const QString& login,
                                              const char* password = kPassword);
    /// Leases, as the administrator, a central block of 受給者番号 and one of 受給者証番号 for
    /// every ledger (999 numbers each), so approving a first grant can issue numbers.
    void leaseRecipientBlocks();
};

} // namespace madoguchi::test
