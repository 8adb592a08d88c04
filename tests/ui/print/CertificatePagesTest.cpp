// SPDX-License-Identifier: GPL-3.0-or-later
// The certificate screens (証明書・通知書): the verify dialog on real signed codes, the print
// queue's actions by state, reissue with its reason, batch printing with cancel, the ledger file's
// print button and the main window's entries. Everything goes through the core services.
#include "PrintDeskFixture.h"
#include "certificate/CertificateQueueModel.h"
#include "certificate/CertificateVerifyDialog.h"
#include "certificate/CertificatesPage.h"
#include "certificate/IssueCertificateDialog.h"
#include "certificate/IssuingKeys.h"
#include "certificate/ReissueDialog.h"
#include "decision/LedgerFileModel.h"
#include "decision/LedgerFilePage.h"
#include "print/BatchPrinting.h"
#include "print/DocumentPreviewDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::test;
using certificate::CertificateState;
using certificate::Verdict;
using security::Scope;

namespace {

/// One character of the code changed to another base32 character (inside the certificate id).
QString tampered(const QString& code)
{
    QString changed = code;
    const int at = 12;
    changed[at] = changed.at(at) == u'A' ? u'B' : u'A';
    REQUIRE(changed != code);
    return changed;
}

/// Prints the page's selected certificate through its preview, on a PDF printer.
void printSelected(ui::CertificatesPage& page, const QString& pdf)
{
    ui::DocumentPreviewDialog* preview = page.createPreview();
    REQUIRE(preview);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    const Status printed = preview->printTo(printer);
    INFO(printed.message().toStdString());
    REQUIRE(printed.ok());
    preview->close();
    CHECK(QFileInfo(pdf).size() > 1000);
}

} // namespace

TEST_CASE("The verify dialog tells valid from tampered on real signed codes", "[ui][certificate]")
{
    PrintDesk d;
    const QString person =
        d.recipient(QStringLiteral("青木"), QStringLiteral("一郎"), QStringLiteral("アオキ"),
                    QStringLiteral("イチロウ"), QDate(2025, 4, 1), QDate(2026, 3, 31));
    const certificate::Certificate issued = d.certificate(d.request(person));
    REQUIRE(issued.payload.startsWith(QStringLiteral("MDG1:")));

    ui::CertificateVerifyDialog dialog(d.clerk());
    dialog.setStatusLookup(
        std::make_shared<certificate::LocalCertificateStatus>(d.clerk().database().connection()));
    dialog.show();
    CHECK(dialog.verdictText().isEmpty());
    CHECK(dialog.detailsText().isEmpty());

    // A scanner types the code and Enter.
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("codeEdit"));
    REQUIRE(edit);
    edit->setText(issued.payload);
    pressKey(edit, Qt::Key_Return);
    REQUIRE(dialog.verification());
    CHECK(dialog.verification()->verdict == Verdict::Valid);
    CHECK(dialog.verdictText() == QStringLiteral("Valid"));
    CHECK_FALSE(dialog.explanationText().isEmpty());
    const QString details = dialog.detailsText();
    CHECK(details.contains(issued.recipientNumber));
    // A welfare-service certificate carries the 10-digit 受給者証番号 and says so.
    CHECK(issued.recipientNumber.size() == 10);
    CHECK(details.contains(ui::CertificateVerifyDialog::tr("Certificate number:")));
    CHECK_FALSE(details.contains(ui::CertificateVerifyDialog::tr("Recipient number:")));
    CHECK(details.contains(certificate::kindLabel(certificate::DocumentKind::WelfareService)));
    CHECK(details.contains(QStringLiteral("令和7年4月1日")));
    CHECK(details.contains(QStringLiteral("令和8年3月31日")));
    CHECK(details.contains(QStringLiteral("9,300")));
    CHECK(details.contains(QStringLiteral("city's issuing key")));
    CHECK_FALSE(details.contains(QStringLiteral("青木"))); // the code carries no name
    CHECK(edit->selectedText() == issued.payload);         // the next scan replaces it
    CHECK(dialog.isVisible()); // Enter checked the code and closed nothing

    // One character changed: altered or forged, and what it claims is not vouched for.
    dialog.setCodeText(tampered(issued.payload));
    CHECK_FALSE(dialog.verify());
    CHECK(dialog.verification()->verdict == Verdict::Tampered);
    CHECK(dialog.verdictText() == QStringLiteral("Altered or forged"));
    auto* caption = dialog.findChild<QLabel*>(QStringLiteral("detailsCaption"));
    REQUIRE(caption);
    CHECK(caption->text().contains(QStringLiteral("not confirmed")));

    // Not a code at all.
    dialog.setCodeText(QStringLiteral("hello"));
    CHECK_FALSE(dialog.verify());
    CHECK(dialog.verification()->verdict == Verdict::Malformed);
    CHECK(dialog.detailsText().isEmpty());

    // Reissued here, its void not yet synced: genuine, but a newer one exists.
    auto queue = d.service(d.clerk());
    REQUIRE(queue.markPrinted(d.clerk().session(), issued.id).ok());
    REQUIRE(queue.handOver(d.clerk().session(), issued.id).ok());
    REQUIRE(
        queue.reissue(d.clerk().session(), d.clerk().database(), issued.id, QStringLiteral("紛失"))
            .ok());
    dialog.setCodeText(issued.payload);
    CHECK_FALSE(dialog.verify());
    const Verdict old = dialog.verification()->verdict;
    CHECK((old == Verdict::SupersededOffline || old == Verdict::Void));
    CHECK(dialog.verdictText() == ui::CertificateVerifyDialog::verdictHeadline(old));

    // Expired: the same code checked after its validity, with the keys alone.
    certificate::IssuingKeys issuing(d.clerk().database(), d.clerk().audit(),
                                     d.clerk().authorizer(), d.office().clock);
    auto keys = issuing.trustedKeys();
    REQUIRE(keys.ok());
    ui::CertificateVerifyDialog later(keys.value(), QDate(2026, 4, 1), nullptr);
    later.setCodeText(issued.payload);
    CHECK_FALSE(later.verify());
    CHECK(later.verification()->verdict == Verdict::Expired);
    CHECK(later.verdictText() == QStringLiteral("Expired"));
    CHECK(later.detailsText().contains(issued.recipientNumber));
}

TEST_CASE("A verifier without keys says so and cannot confirm anything", "[ui][certificate]")
{
    PrintDesk d;
    const QString person =
        d.recipient(QStringLiteral("井上"), QStringLiteral("二郎"), QStringLiteral("イノウエ"),
                    QStringLiteral("ジロウ"), QDate(2025, 4, 1), QDate(2026, 3, 31));
    const certificate::Certificate issued = d.certificate(d.request(person));
    ui::CertificateVerifyDialog dialog(certificate::TrustedKeys(), QDate(2025, 7, 18), nullptr);
    auto* keysLabel = dialog.findChild<QLabel*>(QStringLiteral("keysLabel"));
    REQUIRE(keysLabel);
    CHECK_FALSE(keysLabel->isHidden());
    dialog.setCodeText(issued.payload);
    CHECK_FALSE(dialog.verify());
    CHECK(dialog.verification()->verdict == Verdict::UnknownKey);
}

TEST_CASE("Queue actions move certificates through their states", "[ui][certificate]")
{
    PrintDesk d;
    const QString first =
        d.recipient(QStringLiteral("上田"), QStringLiteral("三郎"), QStringLiteral("ウエダ"),
                    QStringLiteral("サブロウ"), QDate(2025, 4, 1), QDate(2026, 3, 31));
    const QString second =
        d.recipient(QStringLiteral("江口"), QStringLiteral("四郎"), QStringLiteral("エグチ"),
                    QStringLiteral("シロウ"), QDate(2025, 4, 1), QDate(2025, 8, 31));
    const QString a = d.request(first);
    const QString b = d.request(second);
    QTemporaryDir out;

    ui::CertificatesPage page(d.clerk());
    page.refresh();
    REQUIRE(page.model()->rowCount() == 2);
    CHECK(page.messageText().isEmpty());
    auto* printButton = page.findChild<QPushButton*>(QStringLiteral("printButton"));
    auto* handOverButton = page.findChild<QPushButton*>(QStringLiteral("handOverButton"));
    auto* mailButton = page.findChild<QPushButton*>(QStringLiteral("mailButton"));
    auto* reissueButton = page.findChild<QPushButton*>(QStringLiteral("reissueButton"));
    REQUIRE((printButton && handOverButton && mailButton && reissueButton));

    REQUIRE(page.selectCertificate(a));
    CHECK(page.currentPersonText() == QStringLiteral("上田　三郎")); // as registered
    CHECK(page.currentCertificate()->state == CertificateState::Requested);
    CHECK(printButton->isEnabled());
    CHECK_FALSE(handOverButton->isEnabled());
    CHECK_FALSE(reissueButton->isEnabled());
    // The core refuses a hand-over before printing; the page says why in plain words.
    CHECK_FALSE(page.handOverCurrent());
    CHECK_FALSE(page.messageText().isEmpty());
    CHECK(d.certificate(a).state == CertificateState::Requested);

    printSelected(page, out.filePath(QStringLiteral("a.pdf")));
    CHECK(d.certificate(a).state == CertificateState::Printed);
    CHECK(d.certificate(a).printedBy == d.clerk().session().accountId);
    REQUIRE(page.currentCertificate());
    CHECK(page.currentCertificate()->id == a);
    CHECK(page.currentCertificate()->state == CertificateState::Printed);
    const int row = page.model()->rowOf(a);
    CHECK(page.model()
              ->index(row, ui::CertificateQueueModel::LastStepColumn)
              .data()
              .toString()
              .contains(QStringLiteral("(you)")));
    CHECK(handOverButton->isEnabled());
    CHECK(mailButton->isEnabled());
    REQUIRE(page.handOverCurrent());
    CHECK(d.certificate(a).state == CertificateState::HandedOver);
    CHECK_FALSE(printButton->isEnabled());
    CHECK(reissueButton->isEnabled());

    REQUIRE(page.selectCertificate(b));
    printSelected(page, out.filePath(QStringLiteral("b.pdf")));
    REQUIRE(page.mailCurrent());
    CHECK(d.certificate(b).state == CertificateState::Mailed);
    CHECK_FALSE(page.mailCurrent()); // mailed already: refused, said plainly
    CHECK_FALSE(page.messageText().isEmpty());

    // The state filter.
    page.setStateFilter(CertificateState::Mailed);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->certificates().first().id == b);
    page.setStateFilter(std::nullopt);
    CHECK(page.model()->rowCount() == 2);
}

TEST_CASE("Reissue asks the reason and voids the old certificate", "[ui][certificate]")
{
    PrintDesk d;
    const QString person =
        d.recipient(QStringLiteral("岡田"), QStringLiteral("五郎"), QStringLiteral("オカダ"),
                    QStringLiteral("ゴロウ"), QDate(2025, 4, 1), QDate(2026, 3, 31));
    const QString old = d.request(person);
    auto queue = d.service(d.clerk());
    REQUIRE(queue.markPrinted(d.clerk().session(), old).ok());
    REQUIRE(queue.handOver(d.clerk().session(), old).ok());

    ui::CertificatesPage page(d.clerk());
    page.refresh();
    REQUIRE(page.selectCertificate(old));
    ui::ReissueDialog* dialog = page.createReissueDialog();
    REQUIRE(dialog);
    dialog->show();
    CHECK(dialog->reasonText().isEmpty());
    // No reason: the core refuses, the dialog stays open and says why.
    CHECK_FALSE(dialog->submit());
    CHECK_FALSE(dialog->messageText().isEmpty());
    CHECK(dialog->isVisible());
    CHECK(d.certificate(old).state == CertificateState::HandedOver);

    dialog->setReasonText(QStringLiteral("紛失"));
    REQUIRE(dialog->submit());
    const QString renewed = dialog->newCertificateId();
    REQUIRE_FALSE(renewed.isEmpty());
    settle(50);
    CHECK(d.certificate(old).state == CertificateState::Void);
    const certificate::Certificate fresh = d.certificate(renewed);
    CHECK(fresh.reissue == 1);
    CHECK(fresh.reissueReason == QStringLiteral("紛失"));
    CHECK(fresh.issueNumber == d.certificate(old).issueNumber + 1);
    // The page lists the new one and selects it; the void one only on request.
    REQUIRE(page.currentCertificate());
    CHECK(page.currentCertificate()->id == renewed);
    CHECK(page.model()->rowOf(old) < 0);
    CHECK(page.infoText().contains(QStringLiteral("void")));
    page.setShowVoid(true);
    REQUIRE(page.model()->rowOf(old) >= 0);
    CHECK(page.model()->certificates().at(page.model()->rowOf(old)).state ==
          CertificateState::Void);
}

TEST_CASE("Issue a certificate: person, ledger from their grants, kind", "[ui][certificate]")
{
    PrintDesk d;
    const QString person =
        d.recipient(QStringLiteral("加藤"), QStringLiteral("六郎"), QStringLiteral("カトウ"),
                    QStringLiteral("ロクロウ"), QDate(2025, 4, 1), QDate(2026, 3, 31));
    const QString nobody = d.ledgers.person(QStringLiteral("久保"), QStringLiteral("八子"),
                                            QStringLiteral("クボ"), QStringLiteral("ハチコ"));
    ui::IssueCertificateDialog dialog(d.clerk());
    CHECK_FALSE(dialog.submit());
    CHECK_FALSE(dialog.messageText().isEmpty());

    dialog.setPerson(nobody, QStringLiteral("久保 八子"));
    CHECK(dialog.offeredLedgers().isEmpty());
    CHECK_FALSE(dialog.messageText().isEmpty());

    dialog.setPerson(person, QStringLiteral("加藤 六郎"));
    REQUIRE(dialog.offeredLedgers() == QList<Scope>{Scope::WelfareService});
    CHECK(dialog.offeredKinds().contains(certificate::DocumentKind::WelfareService));
    CHECK_FALSE(dialog.offeredKinds().contains(certificate::DocumentKind::MedicalPsychiatric));
    REQUIRE(dialog.setKind(certificate::DocumentKind::WelfareService));
    REQUIRE(dialog.submit());
    const QString id = dialog.certificateId();
    CHECK(d.certificate(id).state == CertificateState::Requested);
    CHECK(d.certificate(id).personId == person);

    // A second one of the same kind is refused by the core; the choices stay.
    ui::IssueCertificateDialog again(d.clerk());
    again.setPerson(person, QStringLiteral("加藤 六郎"));
    REQUIRE(again.setKind(certificate::DocumentKind::WelfareService));
    CHECK_FALSE(again.submit());
    CHECK_FALSE(again.messageText().isEmpty());
    CHECK(again.offeredLedgers() == QList<Scope>{Scope::WelfareService});
}

TEST_CASE("Batch printing runs off the GUI thread and cancel leaves the page usable",
          "[ui][certificate][batch]")
{
    PrintDesk d;
    QStringList ids;
    const char* family[] = {"青木", "井上", "上田", "江口", "岡田", "加藤"};
    for (const char* name : family) {
        const QString person =
            d.recipient(QString::fromUtf8(name), QStringLiteral("花子"), QStringLiteral("テスト"),
                        QStringLiteral("ハナコ"), QDate(2025, 4, 1), QDate(2025, 9, 30));
        ids << d.request(person);
    }
    QTemporaryDir out;
    ui::CertificatesPage page(d.clerk());
    page.show();
    page.refresh();
    REQUIRE(page.model()->rowCount() == 6);
    ui::BatchPrinting* batch = page.batchPrinting();
    auto* batchPdfButton = page.findChild<QPushButton*>(QStringLiteral("batchPdfButton"));
    REQUIRE(batchPdfButton);

    documents::CertificateSelection selection;
    selection.certificateIds = ids;
    const QString cancelledPdf = out.filePath(QStringLiteral("cancelled.pdf"));
    REQUIRE(batch->startPdf(selection, cancelledPdf));
    CHECK(batch->isRunning());
    REQUIRE(batch->progressDialog());
    CHECK(batch->progressDialog()->isVisible());
    CHECK_FALSE(batch->progressDialog()->isModal());
    CHECK_FALSE(batch->startPdf(selection, cancelledPdf)); // one batch at a time
    batch->cancel();
    REQUIRE(batch->waitForFinished());
    CHECK_FALSE(batch->lastSucceeded());
    CHECK(batch->lastMessage().contains(QStringLiteral("cancelled")));
    CHECK(batch->lastPrinted() == 0);
    CHECK_FALSE(batch->progressDialog()->isVisible());
    CHECK_FALSE(QFileInfo::exists(cancelledPdf));
    for (const QString& id : std::as_const(ids))
        CHECK(d.certificate(id).state == CertificateState::Requested);
    // The page works on: it lists, selects and prints again.
    CHECK(page.isEnabled());
    CHECK(page.model()->rowCount() == 6);
    CHECK(page.messageText().contains(QStringLiteral("cancelled")));
    CHECK(batchPdfButton->isEnabled());
    REQUIRE(page.selectRow(0));

    int progressReports = 0;
    QObject::connect(batch, &ui::BatchPrinting::progressChanged, &page,
                     [&](int, int) { ++progressReports; });
    const QString pdf = out.filePath(QStringLiteral("batch.pdf"));
    REQUIRE(batch->startPdf(selection, pdf));
    // While the worker prints, the GUI thread keeps handling events.
    REQUIRE(waitUntil([&] { return !batch->isRunning(); }, 60000));
    INFO(batch->lastMessage().toStdString());
    REQUIRE(batch->lastSucceeded());
    CHECK(batch->lastPrinted() == 6);
    CHECK(progressReports >= 1);
    CHECK(QFileInfo(pdf).size() > 6000);
    for (const QString& id : std::as_const(ids))
        CHECK(d.certificate(id).state == CertificateState::Printed);
    CHECK(page.infoText().contains(QStringLiteral("6")));
    CHECK(page.model()->certificates().first().state == CertificateState::Printed);
}

TEST_CASE("The ledger file prints the listed recipients' certificates", "[ui][certificate][batch]")
{
    PrintDesk d;
    const QString soon =
        d.recipient(QStringLiteral("青木"), QStringLiteral("一郎"), QStringLiteral("アオキ"),
                    QStringLiteral("イチロウ"), QDate(2025, 4, 1), QDate(2025, 8, 15));
    const QString later =
        d.recipient(QStringLiteral("井上"), QStringLiteral("二郎"), QStringLiteral("イノウエ"),
                    QStringLiteral("ジロウ"), QDate(2025, 4, 1), QDate(2026, 3, 31));
    d.recipient(QStringLiteral("上田"), QStringLiteral("三郎"), QStringLiteral("ウエダ"),
                QStringLiteral("サブロウ"), QDate(2025, 4, 1), QDate(2025, 8, 31));
    const QString soonId = d.request(soon);
    const QString laterId = d.request(later);

    ui::LedgerFilePage page(d.clerk());
    REQUIRE(page.setLedger(Scope::WelfareService));
    auto* button = page.findChild<QPushButton*>(QStringLiteral("printCertificatesButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isHidden());
    page.setExpiringWithin(60);
    REQUIRE(page.model()->rowCount() == 2);
    int without = -1;
    CHECK(page.printableCertificateIds(&without) == QStringList{soonId});
    CHECK(without == 1);

    QTemporaryDir out;
    documents::CertificateSelection selection;
    selection.certificateIds = page.printableCertificateIds();
    REQUIRE(page.batchPrinting()->startPdf(selection, out.filePath(QStringLiteral("r.pdf"))));
    REQUIRE(page.batchPrinting()->waitForFinished());
    INFO(page.batchPrinting()->lastMessage().toStdString());
    CHECK(page.batchPrinting()->lastSucceeded());
    CHECK(d.certificate(soonId).state == CertificateState::Printed);
    CHECK(d.certificate(laterId).state == CertificateState::Requested);
}

TEST_CASE("The main window offers the certificate page and the verifier", "[ui][certificate]")
{
    PrintDesk d;
    auto auditor = d.ledgers.desk.signInAs(QStringLiteral("auditor1"), {security::Role::Auditor},
                                           security::allScopes());
    {
        auto clerk = d.ledgers.desk.signInAs(QStringLiteral("clerk2"), {security::Role::Clerk},
                                             security::allScopes());
        ui::MainWindow window(std::move(clerk));
        REQUIRE(window.isPageAvailable(ui::MainWindow::Page::Printing));
        CHECK(
            qobject_cast<ui::CertificatesPage*>(window.pageWidget(ui::MainWindow::Page::Printing)));
        REQUIRE(window.verifyAction());
        CHECK(window.verifyAction()->isEnabled());
    }
    // Anyone signed in may check a code, without certificate.print.
    ui::MainWindow window(std::move(auditor));
    CHECK_FALSE(window.isPageAvailable(ui::MainWindow::Page::Printing));
    ui::CertificateVerifyDialog* dialog = window.openCertificateVerifier();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    dialog->close();
    window.lock();
    CHECK_FALSE(window.verifyAction()->isEnabled());
    CHECK(window.openCertificateVerifier() == nullptr);
}

TEST_CASE("Closing the window during a batch ends the worker before the database closes",
          "[ui][certificate][batch]")
{
    PrintDesk d;
    QStringList ids;
    for (const char* name : {"青木", "井上", "上田"}) {
        ids << d.request(d.recipient(QString::fromUtf8(name), QStringLiteral("花子"),
                                     QStringLiteral("テスト"), QStringLiteral("ハナコ"),
                                     QDate(2025, 4, 1), QDate(2025, 9, 30)));
    }
    QTemporaryDir out;
    {
        auto clerk = d.ledgers.desk.signInAs(QStringLiteral("clerk2"), {security::Role::Clerk},
                                             security::allScopes());
        ui::MainWindow window(std::move(clerk));
        auto* page =
            qobject_cast<ui::CertificatesPage*>(window.pageWidget(ui::MainWindow::Page::Printing));
        REQUIRE(page);
        documents::CertificateSelection selection;
        selection.certificateIds = ids;
        REQUIRE(page->batchPrinting()->startPdf(selection, out.filePath(QStringLiteral("x.pdf"))));
    }
    // All or nothing: the batch either finished before the close or left no print behind.
    const CertificateState first = d.certificate(ids.first()).state;
    CHECK((first == CertificateState::Requested || first == CertificateState::Printed));
    for (const QString& id : std::as_const(ids))
        CHECK(d.certificate(id).state == first);
}
