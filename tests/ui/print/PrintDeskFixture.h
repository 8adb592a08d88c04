// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerDeskFixture.h"
#include "certificate/CertificateService.h"

#include <QStringList>

namespace madoguchi::test {

/// An office for the certificate screens: the ledger desk (clerk, reviewer, approver) whose
/// administrator made the city's issuing key, so the clerk's certificates are signed.
struct PrintDesk
{
    LedgerDesk ledgers;

    PrintDesk();

    Office& office() { return ledgers.office(); }
    Workspace& clerk() { return ledgers.clerk(); }
    certificate::CertificateService service(Workspace& workspace);

    /// A person granted a welfare-service benefit valid from–to (cap 9,300); their id.
    QString recipient(const QString& familyName, const QString& givenName,
                      const QString& familyKana, const QString& givenKana, QDate from, QDate to);
    /// The clerk requests the welfare-service certificate of personId; its id.
    QString request(const QString& personId);
    /// The certificate as stored.
    certificate::Certificate certificate(const QString& certificateId);
};

} // namespace madoguchi::test
