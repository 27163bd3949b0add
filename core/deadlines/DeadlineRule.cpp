// SPDX-License-Identifier: EUPL-1.2
#include "deadlines/DeadlineRule.h"

#include "model/Error.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

namespace trygg {

namespace {

constexpr std::string_view OddYearText = "odd-year";
constexpr std::string_view EvenYearQ1Text = "even-year-q1";
constexpr std::string_view MonthsPrefix = "months:";
constexpr std::string_view YearlyPrefix = "yearly:";
constexpr int MinMonths = 1;
// Ten years: the longest revision cycle in the sources is every 4th year (002 §49-51, 001).
constexpr int MaxMonths = 120;

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char ch) { return std::isspace(static_cast<unsigned char>(ch)) != 0; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string asciiLower(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](char ch) { return static_cast<char>(std::tolower(static_cast<unsigned char>(ch))); });
    return result;
}

// 1..120 written as at most three digits; anything else is not a month count.
std::optional<int> parseMonths(std::string_view text)
{
    text = trimmed(text);
    if (text.empty() || text.size() > 3)
        return std::nullopt;
    int value = 0;
    for (char ch : text) {
        if (ch < '0' || ch > '9')
            return std::nullopt;
        value = value * 10 + (ch - '0');
    }
    if (value < MinMonths || value > MaxMonths)
        return std::nullopt;
    return value;
}

// "MM-DD": a day that exists in some year (02-29 does, in leap years).
std::optional<std::pair<int, int>> parseMonthDay(std::string_view text)
{
    text = trimmed(text);
    if (text.size() != 5 || text[2] != '-')
        return std::nullopt;
    for (std::size_t i : {0u, 1u, 3u, 4u})
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    const int month = (text[0] - '0') * 10 + (text[1] - '0');
    const int day = (text[3] - '0') * 10 + (text[4] - '0');
    if (!Date::isValid(2024, month, day)) // 2024 is a leap year: 02-29 is allowed
        return std::nullopt;
    return std::pair{month, day};
}

std::string twoDigits(int value)
{
    return (value < 10 ? "0" : "") + std::to_string(value);
}

} // namespace

// Messages in members are written trygg::trMsg: lupdate files an unqualified one under the class, where the
// translator never looks.

std::optional<DeadlineRule> DeadlineRule::parse(std::string_view text)
{
    const std::string folded = asciiLower(trimmed(text));
    if (folded == OddYearText)
        return DeadlineRule(Kind::EndOfNextOddYear, 0);
    if (folded == EvenYearQ1Text)
        return DeadlineRule(Kind::EndOfQ1OfNextEvenYear, 0);
    if (folded.starts_with(MonthsPrefix)) {
        if (const std::optional<int> months = parseMonths(std::string_view(folded).substr(MonthsPrefix.size())))
            return DeadlineRule(Kind::EveryMonths, *months);
    }
    if (folded.starts_with(YearlyPrefix)) {
        if (const auto monthDay = parseMonthDay(std::string_view(folded).substr(YearlyPrefix.size())))
            return DeadlineRule(Kind::YearlyBy, 0, monthDay->first, monthDay->second);
    }
    return std::nullopt;
}

DeadlineRule DeadlineRule::everyMonths(int months)
{
    if (months < MinMonths || months > MaxMonths)
        throw InputError(trygg::trCount("a review cycle of %n month is outside %1-%2",
                                        "a review cycle of %n months is outside %1-%2", months, MinMonths, MaxMonths));
    return DeadlineRule(Kind::EveryMonths, months);
}

DeadlineRule DeadlineRule::yearlyBy(int month, int day)
{
    if (!Date::isValid(2024, month, day))
        throw InputError(trygg::trMsg("the yearly review date %1-%2 is not a day of the year (MM-DD)", twoDigits(month),
                                      twoDigits(day)));
    return DeadlineRule(Kind::YearlyBy, 0, month, day);
}

std::string DeadlineRule::text() const
{
    switch (m_kind) {
    case Kind::EndOfNextOddYear: return std::string(OddYearText);
    case Kind::EndOfQ1OfNextEvenYear: return std::string(EvenYearQ1Text);
    case Kind::YearlyBy: return std::string(YearlyPrefix) + twoDigits(m_month) + "-" + twoDigits(m_day);
    case Kind::EveryMonths: break;
    }
    return std::string(MonthsPrefix) + std::to_string(m_months);
}

Date DeadlineRule::nextDue(Date last) const
{
    switch (m_kind) {
    case Kind::EndOfNextOddYear: {
        // 002 §26 stk. 2: "before the end of every odd year". An assessment made in an odd year
        // covers that year, so the next one is due at the end of the following odd year.
        const int year = last.year + 1 + ((last.year + 1) % 2 == 0 ? 1 : 0);
        return Date{year, 12, 31};
    }
    case Kind::EndOfQ1OfNextEvenYear: {
        // 002 §27 stk. 2: the combined assessment "before the end of Q1 of every even year",
        // counted from the first even year after the last one's.
        const int year = last.year + 1 + ((last.year + 1) % 2 != 0 ? 1 : 0);
        return Date{year, 3, 31};
    }
    case Kind::YearlyBy: {
        // Once a year: a review made in a year covers that year, however late in it, so the next
        // is due by the date in the following year. 02-29 falls on 02-28 outside leap years.
        const int year = last.year + 1;
        const int day = Date::isValid(year, m_month, m_day) ? m_day : m_day - 1;
        return Date{year, m_month, day};
    }
    case Kind::EveryMonths: break;
    }
    return last.addMonths(m_months);
}

DueState dueState(std::optional<Date> deadline, bool finished, Date today, int soonDays)
{
    if (!deadline)
        return DueState::NoDeadline;
    if (finished)
        return DueState::Finished;
    const int daysLeft = today.daysUntil(*deadline);
    if (daysLeft < 0)
        return DueState::Overdue;
    if (daysLeft <= soonDays)
        return DueState::DueSoon;
    return DueState::Open;
}

} // namespace trygg
