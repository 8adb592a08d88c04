// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintDeskFixture.h"

#include "certificate/IssuingKeys.h"

namespace madoguchi::test {

PrintDesk::PrintDesk()
{
    Workspace& admin = *office().admin;
    certificate::IssuingKeys keys(admin.database(), admin.audit(), admin.authorizer(),
                                  office().clock);
    auto created = keys.create(admin.session());
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
}

certificate::CertificateService PrintDesk::service(Workspace& workspace)
{
    return certificate::CertificateService(workspace.database().connection(), workspace.audit(),
                                           workspace.authorizer(), office().clock);
}

QString PrintDesk::recipient(const QString& familyName, const QString& givenName,
                             const QString& familyKana, const QString& givenKana, QDate from,
                             QDate to)
{
    const QString id = ledgers.person(familyName, givenName, familyKana, givenKana);
    ledgers.grant(id, security::Scope::WelfareService, from, to, 9300);
    return id;
}

QString PrintDesk::request(const QString& personId)
{
    auto queue = service(clerk());
    auto requested =
        queue.request(clerk().session(), clerk().database(), security::Scope::WelfareService,
                      personId, certificate::DocumentKind::WelfareService);
    INFO(requested.message().toStdString());
    REQUIRE(requested.ok());
    return requested.value();
}

certificate::Certificate PrintDesk::certificate(const QString& certificateId)
{
    auto loaded =
        certificate::CertificateService::load(clerk().database().connection(), certificateId);
    INFO(loaded.message().toStdString());
    REQUIRE(loaded.ok());
    return loaded.value();
}

} // namespace madoguchi::test
