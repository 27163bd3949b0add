#pragma once

#include "model/Date.h"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace trygg {

// A date and time to the minute: when an incident was discovered and when the data protection
// authority was told (GDPR art. 33: within 72 hours), as the user's wall clock showed it, stored as
// "YYYY-MM-DD HH:MM"; Clock converts it to and from a UTC instant (model/Clock.h), so hours between two
// of them are counted across a daylight saving change. Also a UTC time, where a caller says so.
struct DateTime {
    Date date;
    int hour = 0;
    int minute = 0;

    auto operator<=>(const DateTime &) const = default;

    // "YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM" (seconds ignored) or a date alone (00:00); also the
    // Nordic "DD.MM.YYYY HH:MM". nullopt unless it is a real date and time.
    static std::optional<DateTime> parse(std::string_view text);

    std::string toText() const;
    DateTime addHours(int hours) const;
    // Minutes from this moment to `other` (negative if `other` is earlier).
    long long minutesUntil(const DateTime &other) const;
};

} // namespace trygg
