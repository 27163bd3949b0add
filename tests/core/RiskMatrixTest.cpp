// SPDX-License-Identifier: EUPL-1.2
#include "matrix/RiskMatrix.h"
#include "matrix/Presets.h"
#include "model/Error.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using trygg::RiskMatrix;
using trygg::Zone;

namespace {

bool mentions(const std::vector<trygg::Message> &problems, const std::string &text)
{
    return std::any_of(problems.begin(), problems.end(), [&text](const trygg::Message &problem) {
        return problem.english().find(text) != std::string::npos;
    });
}

std::string joined(const std::vector<trygg::Message> &problems)
{
    std::string text;
    for (const trygg::Message &problem : problems)
        text += problem.english() + "\n";
    return text;
}

// A small valid 3x3 matrix to break in the tests below.
RiskMatrix threeByThree()
{
    RiskMatrix matrix;
    matrix.probability = {{"Low", ""}, {"Medium", ""}, {"High", ""}};
    matrix.consequence = {{"Small", ""}, {"Medium", ""}, {"Large", ""}};
    matrix.zones = {{"Low", "#00ff00", 1, 2, true}, {"Medium", "#FFFF00", 3, 4, false}, {"High", "#ff0000", 5, 9}};
    return matrix;
}

} // namespace

TEST(RiskMatrixTest, PresetNamesAndLanguages)
{
    EXPECT_EQ(trygg::presetNames(), (std::vector<std::string>{"no", "no-dsb", "dk", "se", "iso"}));
    EXPECT_EQ(trygg::presetLanguage("no"), "nb");
    EXPECT_EQ(trygg::presetLanguage("no-dsb"), "nb");
    EXPECT_EQ(trygg::presetLanguage("dk"), "da");
    EXPECT_EQ(trygg::presetLanguage("se"), "sv");
    EXPECT_EQ(trygg::presetLanguage("iso"), "en");
    EXPECT_TRUE(trygg::isPreset("NO"));
    EXPECT_TRUE(trygg::isPreset("No-DSB"));
    EXPECT_EQ(trygg::presetChoices().english(), "no, no-dsb, dk, se or iso");
    EXPECT_FALSE(trygg::isPreset("fi"));
}

TEST(RiskMatrixTest, UnknownPresetThrows)
{
    try {
        trygg::presetMatrix("xx");
        FAIL() << "no exception";
    } catch (const trygg::InputError &error) {
        EXPECT_STREQ(error.what(), "unknown preset 'xx': choose no, no-dsb, dk, se or iso");
    }
}

TEST(RiskMatrixTest, EveryPresetIsValid)
{
    for (const std::string &name : trygg::presetNames()) {
        const RiskMatrix matrix = trygg::presetMatrix(name);
        EXPECT_EQ(matrix.preset, name);
        EXPECT_TRUE(matrix.problems().empty()) << name << ":\n" << joined(matrix.problems());
        for (int p = 1; p <= matrix.probabilityLevels(); ++p) {
            for (int c = 1; c <= matrix.consequenceLevels(); ++c)
                EXPECT_GE(matrix.zoneIndexOf(p, c), 0) << name << " " << p << "x" << c;
        }
    }
}

// 003 section 5.1, "Enkel modell for risikovurdering": the labels and definitions word for word.
TEST(RiskMatrixTest, NorwegianPresetIs003Section5_1)
{
    const RiskMatrix matrix = trygg::presetMatrix("no");
    ASSERT_EQ(matrix.probabilityLevels(), 5);
    ASSERT_EQ(matrix.consequenceLevels(), 5);
    const std::vector<std::string> probability = {"Meget liten", "Liten", "Moderat", "Stor", "Svært stor"};
    const std::vector<std::string> consequence = {"Ubetydelig", "Liten", "Moderat", "Alvorlig", "Svært alvorlig"};
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(matrix.probability[i].label, probability[i]);
        EXPECT_EQ(matrix.consequence[i].label, consequence[i]);
    }
    EXPECT_EQ(matrix.probability[0].definition, "Hendelsen inntreffer 1 gang pr. 50. år eller sjeldnere.");
    EXPECT_EQ(matrix.probability[1].definition, "Hendelsen inntreffer 1 gang pr 10. år eller sjeldnere.");
    EXPECT_EQ(matrix.probability[2].definition, "Hendelsen inntreffer årlig eller sjeldnere.");
    EXPECT_EQ(matrix.probability[3].definition, "Hendelsen inntreffer flere ganger i året.");
    EXPECT_EQ(matrix.probability[4].definition, "Hendelsen inntreffer en gang i uka eller oftere.");
    EXPECT_EQ(matrix.consequence[0].definition,
              "Hendelsen kan medføre økonomisk tap men som kan gjenopprettes, eller kan føre til tap av omdømme eller "
              "integritet (eksempelvis kompromittering av opplysninger den registrerte oppfatter som følsomme).");
    EXPECT_EQ(matrix.consequence[3].definition, "Hendelsen kan medføre uopprettelig økonomisk tap, eller kan føre "
                                                "til alvorlig tap av omdømme og integritet.");
    EXPECT_EQ(matrix.consequence[4].definition.rfind("Hendelsen kan medføre alvorlig økonomiske tap", 0), 0u);
    EXPECT_TRUE(matrix.manyAffectedRaises); // 003 5.1: many affected ranks one level higher

    ASSERT_EQ(matrix.zones.size(), 3u);
    EXPECT_EQ(matrix.zones[0].name, "Akseptabel");
    EXPECT_EQ(matrix.zones[0].colour, "#4caf50");
    EXPECT_TRUE(matrix.zones[0].acceptable);
    EXPECT_EQ(matrix.zones[1].name, "Vurderes");
    EXPECT_EQ(matrix.zones[1].colour, "#ffd54f");
    EXPECT_FALSE(matrix.zones[1].acceptable);
    EXPECT_EQ(matrix.zones[2].name, "Ikke akseptabel");
    EXPECT_EQ(matrix.zones[2].colour, "#e53935");
    EXPECT_EQ(matrix.zones[2].maxScore, 25);
}

// Issue 4: `no-dsb` has the DSB-style labels, a definition for every level, and the zones of `no`.
TEST(RiskMatrixTest, NorwegianDsbPresetHasDsbLabelsAndTheZonesOfNo)
{
    const RiskMatrix dsb = trygg::presetMatrix("no-dsb");
    const RiskMatrix no = trygg::presetMatrix("no");
    EXPECT_EQ(dsb.preset, "no-dsb");
    const std::vector<std::string> probability = {"Lite sannsynlig", "Mindre sannsynlig", "Sannsynlig",
                                                  "Meget sannsynlig", "Svært sannsynlig"};
    const std::vector<std::string> consequence = {"Ubetydelig", "Mindre alvorlig", "Betydelig", "Alvorlig",
                                                  "Svært alvorlig"};
    ASSERT_EQ(dsb.probabilityLevels(), 5);
    ASSERT_EQ(dsb.consequenceLevels(), 5);
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(dsb.probability[i].label, probability[i]);
        EXPECT_EQ(dsb.consequence[i].label, consequence[i]);
        EXPECT_FALSE(dsb.probability[i].definition.empty()) << i;
        EXPECT_FALSE(dsb.consequence[i].definition.empty()) << i;
        EXPECT_NE(dsb.probability[i].definition, no.probability[i].definition) << i;
    }
    ASSERT_EQ(dsb.zones.size(), no.zones.size());
    for (std::size_t i = 0; i < no.zones.size(); ++i) {
        EXPECT_EQ(dsb.zones[i].name, no.zones[i].name);
        EXPECT_EQ(dsb.zones[i].colour, no.zones[i].colour);
        EXPECT_EQ(dsb.zones[i].minScore, no.zones[i].minScore);
        EXPECT_EQ(dsb.zones[i].maxScore, no.zones[i].maxScore);
        EXPECT_EQ(dsb.zones[i].acceptable, no.zones[i].acceptable);
    }
    EXPECT_TRUE(dsb.cellZones().empty()); // zones by score only, like `no`
    EXPECT_TRUE(dsb.manyAffectedRaises);
    for (int p = 1; p <= 5; ++p)
        for (int c = 1; c <= 5; ++c)
            EXPECT_EQ(dsb.zoneIndexOf(p, c), no.zoneIndexOf(p, c)) << p << "x" << c;
}

TEST(RiskMatrixTest, DanishAndEnglishPresets)
{
    const RiskMatrix dk = trygg::presetMatrix("dk");
    EXPECT_EQ(dk.probability[4].label, "Meget høj");
    EXPECT_EQ(dk.consequence[4].label, "Kritisk");
    EXPECT_EQ(dk.zones[1].name, "Skal vurderes");
    const RiskMatrix iso = trygg::presetMatrix("iso");
    EXPECT_EQ(iso.probability[4].label, "Almost certain");
    EXPECT_EQ(iso.consequence[0].label, "Insignificant");
    EXPECT_EQ(iso.zoneIndexOf(2, 2), 0);
    EXPECT_EQ(iso.zoneIndexOf(3, 3), 1);
    EXPECT_EQ(iso.zoneIndexOf(5, 2), 2);
}

// MSB's 4x4 example: bands by score, and the corners 1x4 and 4x1 raised to "Hög" cell by cell.
TEST(RiskMatrixTest, SwedishPresetOverridesCorners)
{
    const RiskMatrix se = trygg::presetMatrix("se");
    ASSERT_EQ(se.probabilityLevels(), 4);
    ASSERT_EQ(se.consequenceLevels(), 4);
    ASSERT_EQ(se.zones.size(), 4u);
    EXPECT_EQ(se.zones[2].name, "Hög");
    EXPECT_EQ(se.zones[2].colour, "#fb8c00");
    EXPECT_EQ(se.cellZone(1, 4), 2);
    EXPECT_EQ(se.cellZone(4, 1), 2);
    EXPECT_FALSE(se.cellZone(2, 2));
    EXPECT_EQ(se.zoneIndexOf(1, 4), 2); // score 4 would be Medel
    EXPECT_EQ(se.zoneIndexOf(4, 1), 2);
    EXPECT_EQ(se.zoneIndexOf(2, 2), 1); // the same score 4 without an override
    EXPECT_EQ(se.zoneIndexOf(1, 2), 0);
    EXPECT_EQ(se.zoneIndexOf(4, 4), 3);
    EXPECT_EQ(se.cellZones().size(), 16u);
}

TEST(RiskMatrixTest, ZoneLookupByScore)
{
    const RiskMatrix matrix = trygg::presetMatrix("no");
    EXPECT_EQ(matrix.zoneIndexOf(1, 1), 0);
    EXPECT_EQ(matrix.zoneIndexOf(2, 2), 0);
    EXPECT_EQ(matrix.zoneIndexOf(1, 5), 1);
    EXPECT_EQ(matrix.zoneIndexOf(3, 3), 1);
    EXPECT_EQ(matrix.zoneIndexOf(2, 5), 2);
    EXPECT_EQ(matrix.zoneIndexOf(5, 5), 2);
    EXPECT_EQ(matrix.zoneIndexOf(0, 3), -1);
    EXPECT_EQ(matrix.zoneIndexOf(3, 6), -1);
    EXPECT_EQ(matrix.zoneIndexOf(6, 1), -1);
}

TEST(RiskMatrixTest, CellOverridesSetClearAndValidate)
{
    RiskMatrix matrix = trygg::presetMatrix("no");
    EXPECT_TRUE(matrix.cellZones().empty());
    matrix.setCellZone(5, 1, 2);
    EXPECT_EQ(matrix.zoneIndexOf(5, 1), 2);
    EXPECT_EQ(matrix.cellZones().size(), 25u);
    EXPECT_EQ(matrix.cellZones()[4 * 5 + 0], 2); // p-major
    matrix.setCellZone(5, 1, std::nullopt);
    EXPECT_EQ(matrix.zoneIndexOf(5, 1), 1);
    EXPECT_THROW(matrix.setCellZone(6, 1, 0), trygg::InputError);
    EXPECT_THROW(matrix.setCellZone(1, 0, 0), trygg::InputError);
    EXPECT_THROW(matrix.setCellZone(1, 1, -2), trygg::InputError);
}

TEST(RiskMatrixTest, OverridesSurviveAChangeOfScale)
{
    RiskMatrix matrix = threeByThree();
    matrix.setCellZone(1, 3, 2);
    matrix.setCellZone(3, 1, 0);
    matrix.consequence.push_back({"Huge", ""}); // 3x4 now
    EXPECT_EQ(matrix.cellZone(1, 3), 2);
    EXPECT_EQ(matrix.cellZone(3, 1), 0);
    EXPECT_FALSE(matrix.cellZone(1, 4));
    matrix.setCellZone(2, 4, 1); // relays the cells out for 3x4
    EXPECT_EQ(matrix.cellZones().size(), 12u);
    EXPECT_EQ(matrix.cellZone(1, 3), 2);
    EXPECT_EQ(matrix.cellZone(3, 1), 0);
    EXPECT_EQ(matrix.cellZone(2, 4), 1);
    matrix.probability.pop_back(); // 2x4: the override of row 3 no longer fits
    matrix.setCellZone(1, 1, 1);
    EXPECT_EQ(matrix.cellZones().size(), 8u);
    EXPECT_EQ(matrix.cellZone(1, 3), 2);
    EXPECT_EQ(matrix.cellZone(2, 4), 1);
    EXPECT_FALSE(matrix.cellZone(3, 1));
}

TEST(RiskMatrixTest, ScaleSizeProblems)
{
    RiskMatrix matrix = threeByThree();
    EXPECT_TRUE(matrix.problems().empty()) << joined(matrix.problems());
    matrix.probability.pop_back();
    matrix.consequence.resize(7, {"More", ""});
    const auto problems = matrix.problems();
    EXPECT_TRUE(mentions(problems, "the probability scale has 2 levels; it needs 3 to 6")) << joined(problems);
    EXPECT_TRUE(mentions(problems, "the consequence scale has 7 levels; it needs 3 to 6")) << joined(problems);
}

TEST(RiskMatrixTest, LabelAndZoneProblems)
{
    RiskMatrix matrix = threeByThree();
    matrix.consequence[1].label = "  ";
    matrix.zones[0].name = "";
    matrix.zones[1].colour = "yellow";
    matrix.zones[2].minScore = 9;
    matrix.zones[2].maxScore = 5;
    const auto problems = matrix.problems();
    EXPECT_TRUE(mentions(problems, "consequence level 2 has no label")) << joined(problems);
    EXPECT_TRUE(mentions(problems, "zone 1 has no name")) << joined(problems);
    EXPECT_TRUE(mentions(problems, "zone 'Medium' has the colour 'yellow'; it must be #rrggbb")) << joined(problems);
    EXPECT_TRUE(mentions(problems, "zone 'High' runs from score 9 to 5")) << joined(problems);
    // With the High band reversed, scores 6 and 9 are covered by nothing.
    EXPECT_TRUE(mentions(problems, "the cell probability 2 x consequence 3 (score 6) has no zone")) << joined(problems);
}

TEST(RiskMatrixTest, NoZones)
{
    RiskMatrix matrix = threeByThree();
    matrix.zones.clear();
    EXPECT_EQ(joined(matrix.problems()), "the matrix has no zones\n");
    EXPECT_EQ(matrix.zoneIndexOf(1, 1), -1);
}

TEST(RiskMatrixTest, OverlappingBands)
{
    RiskMatrix matrix = threeByThree();
    matrix.zones[1].minScore = 2;
    const auto problems = matrix.problems();
    EXPECT_TRUE(mentions(problems, "zone 'Low' and zone 'Medium' overlap at score 2")) << joined(problems);
    EXPECT_EQ(matrix.zoneIndexOf(1, 2), 0); // the first band wins
}

TEST(RiskMatrixTest, UncoveredCellAndOverrideRepair)
{
    RiskMatrix matrix = trygg::presetMatrix("no");
    matrix.zones[1].maxScore = 7; // 8 is now in no band
    matrix.zones[2].minScore = 9;
    auto problems = matrix.problems();
    EXPECT_TRUE(mentions(problems, "the cell probability 2 x consequence 4 (score 8) has no zone")) << joined(problems);
    EXPECT_TRUE(mentions(problems, "the cell probability 4 x consequence 2 (score 8) has no zone")) << joined(problems);
    EXPECT_EQ(matrix.zoneIndexOf(2, 4), -1);
    matrix.setCellZone(2, 4, 1);
    matrix.setCellZone(4, 2, 2);
    EXPECT_TRUE(matrix.problems().empty()) << joined(matrix.problems());
}

TEST(RiskMatrixTest, OverrideToMissingZone)
{
    RiskMatrix matrix = threeByThree();
    matrix.setCellZone(3, 3, 5);
    const auto problems = matrix.problems();
    EXPECT_TRUE(mentions(problems, "the cell probability 3 x consequence 3 is set to zone 6, but the matrix has only 3 "
                                   "zones"))
        << joined(problems);
    EXPECT_EQ(matrix.zoneIndexOf(3, 3), -1);
}

// Issue 18: a zone of one score ("Extremt hög", 16 only) reads "16", not "16–16", in print, the window
// and the CLI alike.
TEST(RiskMatrixTest, AZoneOfOneScoreShowsOneNumber)
{
    Zone top{"Extremt hög", "#c00000", 16, 16, false};
    EXPECT_EQ(top.scoreRange(), "16");
    Zone middle{"Medel", "#ffc000", 5, 9, true};
    EXPECT_EQ(middle.scoreRange(), "5\u20139");
    EXPECT_EQ(middle.scoreRange("-"), "5-9");
}

// Issue 18: in the Swedish preset no word names two things. The probability, consequence and zone names
// differ from one another and from the asset classification's KLASSA levels (a "3 Allvarlig" asset beside
// a "4 Allvarlig" consequence misled), and the probability levels' frequencies do not overlap (level 1
// "more rarely than every tenth year" and level 2 "some time in a ten-year period" did).
TEST(RiskMatrixTest, SwedishPresetNamesEachThingOnce)
{
    const RiskMatrix se = trygg::presetMatrix("se");
    std::vector<std::string> names;
    for (const trygg::Level &level : se.probability)
        names.push_back(level.label);
    for (const trygg::Level &level : se.consequence)
        names.push_back(level.label);
    for (const Zone &zone : se.zones)
        names.push_back(zone.name);
    for (const trygg::Level &level : trygg::presetClassificationLevels("se"))
        names.push_back(level.label);
    std::vector<std::string> sorted = names;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end()) << "a name used twice";
    EXPECT_NE(se.probability[0].definition.find("mer sällan än en gång på tio år"), std::string::npos);
    EXPECT_NE(se.probability[1].definition.find("inte varje år"), std::string::npos);
    EXPECT_NE(se.probability[2].definition.find("inte varje månad"), std::string::npos);
    EXPECT_NE(se.probability[3].definition.find("varje månad eller oftare"), std::string::npos);
}
