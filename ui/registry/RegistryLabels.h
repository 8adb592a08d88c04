// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/Person.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace madoguchi::ui {

/// The words people read for the registry's codes (sex, handbook kinds, representative kinds,
/// history fields) and its dates.
class RegistryLabels
{
    Q_DECLARE_TR_FUNCTIONS(RegistryLabels)

public:
    static QString sex(const QString& code);
    static QString handbookKind(registry::HandbookKind kind);
    /// 1級, A, 2級 … as the kind writes its grade.
    static QString handbookGrade(registry::HandbookKind kind, const QString& grade);
    static QString representativeKind(registry::RepresentativeKind kind);
    /// The name of a changed field of the history ("family_name" → Family name).
    static QString historyField(const QString& field);
    /// A history value made readable (codes → words, ISO dates → 和暦); the value itself if it
    /// is not a code of that field.
    static QString historyValue(const QString& field, const QString& value);
    /// 令和7年7月18日 (2025-07-18); empty for an invalid date.
    static QString date(QDate date);
    /// 〒123-4567 for 7 digits; the text as stored otherwise.
    static QString postalCode(const QString& code);
    /// An ISO 8601 UTC instant as local date and time (2025-07-18 18:00).
    static QString instant(const QString& isoUtc);
};

} // namespace madoguchi::ui
