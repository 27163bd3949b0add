// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"
#include "model/Message.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trygg {

struct Level {
    std::string label;
    std::string definition;

    bool operator==(const Level &) const = default;
};

// An acceptance zone of the matrix ("acceptable", "watch", "unacceptable"...).
// Zones are ordered from least to most severe. A zone covers the scores minScore..maxScore unless
// cells are assigned to zones one by one.
struct Zone {
    std::string name;
    std::string colour; // "#rrggbb"
    int minScore = 1;
    int maxScore = 1;
    bool acceptable = false; // below the acceptance line: no measure or management acceptance needed

    // The zone's scores as people read them: "16" for a zone of one score, else "10–15" (the dash given).
    std::string scoreRange(std::string_view dash = "\u2013") const
    {
        return minScore == maxScore ? std::to_string(minScore)
                                    : std::to_string(minScore) + std::string(dash) + std::to_string(maxScore);
    }
};

// The probability x consequence matrix of a register: its scales and acceptance criteria.
// All of it is data stored in the register file; presets only fill it in (DOMAIN.md).
class RiskMatrix {
public:
    static constexpr int MinLevels = 3;
    static constexpr int MaxLevels = 6;
    // The highest score of the largest matrix: a band beyond it would only be a typing error.
    static constexpr int MaxScore = MaxLevels * MaxLevels;
    // Bands may not overlap and scores run 1..MaxScore, so no valid matrix has more zones than this;
    // every reader refuses more before holding them (issue 12: bounded structures).
    static constexpr int MaxZones = MaxScore;

    Id id = 0;
    std::string preset; // the preset it started from: no, dk, se, iso (informational)
    std::vector<Level> probability;
    std::vector<Level> consequence;
    std::vector<Zone> zones;
    // 003 section 5.1: an event affecting many people is ranked one consequence level higher.
    bool manyAffectedRaises = true;

    int probabilityLevels() const { return static_cast<int>(probability.size()); }
    int consequenceLevels() const { return static_cast<int>(consequence.size()); }
    int maxScore() const { return probabilityLevels() * consequenceLevels(); }

    // Cell overrides: the zone of the cell (probability p, consequence c), 1-based, regardless of
    // its score. The `se` preset raises two corner cells this way; a matrix "cell by cell" sets all.
    void setCellZone(int p, int c, std::optional<int> zoneIndex);
    std::optional<int> cellZone(int p, int c) const;
    const std::vector<int> &cellZones() const { return m_cellZones; }

    // Zone index of a cell, from its override or else from the score band of p x c.
    // -1 if the cell is outside the matrix or no zone covers it (see problems()).
    int zoneIndexOf(int p, int c) const;

    // What makes this matrix unusable, in plain words; empty when it is valid.
    std::vector<Message> problems() const;

private:
    void resizeCells();
    std::vector<int> m_cellZones; // p-major, -1 = by score band
    // The scale sizes m_cellZones was laid out for: the level vectors are public and may change
    // size (or swap 4x5 for 5x4) between calls, so the size of m_cellZones alone cannot tell.
    int m_cellProbabilityLevels = 0;
    int m_cellConsequenceLevels = 0;
};

} // namespace trygg
