// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/DocumentData.h"

#include <QString>

namespace madoguchi::documents {

/// A made-up person for sample documents (tests, the bench, the reference pictures). myNumber
/// is a valid individual number so tests can show that it never reaches a document.
struct SamplePerson
{
    QString name;
    QString nameKana;
    QString birthDate; // ISO
    QString address;
    QString recipientNumber; // 10 digits (受給者証番号)
    QString myNumber;        // never copied into DocumentData
};

/// 山田 太郎 and 𠮷野 花子 (a name outside the BMP).
SamplePerson sampleYamada();
SamplePerson sampleYoshino();

/// Sample data of a kind for person: validity 2025-08-01 to 2026-07-31, cap 9,300円 (medical:
/// 5,000円), a services table, a 21×21 QR pattern. Not built from real decisions.
DocumentData sampleDocument(const QString& kind, const SamplePerson& person);

} // namespace madoguchi::documents
