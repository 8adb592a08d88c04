// SPDX-License-Identifier: GPL-3.0-or-later
#include "jukinet/JukinetService.h"

#include "audit/AuditLog.h"
#include "jukinet/JukinetFile.h"
#include "mynumber/MyNumberService.h"
#include "security/Authorizer.h"
#include "store/Database.h"
#include "store/Repository.h"
#include "store/Transaction.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcJukinet, "madoguchi.jukinet")

namespace madoguchi::jukinet {

using security::Session;

namespace {

constexpr qsizetype kMaxNameLength = 100;
constexpr qsizetype kMaxAddressLength = 200;

const QString kRequestTable = QStringLiteral("jukinet_request");
const QString kBatchTable = QStringLiteral("jukinet_batch");

QStringList requestColumns()
{
    return {
        QStringLiteral("person_id"),  QStringLiteral("items"),      QStringLiteral("name"),
        QStringLiteral("address"),    QStringLiteral("birth_date"), QStringLiteral("sex"),
        QStringLiteral("state"),      QStringLiteral("batch_id"),   QStringLiteral("created_at"),
        QStringLiteral("created_by"), QStringLiteral("answered_at")};
}

QStringList batchColumns()
{
    return {QStringLiteral("request_count"), QStringLiteral("exported_at"),
            QStringLiteral("exported_by"), QStringLiteral("imported_at"),
            QStringLiteral("imported_by")};
}

Error sqlError(const QString& message, const QSqlQuery& query)
{
    qCWarning(lcJukinet) << "SQL error:" << query.lastError().databaseText();
    return Error{ErrorCode::Sql, message};
}

bool isOneLine(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

JukinetService::JukinetService(store::Database& database, audit::AuditLog& audit,
                               const security::Authorizer& authorizer,
                               mynumber::MyNumberService& myNumbers, const Clock& clock)
    : m_database(database), m_audit(audit), m_authorizer(authorizer), m_myNumbers(myNumbers),
      m_clock(clock)
{}

Result<QString> JukinetService::request(const Session& session, const JukinetInquiry& given)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.edit"), std::nullopt,
                                              QStringLiteral("person"), given.personId);
        !allowed)
        return allowed.error();
    JukinetInquiry inquiry = given;
    inquiry.name = inquiry.name.trimmed();
    inquiry.address = inquiry.address.trimmed();
    if (Status rule = InquiryRule::check(inquiry); !rule)
        return rule.error();
    if (!isOneLine(inquiry.name) || !isOneLine(inquiry.address))
        return Error{ErrorCode::InvalidInput,
                     tr("The name and the address must each be on one line, without tabs.")};
    if (inquiry.name.size() > kMaxNameLength || inquiry.address.size() > kMaxAddressLength)
        return Error{ErrorCode::InvalidInput,
                     tr("The name may have at most %1 and the address at most %2 characters.")
                         .arg(kMaxNameLength)
                         .arg(kMaxAddressLength)};
    if (inquiry.birthDate.isValid() &&
        (inquiry.birthDate > m_clock.nowUtc().date() || inquiry.birthDate < QDate(1868, 1, 1)))
        return Error{ErrorCode::InvalidInput, tr("The birth date is not plausible.")};
    if (!inquiry.sex.isEmpty() && inquiry.sex != u"male" && inquiry.sex != u"female")
        return Error{ErrorCode::InvalidInput, tr("The sex must be male or female.")};

    QSqlDatabase db = m_database.connection();
    store::Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM person WHERE id = ?), "
                       "(SELECT sealed IS NOT NULL FROM person_mynumber WHERE person_id = ?), "
                       "(SELECT count(*) FROM jukinet_request WHERE person_id = ? "
                       "AND state IN ('queued', 'exported'))"));
    for (int i = 0; i < 3; ++i)
        query.addBindValue(inquiry.personId);
    if (!transaction.isActive() || !query.exec() || !query.next())
        return sqlError(tr("The person could not be read."), query);
    if (query.value(0).toInt() != 1)
        return Error{ErrorCode::NotFound, tr("There is no person with this id.")};
    if (query.value(1).isNull())
        return Error{ErrorCode::InvalidInput,
                     tr("Record first that the applicant did not provide the My Number. 住基ネット "
                        "is asked only when the applicant could not provide it.")};
    if (query.value(1).toInt() == 1)
        return Error{ErrorCode::AlreadyExists,
                     tr("A My Number is already on record for this person; no inquiry is needed.")};
    if (query.value(2).toInt() > 0)
        return Error{ErrorCode::AlreadyExists,
                     tr("An inquiry for this person is already waiting for its answer.")};

    store::Repository repository(db, kRequestTable, requestColumns(), m_clock);
    auto id = repository.insert({
        {QStringLiteral("person_id"), inquiry.personId},
        {QStringLiteral("items"), InquiryRule::itemsCode(inquiry)},
        {QStringLiteral("name"), textOrNull(inquiry.name)},
        {QStringLiteral("address"), inquiry.address},
        {QStringLiteral("birth_date"), inquiry.birthDate.isValid()
                                           ? QVariant(inquiry.birthDate.toString(Qt::ISODate))
                                           : QVariant()},
        {QStringLiteral("sex"), textOrNull(inquiry.sex)},
        {QStringLiteral("state"), QStringLiteral("queued")},
        {QStringLiteral("created_at"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("created_by"), session.accountId},
    });
    if (!id)
        return id.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The inquiry request could not be saved.")};
    return id;
}

Result<QList<JukinetRequest>> JukinetService::select(const QString& where,
                                                     const QVariantList& values) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, version, person_id, items, name, address, birth_date, "
                                 "sex, state, batch_id, created_at, created_by, answered_at "
                                 "FROM jukinet_request ") +
                  where + QStringLiteral(" ORDER BY created_at, id"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(tr("The inquiry requests could not be read."), query);
    QList<JukinetRequest> list;
    while (query.next()) {
        JukinetRequest request;
        request.id = query.value(0).toString();
        request.version = query.value(1).toLongLong();
        request.personId = query.value(2).toString();
        request.items = query.value(3).toString();
        request.name = query.value(4).toString();
        request.address = query.value(5).toString();
        request.birthDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        request.sex = query.value(7).toString();
        request.state = query.value(8).toString();
        request.batchId = query.value(9).toString();
        request.createdAt = query.value(10).toString();
        request.createdBy = query.value(11).toString();
        request.answeredAt = query.value(12).toString();
        list << request;
    }
    return list;
}

Result<QList<JukinetRequest>> JukinetService::requests(const Session& session, const QString& state)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.view")); !allowed)
        return allowed.error();
    if (state.isEmpty())
        return select({}, {});
    return select(QStringLiteral("WHERE state = ?"), {state});
}

Result<ExportedBatch> JukinetService::exportBatch(const Session& session, QIODevice& out)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.edit")); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The batch could not be started.")};
    auto queued = select(QStringLiteral("WHERE state = 'queued'"), {});
    if (!queued)
        return queued.error();
    if (queued->isEmpty())
        return Error{ErrorCode::InvalidInput, tr("No inquiry requests are waiting to be sent.")};

    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    store::Repository batches(db, kBatchTable, batchColumns(), m_clock);
    auto batchId = batches.insert({{QStringLiteral("request_count"), int(queued->size())},
                                   {QStringLiteral("exported_at"), now},
                                   {QStringLiteral("exported_by"), session.accountId}});
    if (!batchId)
        return batchId.error();
    store::Repository requests(db, kRequestTable, requestColumns(), m_clock);
    QList<RequestLine> lines;
    for (const JukinetRequest& request : std::as_const(queued.value())) {
        auto updated = requests.update(request.id, request.version,
                                       {{QStringLiteral("state"), QStringLiteral("exported")},
                                        {QStringLiteral("batch_id"), batchId.value()}});
        if (!updated)
            return updated.error();
        lines << RequestLine{request.id, request.name, request.address, request.birthDate,
                             request.sex};
    }
    QByteArray bytes = JukinetFile::writeRequests(batchId.value(), lines);
    const bool written = out.write(bytes) == bytes.size();
    sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    if (!written)
        return Error{ErrorCode::Io, tr("The batch file could not be written; no request was "
                                       "marked as sent.")};
    if (Status audited = m_audit.append(audit::AuditEvent::of(
            audit::EventType::Export, audit::Outcome::Success, session.login,
            QStringLiteral("jukinet_batch"), batchId.value(), QStringLiteral("jukinet_inquiry")));
        !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The batch could not be saved.")};
    return ExportedBatch{batchId.value(), int(lines.size())};
}

Result<ImportSummary> JukinetService::importResults(const Session& session, QIODevice& in)
{
    if (Status allowed = m_authorizer.require(session, QStringLiteral("person.edit")); !allowed)
        return allowed.error();
    QByteArray bytes = in.read(JukinetFile::kMaxResultFileSize + 1);
    auto parsed = JukinetFile::parseResults(bytes);
    sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    if (!parsed)
        return parsed.error();
    const ResultFile& file = parsed.value();
    auto fail = [](int line, const QString& reason) {
        return Error{ErrorCode::InvalidInput, JukinetFile::lineError(line, reason)};
    };

    QSqlDatabase db = m_database.connection();
    store::Transaction transaction(db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The import could not be started.")};
    QSqlQuery batch(db);
    batch.prepare(QStringLiteral("SELECT version FROM jukinet_batch WHERE id = ?"));
    batch.addBindValue(file.batchId);
    if (!batch.exec())
        return sqlError(tr("The batch could not be read."), batch);
    if (!batch.next())
        return fail(1, tr("No batch with this id was exported from this database."));
    const qint64 batchVersion = batch.value(0).toLongLong();

    // Check every line before changing anything.
    struct Planned
    {
        const ResultLine* result;
        JukinetRequest request;
        QByteArray index;
        bool alreadyRecorded = false; // the person has this very number on record
    };
    QList<Planned> plan;
    QHash<QByteArray, int> numbersSeen; // blind index → line
    for (const ResultLine& result : file.lines) {
        auto found = select(QStringLiteral("WHERE id = ?"), {result.requestId});
        if (!found)
            return found.error();
        if (found->isEmpty())
            return fail(result.line,
                        tr("There is no inquiry request with the id %1.").arg(result.requestId));
        const JukinetRequest& request = found->first();
        if (request.batchId != file.batchId)
            return fail(result.line,
                        tr("The request %1 was not exported in this batch.").arg(request.id));
        if (request.state != u"exported")
            return fail(result.line, tr("The request %1 was answered already.").arg(request.id));
        Planned planned{&result, request, {}, false};
        if (result.match) {
            planned.index = m_myNumbers.blindIndex(result.number);
            if (planned.index.isEmpty())
                return Error{ErrorCode::Crypto, tr("The My Number key is not available.")};
            if (const auto other = numbersSeen.constFind(planned.index);
                other != numbersSeen.constEnd())
                return fail(result.line, tr("The same My Number as on line %1 is given for a "
                                            "different request.")
                                             .arg(other.value()));
            numbersSeen.insert(planned.index, result.line);
            QSqlQuery holders(db);
            holders.prepare(QStringLiteral(
                "SELECT person_id, blind_index FROM person_mynumber "
                "WHERE blind_index = ? OR (person_id = ? AND blind_index IS NOT NULL)"));
            holders.addBindValue(planned.index);
            holders.addBindValue(request.personId);
            if (!holders.exec())
                return sqlError(tr("The My Number records could not be read."), holders);
            while (holders.next()) {
                const bool samePerson = holders.value(0).toString() == request.personId;
                const bool sameNumber = holders.value(1).toByteArray() == planned.index;
                if (!samePerson)
                    return fail(result.line, tr("This My Number is already recorded for another "
                                                "person. Check the result with the terminal "
                                                "operator."));
                if (!sameNumber)
                    return fail(result.line, tr("A different My Number is already on record for "
                                                "the person of request %1.")
                                                 .arg(request.id));
                planned.alreadyRecorded = true;
            }
        }
        plan << planned;
    }

    // Apply: one transaction, so a failure on any line leaves everything as it was.
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    store::Repository requests(db, kRequestTable, requestColumns(), m_clock);
    ImportSummary summary;
    summary.batchId = file.batchId;
    for (const Planned& planned : std::as_const(plan)) {
        if (planned.result->match && !planned.alreadyRecorded) {
            if (Status recorded = m_myNumbers.recordFromJukinet(session, planned.request.personId,
                                                                planned.result->number);
                !recorded)
                return fail(planned.result->line, recorded.message());
        }
        auto updated = requests.update(
            planned.request.id, planned.request.version,
            {{QStringLiteral("state"),
              planned.result->match ? QStringLiteral("answered") : QStringLiteral("no_match")},
             {QStringLiteral("answered_at"), now}});
        if (!updated)
            return fail(planned.result->line, updated.message());
        ++(planned.result->match ? summary.answered : summary.noMatch);
    }
    store::Repository batches(db, kBatchTable, batchColumns(), m_clock);
    auto updated = batches.update(
        file.batchId, batchVersion,
        {{QStringLiteral("imported_at"), now}, {QStringLiteral("imported_by"), session.accountId}});
    if (!updated)
        return updated.error();
    if (Status audited = m_audit.append(
            audit::AuditEvent::of(audit::EventType::JukinetImport, audit::Outcome::Success,
                                  session.login, QStringLiteral("jukinet_batch"), file.batchId));
        !audited)
        return audited.error();
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The results could not be saved; nothing was changed.")};
    return summary;
}

} // namespace madoguchi::jukinet
