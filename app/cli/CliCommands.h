// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace madoguchi::cli {

/// Exit codes of madoguchi-cli (documented in README.md).
enum ExitCode
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
    bool passwordFromStdin = false;    // --password-stdin: line 1
    bool codeFromStdin = false;        // --otp-stdin: the next line
    bool newPasswordFromStdin = false; // --new-password-stdin: the line after those (user add)
    bool json = false;
    QStringList arguments;     // the command and its positional arguments
    QString adminLogin;        // init --admin
    QString displayName;       // init, user add: --name
    QStringList roles;         // user add: --role, repeatable
    QStringList scopes;        // user add: --scope, repeatable
    QString csvPath;           // audit export: --csv
    QString fromDate;          // audit export: --from YYYY-MM-DD
    QString toDate;            // audit export: --to YYYY-MM-DD
    bool notDuplicate = false; // person add: --not-duplicate
    QString persons;           // demo: --persons N
    QString seed;              // demo: --seed N
    QString person;            // mynumber not-provided, jukinet request: --person ID_OR_ATENA
    QString reason;            // mynumber not-provided: --reason CODE
    QString items;             // jukinet request: --items name,address,birth_date,sex
    QString state;             // jukinet list: --state STATE
    QString filePath;          // jukinet export, jukinet import: --file FILE
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
    static int userAdd(const CliContext& context);
    static int userList(const CliContext& context);
    static int userDisable(const CliContext& context);
    static int userUnlock(const CliContext& context);
    static int settingList(const CliContext& context);
    static int settingSet(const CliContext& context);
    static int auditVerify(const CliContext& context);
    static int auditExport(const CliContext& context);
    // CliPersonCommands.cpp: checks without a database, persons, intake, demo data.
    static int checkMyNumber(const CliContext& context);
    static int wareki(const CliContext& context);
    static int personAdd(const CliContext& context);
    static int personSearch(const CliContext& context);
    static int intakeSubmit(const CliContext& context);
    static int demo(const CliContext& context);
    // CliDecide.cpp: a burden-cap evaluation, no database.
    static int decide(const CliContext& context);
    // CliJukinetCommands.cpp: merges, "My Number not provided" and 住基ネット inquiries.
    static int personMerge(const CliContext& context);
    static int myNumberNotProvided(const CliContext& context);
    static int jukinetRequest(const CliContext& context);
    static int jukinetList(const CliContext& context);
    static int jukinetExport(const CliContext& context);
    static int jukinetImport(const CliContext& context);
};

/// Prints "madoguchi-cli: message" on stderr and returns the exit code for error.
int fail(const Error& error);
int fail(int exitCode, const QString& message);

} // namespace madoguchi::cli
