#pragma once

#include "report/ReportDocument.h"

#include <functional>
#include <string>

namespace trygg::ui {

enum class ReportFormat { Pdf, Html };

// The report as the bytes of a PDF or HTML file: the same for the GUI's Export and trygg-cli export.
// PDF text beyond the standard fonts (WinAnsiEncoding) is drawn through Qt, which needs a
// QGuiApplication: if there is none, `makeGuiApplication` is called to make one (the command line
// starts without, as the graphics libraries take longer to start than the whole report takes).
std::string renderReport(const report::ReportDocument &document, ReportFormat format,
                         const std::function<void()> &makeGuiApplication = {});

// Writes `bytes` to `path` whole or not at all (files::writeWhole: an exclusively created temporary file
// renamed into place; a link, device, folder or register at `path` is refused), with permissions never
// wider than those of `registerPath` when given; throws InputError naming the file when it cannot.
void writeReportFile(const std::string &path, const std::string &bytes, const std::string &registerPath = {});

} // namespace trygg::ui
