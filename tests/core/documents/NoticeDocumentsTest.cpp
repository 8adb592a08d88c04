// SPDX-License-Identifier: GPL-3.0-or-later
// Decision, rejection, 補装具費 and renewal notices built from real approved decisions, rendered
// to PDF and read back with pdftotext.
#include "documents/NoticeDocuments.h"
#include "LedgerFixture.h"
#include "japanese/Wareki.h"
#include "mynumber/MyNumber.h"
#include "mynumber/MyNumberService.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace madoguchi;
using madoguchi::documents::NoticeDocuments;
using madoguchi::documents::RenewalTarget;

namespace {

const QString kMyNumber = QStringLiteral("123456789018"); // valid check digit (DocumentSamples)

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString wareki(QDate day)
{
    return japanese::Wareki::formatLong(day);
}

struct NoticeOffice : test::LedgerOffice
{
    std::unique_ptr<NoticeDocuments> notices;
    QTemporaryDir out;

    NoticeOffice() { notices = noticesOf(clerk); }

    std::unique_ptr<NoticeDocuments> noticesOf(test::LedgerDesk& desk)
    {
        return std::make_unique<NoticeDocuments>(desk.workspace->database().connection(),
                                                 desk.workspace->audit(),
                                                 desk.workspace->authorizer(), office.clock);
    }

    /// A person with a recorded My Number (the first one only: numbers are unique).
    QString person()
    {
        const QString id = newPerson();
        if (persons == 1) {
            mynumber::MyNumberService numbers(clerk.workspace->database(), clerk.workspace->audit(),
                                              clerk.workspace->authorizer(), office.clock);
            auto number = mynumber::MyNumber::parse(kMyNumber);
            REQUIRE(number.ok());
            Status recorded = numbers.recordFromJukinet(clerk.session(), id, number.value());
            INFO(recorded.message().toStdString());
            REQUIRE(recorded.ok());
        }
        return id;
    }

    QString printedNumber(security::Scope scope, const QString& personId)
    {
        auto state = clerk.state->recipient(clerk.session(), scope, personId);
        INFO(state.message().toStdString());
        REQUIRE(state.ok());
        const QString number = scope == security::Scope::WelfareService ? state->certificateNumber
                                                                        : state->recipientNumber;
        REQUIRE_FALSE(number.isEmpty());
        return number;
    }

    QString print(const QStringList& decisionIds, const QString& name)
    {
        const QString pdf = out.filePath(name);
        Status printed = notices->printToPdf(clerk.session(), decisionIds, pdf);
        INFO(printed.message().toStdString());
        REQUIRE(printed.ok());
        REQUIRE(QFileInfo(pdf).size() > 0);
        return pdfText(pdf);
    }

    int prints(const QString& objectType, const QString& objectId)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'print' AND "
                                    "object_type = '%1' AND object_id = '%2'")
                         .arg(objectType, objectId));
    }
};

void checkPerson(const QString& text)
{
    CHECK(text.contains(QStringLiteral("試験")));
    CHECK(text.contains(QStringLiteral("花子")));
    CHECK(text.contains(QStringLiteral("シケン")));
    CHECK(text.contains(wareki(QDate(1980, 4, 1)))); // 昭和55年4月1日
    CHECK_FALSE(text.contains(kMyNumber));
    CHECK_FALSE(QString(text).remove(QChar(u' ')).contains(kMyNumber));
}

} // namespace

TEST_CASE("a grant prints the decision notice with the recipient's facts and never the My Number",
          "[documents][notice]")
{
    NoticeOffice o;
    const QString person = o.person();
    const QString grant = o.approved(o.application(person, security::Scope::WelfareService),
                                     test::grantDraft(QDate(2025, 8, 1), QDate(2026, 7, 31), 9300));
    auto built = o.notices->build(o.clerk.session(), grant);
    INFO(built.message().toStdString());
    REQUIRE(built.ok());
    CHECK(built->kind == QStringLiteral("decision_notice"));
    CHECK(built->value(QStringLiteral("application_date")) == QStringLiteral("2025-07-18"));
    CHECK(built->value(QStringLiteral("decision_date")) == QStringLiteral("2025-07-18"));
    CHECK(o.prints(QStringLiteral("decision"), grant) == 0); // building is not printing

    const QString text = o.print({grant}, QStringLiteral("grant.pdf"));
    CHECK(text.contains(QStringLiteral("介護給付費等支給決定通知書")));
    CHECK(text.contains(o.printedNumber(security::Scope::WelfareService, person)));
    CHECK(text.contains(wareki(QDate(2025, 8, 1))));
    CHECK(text.contains(wareki(QDate(2026, 7, 31))));
    CHECK(text.contains(wareki(QDate(2025, 7, 18)))); // application, decision and issue date
    CHECK(text.contains(QStringLiteral("9,300")));
    checkPerson(text);
    CHECK(o.prints(QStringLiteral("decision"), grant) == 1);

    SECTION("a change decision prints the decision notice too")
    {
        const QString change =
            o.approved(o.application(person, security::Scope::WelfareService),
                       test::followUpDraft(decision::DecisionKind::Change, grant,
                                           QDate(2025, 10, 1), QDate(2026, 9, 30), 4600));
        auto changed = o.notices->build(o.clerk.session(), change);
        REQUIRE(changed.ok());
        CHECK(changed->kind == QStringLiteral("decision_notice"));
        const QString both = o.print({grant, change}, QStringLiteral("both.pdf"));
        CHECK(both.contains(wareki(QDate(2026, 9, 30))));
        CHECK(both.contains(QStringLiteral("4,600")));
        CHECK(both.count(QStringLiteral("介護給付費等支給決定通知書")) >= 2);
        CHECK(o.prints(QStringLiteral("decision"), grant) == 2);
        CHECK(o.prints(QStringLiteral("decision"), change) == 1);
    }
}

TEST_CASE("a devices grant prints the 補装具費 decision notice", "[documents][notice]")
{
    NoticeOffice o;
    const QString person = o.person();
    decision::DecisionDraft draft = test::grantDraft(QDate(2025, 8, 1), QDate(2025, 10, 31), 9300);
    draft.inputs.insert(QStringLiteral("device"), QStringLiteral("車椅子（普通型）"));
    draft.inputs.insert(QStringLiteral("device_amount"), 100000);
    draft.inputs.insert(QStringLiteral("payment"), 90700);
    const QString grant = o.approved(o.application(person, security::Scope::Devices), draft);
    auto built = o.notices->build(o.clerk.session(), grant);
    REQUIRE(built.ok());
    CHECK(built->kind == QStringLiteral("prosthetic_decision_notice"));
    const QString text = o.print({grant}, QStringLiteral("device.pdf"));
    CHECK(text.contains(QStringLiteral("補装具費支給決定通知書")));
    CHECK(text.contains(o.printedNumber(security::Scope::Devices, person)));
    CHECK(text.contains(QStringLiteral("車椅子（普通型）")));
    CHECK(text.contains(QStringLiteral("100,000")));
    CHECK(text.contains(QStringLiteral("90,700")));
    CHECK(text.contains(wareki(QDate(2025, 10, 31))));
    checkPerson(text);
}

TEST_CASE("a rejection prints the rejection notice with its reason", "[documents][notice]")
{
    NoticeOffice o;
    const QString person = o.person();
    decision::DecisionDraft draft = test::followUpDraft(decision::DecisionKind::Reject, {});
    draft.reason = QStringLiteral("支給の必要性が認められないため。");
    const QString reject =
        o.approved(o.application(person, security::Scope::MedicalPsychiatric), draft);
    auto built = o.notices->build(o.clerk.session(), reject);
    INFO(built.message().toStdString());
    REQUIRE(built.ok());
    CHECK(built->kind == QStringLiteral("rejection_notice"));
    const QString text = o.print({reject}, QStringLiteral("reject.pdf"));
    CHECK(text.contains(QStringLiteral("却下通知書")));
    CHECK(text.contains(QStringLiteral("支給の必要性が認められないため。")));
    CHECK(text.contains(QStringLiteral("自立支援医療（精神通院医療）")));
    CHECK(text.contains(wareki(QDate(2025, 7, 18))));
    checkPerson(text);
    CHECK(o.prints(QStringLiteral("decision"), reject) == 1);
}

TEST_CASE("renewal notices of recipients whose grant ends soon", "[documents][notice]")
{
    NoticeOffice o;
    const QString soon = o.person();
    o.approved(o.application(soon, security::Scope::MedicalPsychiatric),
               test::grantDraft(QDate(2024, 9, 1), QDate(2025, 8, 31), 5000));
    const QString later = o.person();
    o.approved(o.application(later, security::Scope::MedicalPsychiatric),
               test::grantDraft(QDate(2025, 8, 1), QDate(2026, 7, 31), 5000));

    auto targets = o.notices->renewalTargets(o.clerk.session(), std::nullopt, 60);
    INFO(targets.message().toStdString());
    REQUIRE(targets.ok());
    REQUIRE(targets->size() == 1);
    CHECK(targets->at(0).personId == soon);
    CHECK(targets->at(0).ledger == security::Scope::MedicalPsychiatric);

    auto notice =
        o.notices->renewalNotice(o.clerk.session(), security::Scope::MedicalPsychiatric, soon);
    REQUIRE(notice.ok());
    CHECK(notice->kind == QStringLiteral("renewal_notice"));
    CHECK(notice->value(QStringLiteral("apply_by")) == QStringLiteral("2025-07-31"));

    const QString pdf = o.out.filePath(QStringLiteral("renewal.pdf"));
    Status printed = o.notices->printRenewalsToPdf(o.clerk.session(), targets.value(), pdf);
    INFO(printed.message().toStdString());
    REQUIRE(printed.ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("支給決定の更新申請のお知らせ")));
    CHECK(text.contains(o.printedNumber(security::Scope::MedicalPsychiatric, soon)));
    CHECK(text.contains(wareki(QDate(2024, 9, 1))));
    CHECK(text.contains(wareki(QDate(2025, 8, 31))));
    CHECK(text.contains(wareki(QDate(2025, 7, 31))));
    CHECK(text.contains(QStringLiteral("5,000")));
    checkPerson(text);
    CHECK(o.prints(QStringLiteral("person"), soon) == 1);
    CHECK(o.prints(QStringLiteral("person"), later) == 0);

    SECTION("nobody to renew in a ledger with no grant ending soon")
    {
        auto none = o.notices->renewalTargets(o.clerk.session(), security::Scope::Devices, 60);
        REQUIRE(none.ok());
        CHECK(none->isEmpty());
        Status empty = o.notices->printRenewalsToPdf(o.clerk.session(), none.value(),
                                                     o.out.filePath(QStringLiteral("x.pdf")));
        CHECK(empty.code() == ErrorCode::NotFound);
        CHECK_FALSE(QFileInfo::exists(o.out.filePath(QStringLiteral("x.pdf"))));
    }
    SECTION("a rejected person has nothing to renew")
    {
        const QString rejected = o.person();
        decision::DecisionDraft draft = test::followUpDraft(decision::DecisionKind::Reject, {});
        o.approved(o.application(rejected, security::Scope::MedicalPsychiatric), draft);
        auto refused = o.notices->renewalNotice(o.clerk.session(),
                                                security::Scope::MedicalPsychiatric, rejected);
        CHECK(refused.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(refused.message().isEmpty());
    }
    SECTION("negative days are refused")
    {
        auto refused = o.notices->renewalTargets(o.clerk.session(), std::nullopt, -1);
        CHECK(refused.code() == ErrorCode::InvalidInput);
    }
}

TEST_CASE("notices are refused for unapproved decisions, cancellations and without permission",
          "[documents][notice]")
{
    NoticeOffice o;
    const QString person = o.person();
    const QString pending = o.sent(o.application(person, security::Scope::Devices),
                                   test::grantDraft(QDate(2025, 8, 1), QDate(2026, 7, 31)));
    auto notApproved = o.notices->build(o.clerk.session(), pending);
    CHECK(notApproved.code() == ErrorCode::InvalidInput);
    CHECK_FALSE(notApproved.message().isEmpty());
    const QString pdf = o.out.filePath(QStringLiteral("refused.pdf"));
    CHECK(o.notices->printToPdf(o.clerk.session(), {pending}, pdf).code() ==
          ErrorCode::InvalidInput);
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(o.prints(QStringLiteral("decision"), pending) == 0);

    CHECK(o.notices->build(o.clerk.session(), QStringLiteral("no-such-decision")).code() ==
          ErrorCode::NotFound);

    const QString grant = o.approved(o.application(person, security::Scope::Devices),
                                     test::grantDraft(QDate(2025, 8, 1), QDate(2026, 7, 31)));
    // The reviewer may not print at all; the welfare-only clerk not in the devices ledger.
    auto reviewer = o.noticesOf(o.reviewer);
    CHECK(reviewer->build(o.reviewer.session(), grant).code() == ErrorCode::PermissionDenied);
    auto welfareClerk = o.noticesOf(o.welfareClerk);
    CHECK(welfareClerk->build(o.welfareClerk.session(), grant).code() ==
          ErrorCode::PermissionDenied);
    CHECK(welfareClerk->printToPdf(o.welfareClerk.session(), {grant}, pdf).code() ==
          ErrorCode::PermissionDenied);
    CHECK(welfareClerk->renewalNotice(o.welfareClerk.session(), security::Scope::Devices, person)
              .code() == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(o.prints(QStringLiteral("decision"), grant) == 0);

    const QString cancel = o.approved(o.application(person, security::Scope::Devices),
                                      test::followUpDraft(decision::DecisionKind::Cancel, grant));
    CHECK(o.notices->build(o.clerk.session(), cancel).code() == ErrorCode::InvalidInput);
}
