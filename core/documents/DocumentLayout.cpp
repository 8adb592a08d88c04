// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentLayout.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <optional>

namespace madoguchi::documents {

namespace {

struct Paper
{
    const char* name;
    double width;
    double height;
};

constexpr Paper kPapers[] = {
    {"A3", 297, 420}, {"A4", 210, 297}, {"A5", 148, 210}, {"B4", 257, 364}, {"B5", 182, 257},
};

// Field names a layout may never print (番号法: the My Number is not on any document).
bool looksLikeMyNumber(const QString& field)
{
    static const QRegularExpression pattern(
        QStringLiteral("my_?number|individual_?number|kojin_?bango|mynumber"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(field).hasMatch();
}

bool isFieldName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

/// Reads one JSON object with a fixed set of allowed keys; the first problem wins.
class Reader
{
public:
    Reader(const QJsonObject& object, QString where, QSet<QString>& used)
        : m_object(object), m_where(std::move(where)), m_used(used)
    {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = m_where + message;
    }

    bool has(const QString& key) const { return m_object.contains(key); }

    double number(const QString& key, double low, double high, std::optional<double> fallback = {})
    {
        m_used.insert(key);
        if (!m_object.contains(key)) {
            if (fallback)
                return *fallback;
            fail(DocumentLayout::tr("the key \"%1\" is missing.").arg(key));
            return 0;
        }
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(DocumentLayout::tr("\"%1\" must be a number.").arg(key));
            return 0;
        }
        const double number = value.toDouble();
        if (number < low || number > high) {
            fail(DocumentLayout::tr("\"%1\" is %2, outside %3 to %4.")
                     .arg(key)
                     .arg(number)
                     .arg(low)
                     .arg(high));
            return 0;
        }
        return number;
    }

    QString string(const QString& key, std::optional<QString> fallback = {})
    {
        m_used.insert(key);
        if (!m_object.contains(key)) {
            if (fallback)
                return *fallback;
            fail(DocumentLayout::tr("the key \"%1\" is missing.").arg(key));
            return {};
        }
        const QJsonValue value = m_object.value(key);
        if (!value.isString()) {
            fail(DocumentLayout::tr("\"%1\" must be text.").arg(key));
            return {};
        }
        return value.toString();
    }

    QString fieldName(const QString& key, bool required)
    {
        const QString name = required ? string(key) : string(key, QString());
        if (name.isEmpty())
            return name;
        if (!isFieldName(name))
            fail(DocumentLayout::tr("\"%1\" names the field \"%2\"; field names are lower-case "
                                    "letters, digits and underscores.")
                     .arg(key, name));
        else if (looksLikeMyNumber(name))
            fail(DocumentLayout::tr("\"%1\" names an individual number (My Number) field; "
                                    "documents never print the My Number.")
                     .arg(key));
        return name;
    }

    bool boolean(const QString& key)
    {
        m_used.insert(key);
        if (!m_object.contains(key))
            return false;
        const QJsonValue value = m_object.value(key);
        if (!value.isBool()) {
            fail(DocumentLayout::tr("\"%1\" must be true or false.").arg(key));
            return false;
        }
        return value.toBool();
    }

    Align align(const QString& key)
    {
        const QString text = string(key, QStringLiteral("left"));
        if (text == u"left")
            return Align::Left;
        if (text == u"center")
            return Align::Center;
        if (text == u"right")
            return Align::Right;
        fail(DocumentLayout::tr("\"%1\" must be left, center or right.").arg(key));
        return Align::Left;
    }

    ValueFormat format(const QString& key)
    {
        const QString text = string(key, QStringLiteral("plain"));
        if (text == u"plain")
            return ValueFormat::Plain;
        if (text == u"wareki")
            return ValueFormat::Wareki;
        if (text == u"yen")
            return ValueFormat::Yen;
        if (text == u"number")
            return ValueFormat::Number;
        fail(DocumentLayout::tr("\"%1\" must be plain, wareki, yen or number.").arg(key));
        return ValueFormat::Plain;
    }

    /// Every key of the object must have been read.
    void checkNoUnknownKeys()
    {
        for (const QString& key : m_object.keys()) {
            if (!m_used.contains(key)) {
                fail(DocumentLayout::tr("unknown key \"%1\".").arg(key));
                return;
            }
        }
    }

private:
    QJsonObject m_object;
    QString m_where;
    QSet<QString>& m_used;
    QString m_error;
};

/// {field} and {field:format} in literal text: known formats, field names that are allowed.
void checkPlaceholders(Reader& reader, const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    static const QStringList formats = {QStringLiteral("plain"), QStringLiteral("wareki"),
                                        QStringLiteral("yen"), QStringLiteral("number")};
    QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QString inside = it.next().captured(1);
        const QString name = inside.section(u':', 0, 0);
        const QString format = inside.contains(u':') ? inside.section(u':', 1) : QString();
        if (!isFieldName(name) || (!format.isEmpty() && !formats.contains(format)))
            reader.fail(DocumentLayout::tr("the placeholder {%1} must be {field} or "
                                           "{field:plain|wareki|yen|number}.")
                            .arg(inside));
        else if (looksLikeMyNumber(name))
            reader.fail(DocumentLayout::tr("the placeholder {%1} names an individual number (My "
                                           "Number) field; documents never print the My Number.")
                            .arg(inside));
    }
}

std::optional<ElementType> elementType(const QString& name)
{
    static const QHash<QString, ElementType> types = {
        {QStringLiteral("text"), ElementType::Text},
        {QStringLiteral("field"), ElementType::Field},
        {QStringLiteral("furigana"), ElementType::Furigana},
        {QStringLiteral("line"), ElementType::Line},
        {QStringLiteral("box"), ElementType::Box},
        {QStringLiteral("grid"), ElementType::Grid},
        {QStringLiteral("table"), ElementType::Table},
        {QStringLiteral("qr"), ElementType::Qr},
        {QStringLiteral("reissue"), ElementType::Reissue},
    };
    const auto found = types.constFind(name);
    if (found == types.constEnd())
        return std::nullopt;
    return *found;
}

Error layoutError(const QString& fileName, const QString& message)
{
    return Error{ErrorCode::InvalidInput,
                 DocumentLayout::tr("Document layout %1: %2").arg(fileName, message)};
}

} // namespace

Result<DocumentLayout> DocumentLayout::parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return layoutError(fileName, tr("not valid JSON at character %1 (%2).")
                                         .arg(parseError.offset)
                                         .arg(parseError.errorString()));
    if (!document.isObject())
        return layoutError(fileName, tr("the file must hold one JSON object."));

    DocumentLayout layout;
    layout.fileName = fileName;
    QSet<QString> used;
    Reader top(document.object(), QString(), used);
    layout.kind = top.string(QStringLiteral("kind"));
    layout.title = top.string(QStringLiteral("title"));
    layout.paper = top.string(QStringLiteral("paper"), QStringLiteral("A4"));
    const QString orientation =
        top.string(QStringLiteral("orientation"), QStringLiteral("portrait"));
    const QJsonValue elementsValue = document.object().value(QStringLiteral("elements"));
    used.insert(QStringLiteral("elements"));
    top.checkNoUnknownKeys();
    if (top.failed())
        return layoutError(fileName, top.error());
    if (!isFieldName(layout.kind))
        return layoutError(fileName, tr("\"kind\" must be lower-case letters, digits and "
                                        "underscores."));
    const Paper* paper = nullptr;
    for (const Paper& candidate : kPapers) {
        if (layout.paper == QLatin1String(candidate.name))
            paper = &candidate;
    }
    if (!paper)
        return layoutError(fileName, tr("\"paper\" must be A3, A4, A5, B4 or B5."));
    if (orientation != u"portrait" && orientation != u"landscape")
        return layoutError(fileName, tr("\"orientation\" must be portrait or landscape."));
    layout.landscape = orientation == u"landscape";
    layout.pageSizeMm = layout.landscape ? QSizeF(paper->height, paper->width)
                                         : QSizeF(paper->width, paper->height);
    if (!elementsValue.isArray() || elementsValue.toArray().isEmpty())
        return layoutError(fileName, tr("\"elements\" must be a list of at least one element."));

    const double pageW = layout.pageSizeMm.width();
    const double pageH = layout.pageSizeMm.height();
    const QJsonArray elements = elementsValue.toArray();
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QJsonValue value = elements.at(i);
        const QString elementName = tr("element %1").arg(i + 1);
        if (!value.isObject())
            return layoutError(fileName, tr("%1 must be a JSON object.").arg(elementName));
        const QJsonObject object = value.toObject();
        const QString typeName = object.value(QStringLiteral("type")).toString();
        const std::optional<ElementType> type = elementType(typeName);
        if (!type)
            return layoutError(fileName,
                               tr("%1 has the unknown type \"%2\".")
                                   .arg(elementName, object.value(QStringLiteral("type")).isString()
                                                         ? typeName
                                                         : tr("(none)")));
        QSet<QString> elementUsed{QStringLiteral("type")};
        Reader r(object, tr("%1 (%2): ").arg(elementName, typeName), elementUsed);
        LayoutElement element;
        element.type = *type;
        element.index = int(i);
        if (*type == ElementType::Line) {
            const double x = r.number(QStringLiteral("x"), 0, pageW);
            const double y = r.number(QStringLiteral("y"), 0, pageH);
            const double x2 = r.number(QStringLiteral("x2"), 0, pageW);
            const double y2 = r.number(QStringLiteral("y2"), 0, pageH);
            element.line = QLineF(x, y, x2, y2);
        } else {
            const double x = r.number(QStringLiteral("x"), 0, pageW);
            const double y = r.number(QStringLiteral("y"), 0, pageH);
            double w = 0;
            double h = 0;
            if (*type == ElementType::Qr) {
                w = h = r.number(QStringLiteral("size"), 5, 100);
            } else if (*type == ElementType::Grid || *type == ElementType::Table) {
                w = 0; // from the columns
            } else {
                w = r.number(QStringLiteral("w"), 0.5, pageW);
                h = r.number(QStringLiteral("h"), 0.5, pageH);
            }
            element.rect = QRectF(x, y, w, h);
        }
        element.lineWidth = r.number(QStringLiteral("lineWidth"), 0.05, 3, 0.3);
        switch (*type) {
        case ElementType::Text:
            element.field = r.fieldName(QStringLiteral("field"), false);
            element.text = r.string(QStringLiteral("text"), QString());
            if (!r.failed() && element.field.isEmpty() == element.text.isEmpty())
                r.fail(tr("give either \"field\" or \"text\"."));
            checkPlaceholders(r, element.text);
            element.format = r.format(QStringLiteral("format"));
            element.align = r.align(QStringLiteral("align"));
            element.fontSize = r.number(QStringLiteral("size"), 4, 72, 10.5);
            element.bold = r.boolean(QStringLiteral("bold"));
            element.border = r.boolean(QStringLiteral("border"));
            element.shrink = r.boolean(QStringLiteral("shrink"));
            element.wrap = r.boolean(QStringLiteral("wrap"));
            break;
        case ElementType::Field:
            element.text = r.string(QStringLiteral("label"));
            element.field = r.fieldName(QStringLiteral("field"), false);
            element.labelWidth = r.number(QStringLiteral("labelWidth"), 0, pageW);
            element.format = r.format(QStringLiteral("format"));
            element.align = r.align(QStringLiteral("align"));
            element.fontSize = r.number(QStringLiteral("size"), 4, 72, 10.5);
            element.kanaSize = r.number(QStringLiteral("labelSize"), 4, 72, 8);
            element.bold = r.boolean(QStringLiteral("bold"));
            element.shrink = r.boolean(QStringLiteral("shrink"));
            element.wrap = r.boolean(QStringLiteral("wrap"));
            if (!r.failed() && element.labelWidth >= element.rect.width())
                r.fail(tr("\"labelWidth\" must be less than \"w\"."));
            break;
        case ElementType::Furigana:
            element.field = r.fieldName(QStringLiteral("field"), true);
            element.kanaField = r.fieldName(QStringLiteral("kanaField"), true);
            element.fontSize = r.number(QStringLiteral("size"), 4, 72, 14);
            element.kanaSize = r.number(QStringLiteral("kanaSize"), 4, 36, 7);
            element.align = r.align(QStringLiteral("align"));
            element.border = r.boolean(QStringLiteral("border"));
            element.bold = r.boolean(QStringLiteral("bold"));
            break;
        case ElementType::Line:
        case ElementType::Box:
            break;
        case ElementType::Grid: {
            element.rows = int(r.number(QStringLiteral("rows"), 1, 100));
            element.rowHeight = r.number(QStringLiteral("rowHeight"), 1, pageH);
            elementUsed.insert(QStringLiteral("columns"));
            const QJsonValue columns = object.value(QStringLiteral("columns"));
            if (!columns.isArray() || columns.toArray().isEmpty()) {
                r.fail(tr("\"columns\" must be a list of column widths."));
                break;
            }
            double total = 0;
            for (const QJsonValue& width : columns.toArray()) {
                if (!width.isDouble() || !(width.toDouble() > 0)) {
                    r.fail(tr("\"columns\" must hold positive numbers."));
                    break;
                }
                element.columns << width.toDouble();
                total += width.toDouble();
            }
            element.rect.setSize(QSizeF(total, element.rows * element.rowHeight));
            break;
        }
        case ElementType::Table: {
            element.source = r.fieldName(QStringLiteral("source"), true);
            element.rows = int(r.number(QStringLiteral("rows"), 1, 100));
            element.rowHeight = r.number(QStringLiteral("rowHeight"), 1, pageH);
            element.fontSize = r.number(QStringLiteral("size"), 4, 72, 9);
            elementUsed.insert(QStringLiteral("columns"));
            const QJsonValue columns = object.value(QStringLiteral("columns"));
            if (!columns.isArray() || columns.toArray().isEmpty()) {
                r.fail(tr("\"columns\" must be a list of columns."));
                break;
            }
            double total = 0;
            const QJsonArray columnArray = columns.toArray();
            for (qsizetype c = 0; c < columnArray.size() && !r.failed(); ++c) {
                if (!columnArray.at(c).isObject()) {
                    r.fail(tr("column %1 must be a JSON object.").arg(c + 1));
                    break;
                }
                QSet<QString> columnUsed;
                Reader cr(columnArray.at(c).toObject(), tr("column %1: ").arg(c + 1), columnUsed);
                TableColumn column;
                column.title = cr.string(QStringLiteral("title"));
                column.field = cr.fieldName(QStringLiteral("field"), true);
                column.width = cr.number(QStringLiteral("w"), 1, pageW);
                column.align = cr.align(QStringLiteral("align"));
                column.format = cr.format(QStringLiteral("format"));
                cr.checkNoUnknownKeys();
                if (cr.failed())
                    r.fail(cr.error());
                total += column.width;
                element.tableColumns << column;
            }
            element.rect.setSize(QSizeF(total, (element.rows + 1) * element.rowHeight));
            break;
        }
        case ElementType::Qr:
            break;
        case ElementType::Reissue:
            element.text = r.string(QStringLiteral("text"), QStringLiteral("再交付"));
            element.fontSize = r.number(QStringLiteral("size"), 4, 72, 14);
            break;
        }
        r.checkNoUnknownKeys();
        if (r.failed())
            return layoutError(fileName, r.error());
        constexpr double kSlack = 0.01;
        if (*type != ElementType::Line &&
            (element.rect.right() > pageW + kSlack || element.rect.bottom() > pageH + kSlack))
            return layoutError(fileName,
                               tr("%1 (%2) runs off the %3 page (right edge %4 mm, bottom %5 mm).")
                                   .arg(elementName, typeName, layout.paper)
                                   .arg(element.rect.right())
                                   .arg(element.rect.bottom()));
        layout.elements << element;
    }
    return layout;
}

Result<DocumentLayout> DocumentLayout::load(const QString& kind)
{
    if (!isFieldName(kind))
        return Error{ErrorCode::NotFound, tr("There is no document layout \"%1\".").arg(kind)};
    const QString path = QStringLiteral(":/documents/%1.json").arg(kind);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, tr("There is no document layout \"%1\".").arg(kind)};
    Result<DocumentLayout> layout = parse(file.readAll(), kind + QStringLiteral(".json"));
    if (layout && layout->kind != kind)
        return layoutError(kind + QStringLiteral(".json"),
                           tr("\"kind\" is \"%1\", not the file's name.").arg(layout->kind));
    return layout;
}

QStringList DocumentLayout::builtInKinds()
{
    QStringList kinds;
    const QStringList files =
        QDir(QStringLiteral(":/documents")).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString& file : files)
        kinds << file.chopped(5);
    kinds.sort();
    return kinds;
}

} // namespace madoguchi::documents
