#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Checks the PDF/A-2u structure of Trygg's reports (issue 14) with pikepdf (Debian's python3-pikepdf).

Usage: check_pdfa.py FILE.pdf...  Prints one line per problem ("FILE: what") and exits 1 if there is any.
What it checks: PDF 1.7 header; no encryption; no JavaScript, actions or embedded files; the XMP
metadata with pdfaid:part 2 and conformance U, dc:title, dc:creator and dc:language, the same title
and author as the Info dictionary; an sRGB output intent (GTS_PDFA1) with an embedded ICC profile;
a file identifier; every font embedded (FontFile2) as a subset (ABCDEF+ prefix) with a ToUnicode
map; no transparency (soft masks, constant alpha or blend modes); a tagged file's structure tree and
its pages agree: every marked-content sequence of a page belongs to the one structure element the
parent tree names for it, and every element's content (by MCID on its /Pg page, or by a marked-content
reference naming another page) is on its page.
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
    check_structure(pdf, problem)
    return problems


def check_structure(pdf, problem):
    root = pdf.Root
    if "/StructTreeRoot" not in root:
        return
    pages = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}
    # Each page's MCIDs in its content, with the structure type they are marked as.
    marked = []
    for page in pdf.pages:
        mcids = {}
        for operands, operator in pikepdf.parse_content_stream(page):
            if str(operator) == "BDC" and len(operands) == 2 and isinstance(operands[1], pikepdf.Dictionary) \
                    and "/MCID" in operands[1]:
                mcids[int(operands[1].MCID)] = str(operands[0])
        marked.append(mcids)
    # The elements' content: (page, MCID) -> element.
    owner = {}
    stack = [(kid, None) for kid in root.StructTreeRoot.K] if isinstance(root.StructTreeRoot.K, pikepdf.Array) \
        else [(root.StructTreeRoot.K, None)]
    while stack:
        element, _ = stack.pop()
        page = pages.get(element.Pg.objgen) if "/Pg" in element else None
        kids = element.get("/K")
        kids = [] if kids is None else list(kids) if isinstance(kids, pikepdf.Array) else [kids]
        for kid in kids:
            if isinstance(kid, int):
                if page is None:
                    problem(f"structure element {element.get('/S')} has an MCID but no page (/Pg)")
                    continue
                where = (page, kid)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                where = (pages.get(kid.Pg.objgen), int(kid.MCID))
            else:
                if kid.get("/P") is None or kid.P.objgen != element.objgen:
                    problem(f"structure element {kid.get('/S')} does not name its parent")
                stack.append((kid, element))
                continue
            if where in owner:
                problem(f"page {where[0] + 1}, MCID {where[1]}: in two structure elements")
            owner[where] = element
            if where[0] is None or where[1] not in marked[where[0]]:
                problem(f"structure element {element.get('/S')}: MCID {where[1]} is not on its page")
            elif marked[where[0]][where[1]] != str(element.get("/S")):
                problem(f"page {where[0] + 1}, MCID {where[1]}: marked {marked[where[0]][where[1]]}, "
                        f"in a {element.get('/S')} element")
    parents = {}
    nums = root.StructTreeRoot.ParentTree.Nums
    for i in range(0, len(nums), 2):
        parents[int(nums[i])] = nums[i + 1]
    for number, page in enumerate(pdf.pages):
        key = int(page.obj.get("/StructParents", -1))
        tree = parents.get(key)
        for mcid in marked[number]:
            if owner.get((number, mcid)) is None:
                problem(f"page {number + 1}, MCID {mcid}: in no structure element")
            elif tree is None or mcid >= len(tree) or tree[mcid].objgen != owner[(number, mcid)].objgen:
                problem(f"page {number + 1}, MCID {mcid}: the parent tree names another element")


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
