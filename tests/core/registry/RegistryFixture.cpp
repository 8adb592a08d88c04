// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryFixture.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace madoguchi::test {

using registry::PersonRegistry;

RegistryDesk::RegistryDesk()
{
    clerk = signInAs(QStringLiteral("clerk1"), {security::Role::Clerk});
    registry = registryFor(*clerk);
}

std::unique_ptr<PersonRegistry> RegistryDesk::registryFor(Workspace& workspace)
{
    return std::make_unique<PersonRegistry>(workspace.database().connection(), workspace.audit(),
                                            workspace.authorizer(), office.clock);
}

std::unique_ptr<Workspace> RegistryDesk::signInAs(const QString& login, QList<security::Role> roles)
{
    office.addAccount(login, QStringLiteral("職員 ") + login, std::move(roles),
                      {security::Scope::WelfareService});
    auto workspace = office.signIn(login);
    INFO(workspace.message().toStdString());
    REQUIRE(workspace.ok());
    return std::move(workspace).value();
}

registry::PersonDraft RegistryDesk::draft()
{
    registry::PersonDraft draft;
    draft.familyName = QStringLiteral("山田");
    draft.givenName = QStringLiteral("太郎");
    draft.familyKana = QStringLiteral("ヤマダ");
    draft.givenKana = QStringLiteral("タロウ");
    draft.birthDate = QDate(1950, 4, 1);
    draft.sex = QStringLiteral("male");
    draft.phone = QStringLiteral("090-1234-5678");
    draft.postalCode = QStringLiteral("0000001");
    draft.address = QStringLiteral("窓口市中央町1丁目2番3号");
    draft.addressSince = QDate(2000, 4, 1);
    return draft;
}

QString RegistryDesk::add(const registry::PersonDraft& draft)
{
    auto registered = registry->registerPerson(clerk->session(), draft,
                                               registry::DuplicateCheck::ConfirmNotDuplicate);
    INFO(registered.message().toStdString());
    REQUIRE(registered.ok());
    REQUIRE(registered->isRegistered());
    return registered->personId;
}

int RegistryDesk::count(const QString& sql)
{
    QSqlQuery query(clerk->database().connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace madoguchi::test
