// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificate/CertificateService.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace madoguchi {
class Workspace;
}

namespace madoguchi::ui {

class BatchPrinting;
class CertificateQueueModel;
class DocumentPreviewDialog;
class ReissueDialog;

/// 証明書・通知書: the print queue of recipient certificates (certificate.print). Lists the
/// certificates of the ledgers the clerk may print, with their state and who did what when, and
/// offers what each state allows: print (preview, then the printer chosen), hand over (交付),
/// mail (郵送), reissue (再交付, with a reason). "Issue a certificate" requests one for a person;
/// "Print all listed" prints the listed current certificates in one batch, to one PDF or a
/// printer, off the GUI thread. Errors from the core are shown as they come.
class CertificatesPage : public QWidget
{
    Q_OBJECT

public:
    /// workspace must be signed in and outlive the page.
    explicit CertificatesPage(Workspace& workspace, QWidget* parent = nullptr);
    ~CertificatesPage() override;

    CertificateQueueModel* model() const { return m_model; }
    BatchPrinting* batchPrinting() const { return m_batch; }
    /// The ledgers the session may print in (certificate.print).
    QList<security::Scope> ledgers() const { return m_ledgers; }

    /// Filters (nullopt: all) and lists again.
    void setLedgerFilter(std::optional<security::Scope> ledger);
    void setStateFilter(std::optional<certificate::CertificateState> state);
    /// Whether void certificates are listed (off by default).
    void setShowVoid(bool show);

    bool selectRow(int row);
    bool selectCertificate(const QString& certificateId);
    std::optional<certificate::Certificate> currentCertificate() const;
    /// The current certificate's holder as shown ("山田 太郎").
    QString currentPersonText() const;
    QString messageText() const;
    QString infoText() const;

    /// The preview of the selected certificate (not shown); its Print button records the print.
    /// Null (and a message) when it cannot be built.
    DocumentPreviewDialog* createPreview();
    /// The reissue dialog for the selected certificate (not shown).
    ReissueDialog* createReissueDialog();

public slots:
    void refresh();
    /// Print preview, then the print dialog; the print is recorded when the pages went out.
    bool printCurrent();
    bool handOverCurrent();
    bool mailCurrent();
    /// Asks the reason and reissues the selected certificate.
    bool reissueCurrent();
    /// Asks for the person, ledger and kind, and requests a certificate.
    bool issueCertificate();
    /// Prints every listed current certificate: asks PDF file or printer.
    bool printListedToPdf();
    bool printListedToPrinter();

signals:
    /// A certificate changed state or was issued.
    void certificatesChanged();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void showMessage(const QString& text);
    void showInfo(const QString& text);
    void loadNames();
    QStringList listedCurrentIds() const;
    bool afterChange(const Status& status, const QString& selectId, const QString& done);

    Workspace& m_workspace;
    std::unique_ptr<certificate::CertificateService> m_service;
    CertificateQueueModel* m_model = nullptr;
    BatchPrinting* m_batch = nullptr;
    QList<security::Scope> m_ledgers;
    bool m_listed = false;
    bool m_updating = false;

    QLabel* m_titleLabel = nullptr;
    QLabel* m_ledgerLabel = nullptr;
    QComboBox* m_ledgerCombo = nullptr;
    QLabel* m_stateLabel = nullptr;
    QComboBox* m_stateCombo = nullptr;
    QCheckBox* m_voidCheck = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_issueButton = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLabel* m_infoLabel = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_handOverButton = nullptr;
    QPushButton* m_mailButton = nullptr;
    QPushButton* m_reissueButton = nullptr;
    QPushButton* m_batchPdfButton = nullptr;
    QPushButton* m_batchPrinterButton = nullptr;
};

} // namespace madoguchi::ui
