#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Derives the font Madoguchi embeds in its printed documents and PDFs.

CJK fonts map the Kangxi radicals (U+2F00-U+2FDF) and the CJK radicals supplement (U+2E80-U+2EFF)
to the same glyphs as common ideographs (氏 山 田 生 月 日 支 ...). Qt's PDF writer then writes the
lower code point into the ToUnicode map, and text copied or extracted from the PDF comes out as
radicals. Removing those blocks from the cmap leaves one code point per glyph, so the PDF carries
the true text. The face is renamed so it never collides with the installed system font.

Qt's PDF writer also builds its ToUnicode map from BMP code points only, so ideographs outside the
BMP (𠮷 U+20BB7) would vanish from the extracted text. Each such ideograph (U+20000-U+3FFFF) gets
an alias in the Private Use Area (U+E000, U+E002, ... every second code point, so Qt never writes
them as a linear range); OUTPUT.pua.tsv lists "alias<TAB>code point" in hex, and Madoguchi's PDF
writer replaces the aliases in the ToUnicode maps with the true characters (DocumentWriter).

Usage: derive_document_font.py SOURCE.ttc FACE_NAME OUTPUT.otf FAMILY
  FACE_NAME  the full name of the face inside the collection, e.g. "Noto Sans CJK JP"
"""
import sys

from fontTools.ttLib import TTCollection, TTFont

PUA_FIRST = 0xE000
PUA_LAST = 0xF8FF
RADICAL_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))
REQUIRED = (0x5C71, 0x7530, 0x6C0F, 0x751F, 0x6708, 0x65E5, 0x652F, 0x20BB7)  # 山田氏生月日支 𠮷


def is_radical(code):
    return any(low <= code <= high for low, high in RADICAL_RANGES)


def open_face(source, face_name):
    if source.lower().endswith((".ttc", ".otc")):
        collection = TTCollection(source, lazy=False)
        for font in collection.fonts:
            if font["name"].getDebugName(4) == face_name or \
                    font["name"].getDebugName(1) == face_name:
                return font
        raise SystemExit(f"no face named {face_name!r} in {source}")
    return TTFont(source, lazy=False)


def rename(font, family):
    style = font["name"].getDebugName(2) or "Regular"
    postscript = (family + "-" + style).replace(" ", "")
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID == 4:
            record.string = family if style == "Regular" else f"{family} {style}"
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID == 3:
            record.string = postscript
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        top.FullName = family
        top.FamilyName = family


def main(argv):
    if len(argv) != 5:
        sys.stderr.write(__doc__)
        return 2
    source, face_name, output, family = argv[1:]
    font = open_face(source, face_name)
    removed = 0
    for table in font["cmap"].tables:
        if not hasattr(table, "cmap"):
            continue
        for code in [c for c in table.cmap if is_radical(c)]:
            del table.cmap[code]
            removed += 1
    best = font.getBestCmap()
    if any(PUA_FIRST <= c <= PUA_LAST for c in best):
        raise SystemExit("the face already maps Private Use Area code points")
    supplementary = sorted(c for c in best if 0x20000 <= c <= 0x3FFFF)
    aliases = {}
    for i, code in enumerate(supplementary):
        alias = PUA_FIRST + 2 * i
        if alias > PUA_LAST:
            raise SystemExit("too many supplementary ideographs for the Private Use Area")
        aliases[alias] = code
    for table in font["cmap"].tables:
        if hasattr(table, "cmap") and table.isUnicode() and table.format in (4, 12):
            for alias, code in aliases.items():
                table.cmap[alias] = best[code]
    with open(output + ".pua.tsv", "w", encoding="ascii") as listing:
        for alias, code in sorted(aliases.items()):
            listing.write(f"{alias:04X}\t{code:X}\n")
    best = font.getBestCmap()
    missing = [hex(c) for c in REQUIRED if c not in best]
    if missing:
        raise SystemExit(f"the face lacks required characters: {missing}")
    if any(is_radical(c) for c in best):
        raise SystemExit("radicals are still mapped")
    rename(font, family)
    font.save(output)
    print(f"{output}: removed {removed} radical cmap entries, {len(aliases)} PUA aliases")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
