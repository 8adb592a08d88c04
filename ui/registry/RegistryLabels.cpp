// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RegistryLabels.h"

#include "japanese/Wareki.h"

#include <QDateTime>
#include <QStringList>

namespace madoguchi::ui {

using registry::HandbookKind;
using registry::RepresentativeKind;

QString RegistryLabels::sex(const QString& code)
{
    if (code == u"male")
        return tr("Male");
    if (code == u"female")
        return tr("Female");
    return code;
}

QString RegistryLabels::handbookKind(HandbookKind kind)
{
    switch (kind) {
    case HandbookKind::Physical:
        return tr("Physical disability certificate (身体障害者手帳)");
    case HandbookKind::Intellectual:
        return tr("Rehabilitation certificate (療育手帳)");
    case HandbookKind::Mental:
        return tr("Mental disability certificate (精神障害者保健福祉手帳)");
    }
    return {};
}

QString RegistryLabels::handbookGrade(HandbookKind kind, const QString& grade)
{
    if (kind == HandbookKind::Intellectual)
        return grade;
    //: A handbook grade: 1級, 2級 …
    return tr("Grade %1").arg(grade);
}

QString RegistryLabels::representativeKind(RepresentativeKind kind)
{
    switch (kind) {
    case RepresentativeKind::Parent:
        return tr("Parent with custody (親権者)");
    case RepresentativeKind::Guardian:
        return tr("Guardian (後見人)");
    case RepresentativeKind::Curator:
        return tr("Curator (保佐人)");
    case RepresentativeKind::Assistant:
        return tr("Assistant (補助人)");
    case RepresentativeKind::Other:
        return tr("Other representative");
    }
    return {};
}

QString RegistryLabels::historyField(const QString& field)
{
    struct Entry
    {
        const char16_t* code;
        const char* text;
    };
    static const Entry entries[] = {
        {u"family_name", QT_TR_NOOP("Family name")},
        {u"given_name", QT_TR_NOOP("Given name")},
        {u"family_kana", QT_TR_NOOP("Family name (kana)")},
        {u"given_kana", QT_TR_NOOP("Given name (kana)")},
        {u"birth_date", QT_TR_NOOP("Date of birth")},
        {u"sex", QT_TR_NOOP("Sex")},
        {u"phone", QT_TR_NOOP("Phone")},
        {u"address", QT_TR_NOOP("Address")},
        {u"household_id", QT_TR_NOOP("Household")},
        {u"relationship_to_head", QT_TR_NOOP("Relationship to the head of household")},
        {u"handbook", QT_TR_NOOP("Handbook recorded")},
        {u"representative", QT_TR_NOOP("Representative recorded")},
        {u"representative_end", QT_TR_NOOP("Representative's term ended")},
        {u"merged_into", QT_TR_NOOP("Merged into another record")},
        {u"merged_from", QT_TR_NOOP("Another record merged into this one")},
        {u"confirmed_not_duplicate_of", QT_TR_NOOP("Registered although similar records exist")},
    };
    for (const Entry& entry : entries) {
        if (field == QStringView(entry.code))
            return tr(entry.text);
    }
    return field;
}

QString RegistryLabels::historyValue(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return {};
    if (field == u"sex")
        return sex(value);
    if (field == u"birth_date" || field == u"representative_end") {
        const QDate day = QDate::fromString(value, Qt::ISODate);
        return day.isValid() ? date(day) : value;
    }
    if (field == u"household_id" || field == u"merged_into" || field == u"merged_from" ||
        field == u"confirmed_not_duplicate_of") {
        // Record ids mean nothing to people: a short tail tells records apart.
        QStringList shortIds;
        for (const QString& id : value.split(u' ', Qt::SkipEmptyParts))
            shortIds << u'…' + id.right(6);
        return shortIds.join(u' ');
    }
    if (field == u"handbook") {
        const QStringList parts = value.split(u' ');
        HandbookKind kind = HandbookKind::Physical;
        if (parts.size() == 2 && registry::handbookKindFromCode(parts.first(), &kind))
            return handbookKind(kind) + u' ' + handbookGrade(kind, parts.last());
        return value;
    }
    if (field == u"representative") {
        RepresentativeKind kind = RepresentativeKind::Parent;
        if (registry::representativeKindFromCode(value, &kind))
            return representativeKind(kind);
    }
    return value;
}

QString RegistryLabels::date(QDate date)
{
    return japanese::Wareki::formatDisplay(date);
}

QString RegistryLabels::postalCode(const QString& code)
{
    if (code.size() == 7)
        return u'〒' + code.left(3) + u'-' + code.mid(3);
    return code.isEmpty() ? QString() : u'〒' + code;
}

QString RegistryLabels::instant(const QString& isoUtc)
{
    QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!when.isValid())
        return isoUtc;
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace madoguchi::ui
