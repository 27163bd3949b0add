// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Date.h"
#include "model/DateTime.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace trygg {

// The one place Trygg reads the time (KeePassXC: src/core/Clock.h). Instants are UTC (seconds since
// 1970-01-01T00:00:00Z); the user's calendar date and wall-clock time come from the instant and the
// offset of the user's time zone at that instant, so a day-light saving change never moves an instant.
// The program uses the machine's clock and zone; tests install a FixedClock (ScopedClock) so that
// none depends on today's date or the machine's time zone.
class Clock {
public:
    virtual ~Clock() = default;

    // Seconds since 1970-01-01T00:00:00Z, now.
    virtual std::int64_t secondsNow() const = 0;
    // Minutes east of UTC of the user's time zone at an instant (daylight saving time included).
    virtual int offsetMinutesAt(std::int64_t utcSeconds) const = 0;

    // The clock in use: the machine's unless one was installed.
    static const Clock &current();
    // Installs a clock (nullptr: the machine's again). Not thread safe: set it before reading.
    static void install(std::shared_ptr<const Clock> clock);
    static std::shared_ptr<const Clock> installed();

    static std::int64_t nowSeconds() { return current().secondsNow(); }
    // The machine's clock whatever clock is installed: only to compare with the times the file system
    // gives files (the write lock's heartbeat), which a fixed clock knows nothing of.
    static std::int64_t systemSeconds();
    static DateTime nowUtc(); // to the minute
    static DateTime nowLocal();
    static Date todayLocal();
    // "2026-01-31T10:00:00Z": the audit trail's and the write lock's times.
    static std::string nowUtcStamp();
    // "20260131-110000": the user's wall-clock time, for names of files.
    static std::string nowLocalCompact();

    // UTC <-> the user's wall-clock time (by the current clock's zone). A wall-clock time that occurs
    // twice (the hour the clocks go back) is the first of the two; one that is skipped (the hour they go
    // forward) is read with the offset before the change.
    static DateTime toLocal(const DateTime &utc);
    static DateTime toUtc(const DateTime &local);

    static std::int64_t secondsOf(const DateTime &utc);
    static DateTime utcAt(std::int64_t seconds);
};

// The machine's clock and time zone.
class SystemClock : public Clock {
public:
    std::int64_t secondsNow() const override;
    int offsetMinutesAt(std::int64_t utcSeconds) const override;
};

// A clock that stands still until moved (tests; TRYGG_NOW), in a zone given as a function from an
// instant to its offset: UTC unless told otherwise, so tests do not depend on the machine's zone.
class FixedClock : public Clock {
public:
    using Zone = std::function<int(std::int64_t utcSeconds)>;
    explicit FixedClock(const DateTime &utc, Zone zone = utcZone());

    std::int64_t secondsNow() const override { return m_seconds; }
    int offsetMinutesAt(std::int64_t utcSeconds) const override { return m_zone(utcSeconds); }
    void set(const DateTime &utc);
    void advanceMinutes(long long minutes) { m_seconds += minutes * 60; }

    static Zone utcZone();
    static Zone machineZone();

private:
    std::int64_t m_seconds = 0;
    Zone m_zone;
};

// The clock TRYGG_NOW asks for, if set: "YYYY-MM-DD" (12:00 UTC that day) or "YYYY-MM-DDTHH:MMZ" (UTC),
// standing still, in the machine's time zone. Throws InputError for any other value.
std::shared_ptr<const Clock> clockFromEnvironment(const char *variable = "TRYGG_NOW");

// Installs a clock for as long as it lives, then puts the previous one back (tests).
class ScopedClock {
public:
    explicit ScopedClock(std::shared_ptr<const Clock> clock);
    ~ScopedClock();
    ScopedClock(const ScopedClock &) = delete;
    ScopedClock &operator=(const ScopedClock &) = delete;

private:
    std::shared_ptr<const Clock> m_previous;
};

} // namespace trygg
