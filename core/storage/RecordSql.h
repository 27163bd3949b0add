// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the storage makes of a record kind's description (RecordKinds.h), not part of the public API:
// the statements that read and write it, binding and reading each column by its member's type, and the
// checks of each field. Statement texts are made once and kept for the life of the program, so that
// RegisterFile::cached() keeps one prepared statement for each.

#include "model/Error.h"
#include "model/Text.h"
#include "storage/RecordKinds.h"
#include "storage/RowReader.h"
#include "storage/Sqlite.h"

#include <cmath>
#include <string>
#include <type_traits>

namespace trygg::records {

template <typename M> struct IsOptional : std::false_type {
};
template <typename M> struct IsOptional<std::optional<M>> : std::true_type {
};

// The columns, the id first.
template <typename T> std::string columnList()
{
    std::string columns = "id";
    forEachField<T>([&](const auto &field) { (columns += ", ") += field.column; });
    return columns;
}

template <typename T> const char *selectAllSql()
{
    static const std::string sql = "SELECT " + columnList<T>() + " FROM " + Kind<T>::table + " ORDER BY id";
    return sql.c_str();
}

template <typename T> const char *selectByIdSql()
{
    static const std::string sql = "SELECT " + columnList<T>() + " FROM " + Kind<T>::table + " WHERE id = ?1";
    return sql.c_str();
}

// ?1 is the id (NULL for a new one), then every column in order; gives the record's id (RETURNING, which
// SQLite and PostgreSQL both take: PostgreSQL keeps no last insert id). SQLite numbers a NULL id; a server's
// identity column takes a number from its sequence when given none.
template <typename T> const char *insertSql(SqlDialect dialect)
{
    static const auto make = [](SqlDialect words) {
        const std::string table = Kind<T>::table;
        std::string values = words == SqlDialect::Postgres
                                 ? "COALESCE(?1, nextval(pg_get_serial_sequence('" + table + "', 'id')))"
                                 : std::string("?1");
        int index = 1;
        forEachField<T>([&](const auto &) { values += ", ?" + std::to_string(++index); });
        return "INSERT INTO " + table + " (" + columnList<T>() + ") VALUES (" + values + ") RETURNING id";
    };
    static const std::string file = make(SqlDialect::Sqlite), server = make(SqlDialect::Postgres);
    return (dialect == SqlDialect::Postgres ? server : file).c_str();
}

// ?1 is the id, then every column that may change, in order.
template <typename T> const char *updateSql()
{
    static const std::string sql = [] {
        std::string set;
        int index = 1;
        forEachField<T>([&](const auto &field) {
            if (field.spec.insertOnly)
                return;
            if (!set.empty())
                set += ", ";
            set += std::string(field.column) + " = ?" + std::to_string(++index);
        });
        return "UPDATE " + std::string(Kind<T>::table) + " SET " + set + " WHERE id = ?1";
    }();
    return sql.c_str();
}

template <typename T> const char *deleteSql()
{
    static const std::string sql = "DELETE FROM " + std::string(Kind<T>::table) + " WHERE id = ?1";
    return sql.c_str();
}

// `expression` over the rows of `from` (a table and its WHERE; `columns` are those `expression` uses) in the
// order of `order` and then `thenBy`, joined by `separator` into one text; none for no rows. `textOrder`:
// `order` is a text, sorted by its bytes as SQLite sorts it (a server would sort by its language's rules).
inline std::string joinedRows(SqlDialect dialect, const std::string &expression, const char *separator,
                              const std::string &columns, const std::string &from, const std::string &order,
                              bool textOrder = false, const std::string &thenBy = {})
{
    const std::string quotedSeparator = std::string("'") + separator + "'";
    const std::string orderBy = order + (thenBy.empty() ? "" : ", " + thenBy);
    if (dialect == SqlDialect::Postgres)
        return "(SELECT string_agg(CAST(" + expression + " AS TEXT), " + quotedSeparator + " ORDER BY " + order +
               (textOrder ? " COLLATE \"C\"" : "") + (thenBy.empty() ? "" : ", " + thenBy) + ") FROM " + from + ")";
    return "(SELECT group_concat(" + expression + ", " + quotedSeparator + ") FROM (SELECT " + columns + " FROM " +
           from + " ORDER BY " + orderBy + "))";
}

// The record's columns and each link as one column of ids ("3,5,8"): a change to a link is an edit of
// the record in the audit trail too.
template <typename T> const char *snapshotSql(SqlDialect dialect)
{
    static const auto make = [](SqlDialect words) {
        std::string select = "SELECT " + columnList<T>();
        if constexpr (hasLinks<T>())
            for (const Link<T> &link : Kind<T>::links())
                select += ", " +
                          joinedRows(words, link.column, ",", link.column,
                                     std::string(link.table) + " WHERE " + link.ownerColumn + " = ?1", link.column) +
                          " AS " + link.auditField;
        return select + " FROM " + Kind<T>::table + " WHERE id = ?1";
    };
    static const std::string file = make(SqlDialect::Sqlite), server = make(SqlDialect::Postgres);
    return (dialect == SqlDialect::Postgres ? server : file).c_str();
}

// The statements of one link: clear the record's, add one, read the record's, read all.
struct LinkSql {
    std::string clear, insert, ofRecord, all;
};
template <typename T> const std::vector<LinkSql> &linkSql()
{
    static const std::vector<LinkSql> sql = [] {
        std::vector<LinkSql> statements;
        for (const Link<T> &link : Kind<T>::links()) {
            const std::string table = link.table, owner = link.ownerColumn, column = link.column;
            statements.push_back(
                {"DELETE FROM " + table + " WHERE " + owner + " = ?1",
                 "INSERT INTO " + table + " (" + owner + ", " + column + ") VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                 "SELECT " + column + " FROM " + table + " WHERE " + owner + " = ?1 ORDER BY " + column,
                 "SELECT " + owner + ", " + column + " FROM " + table + " ORDER BY " + owner + ", " + column});
        }
        return statements;
    }();
    return sql;
}

// "SELECT 1 FROM <table> WHERE id = ?1", one text per table.
const char *existsSql(std::string_view table);

template <typename M> void bindValue(Statement &statement, int index, const M &value)
{
    if constexpr (IsOptional<M>::value) {
        if (value)
            bindValue(statement, index, *value);
        else
            statement.bindNull(index);
    } else if constexpr (std::is_enum_v<M>) {
        statement.bind(index, toToken(value));
    } else if constexpr (std::is_same_v<M, Date>) {
        statement.bind(index, value.toIso());
    } else if constexpr (std::is_same_v<M, DateTime>) {
        statement.bind(index, value.toUtcText()); // an instant (incidents' times)
    } else if constexpr (std::is_same_v<M, std::string> || std::is_same_v<M, bool> || std::is_same_v<M, double> ||
                         std::is_same_v<M, int>) {
        statement.bind(index, value);
    } else {
        static_assert(std::is_integral_v<M>);
        statement.bind(index, static_cast<std::int64_t>(value));
    }
}

// Binds ?2 on: every column (an insert) or every column that may change (an update).
template <typename T> void bindFields(Statement &statement, const T &record, bool inserting)
{
    int index = 1;
    forEachField<T>([&](const auto &field) {
        if (inserting || !field.spec.insertOnly)
            bindValue(statement, ++index, record.*(field.member));
    });
}

template <typename M> M readValue(const RowReader &row, int column, const char *name, const Spec &spec)
{
    if constexpr (std::is_same_v<M, std::string>)
        return row.text(column, name, spec.maxLength);
    else if constexpr (std::is_same_v<M, bool>)
        return row.flag(column, name);
    else if constexpr (std::is_same_v<M, double>)
        return row.number(column, name);
    else if constexpr (std::is_same_v<M, int>)
        return row.smallInteger(column, name);
    else if constexpr (std::is_same_v<M, std::optional<int>>)
        return row.optionalSmallInteger(column, name);
    else if constexpr (std::is_same_v<M, Date>)
        return row.date(column, name);
    else if constexpr (std::is_same_v<M, std::optional<Date>>)
        return row.optionalDate(column, name);
    else if constexpr (std::is_same_v<M, DateTime>)
        return row.utcInstant(column, name);
    else if constexpr (std::is_same_v<M, std::optional<DateTime>>)
        return row.optionalUtcInstant(column, name);
    else if constexpr (std::is_enum_v<M>)
        return row.token<M>(column, name);
    else if constexpr (IsOptional<M>::value) {
        const std::optional<std::int64_t> value =
            spec.count ? row.optionalCount(column, name) : row.optionalInteger(column, name);
        return value ? M(static_cast<typename M::value_type>(*value)) : std::nullopt;
    } else {
        static_assert(std::is_integral_v<M>);
        return static_cast<M>(row.integer(column, name));
    }
}

// The record on `row` (its id in column 0, then its columns in order), each value checked (RowReader).
template <typename T> T readRecord(const RowReader &row)
{
    T record{};
    record.id = row.id();
    int column = 0;
    forEachField<T>([&](const auto &field) {
        using M = std::remove_cvref_t<decltype(record.*(field.member))>;
        record.*(field.member) = readValue<M>(row, ++column, field.column, field.spec);
    });
    return record;
}

// Blanks around the fields that do not keep them go.
template <typename T> void trimFields(T &record)
{
    forEachField<T>([&](const auto &field) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(record.*(field.member))>, std::string>)
            if (field.spec.trimmed)
                record.*(field.member) = std::string(trim(record.*(field.member)));
    });
}

// Checks every field of `record` as its description says; `exists(table, id)` answers whether a record
// it refers to is there. Fields that never change are checked only when `inserting`.
template <typename T, typename Exists> void checkFields(const T &record, bool inserting, const Exists &exists)
{
    forEachField<T>([&](const auto &field) {
        const Spec &spec = field.spec;
        if (spec.insertOnly && !inserting)
            return;
        const auto &value = record.*(field.member);
        using M = std::remove_cvref_t<decltype(value)>;
        if constexpr (IsOptional<M>::value) {
            if constexpr (std::is_integral_v<typename M::value_type>)
                if (spec.count && value && *value < 0)
                    throw InputError(trygg::trMsg("%1 must be zero or more", spec.label));
        }
        if constexpr (std::is_same_v<M, std::string>) {
            validation::requireText(spec.label, value, spec.maxLength, spec.required);
            if (spec.oneLine)
                validation::requireOneLine(spec.label, value);
        } else if constexpr (std::is_same_v<M, Date> || std::is_same_v<M, DateTime>) {
            validation::requireValid(spec.label, value);
        } else if constexpr (std::is_same_v<M, std::optional<Date>> || std::is_same_v<M, std::optional<DateTime>>) {
            if (value)
                validation::requireValid(spec.label, *value);
        } else if constexpr (std::is_same_v<M, double>) {
            if (!std::isfinite(value) || value < 0)
                throw InputError(trygg::trMsg("%1 must be zero or more", spec.label));
        } else if constexpr (std::is_same_v<M, std::optional<int>>) {
            if (spec.range)
                validation::requireLevel(spec.label, value, spec.range->first, spec.range->second);
        } else if constexpr (std::is_same_v<M, Id> || std::is_same_v<M, std::optional<Id>>) {
            if (spec.refersTo && !exists(spec.refersTo, value)) {
                if constexpr (std::is_same_v<M, Id>)
                    if (spec.missing)
                        throw InputError(spec.missing(value));
                throw InputError(spec.label);
            }
        }
    });
}

} // namespace trygg::records
