// SPDX-License-Identifier: EUPL-1.2
#include "model/Date.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cstdio>

namespace trygg {

namespace {

namespace greg = boost::gregorian;

// What a register accepts as a date; Boost itself covers 1400..9999.
constexpr int FirstYear = 1900;
constexpr int LastYear = 9999;
// Arithmetic results are clamped to Boost's range so that it never throws.
constexpr int BoostFirstYear = 1400;

bool isDigit(char ch)
{
    return ch >= '0' && ch <= '9';
}

bool isSpace(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// All digits, 1..4 of them: the caller checks the exact width.
std::optional<int> digitsValue(std::string_view digits)
{
    if (digits.empty() || digits.size() > 4 || !std::all_of(digits.begin(), digits.end(), isDigit))
        return std::nullopt;
    int value = 0;
    for (char ch : digits)
        value = value * 10 + (ch - '0');
    return value;
}

int daysInMonth(int year, int month)
{
    return greg::gregorian_calendar::end_of_month_day(year, month);
}

// A Date struct may have been filled in by hand; clamp it to a real day before Boost sees it.
greg::date toBoost(const Date &date)
{
    const int year = std::clamp(date.year, BoostFirstYear, LastYear);
    const int month = std::clamp(date.month, 1, 12);
    const int day = std::clamp(date.day, 1, daysInMonth(year, month));
    return greg::date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                      static_cast<unsigned short>(day));
}

Date fromBoost(const greg::date &date)
{
    const greg::date::ymd_type ymd = date.year_month_day();
    return Date{static_cast<int>(ymd.year), static_cast<int>(ymd.month), static_cast<int>(ymd.day)};
}

} // namespace

bool Date::isValid(int year, int month, int day)
{
    if (year < FirstYear || year > LastYear || month < 1 || month > 12 || day < 1)
        return false;
    return day <= daysInMonth(year, month);
}

std::optional<Date> Date::parse(std::string_view text)
{
    text = trimmed(text);
    std::optional<int> year, month, day;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        // ISO 8601, exactly YYYY-MM-DD.
        year = digitsValue(text.substr(0, 4));
        month = digitsValue(text.substr(5, 2));
        day = digitsValue(text.substr(8, 2));
    } else {
        // Nordic D.M.YYYY / DD.MM.YYYY, as the paper forms write it.
        const std::size_t firstDot = text.find('.');
        const std::size_t secondDot = firstDot == std::string_view::npos ? firstDot : text.find('.', firstDot + 1);
        if (secondDot == std::string_view::npos)
            return std::nullopt;
        const std::string_view dayText = text.substr(0, firstDot);
        const std::string_view monthText = text.substr(firstDot + 1, secondDot - firstDot - 1);
        const std::string_view yearText = text.substr(secondDot + 1);
        if (dayText.size() > 2 || monthText.size() > 2 || yearText.size() != 4)
            return std::nullopt;
        day = digitsValue(dayText);
        month = digitsValue(monthText);
        year = digitsValue(yearText);
    }
    if (!year || !month || !day || !isValid(*year, *month, *day))
        return std::nullopt;
    return Date{*year, *month, *day};
}

std::string Date::toIso() const
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

Date Date::addDays(int days) const
{
    // Through the day number so that a result beyond Boost's range clamps instead of throwing.
    const long long first = greg::date(BoostFirstYear, 1, 1).day_number();
    const long long last = greg::date(LastYear, 12, 31).day_number();
    const long long number = std::clamp(static_cast<long long>(toBoost(*this).day_number()) + days, first, last);
    const greg::gregorian_calendar::ymd_type ymd =
        greg::gregorian_calendar::from_day_number(static_cast<greg::date::date_int_type>(number));
    return Date{static_cast<int>(ymd.year), static_cast<int>(ymd.month), static_cast<int>(ymd.day)};
}

Date Date::addMonths(int months) const
{
    // Clamp to the end of the month (31 Jan + 1 month = 28/29 Feb). boost::gregorian::months is not
    // used: it snaps month ends forward (28 Feb + 1 month = 31 Mar), which no deadline rule means.
    const Date start = fromBoost(toBoost(*this));
    const long long index = static_cast<long long>(start.year) * 12 + (start.month - 1) + months;
    if (index < static_cast<long long>(BoostFirstYear) * 12)
        return Date{BoostFirstYear, 1, 1};
    if (index > static_cast<long long>(LastYear) * 12 + 11)
        return Date{LastYear, 12, 31};
    const int year = static_cast<int>(index / 12);
    const int month = static_cast<int>(index % 12) + 1;
    return Date{year, month, std::min(start.day, daysInMonth(year, month))};
}

int Date::daysUntil(Date other) const
{
    return static_cast<int>((toBoost(other) - toBoost(*this)).days());
}

} // namespace trygg
