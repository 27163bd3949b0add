// SPDX-License-Identifier: EUPL-1.2
// The zone colours as QColor (DomainTexts.h), for the window and the printer. A file of their own: the
// reports take their colours without Qt Gui (ReportBuilder.cpp), so trygg-cli, which uses no QColor, does
// not load Qt Gui and the libraries it needs at every start (issue 14, the plan PDF's speed).
#include "DomainTexts.h"

#include "report/ReportDocument.h"

namespace trygg::ui {

QColor zoneColour(const RiskMatrix &matrix, int zone)
{
    if (zone < 0 || zone >= static_cast<int>(matrix.zones.size()))
        return QColor(Qt::lightGray);
    const std::optional<report::Colour> colour =
        report::parseColour(matrix.zones[static_cast<std::size_t>(zone)].colour);
    return colour ? QColor(colour->red, colour->green, colour->blue) : QColor(Qt::lightGray);
}

QColor textColourOn(const QColor &background)
{
    // Relative luminance (ITU-R BT.709): dark text on light zones (yellow, light green), white on dark.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace trygg::ui
