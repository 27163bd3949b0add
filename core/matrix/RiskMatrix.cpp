#include "matrix/RiskMatrix.h"

#include "model/Error.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string_view>
#include <utility>

namespace trygg {

namespace {

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char ch) { return std::isspace(static_cast<unsigned char>(ch)); });
}

bool isHexColour(std::string_view colour)
{
    return colour.size() == 7 && colour[0] == '#' && std::all_of(colour.begin() + 1, colour.end(), [](char ch) {
               return std::isxdigit(static_cast<unsigned char>(ch)) != 0;
           });
}

std::string counted(int count, const std::string &noun)
{
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

bool bandCovers(const Zone &zone, int score)
{
    return zone.minScore <= score && score <= zone.maxScore;
}

std::string cellText(int p, int c)
{
    return "the cell probability " + std::to_string(p) + " x consequence " + std::to_string(c);
}

// How a zone is named in a message: its name, or its position when it has none.
std::string zoneText(const std::vector<Zone> &zones, std::size_t index)
{
    if (isBlank(zones[index].name))
        return "zone " + std::to_string(index + 1);
    return "zone '" + zones[index].name + "'";
}

void checkScale(const std::vector<Level> &levels, const std::string &scale, std::vector<std::string> &problems)
{
    const int count = static_cast<int>(levels.size());
    if (count < RiskMatrix::MinLevels || count > RiskMatrix::MaxLevels)
        problems.push_back("the " + scale + " scale has " + counted(count, "level") + "; it needs " +
                           std::to_string(RiskMatrix::MinLevels) + " to " + std::to_string(RiskMatrix::MaxLevels));
    for (std::size_t i = 0; i < levels.size(); ++i) {
        if (isBlank(levels[i].label))
            problems.push_back(scale + " level " + std::to_string(i + 1) + " has no label");
    }
}

void checkZones(const std::vector<Zone> &zones, std::vector<std::string> &problems)
{
    if (zones.empty()) {
        problems.push_back("the matrix has no zones");
        return;
    }
    for (std::size_t i = 0; i < zones.size(); ++i) {
        const Zone &zone = zones[i];
        if (isBlank(zone.name))
            problems.push_back("zone " + std::to_string(i + 1) + " has no name");
        if (!isHexColour(zone.colour))
            problems.push_back(zoneText(zones, i) + " has the colour '" + zone.colour + "'; it must be #rrggbb");
        if (zone.minScore > zone.maxScore)
            problems.push_back(zoneText(zones, i) + " runs from score " + std::to_string(zone.minScore) + " to " +
                               std::to_string(zone.maxScore) + "; the lowest score must not be above the highest");
    }
    // A score in two bands would make the zone depend on the order of the list.
    for (std::size_t i = 0; i < zones.size(); ++i) {
        for (std::size_t j = i + 1; j < zones.size(); ++j) {
            const Zone &a = zones[i];
            const Zone &b = zones[j];
            if (a.minScore > a.maxScore || b.minScore > b.maxScore)
                continue; // already reported as reversed
            const int from = std::max(a.minScore, b.minScore);
            const int to = std::min(a.maxScore, b.maxScore);
            if (from > to)
                continue;
            const std::string scores = from == to ? "score " + std::to_string(from)
                                                  : "scores " + std::to_string(from) + "-" + std::to_string(to);
            problems.push_back(zoneText(zones, i) + " and " + zoneText(zones, j) + " overlap at " + scores);
        }
    }
}

} // namespace

void RiskMatrix::resizeCells()
{
    const int rows = probabilityLevels();
    const int columns = consequenceLevels();
    const auto size = static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns);
    if (rows == m_cellProbabilityLevels && columns == m_cellConsequenceLevels && m_cellZones.size() == size)
        return;
    // Keep every override whose cell still exists on the new scales.
    std::vector<int> cells(size, -1);
    for (int p = 1; p <= std::min(rows, m_cellProbabilityLevels); ++p) {
        for (int c = 1; c <= std::min(columns, m_cellConsequenceLevels); ++c) {
            const auto from = static_cast<std::size_t>((p - 1) * m_cellConsequenceLevels + (c - 1));
            if (from < m_cellZones.size())
                cells[static_cast<std::size_t>((p - 1) * columns + (c - 1))] = m_cellZones[from];
        }
    }
    m_cellZones = std::move(cells);
    m_cellProbabilityLevels = rows;
    m_cellConsequenceLevels = columns;
}

void RiskMatrix::setCellZone(int p, int c, std::optional<int> zoneIndex)
{
    if (p < 1 || p > probabilityLevels() || c < 1 || c > consequenceLevels())
        throw InputError(cellText(p, c) + " is outside the " + std::to_string(probabilityLevels()) + " x " +
                         std::to_string(consequenceLevels()) + " matrix");
    if (zoneIndex && *zoneIndex < 0)
        throw InputError(cellText(p, c) + " cannot be set to zone index " + std::to_string(*zoneIndex));
    resizeCells();
    m_cellZones[static_cast<std::size_t>((p - 1) * consequenceLevels() + (c - 1))] = zoneIndex.value_or(-1);
    // A matrix without overrides stores none, so cellZones() stays empty for score-band matrices.
    if (std::all_of(m_cellZones.begin(), m_cellZones.end(), [](int zone) { return zone < 0; }))
        m_cellZones.clear();
}

std::optional<int> RiskMatrix::cellZone(int p, int c) const
{
    if (p < 1 || p > probabilityLevels() || c < 1 || c > consequenceLevels())
        return std::nullopt;
    // The levels may have changed since the last setCellZone(): read through the old layout.
    if (p > m_cellProbabilityLevels || c > m_cellConsequenceLevels)
        return std::nullopt;
    const auto index = static_cast<std::size_t>((p - 1) * m_cellConsequenceLevels + (c - 1));
    if (index >= m_cellZones.size() || m_cellZones[index] < 0)
        return std::nullopt;
    return m_cellZones[index];
}

int RiskMatrix::zoneIndexOf(int p, int c) const
{
    if (p < 1 || p > probabilityLevels() || c < 1 || c > consequenceLevels())
        return -1;
    if (const std::optional<int> zone = cellZone(p, c)) {
        // An override to a zone that was removed covers nothing; problems() reports it.
        return *zone < static_cast<int>(zones.size()) ? *zone : -1;
    }
    const int score = p * c;
    for (std::size_t i = 0; i < zones.size(); ++i) {
        if (bandCovers(zones[i], score))
            return static_cast<int>(i);
    }
    return -1;
}

std::vector<std::string> RiskMatrix::problems() const
{
    std::vector<std::string> result;
    checkScale(probability, "probability", result);
    checkScale(consequence, "consequence", result);
    checkZones(zones, result);

    // Only reachable cells matter: on a 4x4 scale no product is 7, so a band may leave it out.
    // Oversized scales were reported above; walking them would only repeat that.
    if (probabilityLevels() > MaxLevels || consequenceLevels() > MaxLevels || zones.empty())
        return result;
    const int zoneCount = static_cast<int>(zones.size());
    for (int p = 1; p <= probabilityLevels(); ++p) {
        for (int c = 1; c <= consequenceLevels(); ++c) {
            const std::optional<int> zone = cellZone(p, c);
            if (zone && *zone >= zoneCount) {
                result.push_back(cellText(p, c) + " is set to zone " + std::to_string(*zone + 1) +
                                 ", but the matrix has only " + counted(zoneCount, "zone"));
                continue;
            }
            if (zone)
                continue;
            const int score = p * c;
            if (std::none_of(zones.begin(), zones.end(), [score](const Zone &z) { return bandCovers(z, score); }))
                result.push_back(cellText(p, c) + " (score " + std::to_string(score) + ") has no zone");
        }
    }
    return result;
}

} // namespace trygg
