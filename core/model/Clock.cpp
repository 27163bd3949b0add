// SPDX-License-Identifier: EUPL-1.2
#include "model/Clock.h"

#include "model/Error.h"
#include "model/Message.h"
#include "platform/LocalTime.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace trygg {
namespace {

constexpr Date Epoch{1970, 1, 1};

std::shared_ptr<const Clock> &slot()
{
    static std::shared_ptr<const Clock> clock;
    return clock;
}

const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

// Floor division: instants before 1970 still fall on the right day.
std::int64_t floorDiv(std::int64_t value, std::int64_t divisor)
{
    return value / divisor - (value % divisor < 0 ? 1 : 0);
}

// The wall-clock time to the second at `seconds` shifted by `offsetMinutes`.
std::string compactStamp(std::int64_t seconds, const char *format)
{
    const std::int64_t day = floorDiv(seconds, 86400);
    const std::int64_t rest = seconds - day * 86400;
    const Date date = Epoch.addDays(static_cast<int>(day));
    char text[32];
    std::snprintf(text, sizeof text, format, date.year, date.month, date.day, static_cast<int>(rest / 3600),
                  static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
    return text;
}

} // namespace

const Clock &Clock::current()
{
    const std::shared_ptr<const Clock> &clock = slot();
    return clock ? *clock : systemClock();
}

void Clock::install(std::shared_ptr<const Clock> clock)
{
    slot() = std::move(clock);
}

std::shared_ptr<const Clock> Clock::installed()
{
    return slot();
}

std::int64_t Clock::secondsOf(const DateTime &utc)
{
    return static_cast<std::int64_t>(Epoch.daysUntil(utc.date)) * 86400 + utc.hour * 3600 + utc.minute * 60;
}

DateTime Clock::utcAt(std::int64_t seconds)
{
    const std::int64_t minutes = floorDiv(seconds, 60);
    const std::int64_t day = floorDiv(minutes, 24 * 60);
    const auto rest = static_cast<int>(minutes - day * 24 * 60);
    return DateTime{Epoch.addDays(static_cast<int>(day)), rest / 60, rest % 60};
}

std::int64_t Clock::systemSeconds()
{
    return systemClock().secondsNow();
}

DateTime Clock::nowUtc()
{
    return utcAt(nowSeconds());
}

DateTime Clock::nowLocal()
{
    const std::int64_t now = nowSeconds();
    return utcAt(now + static_cast<std::int64_t>(current().offsetMinutesAt(now)) * 60);
}

Date Clock::todayLocal()
{
    return nowLocal().date;
}

std::string Clock::nowUtcStamp()
{
    return compactStamp(nowSeconds(), "%04d-%02d-%02dT%02d:%02d:%02dZ");
}

std::string Clock::nowLocalCompact()
{
    const std::int64_t now = nowSeconds();
    return compactStamp(now + static_cast<std::int64_t>(current().offsetMinutesAt(now)) * 60,
                        "%04d%02d%02d-%02d%02d%02d");
}

DateTime Clock::toLocal(const DateTime &utc)
{
    const std::int64_t seconds = secondsOf(utc);
    return utcAt(seconds + static_cast<std::int64_t>(current().offsetMinutesAt(seconds)) * 60);
}

DateTime Clock::toUtc(const DateTime &local)
{
    const Clock &clock = current();
    const std::int64_t wall = secondsOf(local);
    // The offsets in force a day either side of the wall-clock time; zones change theirs at most once a day.
    const std::int64_t before = static_cast<std::int64_t>(clock.offsetMinutesAt(wall - 86400)) * 60;
    const std::int64_t after = static_cast<std::int64_t>(clock.offsetMinutesAt(wall + 86400)) * 60;
    // The earlier instant that shows this wall-clock time, if any: the first of a repeated hour.
    for (const std::int64_t offset : {before, after}) {
        const std::int64_t candidate = wall - offset;
        if (static_cast<std::int64_t>(clock.offsetMinutesAt(candidate)) * 60 == offset)
            return utcAt(candidate);
    }
    return utcAt(wall - before); // skipped when the clocks went forward
}

std::int64_t SystemClock::secondsNow() const
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

int SystemClock::offsetMinutesAt(std::int64_t utcSeconds) const
{
    return platform::localOffsetMinutes(utcSeconds);
}

FixedClock::FixedClock(const DateTime &utc, Zone zone) : m_seconds(secondsOf(utc)), m_zone(std::move(zone)) {}

void FixedClock::set(const DateTime &utc)
{
    m_seconds = secondsOf(utc);
}

FixedClock::Zone FixedClock::utcZone()
{
    return [](std::int64_t) { return 0; };
}

FixedClock::Zone FixedClock::machineZone()
{
    return [](std::int64_t utcSeconds) { return SystemClock().offsetMinutesAt(utcSeconds); };
}

std::shared_ptr<const Clock> clockFromEnvironment(const char *variable)
{
    const char *value = std::getenv(variable);
    if (!value || !*value)
        return nullptr;
    std::string_view text(value);
    std::optional<DateTime> utc;
    if (text.size() == 10) {
        if (const auto date = Date::parse(text); date && text[4] == '-')
            utc = DateTime{*date, 12, 0};
    } else {
        utc = DateTime::parseUtcText(text);
    }
    if (!utc)
        throw InputError(
            trygg::trMsg("%1='%2' is not a time Trygg can use: write YYYY-MM-DD or YYYY-MM-DDTHH:MMZ (UTC)",
                         std::string(variable), std::string(text)));
    return std::make_shared<FixedClock>(*utc, FixedClock::machineZone());
}

ScopedClock::ScopedClock(std::shared_ptr<const Clock> clock) : m_previous(Clock::installed())
{
    Clock::install(std::move(clock));
}

ScopedClock::~ScopedClock()
{
    Clock::install(std::move(m_previous));
}

} // namespace trygg
