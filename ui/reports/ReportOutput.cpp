// SPDX-License-Identifier: EUPL-1.2
#include "ReportOutput.h"

#include "platform/SafeFiles.h"
#include "report/HtmlWriter.h"
#include "report/PdfWriter.h"
#include "report/ReportLayout.h"

namespace trygg::ui {

report::PdfInfo pdfInfo(const report::ReportDocument &document)
{
    return {document.scope.empty() ? document.title : document.title + " \u00B7 " + document.scope, document.author,
            document.language};
}

std::string renderReport(const report::ReportDocument &document, ReportFormat format)
{
    if (format == ReportFormat::Html)
        return report::writeHtml(document);
    return report::writePdf(report::layOut(document), pdfInfo(document));
}

void writeReportFile(const std::string &path, const std::string &bytes, const std::string &registerPath)
{
    files::writeWhole(path, bytes, registerPath.empty() ? files::newFileMode() : files::exportMode(registerPath));
}

} // namespace trygg::ui
