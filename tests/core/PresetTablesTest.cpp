// SPDX-License-Identifier: EUPL-1.2
// Issue 4, Tests: "Each preset's levels, labels, zones and overrides; prioritisation and zones on the
// 4x4 preset." One table per preset, written out from the issue, checked cell by cell.
#include "matrix/Presets.h"
#include "model/RegisterData.h"
#include "plan/Prioritisation.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace trygg;

namespace {

struct ExpectedZone {
    std::string name;
    std::string colour;
    int from;
    int to;
    bool acceptable;
};

struct ExpectedPreset {
    std::string name;
    std::vector<std::string> probability;
    std::vector<std::string> consequence;
    std::vector<ExpectedZone> zones;
    std::map<std::pair<int, int>, int> overrides; // (p, c) -> zone index
};

std::vector<ExpectedZone> ThreeZones(const char *acceptable, const char *watch, const char *unacceptable)
{
    return {
        {acceptable, "#4caf50", 1, 4, true}, {watch, "#ffd54f", 5, 9, false}, {unacceptable, "#e53935", 10, 25, false}};
}

std::vector<ExpectedPreset> expectedPresets()
{
    return {
        // 003 section 5.1; zones green 1-4, yellow 5-9, red 10-25.
        {"no",
         {"Meget liten", "Liten", "Moderat", "Stor", "Svært stor"},
         {"Ubetydelig", "Liten", "Moderat", "Alvorlig", "Svært alvorlig"},
         ThreeZones("Akseptabel", "Vurderes", "Ikke akseptabel"),
         {}},
        // DSB-style labels, zones as `no`.
        {"no-dsb",
         {"Lite sannsynlig", "Mindre sannsynlig", "Sannsynlig", "Meget sannsynlig", "Svært sannsynlig"},
         {"Ubetydelig", "Mindre alvorlig", "Betydelig", "Alvorlig", "Svært alvorlig"},
         ThreeZones("Akseptabel", "Vurderes", "Ikke akseptabel"),
         {}},
        // Five levels each (Meget lav ... Meget høj; Ubetydelig ... Kritisk), zones as `no`.
        {"dk",
         {"Meget lav", "Lav", "Middel", "Høj", "Meget høj"},
         {"Ubetydelig", "Mindre væsentlig", "Væsentlig", "Alvorlig", "Kritisk"},
         ThreeZones("Acceptabel", "Skal vurderes", "Ikke acceptabel"),
         {}},
        // An MSB-inspired 4x4: Låg 1-2, Medel 3-6, Hög 8-12, Extremt hög 16; 4x1 and 1x4 raised to Hög.
        // Its scales have names of their own (issue 18), apart from the zones' and KLASSA's.
        {"se",
         {"Sällsynt", "Möjlig", "Sannolik", "Mycket sannolik"},
         {"Liten", "Kännbar", "Stor", "Mycket stor"},
         {{"Låg", "#4caf50", 1, 2, true},
          {"Medel", "#ffd54f", 3, 6, false},
          {"Hög", "#fb8c00", 8, 12, false},
          {"Extremt hög", "#e53935", 16, 16, false}},
         {{{1, 4}, 2}, {{4, 1}, 2}}},
        // A neutral English 5x5.
        {"iso",
         {"Rare", "Unlikely", "Possible", "Likely", "Almost certain"},
         {"Insignificant", "Minor", "Moderate", "Major", "Severe"},
         ThreeZones("Low", "Medium", "High"),
         {}},
    };
}

std::vector<std::string> labelsOf(const std::vector<Level> &levels)
{
    std::vector<std::string> labels;
    for (const Level &level : levels)
        labels.push_back(level.label);
    return labels;
}

} // namespace

TEST(PresetTables, EveryPresetIsListedAndTested)
{
    std::vector<std::string> tested;
    for (const ExpectedPreset &preset : expectedPresets())
        tested.push_back(preset.name);
    EXPECT_EQ(presetNames(), tested);
}

TEST(PresetTables, LevelsLabelsZonesAndOverridesCellByCell)
{
    for (const ExpectedPreset &expected : expectedPresets()) {
        SCOPED_TRACE(expected.name);
        const RiskMatrix matrix = presetMatrix(expected.name);
        EXPECT_EQ(labelsOf(matrix.probability), expected.probability);
        EXPECT_EQ(labelsOf(matrix.consequence), expected.consequence);
        for (const Level &level : matrix.probability)
            EXPECT_FALSE(level.definition.empty()) << level.label;
        for (const Level &level : matrix.consequence)
            EXPECT_FALSE(level.definition.empty()) << level.label;
        EXPECT_TRUE(matrix.manyAffectedRaises);

        ASSERT_EQ(matrix.zones.size(), expected.zones.size());
        for (std::size_t i = 0; i < expected.zones.size(); ++i) {
            EXPECT_EQ(matrix.zones[i].name, expected.zones[i].name);
            EXPECT_EQ(matrix.zones[i].colour, expected.zones[i].colour);
            EXPECT_EQ(matrix.zones[i].minScore, expected.zones[i].from);
            EXPECT_EQ(matrix.zones[i].maxScore, expected.zones[i].to);
            EXPECT_EQ(matrix.zones[i].acceptable, expected.zones[i].acceptable);
        }

        // Every cell: its override if the issue names one, else the band its product falls in.
        for (int p = 1; p <= matrix.probabilityLevels(); ++p) {
            for (int c = 1; c <= matrix.consequenceLevels(); ++c) {
                const auto override = expected.overrides.find({p, c});
                EXPECT_EQ(matrix.cellZone(p, c),
                          override == expected.overrides.end() ? std::nullopt : std::optional<int>(override->second))
                    << p << "x" << c;
                int zone = -1;
                if (override != expected.overrides.end()) {
                    zone = override->second;
                } else {
                    for (std::size_t z = 0; z < expected.zones.size(); ++z)
                        if (expected.zones[z].from <= p * c && p * c <= expected.zones[z].to)
                            zone = static_cast<int>(z);
                }
                EXPECT_EQ(matrix.zoneIndexOf(p, c), zone) << p << "x" << c;
                EXPECT_GE(zone, 0) << p << "x" << c;
            }
        }
    }
}

// On the 4x4 `se` preset: ranking by product, then consequence (003 Vedlegg 2: 1x5 above 5x1, here
// 1x4 above 4x1), then probability, then entry order; the zone of each line from the bands and the two
// raised corners; rule 1 capped at level 4.
TEST(PresetTables, PrioritisationAndZonesOnTheSwedish4x4)
{
    RegisterData data;
    RiskMatrix matrix = presetMatrix("se");
    matrix.id = 1;
    data.matrices.push_back(matrix);
    data.info.currentMatrixId = 1;
    RiskAssessment assessment;
    assessment.id = 1;
    assessment.name = "Vård och omsorg 2025";
    assessment.matrixId = 1;
    data.assessments.push_back(assessment);

    struct Line {
        int probability;
        int consequence;
        bool manyAffected;
    };
    const std::vector<Line> lines = {
        {4, 1, false}, // 1: score 4, raised corner: Hög
        {2, 2, false}, // 2: score 4, Medel
        {1, 4, false}, // 3: score 4, raised corner: Hög
        {1, 3, true},  // 4: many affected -> 1 x 4, the raised corner: Hög
        {3, 2, false}, // 5: score 6, Medel
        {2, 3, false}, // 6: score 6, Medel
        {3, 4, true},  // 7: many affected, capped at 4 -> 12, Hög
        {4, 4, false}, // 8: score 16, Extremt hög
        {1, 2, false}, // 9: score 2, Låg
        {1, 1, false}, // 10: score 1, Låg
    };
    for (const Line &line : lines) {
        Risk risk;
        risk.id = static_cast<Id>(data.risks.size() + 1);
        risk.assessmentId = 1;
        risk.position = static_cast<int>(risk.id);
        risk.threat = "line " + std::to_string(risk.id);
        risk.probability = line.probability;
        risk.consequence = line.consequence;
        risk.manyAffected = line.manyAffected;
        data.risks.push_back(risk);
    }

    const std::vector<RankedRisk> ranked = prioritiseRisks(data);
    std::vector<Id> order;
    std::vector<int> scores;
    std::map<Id, int> zones;
    for (const RankedRisk &risk : ranked) {
        const Id id = data.risks[risk.index].id;
        order.push_back(id);
        scores.push_back(risk.score.score);
        zones[id] = risk.score.zone;
        EXPECT_EQ(risk.priority, static_cast<int>(order.size()));
    }
    // 16; 12; 6 (c 3), 6 (c 2); 4 with c 4 (lines 3 and 4 in entry order), 4 with c 2, 4 with c 1; 2; 1.
    EXPECT_EQ(order, (std::vector<Id>{8, 7, 6, 5, 3, 4, 2, 1, 9, 10}));
    EXPECT_EQ(scores, (std::vector<int>{16, 12, 6, 6, 4, 4, 4, 4, 2, 1}));
    constexpr int Low = 0, Medium = 1, High = 2, Extreme = 3;
    const std::map<Id, int> expectedZones = {{1, High},   {2, Medium}, {3, High},    {4, High}, {5, Medium},
                                             {6, Medium}, {7, High},   {8, Extreme}, {9, Low},  {10, Low}};
    EXPECT_EQ(zones, expectedZones);
    EXPECT_EQ(ranked[1].score.effectiveConsequence, 4); // line 7: already at the top, not raised beyond
    EXPECT_EQ(ranked[5].score.effectiveConsequence, 4); // line 4: 3 raised into the corner
}
