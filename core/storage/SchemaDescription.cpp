// SPDX-License-Identifier: EUPL-1.2
// The tables of a register at schema version 10 (SchemaDescription.h): the record kinds' tables and their
// link tables made from RecordKinds.h, the rest described here.
#include "storage/SchemaDescription.h"

#include "model/Tokens.h"
#include "storage/RecordKinds.h"

#include <cstdint>
#include <map>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace trygg::schema {
namespace {

using Type = ColumnType;

// A column, NOT NULL unless said otherwise.
struct Col {
    Column column;
    Col(const char *name, Type type) : column{name, type} {}
    Col &null()
    {
        column.notNull = false;
        return *this;
    }
    Col &byDefault(const char *value)
    {
        column.defaultValue = value;
        return *this;
    }
    Col &refers(const char *table, OnDelete onDelete)
    {
        column.references = Reference{table, "id", onDelete};
        return *this;
    }
    Col &check(Check check)
    {
        column.checks.push_back(std::move(check));
        return *this;
    }
    operator Column() const { return column; }
};

// A record's id (SQLite's rowid): declared without NOT NULL, as a rowid cannot be NULL anyway.
Col key()
{
    return Col("id", Type::Key).null();
}

// The id of a matrix a row of its levels, zones or cells belongs to.
Col matrixId()
{
    return Col("matrix_id", Type::BigInt).refers("matrix", OnDelete::Cascade);
}

Check tokens(std::vector<std::string> tokens)
{
    return {Check::Kind::Tokens, std::move(tokens)};
}

template <typename E> Check tokensOfEnum()
{
    std::vector<std::string> list;
    for (const std::string_view token : tokensOf<E>())
        list.emplace_back(token);
    return tokens(std::move(list));
}

template <typename M> struct Unwrapped {
    using type = M;
    static constexpr bool optional = false;
};
template <typename M> struct Unwrapped<std::optional<M>> {
    using type = M;
    static constexpr bool optional = true;
};

// The column of a record's field: its SQL type from its member's type, the rest from its Spec.
template <typename M> Column fieldColumn(const char *name, const records::Spec &spec)
{
    using V = typename Unwrapped<M>::type;
    Col column(name, Type::Text);
    if (Unwrapped<M>::optional)
        column.null();
    if constexpr (std::is_same_v<V, bool>) {
        column.column.type = Type::Flag;
        column.byDefault("0");
        if (spec.checkedFlag)
            column.check({Check::Kind::Flag});
    } else if constexpr (std::is_enum_v<V>) {
        column.check(tokensOfEnum<V>());
    } else if constexpr (std::is_same_v<V, Date>) {
        column.check({Check::Kind::Date});
    } else if constexpr (std::is_same_v<V, DateTime>) {
        column.check({Check::Kind::UtcInstant}); // an instant (incidents' times)
    } else if constexpr (std::is_same_v<V, std::string>) {
        if (!spec.required)
            column.byDefault("''");
    } else if constexpr (std::is_same_v<V, double>) {
        column.column.type = Type::Real;
        column.byDefault("0");
    } else {
        static_assert(std::is_integral_v<V>);
        column.column.type = sizeof(V) >= sizeof(std::int64_t) ? Type::BigInt : Type::Int;
    }
    if (spec.noDefault)
        column.column.defaultValue.reset();
    if (spec.refersTo)
        column.refers(spec.refersTo, spec.keepsTarget                ? OnDelete::NoAction
                                     : Unwrapped<M>::optional ? OnDelete::SetNull
                                                              : OnDelete::Cascade);
    column.column.unique = spec.unique;
    return column;
}

// A link table (RecordKinds.h, Link): the owner's id and the linked record's, each row going with either.
template <typename T> Table linkTable(const records::Link<T> &link)
{
    return {link.table,
            {Col(link.ownerColumn, Type::BigInt).refers(records::Kind<T>::table, OnDelete::Cascade),
             Col(link.column, Type::BigInt).refers(link.target, OnDelete::Cascade)},
            {link.ownerColumn, link.column},
            true};
}

template <typename T> void addRecordTables(std::vector<Table> &tables)
{
    Table table{records::Kind<T>::table, {key()}};
    records::forEachField<T>([&](const auto &field) {
        using M = std::remove_cvref_t<decltype(std::declval<T &>().*(field.member))>;
        table.columns.push_back(fieldColumn<M>(field.column, field.spec));
    });
    tables.push_back(std::move(table));
    if constexpr (records::hasLinks<T>())
        for (const records::Link<T> &link : records::Kind<T>::links())
            tables.push_back(linkTable(link));
}

// The indexes Trygg creates beside the keys, by table.
const std::map<std::string, std::vector<Index>, std::less<>> &indexes()
{
    static const std::map<std::string, std::vector<Index>, std::less<>> list = {
        {"asset", {{"asset_unit", {"unit_id", "name"}}}},
        {"risk",
         {{"risk_assessment", {"assessment_id", "position"}},
          {"risk_asset", {"asset_id"}},
          {"risk_carried_from", {"carried_from_id"}}}},
        {"measure", {{"measure_assessment", {"assessment_id", "what"}}}},
        {"measure_risk", {{"measure_risk_risk", {"risk_id"}}}},
        {"review", {{"review_object", {"kind", "object_id", "date"}}}},
        {"risk_acceptance", {{"risk_acceptance_risk", {"risk_id"}}}},
        {"audit", {{"audit_object", {"object_type", "object_id"}}, {"audit_at", {"at"}}}},
        {"origin", {{"origin_local", {"object_type", "local_id"}}}},
    };
    return list;
}

std::vector<Table> describe()
{
    std::vector<Table> tables;
    // The risk matrices: a register's scales and zones are its data (DOMAIN.md); an assessment keeps the
    // matrix it was scored on.
    tables.push_back({"matrix",
                      {key(), Col("preset", Type::Text), Col("many_affected_raises", Type::Flag),
                       Col("created", Type::Text)}});
    tables.push_back({"matrix_level",
                      {matrixId(), Col("axis", Type::Text).check(tokens({"probability", "consequence"})),
                       Col("level", Type::Int), Col("label", Type::Text), Col("definition", Type::Text)},
                      {"matrix_id", "axis", "level"}});
    tables.push_back({"matrix_zone",
                      {matrixId(), Col("idx", Type::Int), Col("name", Type::Text), Col("colour", Type::Text),
                       Col("min_score", Type::Int), Col("max_score", Type::Int), Col("acceptable", Type::Flag)},
                      {"matrix_id", "idx"}});
    tables.push_back({"matrix_cell",
                      {matrixId(), Col("probability", Type::Int), Col("consequence", Type::Int),
                       Col("zone_idx", Type::Int)},
                      {"matrix_id", "probability", "consequence"}});
    // The register itself: one row.
    tables.push_back({"register",
                      {key().check({Check::Kind::Equals, {}, 1}), Col("name", Type::Text),
                       Col("language", Type::Text).check(tokens({"da", "nb", "sv", "en"})),
                       Col("created", Type::Text).check({Check::Kind::Date}),
                       Col("current_matrix_id", Type::BigInt).null().refers("matrix", OnDelete::NoAction),
                       Col("review_rule", Type::Text), Col("uid", Type::Text).byDefault("''")}});
    // The names of the classification levels 0-4 (issue 4).
    tables.push_back({"classification_level",
                      {Col("level", Type::Int).null().check({Check::Kind::Between, {}, 0, ClassificationLevelMax}),
                       Col("label", Type::Text), Col("definition", Type::Text).byDefault("''")},
                      {"level"}});
    records::forEachKind([&]<typename T>(T *) { addRecordTables<T>(tables); });
    // The review rules of the kinds other than assessments (theirs is register.review_rule) and the days
    // between reviews of a risk by its zone (issue 6).
    tables.push_back({"review_rule",
                      {Col("kind", Type::Text)
                           .null()
                           .check(tokens({std::string(toToken(ReviewKind::Asset)),
                                          std::string(toToken(ReviewKind::Measure)),
                                          std::string(toToken(ReviewKind::Policy))})),
                       Col("rule", Type::Text)},
                      {"kind"}});
    tables.push_back({"review_zone",
                      {Col("zone_idx", Type::Int).null(), Col("days", Type::Int).check({Check::Kind::Positive})},
                      {"zone_idx"}});
    // The audit trail (AuditTrail.h, AuditChain.h): rows are only ever added.
    tables.push_back({"audit",
                      {key(), Col("at", Type::Text), Col("os_user", Type::Text),
                       Col("person", Type::Text).byDefault("''"), Col("action", Type::Text),
                       Col("object_type", Type::Text), Col("object_id", Type::BigInt).null(),
                       Col("object_name", Type::Text), Col("field", Type::Text).byDefault("''"),
                       Col("old_value", Type::Text).null(), Col("new_value", Type::Text).null(),
                       Col("state", Type::Text).null(), Col("fingerprint", Type::Text).null(),
                       Col("chain_hash", Type::Text).null()}});
    // Where combined objects came from (002 §27): a section register's uid and its id there.
    tables.push_back({"origin",
                      {Col("source_uid", Type::Text), Col("object_type", Type::Text),
                       Col("source_id", Type::BigInt), Col("local_id", Type::BigInt), Col("source_name", Type::Text),
                       Col("fingerprint", Type::Text).null()},
                      {"source_uid", "object_type", "source_id"},
                      true});
    // The register's own policy's references for the rules Trygg checks (issue 13).
    tables.push_back({"policy_reference",
                      // A key of a table WITHOUT ROWID is NOT NULL without saying so.
                      {Col("rule", Type::Text).check(tokens({"owner", "deputy", "separation", "many_affected"})),
                       Col("reference", Type::Text)},
                      {"rule"},
                      true});

    for (Table &table : tables) {
        if (const auto found = indexes().find(table.name); found != indexes().end())
            table.indexes = found->second;
    }
    // A mistake here would only show as SQL that does not run: refuse it at once.
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const Table &table = tables[i];
        auto knows = [&](const std::string &column) { return table.column(column) != nullptr; };
        for (const std::string &column : table.primaryKey)
            if (!knows(column))
                throw std::logic_error("schema description: no column " + column + " in " + table.name);
        for (const Index &index : table.indexes)
            for (const std::string &column : index.columns)
                if (!knows(column))
                    throw std::logic_error("schema description: index " + index.name + " names no column of " +
                                           table.name);
        for (const Column &column : table.columns) {
            if (!column.references)
                continue;
            bool earlier = false;
            for (std::size_t j = 0; j <= i; ++j)
                earlier = earlier || tables[j].name == column.references->table;
            if (!earlier)
                throw std::logic_error("schema description: " + table.name + "." + column.name +
                                       " refers to a table described later or not at all");
        }
    }
    return tables;
}

} // namespace

const Column *Table::column(std::string_view name) const
{
    for (const Column &column : columns)
        if (column.name == name)
            return &column;
    return nullptr;
}

const std::vector<Table> &tables()
{
    static const std::vector<Table> list = describe();
    return list;
}

const Table *table(std::string_view name)
{
    for (const Table &table : tables())
        if (table.name == name)
            return &table;
    return nullptr;
}

} // namespace trygg::schema
