// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSecrets.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace madoguchi::cli {

namespace {
constexpr std::size_t kMaxPasswordBytes = 1024;
} // namespace

Result<security::SecureBuffer> readPassword(bool fromStdin)
{
    if (fromStdin) {
        security::SecureBuffer buffer(kMaxPasswordBytes);
        if (!buffer.isValid())
            return Error{ErrorCode::Crypto,
                         QCoreApplication::translate("Cli", "Secure memory is not available.")};
        std::size_t length = 0;
        int c = 0;
        // Byte by byte into guarded memory: no stdio line buffer of ours holds the password.
        while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
            if (length == kMaxPasswordBytes)
                return Error{ErrorCode::InvalidInput,
                             QCoreApplication::translate("Cli", "The password is too long.")};
            buffer.data()[length++] = static_cast<unsigned char>(c);
        }
        if (length > 0 && buffer.data()[length - 1] == '\r')
            --length;
        buffer.truncate(length);
        if (length == 0)
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("Cli", "No password on standard input.")};
        return buffer;
    }
    char* value = std::getenv("MADOGUCHI_PASSWORD");
    if (!value || !*value)
        return Error{
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Cli", "Give the password in MADOGUCHI_PASSWORD or with --password-stdin.")};
    const std::size_t length = std::strlen(value);
    auto buffer = security::SecureBuffer::copyOf(value, length);
    sodium_memzero(value, length);
    ::unsetenv("MADOGUCHI_PASSWORD");
    return buffer;
}

} // namespace madoguchi::cli
