// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/SecureBuffer.h"

#include <QString>
#include <cstddef>

namespace madoguchi::security {

/// RFC 4648 base32 (alphabet A–Z, 2–7) without padding, for recovery codes.
/// Decoding works on digit values in guarded memory so the secret never passes through a QString.
namespace base32 {

/// The encoding of size bytes at data, upper case, unpadded (ceil(8 * size / 5) characters).
QString encode(const unsigned char* data, std::size_t size);

/// The value 0–31 of an upper-case base32 character, or -1 if it is not one.
int digitValue(char16_t c);

/// Packs count digit values (each 0–31) into bytes, most significant bit first. count * 5 must be a
/// multiple of 8; returns an invalid buffer otherwise or if a digit is out of range.
SecureBuffer decodeDigits(const unsigned char* digits, std::size_t count);

} // namespace base32
} // namespace madoguchi::security
