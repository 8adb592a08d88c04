// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace madoguchi::ui {

/// Who is signed in, for the lock screen.
struct SignedInUser
{
    QString login;
    QString displayName;
};

} // namespace madoguchi::ui
