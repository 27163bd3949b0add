// SPDX-License-Identifier: EUPL-1.2
#include "risk/RiskRules.h"

#include "matrix/Presets.h"
#include "matrix/RiskMatrix.h"
#include "model/Risk.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using trygg::Risk;
using trygg::RiskMatrix;

namespace {

Risk risk(int probability, int consequence, bool manyAffected = false)
{
    Risk result;
    result.threat = "Personopplysninger sendes til feil mottaker";
    result.aspects = trygg::AspectPrivacy | trygg::AspectConfidentiality;
    result.probability = probability;
    result.consequence = consequence;
    result.manyAffected = manyAffected;
    return result;
}

bool mentions(const std::vector<trygg::Message> &problems, const std::string &text)
{
    return std::any_of(problems.begin(), problems.end(), [&text](const trygg::Message &problem) {
        return problem.english().find(text) != std::string::npos;
    });
}

} // namespace

// DOMAIN.md rule 1, 003 section 5.1: many people affected raises the consequence one level.
TEST(RiskRulesTest, Rule1_ManyAffectedRaisesOneLevel)
{
    const RiskMatrix matrix = trygg::presetMatrix("no");
    EXPECT_EQ(trygg::effectiveConsequence(matrix, 2, false), 2);
    EXPECT_EQ(trygg::effectiveConsequence(matrix, 2, true), 3);
    EXPECT_EQ(trygg::effectiveConsequence(matrix, 4, true), 5);

    const trygg::RiskScore score = trygg::scoreOf(matrix, risk(3, 2, true));
    EXPECT_EQ(score.consequence, 2); // the raw value is kept
    EXPECT_EQ(score.effectiveConsequence, 3);
    EXPECT_EQ(score.score, 9);
}

// DOMAIN.md rule 1: "Capped at the top level".
TEST(RiskRulesTest, Rule1_RaiseIsCappedAtTheTopLevel)
{
    const RiskMatrix no = trygg::presetMatrix("no");
    EXPECT_EQ(trygg::effectiveConsequence(no, 5, true), 5);
    const RiskMatrix se = trygg::presetMatrix("se");
    EXPECT_EQ(trygg::effectiveConsequence(se, 4, true), 4);
    EXPECT_EQ(trygg::effectiveConsequence(se, 3, true), 4);
    EXPECT_EQ(trygg::scoreOf(no, risk(5, 5, true)).score, 25);
}

TEST(RiskRulesTest, Rule1_CanBeSwitchedOffPerMatrix)
{
    RiskMatrix matrix = trygg::presetMatrix("no");
    matrix.manyAffectedRaises = false;
    EXPECT_EQ(trygg::effectiveConsequence(matrix, 2, true), 2);
    EXPECT_EQ(trygg::scoreOf(matrix, risk(3, 2, true)).score, 6);
}

// DOMAIN.md rule 2 (003 Vedlegg 2 "Produkt"): score = S x K.
TEST(RiskRulesTest, Rule2_ScoreIsProbabilityTimesConsequence)
{
    const RiskMatrix matrix = trygg::presetMatrix("no");
    for (int p = 1; p <= 5; ++p) {
        for (int c = 1; c <= 5; ++c) {
            const trygg::RiskScore score = trygg::scoreOf(matrix, risk(p, c));
            EXPECT_EQ(score.probability, p);
            EXPECT_EQ(score.effectiveConsequence, c);
            EXPECT_EQ(score.score, p * c);
        }
    }
}

// Zones of the `no` preset (acceptance criteria fixed before the assessment, 003 section 5).
TEST(RiskRulesTest, ZonesOfTheNorwegianPreset)
{
    const RiskMatrix matrix = trygg::presetMatrix("no");
    EXPECT_EQ(trygg::scoreOf(matrix, risk(2, 2)).zone, 0); // 4: Akseptabel (green)
    EXPECT_EQ(trygg::scoreOf(matrix, risk(1, 5)).zone, 1); // 5: Vurderes (yellow)
    EXPECT_EQ(trygg::scoreOf(matrix, risk(2, 5)).zone, 2); // 10: Ikke akseptabel (red)
    // Rule 1 moves 2x4 (8, yellow) to 2x5 (10, red).
    EXPECT_EQ(trygg::scoreOf(matrix, risk(2, 4)).zone, 1);
    EXPECT_EQ(trygg::scoreOf(matrix, risk(2, 4, true)).zone, 2);
}

TEST(RiskRulesTest, ZoneFollowsCellOverridesOfTheSwedishPreset)
{
    const RiskMatrix matrix = trygg::presetMatrix("se");
    EXPECT_EQ(trygg::scoreOf(matrix, risk(1, 4)).zone, 2);       // MSB: corner raised to Hög
    EXPECT_EQ(trygg::scoreOf(matrix, risk(1, 3, true)).zone, 2); // raised by rule 1 into that corner
    EXPECT_EQ(trygg::scoreOf(matrix, risk(2, 2)).zone, 1);
}

// DOMAIN.md "The action plan": after a measure the risk is scored again (residual risk).
TEST(RiskRulesTest, ResidualScore)
{
    const RiskMatrix matrix = trygg::presetMatrix("no");
    Risk line = risk(4, 4);
    EXPECT_FALSE(trygg::residualScoreOf(matrix, line));

    line.residualProbability = 2;
    auto residual = trygg::residualScoreOf(matrix, line);
    ASSERT_TRUE(residual);
    EXPECT_EQ(residual->probability, 2);
    EXPECT_EQ(residual->consequence, 4); // taken from the current value
    EXPECT_EQ(residual->score, 8);
    EXPECT_EQ(residual->zone, 1);

    line.residualProbability.reset();
    line.residualConsequence = 1;
    residual = trygg::residualScoreOf(matrix, line);
    ASSERT_TRUE(residual);
    EXPECT_EQ(residual->probability, 4);
    EXPECT_EQ(residual->score, 4);
    EXPECT_EQ(residual->zone, 0);
}

// DOMAIN.md rule 1 applies to the residual consequence as well.
TEST(RiskRulesTest, Rule1_AppliesToResidual)
{
    const RiskMatrix matrix = trygg::presetMatrix("no");
    Risk line = risk(4, 4, true);
    line.residualProbability = 1;
    line.residualConsequence = 2;
    const auto residual = trygg::residualScoreOf(matrix, line);
    ASSERT_TRUE(residual);
    EXPECT_EQ(residual->consequence, 2);
    EXPECT_EQ(residual->effectiveConsequence, 3);
    EXPECT_EQ(residual->score, 3);
}

TEST(RiskRulesTest, ValidRiskHasNoProblems)
{
    const RiskMatrix matrix = trygg::presetMatrix("no");
    Risk line = risk(5, 5, true);
    line.aspects = trygg::AllAspects;
    line.residualProbability = 1;
    line.residualConsequence = 1;
    EXPECT_TRUE(trygg::riskProblems(matrix, line).empty());
}

// 003 Vedlegg 2: each line says "Hva kan skje?" and crosses S and K within the scales.
TEST(RiskRulesTest, RiskProblems)
{
    const RiskMatrix matrix = trygg::presetMatrix("no");
    Risk line = risk(7, 0);
    line.threat = "  ";
    line.residualProbability = 0;
    line.residualConsequence = 6;
    line.aspects = 0x10u | trygg::AspectPrivacy;
    const auto problems = trygg::riskProblems(matrix, line);
    EXPECT_EQ(problems.size(), 6u);
    EXPECT_TRUE(mentions(problems, "what can happen is empty"));
    EXPECT_TRUE(mentions(problems, "probability 7 is outside 1-5"));
    EXPECT_TRUE(mentions(problems, "consequence 0 is outside 1-5"));
    EXPECT_TRUE(mentions(problems, "residual probability 0 is outside 1-5"));
    EXPECT_TRUE(mentions(problems, "residual consequence 6 is outside 1-5"));
    EXPECT_TRUE(mentions(problems, "unknown aspects"));
}

TEST(RiskRulesTest, RiskProblemsFollowTheMatrixSize)
{
    const RiskMatrix se = trygg::presetMatrix("se");
    const auto problems = trygg::riskProblems(se, risk(5, 4));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].english(), "probability 5 is outside 1-4");
    // Off-scale values are not raised by rule 1 and score to no zone.
    EXPECT_EQ(trygg::effectiveConsequence(se, 0, true), 0);
    EXPECT_EQ(trygg::scoreOf(se, risk(5, 4)).zone, -1);
}
