// SPDX-License-Identifier: GPL-3.0-or-later
// The counter's commands: My Number and 和暦 checks (no database), persons, intake, demo data.
#include "CliCommands.h"
#include "CliSupport.h"
#include "intake/IntakeService.h"
#include "japanese/Wareki.h"
#include "mynumber/IdentityChecks.h"
#include "mynumber/MyNumber.h"
#include "mynumber/MyNumberService.h"
#include "registry/DemoData.h"
#include "registry/PersonRegistry.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace madoguchi::cli {

namespace {

/// Input files larger than this are not a person or an application.
constexpr qint64 kMaxJsonBytes = 1024 * 1024;

Error badInput(const QString& message)
{
    return Error{ErrorCode::InvalidInput, message};
}

/// A JSON object read from a file, with errors that name the file and the offending field.
class JsonInput
{
public:
    JsonInput(QJsonObject object, QString where) : m_object(std::move(object)), m_where(where) {}

    static Result<QJsonObject> readFile(const QString& path)
    {
        const QString name = QDir::toNativeSeparators(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return badInput(CliCommands::tr("Cannot read %1: %2").arg(name, file.errorString()));
        if (file.size() > kMaxJsonBytes)
            return badInput(
                CliCommands::tr("%1 is larger than %2 KiB.").arg(name).arg(kMaxJsonBytes / 1024));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return badInput(CliCommands::tr("%1 is not valid JSON: %2 at byte %3.")
                                .arg(name, parseError.errorString())
                                .arg(parseError.offset));
        if (!document.isObject())
            return badInput(CliCommands::tr("%1 must hold one JSON object ({…}).").arg(name));
        return document.object();
    }

    /// Refuses keys not in allowed (a misspelt optional field would otherwise be lost quietly).
    Status onlyKeys(const QStringList& allowed) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!allowed.contains(it.key()))
                return badInput(CliCommands::tr("%1: unknown field \"%2\". The fields are: %3.")
                                    .arg(m_where, it.key(), allowed.join(QStringLiteral(", "))));
        }
        return {};
    }

    bool has(const QString& key) const
    {
        return m_object.contains(key) && !m_object.value(key).isNull();
    }

    Result<QString> text(const QString& key, bool required) const
    {
        if (!has(key)) {
            if (required)
                return missing(key);
            return QString();
        }
        const QJsonValue value = m_object.value(key);
        if (!value.isString())
            return badInput(
                CliCommands::tr("%1: the field \"%2\" must be text.").arg(m_where, key));
        const QString text = value.toString().trimmed();
        if (required && text.isEmpty())
            return badInput(CliCommands::tr("%1: the field \"%2\" is empty.").arg(m_where, key));
        return text;
    }

    /// A date in any form the counter types (2025-07-18, R7.7.18, 令和7年7月18日 …).
    Result<QDate> date(const QString& key, bool required) const
    {
        auto value = text(key, required);
        if (!value)
            return value.error();
        if (value->isEmpty())
            return QDate();
        auto parsed = japanese::Wareki::parse(value.value());
        if (!parsed)
            return badInput(
                CliCommands::tr("%1: the field \"%2\": %3").arg(m_where, key, parsed.message()));
        return parsed.value();
    }

    Result<QStringList> textList(const QString& key) const
    {
        if (!has(key))
            return QStringList();
        const QJsonValue value = m_object.value(key);
        QStringList list;
        bool ok = value.isArray();
        for (const QJsonValue& item : value.toArray()) {
            ok = ok && item.isString();
            list << item.toString().trimmed();
        }
        if (!ok)
            return badInput(
                CliCommands::tr("%1: the field \"%2\" must be a list of texts ([\"…\"]).")
                    .arg(m_where, key));
        return list;
    }

    Result<std::optional<QJsonObject>> object(const QString& key) const
    {
        if (!has(key))
            return std::optional<QJsonObject>();
        const QJsonValue value = m_object.value(key);
        if (!value.isObject())
            return badInput(
                CliCommands::tr("%1: the field \"%2\" must be an object ({…}).").arg(m_where, key));
        return std::optional<QJsonObject>(value.toObject());
    }

private:
    Error missing(const QString& key) const
    {
        return badInput(CliCommands::tr("%1: the field \"%2\" is missing.").arg(m_where, key));
    }

    QJsonObject m_object;
    QString m_where;
};

/// The optional "my_number" object of person add, checked before anything is written.
struct MyNumberInput
{
    mynumber::MyNumber number;
    mynumber::NumberCheck numberCheck = mynumber::NumberCheck::MyNumberCard;
    QStringList identityChecks;
};

Result<std::optional<MyNumberInput>> readMyNumber(const JsonInput& input)
{
    auto object = input.object(QStringLiteral("my_number"));
    if (!object)
        return object.error();
    if (!object->has_value())
        return std::optional<MyNumberInput>();
    const JsonInput fields(*object.value(), QStringLiteral("my_number"));
    if (Status keys = fields.onlyKeys({QStringLiteral("number"), QStringLiteral("number_check"),
                                       QStringLiteral("identity_check")});
        !keys)
        return keys.error();
    auto numberText = fields.text(QStringLiteral("number"), true);
    if (!numberText)
        return numberText.error();
    // The reason only: the message never repeats the number.
    auto number = mynumber::MyNumber::parse(numberText.value());
    if (!number)
        return Error{number.code(),
                     CliCommands::tr("my_number: the field \"number\": %1").arg(number.message())};
    auto checkCode = fields.text(QStringLiteral("number_check"), true);
    if (!checkCode)
        return checkCode.error();
    MyNumberInput result;
    result.number = std::move(number).value();
    QStringList counterCodes;
    for (const mynumber::NumberCheck check : mynumber::counterNumberChecks())
        counterCodes << mynumber::numberCheckCode(check);
    if (!counterCodes.contains(checkCode.value()) ||
        !mynumber::numberCheckFromCode(checkCode.value(), &result.numberCheck))
        return badInput(CliCommands::tr("my_number: the field \"number_check\" must be one of: %1.")
                            .arg(counterCodes.join(QStringLiteral(", "))));
    auto identity = fields.textList(QStringLiteral("identity_check"));
    if (!identity)
        return identity.error();
    if (Status checked = mynumber::IdentityChecks::check(identity.value()); !checked)
        return badInput(
            CliCommands::tr("my_number: the field \"identity_check\": %1").arg(checked.message()));
    result.identityChecks = identity.value();
    return std::optional<MyNumberInput>(std::move(result));
}

QString duplicateReasonCode(registry::DuplicateReason reason)
{
    switch (reason) {
    case registry::DuplicateReason::SameKanaAndBirthDate:
        return QStringLiteral("same_kana_and_birth_date");
    case registry::DuplicateReason::SameMyNumber:
        return QStringLiteral("same_my_number");
    }
    return {};
}

QString duplicateReasonText(registry::DuplicateReason reason)
{
    switch (reason) {
    case registry::DuplicateReason::SameKanaAndBirthDate:
        return CliCommands::tr("same kana and date of birth");
    case registry::DuplicateReason::SameMyNumber:
        return CliCommands::tr("same My Number");
    }
    return {};
}

} // namespace

int CliCommands::checkMyNumber(const CliContext& context)
{
    // Only the verdict and the reason: the number itself is never printed.
    const mynumber::MyNumber::Problem problem =
        mynumber::MyNumber::problem(context.arguments.at(2));
    const bool valid = problem == mynumber::MyNumber::Problem::None;
    if (context.json) {
        QJsonObject result{{QStringLiteral("valid"), valid}};
        if (!valid)
            result.insert(QStringLiteral("reason"), mynumber::MyNumber::problemMessage(problem));
        printJson(result);
    } else if (valid) {
        out() << tr("Valid: the check digit matches.") << '\n';
        out().flush();
    }
    if (!valid)
        return fail(ExitNegative, mynumber::MyNumber::problemMessage(problem));
    return ExitOk;
}

int CliCommands::wareki(const CliContext& context)
{
    const QString input = context.arguments.at(1);
    auto converted = japanese::Wareki::convert(input);
    if (!converted)
        return fail(ExitUsage, converted.message());
    if (context.json) {
        const QDate date = japanese::Wareki::parse(input).value();
        printJson(QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                              {QStringLiteral("wareki"), japanese::Wareki::formatLong(date)},
                              {QStringLiteral("short"), japanese::Wareki::formatShort(date)}});
    } else {
        out() << converted.value() << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::personAdd(const CliContext& context)
{
    // Everything in the file is checked before signing in, so a bad file costs no code.
    auto object = JsonInput::readFile(context.arguments.at(2));
    if (!object)
        return fail(object.error());
    const JsonInput input(object.value(), QDir::toNativeSeparators(context.arguments.at(2)));
    if (Status keys = input.onlyKeys(
            {QStringLiteral("atena_number"), QStringLiteral("family_name"),
             QStringLiteral("given_name"), QStringLiteral("family_kana"),
             QStringLiteral("given_kana"), QStringLiteral("birth_date"), QStringLiteral("sex"),
             QStringLiteral("phone"), QStringLiteral("postal_code"), QStringLiteral("address"),
             QStringLiteral("address_since"), QStringLiteral("my_number")});
        !keys)
        return fail(keys.error());

    registry::PersonDraft draft;
    const struct
    {
        const char16_t* key;
        QString* target;
        bool required;
    } texts[] = {{u"atena_number", &draft.atenaNumber, false},
                 {u"family_name", &draft.familyName, true},
                 {u"given_name", &draft.givenName, true},
                 {u"family_kana", &draft.familyKana, true},
                 {u"given_kana", &draft.givenKana, true},
                 {u"sex", &draft.sex, true},
                 {u"phone", &draft.phone, false},
                 {u"postal_code", &draft.postalCode, false},
                 {u"address", &draft.address, true}};
    for (const auto& field : texts) {
        auto value = input.text(QString::fromUtf16(field.key), field.required);
        if (!value)
            return fail(value.error());
        *field.target = value.value();
    }
    auto birthDate = input.date(QStringLiteral("birth_date"), true);
    if (!birthDate)
        return fail(birthDate.error());
    draft.birthDate = birthDate.value();
    auto since = input.date(QStringLiteral("address_since"), false);
    if (!since)
        return fail(since.error());
    draft.addressSince = since.value();
    auto myNumber = readMyNumber(input);
    if (!myNumber)
        return fail(myNumber.error());

    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    const security::Session& session = workspace.session();
    // Refused before the transaction below, so the refusal's audit record stays.
    if (Status allowed = workspace->authorizer().require(session, QStringLiteral("person.edit"));
        !allowed)
        return fail(allowed.error());

    registry::PersonRegistry registry(workspace->database().connection(), workspace->audit(),
                                      workspace->authorizer(), workspace->clock());
    mynumber::MyNumberService numbers(workspace->database(), workspace->audit(),
                                      workspace->authorizer(), workspace->clock());
    if (myNumber->has_value()) {
        const mynumber::MyNumber& number = myNumber.value()->number;
        draft.myNumberBlindIndex = numbers.blindIndex(number);
        if (draft.myNumberBlindIndex.isEmpty())
            return fail(ExitIntegrity, tr("The My Number key is not available."));
        // The registry asks by blind index; the service looks the number up itself.
        registry.setMyNumberMatcher([&](const QByteArray&) -> Result<QStringList> {
            auto found = numbers.findPersonByNumber(session, number);
            if (found)
                return QStringList{found.value()};
            if (found.code() == ErrorCode::NotFound)
                return QStringList();
            return found.error();
        });
    }

    // The person and their My Number are saved together or not at all.
    store::Transaction transaction(workspace->database().connection());
    auto registration =
        registry.registerPerson(session, draft,
                                context.notDuplicate ? registry::DuplicateCheck::ConfirmNotDuplicate
                                                     : registry::DuplicateCheck::Warn);
    if (!registration)
        return fail(registration.error());
    if (!registration->isRegistered()) {
        // Nothing was saved; keep the audit record of the duplicate check.
        if (!transaction.commit())
            return fail(ExitIntegrity, tr("The duplicate check could not be recorded."));
        const QList<registry::DuplicateCandidate>& candidates = registration->duplicates;
        if (context.json) {
            QJsonArray array;
            for (const registry::DuplicateCandidate& candidate : candidates)
                array.append(
                    QJsonObject{{QStringLiteral("person_id"), candidate.person.id},
                                {QStringLiteral("atena_number"), candidate.person.atenaNumber},
                                {QStringLiteral("reason"), duplicateReasonCode(candidate.reason)}});
            printJson(QJsonObject{{QStringLiteral("registered"), false},
                                  {QStringLiteral("duplicates"), array}});
        } else {
            QList<QStringList> rows{{tr("ATENA NUMBER"), tr("PERSON ID"), tr("REASON")}};
            for (const registry::DuplicateCandidate& candidate : candidates)
                rows << QStringList{candidate.person.atenaNumber, candidate.person.id,
                                    duplicateReasonText(candidate.reason)};
            printTable(rows);
        }
        return fail(ExitNegative,
                    tr("Nothing was saved: %n registered person(s) may be this person. Check "
                       "them, then run again with --not-duplicate if this is someone else.",
                       nullptr, static_cast<int>(candidates.size())));
    }
    const QString personId = registration->personId;
    if (myNumber->has_value()) {
        const MyNumberInput& given = *myNumber.value();
        if (Status recorded = numbers.record(session, personId, given.number, given.numberCheck,
                                             given.identityChecks);
            !recorded)
            return fail(recorded.error());
    }
    if (!transaction.commit())
        return fail(ExitIntegrity, tr("The person could not be saved."));

    QString atenaNumber = draft.atenaNumber;
    if (atenaNumber.isEmpty()) {
        auto record = registry.get(session, personId);
        if (record)
            atenaNumber = record->person.atenaNumber;
    }
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("registered"), true},
                              {QStringLiteral("person_id"), personId},
                              {QStringLiteral("atena_number"), atenaNumber},
                              {QStringLiteral("my_number"), myNumber->has_value()}});
    } else {
        out() << tr("Registered the person %1 with 宛名番号 %2.").arg(personId, atenaNumber)
              << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::personSearch(const CliContext& context)
{
    const QString text = context.arguments.mid(2).join(u' ');
    if (registry::SearchQuery::classify(text).kind == registry::SearchKind::None)
        return fail(ExitUsage, tr("Nothing to search for: give kana, a name, a 宛名番号, a date "
                                  "of birth or a phone number."));
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    registry::PersonRegistry registry(workspace->database().connection(), workspace->audit(),
                                      workspace->authorizer(), workspace->clock());
    auto found = registry.search(workspace.session(), text);
    if (!found)
        return fail(found.error());
    const QList<registry::PersonSummary>& rows = found->rows;
    if (context.json) {
        QJsonArray array;
        for (const registry::PersonSummary& person : rows)
            array.append(
                QJsonObject{{QStringLiteral("person_id"), person.id},
                            {QStringLiteral("atena_number"), person.atenaNumber},
                            {QStringLiteral("family_name"), person.familyName},
                            {QStringLiteral("given_name"), person.givenName},
                            {QStringLiteral("family_kana"), person.familyKana},
                            {QStringLiteral("given_kana"), person.givenKana},
                            {QStringLiteral("birth_date"), person.birthDate.toString(Qt::ISODate)},
                            {QStringLiteral("birth_date_wareki"),
                             japanese::Wareki::formatLong(person.birthDate)},
                            {QStringLiteral("address"), person.address}});
        printJson(array);
    } else if (!rows.isEmpty()) {
        QList<QStringList> table{
            {tr("ATENA NUMBER"), tr("NAME"), tr("KANA"), tr("BIRTH DATE"), tr("ADDRESS")}};
        for (const registry::PersonSummary& person : rows)
            table << QStringList{person.atenaNumber, person.fullName(), person.fullKana(),
                                 japanese::Wareki::formatDisplay(person.birthDate), person.address};
        printTable(table);
    }
    if (rows.isEmpty()) {
        if (!context.json) {
            out() << tr("No person found.") << '\n';
            out().flush();
        }
        return ExitNegative;
    }
    return ExitOk;
}

int CliCommands::intakeSubmit(const CliContext& context)
{
    auto object = JsonInput::readFile(context.arguments.at(2));
    if (!object)
        return fail(object.error());
    const JsonInput input(object.value(), QDir::toNativeSeparators(context.arguments.at(2)));
    if (Status keys = input.onlyKeys(
            {QStringLiteral("procedure"), QStringLiteral("person_id"),
             QStringLiteral("atena_number"), QStringLiteral("representative_person_id"),
             QStringLiteral("representative_note"), QStringLiteral("received_on"),
             QStringLiteral("channel"), QStringLiteral("fields"), QStringLiteral("attachments")});
        !keys)
        return fail(keys.error());

    intake::IntakeRequest request;
    auto procedure = input.text(QStringLiteral("procedure"), true);
    if (!procedure)
        return fail(procedure.error());
    request.procedureCode = procedure.value();
    auto personId = input.text(QStringLiteral("person_id"), false);
    if (!personId)
        return fail(personId.error());
    request.personId = personId.value();
    auto atenaNumber = input.text(QStringLiteral("atena_number"), false);
    if (!atenaNumber)
        return fail(atenaNumber.error());
    if (!request.personId.isEmpty() && !atenaNumber->isEmpty())
        return fail(ExitUsage, tr("%1: give the applicant by person_id or by atena_number, not "
                                  "both.")
                                   .arg(QDir::toNativeSeparators(context.arguments.at(2))));
    auto representativeId = input.text(QStringLiteral("representative_person_id"), false);
    if (!representativeId)
        return fail(representativeId.error());
    request.representativePersonId = representativeId.value();
    auto representativeNote = input.text(QStringLiteral("representative_note"), false);
    if (!representativeNote)
        return fail(representativeNote.error());
    request.representativeNote = representativeNote.value();
    auto receivedOn = input.date(QStringLiteral("received_on"), false);
    if (!receivedOn)
        return fail(receivedOn.error());
    request.receivedOn = receivedOn.value();
    auto channel = input.text(QStringLiteral("channel"), false);
    if (!channel)
        return fail(channel.error());
    if (!channel->isEmpty() && !intake::channelFromCode(channel.value(), &request.channel)) {
        QStringList codes;
        for (const intake::Channel known : intake::allChannels())
            codes << intake::channelCode(known);
        return fail(ExitUsage, tr("%1: the field \"channel\" must be one of: %2.")
                                   .arg(QDir::toNativeSeparators(context.arguments.at(2)),
                                        codes.join(QStringLiteral(", "))));
    }
    auto fields = input.object(QStringLiteral("fields"));
    if (!fields)
        return fail(fields.error());
    request.fields = fields->value_or(QJsonObject());
    auto attachments = input.textList(QStringLiteral("attachments"));
    if (!attachments)
        return fail(attachments.error());
    request.attachments = attachments.value();

    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    const security::Session& session = workspace.session();
    if (!atenaNumber->isEmpty()) {
        registry::PersonRegistry registry(workspace->database().connection(), workspace->audit(),
                                          workspace->authorizer(), workspace->clock());
        auto found = registry.search(session, atenaNumber.value());
        if (!found)
            return fail(found.error());
        for (const registry::PersonSummary& person : found->rows) {
            if (person.atenaNumber == atenaNumber.value())
                request.personId = person.id;
        }
        if (request.personId.isEmpty())
            return fail(ExitUsage, tr("No person has the 宛名番号 given in atena_number."));
    }

    intake::IntakeService intake(workspace->database().connection(), workspace->audit(),
                                 workspace->authorizer(), workspace->clock());
    intake::FieldErrors fieldErrors;
    auto submitted = intake.submit(session, request, &fieldErrors);
    if (!submitted && !fieldErrors.isEmpty()) {
        // Every problem at once, like the form shows them.
        if (context.json) {
            QJsonObject errors;
            for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
                errors.insert(it.key(), it.value());
            printJson(QJsonObject{{QStringLiteral("submitted"), false},
                                  {QStringLiteral("field_errors"), errors}});
        } else {
            QList<QStringList> rows{{tr("FIELD"), tr("PROBLEM")}};
            for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
                rows << QStringList{it.key(), it.value()};
            printTable(rows);
        }
        return fail(ExitUsage, tr("The application was not saved: %n field(s) have problems.",
                                  nullptr, static_cast<int>(fieldErrors.size())));
    }
    if (!submitted)
        return fail(submitted.error());
    const intake::Submission& submission = submitted.value();
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("submitted"), true},
                              {QStringLiteral("application_id"), submission.applicationId},
                              {QStringLiteral("application_number"), submission.applicationNumber},
                              {QStringLiteral("missing_attachments"),
                               QJsonArray::fromStringList(submission.missingAttachments)}});
    } else {
        out() << tr("Received the application %1 (id %2).")
                     .arg(submission.applicationNumber, submission.applicationId)
              << '\n';
        if (!submission.missingAttachments.isEmpty())
            out() << tr("Documents still to be handed in (補正): %1")
                         .arg(submission.missingAttachments.join(QStringLiteral(", ")))
                  << '\n';
        out().flush();
    }
    return ExitOk;
}

int CliCommands::demo(const CliContext& context)
{
    constexpr int kMaxPersons = 1000000;
    bool ok = false;
    const int persons = context.persons.toInt(&ok);
    if (context.persons.isEmpty() || !ok || persons < 1 || persons > kMaxPersons)
        return fail(ExitUsage,
                    tr("demo needs --persons N, a number from 1 to %1.").arg(kMaxPersons));
    quint32 seed = 1;
    if (!context.seed.isEmpty()) {
        seed = context.seed.toUInt(&ok);
        if (!ok)
            return fail(ExitUsage, tr("--seed takes a whole number from 0 to 4294967295."));
    }

    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    // Demo rows bypass the journal and the audit log (DemoData.h): an administrator's act on
    // the local database, like its maintenance.
    if (Status allowed = workspace->authorizer().require(workspace.session(),
                                                         QStringLiteral("database.maintain"));
        !allowed)
        return fail(allowed.error());
    // Demo decisions and certificates go through the journaled services: on a device enrolled
    // with the central store they would be pushed to it with the next sync.
    {
        QSqlQuery enrolled(workspace->database().connection());
        if (!enrolled.exec(QStringLiteral("SELECT count(*) FROM sync_enrolment")) ||
            !enrolled.next())
            return fail(ExitIntegrity, tr("The database could not be read."));
        if (enrolled.value(0).toInt() > 0)
            return fail(ExitUsage, tr("This device is enrolled with the central store, so demo "
                                      "data is refused: it would reach the central store with "
                                      "the next sync. Use a separate database for trying."));
    }
    registry::DemoOptions options;
    options.persons = persons;
    options.seed = seed;
    options.recordedBy = workspace.session().accountId;
    mynumber::MyNumberService myNumbers(workspace->database(), workspace->audit(),
                                        workspace->authorizer(), workspace->clock());
    options.onPersonCreated = [&](QSqlDatabase& db, const QString& personId, std::mt19937& random) {
        return myNumbers.recordDemo(db, personId, random, options.recordedBy);
    };
    auto summary = registry::DemoData::generate(workspace->database().connection(), options,
                                                workspace->clock());
    if (!summary)
        return fail(summary.error());
    auto blocks = leaseDemoNumberBlocks(workspace.workspace());
    if (!blocks)
        return fail(blocks.error());
    // Approved grants and requested certificates in every ledger, so printing works at once.
    auto issued = issueDemoCertificates(workspace.workspace(), std::clamp(persons / 8, 1, 60));
    if (!issued)
        return fail(issued.error());
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("persons"), summary->persons},
                              {QStringLiteral("households"), summary->households},
                              {QStringLiteral("handbooks"), summary->handbooks},
                              {QStringLiteral("representatives"), summary->representatives},
                              {QStringLiteral("number_blocks"), blocks.value()},
                              {QStringLiteral("decisions"), issued->decisions},
                              {QStringLiteral("certificates"), issued->certificates},
                              {QStringLiteral("issuing_key_created"), issued->keyCreated}});
    } else {
        out() << tr("Added %n fictional person(s)", nullptr, summary->persons) << u' '
              << tr("in %n household(s), with %1 handbook(s) and %2 legal representative(s).",
                    nullptr, summary->households)
                     .arg(summary->handbooks)
                     .arg(summary->representatives)
              << '\n';
        if (blocks.value() > 0)
            out() << tr("Leased %n block(s) of demo recipient numbers, so first grants can be "
                        "approved.",
                        nullptr, blocks.value())
                  << '\n';
        if (issued->keyCreated)
            out() << tr("Created the city's certificate-issuing key.") << '\n';
        out() << tr("Approved %n demo decision(s)", nullptr, issued->decisions) << u' '
              << tr("and requested %n certificate(s), ready to print.", nullptr,
                    issued->certificates)
              << '\n';
        out().flush();
    }
    return ExitOk;
}

} // namespace madoguchi::cli
