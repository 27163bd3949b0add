// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The machine's time zone: POSIX in posix/LocalTimePosix.cpp (localtime_r and tm_gmtoff), Windows in
// windows/LocalTimeWindows.cpp (localtime_s and _mkgmtime). CMake builds one of them.

#include <cstdint>

namespace trygg::platform {

// How many minutes the machine's local time is ahead of UTC at `utcSeconds` (daylight saving included);
// 0 when the system cannot say.
int localOffsetMinutes(std::int64_t utcSeconds);

} // namespace trygg::platform
