// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificate/CertificatePayload.h"
#include "certificate/TrustedKeys.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>

namespace madoguchi::certificate {

/// What this device knows about an issued certificate (the local certificate table).
enum class LocalStatus
{
    Unknown,    // not issued here and not synced here: the signature decides alone
    Current,    // issued and not replaced
    Void,       // voided (reissue, cancellation), and the void is confirmed by sync
    Superseded, // a newer issue for the same recipient exists here, its void not yet synced
};

/// The lookup the verifier asks; the certificate print queue plugs the local table in.
class CertificateStatusLookup
{
public:
    virtual ~CertificateStatusLookup() = default;
    virtual LocalStatus statusOf(const CertificateFields& fields) const = 0;
};

/// A lookup over a hash of certificate id → status (tests, and callers with a list at hand).
class MemoryStatusLookup final : public CertificateStatusLookup
{
public:
    void set(const QString& certificateId, LocalStatus status)
    {
        m_status.insert(certificateId, status);
    }
    LocalStatus statusOf(const CertificateFields& fields) const override
    {
        return m_status.value(fields.certificateId, LocalStatus::Unknown);
    }

private:
    QHash<QString, LocalStatus> m_status;
};

/// The answer to "is this certificate genuine and in force?".
enum class Verdict
{
    Valid,             // genuine and in force today
    NotYetValid,       // genuine; its validity starts after today
    SupersededOffline, // genuine and in its period, but this device knows a newer issue
    Expired,           // its validity ended before today, or its device was no longer certified
    Void,              // voided (e.g. reissued)
    Tampered,          // a signature or the chain does not verify
    UnknownKey,        // signed by a key this device does not trust
    Malformed,         // not a readable certificate code
};

/// Stable code of a verdict ("valid", "tampered", …), for the CLI and JSON.
QString verdictCode(Verdict verdict);

struct Verification
{
    Verdict verdict = Verdict::Malformed;
    QString message;                           // a plain translated sentence
    std::optional<CertificatePayload> payload; // when it could be read

    /// Only Valid means "accept it"; SupersededOffline asks for an online check.
    bool isValid() const { return verdict == Verdict::Valid; }
};

/// Offline verification of a certificate code against the trusted issuing keys.
///
/// Order: readable (Malformed) → the signing key is trusted (UnknownKey) → signatures and chain
/// (Tampered; also a key used after its retirement day, or a device key used outside its
/// certificate's period: before it is Tampered, after it is Expired) → the lookup (Void) →
/// validity against today (Expired, NotYetValid) → the lookup (SupersededOffline) → Valid.
class CertificateVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CertificateVerifier)

public:
    /// today is the Japanese calendar day (Clock::todayInJapan()). lookup may be null.
    static Verification verify(QStringView text, const TrustedKeys& trusted, const QDate& today,
                               const CertificateStatusLookup* lookup = nullptr);
};

} // namespace madoguchi::certificate
