// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentBench.h"

#include "BenchSupport.h"
#include "certificate/DemoCertificates.h"
#include "documents/CertificateDocuments.h"
#include "intake/NumberBlocks.h"
#include "ledger/RecipientNumbers.h"
#include "registry/DemoData.h"
#include "security/SecureBuffer.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace madoguchi::bench {

DocumentBenchResult runDocumentBench(const QString& directory, int count)
{
    DocumentBenchResult result;
    QElapsedTimer setup;
    setup.start();
    const QString path = QDir(directory).filePath(QStringLiteral("certificates.db"));
    auto created =
        store::Database::create(path, QStringLiteral("bench"),
                                security::SecureBuffer::fromUtf8(u"bench-password-not-secret"),
                                security::KdfParams::interactive());
    if (!created) {
        result.error = QStringLiteral("create: ") + created.message();
        return result;
    }
    auto attached = Workspace::attach(std::move(created->database));
    if (!attached) {
        result.error = QStringLiteral("attach: ") + attached.message();
        return result;
    }
    Workspace& workspace = *attached.value();
    auto administrator =
        workspace.staff().createFirstAdministrator(QStringLiteral("bench administrator"));
    if (!administrator) {
        result.error = QStringLiteral("administrator: ") + administrator.message();
        return result;
    }
    security::Session admin;
    admin.accountId = administrator->id;
    admin.login = administrator->login;
    admin.displayName = administrator->displayName;
    admin.roles = {security::Role::Administrator};
    admin.deviceId = workspace.audit().deviceId();
    admin.startedAtUtc = QDateTime::currentDateTimeUtc();

    // Fictional persons (about a fifth are children), and number blocks for the grants.
    registry::DemoOptions persons;
    persons.persons = count * 3 / 2 + 100;
    persons.seed = 6;
    persons.recordedBy = admin.accountId;
    if (auto generated = registry::DemoData::generate(workspace.database().connection(), persons);
        !generated) {
        result.error = QStringLiteral("persons: ") + generated.message();
        return result;
    }
    ledger::RecipientNumbers numbers(workspace.database().connection(),
                                     intake::NumberBlocks::localPrefixFor(admin.deviceId),
                                     workspace.authorizer());
    const security::Scope ledger = security::Scope::WelfareService;
    for (const auto& [kind, prefix] :
         {std::pair{ledger::RecipientNumberKind::RecipientNumber, QStringLiteral("91")},
          std::pair{ledger::RecipientNumberKind::CertificateNumber, QStringLiteral("99001")}}) {
        if (auto leased = numbers.leaseBlock(admin, kind, ledger, prefix, 1, count + 10,
                                             intake::BlockOrigin::Local);
            !leased) {
            result.error = QStringLiteral("numbers: ") + leased.message();
            return result;
        }
    }
    certificate::DemoCertificateOptions options;
    options.perLedger = count;
    options.ledgers = {ledger};
    options.progress = [](int made) {
        if (made % 250 == 0)
            printLine(QStringLiteral("document bench: %1 certificates issued").arg(made));
    };
    auto issued = certificate::DemoCertificates::issue(workspace, admin, options);
    if (!issued) {
        result.error = QStringLiteral("certificates: ") + issued.message();
        return result;
    }
    if (issued->certificates != count) {
        result.error = QStringLiteral("only %1 certificates were issued").arg(issued->certificates);
        return result;
    }
    result.setupSeconds = elapsedMs(setup) / 1000.0;

    // The batch as a clerk prints it: every current certificate of the ledger, one PDF.
    security::Session clerk;
    clerk.accountId = QStringLiteral("bench-clerk");
    clerk.login = QStringLiteral("bench-clerk");
    clerk.displayName = QStringLiteral("bench clerk");
    clerk.roles = {security::Role::Clerk};
    clerk.scopes = {ledger};
    clerk.deviceId = admin.deviceId;
    clerk.startedAtUtc = QDateTime::currentDateTimeUtc();
    documents::CertificateDocuments printer(workspace.database().connection(), workspace.audit(),
                                            workspace.authorizer());
    const QString pdf = QDir(directory).filePath(QStringLiteral("certificates.pdf"));
    QElapsedTimer timer;
    timer.start();
    auto printed = printer.printBatch(clerk, documents::CertificateSelection{{}, ledger, {}}, pdf);
    result.seconds = elapsedMs(timer) / 1000.0;
    if (!printed) {
        result.error = printed.message();
        return result;
    }
    result.documents = printed->printed;
    result.fileBytes = QFileInfo(pdf).size();
    result.ok = true;
    QFile::remove(pdf);
    return result;
}

} // namespace madoguchi::bench
