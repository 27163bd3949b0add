#include "ReportPainter.h"

#include "report/ReportLayout.h"

#include <QFont>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace trygg::ui {

namespace {

QColor toQColor(report::Colour colour)
{
    return QColor(colour.red, colour.green, colour.blue);
}

QFont reportFont(double size, bool bold)
{
    QFont font(QStringLiteral("Nimbus Sans"));
    font.setStyleHint(QFont::Helvetica);
    font.setPointSizeF(size);
    font.setBold(bold);
    // The layout measured the text with Helvetica's advances, without kerning or hinting.
    font.setKerning(false);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
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
            painter.setFont(reportFont(run->size, run->bold));
            const QString text = QString::fromStdString(run->text);
            if (run->vertical) {
                painter.save();
                painter.translate(run->x * scale, run->y * scale);
                painter.rotate(-90);
                painter.drawText(QPointF(0, 0), text);
                painter.restore();
            } else {
                painter.drawText(QPointF(run->x * scale, run->y * scale), text);
            }
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
