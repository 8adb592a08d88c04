// SPDX-License-Identifier: GPL-3.0-or-later
// The certificate print queue end to end: approved decisions → certificates requested through
// the service → PDF → pdftotext / pdftoppm + zbarimg → CertificateVerifier with the local table.
#include "certificate/CertificateService.h"
#include "LedgerFixture.h"
#include "certificate/CertificateVerifier.h"
#include "certificate/IssuingKeys.h"
#include "documents/CertificateDocuments.h"
#include "documents/DocumentRenderer.h"
#include "japanese/Wareki.h"
#include "mynumber/MyNumber.h"
#include "mynumber/MyNumberService.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

using namespace madoguchi;
using namespace madoguchi::certificate;
using madoguchi::documents::CertificateDocuments;
using madoguchi::documents::CertificateSelection;

namespace {

const QString kMyNumber = QStringLiteral("123456789018"); // valid check digit (DocumentSamples)

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& path)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
}

/// Renders page 1 of the PDF at 300 dpi and reads the QR code with zbarimg.
QString scanQr(const QString& pdf, const QString& dir)
{
    const QString prefix = dir + QStringLiteral("/page");
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-f"), QStringLiteral("1"),
             QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-png"), pdf, prefix});
    QString png = prefix + QStringLiteral("-1.png");
    if (!QFileInfo::exists(png))
        png = prefix + QStringLiteral("-01.png");
    REQUIRE(QFileInfo::exists(png));
    return runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png})
        .trimmed();
}

/// An office whose administrator made the city issuing key, with a clerk's print queue.
struct CertOffice : test::LedgerOffice
{
    std::unique_ptr<CertificateService> service;
    std::unique_ptr<CertificateDocuments> documents;
    QTemporaryDir out;

    CertOffice()
    {
        IssuingKeys keys(office.admin->database(), office.admin->audit(),
                         office.admin->authorizer(), office.clock);
        auto created = keys.create(office.admin->session());
        INFO(created.message().toStdString());
        REQUIRE(created.ok());
        service = serviceOf(clerk);
        documents = documentsOf(clerk);
    }

    std::unique_ptr<CertificateService> serviceOf(test::LedgerDesk& desk)
    {
        return std::make_unique<CertificateService>(desk.workspace->database().connection(),
                                                    desk.workspace->audit(),
                                                    desk.workspace->authorizer(), office.clock);
    }
    std::unique_ptr<CertificateDocuments> documentsOf(test::LedgerDesk& desk)
    {
        return std::make_unique<CertificateDocuments>(desk.workspace->database().connection(),
                                                      desk.workspace->audit(),
                                                      desk.workspace->authorizer(), office.clock);
    }

    /// A person with a recorded My Number and an approved grant in scope (2025-08-01 …
    /// 2026-07-31, cap 5,000円).
    QString grantedPerson(security::Scope scope)
    {
        const QString person = newPerson();
        mynumber::MyNumberService numbers(clerk.workspace->database(), clerk.workspace->audit(),
                                          clerk.workspace->authorizer(), office.clock);
        auto number = mynumber::MyNumber::parse(kMyNumber);
        REQUIRE(number.ok());
        // Each person needs their own number; only the first gets the sample one.
        if (persons == 1) {
            Status recorded = numbers.recordFromJukinet(clerk.session(), person, number.value());
            INFO(recorded.message().toStdString());
            REQUIRE(recorded.ok());
        }
        approved(application(person, scope),
                 test::grantDraft(QDate(2025, 8, 1), QDate(2026, 7, 31), 5000));
        return person;
    }

    QString request(security::Scope scope, const QString& person, DocumentKind kind)
    {
        auto id =
            service->request(clerk.session(), clerk.workspace->database(), scope, person, kind);
        INFO(id.message().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    TrustedKeys trusted()
    {
        IssuingKeys keys(clerk.workspace->database(), clerk.workspace->audit(),
                         clerk.workspace->authorizer(), office.clock);
        auto list = keys.trustedKeys();
        REQUIRE(list.ok());
        return list.value();
    }

    Verification verify(const QString& code)
    {
        LocalCertificateStatus lookup(clerk.workspace->database().connection());
        return CertificateVerifier::verify(code, trusted(), office.clock.todayInJapan(), &lookup);
    }

    Certificate load(const QString& id)
    {
        auto c = service->find(clerk.session(), id);
        INFO(c.message().toStdString());
        REQUIRE(c.ok());
        return c.value();
    }

    /// Marks every journal entry pushed, as a completed sync does.
    void markSynced()
    {
        QSqlQuery query(clerk.workspace->database().connection());
        REQUIRE(query.exec(
            QStringLiteral("UPDATE change_journal SET pushed_at = '2025-07-18T10:00:00.000Z' "
                           "WHERE pushed_at IS NULL")));
    }
};

struct KindCase
{
    DocumentKind kind;
    security::Scope scope;
    bool cap;
};

const QList<KindCase>& allKinds()
{
    static const QList<KindCase> cases{
        {DocumentKind::WelfareService, security::Scope::WelfareService, true},
        {DocumentKind::CommunityConsultation, security::Scope::WelfareService, false},
        {DocumentKind::CapManagementSheet, security::Scope::WelfareService, true},
        {DocumentKind::MedicalPsychiatric, security::Scope::MedicalPsychiatric, true},
        {DocumentKind::MedicalRehabilitation, security::Scope::MedicalRehabilitation, true},
        {DocumentKind::MedicalUpbringing, security::Scope::MedicalRehabilitation, true},
        {DocumentKind::DeviceVoucher, security::Scope::Devices, true}};
    return cases;
}

} // namespace

TEST_CASE("every certificate kind prints the recipient's facts and never the My Number",
          "[certificate][service]")
{
    CertOffice o;
    const QString fromWareki = japanese::Wareki::formatLong(QDate(2025, 8, 1));
    const QString toWareki = japanese::Wareki::formatLong(QDate(2026, 7, 31));
    REQUIRE(fromWareki == QStringLiteral("令和7年8月1日"));
    REQUIRE(toWareki == QStringLiteral("令和8年7月31日"));
    QHash<security::Scope, QString> people;
    for (const KindCase& k : allKinds()) {
        INFO(kindCode(k.kind).toStdString());
        {
            if (!people.contains(k.scope))
                people.insert(k.scope, o.grantedPerson(k.scope));
            const QString id = o.request(k.scope, people.value(k.scope), k.kind);
            const Certificate c = o.load(id);
            CHECK(c.state == CertificateState::Requested);
            CHECK(c.issueNumber == 1);
            CHECK(c.validFrom == QDate(2025, 8, 1));
            CHECK(c.validTo == QDate(2026, 7, 31));
            CHECK(c.monthlyCap == 5000);
            CHECK(c.payload.startsWith(QStringLiteral("MDG1:")));

            const QString pdf = o.out.filePath(kindCode(k.kind) + QStringLiteral(".pdf"));
            Status printed = o.documents->printToPdf(o.clerk.session(), id, pdf);
            INFO(printed.message().toStdString());
            REQUIRE(printed.ok());
            const QString text = pdfText(pdf);
            INFO(text.toStdString());
            CHECK(text.contains(c.recipientNumber));
            CHECK(text.contains(QStringLiteral("試験")));
            CHECK(text.contains(QStringLiteral("花子")));
            CHECK(text.contains(fromWareki));
            CHECK(text.contains(toWareki));
            if (k.cap)
                CHECK(text.contains(QStringLiteral("5,000円")));
            CHECK_FALSE(text.contains(kMyNumber));
            CHECK_FALSE(QString(text).remove(QChar(u' ')).contains(kMyNumber));
            CHECK(o.load(id).state == CertificateState::Printed);
            CHECK(o.load(id).printCount == 1);
        }
    }
}

TEST_CASE("the QR code read back from the printed page verifies; a changed character fails",
          "[certificate][service][qr]")
{
    CertOffice o;
    const QString person = o.grantedPerson(security::Scope::MedicalPsychiatric);
    const QString id =
        o.request(security::Scope::MedicalPsychiatric, person, DocumentKind::MedicalPsychiatric);
    const QString pdf = o.out.filePath(QStringLiteral("psychiatric.pdf"));
    REQUIRE(o.documents->printToPdf(o.clerk.session(), id, pdf).ok());
    const QString scanned = scanQr(pdf, o.out.path());
    CHECK(scanned == o.load(id).payload);

    o.office.clock.set(QDateTime(QDate(2025, 9, 1), QTime(9, 0), Qt::UTC));
    const Verification good = o.verify(scanned);
    INFO(good.message.toStdString());
    CHECK(good.verdict == Verdict::Valid);
    REQUIRE(good.payload);
    CHECK(good.payload->fields.certificateId == id);
    CHECK(good.payload->fields.monthlyCap == 5000);

    // One character changed anywhere in the body: never valid.
    for (const int at : {7, 40, int(scanned.size()) / 2, int(scanned.size()) - 3}) {
        QString changed = scanned;
        changed[at] = changed.at(at) == u'A' ? u'B' : u'A';
        const Verification bad = o.verify(changed);
        INFO("position " << at);
        CHECK_FALSE(bad.isValid());
        CHECK((bad.verdict == Verdict::Tampered || bad.verdict == Verdict::Malformed ||
               bad.verdict == Verdict::UnknownKey));
    }
}

TEST_CASE("a reissue gets the next number and the mark, and voids the old one",
          "[certificate][service][reissue]")
{
    CertOffice o;
    const QString person = o.grantedPerson(security::Scope::WelfareService);
    const QString first =
        o.request(security::Scope::WelfareService, person, DocumentKind::WelfareService);
    REQUIRE(o.service->markPrinted(o.clerk.session(), first).ok());
    REQUIRE(o.service->handOver(o.clerk.session(), first).ok());
    const QString oldCode = o.load(first).payload;

    CHECK(
        o.service
            ->reissue(o.clerk.session(), o.clerk.workspace->database(), first, QStringLiteral("  "))
            .code() == ErrorCode::InvalidInput);
    auto second = o.service->reissue(o.clerk.session(), o.clerk.workspace->database(), first,
                                     QStringLiteral("紛失"));
    INFO(second.message().toStdString());
    REQUIRE(second.ok());
    const Certificate old = o.load(first);
    const Certificate fresh = o.load(second.value());
    CHECK(old.state == CertificateState::Void);
    CHECK(old.voidReason == QStringLiteral("紛失"));
    CHECK(old.replacedBy == fresh.id);
    CHECK(fresh.issueNumber == 2);
    CHECK(fresh.reissue == 1);
    CHECK(fresh.reissueOf == first);
    CHECK(fresh.recipientNumber == old.recipientNumber);
    CHECK(o.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'reissue'")) == 1);
    CHECK(o.count(QStringLiteral(
              "SELECT COUNT(*) FROM audit_log WHERE event = 'certificate.void'")) == 1);
    // Reissuing the void one again is refused.
    CHECK(o.service
              ->reissue(o.clerk.session(), o.clerk.workspace->database(), first,
                        QStringLiteral("紛失"))
              .code() == ErrorCode::Conflict);

    const QString pdf = o.out.filePath(QStringLiteral("reissue.pdf"));
    REQUIRE(o.documents->printToPdf(o.clerk.session(), fresh.id, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("再交付")));
    CHECK(text.contains(QStringLiteral("交付番号 2")));

    o.office.clock.set(QDateTime(QDate(2025, 9, 1), QTime(9, 0), Qt::UTC));
    // Before sync: valid but superseded, said plainly.
    const Verification offline = o.verify(oldCode);
    CHECK(offline.verdict == Verdict::SupersededOffline);
    CHECK_FALSE(offline.isValid());
    CHECK_FALSE(offline.message.isEmpty());
    // Once the device has synced: void.
    o.markSynced();
    CHECK(o.verify(oldCode).verdict == Verdict::Void);
    CHECK(o.verify(fresh.payload).verdict == Verdict::Valid);
}

TEST_CASE("the print queue's states and refusals", "[certificate][service][states]")
{
    CertOffice o;
    const QString person = o.grantedPerson(security::Scope::MedicalPsychiatric);
    const QString id =
        o.request(security::Scope::MedicalPsychiatric, person, DocumentKind::MedicalPsychiatric);

    // A second current certificate of the same kind: reissue instead.
    CHECK(o.service
              ->request(o.clerk.session(), o.clerk.workspace->database(),
                        security::Scope::MedicalPsychiatric, person,
                        DocumentKind::MedicalPsychiatric)
              .code() == ErrorCode::Conflict);
    // A kind of another ledger.
    CHECK(o.service
              ->request(o.clerk.session(), o.clerk.workspace->database(),
                        security::Scope::MedicalPsychiatric, person, DocumentKind::WelfareService)
              .code() == ErrorCode::InvalidInput);
    // Someone without a grant there.
    CHECK(o.service
              ->request(o.clerk.session(), o.clerk.workspace->database(), security::Scope::Devices,
                        person, DocumentKind::DeviceVoucher)
              .code() == ErrorCode::NotFound);

    // Hand over before printing.
    CHECK(o.service->handOver(o.clerk.session(), id).code() == ErrorCode::Conflict);
    // A reviewer holds ledger.view but not certificate.print.
    auto reviewerService = o.serviceOf(o.reviewer);
    CHECK(reviewerService->markPrinted(o.reviewer.session(), id).code() ==
          ErrorCode::PermissionDenied);
    CHECK(reviewerService
              ->request(o.reviewer.session(), o.reviewer.workspace->database(),
                        security::Scope::MedicalPsychiatric, person,
                        DocumentKind::MedicalPsychiatric)
              .code() == ErrorCode::PermissionDenied);
    CHECK(o.documentsOf(o.reviewer)->build(o.reviewer.session(), id).code() ==
          ErrorCode::PermissionDenied);
    // A clerk of the welfare-service scope only.
    auto welfareService = o.serviceOf(o.welfareClerk);
    CHECK(welfareService->markPrinted(o.welfareClerk.session(), id).code() ==
          ErrorCode::PermissionDenied);
    CHECK(welfareService->handOver(o.welfareClerk.session(), id).code() ==
          ErrorCode::PermissionDenied);
    CHECK(o.documentsOf(o.welfareClerk)->build(o.welfareClerk.session(), id).code() ==
          ErrorCode::PermissionDenied);
    auto listed = welfareService->list(o.welfareClerk.session());
    REQUIRE(listed.ok());
    CHECK(listed.value().isEmpty());

    REQUIRE(o.service->markPrinted(o.clerk.session(), id).ok());
    REQUIRE(o.service->markPrinted(o.clerk.session(), id).ok()); // a reprint counts again
    CHECK(o.load(id).printCount == 2);
    REQUIRE(o.service->mail(o.clerk.session(), id).ok());
    const Certificate mailed = o.load(id);
    CHECK(mailed.state == CertificateState::Mailed);
    CHECK(mailed.handedOverBy == o.clerk.session().accountId);
    CHECK_FALSE(mailed.handedOverAt.isEmpty());
    CHECK(o.service->handOver(o.clerk.session(), id).code() == ErrorCode::Conflict);
    CHECK(o.service->markPrinted(o.clerk.session(), id).code() == ErrorCode::Conflict);

    // Cancellation: void, then nothing more.
    CHECK(o.service->voidCertificate(o.clerk.session(), id, {}).code() == ErrorCode::InvalidInput);
    REQUIRE(o.service->voidCertificate(o.clerk.session(), id, QStringLiteral("支給決定取消")).ok());
    CHECK(o.service->handOver(o.clerk.session(), id).code() == ErrorCode::Conflict);
    CHECK(o.service->mail(o.clerk.session(), id).code() == ErrorCode::Conflict);
    CHECK(o.service->markPrinted(o.clerk.session(), id).code() == ErrorCode::Conflict);
    CHECK(o.service->voidCertificate(o.clerk.session(), id, QStringLiteral("x")).code() ==
          ErrorCode::Conflict);
    // Void by cancellation verifies as void at once.
    o.office.clock.set(QDateTime(QDate(2025, 9, 1), QTime(9, 0), Qt::UTC));
    CHECK(o.verify(mailed.payload).verdict == Verdict::Void);

    // The table protects what a certificate certifies, and a void row, from direct writes.
    QSqlQuery query(o.clerk.workspace->database().connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE certificate SET monthly_cap = 0")));
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE certificate SET state = 'printed'")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM certificate")));

    // Audit: issue, two prints, hand over (mailed), void.
    CHECK(o.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = "
                                 "'certificate.issue' AND object_id = '%1'")
                      .arg(id)) == 1);
    CHECK(o.count(QStringLiteral(
                      "SELECT COUNT(*) FROM audit_log WHERE event = 'print' AND object_id = '%1'")
                      .arg(id)) == 2);
    CHECK(o.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = "
                                 "'certificate.hand_over' AND object_id = '%1'")
                      .arg(id)) == 1);
    CHECK(o.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = "
                                 "'certificate.void' AND object_id = '%1'")
                      .arg(id)) == 1);
}

TEST_CASE("a batch prints to one PDF and marks all; a cancel marks none",
          "[certificate][service][batch]")
{
    CertOffice o;
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const QString person = o.grantedPerson(security::Scope::WelfareService);
        ids << o.request(security::Scope::WelfareService, person, DocumentKind::WelfareService);
    }
    const QString person = o.grantedPerson(security::Scope::Devices);
    ids << o.request(security::Scope::Devices, person, DocumentKind::DeviceVoucher);

    const QString cancelled = o.out.filePath(QStringLiteral("cancelled.pdf"));
    int calls = 0;
    auto result = o.documents->printBatch(o.clerk.session(), CertificateSelection{}, cancelled,
                                          [&](int done, int total) {
                                              ++calls;
                                              CHECK(total == 4);
                                              return done < 2;
                                          });
    CHECK_FALSE(result.ok());
    CHECK(calls == 2);
    CHECK_FALSE(QFileInfo::exists(cancelled));
    CHECK(o.count(QStringLiteral("SELECT COUNT(*) FROM certificate WHERE state = 'printed'")) == 0);
    CHECK(o.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'print'")) == 0);

    // Only the welfare ledger, on a worker thread's own connection, cancelled from outside.
    std::atomic_bool cancel{true};
    auto none = CertificateDocuments::runBatchOnWorker(
        o.clerk.workspace->database(), o.clerk.workspace->authorizer(), o.office.clock,
        o.clerk.session(), CertificateSelection{{}, security::Scope::WelfareService, {}}, cancelled,
        {}, &cancel);
    CHECK_FALSE(none.ok());
    CHECK(o.count(QStringLiteral("SELECT COUNT(*) FROM certificate WHERE state = 'printed'")) == 0);
    cancel = false;
    const QString welfare = o.out.filePath(QStringLiteral("welfare.pdf"));
    Result<CertificateDocuments::BatchResult> done = Error{ErrorCode::Internal, {}};
    std::atomic_int pages{0};
    std::thread worker([&] {
        done = CertificateDocuments::runBatchOnWorker(
            o.clerk.workspace->database(), o.clerk.workspace->authorizer(), o.office.clock,
            o.clerk.session(), CertificateSelection{{}, security::Scope::WelfareService, {}},
            welfare, [&](int, int) { return ++pages > 0; }, &cancel);
    });
    worker.join();
    CHECK(pages == 3);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    CHECK(done.value().printed == 3);
    CHECK(runTool(QStringLiteral("pdfinfo"), {welfare}).contains(QStringLiteral("Pages:")));
    CHECK(o.count(QStringLiteral("SELECT COUNT(*) FROM certificate WHERE state = 'printed'")) == 3);
    CHECK(o.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'print'")) == 3);

    // Expiring within 400 days from 2025-07-18 includes 2026-07-31 (378 days); 300 does not.
    auto soon = o.documents->select(o.clerk.session(), CertificateSelection{{}, {}, 300});
    REQUIRE(soon.ok());
    CHECK(soon.value().isEmpty());
    auto later = o.documents->select(o.clerk.session(), CertificateSelection{{}, {}, 400});
    REQUIRE(later.ok());
    CHECK(later.value().size() == 4);

    // A hand-picked selection with a void certificate is refused before anything is written.
    REQUIRE(o.service->voidCertificate(o.clerk.session(), ids.last(), QStringLiteral("誤り")).ok());
    const QString picked = o.out.filePath(QStringLiteral("picked.pdf"));
    CHECK(o.documents->printBatch(o.clerk.session(), CertificateSelection{ids, {}, {}}, picked)
              .code() == ErrorCode::Conflict);
    CHECK_FALSE(QFileInfo::exists(picked));
}

TEST_CASE("reference pictures of service-built certificates", "[certificate][service][png]")
{
    // MADOGUCHI_CERTIFICATE_PNG_DIR keeps the PDFs and 100 dpi PNGs (to look at them).
    const QString target = qEnvironmentVariable("MADOGUCHI_CERTIFICATE_PNG_DIR");
    CertOffice o;
    const QString dir = target.isEmpty() ? o.out.path() : target;
    QHash<security::Scope, QString> people;
    for (const KindCase& k : allKinds()) {
        if (!people.contains(k.scope))
            people.insert(k.scope, o.grantedPerson(k.scope));
        QString id = o.request(k.scope, people.value(k.scope), k.kind);
        if (k.kind == DocumentKind::WelfareService) {
            auto again = o.service->reissue(o.clerk.session(), o.clerk.workspace->database(), id,
                                            QStringLiteral("破損"));
            REQUIRE(again.ok());
            id = again.value();
        }
        const QString base = dir + QStringLiteral("/service_") + kindCode(k.kind);
        REQUIRE(o.documents->printToPdf(o.clerk.session(), id, base + QStringLiteral(".pdf")).ok());
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                 QStringLiteral("-singlefile"), base + QStringLiteral(".pdf"), base});
        CHECK(QFileInfo::exists(base + QStringLiteral(".png")));
    }
}
