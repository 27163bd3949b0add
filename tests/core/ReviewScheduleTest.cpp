// SPDX-License-Identifier: EUPL-1.2
// Assessments fall due by the register's calendar rule (DOMAIN.md "Cycles"; 002 §26 stk. 2).
#include "deadlines/ReviewSchedule.h"
#include "matrix/Presets.h"
#include "model/RegisterData.h"

#include <gtest/gtest.h>

using namespace trygg;

TEST(ReviewSchedule, LatestAssessmentPerUnitDecidesTheNextDueDate_002Par26)
{
    RegisterData data;
    data.info.reviewRule = "odd-year";
    data.units = {{1, "Skole", std::nullopt}, {2, "NAV", std::nullopt}, {3, "Teknisk", std::nullopt}};
    RiskAssessment old;
    old.id = 1;
    old.unitId = 1;
    old.date = {2023, 5, 1};
    RiskAssessment recent = old;
    recent.id = 2;
    recent.date = {2025, 2, 1};
    RiskAssessment nav = old;
    nav.id = 3;
    nav.unitId = 2;
    nav.date = {2024, 9, 1};
    data.assessments = {old, recent, nav};

    const auto schedule = reviewSchedule(data, {2025, 11, 1});
    ASSERT_EQ(schedule.size(), 3u);
    // Teknisk has never been assessed: due now, first.
    EXPECT_EQ(schedule[0].unitId, Id{3});
    EXPECT_FALSE(schedule[0].due.has_value());
    EXPECT_EQ(schedule[0].state, DueState::Overdue);
    // NAV, assessed in 2024, is due at the end of 2025 (the next odd year): within 90 days.
    EXPECT_EQ(schedule[1].unitId, Id{2});
    EXPECT_EQ(schedule[1].due, (Date{2025, 12, 31}));
    EXPECT_EQ(schedule[1].state, DueState::DueSoon);
    // Skole's 2025 assessment replaces the 2023 one: next due end of 2027.
    EXPECT_EQ(schedule[2].lastAssessmentId, Id{2});
    EXPECT_EQ(schedule[2].due, (Date{2027, 12, 31}));
    EXPECT_EQ(schedule[2].state, DueState::Open);
}

// DOMAIN.md rule 6: the days per zone belong to the current matrix's zones; a risk scored on a section's
// 4x4 (four zones) counts by its zone's place from the top: its top zone is the current 5x5's top zone.
TEST(ReviewSchedule, DaysPerZoneCountZonesFromTheTopAcrossMatrices_Rule6)
{
    RegisterData data;
    data.info.reviewRule = "odd-year";
    data.info.created = {2024, 1, 1};
    RiskMatrix five = presetMatrix("no"); // zones 0-2, top 2
    five.id = 1;
    RiskMatrix four = presetMatrix("se"); // zones 0-3, top 3
    four.id = 2;
    data.matrices = {five, four};
    data.info.currentMatrixId = 1;
    data.reviewRules.zoneDays = {{2, 90}, {1, 180}};
    data.units = {{1, "Socialtjänst", std::nullopt}};
    RiskAssessment section;
    section.id = 1;
    section.unitId = 1;
    section.date = {2025, 2, 1};
    section.matrixId = 2;
    data.assessments = {section};
    Risk top;
    top.id = 1;
    top.assessmentId = 1;
    top.probability = 4;
    top.consequence = 4; // 16: "Extremt hög", the 4x4's top zone (index 3)
    data.risks = {top};
    EXPECT_EQ(nextReview(data, ReviewKind::Assessment, 1).due, (Date{2025, 2, 1}).addDays(90));
    data.risks[0].probability = 2;
    data.risks[0].consequence = 4; // 8: "Hög", second from the top: the 5x5's "Vurderes" (180 days)
    EXPECT_EQ(nextReview(data, ReviewKind::Assessment, 1).due, (Date{2025, 2, 1}).addDays(180));
}
