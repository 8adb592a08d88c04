// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace madoguchi::documents {

/// How a value is printed.
enum class ValueFormat
{
    Plain,  // as given
    Wareki, // an ISO date printed as 令和7年8月1日
    Yen,    // digits printed as 9,300円
    Number, // digits printed as 9,300
};

enum class Align
{
    Left,
    Center,
    Right,
};

/// What an element draws. All positions and sizes are in millimetres from the page's top left;
/// font sizes are in points.
enum class ElementType
{
    Text,     // literal text (with {field} or {field:format} placeholders) or one field's value
    Field,    // a labelled box: label cell on the left, value cell on the right
    Furigana, // a name with its kana reading above it
    Line,     // a straight line from (x, y) to (x2, y2)
    Box,      // a rectangle outline
    Grid,     // a rectangle divided into columns (widths) and equal rows
    Table,    // repeated rows from the data (a header line, then one line per row)
    Qr,       // the QR code of the data, drawn as squares with its quiet zone
    Reissue,  // the 再交付 mark, drawn only when the data says reissue
};

struct TableColumn
{
    QString title;
    QString field;
    double width = 0;
    Align align = Align::Left;
    ValueFormat format = ValueFormat::Plain;
};

/// One element of a layout, as read from its JSON object.
struct LayoutElement
{
    ElementType type = ElementType::Text;
    int index = 0;     // position in the layout's "elements" array (for messages)
    QRectF rect;       // x, y, w, h in mm (Line: unused)
    QLineF line;       // Line only
    QString text;      // Text: literal with placeholders; Field: the label; Reissue: the mark
    QString field;     // the data field printed (Text, Field, Furigana)
    QString kanaField; // Furigana: the reading's field
    ValueFormat format = ValueFormat::Plain;
    Align align = Align::Left;
    double fontSize = 10.5;
    double kanaSize = 7;    // Furigana: the reading's size
    double labelWidth = 0;  // Field: width of the label cell
    double lineWidth = 0.3; // mm, for borders and lines
    bool bold = false;
    bool border = false;
    bool shrink = false;   // shrink the font until the value fits the width (long names)
    bool wrap = false;     // wrap onto several lines inside the box
    QList<double> columns; // Grid: column widths
    int rows = 0;          // Grid: rows; Table: rows drawn (filled or blank)
    double rowHeight = 0;  // Grid, Table
    QString source;        // Table: the data table's name
    QList<TableColumn> tableColumns;
};

/// A document's layout: page and elements, read from resources/documents/<kind>.json. One
/// renderer (DocumentRenderer) draws every layout; there is no drawing code per document.
struct DocumentLayout
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLayout)

public:
    QString kind;      // e.g. welfare_certificate
    QString title;     // the document's name, e.g. 障害福祉サービス受給者証
    QString fileName;  // where it was read from (for messages)
    QSizeF pageSizeMm; // width × height as printed (landscape already applied)
    QString paper;     // A4, A5, B5, B4, A3
    bool landscape = false;
    QList<LayoutElement> elements;

    /// Parses a layout strictly: unknown element types or keys, missing keys, numbers that are
    /// not numbers or fall off the page are refused with a translated message naming fileName and
    /// the element. Never crashes on any input.
    static Result<DocumentLayout> parse(const QByteArray& json, const QString& fileName);
    /// The built-in layout of a kind (:/documents/<kind>.json); NotFound for unknown kinds.
    static Result<DocumentLayout> load(const QString& kind);
    /// The kinds of the built-in layouts, sorted.
    static QStringList builtInKinds();
};

} // namespace madoguchi::documents
