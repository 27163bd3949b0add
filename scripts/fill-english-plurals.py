#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Fills the English plural forms in translations/trygg_en.ts.

The English source texts carry plurals as "%n risk(s)" (Qt's convention for `tr(..., n)`). After
`lupdate -pluralonly` adds new ones, this gives each its singular ("%n risk") and plural
("%n risks") form. Texts written with a plural noun ("Delete %n measures") get a singular noun.
The core's and the command line's counts (trCount, cliCount; contexts "trygg" and "trygg::cli") carry
their English plural as the disambiguation: their forms are the source and that.
"""
import re
import sys
import xml.etree.ElementTree as ET

SINGULAR_NOUNS = {"measures": "measure", "risks": "risk", "lines": "line", "assets": "asset"}


def forms(source):
    plural = source.replace("(s)", "s")
    singular = source.replace("(s)", "")
    for many, one in SINGULAR_NOUNS.items():
        singular = re.sub(r"(%n )" + many + r"\b", r"\g<1>" + one, singular)
    singular = singular.replace("shown at their current", "shown at its current")
    return singular, plural


MESSAGE_CONTEXTS = {"trygg", "trygg::cli"}


def main(path):
    tree = ET.parse(path)
    for context in tree.iter("context"):
        in_core = context.find("name").text in MESSAGE_CONTEXTS
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                fill(message, in_core)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def fill(message, in_core):
    translation = message.find("translation")
    if translation.get("type") != "unfinished" and any((form.text or "") for form in translation):
        return  # filled before, perhaps mended by hand
    comment = message.find("comment")
    if in_core and comment is not None:
        singular, plural = message.find("source").text, comment.text
    else:
        singular, plural = forms(message.find("source").text)
    for child in list(translation):
        translation.remove(child)
    for text in (singular, plural):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
    translation.attrib.pop("type", None)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/trygg_en.ts")
