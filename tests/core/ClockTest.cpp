// SPDX-License-Identifier: EUPL-1.2
// The one clock (issue 11 part 8; STYLE.md: time comes from one injectable clock, instants are UTC):
// tests fix it, and the user's wall-clock time follows the zone's daylight saving time.
#include "TempDir.h"
#include "../support/TestPlatform.h"
#include "TestClock.h"

#include "model/Clock.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

using namespace trygg;

namespace trygg {
inline void PrintTo(const DateTime &time, std::ostream *out)
{
    *out << time.toText();
}
} // namespace trygg

namespace {

DateTime at(int y, int m, int d, int hour, int minute = 0)
{
    return DateTime{Date{y, m, d}, hour, minute};
}

std::shared_ptr<FixedClock> nordicClock(const DateTime &utc)
{
    return std::make_shared<FixedClock>(utc, centralEuropeanZone());
}

} // namespace

TEST(Clock, TestsRunByTheFixedTestClock)
{
    EXPECT_EQ(Clock::nowUtc(), TestNow);
    EXPECT_EQ(Clock::todayLocal(), TestNow.date);
    EXPECT_EQ(Clock::nowUtcStamp(), "2026-12-01T10:00:00Z");
}

TEST(Clock, AScopedClockIsReplacedAndPutBack)
{
    {
        const ScopedClock clock(nordicClock(at(2025, 10, 25, 22, 30)));
        EXPECT_EQ(Clock::nowUtc(), at(2025, 10, 25, 22, 30));
        EXPECT_EQ(Clock::nowLocal(), at(2025, 10, 26, 0, 30)); // CEST, +2
        EXPECT_EQ(Clock::todayLocal(), (Date{2025, 10, 26}));  // already the 26th in Oslo
        EXPECT_EQ(Clock::nowLocalCompact(), "20251026-003000");
    }
    EXPECT_EQ(Clock::nowUtc(), TestNow);
}

TEST(Clock, InstantsAndSecondsSince1970)
{
    EXPECT_EQ(Clock::secondsOf(at(1970, 1, 1, 0)), 0);
    EXPECT_EQ(Clock::secondsOf(at(2026, 12, 1, 10)), 1796119200);
    EXPECT_EQ(Clock::utcAt(1796119200), at(2026, 12, 1, 10));
    EXPECT_EQ(Clock::utcAt(-60), at(1969, 12, 31, 23, 59));
    auto clock = std::make_shared<FixedClock>(at(2026, 12, 31, 23, 59));
    const ScopedClock scoped(clock);
    clock->advanceMinutes(2);
    EXPECT_EQ(Clock::nowUtc(), at(2027, 1, 1, 0, 1));
}

// The clocks go back at 03:00 CEST on the last Sunday of October (01:00 UTC) and forward at 02:00 CET on the
// last Sunday of March (01:00 UTC): the wall-clock time follows, the instant does not jump.
TEST(Clock, WallClockTimeFollowsDaylightSavingTime)
{
    const ScopedClock clock(nordicClock(TestNow));
    EXPECT_EQ(Clock::toLocal(at(2025, 10, 26, 0, 30)), at(2025, 10, 26, 2, 30)); // CEST
    EXPECT_EQ(Clock::toLocal(at(2025, 10, 26, 1, 30)), at(2025, 10, 26, 2, 30)); // CET: the hour again
    EXPECT_EQ(Clock::toUtc(at(2025, 10, 26, 2, 30)), at(2025, 10, 26, 0, 30));   // the first of the two
    EXPECT_EQ(Clock::toUtc(at(2025, 10, 26, 12, 0)), at(2025, 10, 26, 11, 0));
    EXPECT_EQ(Clock::toUtc(at(2025, 10, 25, 12, 0)), at(2025, 10, 25, 10, 0));
    EXPECT_EQ(Clock::toUtc(at(2025, 3, 30, 1, 59)), at(2025, 3, 30, 0, 59));
    EXPECT_EQ(Clock::toUtc(at(2025, 3, 30, 2, 30)), at(2025, 3, 30, 1, 30)); // never shown: read as CET
    EXPECT_EQ(Clock::toUtc(at(2025, 3, 30, 3, 0)), at(2025, 3, 30, 1, 0));
    EXPECT_EQ(Clock::toLocal(at(2025, 3, 30, 1, 0)), at(2025, 3, 30, 3, 0));
}

// The machine's own zone, as the program uses it, when that zone is Europe/Oslo.
TEST(Clock, TheMachinesZoneKeepsItsDaylightSavingTime)
{
    TRYGG_SKIP_ON_WINDOWS("TZ=Europe/Oslo: Windows' C runtime knows no zone names");
    if (!std::filesystem::exists("/usr/share/zoneinfo/Europe/Oslo"))
        GTEST_SKIP() << "no time zone data on this machine";
    const char *old = std::getenv("TZ");
    const std::string previous = old ? old : "";
    test::setEnv("TZ", "Europe/Oslo");
    ::tzset();
    {
        const ScopedClock clock(std::make_shared<FixedClock>(at(2025, 10, 26, 0, 30), FixedClock::machineZone()));
        EXPECT_EQ(Clock::nowLocal(), at(2025, 10, 26, 2, 30));
        EXPECT_EQ(Clock::toLocal(at(2025, 10, 26, 1, 30)), at(2025, 10, 26, 2, 30));
        EXPECT_EQ(Clock::toUtc(at(2025, 10, 27, 11, 0)), at(2025, 10, 27, 10, 0));
        EXPECT_EQ(Clock::toUtc(at(2025, 7, 1, 12, 0)), at(2025, 7, 1, 10, 0));
    }
    if (old)
        test::setEnv("TZ", previous);
    else
        test::unsetEnv("TZ");
    ::tzset();
}

// The audit trail's times are the clock's, in UTC.
TEST(Clock, TheAuditTrailIsStampedInUtcByTheClock)
{
    const ScopedClock clock(nordicClock(at(2025, 10, 26, 1, 15)));
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("k.trygg"), "no", "K");
    EXPECT_EQ(file.info().created, (Date{2025, 10, 26}));
    const std::vector<AuditEntry> trail = file.history();
    ASSERT_FALSE(trail.empty());
    EXPECT_EQ(trail.front().at, "2025-10-26T01:15:00Z");
}

TEST(Clock, TryggNowIsADateOrAUtcTime)
{
    test::setEnv("TRYGG_TEST_NOW", "2030-06-15");
    std::shared_ptr<const Clock> clock = clockFromEnvironment("TRYGG_TEST_NOW");
    ASSERT_TRUE(clock);
    EXPECT_EQ(Clock::utcAt(clock->secondsNow()), at(2030, 6, 15, 12));
    test::setEnv("TRYGG_TEST_NOW", "2030-06-15T08:45Z");
    EXPECT_EQ(Clock::utcAt(clockFromEnvironment("TRYGG_TEST_NOW")->secondsNow()), at(2030, 6, 15, 8, 45));
    for (const char *bad : {"15.06.2030", "2030-06-31", "2030-06-15 08:45", "2030-06-15T08:45", "now"}) {
        test::setEnv("TRYGG_TEST_NOW", bad);
        EXPECT_THROW(clockFromEnvironment("TRYGG_TEST_NOW"), InputError) << bad;
    }
    test::unsetEnv("TRYGG_TEST_NOW");
    EXPECT_FALSE(clockFromEnvironment("TRYGG_TEST_NOW"));
}
