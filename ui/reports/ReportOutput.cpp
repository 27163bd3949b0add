#include "ReportOutput.h"

#include "model/Error.h"
#include "platform/SafeFiles.h"
#include "report/HtmlWriter.h"
#include "report/PdfWriter.h"
#include "report/ReportLayout.h"
#include "reports/ReportPainter.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace trygg::ui {

namespace {

std::string qtPdf(const report::LaidOutReport &report, const std::string &title,
                  const std::function<void()> &makeGuiApplication)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()) && makeGuiApplication)
        makeGuiApplication();
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw InputError("the report has characters the standard PDF fonts lack, and drawing them needs the "
                         "graphical libraries (run with QT_QPA_PLATFORM=offscreen)");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QString::fromStdString(title));
        writer.setCreator(QStringLiteral("Trygg"));
        writer.setResolution(600);
        preparePage(writer, report);
        QPainter painter(&writer);
        paintReport(painter, writer, report);
    }
    return buffer.data().toStdString();
}

} // namespace

std::string renderReport(const report::ReportDocument &document, ReportFormat format,
                         const std::function<void()> &makeGuiApplication)
{
    if (format == ReportFormat::Html)
        return report::writeHtml(document);
    const report::LaidOutReport laidOut = report::layOut(document);
    return report::pdfCanEncode(laidOut) ? report::writePdf(laidOut, document.title)
                                         : qtPdf(laidOut, document.title, makeGuiApplication);
}

void writeReportFile(const std::string &path, const std::string &bytes, const std::string &registerPath)
{
    files::writeWhole(path, bytes, registerPath.empty() ? files::newFileMode() : files::exportMode(registerPath));
}

} // namespace trygg::ui
