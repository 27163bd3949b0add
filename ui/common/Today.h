// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Clock.h"

#include <QDate>
#include <QDateTime>

namespace trygg::ui {

// The user's date today from the one clock (model/Clock.h), which tests fix; never QDate::currentDate().
inline QDate todayQDate()
{
    const Date today = Clock::todayLocal();
    return QDate(today.year, today.month, today.day);
}

// A wall-clock time (the one clock's zone, not Qt's) as a QDateTime for an edit whose time spec is Qt::UTC:
// plain values that Qt neither converts by the machine's zone nor shifts in the hour the clocks skip.
inline QDateTime wallClockQDateTime(const DateTime &local)
{
    return QDateTime(QDate(local.date.year, local.date.month, local.date.day), QTime(local.hour, local.minute),
                     Qt::UTC);
}

// The user's wall-clock time now, to the minute, from the same clock (as wallClockQDateTime).
inline QDateTime nowQDateTime()
{
    return wallClockQDateTime(Clock::nowLocal());
}

} // namespace trygg::ui
