// SPDX-License-Identifier: EUPL-1.2
#include "model/DateTime.h"

#include <cstdio>

namespace trygg {
namespace {

std::optional<int> twoDigits(std::string_view text)
{
    if (text.size() != 2 || text[0] < '0' || text[0] > '9' || text[1] < '0' || text[1] > '9')
        return std::nullopt;
    return (text[0] - '0') * 10 + (text[1] - '0');
}

} // namespace

std::optional<DateTime> DateTime::parse(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    const std::size_t split = text.find_first_of(" T");
    const std::optional<Date> date = Date::parse(text.substr(0, split));
    if (!date)
        return std::nullopt;
    if (split == std::string_view::npos)
        return DateTime{*date, 0, 0};
    std::string_view time = text.substr(split + 1);
    if (time.size() == 8 && time[5] == ':' && twoDigits(time.substr(6)))
        time = time.substr(0, 5); // seconds are not kept
    if (time.size() != 5 || time[2] != ':')
        return std::nullopt;
    const std::optional<int> hour = twoDigits(time.substr(0, 2));
    const std::optional<int> minute = twoDigits(time.substr(3, 2));
    if (!hour || !minute || *hour > 23 || *minute > 59)
        return std::nullopt;
    return DateTime{*date, *hour, *minute};
}

std::string DateTime::toText() const
{
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", hour, minute);
    return date.toIso() + " " + text;
}

std::string DateTime::toUtcText() const
{
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02dZ", hour, minute);
    return date.toIso() + "T" + text;
}

std::optional<DateTime> DateTime::parseUtcText(std::string_view text)
{
    if (text.size() != 17 || text[10] != 'T' || text[16] != 'Z')
        return std::nullopt;
    const std::optional<DateTime> parsed = parse(text.substr(0, 16));
    if (!parsed || parsed->toUtcText() != text)
        return std::nullopt;
    return parsed;
}

DateTime DateTime::addHours(int hours) const
{
    const long long total = static_cast<long long>(hour) * 60 + minute + static_cast<long long>(hours) * 60;
    long long days = total / (24 * 60);
    long long rest = total % (24 * 60);
    if (rest < 0) {
        rest += 24 * 60;
        --days;
    }
    return DateTime{date.addDays(static_cast<int>(days)), static_cast<int>(rest / 60), static_cast<int>(rest % 60)};
}

long long DateTime::minutesUntil(const DateTime &other) const
{
    return static_cast<long long>(date.daysUntil(other.date)) * 24 * 60 + (other.hour - hour) * 60 +
           (other.minute - minute);
}

} // namespace trygg
