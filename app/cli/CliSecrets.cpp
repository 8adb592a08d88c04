// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSecrets.h"

#include "CliCommands.h"
#include "security/Totp.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace madoguchi::cli {

namespace {

constexpr std::size_t kMaxSecretBytes = 1024;

/// One line of standard input, byte by byte into guarded memory: no stdio line buffer of ours
/// holds the secret. An empty buffer at end of input.
Result<security::SecureBuffer> readStdinLine()
{
    security::SecureBuffer buffer(kMaxSecretBytes);
    if (!buffer.isValid())
        return Error{ErrorCode::Crypto, CliCommands::tr("Secure memory is not available.")};
    std::size_t length = 0;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
        if (length == kMaxSecretBytes)
            return Error{
                ErrorCode::InvalidInput,
                CliCommands::tr("A line of standard input is too long for a password or code.")};
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    buffer.truncate(length);
    return buffer;
}

/// The value of an environment variable in guarded memory; the variable is wiped and removed.
security::SecureBuffer takeEnvironment(const char* name)
{
    char* value = std::getenv(name);
    if (!value || !*value)
        return security::SecureBuffer(0);
    const std::size_t length = std::strlen(value);
    auto buffer = security::SecureBuffer::copyOf(value, length);
    sodium_memzero(value, length);
    ::unsetenv(name);
    return buffer;
}

Result<security::SecureBuffer> readSecret(bool fromStdin, const char* variable,
                                          const QString& missingOnStdin,
                                          const QString& missingEverywhere)
{
    if (fromStdin) {
        auto line = readStdinLine();
        if (line && line->isEmpty())
            return Error{ErrorCode::InvalidInput, missingOnStdin};
        return line;
    }
    security::SecureBuffer value = takeEnvironment(variable);
    if (value.isEmpty())
        return Error{ErrorCode::InvalidInput, missingEverywhere};
    if (!value.isValid())
        return Error{ErrorCode::Crypto, CliCommands::tr("Secure memory is not available.")};
    return value;
}

} // namespace

Result<security::SecureBuffer> readPassword(bool fromStdin)
{
    return readSecret(
        fromStdin, "MADOGUCHI_PASSWORD", CliCommands::tr("No password on standard input."),
        CliCommands::tr("Give the password in MADOGUCHI_PASSWORD or with --password-stdin."));
}

Result<QString> readCode(bool fromStdin)
{
    auto secret = readSecret(
        fromStdin, "MADOGUCHI_OTP", CliCommands::tr("No second-factor code on standard input."),
        CliCommands::tr("Give the six-digit code from the authenticator app in "
                        "MADOGUCHI_OTP or with --otp-stdin."));
    if (!secret)
        return secret.error();
    // A one-time code is worthless after its 30 seconds, so a QString may hold it.
    const QString code = QString::fromLatin1(reinterpret_cast<const char*>(secret->data()),
                                             static_cast<qsizetype>(secret->size()))
                             .trimmed();
    bool digitsOnly = code.size() == security::Totp::kDigits;
    for (const QChar c : code)
        digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
    if (!digitsOnly)
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr(
                         "The second-factor code is the six digits the authenticator app shows.")};
    return code;
}

Result<security::SecureBuffer> readNewPassword(bool fromStdin)
{
    return readSecret(
        fromStdin, "MADOGUCHI_NEW_PASSWORD",
        CliCommands::tr("No password for the new account on standard input."),
        CliCommands::tr("Give the new account's password in MADOGUCHI_NEW_PASSWORD or with "
                        "--new-password-stdin."));
}

} // namespace madoguchi::cli
