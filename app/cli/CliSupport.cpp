// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "CliSecrets.h"
#include "sync/CentralSignIn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace madoguchi::cli {

namespace {

Q_LOGGING_CATEGORY(lcCliSupport, "madoguchi.cli", QtWarningMsg)

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

int displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

void printTable(const QList<QStringList>& rows)
{
    if (rows.isEmpty())
        return;
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths[column], displayWidth(row.at(column)));
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const QString& cell = row.at(column);
            line += cell;
            if (column + 1 < row.size())
                line += QString(widths.value(column) - displayWidth(cell) + 2, u' ');
        }
        out() << line << '\n';
    }
    out().flush();
}

SignedIn::SignedIn(std::unique_ptr<Workspace> workspace) : m_workspace(std::move(workspace)) {}

SignedIn::~SignedIn()
{
    if (Status status = m_workspace->signOut(); !status)
        qCWarning(lcCliSupport) << "sign-out failed:" << status.message();
}

Result<std::unique_ptr<Workspace>> signIn(const CliContext& context,
                                          security::SecureBuffer* newPassword)
{
    if (context.login.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("Give the account with --user LOGIN or MADOGUCHI_USER.")};
    auto password = readPassword(context.passwordFromStdin);
    if (!password)
        return password.error();
    auto code = readCode(context.codeFromStdin);
    if (!code)
        return code.error();
    if (newPassword) {
        auto secret = readNewPassword(context.newPasswordFromStdin);
        if (!secret)
            return secret.error();
        *newPassword = std::move(secret).value();
    }
    // No key slot here yet on an enrolled device: the first sign-in goes online (issue #7).
    if (sync::CentralSignIn::appliesTo(context.databasePath, context.login))
        return sync::CentralSignIn::signInFirstTime(context.databasePath, context.login,
                                                    password.value(), code.value());
    return Workspace::signIn(context.databasePath, context.login, password.value(), code.value());
}

} // namespace madoguchi::cli
