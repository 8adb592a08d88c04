// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/RecoveryCodeDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

QFont codeFont(qreal pointSize)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(pointSize);
    font.setBold(true);
    return font;
}

} // namespace

RecoveryCodeDialog::RecoveryCodeDialog(const QString& recoveryCode, const QString& databasePath,
                                       QWidget* parent)
    : QDialog(parent), m_recoveryCode(recoveryCode), m_databasePath(databasePath),
      m_createdAt(QDateTime::currentDateTime())
{
    setWindowTitle(tr("Recovery code"));
    setModal(true);
    // No close button: the code is shown once, so leaving is only through Continue.
    setWindowFlags(Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);

    auto* headingLabel = new QLabel(tr("Write down the recovery code now"), this);
    QFont headingFont = headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    headingLabel->setFont(headingFont);

    auto* explanationLabel = new QLabel(
        tr("The database has been created. Below is its recovery code. It is shown only this "
           "once.\n\n"
           "If every administrator forgets their password, this code is the only way to open "
           "the database again. Without it, the records in the database cannot be recovered by "
           "anyone.\n\n"
           "Write the code down on paper or print it, and keep it locked away, for example in "
           "the division's safe. Do not save it on this computer, send it by e-mail, or show it "
           "to anyone who does not need it."),
        this);
    explanationLabel->setWordWrap(true);

    m_codeLabel = new QLabel(m_recoveryCode, this);
    m_codeLabel->setObjectName(QStringLiteral("codeLabel"));
    m_codeLabel->setFont(codeFont(18));
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setFrameShape(QFrame::StyledPanel);
    m_codeLabel->setMargin(12);
    // Not selectable: copying it would leave the code on the clipboard.
    m_codeLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    m_codeLabel->setAccessibleName(tr("Recovery code"));

    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setAutoDefault(false);
    connect(m_printButton, &QPushButton::clicked, this, &RecoveryCodeDialog::print);
    auto* printLayout = new QHBoxLayout;
    printLayout->addStretch();
    printLayout->addWidget(m_printButton);

    m_writtenDownCheckBox = new QCheckBox(tr("I have &written down the recovery code"), this);
    m_writtenDownCheckBox->setObjectName(QStringLiteral("writtenDownCheckBox"));

    auto* buttonBox = new QDialogButtonBox(this);
    m_continueButton = buttonBox->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setEnabled(false);
    connect(m_writtenDownCheckBox, &QCheckBox::toggled, m_continueButton, &QPushButton::setEnabled);
    connect(buttonBox, &QDialogButtonBox::accepted, this, [this]() {
        if (m_writtenDownCheckBox->isChecked())
            accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel);
    layout->addWidget(explanationLabel);
    layout->addSpacing(8);
    layout->addWidget(m_codeLabel);
    layout->addLayout(printLayout);
    layout->addSpacing(8);
    layout->addWidget(m_writtenDownCheckBox);
    layout->addWidget(buttonBox);
    setMinimumWidth(640);
}

RecoveryCodeDialog::~RecoveryCodeDialog()
{
    // Best effort: the code came to us as a QString; overwrite our copy before it is freed.
    m_recoveryCode.fill(QLatin1Char('0'));
}

void RecoveryCodeDialog::reject() {}

void RecoveryCodeDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Madoguchi recovery code"));
    QPrintDialog printDialog(&printer, this);
    printDialog.setWindowTitle(tr("Print the recovery code"));
    if (printDialog.exec() != QDialog::Accepted)
        return;
    printSheet(&printer, m_recoveryCode, m_databasePath, m_createdAt);
}

bool RecoveryCodeDialog::printSheet(QPrinter* printer, const QString& recoveryCode,
                                    const QString& databasePath, const QDateTime& createdAt)
{
    QPainter painter;
    if (!painter.begin(printer))
        return false;

    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const QRectF area(0, 0, page.width(), page.height());
    qreal y = 0;
    const auto drawBlock = [&](const QString& text, const QFont& font, int flags,
                               qreal spaceAfter) {
        painter.setFont(font);
        const QRectF bounds = painter.boundingRect(QRectF(0, y, area.width(), area.height() - y),
                                                   flags | Qt::TextWordWrap, text);
        painter.drawText(QRectF(0, y, area.width(), bounds.height()), flags | Qt::TextWordWrap,
                         text);
        y += bounds.height() + spaceAfter * printer->resolution() / 72.0;
    };

    QFont titleFont = painter.font();
    titleFont.setPointSizeF(20);
    titleFont.setBold(true);
    QFont bodyFont = painter.font();
    bodyFont.setPointSizeF(11);
    bodyFont.setBold(false);

    drawBlock(tr("Madoguchi — database recovery code"), titleFont, Qt::AlignLeft, 24);
    drawBlock(tr("Keep this sheet locked away. Anyone who has this code and a copy of the "
                 "database can open it."),
              bodyFont, Qt::AlignLeft, 24);
    drawBlock(recoveryCode, codeFont(22), Qt::AlignHCenter, 28);
    const QLocale locale;
    drawBlock(tr("Created: %1").arg(locale.toString(createdAt, QLocale::LongFormat)), bodyFont,
              Qt::AlignLeft, 6);
    drawBlock(tr("Database: %1").arg(databasePath), bodyFont, Qt::AlignLeft, 24);
    drawBlock(tr("Spaces and hyphens in the code do not matter when it is typed in."), bodyFont,
              Qt::AlignLeft, 0);
    return painter.end();
}

} // namespace madoguchi::ui
