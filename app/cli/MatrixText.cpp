// SPDX-License-Identifier: EUPL-1.2
#include "MatrixText.h"

#include "CliText.h"

#include "matrix/MatrixGrid.h"
#include "matrix/RiskMatrix.h"

#include <algorithm>
#include <set>
#include <vector>

namespace trygg::cli {
namespace {

// Width on a terminal of UTF-8 text: one column per code point (the Nordic letters are one each).
std::size_t displayWidth(const std::string &text)
{
    std::size_t width = 0;
    for (unsigned char ch : text)
        if ((ch & 0xC0) != 0x80)
            ++width;
    return width;
}

std::string padRight(std::string text, std::size_t width)
{
    const std::size_t shown = displayWidth(text);
    if (shown < width)
        text.append(width - shown, ' ');
    return text;
}

std::string padLeft(const std::string &text, std::size_t width)
{
    const std::size_t shown = displayWidth(text);
    return shown < width ? std::string(width - shown, ' ') + text : text;
}

// A one-character mark per zone: its initial, or its number when initials clash.
std::vector<std::string> zoneMarks(const RiskMatrix &matrix)
{
    std::vector<std::string> marks;
    std::set<std::string> seen;
    bool clash = false;
    for (const Zone &zone : matrix.zones) {
        std::string initial;
        if (!zone.name.empty()) {
            std::size_t length = 1;
            while (length < zone.name.size() && (static_cast<unsigned char>(zone.name[length]) & 0xC0) == 0x80)
                ++length;
            initial = zone.name.substr(0, length);
        }
        clash = clash || initial.empty() || !seen.insert(initial).second;
        marks.push_back(initial);
    }
    if (clash)
        for (std::size_t i = 0; i < marks.size(); ++i)
            marks[i] = std::to_string(i + 1);
    return marks;
}

} // namespace

std::string matrixText(const MatrixGrid &grid)
{
    const RiskMatrix &matrix = *grid.matrix;
    const std::vector<std::string> marks = zoneMarks(matrix);
    constexpr std::size_t CellWidth = 9;
    // "P3" and "C2": probability and consequence levels, abbreviated in the reader's language.
    const auto probabilityLevel = [](int p) { return say(trygg::cli::cliMsg("P%1", p)); };
    const auto consequenceLevel = [](int c) { return say(trygg::cli::cliMsg("C%1", c)); };
    const std::string probabilityWord = say(trygg::cli::cliMsg("Probability"));
    std::size_t labelWidth = 0;
    for (const Level &level : matrix.probability)
        labelWidth = std::max(labelWidth, displayWidth(level.label) + 4);
    labelWidth = std::max(labelWidth, displayWidth(probabilityWord) + 1);

    std::string out = padRight(probabilityWord, labelWidth) + say(trygg::cli::cliMsg("Consequence")) + "\n" +
                      std::string(labelWidth, ' ');
    for (int c = 1; c <= matrix.consequenceLevels(); ++c)
        out += padLeft(consequenceLevel(c), CellWidth);
    out += '\n';
    for (int p = matrix.probabilityLevels(); p >= 1; --p) {
        out +=
            padRight(probabilityLevel(p) + " " + matrix.probability[static_cast<std::size_t>(p - 1)].label, labelWidth);
        for (int c = 1; c <= matrix.consequenceLevels(); ++c) {
            const int zone = matrix.zoneIndexOf(p, c);
            const std::string mark = zone >= 0 ? marks[static_cast<std::size_t>(zone)] : "?";
            out += padLeft(std::to_string(grid.count(p, c)) + " " + mark, CellWidth);
        }
        out += '\n';
    }
    out += "\n" + say(trygg::cli::cliMsg("Consequence:"));
    for (int c = 1; c <= matrix.consequenceLevels(); ++c)
        out += (c > 1 ? ", " : " ") + consequenceLevel(c) + " " +
               matrix.consequence[static_cast<std::size_t>(c - 1)].label;
    out += "\n" + say(trygg::cli::cliMsg("Zones:"));
    for (std::size_t z = 0; z < matrix.zones.size(); ++z) {
        const Zone &zone = matrix.zones[z];
        out += (z ? "," : "") + std::string(" ") + marks[z] + " = " + zone.name + " (" + zone.scoreRange("-") + ")";
    }
    out += "\n" + say(trygg::cli::cliMsg("Risks: %1", grid.total));
    if (grid.withoutResidual)
        out += "; " + say(trygg::cli::cliCount("%n without residual values is shown at its current place",
                                               "%n without residual values are shown at their current place",
                                               grid.withoutResidual));
    if (grid.notPlaced)
        out += "; " + say(trygg::cli::cliCount("%n scored on other scales is not shown",
                                               "%n scored on other scales are not shown", grid.notPlaced));
    if (grid.notScored)
        out += "; " + say(trygg::cli::cliCount("%n not scored yet is not shown", "%n not scored yet are not shown",
                                               grid.notScored));
    out += '\n';
    return out;
}

} // namespace trygg::cli
