// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceFixture.h"

#include "intake/NumberBlocks.h"
#include "ledger/RecipientNumbers.h"
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

void Office::leaseRecipientBlocks()
{
    using ledger::RecipientNumberKind;
    ledger::RecipientNumbers numbers(
        admin->database().connection(),
        intake::NumberBlocks::localPrefixFor(admin->audit().deviceId()), admin->authorizer(),
        clock);
    for (const security::Scope ledger : security::allScopes()) {
        const QString digit = QString::number(int(ledger) + 1);
        for (const RecipientNumberKind kind :
             {RecipientNumberKind::RecipientNumber, RecipientNumberKind::CertificateNumber}) {
            // Bodies 1x0001–1x0999 (受給者番号) and 200x000001–200x000999 (受給者証番号).
            const QString prefix = kind == RecipientNumberKind::RecipientNumber
                                       ? QStringLiteral("1") + digit
                                       : QStringLiteral("200") + digit;
            auto leased = numbers.leaseBlock(admin->session(), kind, ledger, prefix, 1, 999,
                                             intake::BlockOrigin::Central);
            INFO(leased.message().toStdString());
            REQUIRE(leased.ok());
        }
    }
}

} // namespace madoguchi::test
