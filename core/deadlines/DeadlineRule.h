// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Date.h"

#include <optional>
#include <string>
#include <string_view>

namespace trygg {

// When the next risk assessment is due, as a calendar rule of the register (DOMAIN.md, "Cycles").
//   "odd-year"      before the end of every odd year (002 §26 stk. 2)
//   "even-year-q1"  before the end of Q1 of every even year (002 §27 stk. 2)
//   "months:N"      N months after the last one (1..120)
//   "yearly:MM-DD"  once a year by that date (002 §79 stk. 4: incidents reported by the end of Q4;
//                   004: the yearly action plan followed up in autumn)
class DeadlineRule {
public:
    enum class Kind { EndOfNextOddYear, EndOfQ1OfNextEvenYear, EveryMonths, YearlyBy };

    static std::optional<DeadlineRule> parse(std::string_view text);
    static DeadlineRule everyMonths(int months);
    // Throws InputError unless month/day is a day of some year (02-29 is; in other years 02-28).
    static DeadlineRule yearlyBy(int month, int day);

    Kind kind() const { return m_kind; }
    int months() const { return m_months; }
    // YearlyBy: the month and day of the yearly deadline.
    int month() const { return m_month; }
    int day() const { return m_day; }
    std::string text() const;
    // The date by which the next assessment is due, given when the last one was made.
    Date nextDue(Date last) const;

private:
    DeadlineRule(Kind kind, int months, int month = 0, int day = 0)
        : m_kind(kind), m_months(months), m_month(month), m_day(day)
    {
    }
    Kind m_kind;
    int m_months;
    int m_month;
    int m_day;
};

enum class DueState { NoDeadline, Finished, Open, DueSoon, Overdue };

// A deadline is overdue the day after it passes unless the work is finished; due soon within
// `soonDays` days (the overview lists measures due within 30 days).
DueState dueState(std::optional<Date> deadline, bool finished, Date today, int soonDays = 30);

} // namespace trygg
