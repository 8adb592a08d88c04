// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/Application.h"
#include "intake/ProcedureCatalog.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTimer;

namespace madoguchi {
class Workspace;
}
namespace madoguchi::intake {
class IntakeService;
}

namespace madoguchi::ui {

class ApplicantPicker;
class WarekiDateEdit;

/// 申請受付: the clerk picks a procedure family and a procedure (ProcedureCatalog); the form is
/// built from the procedure's field data (text, date in 和暦, integer, choice, yes/no) with its
/// attachment checklist, 受付日 (today by default), channel (窓口・郵送・出張受付), the applicant
/// (a small search) and an unregistered representative.
///
/// Nothing typed is lost: the form is saved as a draft every few seconds and shortly after each
/// change (IntakeService drafts, in the encrypted database), and the newest draft of the signed-in
/// account comes back when the page is made again. Problems show inline under each field and
/// never clear the form. Keyboard first: tab order follows the form, Enter moves to the next
/// field and never submits; Submit (or Ctrl+Return) does. No input masks, so IME input works.
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAutosaveIntervalMs = 3000;
    static constexpr int kChangeDebounceMs = 700;

    /// workspace must be signed in and outlive the page. Restores the account's newest draft.
    explicit IntakePage(Workspace& workspace, QWidget* parent = nullptr);
    /// Saves unsaved changes as a draft.
    ~IntakePage() override;

    QString familyCode() const;
    QString procedureCode() const;
    /// Chooses the procedure (and its family); false if it is unknown or not allowed.
    bool selectProcedure(const QString& procedureCode);
    /// The procedures this session may take, by family (application.intake in their scope).
    QList<const intake::ProcedureKind*> allowedProcedures() const;

    /// The input of a form field (QLineEdit, WarekiDateEdit, QComboBox or QCheckBox).
    QWidget* fieldWidget(const QString& fieldCode) const;
    /// The problem shown under a field (also "person_id", "received_on", "representative");
    /// empty if none is shown.
    QString fieldError(const QString& fieldCode) const;
    QCheckBox* attachmentCheck(const QString& attachmentCode) const;
    ApplicantPicker* applicantPicker() const { return m_applicant; }
    WarekiDateEdit* receivedOnEdit() const { return m_receivedOnEdit; }

    /// What a draft stores: the form as it is, valid or not.
    QJsonObject formState() const;
    /// The request the form makes now.
    intake::IntakeRequest request() const;
    QString draftId() const { return m_draftId; }
    bool hasUnsavedChanges() const { return m_dirty; }
    /// Whether anything was entered (the applicant, a field, an attachment).
    bool hasContent() const;
    /// The number of the application submitted last; empty before.
    QString applicationNumber() const { return m_applicationNumber; }
    QString messageText() const;
    QString draftStatusText() const;

    /// Autosave timing (tests shorten it).
    void setAutosaveIntervals(int periodicMs, int debounceMs);

public slots:
    /// Saves the form as a draft now if it changed; false if saving failed.
    bool saveDraftNow();
    /// Validates and submits; shows the application number, or the problems inline.
    void submit();
    /// Discards the draft and empties the form for the next application.
    void startNew();

signals:
    void submitted(const QString& applicationId, const QString& applicationNumber);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct FieldRow
    {
        intake::FieldSpec spec;
        QWidget* input = nullptr;
        QLabel* error = nullptr;
    };

    void buildFixedPart();
    void fillFamilies();
    void fillProcedures();
    void onProcedureChosen();
    void rebuildForm();
    void applyFieldValues(const QJsonObject& values, const QJsonObject& eras);
    QJsonObject fieldValues() const;
    QJsonObject dateEras() const;
    QStringList checkedAttachments() const;
    void restoreLatestDraft();
    void restoreForm(const QJsonObject& form);
    void resetForm();
    void markChanged(const QString& key = {});
    void touch(const QString& fieldCode);
    void refreshErrors();
    void showError(QLabel* label, const QString& text);
    void setNaturalTabOrder();
    void showMessage(const QString& text, bool error);
    const intake::ProcedureKind* currentProcedure() const;

    Workspace& m_workspace;
    std::unique_ptr<intake::IntakeService> m_service;

    QScrollArea* m_scroll = nullptr;
    QComboBox* m_familyCombo = nullptr;
    QComboBox* m_procedureCombo = nullptr;
    ApplicantPicker* m_applicant = nullptr;
    QLabel* m_applicantError = nullptr;
    WarekiDateEdit* m_receivedOnEdit = nullptr;
    QLabel* m_receivedOnError = nullptr;
    QComboBox* m_channelCombo = nullptr;
    QLineEdit* m_representativeEdit = nullptr;
    QLabel* m_representativeError = nullptr;
    QGroupBox* m_formBox = nullptr;
    QFormLayout* m_formLayout = nullptr;
    QGroupBox* m_attachmentBox = nullptr;
    QGridLayout* m_attachmentLayout = nullptr;
    QLabel* m_attachmentError = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
    QLabel* m_draftLabel = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_submitButton = nullptr;
    QTimer* m_autosaveTimer = nullptr;
    QTimer* m_debounceTimer = nullptr;

    QList<FieldRow> m_rows;
    QList<QCheckBox*> m_attachmentChecks;
    QJsonObject m_carried; // values of fields left behind by a procedure switch
    QString m_draftId;
    QString m_applicationNumber;
    intake::FieldErrors m_submitErrors; // the last submit's problems outside the field rows
    QSet<QString> m_touched;
    bool m_showAllErrors = false;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace madoguchi::ui
