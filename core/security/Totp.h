// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/SecureBuffer.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace madoguchi::security {

/// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) as ordinary authenticator apps
/// make them: HMAC-SHA-1, 30-second steps, 6 digits.
class Totp
{
public:
    static constexpr int kStepSeconds = 30;
    static constexpr int kDigits = 6;
    static constexpr std::size_t kSecretSize = 20; // 160 bits, RFC 4226's recommendation

    /// A new random secret.
    static SecureBuffer newSecret();
    /// The time step of an instant: floor(unix seconds / 30).
    static qint64 stepAt(const QDateTime& instant);
    /// The code for a step (digits 6..8), zero-padded.
    static QString codeAt(const SecureBuffer& secret, qint64 step, int digits = kDigits);
    /// The step within ±window of now whose code equals code, if any (constant-time compare per
    /// step). The caller refuses a step at or below the last one accepted (replay).
    static std::optional<qint64> matchStep(const SecureBuffer& secret, QStringView code,
                                           const QDateTime& now, int window = 1);
    /// otpauth://totp/ISSUER:ACCOUNT?secret=BASE32&issuer=ISSUER&algorithm=SHA1&digits=6&period=30
    static QString provisioningUri(const SecureBuffer& secret, const QString& issuer,
                                   const QString& account);
};

} // namespace madoguchi::security
