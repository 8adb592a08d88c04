// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/PlaceholderPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace madoguchi::ui {

PlaceholderPage::PlaceholderPage(QWidget* parent) : QWidget(parent)
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setTextFormat(Qt::PlainText);
    m_descriptionLabel->setMaximumWidth(720); // long lines are hard to read

    m_comingLabel = new QLabel(this);
    m_comingLabel->setWordWrap(true);
    m_comingLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_titleLabel);
    layout->addSpacing(8);
    layout->addWidget(m_descriptionLabel);
    layout->addSpacing(16);
    layout->addWidget(m_comingLabel);
    layout->addStretch();
    retranslate();
}

void PlaceholderPage::retranslate()
{
    m_comingLabel->setText(tr("This part of Madoguchi is being built and will appear here."));
}

void PlaceholderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::setTitle(const QString& title)
{
    m_titleLabel->setText(title);
}

void PlaceholderPage::setDescription(const QString& description)
{
    m_descriptionLabel->setText(description);
}

QString PlaceholderPage::title() const
{
    return m_titleLabel->text();
}

QString PlaceholderPage::description() const
{
    return m_descriptionLabel->text();
}

} // namespace madoguchi::ui
