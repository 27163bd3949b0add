// SPDX-License-Identifier: EUPL-1.2
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

bool bandCovers(const Zone &zone, int score)
{
    return zone.minScore <= score && score <= zone.maxScore;
}

Message cellText(int p, int c)
{
    return trygg::trMsg("the cell probability %1 x consequence %2", p, c);
}

// How a zone is named in a message: its name, or its position when it has none.
Message zoneText(const std::vector<Zone> &zones, std::size_t index)
{
    if (isBlank(zones[index].name))
        return trygg::trMsg("zone %1", index + 1);
    return trygg::trMsg("zone '%1'", zones[index].name);
}

void checkScale(const std::vector<Level> &levels, const Message &scale, std::vector<Message> &problems)
{
    const int count = static_cast<int>(levels.size());
    if (count < RiskMatrix::MinLevels || count > RiskMatrix::MaxLevels)
        problems.push_back(trygg::trCount("the %1 scale has %n level; it needs %2 to %3",
                                          "the %1 scale has %n levels; it needs %2 to %3", count, scale,
                                          RiskMatrix::MinLevels, RiskMatrix::MaxLevels));
    for (std::size_t i = 0; i < levels.size(); ++i) {
        if (isBlank(levels[i].label))
            problems.push_back(trygg::trMsg("%1 level %2 has no label", scale, i + 1));
    }
}

void checkZones(const std::vector<Zone> &zones, std::vector<Message> &problems)
{
    if (zones.empty()) {
        problems.push_back(trygg::trMsg("the matrix has no zones"));
        return;
    }
    for (std::size_t i = 0; i < zones.size(); ++i) {
        const Zone &zone = zones[i];
        if (isBlank(zone.name))
            problems.push_back(trygg::trMsg("zone %1 has no name", i + 1));
        if (!isHexColour(zone.colour))
            problems.push_back(
                trygg::trMsg("%1 has the colour '%2'; it must be #rrggbb", zoneText(zones, i), zone.colour));
        if (zone.minScore > zone.maxScore)
            problems.push_back(
                trygg::trMsg("%1 runs from score %2 to %3; the lowest score must not be above the highest",
                             zoneText(zones, i), zone.minScore, zone.maxScore));
    }
    if (zones.size() > static_cast<std::size_t>(RiskMatrix::MaxZones)) {
        problems.push_back(trygg::trCount("the matrix has %n zone; it may have at most %1",
                                          "the matrix has %n zones; it may have at most %1",
                                          static_cast<long long>(zones.size()), RiskMatrix::MaxZones));
    }
    // A score in two bands would make the zone depend on the order of the list. The bands sorted by their
    // lowest score are swept once (n log n, issue 12: all pairs took n^2 and reported as many overlaps):
    // each band that starts at or below the furthest end so far overlaps the band reaching that end.
    std::vector<std::size_t> order;
    order.reserve(zones.size());
    for (std::size_t i = 0; i < zones.size(); ++i)
        if (zones[i].minScore <= zones[i].maxScore) // a reversed band is already reported
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(),
                     [&zones](std::size_t a, std::size_t b) { return zones[a].minScore < zones[b].minScore; });
    std::optional<std::size_t> furthest;
    for (const std::size_t index : order) {
        const Zone &zone = zones[index];
        if (furthest && zone.minScore <= zones[*furthest].maxScore) {
            const std::size_t first = std::min(index, *furthest);
            const std::size_t second = std::max(index, *furthest);
            const int from = zone.minScore;
            const int to = std::min(zone.maxScore, zones[*furthest].maxScore);
            problems.push_back(from == to ? trygg::trMsg("%1 and %2 overlap at score %3", zoneText(zones, first),
                                                         zoneText(zones, second), from)
                                          : trygg::trMsg("%1 and %2 overlap at scores %3-%4", zoneText(zones, first),
                                                         zoneText(zones, second), from, to));
        }
        if (!furthest || zone.maxScore > zones[*furthest].maxScore)
            furthest = index;
    }
}

} // namespace

// Messages in members are written trygg::trMsg: lupdate files an unqualified one under the class, where the
// translator never looks.

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
        throw InputError(
            trygg::trMsg("%1 is outside the %2 x %3 matrix", cellText(p, c), probabilityLevels(), consequenceLevels()));
    if (zoneIndex && *zoneIndex < 0)
        throw InputError(trygg::trMsg("%1 cannot be set to zone index %2", cellText(p, c), *zoneIndex));
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

std::vector<Message> RiskMatrix::problems() const
{
    std::vector<Message> result;
    checkScale(probability, trygg::trMsg("probability"), result);
    checkScale(consequence, trygg::trMsg("consequence"), result);
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
                result.push_back(trygg::trCount("%1 is set to zone %2, but the matrix has only %n zone",
                                                "%1 is set to zone %2, but the matrix has only %n zones", zoneCount,
                                                cellText(p, c), *zone + 1));
                continue;
            }
            if (zone)
                continue;
            const int score = p * c;
            if (std::none_of(zones.begin(), zones.end(), [score](const Zone &z) { return bandCovers(z, score); }))
                result.push_back(trygg::trMsg("%1 (score %2) has no zone", cellText(p, c), score));
        }
    }
    return result;
}

} // namespace trygg
