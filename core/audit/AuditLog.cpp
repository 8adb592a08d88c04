// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLog.h"

#include "audit/AuditCsv.h"
#include "store/Transaction.h"

#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>
#include <sodium.h>

namespace madoguchi::audit {

namespace {

Q_LOGGING_CATEGORY(lcAudit, "madoguchi.audit")

static_assert(crypto_generichash_BYTES == AuditLog::kHashSize);

constexpr char kCheckpointDomain[] = "MADOGUCHI-AUDIT-CHECKPOINT-1";
constexpr qsizetype kMaxIdLength = 64;
constexpr qsizetype kMaxAccountLength = 128;
constexpr qsizetype kMaxPurposeLength = 500;

const QString kColumns = QStringLiteral("seq, recorded_at, device_id, account, event, object_type, "
                                        "object_id, purpose, outcome, prev_hash, hash");

// 4-byte big-endian length, then the bytes.
void appendField(QByteArray& out, const QByteArray& field)
{
    const auto size = static_cast<quint32>(field.size());
    out.append(static_cast<char>((size >> 24) & 0xff));
    out.append(static_cast<char>((size >> 16) & 0xff));
    out.append(static_cast<char>((size >> 8) & 0xff));
    out.append(static_cast<char>(size & 0xff));
    out.append(field);
}

QByteArray canonical(std::initializer_list<QByteArray> fields)
{
    QByteArray out;
    for (const QByteArray& field : fields)
        appendField(out, field);
    return out;
}

QByteArray blake2b(const QByteArray& prevHash, const QByteArray& canonicalRecord)
{
    crypto_generichash_state state;
    QByteArray out(AuditLog::kHashSize, Qt::Uninitialized);
    crypto_generichash_init(&state, nullptr, 0, AuditLog::kHashSize);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(prevHash.constData()),
                              static_cast<unsigned long long>(prevHash.size()));
    crypto_generichash_update(&state,
                              reinterpret_cast<const unsigned char*>(canonicalRecord.constData()),
                              static_cast<unsigned long long>(canonicalRecord.size()));
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()),
                             AuditLog::kHashSize);
    return out;
}

QByteArray zeroHash()
{
    return QByteArray(AuditLog::kHashSize, '\0');
}

// A null QString binds as SQL NULL; the columns are NOT NULL text.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Error sqlError(const QSqlQuery& query, const QString& what)
{
    qCWarning(lcAudit) << "audit log SQL failed:" << query.lastError().databaseText();
    return Error{ErrorCode::Sql, what.arg(query.lastError().databaseText())};
}

bool hasControlOrNul(const QString& text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        if (c.unicode() == 0)
            return true;
        if (c.category() == QChar::Other_Control) {
            if (allowLineBreaks && (c == u'\n' || c == u'\r' || c == u'\t'))
                continue;
            return true;
        }
    }
    return false;
}

// A My Number is 12 digits, often written 4-4-4; full-width digits count too.
bool containsTwelveDigitNumber(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9])[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}(?![0-9])"));
    return pattern.match(text.normalized(QString::NormalizationForm_KC)).hasMatch();
}

Status validate(const AuditEvent& event)
{
    if (!eventFromCode(event.event, nullptr))
        return Error{ErrorCode::InvalidInput,
                     AuditLog::tr("The audit event type is not one Madoguchi knows.")};
    if (!outcomeFromCode(event.outcome, nullptr))
        return Error{ErrorCode::InvalidInput,
                     AuditLog::tr("The audit outcome is not one Madoguchi knows.")};
    for (const QString* field :
         {&event.account, &event.objectType, &event.objectId, &event.purpose}) {
        if (!field->isValidUtf16())
            return Error{ErrorCode::InvalidInput,
                         AuditLog::tr("The audit record text is not valid.")};
    }
    if (event.account.size() > kMaxAccountLength || hasControlOrNul(event.account, false))
        return Error{ErrorCode::InvalidInput,
                     AuditLog::tr("The account of an audit record must be a login.")};
    static const QRegularExpression objectTypePattern(QStringLiteral("^[a-z][a-z0-9_.]*$"));
    if (!event.objectType.isEmpty() && (event.objectType.size() > kMaxIdLength ||
                                        !objectTypePattern.match(event.objectType).hasMatch()))
        return Error{ErrorCode::InvalidInput,
                     AuditLog::tr("The object type of an audit record must be a lower-case code.")};
    // Ids are printable ASCII without spaces: a name in kanji or kana cannot pass as one.
    bool idOk = event.objectId.size() <= kMaxIdLength;
    for (const QChar c : event.objectId)
        idOk = idOk && c.unicode() > 0x20 && c.unicode() < 0x7f;
    QString digitsOnly = event.objectId;
    digitsOnly.remove(u'-');
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    if (!idOk || twelveDigits.match(digitsOnly).hasMatch())
        return Error{ErrorCode::InvalidInput,
                     AuditLog::tr("An audit record refers to its object by something that is not "
                                  "an id. Audit records must not hold personal data.")};
    if (event.purpose.size() > kMaxPurposeLength || hasControlOrNul(event.purpose, true) ||
        containsTwelveDigitNumber(event.purpose))
        return Error{ErrorCode::InvalidInput,
                     AuditLog::tr("The purpose of an audit record is too long or holds a number "
                                  "like a My Number. Audit records must not hold personal data.")};
    return {};
}

struct Head
{
    qint64 seq = 0;
    QByteArray hash = zeroHash();
};

Result<Head> readHead(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return sqlError(query, AuditLog::tr("The audit log could not be read: %1"));
    Head head;
    if (query.next()) {
        head.seq = query.value(0).toLongLong();
        head.hash = query.value(1).toByteArray();
    }
    return head;
}

Result<qint64> lastCheckpointSeq(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_checkpoint")) ||
        !query.next())
        return sqlError(query, AuditLog::tr("The audit checkpoints could not be read: %1"));
    return query.value(0).toLongLong();
}

// The records matching filter, executed and positioned before the first row.
Result<QSqlQuery> selectRecords(QSqlDatabase& db, const AuditFilter& filter, bool newestFirst)
{
    QStringList where;
    QVariantList values;
    if (!filter.account.isEmpty()) {
        where << QStringLiteral("account = ?");
        values << filter.account;
    }
    if (!filter.objectId.isEmpty()) {
        where << QStringLiteral("object_id = ?");
        values << filter.objectId;
    }
    if (!filter.event.isEmpty()) {
        where << QStringLiteral("event = ?");
        values << filter.event;
    }
    // recorded_at is fixed-width ISO text in UTC, so text order is time order.
    if (filter.from.isValid()) {
        where << QStringLiteral("recorded_at >= ?");
        values << isoUtc(QDateTime(filter.from, QTime(0, 0), Qt::UTC));
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("recorded_at < ?");
        values << isoUtc(QDateTime(filter.to.addDays(1), QTime(0, 0), Qt::UTC));
    }
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += newestFirst ? QStringLiteral(" ORDER BY seq DESC") : QStringLiteral(" ORDER BY seq");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query, AuditLog::tr("The audit log could not be searched: %1"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, AuditLog::tr("The audit log could not be searched: %1"));
    return query;
}

AuditRecord recordAt(const QSqlQuery& query)
{
    AuditRecord record;
    record.seq = query.value(0).toLongLong();
    record.recordedAt = query.value(1).toString();
    record.deviceId = query.value(2).toString();
    record.account = query.value(3).toString();
    record.event = query.value(4).toString();
    record.objectType = query.value(5).toString();
    record.objectId = query.value(6).toString();
    record.purpose = query.value(7).toString();
    record.outcome = query.value(8).toString();
    record.prevHash = query.value(9).toByteArray();
    record.hash = query.value(10).toByteArray();
    return record;
}

struct Checkpoint
{
    QByteArray headHash;
    QString deviceId;
    QString signedAt;
    QByteArray signature;
};

} // namespace

AuditLog::AuditLog(QSqlDatabase db, const DeviceIdentity& device, const Clock& clock,
                   int checkpointEvery)
    : m_db(std::move(db)), m_device(device), m_clock(clock),
      m_checkpointEvery(checkpointEvery > 0 ? checkpointEvery : kDefaultCheckpointEvery)
{}

QByteArray AuditLog::computeHash(const AuditRecord& record, const QByteArray& prevHash)
{
    return blake2b(prevHash, canonical({QByteArray::number(record.seq), record.recordedAt.toUtf8(),
                                        record.deviceId.toUtf8(), record.account.toUtf8(),
                                        record.event.toUtf8(), record.objectType.toUtf8(),
                                        record.objectId.toUtf8(), record.purpose.toUtf8(),
                                        record.outcome.toUtf8()}));
}

QByteArray AuditLog::checkpointMessage(qint64 seq, const QByteArray& headHash,
                                       const QString& deviceId, const QString& signedAt)
{
    return canonical({QByteArray(kCheckpointDomain), QByteArray::number(seq), headHash,
                      deviceId.toUtf8(), signedAt.toUtf8()});
}

Status AuditLog::append(const AuditEvent& event)
{
    if (Status valid = validate(event); !valid)
        return valid;
    if (!m_device.canSign())
        return Error{ErrorCode::Crypto,
                     tr("The audit log cannot sign: the device key is not open.")};

    store::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql, tr("The audit record could not be written: no transaction.")};
    auto head = readHead(m_db);
    if (!head)
        return head.status();

    AuditRecord record;
    record.seq = head->seq + 1;
    record.recordedAt = isoUtc(m_clock.nowUtc());
    record.deviceId = m_device.id();
    record.account = notNull(event.account);
    record.event = notNull(event.event);
    record.objectType = notNull(event.objectType);
    record.objectId = notNull(event.objectId);
    record.purpose = notNull(event.purpose);
    record.outcome = notNull(event.outcome);
    record.prevHash = head->hash;
    record.hash = computeHash(record, record.prevHash);

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO audit_log (") + kColumns +
                   QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(record.seq);
    insert.addBindValue(record.recordedAt);
    insert.addBindValue(record.deviceId);
    insert.addBindValue(record.account);
    insert.addBindValue(record.event);
    insert.addBindValue(record.objectType);
    insert.addBindValue(record.objectId);
    insert.addBindValue(record.purpose);
    insert.addBindValue(record.outcome);
    insert.addBindValue(record.prevHash);
    insert.addBindValue(record.hash);
    if (!insert.exec())
        return sqlError(insert, tr("The audit record could not be written: %1"));

    auto sealed = lastCheckpointSeq(m_db);
    if (!sealed)
        return sealed.status();
    if (record.seq - sealed.value() >= m_checkpointEvery) {
        if (Status written = writeCheckpoint(record.seq, record.hash); !written)
            return written;
    }
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The audit record could not be committed.")};
    return {};
}

Status AuditLog::checkpoint()
{
    if (!m_device.canSign())
        return Error{ErrorCode::Crypto,
                     tr("The audit log cannot sign: the device key is not open.")};
    store::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error{ErrorCode::Sql,
                     tr("The audit checkpoint could not be written: no transaction.")};
    auto head = readHead(m_db);
    if (!head)
        return head.status();
    auto sealed = lastCheckpointSeq(m_db);
    if (!sealed)
        return sealed.status();
    if (head->seq == 0 || sealed.value() >= head->seq)
        return {};
    if (Status written = writeCheckpoint(head->seq, head->hash); !written)
        return written;
    if (!transaction.commit())
        return Error{ErrorCode::Sql, tr("The audit checkpoint could not be committed.")};
    return {};
}

Status AuditLog::writeCheckpoint(qint64 seq, const QByteArray& headHash)
{
    const QString signedAt = isoUtc(m_clock.nowUtc());
    const QByteArray signature =
        m_device.sign(checkpointMessage(seq, headHash, m_device.id(), signedAt));
    if (signature.isEmpty())
        return Error{ErrorCode::Crypto, tr("The audit checkpoint could not be signed.")};
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO audit_checkpoint (seq, head_hash, device_id, "
                                  "signed_at, signature) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(seq);
    insert.addBindValue(headHash);
    insert.addBindValue(m_device.id());
    insert.addBindValue(signedAt);
    insert.addBindValue(signature);
    if (!insert.exec())
        return sqlError(insert, tr("The audit checkpoint could not be written: %1"));
    return {};
}

Result<QList<AuditRecord>> AuditLog::find(QSqlDatabase db, const AuditFilter& filter)
{
    auto query = selectRecords(db, filter, true);
    if (!query)
        return query.status();
    QList<AuditRecord> records;
    while (query->next())
        records.append(recordAt(query.value()));
    return records;
}

Status AuditLog::exportCsv(QSqlDatabase db, const AuditFilter& filter, QIODevice& out)
{
    if (!out.isOpen() || !out.isWritable())
        return Error{ErrorCode::Io, tr("The audit export file is not open for writing.")};
    auto query = selectRecords(db, filter, false);
    if (!query)
        return query.status();
    auto write = [&out](const QByteArray& bytes) { return out.write(bytes) == bytes.size(); };
    bool ok = write(AuditCsv::byteOrderMark()) &&
              write(AuditCsv::row({QStringLiteral("seq"), QStringLiteral("recorded_at"),
                                   QStringLiteral("device"), QStringLiteral("account"),
                                   QStringLiteral("event"), QStringLiteral("object_type"),
                                   QStringLiteral("object_id"), QStringLiteral("purpose"),
                                   QStringLiteral("outcome"), QStringLiteral("hash")}));
    while (ok && query->next()) {
        const AuditRecord r = recordAt(query.value());
        ok = write(AuditCsv::row({QString::number(r.seq), r.recordedAt, r.deviceId, r.account,
                                  r.event, r.objectType, r.objectId, r.purpose, r.outcome,
                                  QString::fromLatin1(r.hash.toHex())}));
    }
    if (!ok)
        return Error{ErrorCode::Io,
                     tr("The audit export could not be written: %1").arg(out.errorString())};
    return {};
}

VerifyReport AuditLog::verify(QSqlDatabase db, const VerifyOptions& options)
{
    VerifyReport report;
    const auto tampered = [&report](qint64 seq, const QString& reason) {
        report.ok = false;
        report.tampered = true;
        report.firstBadSeq = seq;
        report.reason = reason;
        return report;
    };
    const auto unreadable = [&report](const QSqlQuery& query) {
        qCWarning(lcAudit) << "audit verify could not read:" << query.lastError().databaseText();
        report.ok = false;
        report.reason =
            tr("The audit log could not be read: %1").arg(query.lastError().databaseText());
        return report;
    };
    if (!security::initializeSodium()) {
        report.reason = tr("The cryptography library could not be started.");
        return report;
    }
    const qint64 every =
        options.checkpointEvery > 0 ? options.checkpointEvery : kDefaultCheckpointEvery;

    QMap<qint64, Checkpoint> checkpoints;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT seq, head_hash, device_id, signed_at, signature "
                                       "FROM audit_checkpoint ORDER BY seq")))
            return unreadable(query);
        while (query.next())
            checkpoints.insert(query.value(0).toLongLong(),
                               {query.value(1).toByteArray(), query.value(2).toString(),
                                query.value(3).toString(), query.value(4).toByteArray()});
    }

    auto device = DeviceIdentity::loadPublic(db);
    if (!device && device.code() != ErrorCode::NotFound) {
        report.reason = device.message();
        report.tampered = device.code() == ErrorCode::DatabaseCorrupt;
        report.firstBadSeq = report.tampered ? 1 : 0;
        return report;
    }
    if (device) {
        report.deviceId = device->id();
        report.devicePublicKey = device->publicKey();
        if (!options.trustedPublicKey.isEmpty() && options.trustedPublicKey != device->publicKey())
            return tampered(1, tr("The device key in the database is not the device's enrolled "
                                  "key: the audit log cannot be trusted from record 1."));
    }

    const auto checkSignature = [&](qint64 seq, const Checkpoint& checkpoint) {
        return device && checkpoint.deviceId == device->id() &&
               DeviceIdentity::verifySignature(device->publicKey(),
                                               checkpointMessage(seq, checkpoint.headHash,
                                                                 checkpoint.deviceId,
                                                                 checkpoint.signedAt),
                                               checkpoint.signature);
    };
    const auto forged = [&](qint64 seq) {
        return tampered(seq, tr("The signed checkpoint at audit record %1 is not genuine: its "
                                "signature does not verify.")
                                 .arg(seq));
    };

    QSqlQuery query(db);
    query.setForwardOnly(true);
    // CAST AS BLOB: hash exactly the stored bytes, with no text conversion in between.
    if (!query.exec(QStringLiteral(
            "SELECT seq, CAST(recorded_at AS BLOB), CAST(device_id AS BLOB), "
            "CAST(account AS BLOB), CAST(event AS BLOB), CAST(object_type AS BLOB), "
            "CAST(object_id AS BLOB), CAST(purpose AS BLOB), CAST(outcome AS BLOB), prev_hash, "
            "hash FROM audit_log ORDER BY seq")))
        return unreadable(query);

    qint64 expected = 1;
    qint64 sealedUpTo = 0;
    QByteArray prevHash = zeroHash();
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        if (seq > expected)
            return tampered(expected,
                            tr("Audit record %1 is missing: it has been deleted.").arg(expected));
        if (seq < expected)
            return tampered(expected, tr("Audit record %1 is out of place: the records have "
                                         "been renumbered.")
                                          .arg(expected));
        const QByteArray storedPrev = query.value(9).toByteArray();
        const QByteArray storedHash = query.value(10).toByteArray();
        if (storedPrev != prevHash)
            return tampered(seq, tr("Audit record %1 does not follow the record before it: "
                                    "records have been altered, removed or reordered.")
                                     .arg(seq));
        const QByteArray computed =
            blake2b(prevHash, canonical({QByteArray::number(seq), query.value(1).toByteArray(),
                                         query.value(2).toByteArray(), query.value(3).toByteArray(),
                                         query.value(4).toByteArray(), query.value(5).toByteArray(),
                                         query.value(6).toByteArray(), query.value(7).toByteArray(),
                                         query.value(8).toByteArray()}));
        if (computed != storedHash)
            return tampered(seq, tr("Audit record %1 has been altered.").arg(seq));

        if (const auto it = checkpoints.constFind(seq); it != checkpoints.constEnd()) {
            if (!checkSignature(seq, it.value()))
                return forged(seq);
            if (it->headHash != storedHash)
                return tampered(sealedUpTo + 1,
                                tr("Audit records %1 to %2 do not match the checkpoint signed at "
                                   "record %2: they have been rewritten.")
                                    .arg(sealedUpTo + 1)
                                    .arg(seq));
            ++report.checkpoints;
            sealedUpTo = seq;
        } else if (seq - sealedUpTo >= every) {
            return tampered(seq, tr("Audit record %1 should be sealed by a signed checkpoint, but "
                                    "there is none: checkpoints have been removed.")
                                     .arg(seq));
        }
        prevHash = storedHash;
        ++report.records;
        ++expected;
    }
    if (query.lastError().isValid())
        return unreadable(query);

    // Checkpoints that cover records no longer there.
    for (auto it = checkpoints.constBegin(); it != checkpoints.constEnd(); ++it) {
        if (it.key() < expected && it.key() >= 1)
            continue; // checked above
        if (!checkSignature(it.key(), it.value()))
            return forged(it.key());
        return tampered(expected, tr("Audit record %1 is missing: a signed checkpoint covers "
                                     "records up to %2.")
                                      .arg(expected)
                                      .arg(it.key()));
    }
    report.ok = true;
    return report;
}

const QString& AuditLog::deviceId() const
{
    return m_device.id();
}

} // namespace madoguchi::audit
