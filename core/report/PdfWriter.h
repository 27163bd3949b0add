#pragma once

#include <string>

namespace trygg::report {

struct LaidOutReport;

// Writes a laid-out report as PDF with the standard fonts Helvetica and Helvetica-Bold in
// WinAnsiEncoding: no font is embedded, so a 1,000-measure plan is written in milliseconds and
// the file is small. The output depends only on its input (no dates), so it can be compared.
// Text outside WinAnsiEncoding cannot be written this way: check pdfCanEncode() first, and draw
// such a report through Qt instead (ui/reports/ReportPainter).
bool pdfCanEncode(const LaidOutReport &report);
std::string writePdf(const LaidOutReport &report, const std::string &title);

} // namespace trygg::report
