// SPDX-License-Identifier: GPL-3.0-or-later
// Not checks: renders the certificate screens to PNG files for a person to look at
// (see ../registry/ScreenshotSupport.h). Hidden from ctest; run by hand:
//   MADOGUCHI_SCREENSHOT_DIR=build/<dir>/screenshots/issue6 QT_QPA_PLATFORM=offscreen
//   [MADOGUCHI_SCREENSHOT_QM=…/madoguchi_ja.qm] ./test_ui_print "[.screenshots]"
#include "PrintDeskFixture.h"
#include "ScreenshotSupport.h"
#include "certificate/CertificateQueueModel.h"
#include "certificate/CertificateVerifyDialog.h"
#include "certificate/CertificatesPage.h"
#include "certificate/ReissueDialog.h"
#include "decision/LedgerFilePage.h"
#include "print/BatchPrinting.h"
#include "print/DocumentPreviewDialog.h"

#include <QPrintPreviewWidget>
#include <QProgressDialog>
#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::test;

TEST_CASE("Screenshots of the certificate screens", "[.screenshots]")
{
    ScreenshotSession shots;
    PrintDesk d;
    struct Row
    {
        const char* family;
        const char* given;
        const char* familyKana;
        const char* givenKana;
        QDate to;
    };
    const Row rows[] = {
        {"青木", "一郎", "アオキ", "イチロウ", QDate(2025, 8, 15)},
        {"井上", "美咲", "イノウエ", "ミサキ", QDate(2025, 9, 30)},
        {"上田", "健太", "ウエダ", "ケンタ", QDate(2026, 3, 31)},
        {"江口", "陽子", "エグチ", "ヨウコ", QDate(2025, 8, 31)},
        {"岡田", "翔", "オカダ", "ショウ", QDate(2026, 3, 31)},
    };
    QStringList ids;
    for (const Row& row : rows) {
        const QString person =
            d.recipient(QString::fromUtf8(row.family), QString::fromUtf8(row.given),
                        QString::fromUtf8(row.familyKana), QString::fromUtf8(row.givenKana),
                        QDate(2025, 4, 1), row.to);
        ids << d.request(person);
    }
    auto queue = d.service(d.clerk());
    const security::Session& session = d.clerk().session();
    REQUIRE(queue.markPrinted(session, ids.at(0)).ok());
    REQUIRE(queue.handOver(session, ids.at(0)).ok());
    REQUIRE(queue.markPrinted(session, ids.at(1)).ok());
    REQUIRE(queue.mail(session, ids.at(1)).ok());
    REQUIRE(queue.markPrinted(session, ids.at(2)).ok());
    REQUIRE(queue.handOver(session, ids.at(2)).ok());
    REQUIRE(queue.reissue(session, d.clerk().database(), ids.at(2), QStringLiteral("紛失")).ok());
    REQUIRE(queue.markPrinted(session, ids.at(3)).ok());

    ui::CertificatesPage page(d.clerk());
    page.setShowVoid(true);
    REQUIRE(page.selectCertificate(ids.at(3)));
    shots.save(&page, QStringLiteral("certificate-queue"), 1450, 520);

    // The print preview of a 受給者証 (the first requested one).
    REQUIRE(page.selectCertificate(ids.at(4)));
    ui::DocumentPreviewDialog* preview = page.createPreview();
    REQUIRE(preview);
    shots.save(preview, QStringLiteral("certificate-print-preview"), 900, 1000);
    preview->previewWidget()->fitInView();
    shots.save(preview, QStringLiteral("certificate-print-preview"), 900, 1000);
    preview->close();

    // Reissue asks the reason.
    REQUIRE(page.selectCertificate(ids.at(0)));
    ui::ReissueDialog* reissue = page.createReissueDialog();
    REQUIRE(reissue);
    REQUIRE_FALSE(reissue->submit());
    shots.save(reissue, QStringLiteral("certificate-reissue-dialog"));
    reissue->close();

    // The verify dialog: a valid code, then the same code with one character changed.
    const certificate::Certificate valid =
        certificate::CertificateService::load(d.clerk().database().connection(), ids.at(4)).value();
    ui::CertificateVerifyDialog verify(d.clerk());
    verify.setStatusLookup(
        std::make_shared<certificate::LocalCertificateStatus>(d.clerk().database().connection()));
    verify.setCodeText(valid.payload);
    REQUIRE(verify.verify());
    shots.save(&verify, QStringLiteral("certificate-verify-valid"), 700, 520);
    QString changed = valid.payload;
    changed[12] = changed.at(12) == u'A' ? u'B' : u'A';
    verify.setCodeText(changed);
    REQUIRE_FALSE(verify.verify());
    shots.save(&verify, QStringLiteral("certificate-verify-tampered"), 700, 520);
    // The reissued one's old code, offline: genuine but replaced.
    const certificate::Certificate old =
        certificate::CertificateService::load(d.clerk().database().connection(), ids.at(2)).value();
    verify.setCodeText(old.payload);
    REQUIRE_FALSE(verify.verify());
    shots.save(&verify, QStringLiteral("certificate-verify-superseded"), 700, 520);

    // The ledger file's renewal list with its print button.
    ui::LedgerFilePage file(d.clerk());
    REQUIRE(file.setLedger(security::Scope::WelfareService));
    file.setExpiringWithin(60);
    shots.save(&file, QStringLiteral("ledger-file-print-certificates"), 1200, 360);

    // Batch progress: the grab is taken once the worker reported a page, then it is cancelled.
    page.setShowVoid(false);
    QTemporaryDir out;
    documents::CertificateSelection selection;
    selection.certificateIds = {ids.at(3), ids.at(4)};
    ui::BatchPrinting* batch = page.batchPrinting();
    REQUIRE(batch->startPdf(selection, out.filePath(QStringLiteral("batch.pdf"))));
    REQUIRE(batch->progressDialog());
    waitUntil([&] { return batch->progressDialog()->value() > 0 || !batch->isRunning(); });
    batch->progressDialog()->setMaximum(std::max(batch->progressDialog()->maximum(), 2));
    if (batch->progressDialog()->value() <= 0)
        batch->progressDialog()->setValue(1);
    CHECK(batch->progressDialog()->grab().save(
        shots.directory + QStringLiteral("/certificate-batch-progress.png"), "PNG"));
    batch->cancel();
    REQUIRE(batch->waitForFinished());
}
