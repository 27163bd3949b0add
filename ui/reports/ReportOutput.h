// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "report/PdfWriter.h"
#include "report/ReportDocument.h"

#include <string>

namespace trygg::ui {

enum class ReportFormat { Pdf, Html };

// The report as the bytes of a PDF or HTML file: the same bytes for the GUI's Export, Print to file
// and trygg-cli export. The PDF is PDF/A-2u from core/report/PdfWriter, with no Qt involved.
std::string renderReport(const report::ReportDocument &document, ReportFormat format);

// The PDF's title (report and scope), author (the register) and language.
report::PdfInfo pdfInfo(const report::ReportDocument &document);

// Writes `bytes` to `path` whole or not at all (files::writeWhole: an exclusively created temporary file
// renamed into place; a link, device, folder or register at `path` is refused), with permissions never
// wider than those of `registerPath` when given; throws InputError naming the file when it cannot.
void writeReportFile(const std::string &path, const std::string &bytes, const std::string &registerPath = {});

} // namespace trygg::ui
