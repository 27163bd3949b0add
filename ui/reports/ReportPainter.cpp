// SPDX-License-Identifier: EUPL-1.2
#include "ReportPainter.h"

#include "report/FontMetrics.h"
#include "report/ReportFont.h"
#include "report/ReportLayout.h"

#include <QFont>
#include <QGlyphRun>
#include <QRawFont>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <map>

namespace trygg::ui {

namespace {

QColor toQColor(report::Colour colour)
{
    return QColor(colour.red, colour.green, colour.blue);
}

// The report font from the same bytes the PDF embeds (core/report/ReportFont), at `pixelSize`.
const QRawFont &rawFont(bool bold, double pixelSize)
{
    static std::map<std::pair<bool, double>, QRawFont> fonts;
    auto it = fonts.find({bold, pixelSize});
    if (it == fonts.end()) {
        const std::string_view bytes = report::reportFontBytes(bold);
        it = fonts.emplace(std::pair(bold, pixelSize),
                           QRawFont(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())), pixelSize,
                                    QFont::PreferNoHinting))
                 .first;
    }
    return it->second;
}

// The run's glyphs at the places the PDF puts them: the glyphs and advances of core/report/ReportFont,
// so print, preview and PDF show the same letters at the same positions.
QGlyphRun glyphRun(const report::TextRun &run, double scale)
{
    QVector<quint32> glyphs;
    QVector<QPointF> positions;
    double x = 0;
    for (std::size_t i = 0; i < run.text.size();) {
        const unsigned glyph = report::reportGlyph(report::nextCodePoint(run.text, i), run.bold);
        glyphs.push_back(glyph);
        positions.push_back(QPointF(x, 0));
        x += report::glyphWidth(glyph, run.bold) / 1000.0 * run.size * scale;
    }
    QGlyphRun result;
    result.setRawFont(rawFont(run.bold, run.size * scale));
    result.setGlyphIndexes(glyphs);
    result.setPositions(positions);
    return result;
}

} // namespace

void preparePage(QPagedPaintDevice &device, const report::LaidOutReport &report)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     report.width > report.height ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0)));
}

void paintPage(QPainter &painter, const report::Page &page)
{
    // From points to device pixels; fonts are in points, which the device converts itself.
    const double scale = painter.device()->logicalDpiX() / 72.0;
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    for (const report::Shape &shape : page.shapes) {
        if (const auto *box = std::get_if<report::Box>(&shape)) {
            painter.setPen(box->stroke ? QPen(toQColor(*box->stroke), box->lineWidth * scale) : QPen(Qt::NoPen));
            painter.setBrush(box->fill ? QBrush(toQColor(*box->fill)) : QBrush(Qt::NoBrush));
            painter.drawRect(QRectF(box->x * scale, box->y * scale, box->width * scale, box->height * scale));
        } else if (const auto *line = std::get_if<report::Line>(&shape)) {
            painter.setPen(QPen(toQColor(line->colour), line->lineWidth * scale));
            painter.drawLine(QPointF(line->x1 * scale, line->y1 * scale), QPointF(line->x2 * scale, line->y2 * scale));
        } else if (const auto *run = std::get_if<report::TextRun>(&shape)) {
            painter.setPen(toQColor(run->colour));
            painter.save();
            painter.translate(run->x * scale, run->y * scale);
            if (run->vertical)
                painter.rotate(-90);
            painter.drawGlyphRun(QPointF(0, 0), glyphRun(*run, scale));
            painter.restore();
        }
    }
    painter.restore();
}

void paintReport(QPainter &painter, QPagedPaintDevice &device, const report::LaidOutReport &report)
{
    for (std::size_t i = 0; i < report.pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        paintPage(painter, report.pages[i]);
    }
}

} // namespace trygg::ui
