#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Marks every unfinished message of madoguchi_en.ts as translated with its own source text.

The source strings are English already; this keeps the English catalogue free of "unfinished"
entries. Run after `cmake --build <dir> --target update_translations`, then run that target once
more so lupdate rewrites the file in its own layout. Plural messages get a singular form with
"(s)" dropped and a plural form with "(s)" -> "s"; check those by hand in Qt Linguist.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def forms(source):
    if "(s)" in source:
        return [source.replace("(s)", ""), source.replace("(s)", "s")]
    return [source, source]


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("madoguchi_en.ts")
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source", default="")
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        del translation.attrib["type"]
        filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path.name}: {filled} message(s) filled")


if __name__ == "__main__":
    main()
