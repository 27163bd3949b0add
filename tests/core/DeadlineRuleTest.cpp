// SPDX-License-Identifier: EUPL-1.2
#include "deadlines/DeadlineRule.h"
#include "model/Error.h"

#include <gtest/gtest.h>

#include <ostream>

namespace trygg {
// Readable failure messages; inline because more than one test file defines it.
inline void PrintTo(const Date &date, std::ostream *out)
{
    *out << date.toIso();
}
} // namespace trygg

using trygg::Date;
using trygg::DeadlineRule;
using trygg::DueState;

namespace {

DeadlineRule rule(std::string_view text)
{
    const auto parsed = DeadlineRule::parse(text);
    EXPECT_TRUE(parsed) << text;
    return parsed.value_or(DeadlineRule::everyMonths(1));
}

} // namespace

// 002 §26 stk. 2: risk assessments before the end of every odd year.
TEST(DeadlineRuleTest, OddYear_002_Par26)
{
    const DeadlineRule oddYear = rule("odd-year");
    EXPECT_EQ(oddYear.kind(), DeadlineRule::Kind::EndOfNextOddYear);
    EXPECT_EQ(oddYear.nextDue(Date{2024, 6, 1}), (Date{2025, 12, 31}));
    EXPECT_EQ(oddYear.nextDue(Date{2025, 3, 1}), (Date{2027, 12, 31}));
    EXPECT_EQ(oddYear.nextDue(Date{2025, 12, 31}), (Date{2027, 12, 31}));
    EXPECT_EQ(oddYear.nextDue(Date{2026, 1, 1}), (Date{2027, 12, 31}));
}

// 002 §27 stk. 2: the combined assessment before the end of Q1 of every even year.
TEST(DeadlineRuleTest, EvenYearQ1_002_Par27)
{
    const DeadlineRule evenYear = rule("even-year-q1");
    EXPECT_EQ(evenYear.kind(), DeadlineRule::Kind::EndOfQ1OfNextEvenYear);
    EXPECT_EQ(evenYear.nextDue(Date{2025, 5, 1}), (Date{2026, 3, 31}));
    EXPECT_EQ(evenYear.nextDue(Date{2026, 2, 1}), (Date{2028, 3, 31}));
    EXPECT_EQ(evenYear.nextDue(Date{2027, 12, 31}), (Date{2028, 3, 31}));
}

// DOMAIN.md "Cycles": "every N months after the last review" (e.g. 002 §4 stk. 3, every 2nd year).
TEST(DeadlineRuleTest, EveryMonths)
{
    const DeadlineRule twoYears = rule("months:24");
    EXPECT_EQ(twoYears.kind(), DeadlineRule::Kind::EveryMonths);
    EXPECT_EQ(twoYears.months(), 24);
    EXPECT_EQ(twoYears.nextDue(Date{2025, 4, 10}), (Date{2027, 4, 10}));
    EXPECT_EQ(rule("months:1").nextDue(Date{2025, 1, 31}), (Date{2025, 2, 28}));
    EXPECT_EQ(rule("months:120").nextDue(Date{2025, 1, 1}), (Date{2035, 1, 1}));
    EXPECT_EQ(DeadlineRule::everyMonths(12).nextDue(Date{2024, 2, 29}), (Date{2025, 2, 28}));
}

TEST(DeadlineRuleTest, ParseIsCaseInsensitiveAndTrims)
{
    EXPECT_EQ(rule("  ODD-Year ").text(), "odd-year");
    EXPECT_EQ(rule("Even-Year-Q1").text(), "even-year-q1");
    EXPECT_EQ(rule(" MONTHS:12\t").text(), "months:12");
    EXPECT_EQ(rule("months: 6").months(), 6);
    EXPECT_EQ(rule("months:006").text(), "months:6");
}

TEST(DeadlineRuleTest, TextRoundTrips)
{
    for (const char *text : {"odd-year", "even-year-q1", "months:1", "months:36", "months:120"})
        EXPECT_EQ(rule(text).text(), text);
    EXPECT_EQ(DeadlineRule::everyMonths(48).text(), "months:48");
}

TEST(DeadlineRuleTest, RejectsUnknownRules)
{
    for (const char *text : {"", "odd", "odd-years", "even-year", "months", "months:", "months:0", "months:121",
                             "months:-3", "months:+3", "months:1000", "months:12x", "months:x", "monthly:12", "12"})
        EXPECT_FALSE(DeadlineRule::parse(text)) << "'" << text << "'";
}

TEST(DeadlineRuleTest, EveryMonthsOutsideRangeThrows)
{
    EXPECT_THROW(DeadlineRule::everyMonths(0), trygg::InputError);
    EXPECT_THROW(DeadlineRule::everyMonths(121), trygg::InputError);
    EXPECT_NO_THROW(DeadlineRule::everyMonths(120));
}

TEST(DeadlineRuleTest, DueStateWithoutDeadlineOrFinished)
{
    const Date today{2025, 6, 1};
    EXPECT_EQ(trygg::dueState(std::nullopt, false, today), DueState::NoDeadline);
    EXPECT_EQ(trygg::dueState(std::nullopt, true, today), DueState::NoDeadline);
    EXPECT_EQ(trygg::dueState(Date{2020, 1, 1}, true, today), DueState::Finished);
}

// DOMAIN.md "Cycles": deadlines are shown as due soon or overdue; overdue the day after.
TEST(DeadlineRuleTest, DueStateBoundaries)
{
    const Date deadline{2025, 6, 30};
    EXPECT_EQ(trygg::dueState(deadline, false, Date{2025, 7, 1}), DueState::Overdue);
    EXPECT_EQ(trygg::dueState(deadline, false, Date{2025, 6, 30}), DueState::DueSoon);
    EXPECT_EQ(trygg::dueState(deadline, false, Date{2025, 5, 31}), DueState::DueSoon); // 30 days left
    EXPECT_EQ(trygg::dueState(deadline, false, Date{2025, 5, 30}), DueState::Open);    // 31 days left
    EXPECT_EQ(trygg::dueState(deadline, false, Date{2025, 6, 20}, 7), DueState::Open);
    EXPECT_EQ(trygg::dueState(deadline, false, Date{2025, 6, 23}, 7), DueState::DueSoon);
}

// "Yearly by a date" (002 §79 stk. 4: incidents reported by the end of Q4; 004: the yearly plan
// followed up in autumn): a review in a year covers that year, however late in it.
TEST(DeadlineRuleTest, YearlyByADate)
{
    const DeadlineRule autumn = rule("yearly:10-31");
    EXPECT_EQ(autumn.kind(), DeadlineRule::Kind::YearlyBy);
    EXPECT_EQ(autumn.text(), "yearly:10-31");
    EXPECT_EQ(autumn.nextDue(Date{2026, 3, 1}), (Date{2027, 10, 31}));
    EXPECT_EQ(autumn.nextDue(Date{2026, 11, 15}), (Date{2027, 10, 31})); // late, still this year's
    EXPECT_EQ(autumn.nextDue(Date{2026, 12, 31}), (Date{2027, 10, 31}));
    EXPECT_EQ(rule("Yearly:03-05").text(), "yearly:03-05");
    EXPECT_EQ(DeadlineRule::yearlyBy(12, 31).text(), "yearly:12-31");
    for (const char *bad : {"yearly:02-30", "yearly:13-01", "yearly:00-10", "yearly:1-31", "yearly:", "yearly:10/31"})
        EXPECT_FALSE(DeadlineRule::parse(bad)) << bad;
    EXPECT_THROW(DeadlineRule::yearlyBy(4, 31), trygg::InputError);
}

// Leap days: 29 February exists only in leap years.
TEST(DeadlineRuleTest, LeapDays)
{
    const DeadlineRule leap = rule("yearly:02-29");
    EXPECT_EQ(leap.nextDue(Date{2027, 1, 10}), (Date{2028, 2, 29}));
    EXPECT_EQ(leap.nextDue(Date{2024, 2, 29}), (Date{2025, 2, 28}));
    // Feb 29 + 12 months is Feb 28 of the next year; + 48 months is a leap day again.
    EXPECT_EQ(rule("months:12").nextDue(Date{2024, 2, 29}), (Date{2025, 2, 28}));
    EXPECT_EQ(rule("months:48").nextDue(Date{2024, 2, 29}), (Date{2028, 2, 29}));
    // A month end that is not a leap day stays where it is, not snapped to the month's end.
    EXPECT_EQ(rule("months:12").nextDue(Date{2027, 2, 28}), (Date{2028, 2, 28}));
}

// 002 §27 stk. 2 at the edges of Q1 and of the year.
TEST(DeadlineRuleTest, EvenYearQ1AtItsEdges_002_Par27)
{
    const DeadlineRule q1 = rule("even-year-q1");
    EXPECT_EQ(q1.nextDue(Date{2025, 12, 31}), (Date{2026, 3, 31}));
    EXPECT_EQ(q1.nextDue(Date{2026, 1, 1}), (Date{2028, 3, 31}));
    EXPECT_EQ(q1.nextDue(Date{2026, 3, 31}), (Date{2028, 3, 31}));
    EXPECT_EQ(q1.nextDue(Date{2026, 4, 1}), (Date{2028, 3, 31}));
    EXPECT_EQ(q1.nextDue(Date{2027, 12, 31}), (Date{2028, 3, 31}));
}

// A deadline on the last day of the year is due that day and overdue the next (one day late).
TEST(DeadlineRuleTest, OneDayLateAtTheYearEnd)
{
    const Date due = rule("odd-year").nextDue(Date{2024, 6, 1});
    EXPECT_EQ(due, (Date{2025, 12, 31}));
    EXPECT_EQ(trygg::dueState(due, false, Date{2025, 12, 31}), DueState::DueSoon);
    EXPECT_EQ(trygg::dueState(due, false, Date{2026, 1, 1}), DueState::Overdue);
    EXPECT_EQ(trygg::dueState(due, true, Date{2026, 1, 1}), DueState::Finished);
}
