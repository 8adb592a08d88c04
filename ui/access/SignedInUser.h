// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace madoguchi::ui {

/// Who opened the database in this window, for the status bar and the lock screen.
struct SignedInUser
{
    QString login;
    QString displayName;          // may be empty until accounts carry one
    bool viaRecoveryCode = false; // opened with the recovery code, not a password
};

} // namespace madoguchi::ui
