// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "security/SecureBuffer.h"

namespace madoguchi::cli {

/// The password from standard input (first line) when fromStdin, else from MADOGUCHI_PASSWORD,
/// which is wiped from the environment once read. Never from argv.
Result<security::SecureBuffer> readPassword(bool fromStdin);

} // namespace madoguchi::cli
