// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Date.h"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace trygg {

// A date and time to the minute, either a UTC instant or the user's wall-clock time: which one is said
// where it is kept. Clock converts between the two (model/Clock.h). An incident's times are UTC instants
// (stored "YYYY-MM-DDTHH:MMZ"), so the 72 hours of GDPR art. 33 are real hours across a daylight saving
// change; they are shown and entered as wall-clock time ("YYYY-MM-DD HH:MM").
struct DateTime {
    Date date;
    int hour = 0;
    int minute = 0;

    auto operator<=>(const DateTime &) const = default;

    // "YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM" (seconds ignored) or a date alone (00:00); also the
    // Nordic "DD.MM.YYYY HH:MM". nullopt unless it is a real date and time.
    static std::optional<DateTime> parse(std::string_view text);

    std::string toText() const;
    // A UTC instant as the register file keeps it: "YYYY-MM-DDTHH:MMZ".
    std::string toUtcText() const;
    // Exactly "YYYY-MM-DDTHH:MMZ" with a real date and time; nullopt otherwise.
    static std::optional<DateTime> parseUtcText(std::string_view text);
    DateTime addHours(int hours) const;
    // Minutes from this moment to `other` (negative if `other` is earlier).
    long long minutesUntil(const DateTime &other) const;
};

} // namespace trygg
