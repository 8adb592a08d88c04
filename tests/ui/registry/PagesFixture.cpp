// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagesFixture.h"

#include "registry/PersonRegistry.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QSqlQuery>
#include <QWidget>

namespace madoguchi::test {

PagesDesk::PagesDesk()
{
    office.addAccount(QStringLiteral("clerk1"), QStringLiteral("窓口 花子"),
                      {security::Role::Clerk}, security::allScopes());
    auto signedIn = office.signIn(QStringLiteral("clerk1"));
    INFO(signedIn.message().toStdString());
    REQUIRE(signedIn.ok());
    clerk = std::move(signedIn).value();
}

std::unique_ptr<Workspace> PagesDesk::signInAs(const QString& login, QList<security::Role> roles,
                                               QList<security::Scope> scopes)
{
    office.addAccount(login, QStringLiteral("職員 ") + login, std::move(roles), std::move(scopes));
    auto signedIn = office.signIn(login);
    INFO(signedIn.message().toStdString());
    REQUIRE(signedIn.ok());
    return std::move(signedIn).value();
}

QString PagesDesk::addPerson(const QString& familyName, const QString& givenName,
                             const QString& familyKana, const QString& givenKana, QDate birthDate,
                             const QString& sex)
{
    registry::PersonRegistry registry(clerk->database().connection(), clerk->audit(),
                                      clerk->authorizer(), office.clock);
    registry::PersonDraft draft;
    draft.familyName = familyName;
    draft.givenName = givenName;
    draft.familyKana = familyKana;
    draft.givenKana = givenKana;
    draft.birthDate = birthDate;
    draft.sex = sex;
    draft.postalCode = QStringLiteral("1000001");
    draft.address = QStringLiteral("東京都千代田区千代田1-1");
    auto registered = registry.registerPerson(clerk->session(), draft,
                                              registry::DuplicateCheck::ConfirmNotDuplicate);
    INFO(registered.message().toStdString());
    REQUIRE(registered.ok());
    REQUIRE(registered->isRegistered());
    return registered->personId;
}

qint64 PagesDesk::scalar(const QString& sql)
{
    QSqlQuery query(clerk->database().connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QApplication::sendPostedEvents();
    }
    return true;
}

void settle(int ms)
{
    waitUntil([]() { return false; }, ms);
}

void pressKey(QWidget* widget, int key, Qt::KeyboardModifiers modifiers)
{
    QString text;
    if (key == Qt::Key_Return || key == Qt::Key_Enter)
        text = QStringLiteral("\r");
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QApplication::sendEvent(widget, &release);
}

void commitText(QWidget* widget, const QString& text)
{
    QInputMethodEvent preedit(text, {});
    QApplication::sendEvent(widget, &preedit);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

} // namespace madoguchi::test
