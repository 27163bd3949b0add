// SPDX-License-Identifier: EUPL-1.2
#include "storage/RowReader.h"

#include "model/Error.h"
#include "model/Text.h"
#include "storage/Sqlite.h"
#include "storage/Validation.h"

#include <limits>

namespace trygg {
namespace {

// A damaged value may be long or not text at all: the message shows its start.
std::string shown(std::string_view value)
{
    constexpr std::size_t MaxShown = 60;
    if (value.size() <= MaxShown)
        return std::string(value);
    std::size_t end = MaxShown;
    while (end > 0 && (static_cast<unsigned char>(value[end]) & 0xC0) == 0x80)
        --end; // not inside a UTF-8 sequence
    return std::string(value.substr(0, end)) + "...";
}

} // namespace

RowReader::RowReader(const Statement &row, const std::string &path, std::string_view table)
    : m_row(row), m_path(path), m_table(table), m_id(row.int64(0))
{
}

std::string_view RowReader::required(int column, std::string_view field) const
{
    requireValue(column, field);
    return m_row.textView(column);
}

void RowReader::requireValue(int column, std::string_view field) const
{
    if (m_row.isNull(column))
        throw FileError(trygg::trMsg("%1: %2 %3, field '%4' holds no value, but Trygg always writes one; the file "
                                     "was changed by another program and is not opened",
                                     m_path, std::string(m_table), m_id, std::string(field)));
}

void RowReader::notOneOf(std::string_view field, std::string_view value, const std::string &choices) const
{
    throw FileError(trygg::trMsg("%1: %2 %3, field '%4': '%5' is not one of %6; the file was changed by another "
                                 "program and is not opened",
                                 m_path, std::string(m_table), m_id, std::string(field), shown(value), choices));
}

std::string RowReader::text(int column, std::string_view field, std::size_t maxLength) const
{
    return validation::fromFile(required(column, field), maxLength, m_path, m_table, m_id, field);
}

std::int64_t RowReader::integer(int column, std::string_view field) const
{
    requireValue(column, field);
    if (!m_row.isInteger(column)) // asked before the value is read as text, which converts it
        throw FileError(trygg::trMsg("%1: %2 %3, field '%4': '%5' is not a whole number; the file was changed by "
                                     "another program and is not opened",
                                     m_path, std::string(m_table), m_id, std::string(field),
                                     shown(m_row.textView(column))));
    return m_row.int64(column);
}

std::optional<std::int64_t> RowReader::optionalInteger(int column, std::string_view field) const
{
    if (m_row.isNull(column))
        return std::nullopt;
    return integer(column, field);
}

int RowReader::smallInteger(int column, std::string_view field) const
{
    const std::int64_t value = integer(column, field);
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
        throw FileError(trygg::trMsg("%1: %2 %3, field '%4': %5 is out of range; the file was changed by another "
                                     "program and is not opened",
                                     m_path, std::string(m_table), m_id, std::string(field), value));
    return static_cast<int>(value);
}

std::optional<int> RowReader::optionalSmallInteger(int column, std::string_view field) const
{
    if (m_row.isNull(column))
        return std::nullopt;
    return smallInteger(column, field);
}

std::optional<std::int64_t> RowReader::optionalCount(int column, std::string_view field) const
{
    const std::optional<std::int64_t> value = optionalInteger(column, field);
    if (value && *value < 0)
        throw FileError(trygg::trMsg("%1: %2 %3, field '%4': %5 is out of range; the file was changed by another "
                                     "program and is not opened",
                                     m_path, std::string(m_table), m_id, std::string(field), *value));
    return value;
}

bool RowReader::flag(int column, std::string_view field) const
{
    const std::int64_t value = integer(column, field);
    if (value != 0 && value != 1)
        notOneOf(field, std::to_string(value), "0, 1");
    return value == 1;
}

double RowReader::number(int column, std::string_view field) const
{
    requireValue(column, field);
    if (!m_row.isNumber(column))
        throw FileError(trygg::trMsg("%1: %2 %3, field '%4': '%5' is not a number; the file was changed by another "
                                     "program and is not opened",
                                     m_path, std::string(m_table), m_id, std::string(field),
                                     shown(m_row.textView(column))));
    return m_row.real(column);
}

Date RowReader::date(int column, std::string_view field) const
{
    const std::string_view value = required(column, field);
    const std::optional<Date> parsed = Date::parse(value);
    if (!parsed || parsed->toIso() != value)
        throw FileError(trygg::trMsg("%1: %2 %3, field '%4': '%5' is not a date (YYYY-MM-DD); the file was changed "
                                     "by another program and is not opened",
                                     m_path, std::string(m_table), m_id, std::string(field), shown(value)));
    return *parsed;
}

std::optional<Date> RowReader::optionalDate(int column, std::string_view field) const
{
    if (m_row.isNull(column))
        return std::nullopt;
    return date(column, field);
}

DateTime RowReader::utcInstant(int column, std::string_view field) const
{
    const std::string_view value = required(column, field);
    const std::optional<DateTime> parsed = DateTime::parseUtcText(value);
    if (!parsed)
        throw FileError(trygg::trMsg("%1: %2 %3, field '%4': '%5' is not a UTC date and time (YYYY-MM-DDTHH:MMZ); "
                                     "the file was changed by another program and is not opened",
                                     m_path, std::string(m_table), m_id, std::string(field), shown(value)));
    return *parsed;
}

std::optional<DateTime> RowReader::optionalUtcInstant(int column, std::string_view field) const
{
    if (m_row.isNull(column))
        return std::nullopt;
    return utcInstant(column, field);
}

int boundedInteger(const Statement &statement, int column, int min, int max, const std::string &path,
                   std::string_view table, const Message &row, std::string_view field)
{
    if (statement.isInteger(column)) { // asked before the value is read as text, which converts it
        const std::int64_t value = statement.int64(column);
        if (value >= min && value <= max)
            return static_cast<int>(value);
    }
    throw FileError(trygg::trMsg("%1: %2 (%3), field '%4': '%5' is not a whole number from %6 to %7; the file was "
                                 "changed by another program and is not opened",
                                 path, std::string(table), row, std::string(field),
                                 statement.isNull(column) ? std::string("NULL") : shown(statement.textView(column)),
                                 min, max));
}

void tooManyRows(const std::string &path, std::string_view table, const Message &owner, int max)
{
    throw FileError(trygg::trMsg("%1: %2 holds more than %3 rows for %4, more than Trygg ever writes; the file was "
                                 "changed by another program and is not opened",
                                 path, std::string(table), max, owner));
}

} // namespace trygg
