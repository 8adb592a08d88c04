// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace madoguchi {
class Workspace;
}

namespace madoguchi::certificate {

struct DemoCertificateOptions
{
    int perLedger = 50;                // adults per ledger (fewer if the registry has fewer)
    QList<security::Scope> ledgers;    // empty: all four, a different slice of persons each
    std::function<void(int)> progress; // certificates made so far
};

struct DemoCertificatesSummary
{
    int decisions = 0;
    int certificates = 0;
    bool keyCreated = false;
};

/// Demo data for the print queue (`madoguchi-cli demo`, the document bench): for adults of the
/// registry without a decision in a ledger, an application taken by a demo clerk, a grant drafted
/// by a demo reviewer and approved by a demo approver (maker-checker: different accounts), and a
/// requested certificate of the ledger's first kind; and the city's issuing key when there is
/// none (made by admin). The demo staff are staff_account rows made here, disabled and without
/// a key slot: nobody signs in as them; their sessions are made in memory. Everything else goes
/// through the services, journaled and audited, in one transaction. Needs number blocks for the
/// ledgers (RecipientNumbers) and fictional persons (registry::DemoData).
class DemoCertificates
{
    Q_DECLARE_TR_FUNCTIONS(DemoCertificates)

public:
    static Result<DemoCertificatesSummary> issue(Workspace& workspace,
                                                 const security::Session& admin,
                                                 const DemoCertificateOptions& options);
};

} // namespace madoguchi::certificate
