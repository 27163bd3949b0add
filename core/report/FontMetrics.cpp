// SPDX-License-Identifier: EUPL-1.2
#include "FontMetrics.h"

#include "report/ReportFont.h"

#include <array>

namespace trygg::report {

double advance(char32_t codePoint, bool bold)
{
    // The characters of nearly every report (Latin, Greek, Cyrillic) from a flat table made once.
    constexpr char32_t TableSize = 0x800;
    static const auto table = [] {
        std::array<std::array<double, TableSize>, 2> widths{};
        for (int font = 0; font < 2; ++font) {
            for (char32_t c = 0; c < TableSize; ++c)
                widths[static_cast<std::size_t>(font)][c] =
                    glyphWidth(reportGlyph(c, font == 1), font == 1) / 1000.0;
        }
        return widths;
    }();
    if (codePoint < TableSize)
        return table[bold ? 1 : 0][codePoint];
    return glyphWidth(reportGlyph(codePoint, bold), bold) / 1000.0;
}

} // namespace trygg::report
