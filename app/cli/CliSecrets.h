// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "security/SecureBuffer.h"

#include <QString>

namespace madoguchi::cli {

// Secrets never come from argv. When several come from standard input, they are read in this
// order, one per line: the password, the second-factor code, the new account's password. Call the
// readers in that order. An environment variable is wiped and removed once read.

/// The password: a line of standard input when fromStdin, else MADOGUCHI_PASSWORD.
Result<security::SecureBuffer> readPassword(bool fromStdin);
/// The six-digit second-factor code: a line of standard input when fromStdin, else MADOGUCHI_OTP.
/// InvalidInput if missing or not six digits.
Result<QString> readCode(bool fromStdin);
/// A new account's initial password: a line of standard input when fromStdin, else
/// MADOGUCHI_NEW_PASSWORD.
Result<security::SecureBuffer> readNewPassword(bool fromStdin);

} // namespace madoguchi::cli
