// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace madoguchi::intake {

/// The kind of value a form field holds.
enum class FieldType
{
    Text,    // text
    Date,    // date: ISO yyyy-MM-dd in stored data (the form's 和暦 input converts)
    Integer, // integer
    Choice,  // choice: one of the field's choice codes
    Boolean, // boolean
};

QString fieldTypeCode(FieldType type);
bool fieldTypeFromCode(QStringView code, FieldType* type);

/// One option of a choice field.
struct FieldChoice
{
    QString code;  // stable ASCII, stored
    QString label; // Japanese, shown
};

/// One field of a procedure's form.
struct FieldSpec
{
    QString code;  // stable ASCII, the key in the stored fields JSON
    QString label; // Japanese, shown beside the input
    FieldType type = FieldType::Text;
    bool required = false;
    QList<FieldChoice> choices; // Choice only
    int maxLength = 0;          // Text: 0 = no limit
    int digits = 0;             // Text: exactly this many ASCII digits (番号), 0 = any text
    std::optional<qint64> min;  // Integer
    std::optional<qint64> max;  // Integer

    bool hasChoice(const QString& choiceCode) const;
};

/// One document of a procedure's attachment checklist (添付書類).
struct AttachmentSpec
{
    QString code;
    QString label; // Japanese
    bool required = false;
};

/// A group of procedures that share one intake form in the UI.
struct ProcedureFamily
{
    QString code;
    QString name; // Japanese
};

/// One kind of application the counter takes (e.g. 介護給付費 支給申請).
struct ProcedureKind
{
    QString code; // stable ASCII, stored in application.procedure_code
    QString name; // Japanese
    QString family;
    security::Scope scope = security::Scope::WelfareService; // the ledger (台帳) it belongs to
    QList<int> assessmentItems; // the assessment's procedure numbers (1)–(18) it serves
    QList<FieldSpec> fields;    // own fields first, then those of the included sets
    QList<AttachmentSpec> attachments;

    const FieldSpec* field(const QString& fieldCode) const;
    const AttachmentSpec* attachment(const QString& attachmentCode) const;
};

/// The procedure kinds, read from resources/procedures/procedures.json and validated whole: a
/// malformed entry fails the load with a translated error naming it, and nothing is loaded.
class ProcedureCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureCatalog)

public:
    /// Parses procedure data (JSON text). InvalidInput naming the entry for anything malformed:
    /// bad JSON, unknown keys, missing names, unknown field types or scopes, duplicate codes,
    /// a choice field without choices, an unknown family or set.
    static Result<ProcedureCatalog> parse(const QString& text);
    /// Parses the shipped data (:/procedures/procedures.json).
    static Result<ProcedureCatalog> loadBuiltIn();
    /// The shipped data, loaded once. If it were malformed (the tests prevent that) the error is
    /// logged and the catalog is empty, so every submission is refused.
    static const ProcedureCatalog& builtIn();

    const QList<ProcedureFamily>& families() const { return m_families; }
    const QList<ProcedureKind>& procedures() const { return m_procedures; }
    const ProcedureKind* find(const QString& code) const;
    const ProcedureFamily* family(const QString& code) const;
    QList<const ProcedureKind*> inFamily(const QString& familyCode) const;
    bool isEmpty() const { return m_procedures.isEmpty(); }

private:
    QList<ProcedureFamily> m_families;
    QList<ProcedureKind> m_procedures;
};

} // namespace madoguchi::intake
