// SPDX-License-Identifier: EUPL-1.2
// Issue 16: the SQL of each dialect is made from one description of each table (SchemaDescription.h),
// not written twice. A file is still made by the upgrade steps of Schema.cpp, as released; these tests hold
// the description to the file those steps make: every table with exactly the described columns (name,
// type, NOT NULL, default, key), foreign keys (with their ON DELETE), indexes and CHECKs, and the SQLite DDL
// made from the description gives an empty database the same.
#include "CheckSamples.h"
#include "ErrorOf.h"
#include "TempDir.h"

#include "storage/RegisterFile.h"
#include "storage/Schema.h"
#include "storage/SchemaDescription.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace trygg;
using schema::Dialect;

namespace {

// name, type, notnull, default ("-" for none), pk
using ColumnRow = std::tuple<std::string, std::string, int, std::string, int>;
// from, table, to, on_update, on_delete
using KeyRow = std::tuple<std::string, std::string, std::string, std::string, std::string>;
// origin (c, u, pk), unique, partial, columns, and the name of the indexes Trygg names itself
using IndexRow = std::tuple<std::string, int, int, std::string, std::string>;

std::string nullable(const Statement &row, int column)
{
    return row.isNull(column) ? "-" : row.text(column);
}

std::set<std::string> tableNames(SqlConnection &db)
{
    std::set<std::string> names;
    Statement query(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (query.step())
        names.insert(query.text(0));
    return names;
}

std::vector<ColumnRow> columnsOf(SqlConnection &db, const std::string &table)
{
    std::vector<ColumnRow> rows;
    Statement query(db, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1) ORDER BY cid");
    query.bind(1, table);
    while (query.step())
        rows.emplace_back(query.text(0), query.text(1), query.integer(2), nullable(query, 3), query.integer(4));
    return rows;
}

std::vector<KeyRow> foreignKeysOf(SqlConnection &db, const std::string &table)
{
    std::vector<KeyRow> rows;
    Statement query(db, "SELECT \"from\", \"table\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?1)");
    query.bind(1, table);
    while (query.step())
        rows.emplace_back(query.text(0), query.text(1), nullable(query, 2), query.text(3), query.text(4));
    std::sort(rows.begin(), rows.end());
    return rows;
}

// SQLite names the indexes of UNIQUE and PRIMARY KEY constraints itself (sqlite_autoindex_TABLE_N):
// those are compared by what they are, Trygg's own also by name.
std::vector<IndexRow> indexesOf(SqlConnection &db, const std::string &table, bool withAutoNames)
{
    std::vector<IndexRow> rows;
    Statement list(db, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1)");
    list.bind(1, table);
    while (list.step()) {
        const std::string name = list.text(0);
        Statement info(db, "SELECT name FROM pragma_index_info(?1) ORDER BY seqno");
        info.bind(1, name);
        std::string columns;
        while (info.step())
            columns += (columns.empty() ? "" : ",") + info.text(0);
        const bool own = list.text(2) == "c";
        rows.emplace_back(list.text(2), list.integer(1), list.integer(3), columns, own || withAutoNames ? name : "");
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

// The text of every CHECK constraint in the table's CREATE TABLE statement, white space made single.
std::vector<std::string> checksInSql(SqlConnection &db, const std::string &table)
{
    Statement query(db, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    query.bind(1, table);
    if (!query.step())
        return {};
    const std::string sql = query.text(0);
    std::vector<std::string> checks;
    for (std::size_t at = sql.find("CHECK ("); at != std::string::npos; at = sql.find("CHECK (", at + 1)) {
        std::size_t end = at + 7;
        for (int depth = 1; depth > 0 && end < sql.size(); ++end)
            depth += sql[end] == '(' ? 1 : sql[end] == ')' ? -1 : 0;
        std::string check;
        for (const char c : sql.substr(at + 7, end - at - 8)) {
            const bool space = c == ' ' || c == '\n' || c == '\t';
            if (!space || (!check.empty() && check.back() != ' '))
                check += space ? ' ' : c;
        }
        checks.push_back(check);
    }
    std::sort(checks.begin(), checks.end());
    return checks;
}

std::string onDeleteWord(schema::OnDelete onDelete)
{
    switch (onDelete) {
    case schema::OnDelete::NoAction: return "NO ACTION";
    case schema::OnDelete::Cascade: return "CASCADE";
    case schema::OnDelete::SetNull: return "SET NULL";
    }
    return "?";
}

// A single INTEGER PRIMARY KEY of a rowid table is the rowid itself: SQLite makes no index for it.
bool rowidKey(const schema::Table &table)
{
    if (table.withoutRowid || table.primaryKey.size() != 1)
        return false;
    const schema::Column *column = table.column(table.primaryKey[0]);
    return schema::sqlType(*column, Dialect::Sqlite) == "INTEGER";
}

class SchemaDescriptionTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        file = std::make_unique<RegisterFile>(RegisterFile::create(dir.file("fresh.trygg"), "no", "Fresh"));
        generated.exec(schema::createScript(Dialect::Sqlite).c_str());
    }

    SqlConnection &chain() { return file->database(); }

    TempDir dir;
    std::unique_ptr<RegisterFile> file; // made by the upgrade steps, v1 to the current version
    Database generated{":memory:", Database::Mode::Create};
};

} // namespace

TEST_F(SchemaDescriptionTest, DescribesEveryTableOfAFreshFile)
{
    std::set<std::string> described;
    for (const schema::Table &table : schema::tables())
        EXPECT_TRUE(described.insert(table.name).second) << table.name << " described twice";
    EXPECT_EQ(described, tableNames(chain()));
    EXPECT_EQ(described, tableNames(generated));
    EXPECT_EQ(schema::version(chain()), schema::CurrentVersion);
}

TEST_F(SchemaDescriptionTest, EveryColumnOfAFreshFileIsAsDescribed)
{
    for (const schema::Table &table : schema::tables()) {
        std::vector<ColumnRow> described;
        for (const schema::Column &column : table.columns) {
            int pk = column.type == schema::ColumnType::Key ? 1 : 0;
            const auto inKey = std::find(table.primaryKey.begin(), table.primaryKey.end(), column.name);
            if (inKey != table.primaryKey.end())
                pk = static_cast<int>(inKey - table.primaryKey.begin()) + 1;
            described.emplace_back(column.name, schema::sqlType(column, Dialect::Sqlite), column.notNull ? 1 : 0,
                                   column.defaultValue.value_or("-"), pk);
        }
        EXPECT_EQ(columnsOf(chain(), table.name), described) << table.name;
    }
}

TEST_F(SchemaDescriptionTest, EveryForeignKeyOfAFreshFileIsAsDescribedWithItsDeleteAction)
{
    int references = 0;
    for (const schema::Table &table : schema::tables()) {
        std::vector<KeyRow> described;
        for (const schema::Column &column : table.columns)
            if (column.references) {
                ++references;
                described.emplace_back(column.name, column.references->table, column.references->column, "NO ACTION",
                                       onDeleteWord(column.references->onDelete));
            }
        std::sort(described.begin(), described.end());
        EXPECT_EQ(foreignKeysOf(chain(), table.name), described) << table.name;
    }
    EXPECT_GE(references, 30);
}

TEST_F(SchemaDescriptionTest, EveryIndexOfAFreshFileIsAsDescribed)
{
    for (const schema::Table &table : schema::tables()) {
        std::vector<IndexRow> described;
        for (const schema::Index &index : table.indexes) {
            std::string columns;
            for (const std::string &column : index.columns)
                columns += (columns.empty() ? "" : ",") + column;
            described.emplace_back("c", 0, 0, columns, index.name);
        }
        for (const schema::Column &column : table.columns)
            if (column.unique)
                described.emplace_back("u", 1, 0, column.name, "");
        if (!table.primaryKey.empty() && !rowidKey(table)) {
            std::string columns;
            for (const std::string &column : table.primaryKey)
                columns += (columns.empty() ? "" : ",") + column;
            described.emplace_back("pk", 1, 0, columns, "");
        }
        std::sort(described.begin(), described.end());
        EXPECT_EQ(indexesOf(chain(), table.name, false), described) << table.name;
    }
}

TEST_F(SchemaDescriptionTest, EveryCheckOfAFreshFileIsAsDescribedWordForWord)
{
    int checks = 0;
    for (const schema::Table &table : schema::tables()) {
        std::vector<std::string> described;
        for (const schema::Column &column : table.columns)
            for (const schema::Check &check : schema::checksOf(column, Dialect::Sqlite))
                described.push_back(schema::checkSql(column, check, Dialect::Sqlite));
        checks += static_cast<int>(described.size());
        std::sort(described.begin(), described.end());
        EXPECT_EQ(checksInSql(chain(), table.name), described) << table.name;
    }
    EXPECT_GE(checks, 30);
}

TEST_F(SchemaDescriptionTest, TheGeneratedSqliteDdlMakesTheSameTablesAsTheUpgradeSteps)
{
    for (const schema::Table &table : schema::tables()) {
        EXPECT_EQ(columnsOf(generated, table.name), columnsOf(chain(), table.name)) << table.name;
        EXPECT_EQ(foreignKeysOf(generated, table.name), foreignKeysOf(chain(), table.name)) << table.name;
        EXPECT_EQ(indexesOf(generated, table.name, true), indexesOf(chain(), table.name, true)) << table.name;
        EXPECT_EQ(checksInSql(generated, table.name), checksInSql(chain(), table.name)) << table.name;
    }
    // And a file made so passes the checks a file is opened with.
    EXPECT_NO_THROW(schema::validate(generated));
}

TEST_F(SchemaDescriptionTest, ColumnsOfRecordKindsAreTheirDescriptionsColumns)
{
    // The record kinds' tables are made from RecordKinds.h: a field added there is a described column.
    const schema::Table *risk = schema::table("risk");
    ASSERT_NE(risk, nullptr);
    ASSERT_NE(risk->column("not_reassessed"), nullptr);
    EXPECT_EQ(risk->column("not_reassessed")->type, schema::ColumnType::Flag);
    EXPECT_EQ(risk->column("assessment_id")->references->onDelete, schema::OnDelete::Cascade);
    EXPECT_EQ(risk->column("asset_id")->references->onDelete, schema::OnDelete::SetNull);
    const schema::Table *link = schema::table("measure_risk");
    ASSERT_NE(link, nullptr);
    EXPECT_TRUE(link->withoutRowid);
    EXPECT_EQ(link->primaryKey, (std::vector<std::string>{"measure_id", "risk_id"}));
}

TEST_F(SchemaDescriptionTest, AFileWithoutADescribedColumnIsRefusedNamingIt)
{
    // validate() checks a file against the description: one column gone, and the file is incomplete.
    generated.exec("ALTER TABLE asset DROP COLUMN notification");
    const std::string message = fileErrorOf([&] { schema::validate(generated); });
    EXPECT_NE(message.find("'notification'"), std::string::npos) << message;
    EXPECT_NE(message.find("'asset'"), std::string::npos) << message;
    Database other(":memory:", Database::Mode::Create);
    other.exec(schema::createScript(Dialect::Sqlite).c_str());
    other.exec("DROP TABLE policy_reference");
    EXPECT_NE(fileErrorOf([&] { schema::validate(other); }).find("'policy_reference'"), std::string::npos);
}

TEST_F(SchemaDescriptionTest, EveryCheckAcceptsAndRefusesTheSameValuesInTheFileAsOnTheServer)
{
    // The samples SchemaDescriptionPostgresTest gives the server's CHECKs: SQLite's GLOB and the server's
    // regular expressions must agree on them.
    int checked = 0;
    for (const schema::Table &table : schema::tables())
        for (const schema::Column &column : table.columns)
            for (const schema::Check &check : schema::checksOf(column, Dialect::Sqlite)) {
                const bool number = column.type != schema::ColumnType::Text;
                Statement test(chain(), ("SELECT coalesce(" + schema::checkSql(column, check, Dialect::Sqlite) +
                                         ", 1) FROM (SELECT ?1 AS " + column.name + ")")
                                            .c_str());
                auto holds = [&](const std::string &value) {
                    if (number)
                        test.bind(1, static_cast<std::int64_t>(std::stoll(value)));
                    else
                        test.bind(1, value);
                    EXPECT_TRUE(test.step());
                    const bool result = test.int64(0) != 0;
                    test.reset();
                    return result;
                };
                const auto [good, bad] = checkSamples(check);
                for (const std::string &value : good)
                    EXPECT_TRUE(holds(value)) << table.name << "." << column.name << " refuses '" << value << "'";
                for (const std::string &value : bad)
                    EXPECT_FALSE(holds(value)) << table.name << "." << column.name << " accepts '" << value << "'";
                ++checked;
            }
    EXPECT_GE(checked, 30);
}
