#pragma once

// Field checks shared by the write operations of RegisterFile (not part of the public API).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace trygg::validation {

inline constexpr std::size_t MaxNameLength = 500;
inline constexpr std::size_t MaxTextLength = 20000;

// Throws InputError "<field> is empty" / "is too long" / "is not valid UTF-8 text".
void requireText(std::string_view field, std::string_view value, std::size_t maxLength, bool required);
void requireName(std::string_view field, std::string_view value);
void requireLevel(std::string_view field, const std::optional<int> &value, int min, int max);

// The id to insert a record with: NULL lets SQLite choose; a given id restores a removed record
// (undo) under the id its links refer to.
inline std::optional<std::int64_t> idOrNull(std::int64_t id)
{
    return id != 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

} // namespace trygg::validation
