// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentRenderer.h"

#include "documents/DocumentFonts.h"
#include "japanese/Wareki.h"
#include "mynumber/MyNumber.h"

#include <QDate>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>

namespace madoguchi::documents {

namespace {

constexpr double kMmPerPoint = 25.4 / 72.0;
constexpr double kPaddingMm = 1.0;

QString withSeparators(const QString& digits)
{
    static const QRegularExpression pattern(QStringLiteral("^-?[0-9]+$"));
    if (!pattern.match(digits).hasMatch())
        return {};
    const bool negative = digits.startsWith(u'-');
    QString body = negative ? digits.mid(1) : digits;
    for (qsizetype i = body.size() - 3; i > 0; i -= 3)
        body.insert(i, u',');
    return negative ? QStringLiteral("-") + body : body;
}

Qt::Alignment horizontal(Align align)
{
    switch (align) {
    case Align::Center:
        return Qt::AlignHCenter;
    case Align::Right:
        return Qt::AlignRight;
    case Align::Left:
        break;
    }
    return Qt::AlignLeft;
}

/// Millimetres of the layout to device coordinates of the painter.
class Canvas
{
public:
    Canvas(QPainter& painter, const QRectF& pageRect, const QSizeF& pageMm, QString family)
        : m_painter(painter), m_family(std::move(family))
    {
        m_scale = std::min(pageRect.width() / pageMm.width(), pageRect.height() / pageMm.height());
        m_origin = pageRect.topLeft();
    }

    QPainter& painter() { return m_painter; }
    double len(double mm) const { return mm * m_scale; }
    QPointF point(double x, double y) const { return m_origin + QPointF(len(x), len(y)); }
    QRectF rect(const QRectF& mm) const
    {
        return QRectF(point(mm.x(), mm.y()), QSizeF(len(mm.width()), len(mm.height())));
    }

    QFont font(double points, bool bold) const
    {
        QFont font(m_family);
        font.setPixelSize(std::max(1, int(len(points * kMmPerPoint) + 0.5)));
        font.setBold(bold);
        font.setKerning(false);
        font.setStyleStrategy(QFont::PreferOutline);
        return font;
    }

    void pen(double widthMm)
    {
        QPen pen(Qt::black);
        pen.setWidthF(len(widthMm));
        pen.setJoinStyle(Qt::MiterJoin);
        m_painter.setPen(pen);
        m_painter.setBrush(Qt::NoBrush);
    }

    void box(const QRectF& mm, double widthMm)
    {
        pen(widthMm);
        m_painter.drawRect(rect(mm));
    }

    void line(double x1, double y1, double x2, double y2, double widthMm)
    {
        pen(widthMm);
        m_painter.drawLine(point(x1, y1), point(x2, y2));
    }

    /// Draws text in a box (mm). shrink: the font shrinks until one line fits the width.
    void text(const QRectF& mm, const QString& text, double points, bool bold, Qt::Alignment align,
              bool shrink, bool wrap)
    {
        if (text.isEmpty())
            return;
        const QRectF inner = rect(mm.adjusted(kPaddingMm, 0, -kPaddingMm, 0));
        QFont font = this->font(points, bold);
        if (shrink && !wrap) {
            const QFontMetricsF metrics(font, m_painter.device());
            const double width = metrics.horizontalAdvance(text);
            if (width > inner.width() && width > 0) {
                const int size = std::max(1, int(font.pixelSize() * inner.width() / width));
                font.setPixelSize(std::max(size, font.pixelSize() * 2 / 5));
            }
        }
        m_painter.setFont(font);
        m_painter.setPen(Qt::black);
        int flags = int(align);
        if (!(align & Qt::AlignVertical_Mask))
            flags |= wrap ? Qt::AlignTop : Qt::AlignVCenter;
        if (wrap)
            flags |= Qt::TextWordWrap;
        m_painter.drawText(inner, flags, text);
    }

private:
    QPainter& m_painter;
    QString m_family;
    double m_scale = 1;
    QPointF m_origin;
};

void drawTable(Canvas& canvas, const LayoutElement& element, const DocumentData& data)
{
    const QList<DocumentRow> rows = data.tables.value(element.source);
    const double x0 = element.rect.x();
    const double y0 = element.rect.y();
    const double h = element.rowHeight;
    const double width = element.rect.width();
    const int lines = element.rows + 1;
    canvas.box(element.rect, element.lineWidth);
    for (int i = 1; i < lines; ++i)
        canvas.line(x0, y0 + i * h, x0 + width, y0 + i * h,
                    i == 1 ? element.lineWidth * 1.5 : element.lineWidth * 0.6);
    double x = x0;
    for (qsizetype c = 0; c < element.tableColumns.size(); ++c) {
        const TableColumn& column = element.tableColumns.at(c);
        if (c > 0)
            canvas.line(x, y0, x, y0 + lines * h, element.lineWidth * 0.6);
        canvas.text(QRectF(x, y0, column.width, h), column.title, element.fontSize * 0.9, false,
                    Qt::AlignHCenter, true, false);
        for (int r = 0; r < element.rows && r < rows.size(); ++r) {
            const QString value =
                DocumentRenderer::formatValue(rows.at(r).value(column.field), column.format);
            canvas.text(QRectF(x, y0 + (r + 1) * h, column.width, h), value, element.fontSize,
                        false, horizontal(column.align), true, false);
        }
        x += column.width;
    }
}

void drawQr(Canvas& canvas, const LayoutElement& element, const DocumentData& data)
{
    const QList<QList<bool>>& modules = data.qrModules;
    if (modules.isEmpty())
        return;
    const qsizetype count = modules.size();
    constexpr int kQuietZone = 4;
    const double module = element.rect.width() / double(count + 2 * kQuietZone);
    QPainter& painter = canvas.painter();
    painter.setPen(Qt::NoPen);
    for (qsizetype row = 0; row < count; ++row) {
        const QList<bool>& line = modules.at(row);
        qsizetype column = 0;
        while (column < line.size()) {
            if (!line.at(column)) {
                ++column;
                continue;
            }
            qsizetype end = column;
            while (end < line.size() && line.at(end))
                ++end;
            // Runs of dark modules as one rectangle each: fewer PDF operators, no hairline gaps.
            const QRectF mm(element.rect.x() + (kQuietZone + column) * module,
                            element.rect.y() + (kQuietZone + row) * module, (end - column) * module,
                            module);
            painter.fillRect(canvas.rect(mm), Qt::black);
            column = end;
        }
    }
}

} // namespace

QString DocumentRenderer::withoutMyNumbers(const QString& value)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9])([0-9][ \\-]?){11}[0-9](?![0-9])"));
    if (value.size() < mynumber::MyNumber::kLength)
        return value;
    QString result = value;
    QRegularExpressionMatchIterator it = pattern.globalMatch(value);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches << it.next();
    for (qsizetype i = matches.size() - 1; i >= 0; --i) {
        QString digits = matches.at(i).captured(0);
        digits.remove(u' ');
        digits.remove(u'-');
        if (mynumber::MyNumber::isValid(digits))
            result.remove(matches.at(i).capturedStart(0), matches.at(i).capturedLength(0));
    }
    return result;
}

QString DocumentRenderer::formatValue(const QString& raw, ValueFormat format)
{
    QString value = raw;
    switch (format) {
    case ValueFormat::Plain:
        break;
    case ValueFormat::Wareki: {
        const QDate date = QDate::fromString(raw, Qt::ISODate);
        const QString long_ = date.isValid() ? japanese::Wareki::formatLong(date) : QString();
        if (!long_.isEmpty())
            value = long_;
        break;
    }
    case ValueFormat::Yen: {
        const QString digits = withSeparators(raw);
        if (!digits.isEmpty())
            value = digits + QStringLiteral("円");
        break;
    }
    case ValueFormat::Number: {
        const QString digits = withSeparators(raw);
        if (!digits.isEmpty())
            value = digits;
        break;
    }
    }
    return withoutMyNumbers(value);
}

QString DocumentRenderer::expand(const QString& text, const DocumentData& data)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\{([a-z][a-z0-9_]*)(?::(plain|wareki|yen|number))?\\}"));
    if (!text.contains(u'{'))
        return text;
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart(0) - last);
        const QString formatName = match.captured(2);
        ValueFormat format = ValueFormat::Plain;
        if (formatName == u"wareki")
            format = ValueFormat::Wareki;
        else if (formatName == u"yen")
            format = ValueFormat::Yen;
        else if (formatName == u"number")
            format = ValueFormat::Number;
        result += formatValue(data.value(match.captured(1)), format);
        last = match.capturedEnd(0);
    }
    result += text.mid(last);
    return result;
}

void DocumentRenderer::render(const DocumentLayout& layout, const DocumentData& data,
                              QPainter& painter, const QRectF& pageRect)
{
    const Result<QString> family = DocumentFonts::family();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    Canvas canvas(painter, pageRect, layout.pageSizeMm,
                  family ? family.value() : painter.font().family());
    for (const LayoutElement& element : layout.elements) {
        switch (element.type) {
        case ElementType::Text: {
            const QString value = element.field.isEmpty()
                                      ? expand(element.text, data)
                                      : formatValue(data.value(element.field), element.format);
            if (element.border)
                canvas.box(element.rect, element.lineWidth);
            canvas.text(element.rect, value, element.fontSize, element.bold,
                        horizontal(element.align), element.shrink, element.wrap);
            break;
        }
        case ElementType::Field: {
            canvas.box(element.rect, element.lineWidth);
            const double split = element.rect.x() + element.labelWidth;
            if (element.labelWidth > 0) {
                canvas.line(split, element.rect.top(), split, element.rect.bottom(),
                            element.lineWidth);
                canvas.text(QRectF(element.rect.x(), element.rect.y(), element.labelWidth,
                                   element.rect.height()),
                            element.text, element.kanaSize, false,
                            Qt::AlignHCenter | Qt::AlignVCenter, false, true);
            }
            if (!element.field.isEmpty()) {
                const QRectF valueRect(split + 1, element.rect.y(),
                                       element.rect.width() - element.labelWidth - 1,
                                       element.rect.height());
                const QString value = formatValue(data.value(element.field), element.format);
                canvas.text(element.wrap ? valueRect.adjusted(0, 1, 0, -1) : valueRect, value,
                            element.fontSize, element.bold, horizontal(element.align),
                            element.shrink, element.wrap);
            }
            break;
        }
        case ElementType::Furigana: {
            if (element.border)
                canvas.box(element.rect, element.lineWidth);
            const QRectF& r = element.rect;
            const double kanaHeight =
                std::min(r.height() * 0.4, element.kanaSize * kMmPerPoint + 1.5);
            canvas.text(QRectF(r.x(), r.y() + 0.3, r.width(), kanaHeight),
                        formatValue(data.value(element.kanaField), ValueFormat::Plain),
                        element.kanaSize, false, horizontal(element.align), true, false);
            canvas.text(QRectF(r.x(), r.y() + kanaHeight, r.width(), r.height() - kanaHeight),
                        formatValue(data.value(element.field), ValueFormat::Plain),
                        element.fontSize, element.bold, horizontal(element.align), true, false);
            break;
        }
        case ElementType::Line:
            canvas.line(element.line.x1(), element.line.y1(), element.line.x2(), element.line.y2(),
                        element.lineWidth);
            break;
        case ElementType::Box:
            canvas.box(element.rect, element.lineWidth);
            break;
        case ElementType::Grid: {
            canvas.box(element.rect, element.lineWidth);
            double x = element.rect.x();
            for (qsizetype c = 0; c + 1 < element.columns.size(); ++c) {
                x += element.columns.at(c);
                canvas.line(x, element.rect.top(), x, element.rect.bottom(), element.lineWidth);
            }
            for (int r = 1; r < element.rows; ++r) {
                const double y = element.rect.y() + r * element.rowHeight;
                canvas.line(element.rect.left(), y, element.rect.right(), y, element.lineWidth);
            }
            break;
        }
        case ElementType::Table:
            drawTable(canvas, element, data);
            break;
        case ElementType::Qr:
            drawQr(canvas, element, data);
            break;
        case ElementType::Reissue:
            if (data.reissue) {
                canvas.box(element.rect, element.lineWidth * 2);
                canvas.text(element.rect, element.text, element.fontSize, true, Qt::AlignHCenter,
                            true, false);
            }
            break;
        }
    }
    painter.restore();
}

} // namespace madoguchi::documents
