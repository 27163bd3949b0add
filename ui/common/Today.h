// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "common/DomainTexts.h"
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

// A wall-clock time as the language writes it (issue 13: one date format per language): "24.10.2026 10:00" in
// Danish and Norwegian, "2026-10-24 10:00" in Swedish and English.
inline QString dateTimeText(const DateTime &local)
{
    return dateText(local.date) +
           QStringLiteral(" %1:%2").arg(local.hour, 2, 10, QLatin1Char('0')).arg(local.minute, 2, 10, QLatin1Char('0'));
}

} // namespace trygg::ui
