// SPDX-License-Identifier: GPL-3.0-or-later
#include "MyNumberTestSupport.h"

#include "store/Uuid7.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <catch2/catch.hpp>

namespace madoguchi::test {

QString insertPerson(QSqlDatabase db)
{
    const QString id = store::newUuid7();
    QSqlQuery info(db);
    REQUIRE(info.exec(QStringLiteral("PRAGMA table_info(person)")));
    QStringList names;
    QVariantList values;
    while (info.next()) {
        const QString name = info.value(1).toString();
        const bool notNull = info.value(3).toInt() == 1;
        const bool hasDefault = !info.value(4).isNull();
        if (name == u"id") {
            names << name;
            values << id;
        } else if (notNull && !hasDefault) {
            names << name;
            if (name == u"version")
                values << 1;
            else if (name == u"sex")
                values << QStringLiteral("female");
            else if (name.endsWith(u"date"))
                values << QStringLiteral("1980-04-01");
            else if (name.endsWith(u"_at"))
                values << QStringLiteral("2025-07-18T09:00:00.000Z");
            else // unique where it must be: every text column carries the id
                values << QString(QStringLiteral("テスト") + id);
        }
    }
    REQUIRE(!names.isEmpty());
    QStringList marks;
    marks.fill(QStringLiteral("?"), names.size());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO person (%1) VALUES (%2)")
                       .arg(names.join(u','), marks.join(u',')));
    for (const QVariant& value : std::as_const(values))
        insert.addBindValue(value);
    INFO(insert.lastError().text().toStdString());
    REQUIRE(insert.exec());
    return id;
}

MyNumberDesk::MyNumberDesk()
{
    office.addAccount(QStringLiteral("clerk1"), QStringLiteral("窓口 花子"),
                      {security::Role::Clerk}, {security::Scope::WelfareService});
    auto signedIn = office.signIn(QStringLiteral("clerk1"));
    INFO(signedIn.message().toStdString());
    REQUIRE(signedIn.ok());
    clerk = std::move(signedIn).value();
    numbers = std::make_unique<mynumber::MyNumberService>(clerk->database(), clerk->audit(),
                                                          clerk->authorizer(), office.clock);
}

QVariant MyNumberDesk::scalar(const QString& sql) const
{
    QSqlQuery query(db());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace madoguchi::test
