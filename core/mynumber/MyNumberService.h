// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "mynumber/IdentityChecks.h"
#include "mynumber/MyNumber.h"
#include "security/SecureBuffer.h"
#include "security/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <random>

namespace madoguchi::store {
class Database;
}
namespace madoguchi::audit {
class AuditLog;
}
namespace madoguchi::security {
class Authorizer;
}

namespace madoguchi::mynumber {

/// What is on record about a person's My Number, without the number itself.
struct MyNumberRecord
{
    QString personId;
    bool provided = false;     // false: the applicant did not provide it
    QString masked;            // ●●●●●●●●1234 when provided
    QString source;            // "counter" | "jukinet"
    QString numberCheck;       // 番号確認 code (numberCheckCode())
    QStringList identityCheck; // 身元確認 document codes
    QString notProvidedReason; // a code of notProvidedReasons()
    QString recordedAt;        // UTC ISO 8601
    QString recordedBy;        // staff account id
    qint64 version = 0;
};

/// A code with its translated label, for the choices the UI offers.
struct Choice
{
    QString code;
    QString label;
};

/// Records, finds and reveals My Numbers (個人番号).
///
/// The number is stored field-encrypted (XChaCha20-Poly1305, bound to the person id) with a keyed
/// BLAKE2b blind index for exact lookup, so neither the table nor the change journal ever holds
/// it in clear. Once this device holds the city-wide My Number key (CityKey, received by
/// sync::FieldKeyExchange), numbers are sealed and indexed under its subkeys, tagged with its key
/// id, so every device opens them and the same number has the same index everywhere. Before
/// that, and for values recorded before it arrived, the database's own subkeys "MYNUMBER" and
/// "MNINDEX1" are used; such values still open, lookups try both indexes, and
/// resealWithCityKey() moves them under the city key. It comes back only
/// through reveal(): mynumber.reveal in the caller's business scope, a stated purpose, an audit
/// record, and a SecureBuffer that the caller wipes (the UI re-masks after 30 s).
class MyNumberService
{
    Q_DECLARE_TR_FUNCTIONS(MyNumberService)

public:
    MyNumberService(store::Database& database, audit::AuditLog& audit,
                    const security::Authorizer& authorizer, const Clock& clock = Clock::system());

    /// Records the number given at the counter (person.edit), after the check digit and the
    /// 番号法16条 checks: numberCheck is one of counterNumberChecks(); identityChecks satisfy
    /// IdentityChecks::check(). Replaces what was on record for the person. AlreadyExists if
    /// another person holds the number; NotFound for an unknown person.
    Status record(const security::Session& session, const QString& personId, QStringView number,
                  NumberCheck numberCheck, const QStringList& identityChecks);
    Status record(const security::Session& session, const QString& personId, const MyNumber& number,
                  NumberCheck numberCheck, const QStringList& identityChecks);
    /// Records a number obtained by 住基ネット照会 (source "jukinet", 番号確認 jukinet_inquiry).
    /// Used by the inquiry import; person.edit.
    Status recordFromJukinet(const security::Session& session, const QString& personId,
                             const MyNumber& number);
    /// Records that the applicant did not provide the number (person.edit); reason is a code of
    /// notProvidedReasons(). AlreadyExists if a number is on record (it is never erased this way).
    Status recordNotProvided(const security::Session& session, const QString& personId,
                             const QString& reason);

    /// The person holding number, by the blind index (person.search; audited as a search by
    /// "mynumber", never with the number). NotFound if nobody; InvalidInput for a bad number.
    Result<QString> findPersonByNumber(const security::Session& session, QStringView number);
    Result<QString> findPersonByNumber(const security::Session& session, const MyNumber& number);
    /// What is on record for a person (person.view). NotFound if nothing was recorded.
    Result<MyNumberRecord> find(const security::Session& session, const QString& personId);
    /// ●●●●●●●●1234 (person.view). NotFound if no number is on record.
    Result<QString> masked(const security::Session& session, const QString& personId);
    /// The 12 ASCII digits in guarded memory: mynumber.reveal in scope (the ledger the work
    /// belongs to), purpose a code of revealPurposes(); audited as mynumber.reveal with the
    /// purpose ("code@scope") and the person id. Never convert the buffer into a long-lived
    /// QString.
    Result<security::SecureBuffer> reveal(const security::Session& session, const QString& personId,
                                          security::Scope scope, const QString& purpose);

    static QList<Choice> revealPurposes();
    static QList<Choice> notProvidedReasons();

    /// The keyed blind index of number (32 bytes) as it is stored now: under the city key when
    /// this device holds it, else under the database's own key. Empty if the key is unavailable.
    QByteArray blindIndex(const MyNumber& number) const;
    /// Every index the number may be stored under here: blindIndex() first, then the database's
    /// own one (for values recorded before the city key arrived). Empty if a key is unavailable.
    QList<QByteArray> blindIndexes(const MyNumber& number) const;
    /// Re-seals every My Number sealed under this database's own key, and its blind index, under
    /// the city key: journaled updates (so they sync), in one transaction. Idempotent (values
    /// under the city key are left alone, as are values sealed by another device's own key,
    /// which that device re-seals itself). Returns how many were re-sealed. NotFound without a
    /// city key. No session: it runs during a sync (sync::FieldKeyExchange).
    static Result<int> resealWithCityKey(store::Database& database,
                                         const Clock& clock = Clock::system());
    /// Demo data only (DemoOptions::onPersonCreated): a fictional number with a valid check
    /// digit, sealed and indexed like a real one, written outside the journal and the audit log.
    Status recordDemo(QSqlDatabase& db, const QString& personId, std::mt19937& random,
                      const QString& recordedBy);

private:
    /// The sealed form under the current key (see blindIndex()); empty on failure.
    QByteArray seal(const QString& personId, const MyNumber& number) const;
    /// The digits of a sealed value of either form; invalid if it does not open here.
    security::SecureBuffer open(const QString& personId, const QByteArray& sealed) const;
    Status store(const security::Session& session, const QString& personId, const MyNumber& number,
                 const QString& source, NumberCheck numberCheck, const QString& identityCheck);
    Result<MyNumberRecord> readRecord(const QString& personId) const;
    Status requirePerson(const QString& personId) const;

    store::Database& m_database;
    audit::AuditLog& m_audit;
    const security::Authorizer& m_authorizer;
    const Clock& m_clock;
};

} // namespace madoguchi::mynumber
