// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace trygg {

// A calendar date. Arithmetic and validation go through Boost.Date_Time (Date.cpp), so this header
// stays light for everything that only carries dates around.
struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;

    auto operator<=>(const Date &) const = default;

    // ISO "YYYY-MM-DD" or Nordic "DD.MM.YYYY"; nullopt unless it is a real calendar date.
    static std::optional<Date> parse(std::string_view text);
    static bool isValid(int year, int month, int day);

    std::string toIso() const;
    Date addDays(int days) const;
    Date addMonths(int months) const;
    // Days from this date to `other` (negative if `other` is earlier).
    int daysUntil(Date other) const;
    int quarter() const { return (month - 1) / 3 + 1; }
};

} // namespace trygg
