// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>

namespace trygg::report {

struct LaidOutReport;

// What the archive reads about a PDF: the Info dictionary and the XMP metadata say the same.
struct PdfInfo {
    std::string title;    // the report and its scope: dc:title
    std::string author;   // the register: dc:creator
    std::string language; // da, nb, sv or en: dc:language and the catalog's /Lang
};

// Writes a laid-out report as PDF/A-2u (ISO 19005-2, level u), the one PDF engine of Export,
// trygg-cli and Print to file: the report font (DejaVu Sans, ReportFont.h) embedded as subsets
// (CIDFontType2, Identity-H) with a ToUnicode map so all text can be searched and copied; XMP
// metadata; the sRGB output intent; no encryption, scripts or transparency. The bytes depend only on
// the input (no clock, a file identifier hashed from the content), so two writes can be compared.
std::string writePdf(const LaidOutReport &report, const PdfInfo &info);

} // namespace trygg::report
