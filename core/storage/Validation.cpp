// SPDX-License-Identifier: EUPL-1.2
#include "storage/Validation.h"

#include "model/Error.h"
#include "model/Text.h"

#include <string>

namespace trygg::validation {

std::optional<std::size_t> excessLength(std::string_view value, std::size_t maxLength)
{
    if (value.size() <= maxLength) // never more characters than bytes
        return std::nullopt;
    const std::size_t characters = characterCount(value);
    return characters > maxLength ? std::optional<std::size_t>(characters) : std::nullopt;
}

std::string fromFile(std::string_view value, std::size_t maxLength, const std::string &path, std::string_view table,
                     std::int64_t id, std::string_view field)
{
    if (auto length = excessLength(value, maxLength))
        throw FileError(
            trygg::trMsg("%1: %2 %3, field '%4': %5 characters, more than the %6 Trygg allows; Trygg never "
                         "writes such a value, so the file was changed by another program and is not opened",
                         path, std::string(table), id, std::string(field), *length, maxLength));
    return std::string(value);
}

void requireText(const Message &field, std::string_view value, std::size_t maxLength, bool required)
{
    if (required && trim(value).empty())
        throw InputError(trygg::trMsg("%1 is empty", field));
    if (!isValidUtf8(value))
        throw InputError(trygg::trMsg("%1 is not valid UTF-8 text", field));
    if (auto length = excessLength(value, maxLength))
        throw InputError(trygg::trMsg("%1 is too long (%2 characters; at most %3)", field, *length, maxLength));
}

void requireName(const Message &field, std::string_view value)
{
    requireText(field, value, MaxNameLength, true);
    requireOneLine(field, value);
}

void requireOneLine(const Message &field, std::string_view value)
{
    for (const char c : value)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            throw InputError(trygg::trMsg("%1 holds a control character (a line break, tab or escape); a name is one "
                                          "line of text",
                                          field));
}

void requireLevel(const Message &field, const std::optional<int> &value, int min, int max)
{
    if (value && (*value < min || *value > max))
        throw InputError(trygg::trMsg("%1 %2 is outside %3-%4", field, *value, min, max));
}

void requireValid(const Message &field, const Date &date)
{
    if (!Date::isValid(date.year, date.month, date.day))
        throw InputError(trygg::trMsg("%1 is not a valid date", field));
}

void requireValid(const Message &field, const DateTime &time)
{
    requireValid(field, time.date);
    if (time.hour < 0 || time.hour > 23 || time.minute < 0 || time.minute > 59)
        throw InputError(trygg::trMsg("%1 is not a valid time of day", field));
}

} // namespace trygg::validation
