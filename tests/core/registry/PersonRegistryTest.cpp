// SPDX-License-Identifier: GPL-3.0-or-later
// The person registry through its service, as the counter uses it: every call with a session.
#include "registry/PersonRegistry.h"
#include "RegistryFixture.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace madoguchi;
using namespace madoguchi::registry;
using security::Role;
using test::RegistryDesk;

TEST_CASE("A registered person reads back with address and version and a 宛名番号", "[registry]")
{
    RegistryDesk desk;
    const QString id = desk.add(RegistryDesk::draft());

    auto record = desk.registry->get(desk.clerk->session(), id);
    INFO(record.message().toStdString());
    REQUIRE(record.ok());
    const Person& person = record->person;
    CHECK(person.id == id);
    CHECK(person.version == 1);
    CHECK(person.atenaNumber == QStringLiteral("1000000001"));
    CHECK(person.fullName() == QStringLiteral("山田\u3000太郎"));
    CHECK(person.fullKana() == QStringLiteral("ヤマダ\u3000タロウ"));
    CHECK(person.birthDate == QDate(1950, 4, 1));
    CHECK(person.sex == QStringLiteral("male"));
    CHECK(person.phone == QStringLiteral("090-1234-5678"));
    REQUIRE(record->currentAddress.has_value());
    CHECK(record->currentAddress->postalCode == QStringLiteral("000-0001"));
    CHECK(record->currentAddress->validFrom == QDate(2000, 4, 1));
    CHECK(record->addresses.size() == 1);

    // The next person gets the next number; a number given from 住基 is kept, once.
    PersonDraft second = RegistryDesk::draft();
    second.givenName = QStringLiteral("花子");
    second.givenKana = QStringLiteral("ハナコ");
    second.sex = QStringLiteral("female");
    const QString secondId = desk.add(second);
    CHECK(desk.registry->get(desk.clerk->session(), secondId)->person.atenaNumber ==
          QStringLiteral("1000000002"));
    PersonDraft numbered = second;
    numbered.givenKana = QStringLiteral("ハナエ");
    numbered.atenaNumber = QStringLiteral("2000000001");
    desk.add(numbered);
    numbered.givenKana = QStringLiteral("ハナヨ");
    auto taken = desk.registry->registerPerson(desk.clerk->session(), numbered);
    CHECK(taken.code() == ErrorCode::AlreadyExists);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person")) == 3);
    // Rows are journaled for sync.
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                    "'person' AND operation = 'insert'")) == 3);
}

TEST_CASE("Same kana and birth date warns whatever kana form was typed", "[registry]")
{
    RegistryDesk desk;
    const QString existing = desk.add(RegistryDesk::draft());

    for (const auto& [family, given] :
         {std::pair{QStringLiteral("やまだ"), QStringLiteral("たろう")},
          std::pair{QStringLiteral("ヤマダ"), QStringLiteral("タロウ")},
          std::pair{QStringLiteral("ﾔﾏﾀﾞ"), QStringLiteral("ﾀﾛｳ")},
          std::pair{QStringLiteral("ﾔ ﾏ ﾀﾞ"), QStringLiteral("た ろ う")}}) {
        PersonDraft draft = RegistryDesk::draft();
        draft.familyName = QStringLiteral("山多");
        draft.familyKana = family;
        draft.givenKana = given;
        auto outcome = desk.registry->registerPerson(desk.clerk->session(), draft);
        INFO(family.toStdString() << " " << given.toStdString());
        REQUIRE(outcome.ok());
        CHECK_FALSE(outcome->isRegistered());
        REQUIRE(outcome->duplicates.size() == 1);
        CHECK(outcome->duplicates.first().person.id == existing);
        CHECK(outcome->duplicates.first().reason == DuplicateReason::SameKanaAndBirthDate);
    }
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person")) == 1);

    // Another birth date is another person.
    PersonDraft other = RegistryDesk::draft();
    other.birthDate = QDate(1950, 4, 2);
    auto different = desk.registry->registerPerson(desk.clerk->session(), other);
    REQUIRE(different.ok());
    CHECK(different->isRegistered());

    // Registering anyway needs the explicit confirmation, and leaves a note of what was checked.
    auto confirmed = desk.registry->registerPerson(desk.clerk->session(), RegistryDesk::draft(),
                                                   DuplicateCheck::ConfirmNotDuplicate);
    REQUIRE(confirmed.ok());
    REQUIRE(confirmed->isRegistered());
    CHECK(confirmed->duplicates.size() == 1);
    auto record = desk.registry->get(desk.clerk->session(), confirmed->personId);
    REQUIRE(record.ok());
    REQUIRE_FALSE(record->history.isEmpty());
    CHECK(record->history.first().field == QStringLiteral("confirmed_not_duplicate_of"));
    CHECK(record->history.first().newValue == existing);
    // Showing candidates is a search: audited as such.
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                    "'person.search' AND purpose = 'duplicate_check'")) == 5);
}

TEST_CASE("The same My Number blind index is offered as a duplicate through the hook", "[registry]")
{
    RegistryDesk desk;
    PersonDraft first = RegistryDesk::draft();
    const QString existing = desk.add(first);
    QByteArray asked;
    desk.registry->setMyNumberMatcher([&](const QByteArray& index) -> Result<QStringList> {
        asked = index;
        return QStringList{existing};
    });
    PersonDraft renamed = RegistryDesk::draft();
    renamed.familyName = QStringLiteral("鈴木");
    renamed.familyKana = QStringLiteral("スズキ");
    renamed.myNumberBlindIndex = QByteArray(32, '\x5a');
    auto outcome = desk.registry->registerPerson(desk.clerk->session(), renamed);
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome->isRegistered());
    REQUIRE(outcome->duplicates.size() == 1);
    CHECK(outcome->duplicates.first().reason == DuplicateReason::SameMyNumber);
    CHECK(asked == renamed.myNumberBlindIndex);
}

TEST_CASE("A correction keeps the old values as history and bumps the version", "[registry]")
{
    RegistryDesk desk;
    const QString id = desk.add(RegistryDesk::draft());
    PersonDraft corrected = RegistryDesk::draft();
    corrected.familyName = QStringLiteral("髙田");
    corrected.familyKana = QStringLiteral("たかだ");
    corrected.phone = QStringLiteral("080-9999-0000");

    desk.office.clock.advanceMs(60'000);
    auto version = desk.registry->update(desk.clerk->session(), id, 1, corrected);
    INFO(version.message().toStdString());
    REQUIRE(version.ok());
    CHECK(version.value() == 2);

    auto record = desk.registry->get(desk.clerk->session(), id);
    REQUIRE(record.ok());
    CHECK(record->person.version == 2);
    CHECK(record->person.familyName == QStringLiteral("髙田"));
    QHash<QString, HistoryEntry> byField;
    for (const HistoryEntry& entry : std::as_const(record->history))
        byField.insert(entry.field, entry);
    REQUIRE(byField.contains(QStringLiteral("family_name")));
    CHECK(byField[QStringLiteral("family_name")].oldValue == QStringLiteral("山田"));
    CHECK(byField[QStringLiteral("family_name")].newValue == QStringLiteral("髙田"));
    CHECK(byField[QStringLiteral("family_kana")].oldValue == QStringLiteral("ヤマダ"));
    CHECK(byField[QStringLiteral("phone")].newValue == QStringLiteral("080-9999-0000"));
    CHECK(byField[QStringLiteral("phone")].changedBy == desk.clerk->session().accountId);
    CHECK_FALSE(byField.contains(QStringLiteral("given_name")));
    // The search keys follow the correction.
    CHECK(desk.registry->search(desk.clerk->session(), QStringLiteral("タカダ"))->rows.size() == 1);
    CHECK(desk.registry->search(desk.clerk->session(), QStringLiteral("高田"))->rows.size() == 1);
    CHECK(desk.registry->search(desk.clerk->session(), QStringLiteral("ヤマダ"))->rows.isEmpty());

    // A stale version is a conflict; nothing changes.
    corrected.givenName = QStringLiteral("次郎");
    CHECK(desk.registry->update(desk.clerk->session(), id, 1, corrected).code() ==
          ErrorCode::Conflict);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person WHERE given_name = '次郎'")) == 0);
    // The 宛名番号 is not corrected this way.
    corrected.atenaNumber = QStringLiteral("1999999999");
    CHECK(desk.registry->update(desk.clerk->session(), id, 2, corrected).code() ==
          ErrorCode::InvalidInput);
    // History cannot be rewritten, even with SQL.
    QSqlQuery rewrite(desk.clerk->database().connection());
    CHECK_FALSE(rewrite.exec(QStringLiteral("UPDATE person_history SET old_value = 'x'")));
    CHECK_FALSE(rewrite.exec(QStringLiteral("DELETE FROM person_history")));
}

TEST_CASE("A move closes the old address and keeps it in the history", "[registry]")
{
    RegistryDesk desk;
    const QString id = desk.add(RegistryDesk::draft());
    auto moved =
        desk.registry->moveAddress(desk.clerk->session(), id, QStringLiteral("000-0002"),
                                   QStringLiteral("窓口市本町3丁目1番1号"), QDate(2024, 10, 1));
    INFO(moved.message().toStdString());
    REQUIRE(moved.ok());
    auto record = desk.registry->get(desk.clerk->session(), id);
    REQUIRE(record.ok());
    REQUIRE(record->addresses.size() == 2);
    REQUIRE(record->currentAddress.has_value());
    CHECK(record->currentAddress->id == moved.value());
    CHECK(record->currentAddress->address == QStringLiteral("窓口市本町3丁目1番1号"));
    const Address& old = record->addresses.at(1);
    CHECK(old.address == QStringLiteral("窓口市中央町1丁目2番3号"));
    CHECK(old.validFrom == QDate(2000, 4, 1));
    CHECK(old.validTo == QDate(2024, 9, 30));
    CHECK(record->person.version == 2);

    // A move dated before the current address began is refused.
    CHECK(desk.registry
              ->moveAddress(desk.clerk->session(), id, {}, QStringLiteral("窓口市西町1番"),
                            QDate(2024, 10, 1))
              .code() == ErrorCode::InvalidInput);
    CHECK(desk.registry
              ->moveAddress(desk.clerk->session(), id, QStringLiteral("12-345"),
                            QStringLiteral("窓口市西町1番"), QDate(2025, 1, 1))
              .code() == ErrorCode::InvalidInput);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person_address")) == 2);
}

TEST_CASE("Handbook grades are validated by kind", "[registry]")
{
    RegistryDesk desk;
    const QString id = desk.add(RegistryDesk::draft());
    const auto add = [&](HandbookKind kind, const QString& grade, QDate until = {}) {
        HandbookDraft handbook{kind, grade, QStringLiteral("第12345号"), QDate(2020, 4, 1), until};
        return desk.registry->addHandbook(desk.clerk->session(), id, handbook);
    };
    for (const char* grade : {"1", "6"})
        CHECK(add(HandbookKind::Physical, QString::fromLatin1(grade)).ok());
    for (const char* grade : {"0", "7", "A", "", "12"})
        CHECK(add(HandbookKind::Physical, QString::fromLatin1(grade)).code() ==
              ErrorCode::InvalidInput);
    CHECK(add(HandbookKind::Intellectual, QStringLiteral("A"), QDate(2022, 3, 31)).ok());
    CHECK(add(HandbookKind::Intellectual, QStringLiteral("ｂ")).ok()); // full-width, lower case
    for (const char* grade : {"1", "C", "AB"})
        CHECK(add(HandbookKind::Intellectual, QString::fromLatin1(grade)).code() ==
              ErrorCode::InvalidInput);
    CHECK(add(HandbookKind::Mental, QStringLiteral("3"), QDate(2022, 4, 1)).ok());
    for (const char* grade : {"4", "A"})
        CHECK(add(HandbookKind::Mental, QString::fromLatin1(grade)).code() ==
              ErrorCode::InvalidInput);
    // Expiry before issue.
    const auto expired = add(HandbookKind::Mental, QStringLiteral("2"), QDate(2019, 1, 1));
    CHECK(expired.code() == ErrorCode::InvalidInput);
    CHECK_FALSE(expired.message().isEmpty());

    auto record = desk.registry->get(desk.clerk->session(), id);
    REQUIRE(record.ok());
    REQUIRE(record->handbooks.size() == 5);
    QStringList grades;
    for (const Handbook& handbook : std::as_const(record->handbooks))
        grades << handbookKindCode(handbook.kind) + u':' + handbook.grade;
    grades.sort();
    CHECK(grades == QStringList{QStringLiteral("intellectual:A"), QStringLiteral("intellectual:B"),
                                QStringLiteral("mental:3"), QStringLiteral("physical:1"),
                                QStringLiteral("physical:6")});
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person_history WHERE field = "
                                    "'handbook'")) == 5);
}

TEST_CASE("A parent represents a minor and an adult needs a guardian or curator or assistant",
          "[registry]")
{
    RegistryDesk desk;
    const QString parent = desk.add(RegistryDesk::draft());
    PersonDraft childDraft = RegistryDesk::draft();
    childDraft.givenName = QStringLiteral("翔太");
    childDraft.givenKana = QStringLiteral("しょうた");
    childDraft.birthDate = QDate(2012, 6, 15);
    childDraft.addressSince = childDraft.birthDate;
    const QString child = desk.add(childDraft);

    RepresentativeDraft byParent;
    byParent.kind = RepresentativeKind::Parent;
    byParent.representativePersonId = parent;
    byParent.validFrom = QDate(2025, 7, 1);
    auto recorded = desk.registry->setRepresentative(desk.clerk->session(), child, byParent);
    INFO(recorded.message().toStdString());
    REQUIRE(recorded.ok());
    auto record = desk.registry->get(desk.clerk->session(), child);
    REQUIRE(record.ok());
    REQUIRE(record->representatives.size() == 1);
    const Representative& representative = record->representatives.first();
    CHECK(representative.familyName == QStringLiteral("山田")); // read from the parent's record
    CHECK(representative.givenName == QStringLiteral("太郎"));
    // Parental authority ends the day before the 18th birthday.
    CHECK(representative.validTo == QDate(2030, 6, 14));

    // An adult cannot have a parent (or "other") as legal representative...
    auto refused = desk.registry->setRepresentative(desk.clerk->session(), parent, [&] {
        RepresentativeDraft draft = byParent;
        draft.representativePersonId = child;
        return draft;
    }());
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK_FALSE(refused.message().isEmpty());
    RepresentativeDraft other;
    other.kind = RepresentativeKind::Other;
    other.familyName = QStringLiteral("鈴木");
    other.givenName = QStringLiteral("一郎");
    other.validFrom = QDate(2025, 7, 1);
    CHECK(desk.registry->setRepresentative(desk.clerk->session(), parent, other).code() ==
          ErrorCode::InvalidInput);
    // ...but a 成年後見人 by name, not registered, is fine.
    RepresentativeDraft guardian = other;
    guardian.kind = RepresentativeKind::Guardian;
    guardian.familyKana = QStringLiteral("スズキ");
    guardian.givenKana = QStringLiteral("イチロウ");
    auto guardianId = desk.registry->setRepresentative(desk.clerk->session(), parent, guardian);
    REQUIRE(guardianId.ok());
    // Before 2022-04-01 the age of majority was 20: an 18-year-old then was a minor, and came of
    // age on 2022-04-01 at 19.
    PersonDraft olderDraft = childDraft;
    olderDraft.givenKana = QStringLiteral("ケン");
    olderDraft.birthDate = QDate(2002, 6, 1);
    olderDraft.addressSince = olderDraft.birthDate;
    const QString older = desk.add(olderDraft);
    byParent.validFrom = QDate(2021, 1, 1);
    auto before2022 = desk.registry->setRepresentative(desk.clerk->session(), older, byParent);
    REQUIRE(before2022.ok());
    CHECK(desk.registry->get(desk.clerk->session(), older)->representatives.first().validTo ==
          QDate(2022, 3, 31));
    byParent.validFrom = QDate(2022, 4, 1);
    CHECK(desk.registry->setRepresentative(desk.clerk->session(), older, byParent).code() ==
          ErrorCode::InvalidInput);

    // Nobody represents themselves; a term does not end before it begins.
    RepresentativeDraft self = guardian;
    self.representativePersonId = parent;
    CHECK(desk.registry->setRepresentative(desk.clerk->session(), parent, self).code() ==
          ErrorCode::InvalidInput);
    CHECK(desk.registry
              ->endRepresentative(desk.clerk->session(), guardianId.value(), QDate(2025, 6, 30))
              .code() == ErrorCode::InvalidInput);
    CHECK(desk.registry
              ->endRepresentative(desk.clerk->session(), guardianId.value(), QDate(2026, 3, 31))
              .ok());
}

TEST_CASE("Household members share a household id and a 続柄", "[registry]")
{
    RegistryDesk desk;
    const QString head = desk.add(RegistryDesk::draft());
    PersonDraft wifeDraft = RegistryDesk::draft();
    wifeDraft.givenName = QStringLiteral("花子");
    wifeDraft.givenKana = QStringLiteral("ハナコ");
    wifeDraft.sex = QStringLiteral("female");
    const QString wife = desk.add(wifeDraft);

    auto household =
        desk.registry->setHousehold(desk.clerk->session(), head, {}, QStringLiteral("世帯主"));
    REQUIRE(household.ok());
    REQUIRE(desk.registry
                ->setHousehold(desk.clerk->session(), wife, household.value(), QStringLiteral("妻"))
                .ok());
    auto members = desk.registry->household(desk.clerk->session(), household.value());
    REQUIRE(members.ok());
    REQUIRE(members->size() == 2);
    CHECK(members->at(0).relationshipToHead == QStringLiteral("世帯主"));
    CHECK(members->at(1).relationshipToHead == QStringLiteral("妻"));
    CHECK(desk.registry
              ->setHousehold(desk.clerk->session(), wife, QStringLiteral("no-such"),
                             QStringLiteral("妻"))
              .code() == ErrorCode::NotFound);
    CHECK(desk.registry->setHousehold(desk.clerk->session(), wife, household.value(), {}).code() ==
          ErrorCode::InvalidInput);
    auto record = desk.registry->get(desk.clerk->session(), wife);
    REQUIRE(record.ok());
    CHECK(record->person.householdId == household.value());
    bool historyHasRelationship = false;
    for (const HistoryEntry& entry : std::as_const(record->history))
        historyHasRelationship =
            historyHasRelationship || (entry.field == QStringLiteral("relationship_to_head") &&
                                       entry.newValue == QStringLiteral("妻"));
    CHECK(historyHasRelationship);
}

TEST_CASE("Without the permission nobody registers or searches or views", "[registry][access]")
{
    RegistryDesk desk;
    const QString id = desk.add(RegistryDesk::draft());
    auto reviewer = desk.signInAs(QStringLiteral("reviewer1"), {Role::Reviewer});
    auto auditor = desk.signInAs(QStringLiteral("auditor1"), {Role::Auditor});
    auto asReviewer = desk.registryFor(*reviewer);
    auto asAuditor = desk.registryFor(*auditor);
    auto asAdmin = desk.registryFor(*desk.office.admin);

    PersonDraft draft = RegistryDesk::draft();
    draft.familyKana = QStringLiteral("ヤマタ");
    for (auto* registry : {asReviewer.get(), asAdmin.get()}) {
        Workspace& workspace = registry == asReviewer.get() ? *reviewer : *desk.office.admin;
        auto refused = registry->registerPerson(workspace.session(), draft,
                                                DuplicateCheck::ConfirmNotDuplicate);
        CHECK(refused.code() == ErrorCode::PermissionDenied);
        CHECK_FALSE(refused.message().isEmpty());
        CHECK(registry->update(workspace.session(), id, 1, draft).code() ==
              ErrorCode::PermissionDenied);
    }
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person")) == 1);
    // A reviewer may search and view; an auditor may do neither.
    CHECK(asReviewer->search(reviewer->session(), QStringLiteral("やまだ")).ok());
    CHECK(asReviewer->get(reviewer->session(), id).ok());
    CHECK(asAuditor->search(auditor->session(), QStringLiteral("やまだ")).code() ==
          ErrorCode::PermissionDenied);
    CHECK(asAuditor->get(auditor->session(), id).code() == ErrorCode::PermissionDenied);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                    "'permission.denied' AND account = 'auditor1'")) == 2);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                    "'permission.denied' AND account = 'reviewer1'")) == 2);
}

TEST_CASE("Malformed drafts are refused with a reason and nothing is saved", "[registry]")
{
    RegistryDesk desk;
    struct Case
    {
        const char* what;
        std::function<void(PersonDraft&)> spoil;
    };
    const QList<Case> cases{
        {"empty family name", [](PersonDraft& d) { d.familyName = QStringLiteral("  "); }},
        {"empty given name", [](PersonDraft& d) { d.givenName.clear(); }},
        {"empty kana", [](PersonDraft& d) { d.familyKana.clear(); }},
        {"kanji as kana", [](PersonDraft& d) { d.givenKana = QStringLiteral("太郎"); }},
        {"no birth date", [](PersonDraft& d) { d.birthDate = QDate(); }},
        {"impossible date", [](PersonDraft& d) { d.birthDate = QDate(2019, 2, 30); }},
        {"future birth", [](PersonDraft& d) { d.birthDate = QDate(2025, 7, 19); }},
        {"sex M", [](PersonDraft& d) { d.sex = QStringLiteral("M"); }},
        {"sex empty", [](PersonDraft& d) { d.sex.clear(); }},
        {"short phone", [](PersonDraft& d) { d.phone = QStringLiteral("090-1234"); }},
        {"letters in phone", [](PersonDraft& d) { d.phone = QStringLiteral("090-abcd-5678"); }},
        {"bad postal code", [](PersonDraft& d) { d.postalCode = QStringLiteral("12-34"); }},
        {"no address", [](PersonDraft& d) { d.address.clear(); }},
        {"short 宛名番号", [](PersonDraft& d) { d.atenaNumber = QStringLiteral("12345"); }},
        {"overlong name", [](PersonDraft& d) { d.familyName = QString(51, u'山'); }},
    };
    QSet<QString> messages;
    for (const Case& c : cases) {
        PersonDraft draft = RegistryDesk::draft();
        c.spoil(draft);
        auto refused = desk.registry->registerPerson(desk.clerk->session(), draft,
                                                     DuplicateCheck::ConfirmNotDuplicate);
        INFO(c.what);
        CHECK(refused.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(refused.message().isEmpty());
        // The reason never repeats what was typed.
        CHECK_FALSE(refused.message().contains(QStringLiteral("山田")));
        messages.insert(refused.message());
    }
    CHECK(messages.size() >= 10); // specific reasons, not one catch-all
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person")) == 0);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person_address")) == 0);
}

TEST_CASE("An administrator merges two records and both histories stay", "[registry][merge]")
{
    RegistryDesk desk;
    const QString survivor = desk.add(RegistryDesk::draft());
    PersonDraft otherDraft = RegistryDesk::draft();
    otherDraft.givenName = QStringLiteral("太朗");
    otherDraft.address = QStringLiteral("窓口市栄町5番");
    otherDraft.addressSince = QDate(2010, 1, 1);
    const QString merged = desk.add(otherDraft);
    PersonDraft corrected = otherDraft;
    corrected.phone = QStringLiteral("0312345678");
    REQUIRE(desk.registry->update(desk.clerk->session(), merged, 1, corrected).ok());
    REQUIRE(desk.registry
                ->addHandbook(desk.clerk->session(), merged,
                              {HandbookKind::Physical,
                               QStringLiteral("2"),
                               QStringLiteral("A-1"),
                               QDate(2015, 1, 1),
                               {}})
                .ok());

    // Not a clerk's call.
    CHECK(desk.registry->merge(desk.clerk->session(), survivor, merged).code() ==
          ErrorCode::PermissionDenied);
    auto asAdmin = desk.registryFor(*desk.office.admin);
    const security::Session& admin = desk.office.admin->session();
    CHECK(asAdmin->merge(admin, survivor, survivor).code() == ErrorCode::InvalidInput);
    const Status done = asAdmin->merge(admin, survivor, merged);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());

    auto record = desk.registry->get(desk.clerk->session(), survivor);
    REQUIRE(record.ok());
    CHECK(record->mergedFrom == QStringList{merged});
    CHECK(record->addresses.size() == 2);
    REQUIRE(record->currentAddress.has_value());
    CHECK(record->currentAddress->address == QStringLiteral("窓口市中央町1丁目2番3号"));
    REQUIRE(record->handbooks.size() == 1);
    CHECK(record->handbooks.first().personId == survivor);
    QStringList fields;
    for (const HistoryEntry& entry : std::as_const(record->history))
        fields << entry.field;
    CHECK(fields.contains(QStringLiteral("phone")));       // the merged record's correction
    CHECK(fields.contains(QStringLiteral("merged_from"))); // the survivor's note
    CHECK(fields.contains(QStringLiteral("merged_into")));
    auto old = desk.registry->get(desk.clerk->session(), merged);
    REQUIRE(old.ok());
    CHECK(old->person.mergedInto == survivor);

    // The merged record no longer turns up, and is not merged or corrected again.
    auto found = desk.registry->search(desk.clerk->session(), QStringLiteral("やまだ"));
    REQUIRE(found.ok());
    REQUIRE(found->rows.size() == 1);
    CHECK(found->rows.first().id == survivor);
    CHECK(asAdmin->merge(admin, survivor, merged).code() == ErrorCode::InvalidInput);
    CHECK(desk.registry->update(desk.clerk->session(), merged, old->person.version, otherDraft)
              .code() == ErrorCode::InvalidInput);
    // Both ids are in the audit trail, as the administrator's act.
    for (const QString& id : {survivor, merged})
        CHECK(desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE account = 'admin' "
                                        "AND purpose = 'merge' AND object_id = '%1'")
                             .arg(id)) == 1);
}

TEST_CASE("A merge moves applications and the My Number, and refuses what cannot move",
          "[registry][merge]")
{
    RegistryDesk desk;
    const QString survivor = desk.add(RegistryDesk::draft());
    PersonDraft otherDraft = RegistryDesk::draft();
    otherDraft.givenName = QStringLiteral("太朗");
    const QString merged = desk.add(otherDraft);
    PersonDraft thirdDraft = RegistryDesk::draft();
    thirdDraft.givenName = QStringLiteral("多朗");
    thirdDraft.givenKana = QStringLiteral("タロ");
    const QString third = desk.add(thirdDraft);
    QSqlDatabase db = desk.office.admin->database().connection();
    const QString clerkId = desk.clerk->session().accountId;
    const auto exec = [&](const QString& sql) {
        QSqlQuery query(db);
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
    };
    const auto application = [&](const QString& id, const QString& person) {
        exec(QStringLiteral("INSERT INTO application (id, version, application_number, "
                            "procedure_code, person_id, received_on, channel, received_by, "
                            "status, fields, attachments, ledger_scope, created_at, updated_at) "
                            "VALUES ('%1', 1, '%1', 'welfare_service_grant', '%2', '2025-07-01', "
                            "'counter', '%3', 'received', '{}', '[]', 'welfare_service', "
                            "'2025-07-01T00:00:00Z', '2025-07-01T00:00:00Z')")
                 .arg(id, person, clerkId));
    };
    const auto myNumber = [&](const QString& id, const QString& person, char index) {
        exec(
            QStringLiteral("INSERT INTO person_mynumber (id, version, person_id, sealed, "
                           "blind_index, last4, source, number_check, identity_check, "
                           "recorded_at, recorded_by) VALUES ('%1', 1, '%2', x'00', x'%3', "
                           "'1234', 'counter', 'mynumber_card', '[]', '2025-07-01T00:00:00Z', "
                           "'%4')")
                .arg(id, person,
                     QString(QStringLiteral("%1")).arg(int(index), 2, 16, QChar(u'0')).repeated(32),
                     clerkId));
    };
    application(QStringLiteral("app-merged"), merged);
    myNumber(QStringLiteral("mn-merged"), merged, 7);
    auto asAdmin = desk.registryFor(*desk.office.admin);
    const security::Session& admin = desk.office.admin->session();

    // Two different My Numbers: two people, nothing merged.
    myNumber(QStringLiteral("mn-third"), third, 9);
    CHECK(asAdmin->merge(admin, third, merged).code() == ErrorCode::InvalidInput);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM application WHERE person_id = '%1'")
                         .arg(merged)) == 1);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person WHERE merged_into IS NOT NULL")) ==
          0);

    // A record with ledger entries is the one to keep, never the one merged away.
    exec(QStringLiteral("INSERT INTO ledger_entry (id, version, ledger, person_id, kind, payload, "
                        "recorded_at, recorded_by) VALUES ('le-1', 1, 'welfare_service', '%1', "
                        "'decision', '{}', '2025-07-01T00:00:00Z', '%2')")
             .arg(third, clerkId));
    const Status refused = asAdmin->merge(admin, survivor, third);
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(refused.message().contains(QStringLiteral("Keep that record")));

    // The survivor has no My Number: the merged record's number and application move to it.
    const Status done = asAdmin->merge(admin, survivor, merged);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM application WHERE person_id = '%1'")
                         .arg(survivor)) == 1);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person_mynumber WHERE person_id = '%1' "
                                    "AND id = 'mn-merged'")
                         .arg(survivor)) == 1);
    // Journaled, so the move reaches the other devices.
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                    "'application' AND entity_id = 'app-merged'")) >= 1);

    // The same number on both records is kept once.
    PersonDraft fourthDraft = RegistryDesk::draft();
    fourthDraft.givenName = QStringLiteral("汰朗");
    fourthDraft.givenKana = QStringLiteral("タロー");
    const QString fourth = desk.add(fourthDraft);
    myNumber(QStringLiteral("mn-fourth"), fourth, 7);
    const Status same = asAdmin->merge(admin, survivor, fourth);
    INFO(same.message().toStdString());
    REQUIRE(same.ok());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM person_mynumber WHERE person_id IN "
                                    "('%1', '%2')")
                         .arg(survivor, fourth)) == 1);
}
