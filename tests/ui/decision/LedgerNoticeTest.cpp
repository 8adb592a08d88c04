// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger file's "Print renewal notices": the listed recipients with a current grant, to one
// PDF (the path passed directly, as the file dialog cannot be answered offscreen), read back
// with pdftotext.
#include "LedgerDeskFixture.h"
#include "decision/LedgerFileModel.h"
#include "decision/LedgerFilePage.h"

#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::test;
using security::Scope;
using ui::LedgerFilePage;

namespace {

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("The ledger file prints the renewal notices of the listed recipients", "[ui][ledger]")
{
    LedgerDesk d;
    const QString soon = d.person(QStringLiteral("青木"), QStringLiteral("一郎"),
                                  QStringLiteral("アオキ"), QStringLiteral("イチロウ"));
    const QString later = d.person(QStringLiteral("井上"), QStringLiteral("二郎"),
                                   QStringLiteral("イノウエ"), QStringLiteral("ジロウ"));
    const QString rejected = d.person(QStringLiteral("岡田"), QStringLiteral("五郎"),
                                      QStringLiteral("オカダ"), QStringLiteral("ゴロウ"));
    d.grant(soon, Scope::WelfareService, QDate(2025, 4, 1), QDate(2025, 8, 15));
    d.grant(later, Scope::WelfareService, QDate(2025, 4, 1), QDate(2026, 3, 31), 37200);
    d.reject(rejected, Scope::WelfareService);
    QTemporaryDir out;

    LedgerFilePage page(d.clerk());
    REQUIRE(page.setLedger(Scope::WelfareService));
    auto* button = page.findChild<QPushButton*>(QStringLiteral("printRenewalNoticesButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isHidden());
    CHECK(button->isEnabled());

    // The renewal list (ends within 30 days): only 青木.
    page.setExpiringWithin(30);
    const QString pdf = out.filePath(QStringLiteral("renewals.pdf"));
    REQUIRE(page.printRenewalNotices(pdf));
    CHECK(page.messageText().contains(QStringLiteral("1 renewal notice(s)")));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("支給決定の更新申請のお知らせ")));
    CHECK(text.contains(QStringLiteral("青木")));
    CHECK(text.contains(QStringLiteral("令和7年8月15日")));
    CHECK_FALSE(text.contains(QStringLiteral("井上")));

    // Without the filter the rejected person is listed but gets no notice.
    page.setExpiringWithin(std::nullopt);
    const QString all = out.filePath(QStringLiteral("all.pdf"));
    REQUIRE(page.printRenewalNotices(all));
    const QString allText = pdfText(all);
    CHECK(allText.contains(QStringLiteral("青木")));
    CHECK(allText.contains(QStringLiteral("井上")));
    CHECK(allText.contains(QStringLiteral("37,200")));
    CHECK_FALSE(allText.contains(QStringLiteral("岡田")));

    // Nobody with a current grant listed: nothing is written and the page says so.
    page.setStatusFilter(ledger::RecipientStatus::Rejected);
    const QString none = out.filePath(QStringLiteral("none.pdf"));
    CHECK_FALSE(page.printRenewalNotices(none));
    CHECK_FALSE(QFileInfo::exists(none));
    CHECK_FALSE(page.messageText().isEmpty());

    // Who may not print does not see the button.
    LedgerFilePage reviewerPage(*d.reviewer);
    auto* hidden =
        reviewerPage.findChild<QPushButton*>(QStringLiteral("printRenewalNoticesButton"));
    REQUIRE(hidden);
    CHECK(hidden->isHidden());
}
