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

// The user's wall-clock time now, to the minute, from the same clock.
inline QDateTime nowQDateTime()
{
    const DateTime now = Clock::nowLocal();
    return QDateTime(QDate(now.date.year, now.date.month, now.date.day), QTime(now.hour, now.minute));
}

} // namespace trygg::ui
