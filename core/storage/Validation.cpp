#include "storage/Validation.h"

#include "model/Error.h"
#include "model/Text.h"

#include <string>

namespace trygg::validation {

void requireText(std::string_view field, std::string_view value, std::size_t maxLength, bool required)
{
    if (required && trim(value).empty())
        throw InputError(std::string(field) + " is empty");
    if (value.size() > maxLength)
        throw InputError(std::string(field) + " is too long (" + std::to_string(value.size()) +
                         " characters; at most " + std::to_string(maxLength) + ")");
    if (!isValidUtf8(value))
        throw InputError(std::string(field) + " is not valid UTF-8 text");
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
