// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The clock the tests run by (model/Clock.h): none depends on today's date or the machine's zone.

#include "model/Clock.h"

#include <cstdint>

namespace trygg {

// The instant every test of core_tests and ui_tests runs at unless it installs another clock
// (TestClockEnvironment.cpp), in UTC; trygg-cli is run with TRYGG_NOW set to it (CliTest.cpp).
inline const DateTime TestNow{{2026, 12, 1}, 10, 0};
inline constexpr const char *TestNowText = "2026-12-01T10:00Z";

// The time zone of Denmark, Norway and Sweden: CET (+1), CEST (+2) from 01:00 UTC on the last Sunday
// of March to 01:00 UTC on the last Sunday of October (EU rule since 1996), whatever the machine's.
inline FixedClock::Zone centralEuropeanZone()
{
    return [](std::int64_t utcSeconds) {
        const DateTime utc = Clock::utcAt(utcSeconds);
        auto changeAt = [&](int month) { // 01:00 UTC on the month's last Sunday
            Date last{utc.date.year, month, 31};
            const int weekday = static_cast<int>((Date{1970, 1, 1}.daysUntil(last) % 7 + 11) % 7); // 0 = Sunday
            return Clock::secondsOf(DateTime{last.addDays(-weekday), 1, 0});
        };
        return utcSeconds >= changeAt(3) && utcSeconds < changeAt(10) ? 120 : 60;
    };
}

} // namespace trygg
