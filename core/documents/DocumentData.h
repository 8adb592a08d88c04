// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificate/QrMatrix.h"

#include <QHash>
#include <QList>
#include <QString>

namespace madoguchi::documents {

/// One repeated row of a document (a line of the services table, a month of the 上限額管理票).
using DocumentRow = QHash<QString, QString>;

/// The values one document is filled with. Plain data: building it from decisions and ledgers is
/// the caller's work. Values are text as stored: dates as ISO dates (2025-08-01; the layout says
/// whether to print them in 和暦) and amounts as plain digits (9300; the layout adds 円 and the
/// thousands separators).
///
/// The My Number is never part of a document: there is no member for it, layouts may not name a
/// field that looks like one (DocumentLayout refuses it), and the renderer blanks any value that is
/// a valid 12-digit individual number (番号法: 受給者証 do not carry it).
struct DocumentData
{
    QString kind;                              // the layout's kind, e.g. welfare_certificate
    QHash<QString, QString> fields;            // field name → value
    QHash<QString, QList<DocumentRow>> tables; // table source name → rows
    QList<QList<bool>> qrModules;              // the QR code's modules, rows of dark (true)
    bool reissue = false;                      // 再交付: the layout's reissue mark is printed

    QString value(const QString& field) const { return fields.value(field); }
};

/// The modules of a QR code (certificate::QrMatrix, without quiet zone) as DocumentData wants them.
inline QList<QList<bool>> qrModulesOf(const certificate::QrMatrix& matrix)
{
    QList<QList<bool>> modules;
    for (int y = 0; y < matrix.size(); ++y) {
        QList<bool> row;
        row.reserve(matrix.size());
        for (int x = 0; x < matrix.size(); ++x)
            row << matrix.isDark(x, y);
        modules << row;
    }
    return modules;
}

/// A document to render: the layout's kind and its data (kind is taken from data.kind).
using DocumentBatch = QList<DocumentData>;

} // namespace madoguchi::documents
