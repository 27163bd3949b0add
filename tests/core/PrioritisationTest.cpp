// SPDX-License-Identifier: EUPL-1.2
// DOMAIN.md rules 1-5 as they decide the order of the risk list and the action plan.
#include "plan/Prioritisation.h"
#include "matrix/Presets.h"
#include "model/RegisterData.h"

#include <gtest/gtest.h>

using namespace trygg;

namespace {

class PrioritisationTest : public ::testing::Test {
protected:
    PrioritisationTest()
    {
        RiskMatrix matrix = presetMatrix("no");
        matrix.id = 1;
        data.matrices.push_back(matrix);
        data.info.currentMatrixId = 1;
        data.units = {{1, "Skole", std::nullopt}, {2, "NAV", std::nullopt}};
        RiskAssessment school;
        school.id = 1;
        school.name = "Skole 2025";
        school.unitId = 1;
        school.matrixId = 1;
        RiskAssessment nav = school;
        nav.id = 2;
        nav.name = "NAV 2025";
        nav.unitId = 2;
        data.assessments = {school, nav};
    }

    Id addRisk(int probability, int consequence, bool manyAffected = false, Id assessment = 1)
    {
        Risk risk;
        risk.id = static_cast<Id>(data.risks.size() + 1);
        risk.assessmentId = assessment;
        risk.position = static_cast<int>(risk.id);
        risk.threat = "risk " + std::to_string(risk.id);
        risk.probability = probability;
        risk.consequence = consequence;
        risk.manyAffected = manyAffected;
        data.risks.push_back(risk);
        return risk.id;
    }

    Id addMeasure(std::vector<Id> risks, std::optional<Date> deadline = std::nullopt,
                  MeasureStatus status = MeasureStatus::Planned, Id assessment = 1)
    {
        Measure measure;
        measure.id = static_cast<Id>(data.measures.size() + 1);
        measure.assessmentId = assessment;
        measure.what = "measure " + std::to_string(measure.id);
        measure.riskIds = std::move(risks);
        measure.deadline = deadline;
        measure.status = status;
        data.measures.push_back(measure);
        return measure.id;
    }

    std::vector<Id> rankedIds(const RiskScope &scope = {}) const
    {
        std::vector<Id> ids;
        for (const RankedRisk &ranked : prioritiseRisks(data, scope))
            ids.push_back(data.risks[ranked.index].id);
        return ids;
    }

    std::vector<Id> planIds(Date today, const RiskScope &scope = {}) const
    {
        std::vector<Id> ids;
        for (const PlanEntry &entry : actionPlan(data, today, scope))
            ids.push_back(data.measures[entry.measureIndex].id);
        return ids;
    }

    RegisterData data;
};

} // namespace

TEST_F(PrioritisationTest, HighestProductFirst_Rule3_003Vedlegg2)
{
    const Id low = addRisk(1, 2);    // 2
    const Id high = addRisk(4, 4);   // 16
    const Id middle = addRisk(3, 3); // 9
    EXPECT_EQ(rankedIds(), (std::vector<Id>{high, middle, low}));
    const auto ranked = prioritiseRisks(data);
    EXPECT_EQ(ranked[0].score.score, 16);
    EXPECT_EQ(ranked[0].priority, 1);
    EXPECT_EQ(ranked[2].priority, 3);
}

TEST_F(PrioritisationTest, OneTimesFiveRanksAboveFiveTimesOne_003Vedlegg2)
{
    // "et produkt på 1x5 bør settes høyere opp i prioritet ... enn et produkt 5x1"
    const Id fiveByOne = addRisk(5, 1);
    const Id oneByFive = addRisk(1, 5);
    EXPECT_EQ(rankedIds(), (std::vector<Id>{oneByFive, fiveByOne}));
}

TEST_F(PrioritisationTest, ManyAffectedRaisesTheConsequenceBeforeRanking_Rule1_003Section51)
{
    const Id plain = addRisk(2, 3);        // 6
    const Id many = addRisk(2, 2, true);   // consequence 3 after the raise: 6, entered later
    const Id capped = addRisk(1, 5, true); // stays 5: capped at the top level
    const auto ranked = prioritiseRisks(data);
    EXPECT_EQ(rankedIds(), (std::vector<Id>{plain, many, capped}));
    EXPECT_EQ(ranked[1].score.effectiveConsequence, 3);
    EXPECT_EQ(ranked[1].score.consequence, 2);
    EXPECT_EQ(ranked[2].score.effectiveConsequence, 5);
}

TEST_F(PrioritisationTest, EqualLinesKeepEntryOrder_Rule3TieBreak)
{
    const Id first = addRisk(3, 3);
    const Id second = addRisk(3, 3);
    const Id third = addRisk(3, 3);
    EXPECT_EQ(rankedIds(), (std::vector<Id>{first, second, third}));
    std::swap(data.risks[0].position, data.risks[2].position);
    EXPECT_EQ(rankedIds(), (std::vector<Id>{third, second, first}));
}

TEST_F(PrioritisationTest, UnitScopeRanksOnlyThatUnitFromOne)
{
    addRisk(5, 5, false, 1);
    const Id nav = addRisk(2, 2, false, 2);
    const auto ranked = prioritiseRisks(data, RiskScope{Id{2}, std::nullopt});
    ASSERT_EQ(ranked.size(), 1u);
    EXPECT_EQ(data.risks[ranked[0].index].id, nav);
    EXPECT_EQ(ranked[0].priority, 1);
}

TEST_F(PrioritisationTest, PlanFollowsTheMostUrgentRiskEachMeasureTreats_Rule5)
{
    const Id r16 = addRisk(4, 4);
    const Id r4 = addRisk(2, 2);
    const Id r9 = addRisk(3, 3);
    const Id treatsLowAndHigh = addMeasure({r4, r16});
    const Id treatsMiddle = addMeasure({r9});
    const Id treatsNothing = addMeasure({});
    const Id treatsLow = addMeasure({r4});
    EXPECT_EQ(planIds({2026, 1, 1}), (std::vector<Id>{treatsLowAndHigh, treatsMiddle, treatsLow, treatsNothing}));
    const auto plan = actionPlan(data, {2026, 1, 1});
    ASSERT_EQ(plan[0].risks.size(), 2u);
    EXPECT_EQ(data.risks[plan[0].topRisk()->index].id, r16);
    EXPECT_EQ(plan[0].priority, 1);
    EXPECT_EQ(plan[3].topRisk(), nullptr);
}

TEST_F(PrioritisationTest, MeasuresForTheSameRiskGoByDeadline)
{
    const Id risk = addRisk(3, 3);
    const Id later = addMeasure({risk}, Date{2026, 9, 1});
    const Id none = addMeasure({risk});
    const Id sooner = addMeasure({risk}, Date{2026, 3, 1});
    EXPECT_EQ(planIds({2026, 1, 1}), (std::vector<Id>{sooner, later, none}));
}

TEST_F(PrioritisationTest, OverdueAfterTheDeadlineUnlessDone)
{
    const Id risk = addRisk(3, 3);
    addMeasure({risk}, Date{2026, 1, 31});
    addMeasure({risk}, Date{2026, 1, 31}, MeasureStatus::Done);
    addMeasure({risk}, Date{2026, 2, 20});
    const auto onDeadline = actionPlan(data, {2026, 1, 31});
    EXPECT_EQ(onDeadline[0].due, DueState::DueSoon);
    const auto dayAfter = actionPlan(data, {2026, 2, 1});
    EXPECT_EQ(dayAfter[0].due, DueState::Overdue);
    EXPECT_EQ(dayAfter[1].due, DueState::Finished);
    EXPECT_EQ(dayAfter[2].due, DueState::DueSoon);
}

TEST_F(PrioritisationTest, AssessmentScopeRanksOneForm_003Vedlegg2Prioritet)
{
    const Id school = addRisk(2, 2, false, 1);
    addRisk(5, 5, false, 2);
    const Id schoolHigh = addRisk(3, 3, false, 1);
    EXPECT_EQ(rankedIds(RiskScope{std::nullopt, Id{1}}), (std::vector<Id>{schoolHigh, school}));
}

// DOMAIN.md rule 6: a combined register holds a section scored on MSB's 4x4 beside one on the 5x5 of
// 003 section 5.1. A 16 on the 4x4 is its highest score; on the 5x5 it is not.
TEST_F(PrioritisationTest, AcrossMatricesZoneFirstThenShareOfTheHighestScore_Rule6)
{
    RiskMatrix swedish = presetMatrix("se");
    swedish.id = 2;
    data.matrices.push_back(swedish);
    RiskAssessment section = data.assessments[1];
    section.id = 3;
    section.name = "Socialtjänst 2025";
    section.matrixId = 2;
    data.assessments.push_back(section);

    const Id sixteenOf25 = addRisk(4, 4);        // top zone of the 5x5, share 0.64
    const Id sixteenOf16 = addRisk(4, 4, false, 3); // top zone of the 4x4, share 1
    const Id top5x5 = addRisk(5, 5);             // top zone, share 1, consequence 5
    const Id nineOf16 = addRisk(3, 3, false, 3); // "Hög": second from the top, share 0.5625
    const Id nineOf25 = addRisk(3, 3);           // "Vurderes": second from the top, share 0.36
    const Id corner = addRisk(4, 1, false, 3);   // 4, but MSB's raised corner puts it in "Hög"; share 0.25
    const Id low = addRisk(1, 1);                // "Akseptabel"

    EXPECT_EQ(rankedIds(), (std::vector<Id>{top5x5, sixteenOf16, sixteenOf25, nineOf16, nineOf25, corner, low}));

    // The plan follows the same order.
    const Id late = addMeasure({nineOf25});
    const Id early = addMeasure({sixteenOf16}, std::nullopt, MeasureStatus::Planned, 3);
    const std::vector<PlanEntry> plan = actionPlan(data, Date{2026, 1, 1});
    ASSERT_EQ(plan.size(), 2u);
    EXPECT_EQ(data.measures[plan[0].measureIndex].id, early);
    EXPECT_EQ(data.measures[plan[1].measureIndex].id, late);
}

// Within one matrix the order is exactly rule 3, even where a cell is coloured above its product: MSB's
// raised corner (4x1 in "Hög") still ranks below 3x2 = 6 in "Medel".
TEST_F(PrioritisationTest, WithinOneMatrixTheOrderIsRule3Only)
{
    RiskMatrix swedish = presetMatrix("se");
    swedish.id = 1;
    data.matrices = {swedish};
    const Id corner = addRisk(4, 1);
    const Id six = addRisk(3, 2);
    const Id oneByFour = addRisk(1, 4);
    EXPECT_EQ(rankedIds(), (std::vector<Id>{six, oneByFour, corner}));

    // A second version that only renames a level ranks alike: still rule 3.
    RiskMatrix renamed = swedish;
    renamed.id = 2;
    renamed.probability[0].label = "Sällsynt";
    data.matrices.push_back(renamed);
    RiskAssessment later = data.assessments[0];
    later.id = 3;
    later.matrixId = 2;
    data.assessments.push_back(later);
    const Id fiveLater = addRisk(1, 4, false, 3);
    EXPECT_EQ(rankedIds(), (std::vector<Id>{six, oneByFour, fiveLater, corner}));
}
