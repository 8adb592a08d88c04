// SPDX-License-Identifier: GPL-3.0-or-later
// Signed certificate codes: offline verification, and the city's issuing keys.
#include "CliCommands.h"
#include "CliSupport.h"
#include "certificate/CertificateService.h"
#include "certificate/CertificateVerifier.h"
#include "certificate/DemoCertificates.h"
#include "certificate/IssuingKeys.h"
#include "certificate/TrustedKeys.h"
#include "documents/CertificateDocuments.h"
#include "documents/NoticeDocuments.h"
#include "security/Authorizer.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace madoguchi::cli {

namespace {

constexpr qint64 kMaxKeyFileBytes = 64 * 1024;

Result<certificate::TrustedKeys> readKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("The issuing key file %1 cannot be read.")
                         .arg(QDir::toNativeSeparators(path))};
    if (file.size() > kMaxKeyFileBytes)
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("The issuing key file %1 is too large.")
                         .arg(QDir::toNativeSeparators(path))};
    const QByteArray data = file.read(kMaxKeyFileBytes + 1);
    const QString text = QString::fromUtf8(data);
    if (text.toUtf8() != data)
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("The issuing key file %1 is not UTF-8 text.")
                         .arg(QDir::toNativeSeparators(path))};
    return certificate::TrustedKeys::parse(text);
}

QJsonObject fieldsJson(const certificate::CertificatePayload& payload)
{
    const certificate::CertificateFields& f = payload.fields;
    QJsonObject object{
        {QStringLiteral("certificate_id"), f.certificateId},
        {QStringLiteral("recipient_number"), f.recipientNumber},
        {QStringLiteral("kind"), certificate::kindCode(f.kind)},
        {QStringLiteral("valid_from"), f.validFrom.toString(Qt::ISODate)},
        {QStringLiteral("valid_to"), f.validTo.toString(Qt::ISODate)},
        {QStringLiteral("issued_on"), f.issuedOn.toString(Qt::ISODate)},
        {QStringLiteral("office_code"), f.officeCode},
        {QStringLiteral("reissue"), f.reissue},
    };
    if (f.monthlyCap)
        object.insert(QStringLiteral("monthly_cap"), double(*f.monthlyCap));
    if (payload.isChained()) {
        object.insert(QStringLiteral("device_id"), payload.deviceCertificate->deviceId);
        object.insert(QStringLiteral("city_key_id"),
                      QString::fromLatin1(payload.deviceCertificate->cityKeyId.toHex()));
    } else {
        object.insert(QStringLiteral("city_key_id"),
                      QString::fromLatin1(payload.signerKeyId.toHex()));
    }
    return object;
}

void printFields(const certificate::CertificatePayload& payload)
{
    const certificate::CertificateFields& f = payload.fields;
    QList<QStringList> rows{
        {CliCommands::tr("Certificate"), certificate::kindLabel(f.kind)},
        {CliCommands::tr("Recipient number"), f.recipientNumber},
        {CliCommands::tr("Valid"),
         CliCommands::tr("%1 to %2")
             .arg(f.validFrom.toString(Qt::ISODate), f.validTo.toString(Qt::ISODate))},
    };
    if (f.monthlyCap)
        rows.append({CliCommands::tr("Monthly cap"), CliCommands::tr("%1 yen").arg(*f.monthlyCap)});
    rows.append({CliCommands::tr("Issued"), f.issuedOn.toString(Qt::ISODate)});
    if (f.reissue > 0)
        rows.append({CliCommands::tr("Reissue"), QString::number(f.reissue)});
    rows.append({CliCommands::tr("Issuing office"), f.officeCode});
    rows.append({CliCommands::tr("Certificate id"), f.certificateId});
    rows.append(
        {CliCommands::tr("Signed by"),
         payload.isChained()
             ? CliCommands::tr("outreach device %1").arg(payload.deviceCertificate->deviceId)
             : CliCommands::tr("city issuing key %1")
                   .arg(QString::fromLatin1(payload.signerKeyId.toHex()))});
    printTable(rows);
}

QString keyLine(const certificate::TrustedKey& key)
{
    return CliCommands::tr("Issuing key %1, made %2.")
        .arg(QString::fromLatin1(key.keyId.toHex()), key.createdOn.toString(Qt::ISODate));
}

const QList<security::Scope>& allLedgers()
{
    static const QList<security::Scope> ledgers{
        security::Scope::WelfareService, security::Scope::MedicalRehabilitation,
        security::Scope::MedicalPsychiatric, security::Scope::Devices};
    return ledgers;
}

Result<std::optional<security::Scope>> ledgerOption(const QString& text)
{
    if (text.isEmpty())
        return std::optional<security::Scope>{};
    security::Scope scope;
    if (!security::scopeFromCode(text, &scope))
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("Unknown ledger %1; use welfare_service, "
                                     "medical_rehabilitation, medical_psychiatric or devices.")
                         .arg(text)};
    return std::optional<security::Scope>{scope};
}

Result<std::optional<int>> daysOption(const QString& text)
{
    if (text.isEmpty())
        return std::optional<int>{};
    bool ok = false;
    const int days = text.toInt(&ok);
    if (!ok || days < 0 || days > 3660)
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("--expiring-within takes a number of days from 0 to 3660.")};
    return std::optional<int>{days};
}

Status needPdf(const CliContext& context)
{
    if (context.pdfPath.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     CliCommands::tr("Name the PDF file with --pdf FILE.")};
    return {};
}

QJsonObject certificateJson(const certificate::Certificate& c)
{
    QJsonObject object{{QStringLiteral("id"), c.id},
                       {QStringLiteral("ledger"), security::scopeCode(c.ledger)},
                       {QStringLiteral("kind"), certificate::kindCode(c.kind)},
                       {QStringLiteral("recipient_number"), c.recipientNumber},
                       {QStringLiteral("issue_number"), c.issueNumber},
                       {QStringLiteral("reissue"), c.reissue},
                       {QStringLiteral("state"), certificate::certificateStateCode(c.state)},
                       {QStringLiteral("valid_from"), c.validFrom.toString(Qt::ISODate)},
                       {QStringLiteral("valid_to"), c.validTo.toString(Qt::ISODate)},
                       {QStringLiteral("issued_on"), c.issuedOn.toString(Qt::ISODate)},
                       {QStringLiteral("print_count"), c.printCount}};
    if (c.monthlyCap)
        object.insert(QStringLiteral("monthly_cap"), double(*c.monthlyCap));
    if (!c.reissueOf.isEmpty())
        object.insert(QStringLiteral("reissue_of"), c.reissueOf);
    if (!c.replacedBy.isEmpty())
        object.insert(QStringLiteral("replaced_by"), c.replacedBy);
    return object;
}

} // namespace

int CliCommands::certificateVerify(const CliContext& context)
{
    const QString text = context.arguments.at(2);
    certificate::TrustedKeys keys;
    QDate today = Clock::system().todayInJapan();
    std::optional<SignedIn> workspace;
    std::optional<certificate::LocalCertificateStatus> lookup;
    if (!context.keysPath.isEmpty()) {
        // Offline, anywhere: the exported public keys are all it needs; no database, no sign-in.
        auto file = readKeyFile(context.keysPath);
        if (!file)
            return fail(ExitUsage, file.message());
        keys = std::move(file).value();
    } else {
        // The keys of this database, which sync keeps current: sign in like any command. Its
        // certificate table also says whether a code was voided or replaced.
        auto signedIn = signIn(context);
        if (!signedIn)
            return fail(signedIn.error());
        workspace.emplace(std::move(signedIn).value());
        certificate::IssuingKeys issuing((*workspace)->database(), (*workspace)->audit(),
                                         (*workspace)->authorizer(), (*workspace)->clock());
        auto known = issuing.trustedKeys();
        if (!known)
            return fail(known.error());
        keys = std::move(known).value();
        today = (*workspace)->clock().todayInJapan();
        lookup.emplace((*workspace)->database().connection());
    }

    const certificate::Verification result =
        certificate::CertificateVerifier::verify(text, keys, today, lookup ? &*lookup : nullptr);
    if (context.json) {
        QJsonObject object{{QStringLiteral("verdict"), certificate::verdictCode(result.verdict)},
                           {QStringLiteral("valid"), result.isValid()},
                           {QStringLiteral("message"), result.message}};
        if (result.payload)
            object.insert(QStringLiteral("certificate"), fieldsJson(*result.payload));
        printJson(object);
    } else if (result.isValid()) {
        out() << result.message << '\n';
        printFields(*result.payload);
        out().flush();
    }
    if (!result.isValid())
        return fail(ExitNegative, result.message);
    return ExitOk;
}

int CliCommands::issuingKey(const CliContext& context)
{
    const QString action = context.arguments.at(1);
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    certificate::IssuingKeys issuing(workspace->database(), workspace->audit(),
                                     workspace->authorizer(), workspace->clock());

    if (action == u"create" || action == u"rotate") {
        auto key = action == u"create" ? issuing.create(workspace.session())
                                       : issuing.rotate(workspace.session());
        if (!key)
            return fail(key.error());
        if (context.json)
            printJson(QJsonObject{
                {QStringLiteral("key_id"), QString::fromLatin1(key->keyId.toHex())},
                {QStringLiteral("public_key"), QString::fromLatin1(key->publicKey.toHex())},
                {QStringLiteral("created_on"), key->createdOn.toString(Qt::ISODate)}});
        else
            out() << (action == u"create" ? tr("Created. %1").arg(keyLine(key.value()))
                                          : tr("Rotated; the previous key is retired and keeps "
                                               "verifying what it signed. %1")
                                                .arg(keyLine(key.value())))
                  << '\n';
        out().flush();
        return ExitOk;
    }

    // export: the public halves of every generation, for devices that verify offline.
    if (Status allowed = workspace->authorizer().require(workspace.session(),
                                                         QStringLiteral("issuing_key.manage"));
        !allowed)
        return fail(allowed.error());
    auto keys = issuing.trustedKeys();
    if (!keys)
        return fail(keys.error());
    if (keys->isEmpty())
        return fail(ExitNegative, tr("There is no issuing key yet; create one first."));
    const QByteArray text = keys->exportText().toUtf8();
    if (context.filePath.isEmpty()) {
        out() << QString::fromUtf8(text);
        out().flush();
        return ExitOk;
    }
    QSaveFile file(context.filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return fail(ExitIntegrity, tr("The issuing key file %1 could not be written.")
                                       .arg(QDir::toNativeSeparators(context.filePath)));
    out() << tr("Wrote %n issuing key(s) to %1.", nullptr, int(keys->keys().size()))
                 .arg(QDir::toNativeSeparators(context.filePath))
          << '\n';
    out().flush();
    return ExitOk;
}

int CliCommands::certificatePrint(const CliContext& context)
{
    if (Status pdf = needPdf(context); !pdf)
        return fail(pdf.error());
    if (context.recipient.isEmpty() || context.recipient.size() > 16 ||
        !std::all_of(context.recipient.cbegin(), context.recipient.cend(),
                     [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return fail(ExitUsage, tr("Name the recipient with --recipient and the 受給者番号 or "
                                  "受給者証番号 (digits)."));
    auto ledger = ledgerOption(context.ledger);
    if (!ledger)
        return fail(ledger.error());
    std::optional<certificate::DocumentKind> kind;
    if (!context.kind.isEmpty()) {
        kind = certificate::kindFromCode(context.kind);
        if (!kind)
            return fail(ExitUsage,
                        tr("Unknown certificate kind %1; use welfare_service, "
                           "community_consultation, medical_psychiatric, medical_rehabilitation, "
                           "medical_upbringing, cap_management_sheet or device_voucher.")
                            .arg(context.kind));
        if (ledger.value() && certificate::CertificateService::ledgerOf(*kind) != *ledger.value())
            return fail(ExitUsage, tr("That kind of certificate is not issued from that ledger."));
        ledger.value() = certificate::CertificateService::ledgerOf(*kind);
    }
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    QSqlDatabase db = workspace->database().connection();

    // The recipient: by 受給者番号 or 受給者証番号, in the ledgers this person may print from.
    QString personId;
    security::Scope scope = security::Scope::WelfareService;
    int found = 0;
    for (const security::Scope candidate : allLedgers()) {
        if (ledger.value() && *ledger.value() != candidate)
            continue;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT person_id FROM recipient WHERE ledger = ? AND "
                                     "(recipient_number = ? OR certificate_number = ?)"));
        query.addBindValue(security::scopeCode(candidate));
        query.addBindValue(context.recipient);
        query.addBindValue(context.recipient);
        if (!query.exec())
            return fail(ExitIntegrity, tr("The recipients could not be read."));
        if (query.next()) {
            personId = query.value(0).toString();
            scope = candidate;
            ++found;
        }
    }
    if (found == 0)
        return fail(ExitIntegrity, tr("No recipient has that number."));
    if (found > 1)
        return fail(ExitUsage, tr("That number is a recipient in more than one ledger; name the "
                                  "ledger with --ledger."));
    const certificate::DocumentKind printKind =
        kind.value_or(certificate::CertificateService::kindsOf(scope).constFirst());

    certificate::CertificateService service(db, workspace->audit(), workspace->authorizer(),
                                            workspace->clock());
    certificate::CertificateFilter filter;
    filter.ledger = scope;
    filter.personId = personId;
    filter.kind = printKind;
    filter.currentOnly = true;
    auto current = service.list(workspace.session(), filter);
    if (!current)
        return fail(current.error());
    QString id;
    if (!current->isEmpty()) {
        const certificate::Certificate& c = current->constFirst();
        if (c.state != certificate::CertificateState::Requested &&
            c.state != certificate::CertificateState::Printed)
            return fail(ExitIntegrity,
                        tr("The current certificate %1 was handed over or mailed already. For a "
                           "lost or damaged one, use certificate reissue.")
                            .arg(c.id));
        id = c.id;
    } else {
        auto requested =
            service.request(workspace.session(), workspace->database(), scope, personId, printKind);
        if (!requested)
            return fail(requested.error());
        id = requested.value();
    }
    documents::CertificateDocuments printer(db, workspace->audit(), workspace->authorizer(),
                                            workspace->clock());
    if (Status printed = printer.printToPdf(workspace.session(), id, context.pdfPath); !printed)
        return fail(printed.error());
    auto done = service.find(workspace.session(), id);
    if (!done)
        return fail(done.error());
    if (context.json)
        printJson(certificateJson(done.value()));
    else
        out() << tr("Printed %1 no. %2 (certificate %3) to %4.")
                     .arg(certificate::kindLabel(done->kind))
                     .arg(done->issueNumber)
                     .arg(done->id, QDir::toNativeSeparators(context.pdfPath))
              << '\n';
    out().flush();
    return ExitOk;
}

int CliCommands::certificateBatch(const CliContext& context)
{
    if (Status pdf = needPdf(context); !pdf)
        return fail(pdf.error());
    auto ledger = ledgerOption(context.ledger);
    if (!ledger)
        return fail(ledger.error());
    auto days = daysOption(context.expiringWithin);
    if (!days)
        return fail(days.error());
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    documents::CertificateDocuments printer(workspace->database().connection(), workspace->audit(),
                                            workspace->authorizer(), workspace->clock());
    documents::CertificateSelection selection;
    selection.ledger = ledger.value();
    selection.expiringWithinDays = days.value();
    auto printed = printer.printBatch(workspace.session(), selection, context.pdfPath);
    if (!printed)
        return fail(printed.error());
    if (context.json)
        printJson(QJsonObject{{QStringLiteral("printed"), printed->printed},
                              {QStringLiteral("pdf"), context.pdfPath}});
    else
        out() << tr("Printed %n certificate(s) to %1.", nullptr, printed->printed)
                     .arg(QDir::toNativeSeparators(context.pdfPath))
              << '\n';
    out().flush();
    return ExitOk;
}

int CliCommands::certificateReissue(const CliContext& context)
{
    if (context.certificateId.isEmpty())
        return fail(ExitUsage, tr("Name the certificate with --certificate ID."));
    if (context.reason.trimmed().isEmpty())
        return fail(ExitUsage, tr("Give the reason with --reason, for example --reason 紛失."));
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    QSqlDatabase db = workspace->database().connection();
    certificate::CertificateService service(db, workspace->audit(), workspace->authorizer(),
                                            workspace->clock());
    auto id = service.reissue(workspace.session(), workspace->database(), context.certificateId,
                              context.reason);
    if (!id)
        return fail(id.error());
    if (!context.pdfPath.isEmpty()) {
        documents::CertificateDocuments printer(db, workspace->audit(), workspace->authorizer(),
                                                workspace->clock());
        if (Status printed = printer.printToPdf(workspace.session(), id.value(), context.pdfPath);
            !printed)
            return fail(printed.error());
    }
    auto done = service.find(workspace.session(), id.value());
    if (!done)
        return fail(done.error());
    if (context.json)
        printJson(certificateJson(done.value()));
    else
        out() << tr("Reissued as no. %1 (certificate %2); the old one is void.")
                     .arg(done->issueNumber)
                     .arg(done->id)
              << '\n';
    out().flush();
    return ExitOk;
}

int CliCommands::certificateList(const CliContext& context)
{
    auto ledger = ledgerOption(context.ledger);
    if (!ledger)
        return fail(ledger.error());
    auto days = daysOption(context.expiringWithin);
    if (!days)
        return fail(days.error());
    certificate::CertificateFilter filter;
    filter.ledger = ledger.value();
    filter.expiringWithinDays = days.value();
    if (!context.state.isEmpty()) {
        certificate::CertificateState state;
        if (!certificate::certificateStateFromCode(context.state, &state))
            return fail(ExitUsage, tr("Unknown state %1; use requested, printed, handed_over, "
                                      "mailed or void.")
                                       .arg(context.state));
        filter.state = state;
    }
    if (!context.recipient.isEmpty())
        filter.recipientNumber = context.recipient;
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    certificate::CertificateService service(workspace->database().connection(), workspace->audit(),
                                            workspace->authorizer(), workspace->clock());
    auto list = service.list(workspace.session(), filter);
    if (!list)
        return fail(list.error());
    if (context.json) {
        QJsonArray array;
        for (const certificate::Certificate& c : list.value())
            array.append(certificateJson(c));
        printJson(array);
    } else {
        QList<QStringList> rows{{tr("Certificate"), tr("Kind"), tr("Recipient"), tr("No."),
                                 tr("State"), tr("Valid to")}};
        for (const certificate::Certificate& c : list.value())
            rows.append({c.id, certificate::kindLabel(c.kind), c.recipientNumber,
                         QString::number(c.issueNumber),
                         certificate::certificateStateLabel(c.state),
                         c.validTo.toString(Qt::ISODate)});
        printTable(rows);
        out().flush();
    }
    return ExitOk;
}

int CliCommands::noticePrint(const CliContext& context)
{
    if (Status pdf = needPdf(context); !pdf)
        return fail(pdf.error());
    if (context.decisionId.trimmed().isEmpty())
        return fail(ExitUsage, tr("Name the approved decision with --decision ID."));
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    documents::NoticeDocuments notices(workspace->database().connection(), workspace->audit(),
                                       workspace->authorizer(), workspace->clock());
    if (Status printed = notices.printToPdf(workspace.session(), {context.decisionId.trimmed()},
                                            context.pdfPath);
        !printed)
        return fail(printed.error());
    if (context.json)
        printJson(
            QJsonObject{{QStringLiteral("printed"), 1}, {QStringLiteral("pdf"), context.pdfPath}});
    else
        out() << tr("Printed the notice to %1.").arg(QDir::toNativeSeparators(context.pdfPath))
              << '\n';
    out().flush();
    return ExitOk;
}

int CliCommands::noticeRenewal(const CliContext& context)
{
    if (Status pdf = needPdf(context); !pdf)
        return fail(pdf.error());
    auto ledger = ledgerOption(context.ledger);
    if (!ledger)
        return fail(ledger.error());
    auto days = daysOption(context.expiringWithin);
    if (!days)
        return fail(days.error());
    if (!days.value())
        return fail(ExitUsage, tr("Say how soon the grants end with --expiring-within DAYS."));
    auto signedIn = signIn(context);
    if (!signedIn)
        return fail(signedIn.error());
    SignedIn workspace(std::move(signedIn).value());
    documents::NoticeDocuments notices(workspace->database().connection(), workspace->audit(),
                                       workspace->authorizer(), workspace->clock());
    auto targets = notices.renewalTargets(workspace.session(), ledger.value(), *days.value());
    if (!targets)
        return fail(targets.error());
    if (Status printed =
            notices.printRenewalsToPdf(workspace.session(), targets.value(), context.pdfPath);
        !printed)
        return fail(printed.error());
    const int printedCount = int(targets->size());
    if (context.json)
        printJson(QJsonObject{{QStringLiteral("printed"), printedCount},
                              {QStringLiteral("pdf"), context.pdfPath}});
    else
        out() << tr("Printed %n renewal notice(s) to %1.", nullptr, printedCount)
                     .arg(QDir::toNativeSeparators(context.pdfPath))
              << '\n';
    out().flush();
    return ExitOk;
}

Result<DemoCertificates> issueDemoCertificates(Workspace& workspace, int perLedger)
{
    certificate::DemoCertificateOptions options;
    options.perLedger = perLedger;
    auto made = certificate::DemoCertificates::issue(workspace, workspace.session(), options);
    if (!made)
        return made.error();
    return DemoCertificates{made->decisions, made->certificates, made->keyCreated};
}

} // namespace madoguchi::cli
