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
        throw FileError(path + ": " + std::string(table) + " " + std::to_string(id) + ", field '" + std::string(field) +
                        "': " + std::to_string(*length) + " characters, more than the " + std::to_string(maxLength) +
                        " Trygg allows; Trygg never writes such a value, so the file was changed by another program "
                        "and is not opened");
    return std::string(value);
}

void requireText(std::string_view field, std::string_view value, std::size_t maxLength, bool required)
{
    if (required && trim(value).empty())
        throw InputError(std::string(field) + " is empty");
    if (!isValidUtf8(value))
        throw InputError(std::string(field) + " is not valid UTF-8 text");
    if (auto length = excessLength(value, maxLength))
        throw InputError(std::string(field) + " is too long (" + std::to_string(*length) + " characters; at most " +
                         std::to_string(maxLength) + ")");
}

void requireName(std::string_view field, std::string_view value)
{
    requireText(field, value, MaxNameLength, true);
}

void requireLevel(std::string_view field, const std::optional<int> &value, int min, int max)
{
    if (value && (*value < min || *value > max))
        throw InputError(std::string(field) + " " + std::to_string(*value) + " is outside " + std::to_string(min) +
                         "-" + std::to_string(max));
}

} // namespace trygg::validation
