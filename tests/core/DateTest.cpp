// SPDX-License-Identifier: EUPL-1.2
#include "model/Date.h"
#include "model/Clock.h"

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

namespace trygg {
// Readable failure messages; inline because more than one test file defines it.
inline void PrintTo(const Date &date, std::ostream *out)
{
    *out << date.toIso();
}
} // namespace trygg

using trygg::Date;

TEST(DateTest, ParsesIso)
{
    const auto date = Date::parse("2025-03-07");
    ASSERT_TRUE(date);
    EXPECT_EQ(*date, (Date{2025, 3, 7}));
}

// The Norwegian and Danish forms write dates as 07.03.2025 (003 Vedlegg 2, 002).
TEST(DateTest, ParsesNordicWithAndWithoutLeadingZeros)
{
    EXPECT_EQ(Date::parse("07.03.2025"), (Date{2025, 3, 7}));
    EXPECT_EQ(Date::parse("7.3.2025"), (Date{2025, 3, 7}));
    EXPECT_EQ(Date::parse("31.12.1999"), (Date{1999, 12, 31}));
}

TEST(DateTest, TrimsWhitespace)
{
    EXPECT_EQ(Date::parse("  2024-01-02\t"), (Date{2024, 1, 2}));
    EXPECT_EQ(Date::parse("\n2.1.2024 "), (Date{2024, 1, 2}));
}

TEST(DateTest, LeapDays)
{
    EXPECT_TRUE(Date::parse("2024-02-29"));
    EXPECT_FALSE(Date::parse("2025-02-29"));
    EXPECT_FALSE(Date::parse("1900-02-29")); // a century year that is not a leap year
    EXPECT_TRUE(Date::parse("2000-02-29"));
    EXPECT_FALSE(Date::parse("29.02.2023"));
}

TEST(DateTest, RejectsMalformedText)
{
    for (const char *text : {"",           " ",           "2025-3-07",   "2025-03-7", "25-03-07",
                             "2025/03/07", "2025-03-07x", "x2025-03-07", "20250307",  "2025-13-01",
                             "2025-00-10", "2025-04-31",  "2025-01-00",  "7.3.25",    "007.3.2025",
                             "7.3.2025.",  ".3.2025",     "7..2025",     "7.3",       "+1.3.2025",
                             "2025-+3-07", "1899-12-31",  "0000-01-01",  "a.b.cdef"})
        EXPECT_FALSE(Date::parse(text)) << "'" << text << "'";
}

TEST(DateTest, ValidYearsAre1900To9999)
{
    EXPECT_TRUE(Date::isValid(1900, 1, 1));
    EXPECT_TRUE(Date::isValid(9999, 12, 31));
    EXPECT_FALSE(Date::isValid(1899, 12, 31));
    EXPECT_FALSE(Date::isValid(10000, 1, 1));
    EXPECT_FALSE(Date::isValid(2025, 6, 31));
    EXPECT_FALSE(Date::isValid(2025, 0, 1));
}

TEST(DateTest, ToIsoIsZeroPadded)
{
    EXPECT_EQ((Date{2025, 3, 7}).toIso(), "2025-03-07");
    EXPECT_EQ((Date{1999, 12, 31}).toIso(), "1999-12-31");
    EXPECT_EQ(Date::parse("1.2.2030")->toIso(), "2030-02-01");
}

TEST(DateTest, TodayIsAValidDateOfTheMachinesClock)
{
    const trygg::ScopedClock machine(std::make_shared<trygg::SystemClock>());
    const trygg::Date today = trygg::Clock::todayLocal();
    EXPECT_TRUE(Date::isValid(today.year, today.month, today.day));
    EXPECT_GE(today.year, 2024);
}

TEST(DateTest, AddDaysCrossesMonthsAndYears)
{
    EXPECT_EQ((Date{2025, 12, 31}).addDays(1), (Date{2026, 1, 1}));
    EXPECT_EQ((Date{2024, 2, 28}).addDays(1), (Date{2024, 2, 29}));
    EXPECT_EQ((Date{2025, 2, 28}).addDays(1), (Date{2025, 3, 1}));
    EXPECT_EQ((Date{2025, 3, 1}).addDays(-1), (Date{2025, 2, 28}));
    EXPECT_EQ((Date{2025, 3, 1}).addDays(0), (Date{2025, 3, 1}));
    EXPECT_EQ((Date{2025, 1, 1}).addDays(365), (Date{2026, 1, 1}));
}

TEST(DateTest, AddMonthsClampsToTheEndOfTheMonth)
{
    EXPECT_EQ((Date{2025, 1, 31}).addMonths(1), (Date{2025, 2, 28}));
    EXPECT_EQ((Date{2024, 1, 31}).addMonths(1), (Date{2024, 2, 29}));
    EXPECT_EQ((Date{2025, 3, 31}).addMonths(1), (Date{2025, 4, 30}));
    // A month end that is not the 31st stays on its day (no snapping to the end of the next month).
    EXPECT_EQ((Date{2025, 2, 28}).addMonths(1), (Date{2025, 3, 28}));
    EXPECT_EQ((Date{2024, 2, 29}).addMonths(12), (Date{2025, 2, 28}));
    EXPECT_EQ((Date{2025, 11, 15}).addMonths(2), (Date{2026, 1, 15}));
    EXPECT_EQ((Date{2025, 1, 15}).addMonths(-1), (Date{2024, 12, 15}));
    EXPECT_EQ((Date{2025, 6, 1}).addMonths(120), (Date{2035, 6, 1}));
}

TEST(DateTest, DaysUntil)
{
    EXPECT_EQ((Date{2025, 1, 1}).daysUntil(Date{2025, 1, 31}), 30);
    EXPECT_EQ((Date{2025, 1, 31}).daysUntil(Date{2025, 1, 1}), -30);
    EXPECT_EQ((Date{2024, 1, 1}).daysUntil(Date{2025, 1, 1}), 366);
    EXPECT_EQ((Date{2025, 5, 5}).daysUntil(Date{2025, 5, 5}), 0);
}

TEST(DateTest, ArithmeticOnAnOutOfRangeStructDoesNotThrow)
{
    EXPECT_NO_THROW((Date{2025, 2, 30}).addDays(1));
    EXPECT_NO_THROW((Date{9999, 12, 31}).addDays(10));
    EXPECT_NO_THROW((Date{9999, 12, 31}).addMonths(10));
    EXPECT_EQ((Date{9999, 12, 31}).addMonths(1), (Date{9999, 12, 31}));
}

TEST(DateTest, QuarterAndOrdering)
{
    EXPECT_EQ((Date{2025, 3, 31}).quarter(), 1);
    EXPECT_EQ((Date{2025, 4, 1}).quarter(), 2);
    EXPECT_EQ((Date{2025, 12, 31}).quarter(), 4);
    EXPECT_LT((Date{2025, 1, 31}), (Date{2025, 2, 1}));
    EXPECT_LT((Date{2024, 12, 31}), (Date{2025, 1, 1}));
}
