// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/SignInGuard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcSignInGuard, "madoguchi.security.signin", QtWarningMsg)

namespace madoguchi::security {

namespace {
constexpr qint64 kMaxFileSize = 1024 * 1024;
constexpr int kMaxPendingEvents = 10000;
} // namespace

struct SignInGuard::State
{
    LockoutPolicy policy;
    QJsonObject accounts; // login → {"failures": n, "lockedUntil": iso}
    QJsonArray pending;   // [{"event", "account", "outcome", "purpose", "at"}]
};

SignInGuard::SignInGuard(QString databasePath, const Clock& clock)
    : m_path(databasePath + QStringLiteral(".signin")), m_clock(clock)
{}

SignInGuard::State SignInGuard::load() const
{
    State state;
    QFile file(m_path);
    if (!file.exists())
        return state;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileSize) {
        qCWarning(lcSignInGuard) << "sign-in state unreadable; starting afresh";
        return state;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        // A damaged file must not block everyone, nor silently forget: record that it happened.
        qCWarning(lcSignInGuard) << "sign-in state damaged; starting afresh";
        state.pending.append(QJsonObject{
            {QStringLiteral("event"), audit::eventCode(audit::EventType::SignInFailure)},
            {QStringLiteral("outcome"), audit::outcomeCode(audit::Outcome::Failure)},
            {QStringLiteral("purpose"), QStringLiteral("signin_state_damaged")},
            {QStringLiteral("at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)}});
        return state;
    }
    const QJsonObject root = document.object();
    const QJsonObject policy = root.value(QStringLiteral("policy")).toObject();
    state.policy.maxFailures =
        qBound(1, policy.value(QStringLiteral("maxFailures")).toInt(state.policy.maxFailures), 100);
    state.policy.lockMinutes = qBound(
        1, policy.value(QStringLiteral("lockMinutes")).toInt(state.policy.lockMinutes), 24 * 60);
    state.accounts = root.value(QStringLiteral("accounts")).toObject();
    state.pending = root.value(QStringLiteral("pending")).toArray();
    return state;
}

void SignInGuard::save(const State& state) const
{
    QJsonObject root{{QStringLiteral("format"), 1},
                     {QStringLiteral("policy"),
                      QJsonObject{{QStringLiteral("maxFailures"), state.policy.maxFailures},
                                  {QStringLiteral("lockMinutes"), state.policy.lockMinutes}}},
                     {QStringLiteral("accounts"), state.accounts},
                     {QStringLiteral("pending"), state.pending}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSignInGuard) << "sign-in state could not be written";
        return;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcSignInGuard) << "sign-in state could not be saved";
}

Status SignInGuard::checkNotLocked(const QString& login) const
{
    const QDateTime until = lockedUntil(login);
    if (until.isValid() && until > m_clock.nowUtc())
        return Error{
            ErrorCode::AccountLocked,
            tr("This account is locked after too many failed sign-ins until %1. Ask an "
               "administrator to unlock it sooner.")
                .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat))};
    return {};
}

bool SignInGuard::recordFailure(const QString& login, const QString& reason)
{
    State state = load();
    QJsonObject account = state.accounts.value(login).toObject();
    const int failures = account.value(QStringLiteral("failures")).toInt() + 1;
    account.insert(QStringLiteral("failures"), failures);
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    auto pend = [&](audit::EventType type, const QString& purpose) {
        if (state.pending.size() >= kMaxPendingEvents)
            return;
        state.pending.append(
            QJsonObject{{QStringLiteral("event"), audit::eventCode(type)},
                        {QStringLiteral("account"), login},
                        {QStringLiteral("outcome"), audit::outcomeCode(audit::Outcome::Failure)},
                        {QStringLiteral("purpose"), purpose},
                        {QStringLiteral("at"), now}});
    };
    pend(audit::EventType::SignInFailure, reason);
    const bool locks = failures >= state.policy.maxFailures;
    if (locks) {
        account.insert(QStringLiteral("lockedUntil"),
                       m_clock.nowUtc()
                           .addSecs(qint64(state.policy.lockMinutes) * 60)
                           .toString(Qt::ISODateWithMs));
        account.insert(QStringLiteral("failures"), 0);
        pend(audit::EventType::SignInLockout, reason);
    }
    state.accounts.insert(login, account);
    save(state);
    return locks;
}

void SignInGuard::recordRefusedWhileLocked(const QString& login)
{
    State state = load();
    if (state.pending.size() < kMaxPendingEvents) {
        state.pending.append(QJsonObject{
            {QStringLiteral("event"), audit::eventCode(audit::EventType::SignInFailure)},
            {QStringLiteral("account"), login},
            {QStringLiteral("outcome"), audit::outcomeCode(audit::Outcome::Failure)},
            {QStringLiteral("purpose"), QStringLiteral("account_locked")},
            {QStringLiteral("at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)}});
    }
    save(state);
}

void SignInGuard::recordUnknownAccount()
{
    State state = load();
    if (state.pending.size() < kMaxPendingEvents) {
        state.pending.append(QJsonObject{
            {QStringLiteral("event"), audit::eventCode(audit::EventType::SignInFailure)},
            {QStringLiteral("outcome"), audit::outcomeCode(audit::Outcome::Failure)},
            {QStringLiteral("purpose"), QStringLiteral("unknown_account")},
            {QStringLiteral("at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)}});
    }
    save(state);
}

void SignInGuard::recordSuccess(const QString& login)
{
    State state = load();
    if (!state.accounts.contains(login))
        return;
    state.accounts.remove(login);
    save(state);
}

void SignInGuard::unlock(const QString& login)
{
    recordSuccess(login);
}

void SignInGuard::lock(const QString& login, const QDateTime& lockedUntilUtc)
{
    State state = load();
    QJsonObject account = state.accounts.value(login).toObject();
    account.insert(QStringLiteral("lockedUntil"), lockedUntilUtc.toString(Qt::ISODateWithMs));
    state.accounts.insert(login, account);
    save(state);
}

int SignInGuard::failures(const QString& login) const
{
    return load().accounts.value(login).toObject().value(QStringLiteral("failures")).toInt();
}

QDateTime SignInGuard::lockedUntil(const QString& login) const
{
    const QString text =
        load().accounts.value(login).toObject().value(QStringLiteral("lockedUntil")).toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

LockoutPolicy SignInGuard::policy() const
{
    return load().policy;
}

void SignInGuard::setPolicy(const LockoutPolicy& policy)
{
    State state = load();
    state.policy.maxFailures = qBound(1, policy.maxFailures, 100);
    state.policy.lockMinutes = qBound(1, policy.lockMinutes, 24 * 60);
    save(state);
}

QList<SignInGuard::PendingEvent> SignInGuard::takePendingEvents()
{
    State state = load();
    QList<PendingEvent> events;
    for (const QJsonValue& value : std::as_const(state.pending)) {
        const QJsonObject object = value.toObject();
        audit::EventType type;
        if (!audit::eventFromCode(object.value(QStringLiteral("event")).toString(), &type))
            continue; // not one we wrote
        PendingEvent pending;
        pending.event.event = audit::eventCode(type);
        pending.event.account = object.value(QStringLiteral("account")).toString().left(64);
        pending.event.outcome = audit::outcomeCode(audit::Outcome::Failure);
        pending.event.purpose = object.value(QStringLiteral("purpose")).toString().left(64);
        pending.occurredAtUtc =
            QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        events << pending;
    }
    if (!state.pending.isEmpty()) {
        state.pending = QJsonArray();
        save(state);
    }
    return events;
}

} // namespace madoguchi::security
