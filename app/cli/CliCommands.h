// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace madoguchi::cli {

/// Exit codes of madoguchi-cli (documented in README.md).
enum ExitCode : int
{
    ExitOk = 0,
    ExitNegative = 1,  // the command ran and the answer is "no" (e.g. a check found problems)
    ExitUsage = 2,     // usage error or bad input
    ExitAuth = 3,      // authentication or permission failure
    ExitIntegrity = 4, // data or integrity error
};

/// Maps a core error to the exit code a script sees.
int exitCodeFor(ErrorCode code);

/// What every command gets from the command line.
struct CliContext
{
    QString databasePath;
    QString login;
    bool passwordFromStdin = false;
    bool json = false;
    QStringList arguments; // the command and its positional arguments
    QString adminLogin;    // init --admin
};

/// Runs one command; prints results on stdout and one-line errors on stderr.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    static int run(const CliContext& context);

private:
    static int init(const CliContext& context);
    static int dbCheck(const CliContext& context);
    static int dbRekey(const CliContext& context);
};

/// Prints "madoguchi-cli: message" on stderr and returns the exit code for error.
int fail(const Error& error);
int fail(int exitCode, const QString& message);

} // namespace madoguchi::cli
