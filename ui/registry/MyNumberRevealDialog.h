// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Session.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::mynumber {
class MyNumberService;
}

namespace madoguchi::ui {

/// Shows one person's My Number unmasked (mynumber.reveal): the clerk first states the purpose
/// (and the ledger the work belongs to, when they work in several); the reveal is audited by the
/// service. The number is shown for a limited time (30 s), then masked again: the label's text
/// and the one QString holding the digits are overwritten before they are released.
class MyNumberRevealDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kDefaultRevealMs = 30'000;

    /// workspace must be signed in and outlive the dialog. masked is what is shown before the
    /// reveal (●●●●●●●●1234).
    MyNumberRevealDialog(Workspace& workspace, const QString& personId, const QString& masked,
                         QWidget* parent = nullptr);
    ~MyNumberRevealDialog() override;

    /// How long the number stays visible (tests shorten it).
    void setRevealDuration(int milliseconds);
    int revealDuration() const { return m_revealMs; }

    /// The scopes in which this session may reveal numbers (the ledger choices).
    QList<security::Scope> revealScopes() const { return m_scopes; }
    bool isRevealed() const { return m_revealed; }
    /// What the number field shows now (the mask, or the number while revealed).
    QString shownText() const;
    QString messageText() const;

public slots:
    /// Asks the service for the number with the chosen purpose; refuses without one.
    void reveal();
    /// Hides the number again and wipes it.
    void remask();

signals:
    void revealed();
    void remasked();

protected:
    void done(int result) override;

private:
    void updateCountdown();
    void showMessage(const QString& text);

    Workspace& m_workspace;
    std::unique_ptr<mynumber::MyNumberService> m_service;
    QString m_personId;
    QString m_masked;
    QList<security::Scope> m_scopes;
    int m_revealMs = kDefaultRevealMs;
    bool m_revealed = false;
    QString m_shown; // the digits while revealed; wiped by remask()
    QLabel* m_introLabel = nullptr;
    QComboBox* m_purposeCombo = nullptr;
    QLabel* m_scopeLabel = nullptr;
    QComboBox* m_scopeCombo = nullptr;
    QLabel* m_numberLabel = nullptr;
    QLabel* m_countdownLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_revealButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QTimer* m_remaskTimer = nullptr;
    QTimer* m_countdownTimer = nullptr;
};

} // namespace madoguchi::ui
