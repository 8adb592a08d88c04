// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace madoguchi::ui {

/// Setting up an authenticator app: plain instructions, the otpauth URI as a QR code, the secret
/// in groups of four for typing by hand, and (unless only shown) a field for the first code.
/// Holds the secret only in its labels; clearSecret() empties them.
class TotpEnrolmentWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TotpEnrolmentWidget(QWidget* parent = nullptr);
    ~TotpEnrolmentWidget() override;

    /// Shows uri (never logged) for login.
    void setEnrolment(const QString& uri, const QString& login);
    /// Forgets the QR code and the secret shown.
    void clearSecret();
    /// Whether the person is asked for a code (set-up) or only shown the code (administrator).
    void setCodeRequested(bool requested);

    QImage qrImage() const { return m_qrImage; }
    QString groupedSecretText() const;
    QString code() const;
    void clearCode();
    QString errorText() const;
    void showError(const QString& message);
    void focusCode();

signals:
    void codeChanged();
    /// Return was pressed in the code field with six digits in it.
    void codeSubmitted();

private:
    static QString stepsText(bool codeRequested);

    QImage m_qrImage;
    QLabel* m_stepsLabel = nullptr;
    QLabel* m_qrLabel = nullptr;
    QLabel* m_accountLabel = nullptr;
    QLabel* m_secretCaptionLabel = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLabel* m_codeCaptionLabel = nullptr;
    QLineEdit* m_codeEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    bool m_codeRequested = true;
};

/// A field for a six-digit code: digits only, large, spaced.
QLineEdit* createCodeEdit(QWidget* parent);

} // namespace madoguchi::ui
