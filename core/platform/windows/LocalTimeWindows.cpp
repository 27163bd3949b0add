// SPDX-License-Identifier: EUPL-1.2
// platform/LocalTime.h on Windows: its struct tm has no tm_gmtoff; the offset is the local calendar time
// read back as if it were UTC.

#include "platform/LocalTime.h"

#include <ctime>

namespace trygg::platform {

int localOffsetMinutes(std::int64_t utcSeconds)
{
    const auto time = static_cast<__time64_t>(utcSeconds);
    std::tm local{};
    if (_localtime64_s(&local, &time) != 0)
        return 0;
    local.tm_isdst = 0;
    const __time64_t asUtc = _mkgmtime64(&local);
    if (asUtc == -1)
        return 0;
    return static_cast<int>((asUtc - time) / 60);
}

} // namespace trygg::platform
