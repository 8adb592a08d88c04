// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace madoguchi::ui {

/// The rules a new staff password must meet before it reaches the key derivation.
class PasswordRules
{
    Q_DECLARE_TR_FUNCTIONS(PasswordRules)

public:
    static constexpr int kMinimumLength = 10;

    /// Length in characters (code points), not UTF-16 units.
    static int length(QStringView password);
    /// The first problem with a new password and its confirmation (translated), or an empty
    /// string. An empty password or confirmation is not reported: the field is simply not done.
    static QString problem(QStringView password, QStringView confirmation);
};

} // namespace madoguchi::ui
