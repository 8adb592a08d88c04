// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/CertificateDocuments.h"

#include "audit/AuditLog.h"
#include "audit/DeviceIdentity.h"
#include "certificate/QrMatrix.h"
#include "documents/DecisionFields.h"
#include "japanese/Wareki.h"
#include "security/Authorizer.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>

namespace madoguchi::documents {

namespace {

using certificate::Certificate;
using certificate::CertificateService;
using certificate::DocumentKind;

const QString kPrintPermission = QStringLiteral("certificate.print");

/// Fields a decision may carry for its certificate (in its inputs or evaluation, as text).
const QStringList& decisionFields()
{
    static const QStringList fields{QStringLiteral("support_category"),
                                    QStringLiteral("category_valid_from"),
                                    QStringLiteral("category_valid_to"),
                                    QStringLiteral("disability_type"),
                                    QStringLiteral("cap_management"),
                                    QStringLiteral("cap_manager"),
                                    QStringLiteral("meal_addition"),
                                    QStringLiteral("consultant"),
                                    QStringLiteral("monitoring"),
                                    QStringLiteral("public_payer_number"),
                                    QStringLiteral("severe_continuing"),
                                    QStringLiteral("diagnosis"),
                                    QStringLiteral("hospital"),
                                    QStringLiteral("pharmacy"),
                                    QStringLiteral("insurer"),
                                    QStringLiteral("guardian_name"),
                                    QStringLiteral("device"),
                                    QStringLiteral("device_amount"),
                                    QStringLiteral("copay"),
                                    QStringLiteral("payment"),
                                    QStringLiteral("provider"),
                                    QStringLiteral("benefit"),
                                    QStringLiteral("income_class")};
    return fields;
}

/// The 公費負担者番号 printed when the decision names none (法別番号 + a fictional city part).
QString defaultPayerNumber(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::MedicalPsychiatric:
        return QStringLiteral("21130000");
    case DocumentKind::MedicalRehabilitation:
        return QStringLiteral("15130000");
    case DocumentKind::MedicalUpbringing:
        return QStringLiteral("16130000");
    default:
        return {};
    }
}

/// What the form says the certificate is for (Japanese forms: not translated).
QString benefitOf(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::WelfareService:
    case DocumentKind::CapManagementSheet:
        return QStringLiteral("障害福祉サービス");
    case DocumentKind::CommunityConsultation:
        return QStringLiteral("地域相談支援");
    case DocumentKind::MedicalPsychiatric:
        return QStringLiteral("自立支援医療（精神通院医療）");
    case DocumentKind::MedicalRehabilitation:
        return QStringLiteral("自立支援医療（更生医療）");
    case DocumentKind::MedicalUpbringing:
        return QStringLiteral("自立支援医療（育成医療）");
    case DocumentKind::DeviceVoucher:
        return QStringLiteral("補装具費");
    }
    return {};
}

} // namespace

CertificateDocuments::CertificateDocuments(QSqlDatabase db, audit::AuditLog& audit,
                                           const security::Authorizer& authorizer,
                                           const Clock& clock)
    : m_db(std::move(db)), m_audit(audit), m_authorizer(authorizer), m_clock(clock)
{}

Result<DocumentData> CertificateDocuments::build(const security::Session& session,
                                                 const QString& certificateId)
{
    auto loaded = CertificateService::load(m_db, certificateId);
    if (!loaded)
        return loaded.error();
    const Certificate& c = loaded.value();
    if (Status allowed = m_authorizer.require(session, kPrintPermission, c.ledger,
                                              QStringLiteral("certificate"), c.id);
        !allowed)
        return allowed.error();
    if (c.payload.isEmpty())
        return Error{ErrorCode::Internal, tr("This certificate has no signed code.")};

    DocumentData data;
    data.kind = CertificateService::layoutOf(c.kind);
    data.reissue = c.reissue > 0;
    QHash<QString, QString>& f = data.fields;

    QSqlQuery person(m_db);
    person.prepare(QStringLiteral(
        "SELECT family_name, given_name, family_kana, given_kana, birth_date, sex, "
        "(SELECT address FROM person_address a WHERE a.person_id = p.id AND a.valid_to IS NULL "
        " ORDER BY a.valid_from DESC LIMIT 1) FROM person p WHERE p.id = ?"));
    person.addBindValue(c.personId);
    if (!person.exec() || !person.next())
        return Error{ErrorCode::NotFound, tr("The person of this certificate was not found.")};
    f.insert(QStringLiteral("name"),
             person.value(0).toString() + QStringLiteral(" ") + person.value(1).toString());
    f.insert(QStringLiteral("name_kana"),
             person.value(2).toString() + QStringLiteral(" ") + person.value(3).toString());
    f.insert(QStringLiteral("birth_date"), person.value(4).toString());
    f.insert(QStringLiteral("sex"),
             person.value(5).toString() == u"female" ? QStringLiteral("女") : QStringLiteral("男"));
    f.insert(QStringLiteral("address"), person.value(6).toString());

    const certificate::OfficeInfo office = certificate::OfficeInfo::load(m_db);
    f.insert(QStringLiteral("recipient_number"), c.recipientNumber);
    f.insert(QStringLiteral("issue_number"), QString::number(c.issueNumber));
    f.insert(QStringLiteral("issue_date"), c.issuedOn.toString(Qt::ISODate));
    f.insert(QStringLiteral("valid_from"), c.validFrom.toString(Qt::ISODate));
    f.insert(QStringLiteral("valid_to"), c.validTo.toString(Qt::ISODate));
    if (c.monthlyCap)
        f.insert(QStringLiteral("cap_monthly"), QString::number(*c.monthlyCap));
    f.insert(QStringLiteral("municipality"), office.municipality);
    f.insert(QStringLiteral("mayor"), office.mayor);
    f.insert(QStringLiteral("office"), office.municipality);
    f.insert(QStringLiteral("public_payer_number"), defaultPayerNumber(c.kind));
    f.insert(QStringLiteral("benefit"), benefitOf(c.kind));
    f.insert(QStringLiteral("voucher_number"),
             QStringLiteral("%1-%2").arg(c.recipientNumber).arg(c.issueNumber));
    {
        // The month a 上限額管理票 starts with: the issue month, or the first month of validity.
        const QDate first = std::max(c.validFrom, c.issuedOn);
        const QString day = japanese::Wareki::formatLong(QDate(first.year(), first.month(), 1));
        if (day.endsWith(QStringLiteral("1日")))
            f.insert(QStringLiteral("month"), day.chopped(2) + QStringLiteral("分"));
    }

    // What the decision adds: income class, support category, services, medical details.
    QSqlQuery decision(m_db);
    decision.prepare(
        QStringLiteral("SELECT inputs, evaluation, approved_at FROM decision WHERE id = ?"));
    decision.addBindValue(c.decisionId);
    QList<DocumentRow> services;
    if (decision.exec() && decision.next()) {
        const QJsonObject inputs =
            QJsonDocument::fromJson(decision.value(0).toString().toUtf8()).object();
        const QJsonObject evaluation =
            QJsonDocument::fromJson(decision.value(1).toString().toUtf8()).object();
        f.insert(QStringLiteral("decision_date"), decision.value(2).toString().left(10));
        addDecisionFields(inputs, evaluation, decisionFields(), &f);
        QJsonArray list = inputs.value(QStringLiteral("services")).toArray();
        if (list.isEmpty())
            list = evaluation.value(QStringLiteral("services")).toArray();
        for (const QJsonValue& item : std::as_const(list)) {
            const QJsonObject object = item.toObject();
            DocumentRow row;
            row.insert(QStringLiteral("service"),
                       jsonText(object.value(QStringLiteral("service"))));
            row.insert(QStringLiteral("amount"), jsonText(object.value(QStringLiteral("amount"))));
            const QString from = jsonText(object.value(QStringLiteral("from")));
            const QString to = jsonText(object.value(QStringLiteral("to")));
            row.insert(QStringLiteral("from"),
                       from.isEmpty() ? c.validFrom.toString(Qt::ISODate) : from);
            row.insert(QStringLiteral("to"), to.isEmpty() ? c.validTo.toString(Qt::ISODate) : to);
            if (!row.value(QStringLiteral("service")).isEmpty())
                services << row;
        }
    }
    if (services.isEmpty() &&
        (c.kind == DocumentKind::WelfareService || c.kind == DocumentKind::CommunityConsultation)) {
        services << DocumentRow{{QStringLiteral("service"), f.value(QStringLiteral("benefit"))},
                                {QStringLiteral("from"), c.validFrom.toString(Qt::ISODate)},
                                {QStringLiteral("to"), c.validTo.toString(Qt::ISODate)}};
    }
    data.tables.insert(QStringLiteral("services"), services);
    data.tables.insert(QStringLiteral("months"), {});

    const certificate::QrMatrix matrix = certificate::QrMatrix::encode(c.payload);
    if (matrix.isNull())
        return Error{ErrorCode::Internal, tr("The certificate's code could not be drawn.")};
    data.qrModules = qrModulesOf(matrix);
    return data;
}

Status CertificateDocuments::printToPdf(const security::Session& session,
                                        const QString& certificateId, const QString& pdfPath)
{
    auto result = printBatch(session, CertificateSelection{{certificateId}, {}, {}}, pdfPath);
    if (!result)
        return result.error();
    return {};
}

Result<QStringList> CertificateDocuments::select(const security::Session& session,
                                                 const CertificateSelection& selection)
{
    if (!selection.certificateIds.isEmpty())
        return selection.certificateIds;
    certificate::CertificateService service(m_db, m_audit, m_authorizer, m_clock);
    certificate::CertificateFilter filter;
    filter.ledger = selection.ledger;
    filter.currentOnly = true;
    filter.expiringWithinDays = selection.expiringWithinDays;
    auto list = service.list(session, filter);
    if (!list)
        return list.error();
    QStringList ids;
    for (const Certificate& c : list.value()) {
        // Only what this session may print (list() also shows ledgers it may only view).
        if (m_authorizer.allows(session, kPrintPermission, c.ledger) &&
            (c.state == certificate::CertificateState::Requested ||
             c.state == certificate::CertificateState::Printed))
            ids << c.id;
    }
    if (!selection.expiringWithinDays) {
        // Oldest request first reads better in a batch.
        std::reverse(ids.begin(), ids.end());
    }
    return ids;
}

Result<CertificateDocuments::BatchResult>
CertificateDocuments::printBatch(const security::Session& session,
                                 const CertificateSelection& selection, const QString& pdfPath,
                                 const DocumentWriter::Progress& progress)
{
    auto ids = select(session, selection);
    if (!ids)
        return ids.error();
    if (ids.value().isEmpty())
        return Error{ErrorCode::NotFound, tr("There are no certificates to print.")};
    DocumentBatch batch;
    batch.reserve(ids.value().size());
    for (const QString& id : ids.value()) {
        auto built = build(session, id);
        if (!built)
            return built.error();
        auto state = CertificateService::load(m_db, id);
        if (state && state.value().state != certificate::CertificateState::Requested &&
            state.value().state != certificate::CertificateState::Printed)
            return Error{ErrorCode::Conflict,
                         tr("A certificate in the selection is void, handed over or mailed and "
                            "cannot be printed.")};
        batch << std::move(built).value();
    }
    if (Status written = DocumentWriter::writePdf(pdfPath, batch, progress); !written)
        return written.error();
    certificate::CertificateService service(m_db, m_audit, m_authorizer, m_clock);
    if (Status marked = service.markPrinted(session, ids.value()); !marked) {
        QFile::remove(pdfPath);
        return marked.error();
    }
    return BatchResult{int(ids.value().size())};
}

Result<CertificateDocuments::BatchResult> CertificateDocuments::runBatchOnWorker(
    const store::Database& database, const security::Authorizer& authorizer, const Clock& clock,
    const security::Session& session, const CertificateSelection& selection, const QString& pdfPath,
    const DocumentWriter::Progress& progress, const std::atomic_bool* cancel)
{
    const QString name =
        QStringLiteral("certificate-batch-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<BatchResult> result = Error{ErrorCode::Internal, {}};
    {
        auto connection = database.openWorkerConnection(name);
        if (!connection)
            return connection.error();
        auto device = audit::DeviceIdentity::loadOrCreate(connection.value(),
                                                          database.subkey("DEVICEKY"), clock);
        if (!device) {
            result = device.error();
        } else {
            audit::AuditLog audit(connection.value(), device.value(), clock);
            security::Authorizer workerAuthorizer(audit, authorizer.permissions());
            CertificateDocuments documents(connection.value(), audit, workerAuthorizer, clock);
            result = documents.printBatch(session, selection, pdfPath, [&](int done, int total) {
                if (cancel && cancel->load())
                    return false;
                return progress ? progress(done, total) : true;
            });
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace madoguchi::documents
