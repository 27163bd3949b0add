// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Reading one row of a register table into a record, with every check (not part of the public API):
// a value Trygg never writes (an unknown token, a damaged date, an over-long text, no value where one
// must be) refuses the file with a FileError naming the file, the record (table and id) and the field,
// instead of turning into a default that the next edit would write back.

#include "model/Date.h"
#include "model/DateTime.h"
#include "model/Ids.h"
#include "model/Message.h"
#include "model/Tokens.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trygg {

class Statement;

class RowReader {
public:
    // `row` is on a row whose column 0 is the record's id.
    RowReader(const Statement &row, const std::string &path, std::string_view table);

    Id id() const { return m_id; }
    std::string text(int column, std::string_view field, std::size_t maxLength) const;
    std::int64_t integer(int column, std::string_view field) const;
    std::optional<std::int64_t> optionalInteger(int column, std::string_view field) const;
    std::optional<int> optionalSmallInteger(int column, std::string_view field) const;
    // A number of things (persons registered): zero or more.
    std::optional<std::int64_t> optionalCount(int column, std::string_view field) const;
    int smallInteger(int column, std::string_view field) const;
    bool flag(int column, std::string_view field) const; // 0 or 1
    double number(int column, std::string_view field) const;
    // Exactly as Trygg writes them: YYYY-MM-DD, and a UTC instant YYYY-MM-DDTHH:MMZ.
    Date date(int column, std::string_view field) const;
    std::optional<Date> optionalDate(int column, std::string_view field) const;
    DateTime utcInstant(int column, std::string_view field) const;
    std::optional<DateTime> optionalUtcInstant(int column, std::string_view field) const;
    // One of tokensOf<T>(), exactly (the file holds the English token; no synonyms, no other case).
    template <typename T> T token(int column, std::string_view field) const
    {
        static const std::vector<std::string_view> tokens = tokensOf<T>();
        const std::string_view value = required(column, field);
        for (std::size_t i = 0; i < tokens.size(); ++i)
            if (tokens[i] == value)
                return static_cast<T>(i);
        notOneOf(field, value, choicesOf<T>());
    }

    // Throws the FileError of a value that is not one of `choices`.
    [[noreturn]] void notOneOf(std::string_view field, std::string_view value, const std::string &choices) const;

private:
    std::string_view required(int column, std::string_view field) const;
    void requireValue(int column, std::string_view field) const;

    const Statement &m_row;
    const std::string &m_path;
    std::string_view m_table;
    Id m_id;
};

// A whole number of a table whose rows have no id of their own (a matrix's levels, zones and cells, the
// review days per zone), read as SQLite holds it (64 bits, never truncated: issue 12, 4294967297 was read
// as 1) and refused with a FileError naming the file, the table, the row (`row`, e.g. "matrix 2, row 3")
// and the field when it is not a whole number from `min` to `max`.
int boundedInteger(const Statement &statement, int column, int min, int max, const std::string &path,
                   std::string_view table, const Message &row, std::string_view field);

// The FileError of a table holding more rows for one owner than Trygg ever writes (issue 12: every
// structure read from a register is bounded before it is held).
[[noreturn]] void tooManyRows(const std::string &path, std::string_view table, const Message &owner, int max);

} // namespace trygg
