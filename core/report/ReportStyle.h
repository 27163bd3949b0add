// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The look every report shares: text sizes, ink colours, line heights and the text colour on a filled cell.
// The layout (ReportLayout.cpp), the chart (BarChart.cpp) and the HTML (HtmlWriter.cpp) take it from here.

#include "report/ReportDocument.h"

namespace trygg::report::style {

constexpr double HeadingSize = 11.5;
constexpr double BodySize = 8.5;
constexpr double TableSize = 8;
constexpr double SmallSize = 7;

constexpr Colour Ink{26, 26, 26};
constexpr Colour Grey{102, 102, 102};
constexpr Colour White{255, 255, 255};

inline double lineHeight(double size)
{
    return size * 1.22;
}

// From the top of a line to its baseline (Helvetica: ascender 0.718 plus half the leading).
inline double baselineOffset(double size)
{
    return size * 0.87;
}

// A fill dark enough for white text on it.
constexpr bool isDark(Colour fill)
{
    return 0.299 * fill.red + 0.587 * fill.green + 0.114 * fill.blue < 140;
}

constexpr Colour textColourOn(Colour fill)
{
    return isDark(fill) ? White : Ink;
}

} // namespace trygg::report::style
