// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Field checks shared by the write operations of RegisterFile (not part of the public API).

#include "model/Date.h"
#include "model/DateTime.h"
#include "model/Message.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trygg::validation {

// In characters. Names: a register, unit, person (and role), asset, assessment, matrix level, zone.
// Texts: every longer field (what can happen, existing measures, a measure, an asset's descriptions).
inline constexpr std::size_t MaxNameLength = 500;
inline constexpr std::size_t MaxTextLength = 20000;
// In bytes: no value or row SQLite reads from a file may be larger (sqlite3_limit SQLITE_LIMIT_LENGTH).
// Far above what the lengths above allow a record, audit rows included; a file holding more was made
// by another program, and is refused before it can fill the memory.
inline constexpr int MaxValueBytes = 8 * 1024 * 1024;

// The length in characters of `value` when it has more than `maxLength` of them.
std::optional<std::size_t> excessLength(std::string_view value, std::size_t maxLength);

// A text read from the register at `path`, or FileError naming the record (table and id) and field
// when it is longer than Trygg lets anyone write it: a file changed by another program is refused
// rather than shown with a name of 50 million characters.
std::string fromFile(std::string_view value, std::size_t maxLength, const std::string &path, std::string_view table,
                     std::int64_t id, std::string_view field);

// Throws InputError "<field> is empty" / "is too long" / "is not valid UTF-8 text".
void requireText(const Message &field, std::string_view value, std::size_t maxLength, bool required);
// A name: requireText with MaxNameLength, required, and one line without control characters (issue 12:
// an escape sequence in a unit's name would be printed raw to a terminal).
void requireName(const Message &field, std::string_view value);
// Throws InputError when `value` holds a control character (a line break, tab, escape, NUL).
void requireOneLine(const Message &field, std::string_view value);
void requireLevel(const Message &field, const std::optional<int> &value, int min, int max);
// Throws InputError "<field> is not a valid date" / "is not a valid time of day".
void requireValid(const Message &field, const Date &date);
void requireValid(const Message &field, const DateTime &time);

// The id to insert a record with: NULL lets SQLite choose; a given id restores a removed record
// (undo) under the id its links refer to.
inline std::optional<std::int64_t> idOrNull(std::int64_t id)
{
    return id != 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

} // namespace trygg::validation
