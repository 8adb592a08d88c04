// SPDX-License-Identifier: GPL-3.0-or-later
// 受給者番号 check digits (rules.md §9, with its worked examples) and issuing recipient numbers
// from number blocks.
#include "ledger/RecipientNumbers.h"
#include "WorkspaceFixture.h"
#include "security/Authorizer.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::ledger;
using namespace madoguchi::security;
using intake::BlockOrigin;
using test::Office;

namespace {

/// Every number that differs from valid in exactly one digit.
QStringList singleDigitChanges(const QString& valid)
{
    QStringList changed;
    for (qsizetype i = 0; i < valid.size(); ++i)
        for (char16_t digit = u'0'; digit <= u'9'; ++digit)
            if (valid[i] != QChar(digit)) {
                QString number = valid;
                number[i] = QChar(digit);
                changed << number;
            }
    return changed;
}

/// An administrator leases blocks; an approver issues numbers; a clerk may do neither.
struct Numbering
{
    Office office;
    std::unique_ptr<Workspace> approver;
    std::unique_ptr<Workspace> clerk;
    std::unique_ptr<RecipientNumbers> adminNumbers;
    std::unique_ptr<RecipientNumbers> approverNumbers;

    Numbering()
    {
        office.addAccount(
            QStringLiteral("approver"), QStringLiteral("決裁 一"), {Role::Approver},
            {Scope::MedicalPsychiatric, Scope::MedicalRehabilitation, Scope::WelfareService});
        office.addAccount(QStringLiteral("clerk"), QStringLiteral("窓口 一"), {Role::Clerk},
                          {Scope::MedicalPsychiatric});
        auto signedIn = office.signIn(QStringLiteral("approver"));
        REQUIRE(signedIn.ok());
        approver = std::move(signedIn).value();
        auto clerkIn = office.signIn(QStringLiteral("clerk"));
        REQUIRE(clerkIn.ok());
        clerk = std::move(clerkIn).value();
        adminNumbers = std::make_unique<RecipientNumbers>(office.admin->database().connection(),
                                                          QStringLiteral("LA0A0A0-"),
                                                          office.admin->authorizer(), office.clock);
        approverNumbers = std::make_unique<RecipientNumbers>(approver->database().connection(),
                                                             QStringLiteral("LB0B0B0-"),
                                                             approver->authorizer(), office.clock);
    }

    void lease(RecipientNumberKind kind, Scope ledger, const QString& prefix, qint64 first,
               qint64 last)
    {
        auto leased = adminNumbers->leaseBlock(office.admin->session(), kind, ledger, prefix, first,
                                               last, BlockOrigin::Central);
        INFO(leased.message().toStdString());
        REQUIRE(leased.ok());
    }

    Result<QString> issue(RecipientNumberKind kind, Scope ledger)
    {
        return approverNumbers->issue(approver->session(), kind, ledger);
    }

    qint64 blockCount()
    {
        QSqlQuery query(approver->database().connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM number_block")));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
};

} // namespace

TEST_CASE("Check digits match the worked examples of rules.md §9", "[ledger][numbers]")
{
    // 公費負担者番号 and 保険者番号 bodies (8 digits with the check digit).
    const QStringList payerNumbers{
        QStringLiteral("54016027"), QStringLiteral("33120015"), QStringLiteral("81136244"),
        QStringLiteral("81137242"), QStringLiteral("88138243"), QStringLiteral("88131248"),
        QStringLiteral("89131247"), QStringLiteral("21140009"), QStringLiteral("15140007"),
        QStringLiteral("16140006"), QStringLiteral("24140006")};
    for (const QString& number : payerNumbers) {
        INFO(number.toStdString());
        CHECK(RecipientNumbers::checkDigit(QStringView(number).first(7)) ==
              number.back().unicode() - u'0');
    }
    // 受給者番号 examples.
    CHECK(RecipientNumbers::checkDigit(u"000001") == 8);
    CHECK(RecipientNumbers::checkDigit(u"123456") == 6);
    CHECK(RecipientNumbers::checkDigit(u"654321") == 9);
    CHECK(RecipientNumbers::checkDigit(u"000000") == 0);
    // Not digits: no check digit.
    CHECK(RecipientNumbers::checkDigit(u"") == -1);
    CHECK(RecipientNumbers::checkDigit(u"12a456") == -1);
    CHECK(RecipientNumbers::checkDigit(u"１２３４５６") == -1);
}

TEST_CASE("A 受給者番号 with any single digit changed is invalid", "[ledger][numbers]")
{
    for (const QString& valid :
         {QStringLiteral("0000018"), QStringLiteral("1234566"), QStringLiteral("6543219")}) {
        INFO(valid.toStdString());
        CHECK(RecipientNumbers::isValidRecipientNumber(valid));
        const QStringList changed = singleDigitChanges(valid);
        CHECK(changed.size() == 7 * 9);
        for (const QString& number : changed) {
            INFO(number.toStdString());
            CHECK_FALSE(RecipientNumbers::isValidRecipientNumber(number));
        }
    }
    CHECK_FALSE(RecipientNumbers::isValidRecipientNumber(u"123456"));
    CHECK_FALSE(RecipientNumbers::isValidRecipientNumber(u"01234566"));
    CHECK_FALSE(RecipientNumbers::isValidRecipientNumber(u"123456a"));
    CHECK_FALSE(RecipientNumbers::isValidRecipientNumber(u"１２３４５６６"));
    CHECK_FALSE(RecipientNumbers::isValidRecipientNumber(u""));
}

TEST_CASE("A 受給者証番号 is 10 ASCII digits", "[ledger][numbers]")
{
    CHECK(RecipientNumbers::isValidCertificateNumber(u"1234000001"));
    CHECK(RecipientNumbers::isValidCertificateNumber(u"0000000000"));
    CHECK_FALSE(RecipientNumbers::isValidCertificateNumber(u"123400001"));
    CHECK_FALSE(RecipientNumbers::isValidCertificateNumber(u"12340000011"));
    CHECK_FALSE(RecipientNumbers::isValidCertificateNumber(u"12340000-1"));
    CHECK_FALSE(RecipientNumbers::isValidCertificateNumber(u"１２３４０００００１"));
}

TEST_CASE("受給者番号 are issued from blocks with the check digit, each once", "[ledger][numbers]")
{
    Numbering numbering;
    numbering.lease(RecipientNumberKind::RecipientNumber, Scope::MedicalPsychiatric, QString(), 1,
                    2);
    numbering.lease(RecipientNumberKind::RecipientNumber, Scope::MedicalPsychiatric,
                    QStringLiteral("65"), 4321, 4321);

    QStringList issued;
    for (int i = 0; i < 3; ++i) {
        auto number =
            numbering.issue(RecipientNumberKind::RecipientNumber, Scope::MedicalPsychiatric);
        INFO(number.message().toStdString());
        REQUIRE(number.ok());
        CHECK(RecipientNumbers::isValidRecipientNumber(number.value()));
        issued << number.value();
    }
    CHECK(issued == QStringList{QStringLiteral("0000018"), QStringLiteral("0000026"),
                                QStringLiteral("6543219")});

    // Used up: a clear error, and no device-prefixed local block is leased behind our back.
    auto exhausted =
        numbering.issue(RecipientNumberKind::RecipientNumber, Scope::MedicalPsychiatric);
    CHECK(exhausted.code() == ErrorCode::NotFound);
    CHECK_FALSE(exhausted.message().isEmpty());
    CHECK(numbering.blockCount() == 2);

    // Another ledger has its own sequence.
    auto otherLedger =
        numbering.issue(RecipientNumberKind::RecipientNumber, Scope::MedicalRehabilitation);
    CHECK(otherLedger.code() == ErrorCode::NotFound);
    numbering.lease(RecipientNumberKind::RecipientNumber, Scope::MedicalRehabilitation, QString(),
                    1, 10);
    auto rehabilitation =
        numbering.issue(RecipientNumberKind::RecipientNumber, Scope::MedicalRehabilitation);
    REQUIRE(rehabilitation.ok());
    CHECK(rehabilitation.value() == QStringLiteral("0000018"));
}

TEST_CASE("受給者証番号 are issued from blocks as 10 digits", "[ledger][numbers]")
{
    Numbering numbering;
    numbering.lease(RecipientNumberKind::CertificateNumber, Scope::WelfareService,
                    QStringLiteral("1234"), 1, 2);
    auto first = numbering.issue(RecipientNumberKind::CertificateNumber, Scope::WelfareService);
    auto second = numbering.issue(RecipientNumberKind::CertificateNumber, Scope::WelfareService);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first.value() == QStringLiteral("1234000001"));
    CHECK(second.value() == QStringLiteral("1234000002"));
    CHECK(RecipientNumbers::isValidCertificateNumber(first.value()));
    CHECK(numbering.issue(RecipientNumberKind::CertificateNumber, Scope::WelfareService).code() ==
          ErrorCode::NotFound);
    // The 受給者番号 sequence of the same ledger is separate.
    CHECK(numbering.issue(RecipientNumberKind::RecipientNumber, Scope::WelfareService).code() ==
          ErrorCode::NotFound);
}

TEST_CASE("Blocks of recipient numbers are checked and leased by an administrator only",
          "[ledger][numbers]")
{
    Numbering numbering;
    const Session& admin = numbering.office.admin->session();
    RecipientNumbers& numbers = *numbering.adminNumbers;
    auto invalid = [&](RecipientNumberKind kind, const QString& prefix, qint64 first, qint64 last) {
        auto leased = numbers.leaseBlock(admin, kind, Scope::MedicalPsychiatric, prefix, first,
                                         last, BlockOrigin::Central);
        CHECK(leased.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(leased.message().isEmpty());
    };
    invalid(RecipientNumberKind::RecipientNumber, QStringLiteral("12a"), 1, 10);
    invalid(RecipientNumberKind::RecipientNumber, QStringLiteral("123456"), 1, 1);
    invalid(RecipientNumberKind::RecipientNumber, QString(), 1, 1000000); // 7 digits
    invalid(RecipientNumberKind::RecipientNumber, QString(), 10, 9);
    invalid(RecipientNumberKind::CertificateNumber, QStringLiteral("１２"), 1, 10);
    invalid(RecipientNumberKind::CertificateNumber, QStringLiteral("12"), 1, 100000000); // 9
    CHECK(numbering.blockCount() == 0);

    // Overlaps are refused (numbers would be handed out twice).
    numbering.lease(RecipientNumberKind::RecipientNumber, Scope::MedicalPsychiatric, QString(), 1,
                    100);
    invalid(RecipientNumberKind::RecipientNumber, QString(), 50, 150);

    // A clerk may neither lease nor issue.
    RecipientNumbers clerkNumbers(numbering.clerk->database().connection(),
                                  QStringLiteral("LC0C0C0-"), numbering.clerk->authorizer(),
                                  numbering.office.clock);
    CHECK(clerkNumbers
              .leaseBlock(numbering.clerk->session(), RecipientNumberKind::RecipientNumber,
                          Scope::MedicalPsychiatric, QString(), 200, 300, BlockOrigin::Central)
              .code() == ErrorCode::PermissionDenied);
    CHECK(clerkNumbers
              .issue(numbering.clerk->session(), RecipientNumberKind::RecipientNumber,
                     Scope::MedicalPsychiatric)
              .code() == ErrorCode::PermissionDenied);
    CHECK(numbering.blockCount() == 1);
    // The approver issues only in the approver's scopes.
    CHECK(numbering.issue(RecipientNumberKind::RecipientNumber, Scope::Devices).code() ==
          ErrorCode::PermissionDenied);
}
