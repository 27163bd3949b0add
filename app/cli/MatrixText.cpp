#include "MatrixText.h"

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
    std::size_t labelWidth = 0;
    for (const Level &level : matrix.probability)
        labelWidth = std::max(labelWidth, displayWidth(level.label));
    labelWidth += 4;
    constexpr std::size_t CellWidth = 9;

    std::string out = padRight("Probability", labelWidth) + "Consequence\n" + std::string(labelWidth, ' ');
    for (int c = 1; c <= matrix.consequenceLevels(); ++c)
        out += padLeft("C" + std::to_string(c), CellWidth);
    out += '\n';
    for (int p = matrix.probabilityLevels(); p >= 1; --p) {
        out += padRight("P" + std::to_string(p) + " " + matrix.probability[static_cast<std::size_t>(p - 1)].label,
                        labelWidth);
        for (int c = 1; c <= matrix.consequenceLevels(); ++c) {
            const int zone = matrix.zoneIndexOf(p, c);
            const std::string mark = zone >= 0 ? marks[static_cast<std::size_t>(zone)] : "?";
            out += padLeft(std::to_string(grid.count(p, c)) + " " + mark, CellWidth);
        }
        out += '\n';
    }
    out += "\nConsequence:";
    for (int c = 1; c <= matrix.consequenceLevels(); ++c)
        out += (c > 1 ? "," : "") + std::string(" C") + std::to_string(c) + " " +
               matrix.consequence[static_cast<std::size_t>(c - 1)].label;
    out += "\nZones:";
    for (std::size_t z = 0; z < matrix.zones.size(); ++z) {
        const Zone &zone = matrix.zones[z];
        out += (z ? "," : "") + std::string(" ") + marks[z] + " = " + zone.name + " (" + std::to_string(zone.minScore) +
               (zone.maxScore != zone.minScore ? "-" + std::to_string(zone.maxScore) : std::string()) + ")";
    }
    out += "\nRisks: " + std::to_string(grid.total);
    if (grid.withoutResidual)
        out +=
            "; " + std::to_string(grid.withoutResidual) + " without residual values are shown at their current place";
    if (grid.notPlaced)
        out += "; " + std::to_string(grid.notPlaced) + " scored on other scales are not shown";
    out += '\n';
    return out;
}

} // namespace trygg::cli
