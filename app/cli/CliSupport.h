// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommands.h"
#include "workspace/Workspace.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace madoguchi::cli {

/// Standard output, shared by every command (flushed by the commands).
QTextStream& out();
/// Prints an object or an array as indented JSON on standard output.
void printJson(const QJsonValue& value);

/// Columns separated by two spaces, aligned by their width in a terminal (full-width kana and
/// kanji take two cells); the last column is not padded.
void printTable(const QList<QStringList>& rows);
/// Cells text takes in a terminal: 2 for East Asian wide and full-width characters, else 1.
int displayWidth(const QString& text);

/// A signed-in workspace that signs out (audited, checkpointed) when the command is done,
/// whatever its outcome.
class SignedIn
{
public:
    explicit SignedIn(std::unique_ptr<Workspace> workspace);
    ~SignedIn();
    SignedIn(const SignedIn&) = delete;
    SignedIn& operator=(const SignedIn&) = delete;

    Workspace* operator->() const { return m_workspace.get(); }
    Workspace& workspace() const { return *m_workspace; }
    const security::Session& session() const { return m_workspace->session(); }

private:
    std::unique_ptr<Workspace> m_workspace;
};

/// Reads the password and the code (in that order, see CliSecrets.h) and signs in with both.
/// Usage errors (no account, no password, no code) come before any attempt is counted.
Result<std::unique_ptr<Workspace>> signIn(const CliContext& context,
                                          security::SecureBuffer* newPassword = nullptr);

} // namespace madoguchi::cli
