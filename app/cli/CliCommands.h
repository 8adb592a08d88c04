// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace madoguchi {
class Workspace;
}

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
    QString url;               // central migrate, device enroll/revoke, sync: --url URL
    QString filePath;          // jukinet export, jukinet import: --file FILE
    QString keysPath;          // certificate verify: --keys FILE (exported issuing keys)
    QString kind;              // numbers lease: --kind recipient|certificate
    QString ledger;            // numbers lease, ledger show, ledger list: --ledger SCOPE
    QString prefix;            // numbers lease: --prefix DIGITS
    QString first;             // numbers lease: --first N
    QString last;              // numbers lease: --last N
    QString recipient;         // ledger show: --recipient 受給者番号
    QString status;            // ledger list: --status STATUS
    QString expiringWithin;    // ledger list, certificate batch/list: --expiring-within DAYS
    QString pdfPath;           // certificate print/batch/reissue: --pdf FILE
    QString certificateId;     // certificate reissue: --certificate ID
    QString decisionId;        // notice print: --decision ID
    QString inPath;            // sync import-package, sync import-reply: --in FILE
    QString outPath;           // sync export-package, sync import-package: --out FILE
    QString keep;              // person duplicates merge: --keep PERSON (id or 宛名番号)
    QString staffLogin;        // central staff: --login LOGIN (the central account)
    QString device;            // device assign/unassign/cases: --device ID
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
    // CliSyncCommands.cpp: the central store, device enrolment, sync.
    static int centralMigrate(const CliContext& context);
    static int deviceEnroll(const CliContext& context);
    static int deviceRevoke(const CliContext& context);
    static int syncRun(const CliContext& context);
    // CliSyncFileCommands.cpp: sync by file (package, office reply).
    static int syncExportPackage(const CliContext& context);
    static int syncImportPackage(const CliContext& context);
    static int syncImportReply(const CliContext& context);
    // CliCentralStaffCommands.cpp: central staff accounts and device recovery (owner's URL).
    static int centralStaff(const CliContext& context);
    static int deviceRecover(const CliContext& context);
    // CliCertificateCommands.cpp: signed certificate codes and the city's issuing keys.
    static int certificateVerify(const CliContext& context);
    static int issuingKey(const CliContext& context);
    static int certificatePrint(const CliContext& context);
    static int certificateBatch(const CliContext& context);
    static int certificateReissue(const CliContext& context);
    static int certificateList(const CliContext& context);
    // notice print / renewal: decision and renewal notices (documents::NoticeDocuments).
    static int noticePrint(const CliContext& context);
    static int noticeRenewal(const CliContext& context);
    // CliLedgerCommands.cpp: blocks of recipient numbers and the ledgers' current state.
    static int numbersLease(const CliContext& context);
    static int numbersList(const CliContext& context);
    static int ledgerShow(const CliContext& context);
    static int ledgerList(const CliContext& context);
    // CliDuplicateCommands.cpp: duplicate candidates across devices (person duplicates …).
    static int personDuplicates(const CliContext& context);
    // CliCaseCommands.cpp: the cases an outreach device holds (owner's URL).
    static int deviceAssign(const CliContext& context);
    static int deviceUnassign(const CliContext& context);
    static int deviceCases(const CliContext& context);
};

/// demo: leases a local block of demo recipient numbers (受給者番号, 受給者証番号) for every
/// ledger with none open, so a first grant can be approved at once. Returns how many blocks.
/// (CliLedgerCommands.cpp)
Result<int> leaseDemoNumberBlocks(Workspace& workspace);

/// What demo adds for the print queue (CliCertificateCommands.cpp).
struct DemoCertificates
{
    int decisions = 0;
    int certificates = 0;
    bool keyCreated = false;
};

/// demo: approved grants for up to perLedger adults in every ledger (taken by a demo clerk,
/// drafted by a demo reviewer, approved by a demo approver: disabled accounts nobody signs in
/// as, made here), each with a requested certificate; and the city's issuing key when there is
/// none. Through the services: journaled and audited. (CliCertificateCommands.cpp)
Result<DemoCertificates> issueDemoCertificates(Workspace& workspace, int perLedger);

/// Prints "madoguchi-cli: message" on stderr and returns the exit code for error.
int fail(const Error& error);
int fail(int exitCode, const QString& message);

} // namespace madoguchi::cli
