#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Checks the PDF/A-2u structure of Trygg's reports (issue 14) with pikepdf (Debian's python3-pikepdf).

Usage: check_pdfa.py FILE.pdf...  Prints one line per problem ("FILE: what") and exits 1 if there is any.
What it checks: PDF 1.7 header; no encryption; no JavaScript, actions or embedded files; the XMP
metadata with pdfaid:part 2 and conformance U, dc:title, dc:creator and dc:language, the same title
and author as the Info dictionary; an sRGB output intent (GTS_PDFA1) with an embedded ICC profile;
a file identifier; every font embedded (FontFile2) as a subset (ABCDEF+ prefix) with a ToUnicode
map; no transparency (soft masks, constant alpha or blend modes).
This is a structure check in the spirit of ISO 19005-2, not a full validator such as veraPDF.
"""
import re
import sys

import pikepdf


def check(path):
    problems = []

    def problem(text):
        problems.append(f"{path}: {text}")

    with open(path, "rb") as f:
        head = f.read(9)
    if head != b"%PDF-1.7\n":
        problem(f"header is {head!r}, not %PDF-1.7")
    pdf = pikepdf.open(path)
    if pdf.is_encrypted or "/Encrypt" in pdf.trailer:
        problem("encrypted")
    if "/ID" not in pdf.trailer or len(pdf.trailer.ID) != 2:
        problem("no file identifier (trailer /ID)")
    root = pdf.Root
    for key in ("/OpenAction", "/AA", "/AcroForm"):
        if key in root:
            problem(f"catalog has {key}")
    if "/Names" in root and ("/JavaScript" in root.Names or "/EmbeddedFiles" in root.Names):
        problem("catalog names JavaScript or embedded files")

    # XMP metadata, PDF/A identification, and the Info dictionary agreeing with it.
    if "/Metadata" not in root:
        problem("no XMP metadata")
    else:
        if "/Filter" in root.Metadata.stream_dict:
            problem("the metadata stream is compressed")
        xmp = root.Metadata.read_bytes().decode("utf-8")
        if "<pdfaid:part>2</pdfaid:part>" not in xmp:
            problem("XMP lacks pdfaid:part 2")
        if "<pdfaid:conformance>U</pdfaid:conformance>" not in xmp:
            problem("XMP lacks pdfaid:conformance U")
        meta = pdf.open_metadata()
        title = meta.get("dc:title")
        creator = meta.get("dc:creator")
        if not title:
            problem("XMP has no dc:title")
        if not meta.get("dc:language"):
            problem("XMP has no dc:language")
        info = pdf.docinfo
        if str(info.get("/Title", "")) != (title or ""):
            problem(f"Info /Title {str(info.get('/Title', ''))!r} differs from dc:title {title!r}")
        author = str(info.get("/Author", ""))
        if author and [author] != list(creator or []):
            problem(f"Info /Author {author!r} differs from dc:creator {creator!r}")
        if str(info.get("/Producer", "")) != meta.get("pdf:Producer", ""):
            problem("Info /Producer differs from pdf:Producer")
        for key in ("/CreationDate", "/ModDate"):
            if key in info:
                problem(f"Info has {key} without the XMP date")

    intents = root.get("/OutputIntents")
    if not intents or len(intents) != 1:
        problem("not exactly one output intent")
    else:
        intent = intents[0]
        if intent.get("/S") != "/GTS_PDFA1":
            problem("the output intent is not GTS_PDFA1")
        profile = intent.get("/DestOutputProfile")
        if profile is None:
            problem("the output intent has no ICC profile")
        else:
            data = profile.read_bytes()
            if data[36:40] != b"acsp" or data[16:20] != b"RGB " or profile.get("/N") != 3:
                problem("the output intent's profile is not an RGB ICC profile")

    # Every font of every page: embedded, subset, with a ToUnicode map. No transparency.
    fonts = 0
    for number, page in enumerate(pdf.pages, 1):
        resources = page.obj.get("/Resources", {})
        if "/Group" in page.obj:
            problem(f"page {number} has a transparency group")
        for name, gs in resources.get("/ExtGState", {}).items():
            for key in ("/SMask", "/CA", "/ca", "/BM"):
                if key in gs and not (key == "/SMask" and gs[key] == "/None") and \
                        not (key in ("/CA", "/ca") and float(gs[key]) == 1.0) and \
                        not (key == "/BM" and gs[key] in ("/Normal", "/Compatible")):
                    problem(f"page {number}: graphics state {name} has {key}")
        if "/Annots" in page.obj:
            problem(f"page {number} has annotations")
        for name, font in resources.get("/Font", {}).items():
            fonts += 1
            base = str(font.get("/BaseFont", ""))
            if not re.fullmatch(r"/[A-Z]{6}\+.+", base):
                problem(f"page {number}: font {name} {base} is not a subset (no ABCDEF+ prefix)")
            if "/ToUnicode" not in font:
                problem(f"page {number}: font {name} {base} has no ToUnicode map")
            descendants = [font.DescendantFonts[0]] if font.get("/Subtype") == "/Type0" else [font]
            for descendant in descendants:
                descriptor = descendant.get("/FontDescriptor")
                if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    problem(f"page {number}: font {name} {base} is not embedded")
    if fonts == 0:
        problem("no fonts at all")
    return problems


def main():
    problems = []
    for path in sys.argv[1:]:
        try:
            problems += check(path)
        except Exception as error:  # a file pikepdf cannot read is a problem too
            problems.append(f"{path}: cannot be read: {error}")
    for line in problems:
        print(line)
    return 1 if problems or len(sys.argv) < 2 else 0


if __name__ == "__main__":
    sys.exit(main())
