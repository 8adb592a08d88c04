// SPDX-License-Identifier: GPL-3.0-or-later
// What the CLI tests share: running madoguchi-cli as a script does, and a database with known
// second factors.
#pragma once

#include "base/Clock.h"
#include "security/Base32.h"
#include "security/KeySlotFile.h"
#include "security/Session.h"
#include "security/Totp.h"
#include "store/Database.h"
#include "support/TestSupport.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <catch2/catch.hpp>

#include <map>
#include <vector>

namespace madoguchi::clitest {

using security::Role;
using security::Scope;
using security::Totp;

inline constexpr char kPassword[] = "correct horse battery";
inline constexpr char kStaffPassword[] = "staff password for tests";
// Display names that must never reach the audit log, its export or a diagnostic.
inline constexpr char kAdminName[] = "管理 太郎";
inline constexpr char kClerkName[] = "山田 花子";
inline constexpr char kAuditorName[] = "監査 一郎";

inline QString str(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// What the CLI gets besides argv. Empty means "not set".
struct Secrets
{
    QByteArray password = kPassword; // MADOGUCHI_PASSWORD
    QString code = {};               // MADOGUCHI_OTP
    QByteArray newPassword = {};     // MADOGUCHI_NEW_PASSWORD
    QByteArray stdinText = {};
};

inline Run cli(const QStringList& arguments, const Secrets& secrets = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MADOGUCHI_USER"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    const auto set = [&env](const char* name, const QString& value) {
        if (value.isEmpty())
            env.remove(QString::fromLatin1(name));
        else
            env.insert(QString::fromLatin1(name), value);
    };
    set("MADOGUCHI_PASSWORD", QString::fromUtf8(secrets.password));
    set("MADOGUCHI_OTP", secrets.code);
    set("MADOGUCHI_NEW_PASSWORD", QString::fromUtf8(secrets.newPassword));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MADOGUCHI_CLI), arguments);
    REQUIRE(process.waitForStarted());
    process.write(secrets.stdinText);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// The secret inside an otpauth:// URI, as an authenticator app reads it.
inline security::SecureBuffer secretFromUri(const QString& uri)
{
    const QString encoded = QUrlQuery(QUrl(uri).query()).queryItemValue(QStringLiteral("secret"));
    std::vector<unsigned char> digits;
    for (const QChar c : encoded) {
        const int value = security::base32::digitValue(c.unicode());
        REQUIRE(value >= 0);
        digits.push_back(static_cast<unsigned char>(value));
    }
    security::SecureBuffer secret = security::base32::decodeDigits(digits.data(), digits.size());
    REQUIRE(secret.isValid());
    REQUIRE(secret.size() == Totp::kSecretSize);
    return secret;
}

inline QString uriIn(const QString& output)
{
    const auto match = QRegularExpression(QStringLiteral("otpauth://totp/\\S+")).match(output);
    REQUIRE(match.hasMatch());
    return match.captured(0);
}

inline security::NewStaffAccount clerk()
{
    return {QStringLiteral("clerk"), str(kClerkName), {Role::Clerk}, {Scope::WelfareService}};
}

inline security::NewStaffAccount auditor()
{
    return {QStringLiteral("auditor"), str(kAuditorName), {Role::Auditor}, {}};
}

/// A second administrator.
inline security::NewStaffAccount deputy()
{
    return {QStringLiteral("deputy"), str(kClerkName), {Role::Administrator}, {}};
}

/// A database made in-process, its first administrator "admin" enrolled with a known secret.
///
/// In-process sign-ins run on a clock some minutes in the past, so their TOTP steps lie below
/// every step the CLI (on the real clock) accepts: replay protection refuses a step at or below
/// the last one accepted, and only steps now-1..now+1 match, so each account has at most three
/// CLI sign-ins per 30 seconds. code() hands them out in ascending order.
struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("m.db"));
    QString keys = security::keySlotPathFor(path);
    FixedClock pastClock{QDateTime::currentDateTimeUtc().addSecs(-20 * 60)};
    std::map<QString, security::SecureBuffer> totpSecrets;
    std::map<QString, qint64> lastStep;

    Fixture()
    {
        // A fast KDF for the administrator; the CLI reads the cost from the slot.
        auto created = store::Database::create(path, QStringLiteral("admin"),
                                               test::secret(kPassword), test::fastKdf());
        REQUIRE(created.ok());
        auto workspace = Workspace::attach(std::move(created->database), pastClock);
        REQUIRE(workspace.ok());
        REQUIRE(workspace.value()->staff().createFirstAdministrator(str(kAdminName)).ok());
        auto enrolment = workspace.value()->staff().newEnrolment();
        REQUIRE(enrolment.ok());
        REQUIRE(workspace.value()->staff().saveEnrolment(enrolment.value()).ok());
        totpSecrets[QStringLiteral("admin")] = std::move(enrolment->secret);
        REQUIRE(workspace.value()->audit().checkpoint().ok());
        REQUIRE(workspace.value()->signOut().ok());
    }

    /// Signs "admin" in in-process (on the past clock) and creates accounts (password
    /// kStaffPassword); remembers their TOTP secrets. Call it before the CLI signs "admin" in:
    /// afterwards the past clock's steps count as replays.
    void addStaff(const std::vector<security::NewStaffAccount>& accounts)
    {
        pastClock.advanceMs(Totp::kStepSeconds * 1000);
        const QString code =
            Totp::codeAt(totpSecrets.at(QStringLiteral("admin")), Totp::stepAt(pastClock.nowUtc()));
        auto workspace = Workspace::signIn(path, QStringLiteral("admin"), test::secret(kPassword),
                                           code, pastClock);
        INFO(workspace.message().toStdString());
        REQUIRE(workspace.ok());
        for (const security::NewStaffAccount& account : accounts) {
            auto enrolment = workspace.value()->staff().create(
                workspace.value()->session(), account, test::secret(kStaffPassword));
            INFO(enrolment.message().toStdString());
            REQUIRE(enrolment.ok());
            totpSecrets[account.login] = std::move(enrolment->secret);
        }
        REQUIRE(workspace.value()->signOut().ok());
    }

    /// The next unused code of login that the CLI will accept.
    QString code(const QString& login)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 current = Totp::stepAt(now);
        // now-1 only early in a step, so it is still good when the CLI checks it.
        qint64 step = now.toSecsSinceEpoch() % Totp::kStepSeconds <= 10 ? current - 1 : current;
        if (const auto last = lastStep.find(login); last != lastStep.end())
            step = std::max(step, last->second + 1);
        INFO("more than three CLI sign-ins of one account within 30 s");
        REQUIRE(step <= current + 1);
        lastStep[login] = step;
        return Totp::codeAt(totpSecrets.at(login), step);
    }
    /// Six digits that are no code of login's now.
    QString wrongCode(const QString& login) const
    {
        const qint64 current = Totp::stepAt(QDateTime::currentDateTimeUtc());
        QStringList valid;
        for (qint64 step = current - 2; step <= current + 2; ++step)
            valid << Totp::codeAt(totpSecrets.at(login), step);
        QString wrong = QStringLiteral("000000");
        for (int n = 1; valid.contains(wrong); ++n)
            wrong = QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
        return wrong;
    }

    QStringList args(std::initializer_list<const char*> rest,
                     const QString& login = QStringLiteral("admin")) const
    {
        QStringList list{QStringLiteral("--db"), path, QStringLiteral("--user"), login};
        for (const char* a : rest)
            list << QString::fromUtf8(a);
        return list;
    }
    /// Runs as login with its password and its next code.
    Run as(const QString& login, std::initializer_list<const char*> rest)
    {
        const QByteArray password =
            login == u"admin" ? QByteArray(kPassword) : QByteArray(kStaffPassword);
        return cli(args(rest, login), {.password = password, .code = code(login)});
    }
    Run asAdmin(std::initializer_list<const char*> rest)
    {
        return as(QStringLiteral("admin"), rest);
    }

    QByteArray bytes() const { return test::readAll(path) + test::readAll(keys); }

    /// Runs SQL on the database with the sqlcipher shell, as someone holding the raw key would.
    void tamper(const QString& sql) const
    {
        auto keyFile = security::KeySlotFile::load(keys);
        REQUIRE(keyFile.ok());
        auto key = keyFile->unlockAccount(QStringLiteral("admin"), test::secret(kPassword));
        REQUIRE(key.ok());
        const QByteArray hex =
            QByteArray(reinterpret_cast<const char*>(key->data()), qsizetype(key->size())).toHex();
        QProcess shell;
        shell.start(QStringLiteral("/usr/bin/sqlcipher"), {QStringLiteral("-bail"), path});
        REQUIRE(shell.waitForStarted());
        shell.write("PRAGMA key = \"x'" + hex + "'\";\nPRAGMA cipher_page_size = 4096;\n" +
                    sql.toUtf8() + '\n');
        shell.closeWriteChannel();
        REQUIRE(shell.waitForFinished(30000));
        INFO(shell.readAllStandardError().toStdString());
        REQUIRE(shell.exitCode() == 0);
    }
    /// tamper() with the append-only triggers out of the way for the statement, then back.
    void tamperAuditLog(const QString& sql) const
    {
        tamper(
            QStringLiteral(
                "DROP TRIGGER audit_log_no_update;\nDROP TRIGGER audit_log_no_delete;\n") +
            sql +
            QStringLiteral("\nCREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                           "SELECT RAISE(ABORT, 'audit_log is append-only'); END;\n"
                           "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
                           "SELECT RAISE(ABORT, 'audit_log is append-only'); END;"));
    }
};

/// Matches a message with a "%n thing(s)" as the source text has it and as the English catalogue
/// (loaded by LANGUAGE=en when the build has Qt's Linguist tools) words it: "1 thing",
/// "2 things". text is literal but for a leading ^.
inline QRegularExpression plural(const QString& text)
{
    const bool anchored = text.startsWith(u'^');
    QString pattern = QRegularExpression::escape(anchored ? text.mid(1) : text);
    pattern.replace(QStringLiteral("\\(s\\)"), QStringLiteral("(?:s|\\(s\\))?"));
    return QRegularExpression(anchored ? u'^' + pattern : pattern);
}

inline void requireOneLineError(const Run& run)
{
    CHECK(run.out.isEmpty());
    CHECK(run.err.count(u'\n') == 1);
    CHECK(run.err.startsWith(QStringLiteral("madoguchi-cli: ")));
}

} // namespace madoguchi::clitest
