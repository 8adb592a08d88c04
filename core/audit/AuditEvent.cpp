// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditEvent.h"

#include <QCoreApplication>

namespace madoguchi::audit {

namespace {

struct EventInfo
{
    EventType type;
    const char16_t* code;
};

constexpr EventInfo kEvents[] = {
    {EventType::SignInSuccess, u"sign_in.success"},
    {EventType::SignInFailure, u"sign_in.failure"},
    {EventType::SignInLockout, u"sign_in.lockout"},
    {EventType::SignOut, u"sign_out"},
    {EventType::SessionLock, u"session.lock"},
    {EventType::SessionUnlock, u"session.unlock"},
    {EventType::AccountCreate, u"account.create"},
    {EventType::AccountUpdate, u"account.update"},
    {EventType::AccountDisable, u"account.disable"},
    {EventType::AccountUnlock, u"account.unlock"},
    {EventType::AccountResetPassword, u"account.reset_password"},
    {EventType::AccountResetTotp, u"account.reset_totp"},
    {EventType::PermissionChange, u"permission.change"},
    {EventType::PermissionDenied, u"permission.denied"},
    {EventType::PersonView, u"person.view"},
    {EventType::PersonSearch, u"person.search"},
    {EventType::MyNumberReveal, u"mynumber.reveal"},
    {EventType::Print, u"print"},
    {EventType::Export, u"export"},
    {EventType::AuditExport, u"audit.export"},
    {EventType::DatabaseRekey, u"database.rekey"},
    {EventType::ApprovalDraft, u"approval.draft"},
    {EventType::ApprovalApprove, u"approval.approve"},
    {EventType::LedgerView, u"ledger.view"},
    {EventType::MyNumberRecord, u"mynumber.record"},
    {EventType::JukinetImport, u"jukinet.import"},
    {EventType::PersonCreate, u"person.create"},
    {EventType::PersonUpdate, u"person.update"},
    {EventType::PersonMerge, u"person.merge"},
    {EventType::ApplicationSubmit, u"application.submit"},
    {EventType::ApplicationStatus, u"application.status"},
    {EventType::SettingsChange, u"settings.change"},
    {EventType::LedgerAppend, u"ledger.append"},
    {EventType::CertificateIssue, u"certificate.issue"},
    {EventType::CertificateHandOver, u"certificate.hand_over"},
    {EventType::CertificateVoid, u"certificate.void"},
    {EventType::IssuingKeyCreate, u"issuing_key.create"},
    {EventType::DeviceEnrol, u"device.enrol"},
    {EventType::DeviceRevoke, u"device.revoke"},
    {EventType::SyncRun, u"sync.run"},
    {EventType::ConflictResolve, u"conflict.resolve"},
    {EventType::CentralSignIn, u"staff.central_sign_in"},
    {EventType::StaffSync, u"staff.sync"},
    {EventType::DeviceRecover, u"device.recover"},
    {EventType::FieldKeyGrant, u"field_key.grant"},
    {EventType::SyncPackage, u"sync.package"},
    {EventType::CaseAssign, u"case.assign"},
    {EventType::DuplicateCandidate, u"person.duplicate_candidate"},
};

} // namespace

QString eventCode(EventType type)
{
    for (const auto& info : kEvents) {
        if (info.type == type)
            return QString::fromUtf16(info.code);
    }
    return {};
}

bool eventFromCode(QStringView code, EventType* type)
{
    for (const auto& info : kEvents) {
        if (code == QStringView(info.code)) {
            if (type)
                *type = info.type;
            return true;
        }
    }
    return false;
}

QList<EventType> allEventTypes()
{
    QList<EventType> types;
    for (const auto& info : kEvents)
        types.append(info.type);
    return types;
}

QString eventLabel(EventType type)
{
    switch (type) {
    case EventType::SignInSuccess:
        return QCoreApplication::translate("madoguchi::audit", "Signed in");
    case EventType::SignInFailure:
        return QCoreApplication::translate("madoguchi::audit", "Sign-in failed");
    case EventType::SignInLockout:
        return QCoreApplication::translate("madoguchi::audit",
                                           "Account locked after failed sign-ins");
    case EventType::SignOut:
        return QCoreApplication::translate("madoguchi::audit", "Signed out");
    case EventType::SessionLock:
        return QCoreApplication::translate("madoguchi::audit", "Session locked");
    case EventType::SessionUnlock:
        return QCoreApplication::translate("madoguchi::audit", "Session unlocked");
    case EventType::AccountCreate:
        return QCoreApplication::translate("madoguchi::audit", "Account created");
    case EventType::AccountUpdate:
        return QCoreApplication::translate("madoguchi::audit", "Account changed");
    case EventType::AccountDisable:
        return QCoreApplication::translate("madoguchi::audit", "Account disabled");
    case EventType::AccountUnlock:
        return QCoreApplication::translate("madoguchi::audit", "Account unlocked");
    case EventType::AccountResetPassword:
        return QCoreApplication::translate("madoguchi::audit", "Password reset");
    case EventType::AccountResetTotp:
        return QCoreApplication::translate("madoguchi::audit", "Second factor reset");
    case EventType::PermissionChange:
        return QCoreApplication::translate("madoguchi::audit", "Permissions changed");
    case EventType::PermissionDenied:
        return QCoreApplication::translate("madoguchi::audit", "Permission refused");
    case EventType::PersonView:
        return QCoreApplication::translate("madoguchi::audit", "Person's record viewed");
    case EventType::PersonSearch:
        return QCoreApplication::translate("madoguchi::audit", "Person search");
    case EventType::MyNumberReveal:
        return QCoreApplication::translate("madoguchi::audit", "My Number revealed");
    case EventType::Print:
        return QCoreApplication::translate("madoguchi::audit", "Printed");
    case EventType::Export:
        return QCoreApplication::translate("madoguchi::audit", "Exported");
    case EventType::AuditExport:
        return QCoreApplication::translate("madoguchi::audit", "Audit log exported");
    case EventType::DatabaseRekey:
        return QCoreApplication::translate("madoguchi::audit", "Database key changed");
    case EventType::ApprovalDraft:
        return QCoreApplication::translate("madoguchi::audit", "Drafted for approval");
    case EventType::ApprovalApprove:
        return QCoreApplication::translate("madoguchi::audit", "Approved");
    case EventType::LedgerView:
        return QCoreApplication::translate("madoguchi::audit", "Ledger viewed");
    case EventType::MyNumberRecord:
        return QCoreApplication::translate("madoguchi::audit", "My Number recorded");
    case EventType::PersonCreate:
        return QCoreApplication::translate("madoguchi::audit", "Person registered");
    case EventType::PersonUpdate:
        return QCoreApplication::translate("madoguchi::audit", "Person's data changed");
    case EventType::PersonMerge:
        return QCoreApplication::translate("madoguchi::audit", "Person records merged");
    case EventType::ApplicationSubmit:
        return QCoreApplication::translate("madoguchi::audit", "Application received");
    case EventType::ApplicationStatus:
        return QCoreApplication::translate("madoguchi::audit", "Application status changed");
    case EventType::SettingsChange:
        return QCoreApplication::translate("madoguchi::audit", "Setting changed");
    case EventType::LedgerAppend:
        return QCoreApplication::translate("madoguchi::audit", "Ledger entry recorded");
    case EventType::CertificateIssue:
        return QCoreApplication::translate("madoguchi::audit", "Certificate issued");
    case EventType::CertificateHandOver:
        return QCoreApplication::translate("madoguchi::audit", "Certificate handed over or mailed");
    case EventType::CertificateVoid:
        return QCoreApplication::translate("madoguchi::audit", "Certificate made void");
    case EventType::IssuingKeyCreate:
        return QCoreApplication::translate("madoguchi::audit", "Issuing key created");
    case EventType::DeviceEnrol:
        return QCoreApplication::translate("madoguchi::audit", "Device enrolled");
    case EventType::DeviceRevoke:
        return QCoreApplication::translate("madoguchi::audit", "Device enrolment revoked");
    case EventType::SyncRun:
        return QCoreApplication::translate("madoguchi::audit",
                                           "Synchronized with the central store");
    case EventType::ConflictResolve:
        return QCoreApplication::translate("madoguchi::audit", "Sync conflict resolved");
    case EventType::CentralSignIn:
        return QCoreApplication::translate("madoguchi::audit",
                                           "First sign-in on this device, checked centrally");
    case EventType::StaffSync:
        return QCoreApplication::translate("madoguchi::audit",
                                           "Staff account changes received from the central store");
    case EventType::DeviceRecover:
        return QCoreApplication::translate("madoguchi::audit", "Device database recovered");
    case EventType::FieldKeyGrant:
        return QCoreApplication::translate("madoguchi::audit",
                                           "City-wide My Number key received or granted");
    case EventType::SyncPackage:
        return QCoreApplication::translate("madoguchi::audit", "Sync package written or read");
    case EventType::CaseAssign:
        return QCoreApplication::translate("madoguchi::audit",
                                           "Case assigned to an outreach device or taken back");
    case EventType::DuplicateCandidate:
        return QCoreApplication::translate("madoguchi::audit",
                                           "Possible duplicate person found or settled");
    case EventType::JukinetImport:
        return QCoreApplication::translate(
            "madoguchi::audit", "Resident registry network (住基ネット) results imported");
    }
    return {};
}

QString outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::Failure:
        return QStringLiteral("failure");
    case Outcome::Denied:
        return QStringLiteral("denied");
    }
    return {};
}

bool outcomeFromCode(QStringView code, Outcome* outcome)
{
    for (Outcome candidate : {Outcome::Success, Outcome::Failure, Outcome::Denied}) {
        if (code == outcomeCode(candidate)) {
            if (outcome)
                *outcome = candidate;
            return true;
        }
    }
    return false;
}

QString outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QCoreApplication::translate("madoguchi::audit", "Success");
    case Outcome::Failure:
        return QCoreApplication::translate("madoguchi::audit", "Failure");
    case Outcome::Denied:
        return QCoreApplication::translate("madoguchi::audit", "Refused");
    }
    return {};
}

} // namespace madoguchi::audit
