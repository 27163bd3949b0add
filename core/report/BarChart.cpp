// SPDX-License-Identifier: EUPL-1.2
#include "report/BarChart.h"

#include "report/FontMetrics.h"
#include "report/ReportStyle.h"

#include <algorithm>

namespace trygg::report {
namespace {

using namespace style;

constexpr double TitleSize = BodySize;
constexpr double PlotHeight = 110;
constexpr double LegendSwatch = 7;


class ChartDrawing {
public:
    ChartDrawing(const BarChart &chart, double width) : m_chart(chart), m_width(width) {}

    double draw()
    {
        double y = 0;
        if (!m_chart.title.empty()) {
            text(0, y + baselineOffset(TitleSize), TitleSize, true, Ink, elide(m_chart.title, m_width, TitleSize, true));
            y += lineHeight(TitleSize) + 4;
        }
        const double plotTop = y + lineHeight(SmallSize) + 2; // room for the note over the tallest bar
        const double baseline = plotTop + PlotHeight;
        int highest = 1;
        for (const BarChart::Bar &bar : m_chart.bars) {
            int total = 0;
            for (int value : bar.values)
                total += std::max(value, 0);
            highest = std::max(highest, total);
        }
        const double count = static_cast<double>(std::max<std::size_t>(m_chart.bars.size(), 1));
        const double slot = m_width / count;
        const double barWidth = std::min(slot * 0.55, 42.0);
        for (std::size_t i = 0; i < m_chart.bars.size(); ++i) {
            const BarChart::Bar &bar = m_chart.bars[i];
            const double slotLeft = static_cast<double>(i) * slot;
            const double x = slotLeft + (slot - barWidth) / 2;
            double top = baseline;
            for (std::size_t s = 0; s < bar.values.size(); ++s) {
                const int value = bar.values[s];
                if (value <= 0)
                    continue;
                const double height = value * PlotHeight / highest;
                const Colour fill = s < m_chart.segmentColours.size() ? m_chart.segmentColours[s] : Grey;
                top -= height;
                m_shapes.emplace_back(Box{x, top, barWidth, height, fill, White, 0.5});
                if (height >= lineHeight(SmallSize))
                    centred(x, barWidth, top + (height - lineHeight(SmallSize)) / 2, false, textColourOn(fill),
                            std::to_string(value));
            }
            centred(slotLeft, slot, top - lineHeight(SmallSize) - 1, true, Ink, bar.note);
            centred(slotLeft, slot, baseline + 2, false, Ink, elide(bar.label, slot, SmallSize, false));
        }
        m_shapes.emplace_back(Line{0, baseline, m_width, baseline, Grey, 0.5});
        return legend(baseline + 2 + lineHeight(SmallSize) + 6);
    }

    std::vector<Shape> shapes() { return std::move(m_shapes); }

private:
    // The segments' swatches and names side by side, on as many rows as they need, then the note's meaning.
    double legend(double y)
    {
        double x = 0;
        for (std::size_t s = 0; s < m_chart.segmentNames.size(); ++s) {
            const std::string &name = m_chart.segmentNames[s];
            const double itemWidth = LegendSwatch + 3 + textWidth(name, SmallSize, false) + 10;
            if (x > 0 && x + itemWidth > m_width) {
                x = 0;
                y += lineHeight(SmallSize) + 2;
            }
            const Colour fill = s < m_chart.segmentColours.size() ? m_chart.segmentColours[s] : Grey;
            m_shapes.emplace_back(Box{x, y + (lineHeight(SmallSize) - LegendSwatch) / 2, LegendSwatch, LegendSwatch,
                                      fill, Grey, 0.3});
            text(x + LegendSwatch + 3, y + baselineOffset(SmallSize), SmallSize, false, Ink,
                 elide(name, m_width - x - LegendSwatch - 3, SmallSize, false));
            x += itemWidth;
        }
        if (!m_chart.segmentNames.empty())
            y += lineHeight(SmallSize) + 2;
        if (!m_chart.noteName.empty()) {
            for (const std::string &row : wrapText(m_chart.noteName, m_width, SmallSize, false)) {
                text(0, y + baselineOffset(SmallSize), SmallSize, false, Grey, row);
                y += lineHeight(SmallSize);
            }
        }
        return y;
    }

    void text(double x, double baseline, double size, bool bold, Colour colour, std::string value)
    {
        if (!value.empty())
            m_shapes.emplace_back(TextRun{x, baseline, size, bold, false, colour, std::move(value), -1});
    }

    void centred(double x, double width, double top, bool bold, Colour colour, const std::string &value)
    {
        const double used = textWidth(value, SmallSize, bold);
        text(x + (width - used) / 2, top + baselineOffset(SmallSize), SmallSize, bold, colour, value);
    }

    const BarChart &m_chart;
    double m_width;
    std::vector<Shape> m_shapes;
};

} // namespace

double barChartHeight(const BarChart &chart, double width)
{
    return ChartDrawing(chart, width).draw();
}

std::vector<Shape> drawBarChart(const BarChart &chart, double width)
{
    ChartDrawing drawing(chart, width);
    drawing.draw();
    return drawing.shapes();
}

} // namespace trygg::report
