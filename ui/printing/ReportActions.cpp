// SPDX-License-Identifier: EUPL-1.2
#include "ReportActions.h"

#include "common/Icons.h"
#include "common/Translations.h"
#include "document/RegisterDocument.h"
#include "model/AuditEntry.h"
#include "printing/ReportDialog.h"
#include "report/ReportLayout.h"
#include "reports/ReportOutput.h"
#include "reports/ReportPainter.h"
#include "storage/RegisterFile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace trygg::ui {

ReportActions::ReportActions(QWidget *window) : QObject(window), m_window(window) {}

void ReportActions::addTo(QMenu *menu)
{
    m_actions.removeAll(nullptr);
    QAction *printAction = menu->addAction(tr("&Print..."), QKeySequence::Print, this, &ReportActions::print);
    QAction *previewAction = menu->addAction(tr("Print pre&view..."), this, &ReportActions::preview);
    QAction *exportAction = menu->addAction(tr("&Export report (PDF, HTML)..."), this, &ReportActions::exportReport);
    printAction->setIcon(actionIcon("print"));
    previewAction->setIcon(actionIcon("preview"));
    exportAction->setIcon(actionIcon("report-pdf"));
    m_actions << printAction << previewAction << exportAction;
    setDocument(m_document);
}

void ReportActions::setDocument(RegisterDocument *document)
{
    m_document = document;
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (action)
            action->setEnabled(document != nullptr);
    }
}

bool ReportActions::choose(const QString &actionText, ReportRequest &request)
{
    if (!m_document)
        return false;
    ReportDialog dialog(m_document->data(), actionText, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    request = dialog.request();
    return true;
}

report::ReportDocument ReportActions::build(ReportRequest request) const
{
    // The management review counts the measures done in the year from the register's history.
    std::vector<AuditEntry> trail;
    if (request.kind == ReportKind::Review)
        trail = m_document->file().history();
    request.trail = &trail;
    request.trailFingerprint = m_document->file().trailFingerprint();
    return ReportBuilder::build(m_document->data(), request);
}

namespace {

// A4 in the report's orientation, without the printer's margins: the layout has its own.
void preparePrinter(QPrinter &printer, const report::LaidOutReport &report)
{
    preparePage(printer, report);
    printer.setFullPage(true);
}

// The pages chosen in the print dialog (all, or a range), from 1.
std::pair<int, int> chosenPages(const QPrinter &printer, const report::LaidOutReport &report)
{
    const int count = static_cast<int>(report.pages.size());
    if (printer.printRange() == QPrinter::PageRange)
        return {std::max(1, printer.fromPage()), std::min(count, printer.toPage())};
    return {1, count};
}

// Paints the pages chosen in the print dialog on the printer or the preview.
void printPages(QPrinter &printer, const report::LaidOutReport &report)
{
    const auto [first, last] = chosenPages(printer, report);
    QPainter painter(&printer);
    for (int page = first; page <= last; ++page) {
        if (page > first)
            printer.newPage();
        paintPage(painter, report.pages[static_cast<std::size_t>(page - 1)]);
    }
}

} // namespace

QString reportFileName(const report::ReportDocument &document, const Date &date)
{
    QStringList parts{QString::fromStdString(document.title)};
    if (!document.scope.empty())
        parts << QString::fromStdString(document.scope);
    parts << QString::fromStdString(date.toIso());
    QString name = parts.join(QLatin1Char('-'));
    // Letters stay (Å, Č ...); what a file system or a mail attachment refuses becomes a hyphen.
    static const QRegularExpression unsafe(QStringLiteral("[\\s/\\\\:*?\"<>|]+"));
    name.replace(unsafe, QStringLiteral("-"));
    return name;
}

void ReportActions::print()
{
    ReportRequest request;
    if (!choose(tr("Print..."), request))
        return;
    try {
        const report::ReportDocument document = build(request);
        report::LaidOutReport report = report::layOut(document);
        QPrinter printer(QPrinter::HighResolution);
        preparePrinter(printer, report);
        QPrintDialog dialog(&printer, m_window);
        dialog.setMinMax(1, static_cast<int>(report.pages.size()));
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
            // Print to file writes the same PDF/A as Export (issue 14: one PDF engine), of the chosen pages.
            const auto [first, last] = chosenPages(printer, report);
            report.pages = std::vector<report::Page>(report.pages.begin() + (first - 1), report.pages.begin() + last);
            writeReportFile(printer.outputFileName().toStdString(), report::writePdf(report, pdfInfo(document)),
                            m_document->path().toStdString());
            emit exported(printer.outputFileName());
            return;
        }
        printPages(printer, report);
    } catch (const std::exception &error) {
        emit failed(errorText(error));
    }
}

void ReportActions::preview()
{
    ReportRequest request;
    if (!choose(tr("Preview"), request))
        return;
    previewReport(request);
}

void ReportActions::previewReport(const ReportRequest &request)
{
    if (!m_document)
        return;
    try {
        const report::LaidOutReport report = report::layOut(build(request));
        QPrinter printer(QPrinter::HighResolution);
        preparePrinter(printer, report);
        QPrintPreviewDialog dialog(&printer, m_window);
        dialog.setWindowTitle(ReportBuilder::kindName(request.kind));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [&report](QPrinter *target) { printPages(*target, report); });
        dialog.resize(m_window->size() * 0.9);
        dialog.exec();
    } catch (const std::exception &error) {
        emit failed(errorText(error));
    }
}

void ReportActions::exportReport()
{
    ReportRequest request;
    if (!choose(tr("Export..."), request))
        return;
    const QString pdf = tr("PDF documents (*.pdf)");
    const QString html = tr("Web pages (*.html)");
    QString filter = pdf;
    report::ReportDocument document;
    try {
        document = build(request);
    } catch (const std::exception &error) {
        emit failed(errorText(error));
        return;
    }
    const QString suggested = QFileInfo(m_document->path()).absolutePath() + QLatin1Char('/') +
                              reportFileName(document, request.today) + QStringLiteral(".pdf");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export report"), suggested,
                                                pdf + QStringLiteral(";;") + html, &filter);
    if (path.isEmpty())
        return;
    const bool asHtml = filter == html || path.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive) ||
                        path.endsWith(QStringLiteral(".htm"), Qt::CaseInsensitive);
    if (QFileInfo(path).suffix().isEmpty())
        path += asHtml ? QStringLiteral(".html") : QStringLiteral(".pdf");
    try {
        const std::string bytes = renderReport(document, asHtml ? ReportFormat::Html : ReportFormat::Pdf);
        writeReportFile(path.toStdString(), bytes, m_document->path().toStdString());
        emit exported(path);
    } catch (const std::exception &error) {
        emit failed(errorText(error));
    }
}

} // namespace trygg::ui
