// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing personal in the audit table or in any log output: the test captures every message the
// process logs while it works with named fixtures, then looks for the names.
#include "WorkspaceFixture.h"
#include "ledger/LedgerBook.h"
#include "store/Uuid7.h"
#include "support/TestSupport.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::security;
using test::Office;

namespace {

QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages << message;
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

TEST_CASE("Names never reach the audit log or the log output", "[privacy]")
{
    const QStringList fixtureNames = {QStringLiteral("山田 花子"), QStringLiteral("管理 一郎"),
                                      QStringLiteral("鈴木 次郎")};
    QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*=true"));
    g_previous = qInstallMessageHandler(capture);
    {
        Office office;
        office.addAccount(QStringLiteral("clerk1"), QStringLiteral("山田 花子"), {Role::Clerk},
                          {Scope::WelfareService});
        office.addAccount(QStringLiteral("clerk2"), QStringLiteral("鈴木 次郎"), {Role::Reviewer},
                          {Scope::Devices});
        (void)Workspace::unlockForSignIn(office.path, QStringLiteral("clerk1"),
                                         test::secret("wrong password here"), office.clock);
        (void)Workspace::unlockForSignIn(office.path, QStringLiteral("山田 花子"),
                                         test::secret("typed a name as login"), office.clock);
        auto clerk = office.signIn(QStringLiteral("clerk1"));
        REQUIRE(clerk.ok());
        {
            ledger::LedgerBook ledgers(clerk.value()->database().connection(),
                                       clerk.value()->audit(), clerk.value()->authorizer(),
                                       office.clock);
            (void)ledgers.entries(clerk.value()->session(), Scope::MedicalPsychiatric,
                                  store::newUuid7());
        }
        REQUIRE(clerk.value()->recordLock());
        REQUIRE(clerk.value()->signOut());

        // A person's name or a My Number typed where an id belongs is refused, not stored.
        CHECK_FALSE(
            office.admin->audit()
                .append(audit::AuditEvent::of(audit::EventType::PersonView, audit::Outcome::Success,
                                              QStringLiteral("admin"), QStringLiteral("person"),
                                              QStringLiteral("山田 花子")))
                .ok());

        QSqlQuery query(office.admin->database().connection());
        REQUIRE(query.exec(QStringLiteral(
            "SELECT coalesce(account, '') || '|' || coalesce(object_type, '') || '|' || "
            "coalesce(object_id, '') || '|' || coalesce(purpose, '') FROM audit_log")));
        int rows = 0;
        while (query.next()) {
            ++rows;
            const QString text = query.value(0).toString();
            for (const QString& name : fixtureNames) {
                INFO(text.toStdString());
                CHECK_FALSE(text.contains(name));
                CHECK_FALSE(text.contains(name.section(u' ', 0, 0)));
            }
        }
        CHECK(rows > 5);
    }
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
    QMutexLocker lock(&g_mutex);
    for (const QString& message : std::as_const(g_messages)) {
        for (const QString& name : fixtureNames) {
            INFO(message.toStdString());
            CHECK_FALSE(message.contains(name));
            CHECK_FALSE(message.contains(name.section(u' ', 0, 0)));
        }
    }
}
