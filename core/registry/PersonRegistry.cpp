// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/PersonRegistry.h"

#include "audit/AuditLog.h"
#include "intake/NumberBlocks.h"
#include "registry/NameKeys.h"
#include "security/Authorizer.h"
#include "store/Repository.h"
#include "store/Transaction.h"
#include "store/Uuid7.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRegistry, "madoguchi.registry")

namespace madoguchi::registry {

namespace {

const QString kPerson = QStringLiteral("person");
constexpr int kMaxNameLength = 50;
constexpr int kMaxLimit = 500;
// The age of majority (民法4条): 18 from 2022-04-01, 20 before.
const QDate kMajorityAt18Since(2022, 4, 1);

const QStringList& personColumns()
{
    static const QStringList columns{QStringLiteral("atena_number"),
                                     QStringLiteral("family_name"),
                                     QStringLiteral("given_name"),
                                     QStringLiteral("family_kana"),
                                     QStringLiteral("given_kana"),
                                     QStringLiteral("kana_key"),
                                     QStringLiteral("given_kana_key"),
                                     QStringLiteral("name_key"),
                                     QStringLiteral("given_name_key"),
                                     QStringLiteral("birth_date"),
                                     QStringLiteral("sex"),
                                     QStringLiteral("phone"),
                                     QStringLiteral("phone_key"),
                                     QStringLiteral("household_id"),
                                     QStringLiteral("relationship_to_head"),
                                     QStringLiteral("merged_into"),
                                     QStringLiteral("created_at"),
                                     QStringLiteral("updated_at")};
    return columns;
}

const QStringList& addressColumns()
{
    static const QStringList columns{QStringLiteral("person_id"),  QStringLiteral("postal_code"),
                                     QStringLiteral("address"),    QStringLiteral("valid_from"),
                                     QStringLiteral("valid_to"),   QStringLiteral("recorded_at"),
                                     QStringLiteral("recorded_by")};
    return columns;
}

const QStringList& handbookColumns()
{
    static const QStringList columns{QStringLiteral("person_id"),   QStringLiteral("kind"),
                                     QStringLiteral("grade"),       QStringLiteral("number"),
                                     QStringLiteral("issued_on"),   QStringLiteral("valid_until"),
                                     QStringLiteral("recorded_at"), QStringLiteral("recorded_by")};
    return columns;
}

const QStringList& representativeColumns()
{
    static const QStringList columns{
        QStringLiteral("person_id"),   QStringLiteral("representative_person_id"),
        QStringLiteral("family_name"), QStringLiteral("given_name"),
        QStringLiteral("family_kana"), QStringLiteral("given_kana"),
        QStringLiteral("kind"),        QStringLiteral("valid_from"),
        QStringLiteral("valid_to"),    QStringLiteral("recorded_at"),
        QStringLiteral("recorded_by")};
    return columns;
}

const QStringList& historyColumns()
{
    static const QStringList columns{QStringLiteral("person_id"),  QStringLiteral("changed_at"),
                                     QStringLiteral("changed_by"), QStringLiteral("field"),
                                     QStringLiteral("old_value"),  QStringLiteral("new_value")};
    return columns;
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString upperBound(const QString& prefix)
{
    // Every key starting with prefix sorts below prefix + U+10FFFF (UTF-8 / code point order).
    const char32_t last = 0x10FFFF;
    return prefix + QString::fromUcs4(&last, 1);
}

int ageOn(QDate birthDate, QDate date)
{
    int age = date.year() - birthDate.year();
    if (date.month() < birthDate.month() ||
        (date.month() == birthDate.month() && date.day() < birthDate.day()))
        --age;
    return age;
}

bool isMinorOn(QDate birthDate, QDate date)
{
    return ageOn(birthDate, date) < (date < kMajorityAt18Since ? 20 : 18);
}

// The first day a person born on birthDate is of age.
QDate majorityDay(QDate birthDate)
{
    const QDate at18 = birthDate.addYears(18);
    if (at18 >= kMajorityAt18Since)
        return at18;
    const QDate at20 = birthDate.addYears(20);
    return at20 < kMajorityAt18Since ? at20 : kMajorityAt18Since;
}

Error sqlError(const QString& message, const QSqlQuery& query)
{
    qCWarning(lcRegistry) << "SQL failed:" << query.lastError().databaseText();
    return Error{ErrorCode::Sql, message};
}

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidInput, message};
}

QString normalizedPostalCode(const QString& text)
{
    const QString digits = NameKeys::digitsKey(text);
    if (digits.size() != 7)
        return QStringLiteral(""); // no postal code: empty, never NULL
    return digits.left(3) + u'-' + digits.mid(3);
}

bool isPhoneText(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9()+\\- ]+$"));
    const QString normalized = text.normalized(QString::NormalizationForm_KC).trimmed();
    const qsizetype digits = NameKeys::digitsKey(normalized).size();
    return pattern.match(normalized).hasMatch() && digits >= 10 && digits <= 11;
}

Person personFromQuery(const QSqlQuery& query)
{
    Person person;
    person.id = query.value(0).toString();
    person.version = query.value(1).toLongLong();
    person.atenaNumber = query.value(2).toString();
    person.familyName = query.value(3).toString();
    person.givenName = query.value(4).toString();
    person.familyKana = query.value(5).toString();
    person.givenKana = query.value(6).toString();
    person.birthDate = toDate(query.value(7));
    person.sex = query.value(8).toString();
    person.phone = query.value(9).toString();
    person.householdId = query.value(10).toString();
    person.relationshipToHead = query.value(11).toString();
    person.mergedInto = query.value(12).toString();
    person.createdAt = query.value(13).toString();
    person.updatedAt = query.value(14).toString();
    return person;
}

const QString kPersonSelect = QStringLiteral(
    "SELECT id, version, atena_number, family_name, given_name, family_kana, given_kana, "
    "birth_date, sex, phone, household_id, relationship_to_head, merged_into, created_at, "
    "updated_at FROM person ");

// The columns of a search row; the current address by a correlated lookup on its index.
const QString kSummarySelect = QStringLiteral(
    "SELECT p.id, p.atena_number, p.family_name, p.given_name, p.family_kana, p.given_kana, "
    "p.birth_date, (SELECT a.address FROM person_address a WHERE a.person_id = p.id AND "
    "a.valid_to IS NULL LIMIT 1) FROM person p ");

PersonSummary summaryFromQuery(const QSqlQuery& query)
{
    PersonSummary row;
    row.id = query.value(0).toString();
    row.atenaNumber = query.value(1).toString();
    row.familyName = query.value(2).toString();
    row.givenName = query.value(3).toString();
    row.familyKana = query.value(4).toString();
    row.givenKana = query.value(5).toString();
    row.birthDate = toDate(query.value(6));
    row.address = query.value(7).toString();
    return row;
}

struct RowVersion
{
    QString id;
    qint64 version = 0;
    QVariantMap values;
};

} // namespace

PersonRegistry::PersonRegistry(QSqlDatabase db, audit::AuditLog& audit,
                               const security::Authorizer& authorizer, const Clock& clock)
    : m_db(std::move(db)), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

// ---- validation -------------------------------------------------------------------------------

Status PersonRegistry::validateDraft(const PersonDraft& draft, bool registering) const
{
    const QDate today = m_clock.todayInJapan();
    if (draft.familyName.trimmed().isEmpty() || draft.givenName.trimmed().isEmpty())
        return invalid(tr("Enter the family name and the given name."));
    if (draft.familyKana.trimmed().isEmpty() || draft.givenKana.trimmed().isEmpty())
        return invalid(tr("Enter the name in kana (フリガナ), family name and given name."));
    if (draft.familyName.size() > kMaxNameLength || draft.givenName.size() > kMaxNameLength ||
        draft.familyKana.size() > kMaxNameLength || draft.givenKana.size() > kMaxNameLength)
        return invalid(tr("A name may have at most %1 characters.").arg(kMaxNameLength));
    if (!NameKeys::isKana(draft.familyKana) || !NameKeys::isKana(draft.givenKana))
        return invalid(tr("The kana of the name may contain only hiragana or katakana."));
    if (!draft.birthDate.isValid())
        return invalid(tr("Enter a valid date of birth."));
    if (draft.birthDate > today)
        return invalid(tr("The date of birth cannot be in the future."));
    if (draft.birthDate < QDate(1868, 1, 25))
        return invalid(tr("The date of birth is before the Meiji era."));
    if (draft.sex != u"male" && draft.sex != u"female")
        return invalid(tr("The sex must be male or female, as on the 住民票."));
    if (!draft.phone.trimmed().isEmpty() && !isPhoneText(draft.phone))
        return invalid(tr("The phone number is not valid: 10 or 11 digits, with hyphens if you "
                          "like."));
    if (!draft.atenaNumber.isEmpty()) {
        static const QRegularExpression digits(
            QStringLiteral("^[0-9]{%1}$").arg(kAtenaNumberLength));
        if (!digits.match(draft.atenaNumber).hasMatch())
            return invalid(tr("A 宛名番号 has exactly %1 digits.").arg(kAtenaNumberLength));
    }
    if (registering) {
        if (draft.address.trimmed().isEmpty())
            return invalid(tr("Enter the address."));
        if (!draft.postalCode.trimmed().isEmpty() &&
            normalizedPostalCode(draft.postalCode).isEmpty())
            return invalid(tr("A postal code has 7 digits, e.g. 123-4567."));
        if (draft.addressSince.isValid() && draft.addressSince < draft.birthDate)
            return invalid(tr("The address cannot begin before the date of birth."));
    }
    return {};
}

// ---- reading ----------------------------------------------------------------------------------

Result<Person> PersonRegistry::loadPerson(const QString& personId) const
{
    QSqlQuery query(m_db);
    query.prepare(kPersonSelect + QStringLiteral("WHERE id = ?"));
    query.addBindValue(personId);
    if (!query.exec())
        return sqlError(tr("The person could not be read."), query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("There is no person with that id.")};
    return personFromQuery(query);
}

Result<QList<DuplicateCandidate>> PersonRegistry::duplicatesOf(const PersonDraft& draft) const
{
    QList<DuplicateCandidate> candidates;
    QSet<QString> seen;
    QSqlQuery query(m_db);
    query.prepare(kSummarySelect +
                  QStringLiteral("WHERE p.kana_key = ? AND p.birth_date = ? AND "
                                 "+p.merged_into IS NULL ORDER BY p.atena_number"));
    query.addBindValue(NameKeys::kanaKey(draft.familyKana + draft.givenKana));
    query.addBindValue(draft.birthDate.toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(tr("The duplicate check failed."), query);
    while (query.next()) {
        DuplicateCandidate candidate{summaryFromQuery(query),
                                     DuplicateReason::SameKanaAndBirthDate};
        seen.insert(candidate.person.id);
        candidates << candidate;
    }
    if (!draft.myNumberBlindIndex.isEmpty() && m_myNumberMatcher) {
        const auto ids = m_myNumberMatcher(draft.myNumberBlindIndex);
        if (!ids)
            return ids.error();
        for (const QString& id : ids.value()) {
            if (seen.contains(id))
                continue;
            QSqlQuery byId(m_db);
            byId.prepare(kSummarySelect + QStringLiteral("WHERE p.id = ?"));
            byId.addBindValue(id);
            if (!byId.exec())
                return sqlError(tr("The duplicate check failed."), byId);
            if (byId.next()) {
                seen.insert(id);
                candidates << DuplicateCandidate{summaryFromQuery(byId),
                                                 DuplicateReason::SameMyNumber};
            }
        }
    }
    return candidates;
}

Result<QStringList> PersonRegistry::tableColumns(const QString& table) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return sqlError(tr("The records could not be merged."), query);
    QStringList columns;
    while (query.next()) {
        const QString name = query.value(1).toString();
        if (name != u"id" && name != u"version")
            columns << name;
    }
    return columns;
}

Result<QString> PersonRegistry::nextAtenaNumber() const
{
    // A device enrolled with the central store takes 宛名番号 from blocks the central store
    // leased to it (series "atena", from 2,000,000,001: central migration 0007), so two devices
    // registering people offline never give out the same number. A standalone device counts on
    // from its own largest number (from 1,000,000,001).
    QSqlQuery central(m_db);
    if (!central.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM number_block WHERE kind = 'atena' AND origin = "
            "'central'), (SELECT count(*) FROM sync_enrolment)")) ||
        !central.next())
        return sqlError(tr("The next 宛名番号 could not be found."), central);
    if (central.value(0).toInt() > 0 || central.value(1).toInt() > 0) {
        if (central.value(0).toInt() == 0)
            return Error{ErrorCode::NotFound,
                         tr("This computer has no 宛名番号 from the central store yet. Sync "
                            "once, then register the person again.")};
        intake::NumberBlocks blocks(m_db, QString(), m_clock);
        auto taken = blocks.take(QString::fromUtf16(kAtenaSeries));
        if (!taken)
            return taken.error();
        if (taken->size() != kAtenaNumberLength)
            return Error{ErrorCode::Internal, tr("No 宛名番号 is left to assign.")};
        return taken.value();
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT max(atena_number) FROM person")) || !query.next())
        return sqlError(tr("The next 宛名番号 could not be found."), query);
    qint64 next = 1'000'000'001;
    if (!query.value(0).isNull())
        next = std::max(next, query.value(0).toString().toLongLong() + 1);
    const QString number = QString::number(next);
    if (number.size() != kAtenaNumberLength)
        return Error{ErrorCode::Internal, tr("No 宛名番号 is left to assign.")};
    return number;
}

// ---- writing helpers --------------------------------------------------------------------------

Status PersonRegistry::appendHistory(const security::Session& session, const QString& personId,
                                     const QString& field, const QString& oldValue,
                                     const QString& newValue)
{
    store::Repository history(m_db, QStringLiteral("person_history"), historyColumns(), m_clock);
    auto id = history.insert(
        {{QStringLiteral("person_id"), personId},
         {QStringLiteral("changed_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
         {QStringLiteral("changed_by"), session.accountId},
         {QStringLiteral("field"), field},
         {QStringLiteral("old_value"), textOrNull(oldValue)},
         {QStringLiteral("new_value"), textOrNull(newValue)}});
    return id.status();
}

Status PersonRegistry::touchPerson(const QString& personId, qint64 expectedVersion,
                                   QVariantMap changes)
{
    changes.insert(QStringLiteral("updated_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs));
    store::Repository persons(m_db, kPerson, personColumns(), m_clock);
    return persons.update(personId, expectedVersion, changes).status();
}

Status PersonRegistry::auditPerson(const security::Session& session, const QString& personId,
                                   const QString& action)
{
    // person.create / person.update / person.merge once the audit event table has them; until
    // then the access is recorded as a view of the record with the action as its purpose.
    audit::EventType type = audit::EventType::PersonView;
    const bool known = audit::eventFromCode(QString(kPerson + u'.' + action), &type);
    auto event = audit::AuditEvent::of(known ? type : audit::EventType::PersonView,
                                       audit::Outcome::Success, session.login, kPerson, personId,
                                       action == u"view" ? QString() : action);
    return m_audit.append(event);
}

Status PersonRegistry::auditSearch(const security::Session& session, const QString& purpose)
{
    return m_audit.append(audit::AuditEvent::of(audit::EventType::PersonSearch,
                                                audit::Outcome::Success, session.login, kPerson, {},
                                                purpose));
}

// ---- registration -----------------------------------------------------------------------------

Result<QList<DuplicateCandidate>> PersonRegistry::findDuplicates(const security::Session& session,
                                                                 const PersonDraft& draft)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.edit"), {}, kPerson);
        !allowed)
        return allowed.error();
    if (Status valid = validateDraft(draft, false); !valid)
        return valid.error();
    store::Transaction transaction(m_db);
    auto candidates = duplicatesOf(draft);
    if (!candidates)
        return candidates.error();
    if (Status audited = auditSearch(session, QStringLiteral("duplicate_check")); !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The duplicate check could not be recorded.")};
    return candidates;
}

Result<Registration> PersonRegistry::registerPerson(const security::Session& session,
                                                    const PersonDraft& draft, DuplicateCheck check)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.edit"), {}, kPerson);
        !allowed)
        return allowed.error();
    if (Status valid = validateDraft(draft, true); !valid)
        return valid.error();

    store::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The person could not be saved.")};
    auto duplicates = duplicatesOf(draft);
    if (!duplicates)
        return duplicates.error();
    Registration registration;
    registration.duplicates = duplicates.value();
    if (!registration.duplicates.isEmpty()) {
        // The candidates are shown to the clerk: that is a search of the registry.
        if (Status audited = auditSearch(session, QStringLiteral("duplicate_check")); !audited)
            return audited.error();
        if (check == DuplicateCheck::Warn) {
            if (!transaction.commit())
                return Error{ErrorCode::Sql, tr("The duplicate check could not be recorded.")};
            return registration;
        }
    }

    QString atenaNumber = draft.atenaNumber;
    if (atenaNumber.isEmpty()) {
        auto next = nextAtenaNumber();
        if (!next)
            return next.error();
        atenaNumber = next.value();
    } else {
        QSqlQuery taken(m_db);
        taken.prepare(QStringLiteral("SELECT 1 FROM person WHERE atena_number = ?"));
        taken.addBindValue(atenaNumber);
        if (!taken.exec())
            return sqlError(tr("The person could not be saved."), taken);
        if (taken.next())
            return Error{ErrorCode::AlreadyExists,
                         tr("That 宛名番号 already belongs to another person.")};
    }

    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    const QString phone = draft.phone.trimmed();
    store::Repository persons(m_db, kPerson, personColumns(), m_clock);
    auto personId = persons.insert(
        {{QStringLiteral("atena_number"), atenaNumber},
         {QStringLiteral("family_name"), draft.familyName.trimmed()},
         {QStringLiteral("given_name"), draft.givenName.trimmed()},
         {QStringLiteral("family_kana"), draft.familyKana.trimmed()},
         {QStringLiteral("given_kana"), draft.givenKana.trimmed()},
         {QStringLiteral("kana_key"), NameKeys::kanaKey(draft.familyKana + draft.givenKana)},
         {QStringLiteral("given_kana_key"), NameKeys::kanaKey(draft.givenKana)},
         {QStringLiteral("name_key"), NameKeys::nameKey(draft.familyName + draft.givenName)},
         {QStringLiteral("given_name_key"), NameKeys::nameKey(draft.givenName)},
         {QStringLiteral("birth_date"), draft.birthDate.toString(Qt::ISODate)},
         {QStringLiteral("sex"), draft.sex},
         {QStringLiteral("phone"), textOrNull(phone)},
         {QStringLiteral("phone_key"), textOrNull(NameKeys::digitsKey(phone))},
         {QStringLiteral("created_at"), now},
         {QStringLiteral("updated_at"), now}});
    if (!personId)
        return personId.error();

    const QDate today = m_clock.todayInJapan();
    store::Repository addresses(m_db, QStringLiteral("person_address"), addressColumns(), m_clock);
    auto addressId =
        addresses.insert({{QStringLiteral("person_id"), personId.value()},
                          {QStringLiteral("postal_code"), normalizedPostalCode(draft.postalCode)},
                          {QStringLiteral("address"), draft.address.trimmed()},
                          {QStringLiteral("valid_from"),
                           dateValue(draft.addressSince.isValid() ? draft.addressSince : today)},
                          {QStringLiteral("recorded_at"), now},
                          {QStringLiteral("recorded_by"), session.accountId}});
    if (!addressId)
        return addressId.error();

    if (!registration.duplicates.isEmpty()) {
        // The clerk confirmed these are other people: keep which records were looked at.
        QStringList ids;
        for (const DuplicateCandidate& candidate : std::as_const(registration.duplicates))
            ids << candidate.person.id;
        if (Status noted =
                appendHistory(session, personId.value(),
                              QStringLiteral("confirmed_not_duplicate_of"), {}, ids.join(u' '));
            !noted)
            return noted.error();
    }
    if (Status audited = auditPerson(session, personId.value(), QStringLiteral("create")); !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The person could not be saved.")};
    registration.personId = personId.value();
    return registration;
}

// ---- corrections ------------------------------------------------------------------------------

Result<qint64> PersonRegistry::update(const security::Session& session, const QString& personId,
                                      qint64 expectedVersion, const PersonDraft& corrected)
{
    if (Status allowed =
            m_authorizer.require(session, QStringLiteral("person.edit"), {}, kPerson, personId);
        !allowed)
        return allowed.error();
    if (Status valid = validateDraft(corrected, false); !valid)
        return valid.error();
    store::Transaction transaction(m_db);
    auto current = loadPerson(personId);
    if (!current)
        return current.error();
    const Person& person = current.value();
    if (!person.mergedInto.isEmpty())
        return invalid(tr("This record was merged into another one. Correct that record."));
    if (!corrected.atenaNumber.isEmpty() && corrected.atenaNumber != person.atenaNumber)
        return invalid(tr("The 宛名番号 of a person cannot be changed."));
    if (person.version != expectedVersion)
        return Error{ErrorCode::Conflict,
                     tr("Someone changed this record after you opened it. Reload it and make "
                        "your change again.")};

    struct Field
    {
        QString column;
        QString before;
        QString after;
    };
    const QString phone = corrected.phone.trimmed();
    const QList<Field> fields{
        {QStringLiteral("family_name"), person.familyName, corrected.familyName.trimmed()},
        {QStringLiteral("given_name"), person.givenName, corrected.givenName.trimmed()},
        {QStringLiteral("family_kana"), person.familyKana, corrected.familyKana.trimmed()},
        {QStringLiteral("given_kana"), person.givenKana, corrected.givenKana.trimmed()},
        {QStringLiteral("birth_date"), person.birthDate.toString(Qt::ISODate),
         corrected.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("sex"), person.sex, corrected.sex},
        {QStringLiteral("phone"), person.phone, phone},
    };
    QVariantMap changes;
    for (const Field& field : fields) {
        if (field.before == field.after)
            continue;
        changes.insert(field.column, textOrNull(field.after));
        if (Status noted =
                appendHistory(session, personId, field.column, field.before, field.after);
            !noted)
            return noted.error();
    }
    if (changes.isEmpty())
        return person.version;
    changes.insert(QStringLiteral("kana_key"),
                   NameKeys::kanaKey(corrected.familyKana + corrected.givenKana));
    changes.insert(QStringLiteral("given_kana_key"), NameKeys::kanaKey(corrected.givenKana));
    changes.insert(QStringLiteral("name_key"),
                   NameKeys::nameKey(corrected.familyName + corrected.givenName));
    changes.insert(QStringLiteral("given_name_key"), NameKeys::nameKey(corrected.givenName));
    changes.insert(QStringLiteral("phone_key"), textOrNull(NameKeys::digitsKey(phone)));
    if (Status saved = touchPerson(personId, expectedVersion, changes); !saved)
        return saved.error();
    if (Status audited = auditPerson(session, personId, QStringLiteral("update")); !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The correction could not be saved.")};
    return expectedVersion + 1;
}

Result<QString> PersonRegistry::moveAddress(const security::Session& session,
                                            const QString& personId, const QString& postalCode,
                                            const QString& address, QDate validFrom)
{
    if (Status allowed =
            m_authorizer.require(session, QStringLiteral("person.edit"), {}, kPerson, personId);
        !allowed)
        return allowed.error();
    if (address.trimmed().isEmpty())
        return invalid(tr("Enter the address."));
    if (!postalCode.trimmed().isEmpty() && normalizedPostalCode(postalCode).isEmpty())
        return invalid(tr("A postal code has 7 digits, e.g. 123-4567."));
    if (!validFrom.isValid())
        return invalid(tr("Enter the date from which the new address applies."));

    store::Transaction transaction(m_db);
    auto person = loadPerson(personId);
    if (!person)
        return person.error();
    if (!person->mergedInto.isEmpty())
        return invalid(tr("This record was merged into another one. Correct that record."));
    if (validFrom < person->birthDate)
        return invalid(tr("The address cannot begin before the date of birth."));

    store::Repository addresses(m_db, QStringLiteral("person_address"), addressColumns(), m_clock);
    QSqlQuery open(m_db);
    open.prepare(QStringLiteral("SELECT id, version, valid_from FROM person_address WHERE "
                                "person_id = ? AND valid_to IS NULL"));
    open.addBindValue(personId);
    if (!open.exec())
        return sqlError(tr("The address could not be saved."), open);
    QList<RowVersion> openRows;
    while (open.next())
        openRows << RowVersion{open.value(0).toString(),
                               open.value(1).toLongLong(),
                               {{QStringLiteral("valid_from"), open.value(2)}}};
    for (const RowVersion& row : std::as_const(openRows)) {
        if (validFrom <= toDate(row.values.value(QStringLiteral("valid_from"))))
            return invalid(tr("A move must be dated after the current address began."));
        auto closed = addresses.update(
            row.id, row.version, {{QStringLiteral("valid_to"), dateValue(validFrom.addDays(-1))}});
        if (!closed)
            return closed.error();
    }
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    auto addressId =
        addresses.insert({{QStringLiteral("person_id"), personId},
                          {QStringLiteral("postal_code"), normalizedPostalCode(postalCode)},
                          {QStringLiteral("address"), address.trimmed()},
                          {QStringLiteral("valid_from"), dateValue(validFrom)},
                          {QStringLiteral("recorded_at"), now},
                          {QStringLiteral("recorded_by"), session.accountId}});
    if (!addressId)
        return addressId.error();
    if (Status saved = touchPerson(personId, person->version, {}); !saved)
        return saved.error();
    if (Status audited = auditPerson(session, personId, QStringLiteral("update")); !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The address could not be saved.")};
    return addressId;
}

Result<QString> PersonRegistry::addHandbook(const security::Session& session,
                                            const QString& personId, const HandbookDraft& draft)
{
    if (Status allowed =
            m_authorizer.require(session, QStringLiteral("person.edit"), {}, kPerson, personId);
        !allowed)
        return allowed.error();
    const QString grade = draft.grade.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
    switch (draft.kind) {
    case HandbookKind::Physical:
        if (grade.size() != 1 || grade.at(0) < u'1' || grade.at(0) > u'6')
            return invalid(tr("A 身体障害者手帳 has a grade from 1 to 6."));
        break;
    case HandbookKind::Intellectual:
        if (grade != u"A" && grade != u"B")
            return invalid(tr("A 療育手帳 has the grade A or B."));
        break;
    case HandbookKind::Mental:
        if (grade.size() != 1 || grade.at(0) < u'1' || grade.at(0) > u'3')
            return invalid(tr("A 精神障害者保健福祉手帳 has a grade from 1 to 3."));
        break;
    }
    const QString number = draft.number.normalized(QString::NormalizationForm_KC).trimmed();
    if (number.isEmpty() || number.size() > 20)
        return invalid(tr("Enter the handbook number (at most 20 characters)."));
    if (!draft.issuedOn.isValid())
        return invalid(tr("Enter the date the handbook was issued."));
    if (draft.validUntil.isValid() && draft.validUntil < draft.issuedOn)
        return invalid(tr("A handbook cannot expire before it was issued."));

    store::Transaction transaction(m_db);
    auto person = loadPerson(personId);
    if (!person)
        return person.error();
    if (!person->mergedInto.isEmpty())
        return invalid(tr("This record was merged into another one. Correct that record."));
    store::Repository handbooks(m_db, QStringLiteral("handbook"), handbookColumns(), m_clock);
    auto id = handbooks.insert(
        {{QStringLiteral("person_id"), personId},
         {QStringLiteral("kind"), handbookKindCode(draft.kind)},
         {QStringLiteral("grade"), grade},
         {QStringLiteral("number"), number},
         {QStringLiteral("issued_on"), dateValue(draft.issuedOn)},
         {QStringLiteral("valid_until"), dateValue(draft.validUntil)},
         {QStringLiteral("recorded_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
         {QStringLiteral("recorded_by"), session.accountId}});
    if (!id)
        return id.error();
    if (Status noted = appendHistory(session, personId, QStringLiteral("handbook"), {},
                                     handbookKindCode(draft.kind) + u' ' + grade);
        !noted)
        return noted.error();
    if (Status audited = auditPerson(session, personId, QStringLiteral("update")); !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The handbook could not be saved.")};
    return id;
}

Result<QString> PersonRegistry::setRepresentative(const security::Session& session,
                                                  const QString& personId,
                                                  const RepresentativeDraft& draft)
{
    if (Status allowed =
            m_authorizer.require(session, QStringLiteral("person.edit"), {}, kPerson, personId);
        !allowed)
        return allowed.error();
    if (!draft.validFrom.isValid())
        return invalid(tr("Enter the date from which the representative acts."));
    if (draft.validTo.isValid() && draft.validTo < draft.validFrom)
        return invalid(tr("A representative's term cannot end before it begins."));
    const bool registered = !draft.representativePersonId.isEmpty();
    if (!registered &&
        (draft.familyName.trimmed().isEmpty() || draft.familyName.size() > kMaxNameLength ||
         draft.givenName.size() > kMaxNameLength))
        return invalid(tr("Choose the representative from the registry or enter their name."));
    for (const QString* kana : {&draft.familyKana, &draft.givenKana}) {
        if (!kana->trimmed().isEmpty() && !NameKeys::isKana(*kana))
            return invalid(tr("The kana of the name may contain only hiragana or katakana."));
    }

    store::Transaction transaction(m_db);
    auto person = loadPerson(personId);
    if (!person)
        return person.error();
    if (!person->mergedInto.isEmpty())
        return invalid(tr("This record was merged into another one. Correct that record."));
    if (registered) {
        if (draft.representativePersonId == personId)
            return invalid(tr("A person cannot be their own representative."));
        auto representative = loadPerson(draft.representativePersonId);
        if (!representative)
            return representative.error();
        if (!representative->mergedInto.isEmpty())
            return invalid(tr("The representative's record was merged into another one. "
                              "Choose that record."));
    }
    const bool minor = isMinorOn(person->birthDate, draft.validFrom);
    QDate validTo = draft.validTo;
    switch (draft.kind) {
    case RepresentativeKind::Parent:
        if (!minor)
            return invalid(tr("A parent (親権者) represents only a minor; this person is of age "
                              "on that date. Record a guardian, curator or assistant instead."));
        // Parental authority ends when the child comes of age.
        if (!validTo.isValid() || validTo >= majorityDay(person->birthDate))
            validTo = majorityDay(person->birthDate).addDays(-1);
        break;
    case RepresentativeKind::Other:
        if (!minor)
            return invalid(tr("For a person of age, a legal representative is a guardian, "
                              "curator or assistant (成年後見人・保佐人・補助人)."));
        break;
    case RepresentativeKind::Guardian:
    case RepresentativeKind::Curator:
    case RepresentativeKind::Assistant:
        break;
    }

    store::Repository representatives(m_db, QStringLiteral("legal_representative"),
                                      representativeColumns(), m_clock);
    auto id = representatives.insert(
        {{QStringLiteral("person_id"), personId},
         {QStringLiteral("representative_person_id"), textOrNull(draft.representativePersonId)},
         {QStringLiteral("family_name"),
          registered ? QVariant() : textOrNull(draft.familyName.trimmed())},
         {QStringLiteral("given_name"),
          registered ? QVariant() : textOrNull(draft.givenName.trimmed())},
         {QStringLiteral("family_kana"),
          registered ? QVariant() : textOrNull(draft.familyKana.trimmed())},
         {QStringLiteral("given_kana"),
          registered ? QVariant() : textOrNull(draft.givenKana.trimmed())},
         {QStringLiteral("kind"), representativeKindCode(draft.kind)},
         {QStringLiteral("valid_from"), dateValue(draft.validFrom)},
         {QStringLiteral("valid_to"), dateValue(validTo)},
         {QStringLiteral("recorded_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
         {QStringLiteral("recorded_by"), session.accountId}});
    if (!id)
        return id.error();
    if (Status noted = appendHistory(session, personId, QStringLiteral("representative"), {},
                                     representativeKindCode(draft.kind));
        !noted)
        return noted.error();
    if (Status audited = auditPerson(session, personId, QStringLiteral("update")); !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The representative could not be saved.")};
    return id;
}

Status PersonRegistry::endRepresentative(const security::Session& session,
                                         const QString& representativeId, QDate validTo)
{
    if (!validTo.isValid())
        return invalid(tr("Enter the last day the representative acts."));
    store::Transaction transaction(m_db);
    store::Repository representatives(m_db, QStringLiteral("legal_representative"),
                                      representativeColumns(), m_clock);
    auto row = representatives.find(representativeId);
    if (!row)
        return row.error();
    const QString personId = row->value(QStringLiteral("person_id")).toString();
    if (Status allowed =
            m_authorizer.require(session, QStringLiteral("person.edit"), {}, kPerson, personId);
        !allowed)
        return allowed;
    if (validTo < toDate(row->value(QStringLiteral("valid_from"))))
        return invalid(tr("A representative's term cannot end before it begins."));
    auto saved =
        representatives.update(representativeId, row->value(QStringLiteral("version")).toLongLong(),
                               {{QStringLiteral("valid_to"), dateValue(validTo)}});
    if (!saved)
        return saved.status();
    if (Status noted = appendHistory(session, personId, QStringLiteral("representative_end"),
                                     row->value(QStringLiteral("valid_to")).toString(),
                                     validTo.toString(Qt::ISODate));
        !noted)
        return noted;
    if (Status audited = auditPerson(session, personId, QStringLiteral("update")); !audited)
        return audited;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The representative could not be saved.")};
    return {};
}

Result<QString> PersonRegistry::setHousehold(const security::Session& session,
                                             const QString& personId, const QString& householdId,
                                             const QString& relationshipToHead)
{
    if (Status allowed =
            m_authorizer.require(session, QStringLiteral("person.edit"), {}, kPerson, personId);
        !allowed)
        return allowed.error();
    const QString relationship = relationshipToHead.trimmed();
    if (relationship.isEmpty() || relationship.size() > 20)
        return invalid(tr("Enter the relationship to the head of the household (続柄), e.g. "
                          "世帯主, 妻, 子."));
    store::Transaction transaction(m_db);
    auto person = loadPerson(personId);
    if (!person)
        return person.error();
    if (!person->mergedInto.isEmpty())
        return invalid(tr("This record was merged into another one. Correct that record."));
    QString household = householdId;
    if (household.isEmpty()) {
        household = store::newUuid7();
    } else {
        QSqlQuery exists(m_db);
        exists.prepare(QStringLiteral("SELECT 1 FROM person WHERE household_id = ? LIMIT 1"));
        exists.addBindValue(household);
        if (!exists.exec())
            return sqlError(tr("The household could not be saved."), exists);
        if (!exists.next())
            return Error{ErrorCode::NotFound, tr("There is no household with that id.")};
    }
    if (household == person->householdId && relationship == person->relationshipToHead)
        return household;
    for (const auto& [column, before, after] :
         {std::tuple{QStringLiteral("household_id"), person->householdId, household},
          std::tuple{QStringLiteral("relationship_to_head"), person->relationshipToHead,
                     relationship}}) {
        if (before == after)
            continue;
        if (Status noted = appendHistory(session, personId, column, before, after); !noted)
            return noted.error();
    }
    if (Status saved = touchPerson(personId, person->version,
                                   {{QStringLiteral("household_id"), household},
                                    {QStringLiteral("relationship_to_head"), relationship}});
        !saved)
        return saved.error();
    if (Status audited = auditPerson(session, personId, QStringLiteral("update")); !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The household could not be saved.")};
    return household;
}

// ---- viewing ----------------------------------------------------------------------------------

Result<PersonRecord> PersonRegistry::get(const security::Session& session, const QString& personId)
{
    if (Status allowed =
            m_authorizer.require(session, QStringLiteral("person.view"), {}, kPerson, personId);
        !allowed)
        return allowed.error();
    store::Transaction transaction(m_db);
    auto person = loadPerson(personId);
    if (!person)
        return person.error();
    PersonRecord record;
    record.person = person.value();

    // Records merged into this one, also through earlier merges.
    QStringList ids{personId};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QSqlQuery merged(m_db);
        merged.prepare(QStringLiteral("SELECT id FROM person WHERE merged_into = ? ORDER BY id"));
        merged.addBindValue(ids.at(i));
        if (!merged.exec())
            return sqlError(tr("The person could not be read."), merged);
        while (merged.next()) {
            const QString id = merged.value(0).toString();
            if (!ids.contains(id)) {
                ids << id;
                record.mergedFrom << id;
            }
        }
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), ids.size());
    const QString in = QStringLiteral("(") + marks.join(u',') + QStringLiteral(")");
    auto run = [&](const QString& sql, auto&& onRow) -> Status {
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (const QString& id : std::as_const(ids))
            query.addBindValue(id);
        if (!query.exec())
            return sqlError(tr("The person could not be read."), query);
        while (query.next())
            onRow(query);
        return {};
    };

    if (Status read = run(QStringLiteral("SELECT id, person_id, postal_code, address, "
                                         "valid_from, valid_to, recorded_at, recorded_by FROM "
                                         "person_address WHERE person_id IN ") +
                              in + QStringLiteral(" ORDER BY valid_from DESC, recorded_at DESC"),
                          [&](const QSqlQuery& q) {
                              Address address{q.value(0).toString(), q.value(1).toString(),
                                              q.value(2).toString(), q.value(3).toString(),
                                              toDate(q.value(4)),    toDate(q.value(5)),
                                              q.value(6).toString(), q.value(7).toString()};
                              if (address.isCurrent() && !record.currentAddress)
                                  record.currentAddress = address;
                              record.addresses << address;
                          });
        !read)
        return read.error();
    if (Status read = run(QStringLiteral("SELECT id, person_id, kind, grade, number, issued_on, "
                                         "valid_until, recorded_at, recorded_by FROM handbook "
                                         "WHERE person_id IN ") +
                              in + QStringLiteral(" ORDER BY issued_on DESC"),
                          [&](const QSqlQuery& q) {
                              Handbook handbook;
                              handbook.id = q.value(0).toString();
                              handbook.personId = q.value(1).toString();
                              handbookKindFromCode(q.value(2).toString(), &handbook.kind);
                              handbook.grade = q.value(3).toString();
                              handbook.number = q.value(4).toString();
                              handbook.issuedOn = toDate(q.value(5));
                              handbook.validUntil = toDate(q.value(6));
                              handbook.recordedAt = q.value(7).toString();
                              handbook.recordedBy = q.value(8).toString();
                              record.handbooks << handbook;
                          });
        !read)
        return read.error();
    if (Status read =
            run(QStringLiteral("SELECT r.id, r.person_id, r.kind, r.representative_person_id, "
                               "coalesce(p.family_name, r.family_name), "
                               "coalesce(p.given_name, r.given_name), "
                               "coalesce(p.family_kana, r.family_kana), "
                               "coalesce(p.given_kana, r.given_kana), r.valid_from, r.valid_to "
                               "FROM legal_representative r LEFT JOIN person p ON p.id = "
                               "r.representative_person_id WHERE r.person_id IN ") +
                    in + QStringLiteral(" ORDER BY r.valid_from DESC"),
                [&](const QSqlQuery& q) {
                    Representative representative;
                    representative.id = q.value(0).toString();
                    representative.personId = q.value(1).toString();
                    representativeKindFromCode(q.value(2).toString(), &representative.kind);
                    representative.representativePersonId = q.value(3).toString();
                    representative.familyName = q.value(4).toString();
                    representative.givenName = q.value(5).toString();
                    representative.familyKana = q.value(6).toString();
                    representative.givenKana = q.value(7).toString();
                    representative.validFrom = toDate(q.value(8));
                    representative.validTo = toDate(q.value(9));
                    record.representatives << representative;
                });
        !read)
        return read.error();
    if (Status read = run(QStringLiteral("SELECT person_id, changed_at, changed_by, field, "
                                         "old_value, new_value FROM person_history WHERE "
                                         "person_id IN ") +
                              in + QStringLiteral(" ORDER BY changed_at DESC, id DESC"),
                          [&](const QSqlQuery& q) {
                              record.history
                                  << HistoryEntry{q.value(0).toString(), q.value(1).toString(),
                                                  q.value(2).toString(), q.value(3).toString(),
                                                  q.value(4).toString(), q.value(5).toString()};
                          });
        !read)
        return read.error();

    if (Status audited = auditPerson(session, personId, QStringLiteral("view")); !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The view of the person could not be recorded.")};
    return record;
}

Result<QList<Person>> PersonRegistry::household(const security::Session& session,
                                                const QString& householdId)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.view"), {}, kPerson);
        !allowed)
        return allowed.error();
    if (householdId.isEmpty())
        return QList<Person>{};
    store::Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(kPersonSelect + QStringLiteral("WHERE household_id = ? AND merged_into IS NULL "
                                                 "ORDER BY birth_date"));
    query.addBindValue(householdId);
    if (!query.exec())
        return sqlError(tr("The household could not be read."), query);
    QList<Person> members;
    while (query.next())
        members << personFromQuery(query);
    for (const Person& member : std::as_const(members)) {
        if (Status audited = auditPerson(session, member.id, QStringLiteral("view")); !audited)
            return audited.error();
    }
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The view of the household could not be recorded.")};
    return members;
}

// ---- search -----------------------------------------------------------------------------------

Result<QList<PersonSummary>> PersonRegistry::runSearch(const SearchQuery& search, int limit) const
{
    QList<PersonSummary> rows;
    QSet<QString> seen;
    // The unary + keeps the planner off the merged_into index (nearly every row is NULL there):
    // the range on the search key's own index must drive the query, in the index's order.
    const QString limitClause = QStringLiteral(" AND +p.merged_into IS NULL ORDER BY %1 LIMIT ?");
    auto runRange = [&](const QString& column, const QString& order) -> Status {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(kSummarySelect + QStringLiteral("WHERE p.%1 >= ? AND p.%1 < ?").arg(column) +
                      limitClause.arg(order));
        query.addBindValue(search.key);
        query.addBindValue(upperBound(search.key));
        query.addBindValue(limit);
        if (!query.exec())
            return sqlError(tr("The search failed."), query);
        while (query.next() && rows.size() < limit) {
            PersonSummary row = summaryFromQuery(query);
            if (!seen.contains(row.id)) {
                seen.insert(row.id);
                rows << row;
            }
        }
        return {};
    };

    Status status;
    switch (search.kind) {
    case SearchKind::None:
        break;
    case SearchKind::Kana:
        status = runRange(QStringLiteral("kana_key"), QStringLiteral("p.kana_key"));
        if (status && rows.size() < limit)
            status = runRange(QStringLiteral("given_kana_key"), QStringLiteral("p.given_kana_key"));
        break;
    case SearchKind::KanjiName:
        status = runRange(QStringLiteral("name_key"), QStringLiteral("p.name_key"));
        if (status && rows.size() < limit)
            status = runRange(QStringLiteral("given_name_key"), QStringLiteral("p.given_name_key"));
        break;
    case SearchKind::AtenaNumber:
        status = runRange(QStringLiteral("atena_number"), QStringLiteral("p.atena_number"));
        break;
    case SearchKind::Phone:
        status = runRange(QStringLiteral("phone_key"), QStringLiteral("p.phone_key"));
        break;
    case SearchKind::BirthDate: {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(kSummarySelect + QStringLiteral("WHERE p.birth_date = ?") +
                      limitClause.arg(QStringLiteral("p.kana_key")));
        query.addBindValue(search.key);
        query.addBindValue(limit);
        if (!query.exec())
            return sqlError(tr("The search failed."), query);
        while (query.next())
            rows << summaryFromQuery(query);
        break;
    }
    }
    if (!status)
        return status.error();
    return rows;
}

Result<SearchResult> PersonRegistry::search(const security::Session& session, const QString& text,
                                            int limit)
{
    if (Status allowed =
            m_authorizer.require(session, QStringLiteral("person.search"), {}, kPerson);
        !allowed)
        return allowed.error();
    const SearchQuery query = SearchQuery::classify(text);
    SearchResult result;
    result.kind = query.kind;
    store::Transaction transaction(m_db);
    auto rows = runSearch(query, std::clamp(limit, 1, kMaxLimit));
    if (!rows)
        return rows.error();
    result.rows = std::move(rows).value();
    if (Status audited = auditSearch(session, searchKindCode(query.kind)); !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The search could not be recorded.")};
    return result;
}

// ---- merge ------------------------------------------------------------------------------------

Status PersonRegistry::merge(const security::Session& adminSession, const QString& survivorId,
                             const QString& mergedId)
{
    if (Status allowed = m_authorizer.require(adminSession, QStringLiteral("person.merge"), {},
                                              kPerson, survivorId);
        !allowed)
        return allowed;
    if (survivorId == mergedId)
        return invalid(tr("Choose two different records to merge."));
    store::Transaction transaction(m_db);
    auto survivor = loadPerson(survivorId);
    if (!survivor)
        return survivor.status();
    auto merged = loadPerson(mergedId);
    if (!merged)
        return merged.status();
    if (!survivor->mergedInto.isEmpty() || !merged->mergedInto.isEmpty())
        return invalid(tr("One of the records was already merged into another one."));

    // One record representing the other would become a person representing themselves.
    {
        QSqlQuery between(m_db);
        between.prepare(QStringLiteral(
            "SELECT count(*) FROM legal_representative WHERE (person_id = ? AND "
            "representative_person_id = ?) OR (person_id = ? AND representative_person_id = ?)"));
        between.addBindValue(survivorId);
        between.addBindValue(mergedId);
        between.addBindValue(mergedId);
        between.addBindValue(survivorId);
        if (!between.exec() || !between.next())
            return sqlError(tr("The records could not be merged."), between);
        if (between.value(0).toInt() > 0)
            return invalid(tr("One record is the other's legal representative; correct that "
                              "before merging."));
    }

    // Benefit history never changes (approved decisions, ledger entries, certificates and
    // 上限額管理 visits are fixed or append-only), so it cannot move to the survivor: the record
    // that has it is the one to keep.
    {
        QSqlQuery history(m_db);
        history.prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM decision WHERE person_id = ?) + (SELECT count(*) FROM "
            "recipient WHERE person_id = ?) + (SELECT count(*) FROM ledger_entry WHERE "
            "person_id = ?) + (SELECT count(*) FROM certificate WHERE person_id = ?) + (SELECT "
            "count(*) FROM copay_visit WHERE person_id = ?)"));
        for (int i = 0; i < 5; ++i)
            history.addBindValue(mergedId);
        if (!history.exec() || !history.next())
            return sqlError(tr("The records could not be merged."), history);
        if (history.value(0).toInt() > 0)
            return invalid(tr("The record to merge away has benefit decisions or ledger entries, "
                              "which never change. Keep that record and merge the other one into "
                              "it."));
    }

    const QDate today = m_clock.todayInJapan();
    auto rowsOf = [&](const QString& table, const QString& column,
                      const QString& extra) -> Result<QList<RowVersion>> {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT id, version%3 FROM %1 WHERE %2 = ?").arg(table, column, extra));
        query.addBindValue(mergedId);
        if (!query.exec())
            return sqlError(tr("The records could not be merged."), query);
        QList<RowVersion> rows;
        while (query.next()) {
            RowVersion row{query.value(0).toString(), query.value(1).toLongLong(), {}};
            if (!extra.isEmpty()) {
                row.values.insert(QStringLiteral("valid_from"), query.value(2));
                row.values.insert(QStringLiteral("valid_to"), query.value(3));
            }
            rows << row;
        }
        return rows;
    };

    // Addresses: the survivor's current address stays current; the merged record's open one is
    // closed at the merge (never before it began).
    bool survivorHasCurrent = false;
    {
        QSqlQuery current(m_db);
        current.prepare(QStringLiteral(
            "SELECT 1 FROM person_address WHERE person_id = ? AND valid_to IS NULL LIMIT 1"));
        current.addBindValue(survivorId);
        if (!current.exec())
            return sqlError(tr("The records could not be merged."), current);
        survivorHasCurrent = current.next();
    }
    store::Repository addresses(m_db, QStringLiteral("person_address"), addressColumns(), m_clock);
    auto addressRows = rowsOf(QStringLiteral("person_address"), QStringLiteral("person_id"),
                              QStringLiteral(", valid_from, valid_to"));
    if (!addressRows)
        return addressRows.status();
    for (const RowVersion& row : std::as_const(addressRows.value())) {
        QVariantMap changes{{QStringLiteral("person_id"), survivorId}};
        if (survivorHasCurrent && row.values.value(QStringLiteral("valid_to")).isNull()) {
            const QDate from = toDate(row.values.value(QStringLiteral("valid_from")));
            changes.insert(QStringLiteral("valid_to"), dateValue(std::max(from, today)));
        }
        if (auto moved = addresses.update(row.id, row.version, changes); !moved)
            return moved.status();
    }
    const struct
    {
        QString table;
        QString column;
        const QStringList& columns;
    } repoints[] = {
        {QStringLiteral("handbook"), QStringLiteral("person_id"), handbookColumns()},
        {QStringLiteral("legal_representative"), QStringLiteral("person_id"),
         representativeColumns()},
        {QStringLiteral("legal_representative"), QStringLiteral("representative_person_id"),
         representativeColumns()},
    };
    // My Number: one per person. The merged record's moves over when the survivor has none;
    // the same number on both (the same blind index) is kept once; two different numbers are
    // two people.
    {
        QSqlQuery numbers(m_db);
        numbers.prepare(QStringLiteral("SELECT id, version, person_id, blind_index FROM "
                                       "person_mynumber WHERE person_id IN (?, ?)"));
        numbers.addBindValue(survivorId);
        numbers.addBindValue(mergedId);
        if (!numbers.exec())
            return sqlError(tr("The records could not be merged."), numbers);
        std::optional<RowVersion> kept;
        std::optional<RowVersion> moving;
        QByteArray keptIndex;
        QByteArray movingIndex;
        while (numbers.next()) {
            RowVersion row{numbers.value(0).toString(), numbers.value(1).toLongLong(), {}};
            if (numbers.value(2).toString() == survivorId) {
                kept = row;
                keptIndex = numbers.value(3).toByteArray();
            } else {
                moving = row;
                movingIndex = numbers.value(3).toByteArray();
            }
        }
        if (moving) {
            auto columns = tableColumns(QStringLiteral("person_mynumber"));
            if (!columns)
                return columns.status();
            store::Repository myNumbers(m_db, QStringLiteral("person_mynumber"), columns.value(),
                                        m_clock);
            if (!kept) {
                if (auto moved = myNumbers.update(moving->id, moving->version,
                                                  {{QStringLiteral("person_id"), survivorId}});
                    !moved)
                    return moved.status();
            } else if (!movingIndex.isEmpty() && movingIndex == keptIndex) {
                if (Status removed = myNumbers.remove(moving->id, moving->version); !removed)
                    return removed;
            } else {
                return invalid(tr("The two records hold different My Numbers (or one of them is "
                                  "recorded as not provided), so they are not the same person. "
                                  "Nothing was merged."));
            }
        }
    }
    // Applications (as applicant or as 代理人) and 住基ネット requests follow the person (their
    // decisions are checked above).
    const std::pair<QString, QString> followers[] = {
        {QStringLiteral("application"), QStringLiteral("person_id")},
        {QStringLiteral("application"), QStringLiteral("representative_person_id")},
        {QStringLiteral("jukinet_request"), QStringLiteral("person_id")},
    };
    for (const auto& [table, column] : followers) {
        auto columns = tableColumns(table);
        if (!columns)
            return columns.status();
        store::Repository repository(m_db, table, columns.value(), m_clock);
        auto rows = rowsOf(table, column, {});
        if (!rows)
            return rows.status();
        for (const RowVersion& row : std::as_const(rows.value())) {
            if (auto moved = repository.update(row.id, row.version, {{column, survivorId}}); !moved)
                return moved.status();
        }
    }
    for (const auto& repoint : repoints) {
        store::Repository repository(m_db, repoint.table, repoint.columns, m_clock);
        auto rows = rowsOf(repoint.table, repoint.column, {});
        if (!rows)
            return rows.status();
        for (const RowVersion& row : std::as_const(rows.value())) {
            if (auto moved = repository.update(row.id, row.version, {{repoint.column, survivorId}});
                !moved)
                return moved.status();
        }
    }
    if (Status marked =
            touchPerson(mergedId, merged->version, {{QStringLiteral("merged_into"), survivorId}});
        !marked)
        return marked;
    if (Status saved = touchPerson(survivorId, survivor->version, {}); !saved)
        return saved;
    if (Status noted =
            appendHistory(adminSession, mergedId, QStringLiteral("merged_into"), {}, survivorId);
        !noted)
        return noted;
    if (Status noted =
            appendHistory(adminSession, survivorId, QStringLiteral("merged_from"), {}, mergedId);
        !noted)
        return noted;
    for (const QString& id : {survivorId, mergedId}) {
        if (Status audited = auditPerson(adminSession, id, QStringLiteral("merge")); !audited)
            return audited;
    }
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The records could not be merged.")};
    return {};
}

} // namespace madoguchi::registry
