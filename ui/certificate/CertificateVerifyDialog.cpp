// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate/CertificateVerifyDialog.h"

#include "certificate/IssuingKeys.h"
#include "japanese/Wareki.h"
#include "ledger/RecipientNumbers.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {

using certificate::Verdict;

namespace {

QString dayText(const QDate& date)
{
    return japanese::Wareki::formatDisplay(date);
}

/// Green for valid, amber for "genuine but look again", red for everything else.
QString verdictColour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("#1b6e20");
    case Verdict::NotYetValid:
    case Verdict::SupersededOffline:
        return QStringLiteral("#8a5a00");
    default:
        return QStringLiteral("#b00020");
    }
}

QLabel* valueLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

CertificateVerifyDialog::CertificateVerifyDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_today(workspace.clock().todayInJapan())
{
    certificate::IssuingKeys issuing(workspace.database(), workspace.audit(),
                                     workspace.authorizer(), workspace.clock());
    auto keys = issuing.trustedKeys();
    if (keys)
        m_keys = std::move(keys).value();
    else
        m_keysProblem = keys.message();
    build();
}

CertificateVerifyDialog::CertificateVerifyDialog(
    certificate::TrustedKeys keys, QDate today,
    std::shared_ptr<const certificate::CertificateStatusLookup> lookup, QWidget* parent)
    : QDialog(parent), m_keys(std::move(keys)), m_today(today), m_lookup(std::move(lookup))
{
    build();
}

CertificateVerifyDialog::~CertificateVerifyDialog() = default;

void CertificateVerifyDialog::build()
{
    setObjectName(QStringLiteral("certificateVerifyDialog"));

    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_introLabel->setTextFormat(Qt::PlainText);

    m_codeEdit = new QLineEdit(this);
    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    m_codeEdit->setClearButtonEnabled(true);
    m_codeLabel = new QLabel(this);
    m_codeLabel->setBuddy(m_codeEdit);
    m_verifyButton = new QPushButton(this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setAutoDefault(false);
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setAutoDefault(false);

    m_keysLabel = new QLabel(this);
    m_keysLabel->setObjectName(QStringLiteral("keysLabel"));
    m_keysLabel->setWordWrap(true);
    m_keysLabel->setTextFormat(Qt::PlainText);
    m_keysLabel->setStyleSheet(QStringLiteral("color: #b00020;"));

    m_verdictLabel = new QLabel(this);
    m_verdictLabel->setObjectName(QStringLiteral("verdictLabel"));
    m_verdictLabel->setTextFormat(Qt::PlainText);
    QFont verdictFont = m_verdictLabel->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.6);
    verdictFont.setBold(true);
    m_verdictLabel->setFont(verdictFont);
    m_explanationLabel = new QLabel(this);
    m_explanationLabel->setObjectName(QStringLiteral("explanationLabel"));
    m_explanationLabel->setTextFormat(Qt::PlainText);
    m_explanationLabel->setWordWrap(true);

    m_detailsCaption = new QLabel(this);
    m_detailsCaption->setObjectName(QStringLiteral("detailsCaption"));
    m_detailsCaption->setTextFormat(Qt::PlainText);
    QFont captionFont = m_detailsCaption->font();
    captionFont.setBold(true);
    m_detailsCaption->setFont(captionFont);
    m_detailsBox = new QWidget(this);
    m_detailsBox->setObjectName(QStringLiteral("detailsBox"));
    m_detailsForm = new QFormLayout(m_detailsBox);
    m_detailsForm->setContentsMargins(12, 0, 0, 0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* input = new QHBoxLayout;
    input->addWidget(m_codeLabel);
    input->addWidget(m_codeEdit, 1);
    input->addWidget(m_verifyButton);
    input->addWidget(m_clearButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(input);
    layout->addWidget(m_keysLabel);
    layout->addSpacing(8);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(m_explanationLabel);
    layout->addSpacing(4);
    layout->addWidget(m_detailsCaption);
    layout->addWidget(m_detailsBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // A scanner types the code and Enter: Enter checks, and never closes the dialog.
    connect(m_codeEdit, &QLineEdit::returnPressed, this, &CertificateVerifyDialog::verify);
    connect(m_verifyButton, &QPushButton::clicked, this, &CertificateVerifyDialog::verify);
    connect(m_clearButton, &QPushButton::clicked, this, &CertificateVerifyDialog::clear);

    retranslate();
    showResult();
    m_codeEdit->setFocus();
    resize(640, 460);
}

void CertificateVerifyDialog::setStatusLookup(
    std::shared_ptr<const certificate::CertificateStatusLookup> lookup)
{
    m_lookup = std::move(lookup);
}

QString CertificateVerifyDialog::codeText() const
{
    return m_codeEdit->text();
}

void CertificateVerifyDialog::setCodeText(const QString& text)
{
    m_codeEdit->setText(text);
}

QString CertificateVerifyDialog::verdictText() const
{
    return m_verdictLabel->text();
}

QString CertificateVerifyDialog::explanationText() const
{
    return m_explanationLabel->text();
}

QString CertificateVerifyDialog::detailsText() const
{
    if (m_detailsBox->isHidden())
        return {};
    QStringList lines;
    for (int row = 0; row < m_detailsForm->rowCount(); ++row) {
        auto* label = m_detailsForm->itemAt(row, QFormLayout::LabelRole);
        auto* field = m_detailsForm->itemAt(row, QFormLayout::FieldRole);
        const auto* labelWidget = label ? qobject_cast<QLabel*>(label->widget()) : nullptr;
        const auto* fieldWidget = field ? qobject_cast<QLabel*>(field->widget()) : nullptr;
        if (labelWidget && fieldWidget)
            lines << labelWidget->text() + u' ' + fieldWidget->text();
    }
    return lines.join(u'\n');
}

QString CertificateVerifyDialog::verdictHeadline(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return tr("Valid");
    case Verdict::NotYetValid:
        return tr("Genuine, but not valid yet");
    case Verdict::SupersededOffline:
        return tr("Genuine, but a newer certificate was issued");
    case Verdict::Expired:
        return tr("Expired");
    case Verdict::Void:
        return tr("Void");
    case Verdict::Tampered:
        return tr("Altered or forged");
    case Verdict::UnknownKey:
        return tr("Cannot be checked: unknown issuer");
    case Verdict::Malformed:
        return tr("Not a certificate code");
    }
    return {};
}

bool CertificateVerifyDialog::verify()
{
    const QString text = m_codeEdit->text();
    if (text.trimmed().isEmpty()) {
        m_result.reset();
        showResult();
        m_codeEdit->setFocus();
        return false;
    }
    m_result = certificate::CertificateVerifier::verify(text, m_keys, m_today, m_lookup.get());
    showResult();
    m_codeEdit->setFocus();
    m_codeEdit->selectAll();
    return m_result->isValid();
}

void CertificateVerifyDialog::clear()
{
    m_codeEdit->clear();
    m_result.reset();
    showResult();
    m_codeEdit->setFocus();
}

void CertificateVerifyDialog::showResult()
{
    while (m_detailsForm->rowCount() > 0)
        m_detailsForm->removeRow(0);
    if (!m_result) {
        m_verdictLabel->clear();
        m_verdictLabel->hide();
        m_explanationLabel->clear();
        m_explanationLabel->hide();
        m_detailsCaption->hide();
        m_detailsBox->hide();
        return;
    }
    const certificate::Verification& result = *m_result;
    m_verdictLabel->setText(verdictHeadline(result.verdict));
    m_verdictLabel->setStyleSheet(QStringLiteral("color: %1;").arg(verdictColour(result.verdict)));
    m_verdictLabel->show();
    m_explanationLabel->setText(result.message);
    m_explanationLabel->show();

    const bool readable = result.payload.has_value() && result.verdict != Verdict::Malformed;
    m_detailsCaption->setVisible(readable);
    m_detailsBox->setVisible(readable);
    if (!readable)
        return;
    // A code that does not verify may say anything: what it claims is shown as a claim.
    const bool trusted =
        result.verdict != Verdict::Tampered && result.verdict != Verdict::UnknownKey;
    m_detailsCaption->setText(trusted ? tr("What the certificate says")
                                      : tr("What the code claims (not confirmed, do not rely on "
                                           "it)"));
    const certificate::CertificateFields& f = result.payload->fields;
    const QLocale locale;
    // Welfare-service forms carry the 10-digit 受給者証番号, the others the 受給者番号
    // (CertificateService: printedNumber).
    const bool certificateNumber =
        f.recipientNumber.size() == ledger::RecipientNumbers::kCertificateNumberDigits;
    m_detailsForm->addRow(certificateNumber ? tr("Certificate number:") : tr("Recipient number:"),
                          valueLabel(f.recipientNumber, m_detailsBox));
    m_detailsForm->addRow(tr("Kind:"), valueLabel(certificate::kindLabel(f.kind), m_detailsBox));
    m_detailsForm->addRow(
        tr("Valid:"),
        valueLabel(tr("%1 to %2").arg(dayText(f.validFrom), dayText(f.validTo)), m_detailsBox));
    if (f.monthlyCap)
        m_detailsForm->addRow(
            tr("Monthly cap:"),
            valueLabel(tr("%1 yen").arg(locale.toString(*f.monthlyCap)), m_detailsBox));
    const QString issued = f.reissue > 0
                               ? tr("%1 (reissue no. %2)").arg(dayText(f.issuedOn)).arg(f.reissue)
                               : dayText(f.issuedOn);
    m_detailsForm->addRow(tr("Issued on:"), valueLabel(issued, m_detailsBox));
    m_detailsForm->addRow(
        tr("Issuing office:"),
        valueLabel(tr("Local government code %1").arg(f.officeCode), m_detailsBox));
    const QString signer =
        result.payload->isChained()
            ? tr("Outreach device %1, certified by the city's key %2")
                  .arg(result.payload->deviceCertificate->deviceId,
                       QString::fromLatin1(result.payload->deviceCertificate->cityKeyId.toHex()))
            : tr("The city's issuing key %1")
                  .arg(QString::fromLatin1(result.payload->signerKeyId.toHex()));
    m_detailsForm->addRow(tr("Signed by:"), valueLabel(signer, m_detailsBox));
    m_detailsForm->addRow(tr("Certificate ID:"), valueLabel(f.certificateId, m_detailsBox));
}

void CertificateVerifyDialog::retranslate()
{
    setWindowTitle(tr("Verify a certificate"));
    m_introLabel->setText(
        tr("Scan the QR code on a recipient certificate, or paste its code, and press Enter. "
           "The check needs no network: it uses the city's issuing keys known to this "
           "computer."));
    m_codeLabel->setText(tr("&Code:"));
    m_codeEdit->setPlaceholderText(tr("MDG1:…"));
    m_verifyButton->setText(tr("&Verify"));
    m_clearButton->setText(tr("C&lear"));
    if (!m_keysProblem.isEmpty())
        m_keysLabel->setText(m_keysProblem);
    else if (m_keys.isEmpty())
        m_keysLabel->setText(tr("This computer knows no issuing key yet, so no certificate can "
                                "be confirmed. Synchronize first, or ask an administrator to "
                                "import the city's keys."));
    m_keysLabel->setVisible(!m_keysProblem.isEmpty() || m_keys.isEmpty());
    if (m_result)
        showResult();
}

void CertificateVerifyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace madoguchi::ui
