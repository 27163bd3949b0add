// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace trygg::report {
struct LaidOutReport;
struct Page;
} // namespace trygg::report

class QPainter;
class QPagedPaintDevice;

namespace trygg::ui {

// Draws laid-out report pages with QPainter: on the printer and in print preview. The device must be
// set to A4 in the report's orientation with no margins (preparePage()); the shapes are those the PDF
// writer draws, the text as the same glyphs of the same font bytes (DejaVu Sans, core/report/ReportFont)
// at the same positions, so the pages look the same.
void preparePage(QPagedPaintDevice &device, const report::LaidOutReport &report);
void paintPage(QPainter &painter, const report::Page &page);
// Paints every page, starting a new page on the device between them.
void paintReport(QPainter &painter, QPagedPaintDevice &device, const report::LaidOutReport &report);

} // namespace trygg::ui
