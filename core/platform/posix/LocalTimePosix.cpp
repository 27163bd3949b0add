// SPDX-License-Identifier: EUPL-1.2
// platform/LocalTime.h on Linux and other POSIX systems.

#include "platform/LocalTime.h"

#include <ctime>

namespace trygg::platform {

int localOffsetMinutes(std::int64_t utcSeconds)
{
    const auto time = static_cast<std::time_t>(utcSeconds);
    std::tm local{};
    if (!localtime_r(&time, &local))
        return 0;
    return static_cast<int>(local.tm_gmtoff / 60);
}

} // namespace trygg::platform
