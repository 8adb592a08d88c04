// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <utility>

namespace madoguchi::audit {

/// What happened. Codes are stable: they are stored in audit_log.event and read by auditors.
enum class EventType
{
    SignInSuccess,        // sign_in.success
    SignInFailure,        // sign_in.failure
    SignInLockout,        // sign_in.lockout
    SignOut,              // sign_out
    SessionLock,          // session.lock
    SessionUnlock,        // session.unlock
    AccountCreate,        // account.create
    AccountUpdate,        // account.update
    AccountDisable,       // account.disable
    AccountUnlock,        // account.unlock
    AccountResetPassword, // account.reset_password
    AccountResetTotp,     // account.reset_totp
    PermissionChange,     // permission.change
    PermissionDenied,     // permission.denied
    PersonView,           // person.view: every view of a person's record
    PersonSearch,         // person.search: purpose holds the kind of query, never its text
    MyNumberReveal,       // mynumber.reveal: purpose holds the reason given
    Print,                // print
    Export,               // export
    AuditExport,          // audit.export
    DatabaseRekey,        // database.rekey
    ApprovalDraft,        // approval.draft: an action drafted for a second person's approval
    ApprovalApprove,      // approval.approve: approved by a different person (maker-checker)
    LedgerView,           // ledger.view: a benefit ledger read
    MyNumberRecord,       // mynumber.record: a My Number (or that none was given) recorded
    JukinetImport,        // jukinet.import: a 住基ネット result file imported
    PersonCreate,         // person.create: a person registered
    PersonUpdate,         // person.update: a person's data changed (history kept)
    PersonMerge,          // person.merge: two records of one person merged
    ApplicationSubmit,    // application.submit: an application received (受付)
    ApplicationStatus,    // application.status: an application's status changed
    SettingsChange,       // settings.change: an administrator changed a setting
    LedgerAppend,         // ledger.append: an entry appended to a benefit ledger (purpose: kind)
    CertificateIssue,     // certificate.issue: a certificate or notice issued (or reissued)
    CertificateHandOver,  // certificate.hand_over: a certificate handed over or mailed
    CertificateVoid,      // certificate.void: a certificate made void (reissue, cancellation)
    IssuingKeyCreate,     // issuing_key.create: a certificate-issuing key created or rotated
    DeviceEnrol,          // device.enrol: a device enrolled with the central store
    DeviceRevoke,         // device.revoke: a device's enrolment revoked
    SyncRun,              // sync.run: a synchronization with the central store
    ConflictResolve,      // conflict.resolve: a sync conflict resolved by a person
    CentralSignIn,        // staff.central_sign_in: first sign-in on this device, proved centrally
    StaffSync,            // staff.sync: central account changes (roles, state) applied here
    DeviceRecover,        // device.recover: an administrator opened a device's database centrally
    FieldKeyGrant,        // field_key.grant: the city-wide My Number key received or granted
    SyncPackage,          // sync.package: a sync package written or read (sync by file)
    CaseAssign,           // case.assign: a case assigned to or taken from an outreach device
    DuplicateCandidate,   // person.duplicate_candidate: a possible duplicate found or settled
};

/// How it ended. Stored in audit_log.outcome.
enum class Outcome
{
    Success, // success
    Failure, // failure
    Denied,  // denied: a permission refusal
};

QString eventCode(EventType type);
bool eventFromCode(QStringView code, EventType* type);
QList<EventType> allEventTypes();
/// The translated name an auditor reads in the viewer.
QString eventLabel(EventType type);

QString outcomeCode(Outcome outcome);
bool outcomeFromCode(QStringView code, Outcome* outcome);
QString outcomeLabel(Outcome outcome);

/// One event to record. Never the personal data itself: people and objects are named by id.
/// account is the acting staff login; leave it empty when the login is unknown (a failed
/// sign-in with an unknown name must not store what was typed: it may be a password).
/// purpose is the purpose or reason where one is asked for (a code or a short chosen reason),
/// and for a search the kind of query ("kana_name", "recipient_number"), never its text.
struct AuditEvent
{
    QString event;      // eventCode()
    QString account;    // staff login, may be empty
    QString objectType; // e.g. "person", "staff_account", "application"; lower-case code
    QString objectId;   // the object's id (UUID, application number), never a name
    QString purpose;
    QString outcome; // outcomeCode()

    static AuditEvent of(EventType type, Outcome outcome, QString account, QString objectType = {},
                         QString objectId = {}, QString purpose = {})
    {
        return {eventCode(type),     std::move(account), std::move(objectType),
                std::move(objectId), std::move(purpose), outcomeCode(outcome)};
    }
};

} // namespace madoguchi::audit
