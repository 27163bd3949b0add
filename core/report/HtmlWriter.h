// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>

namespace trygg::report {

struct ReportDocument;

// The report as one self-contained HTML page (UTF-8, styles inline, no scripts), for the web
// browser or the intranet: table headers repeat when printed, the matrix is a coloured table.
std::string writeHtml(const ReportDocument &document);

} // namespace trygg::report
