// Assessments fall due by the register's calendar rule (DOMAIN.md "Cycles"; 002 §26 stk. 2).
#include "deadlines/ReviewSchedule.h"
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
