// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/LockScreen.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {

LockScreen::LockScreen(const QString& databasePath, const SignedInUser& user, QWidget* parent)
    : QWidget(parent), m_databasePath(databasePath), m_user(user)
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setAlignment(Qt::AlignHCenter);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_promptLabel = new QLabel(this);
    m_promptLabel->setAlignment(Qt::AlignHCenter);
    m_promptLabel->setWordWrap(true);
    m_promptLabel->setTextFormat(Qt::PlainText);

    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setMinimumWidth(320);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_unlockButton->setEnabled(!m_busy && !text.isEmpty());
    });

    m_unlockButton = new QPushButton(this);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setEnabled(false);
    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::tryUnlock);

    m_signOutButton = new QPushButton(this);
    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    m_signOutButton->setFlat(true);
    connect(m_signOutButton, &QPushButton::clicked, this, &LockScreen::signOutRequested);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAlignment(Qt::AlignHCenter);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();

    m_progressBar = new QProgressBar(this);
    m_progressBar->setRange(0, 0);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();

    auto* fieldLayout = new QHBoxLayout;
    fieldLayout->addStretch();
    fieldLayout->addWidget(m_passwordEdit);
    fieldLayout->addWidget(m_unlockButton);
    fieldLayout->addStretch();

    auto* signOutLayout = new QHBoxLayout;
    signOutLayout->addStretch();
    signOutLayout->addWidget(m_signOutButton);
    signOutLayout->addStretch();

    auto* column = new QVBoxLayout(this);
    column->addStretch(2);
    column->addWidget(m_titleLabel);
    column->addWidget(m_promptLabel);
    column->addSpacing(12);
    column->addLayout(fieldLayout);
    column->addWidget(m_errorLabel);
    column->addWidget(m_progressBar, 0, Qt::AlignHCenter);
    column->addSpacing(12);
    column->addLayout(signOutLayout);
    column->addStretch(3);

    retranslate();
}

LockScreen::~LockScreen() = default;

void LockScreen::retranslate()
{
    m_titleLabel->setText(tr("Madoguchi is locked"));
    const QString who = m_user.displayName.isEmpty()
                            ? m_user.login
                            : tr("%1 (%2)").arg(m_user.displayName, m_user.login);
    m_promptLabel->setText(tr("Signed in as %1. Type your password to continue.").arg(who));
    m_passwordEdit->setPlaceholderText(tr("Password"));
    m_unlockButton->setText(tr("&Unlock"));
    m_signOutButton->setText(tr("Sign &out instead"));
}

QString LockScreen::errorText() const
{
    return m_errorLabel->text();
}

void LockScreen::reset()
{
    m_passwordEdit->clear();
    m_errorLabel->clear();
    m_errorLabel->hide();
    m_passwordEdit->setFocus();
}

void LockScreen::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_passwordEdit->setEnabled(!busy);
    m_signOutButton->setEnabled(!busy);
    m_unlockButton->setEnabled(!busy && !m_passwordEdit->text().isEmpty());
    m_progressBar->setVisible(busy);
    if (busy) {
        m_errorLabel->clear();
        m_errorLabel->hide();
    }
    emit busyChanged(busy);
}

void LockScreen::tryUnlock()
{
    if (m_busy || m_passwordEdit->text().isEmpty())
        return;
    const QString path = m_databasePath;
    // Same key slot as at sign-in: a correct password unlocks it again. The key that comes back
    // is not needed and is wiped with the result.
    auto password = std::make_shared<security::SecureBuffer>(
        security::SecureBuffer::fromUtf8(m_passwordEdit->text()));
    m_passwordEdit->clear();
    const QString login = m_user.login;
    setBusy(true);
    runKeyTask(
        this, [path, login, password]() { return store::Database::unlock(path, login, *password); },
        [this](UnlockResult result) { finishUnlock(std::move(result)); });
}

void LockScreen::finishUnlock(UnlockResult result)
{
    setBusy(false);
    if (!result) {
        m_errorLabel->setText(result.message());
        m_errorLabel->show();
        m_passwordEdit->setFocus();
        return;
    }
    reset();
    emit unlocked();
}

} // namespace madoguchi::ui
