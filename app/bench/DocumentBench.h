// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace madoguchi::bench {

/// Issue 6's target: 1,000 certificates to one PDF in under 20 s.
inline constexpr double kDocumentTargetSeconds = 20.0;

struct DocumentBenchResult
{
    bool ok = false;
    QString error;
    int documents = 0;
    double setupSeconds = 0; // persons, grants and requested certificates (not timed below)
    double seconds = 0;      // the batch: read, fill, render, one PDF, mark printed and audit
    qint64 fileBytes = 0;
};

/// Makes a database with count real certificates in the welfare-service ledger (fictional
/// persons, grants approved through the services, certificates requested and signed through
/// CertificateService: certificate::DemoCertificates) and times the batch path the counter uses
/// (documents::CertificateDocuments::printBatch) writing them to one PDF under directory. Needs
/// a QGuiApplication.
DocumentBenchResult runDocumentBench(const QString& directory, int count = 1000);

} // namespace madoguchi::bench
