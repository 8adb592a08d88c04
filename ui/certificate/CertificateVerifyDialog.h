// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificate/CertificateVerifier.h"
#include "certificate/TrustedKeys.h"

#include <QDialog>

#include <memory>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

/// 検証: checks a certificate's signed code, pasted or typed by a barcode scanner (which types
/// the code and Enter), against the issuing keys this computer knows, offline. Says in plain words
/// whether it is valid, altered, expired, void or replaced by a newer one, with the recipient
/// number, kind, validity and issuer the code carries. Reads no personal data: the code has no
/// name, address or My Number.
class CertificateVerifyDialog : public QDialog
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the dialog; its issuing keys are read once.
    explicit CertificateVerifyDialog(Workspace& workspace, QWidget* parent = nullptr);
    /// With the keys and the local status given (no database: tests, a verifying-only device).
    CertificateVerifyDialog(certificate::TrustedKeys keys, QDate today,
                            std::shared_ptr<const certificate::CertificateStatusLookup> lookup,
                            QWidget* parent = nullptr);
    ~CertificateVerifyDialog() override;

    /// What the local certificate table knows (void, superseded); null: the signature alone.
    void setStatusLookup(std::shared_ptr<const certificate::CertificateStatusLookup> lookup);

    QString codeText() const;
    void setCodeText(const QString& text);
    /// The last result; nullopt before the first check.
    const std::optional<certificate::Verification>& verification() const { return m_result; }
    /// The verdict line as shown (e.g. 有効); empty before the first check.
    QString verdictText() const;
    /// The explanation as shown.
    QString explanationText() const;
    /// The certificate's facts as shown, one "label value" line each; empty when none.
    QString detailsText() const;

    /// The plain headline of a verdict.
    static QString verdictHeadline(certificate::Verdict verdict);

public slots:
    /// Checks the code in the input; true when the certificate is valid. The code stays selected,
    /// so the next scan replaces it.
    bool verify();
    void clear();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void showResult();

    certificate::TrustedKeys m_keys;
    QDate m_today;
    QString m_keysProblem; // why no key is known, shown under the input
    std::shared_ptr<const certificate::CertificateStatusLookup> m_lookup;
    std::optional<certificate::Verification> m_result;

    QLabel* m_introLabel = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLineEdit* m_codeEdit = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    QLabel* m_keysLabel = nullptr;
    QLabel* m_verdictLabel = nullptr;
    QLabel* m_explanationLabel = nullptr;
    QLabel* m_detailsCaption = nullptr;
    QWidget* m_detailsBox = nullptr;
    QFormLayout* m_detailsForm = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace madoguchi::ui
