// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "report/ReportLayout.h"

#include <vector>

namespace trygg::report {

// The height a bar chart takes `width` points wide: its title, the bars and the legend.
double barChartHeight(const BarChart &chart, double width);

// The shapes of a bar chart in a box `width` points wide, from its top left corner (0, 0): the title; each
// bar stacked from its first segment up, the segments' heights in proportion to their values (the tallest
// bar fills the plot), each in its colour with its value inside when there is room; the note over each bar,
// the label under it, the baseline; then the legend of the segments and of the note. The page layout places
// these on the page (PDF, printer); the HTML draws the same shapes as SVG. Text runs belong to no element
// (-1): whoever places them tags them.
std::vector<Shape> drawBarChart(const BarChart &chart, double width);

} // namespace trygg::report
