// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceFixture.h"

#include "security/Totp.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

namespace madoguchi::test {

Office::Office() : path(dir.filePath(QStringLiteral("office.db")))
{
    auto created =
        store::Database::create(path, QStringLiteral("admin"), secret(kPassword), fastKdf());
    REQUIRE(created.ok());
    auto workspace = Workspace::attach(std::move(created->database), clock);
    REQUIRE(workspace.ok());
    admin = std::move(workspace).value();
    admin->staff().setSlotKdf(fastKdf());
    REQUIRE(admin->staff().createFirstAdministrator(QStringLiteral("管理 一郎")).ok());
    auto enrolment = admin->staff().newEnrolment();
    REQUIRE(enrolment.ok());
    secrets.insert(QStringLiteral("admin"),
                   QByteArray(reinterpret_cast<const char*>(enrolment->secret.data()),
                              int(enrolment->secret.size())));
    const Status enrolled =
        admin->completeEnrolment(enrolment.value(), code(QStringLiteral("admin")));
    INFO(enrolled.message().toStdString());
    REQUIRE(enrolled.ok());
}

QString Office::code(const QString& login, int delta) const
{
    const QByteArray raw = secrets.value(login);
    const auto secret = security::SecureBuffer::copyOf(raw.constData(), std::size_t(raw.size()));
    return security::Totp::codeAt(secret, security::Totp::stepAt(clock.nowUtc()) + delta);
}

void Office::addAccount(const QString& login, const QString& displayName,
                        QList<security::Role> roles, QList<security::Scope> scopes)
{
    security::NewStaffAccount account{login, displayName, std::move(roles), std::move(scopes)};
    auto enrolment = admin->staff().create(admin->session(), account, secret(kPassword));
    INFO(enrolment.message().toStdString());
    REQUIRE(enrolment.ok());
    secrets.insert(login, QByteArray(reinterpret_cast<const char*>(enrolment->secret.data()),
                                     int(enrolment->secret.size())));
}

Result<std::unique_ptr<Workspace>> Office::signIn(const QString& login, const char* password)
{
    clock.advanceMs(30'000);
    return Workspace::signIn(path, login, secret(password), code(login), clock);
}

} // namespace madoguchi::test
