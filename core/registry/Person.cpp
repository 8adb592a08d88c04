// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/Person.h"

namespace madoguchi::registry {

namespace {

constexpr struct
{
    HandbookKind kind;
    const char16_t* code;
} kHandbookKinds[] = {
    {HandbookKind::Physical, u"physical"},
    {HandbookKind::Intellectual, u"intellectual"},
    {HandbookKind::Mental, u"mental"},
};

constexpr struct
{
    RepresentativeKind kind;
    const char16_t* code;
} kRepresentativeKinds[] = {
    {RepresentativeKind::Parent, u"parent"},   {RepresentativeKind::Guardian, u"guardian"},
    {RepresentativeKind::Curator, u"curator"}, {RepresentativeKind::Assistant, u"assistant"},
    {RepresentativeKind::Other, u"other"},
};

} // namespace

QString handbookKindCode(HandbookKind kind)
{
    for (const auto& entry : kHandbookKinds) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.code);
    }
    return {};
}

bool handbookKindFromCode(QStringView code, HandbookKind* kind)
{
    for (const auto& entry : kHandbookKinds) {
        if (code == QStringView(entry.code)) {
            if (kind)
                *kind = entry.kind;
            return true;
        }
    }
    return false;
}

QString representativeKindCode(RepresentativeKind kind)
{
    for (const auto& entry : kRepresentativeKinds) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.code);
    }
    return {};
}

bool representativeKindFromCode(QStringView code, RepresentativeKind* kind)
{
    for (const auto& entry : kRepresentativeKinds) {
        if (code == QStringView(entry.code)) {
            if (kind)
                *kind = entry.kind;
            return true;
        }
    }
    return false;
}

} // namespace madoguchi::registry
