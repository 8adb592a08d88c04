// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/PasswordRules.h"

namespace madoguchi::ui {

int PasswordRules::length(QStringView password)
{
    int count = 0;
    for (const QChar c : password) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

QString PasswordRules::problem(QStringView password, QStringView confirmation)
{
    if (password.isEmpty())
        return {};
    if (length(password) < kMinimumLength)
        return tr("The password must be at least %n characters long.", nullptr, kMinimumLength);
    if (confirmation.isEmpty())
        return {};
    if (password != confirmation)
        return tr("The two passwords do not match.");
    return {};
}

} // namespace madoguchi::ui
