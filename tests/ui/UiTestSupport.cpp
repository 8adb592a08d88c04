// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"

#include "security/Totp.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

namespace madoguchi::test {

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}

std::unique_ptr<TestDatabase> createTestDatabase()
{
    auto result = std::make_unique<TestDatabase>();
    if (!result->directory.isValid())
        return nullptr;
    result->path = result->directory.filePath(QStringLiteral("test.db"));
    auto created = store::Database::create(result->path, QString::fromLatin1(kAdminLogin),
                                           secret(kAdminPassword), fastKdf());
    if (!created)
        return nullptr;
    result->recoveryCode = created->recoveryCode;
    result->database = std::move(created->database);
    return result;
}

std::unique_ptr<TestWorkspace> createTestWorkspace(bool signedIn, bool withSecondFactor)
{
    auto result = std::make_unique<TestWorkspace>();
    result->base = createTestDatabase();
    if (!result->base)
        return nullptr;
    result->path = result->base->path;
    auto attached = Workspace::attach(std::move(result->base->database));
    if (!attached) {
        UNSCOPED_INFO(attached.message().toStdString());
        return nullptr;
    }
    std::unique_ptr<Workspace> workspace = std::move(attached.value());
    auto administrator =
        workspace->staff().createFirstAdministrator(QString::fromUtf8(kAdminDisplayName));
    if (!administrator) {
        UNSCOPED_INFO(administrator.message().toStdString());
        return nullptr;
    }
    if (withSecondFactor) {
        auto enrolment = workspace->staff().newEnrolment();
        if (!enrolment || !workspace->staff().saveEnrolment(enrolment.value()).ok())
            return nullptr;
        result->adminSecret = copySecret(enrolment->secret);
    }
    if (signedIn && withSecondFactor) {
        if (Status status = workspace->completeSignIn(codeNow(result->adminSecret)); !status) {
            UNSCOPED_INFO(status.message().toStdString());
            return nullptr;
        }
        result->workspace = std::move(workspace);
    } else {
        (void)workspace->signOut();
    }
    return result;
}

QString codeNow(const security::SecureBuffer& secret)
{
    return security::Totp::codeAt(secret, security::Totp::stepAt(QDateTime::currentDateTimeUtc()));
}

QString wrongCode(const security::SecureBuffer& secret)
{
    const qint64 step = security::Totp::stepAt(QDateTime::currentDateTimeUtc());
    QStringList accepted;
    for (qint64 near = step - 2; near <= step + 2; ++near)
        accepted.append(security::Totp::codeAt(secret, near));
    int candidate = (accepted.at(2).toInt() + 500000) % 1000000;
    QString code;
    do {
        code = QStringLiteral("%1").arg(candidate, 6, 10, QLatin1Char('0'));
        candidate = (candidate + 1) % 1000000;
    } while (accepted.contains(code));
    return code;
}

security::SecureBuffer copySecret(const security::SecureBuffer& secret)
{
    return security::SecureBuffer::copyOf(secret.data(), secret.size());
}

security::SecureBuffer addStaff(Workspace& administrator, const QString& login,
                                const QList<security::Role>& roles,
                                const QList<security::Scope>& scopes)
{
    security::NewStaffAccount account;
    account.login = login;
    account.displayName = QStringLiteral("職員 ") + login;
    account.roles = roles;
    account.scopes = scopes;
    auto created =
        administrator.staff().create(administrator.session(), account, secret(kStaffPassword));
    if (!created) {
        UNSCOPED_INFO(created.message().toStdString());
        return {};
    }
    return copySecret(created->secret);
}

std::unique_ptr<Workspace> signInStaff(const QString& path, const QString& login,
                                       const security::SecureBuffer& totpSecret)
{
    auto signedIn = Workspace::signIn(path, login, secret(kStaffPassword), codeNow(totpSecret));
    if (!signedIn) {
        UNSCOPED_INFO(signedIn.message().toStdString());
        return nullptr;
    }
    return std::move(signedIn.value());
}

} // namespace madoguchi::test
