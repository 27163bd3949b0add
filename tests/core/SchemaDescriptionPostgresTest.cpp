// SPDX-License-Identifier: EUPL-1.2
// Issue 16: the PostgreSQL 15 schema of a shared register is made from the same description of each table
// as the file's (SchemaDescription.h). These tests run the generated DDL in a database of their own on the
// server TRYGG_TEST_POSTGRES names (scripts/test.sh starts a throwaway cluster: scripts/pg-cluster.sh) and
// hold what the server then has (information_schema, pg_catalog) to the description: every column with
// its type, nullability and default, the keys, every foreign key with its delete rule, the indexes, and
// CHECKs that accept and refuse what the description says. Without a server they fail, saying so.
#include "CheckSamples.h"

#include "storage/SchemaDescription.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <tuple>
#include <unistd.h>
#include <vector>

using namespace trygg;
using schema::Dialect;

namespace {

using Row = std::vector<std::optional<std::string>>;

class Connection {
public:
    // `uri` with its database replaced by `database` when one is given.
    Connection(const std::string &uri, const std::string &database = {})
    {
        const char *keywords[] = {"dbname", database.empty() ? nullptr : "dbname", nullptr};
        const char *values[] = {uri.c_str(), database.c_str(), nullptr};
        m_conn = PQconnectdbParams(keywords, values, 1);
    }
    ~Connection() { PQfinish(m_conn); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    std::string error() const
    {
        return PQstatus(m_conn) == CONNECTION_OK ? std::string() : std::string(PQerrorMessage(m_conn));
    }

    // The rows of `sql` with its parameters, or a failed expectation naming the statement.
    std::optional<std::vector<Row>> query(const std::string &sql, const std::vector<std::string> &parameters = {})
    {
        std::vector<const char *> values;
        for (const std::string &parameter : parameters)
            values.push_back(parameter.c_str());
        PGresult *result = parameters.empty()
                               ? PQexec(m_conn, sql.c_str())
                               : PQexecParams(m_conn, sql.c_str(), static_cast<int>(values.size()), nullptr,
                                              values.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            m_lastError = PQresultErrorMessage(result);
            PQclear(result);
            return std::nullopt;
        }
        std::vector<Row> rows;
        for (int r = 0; r < PQntuples(result); ++r) {
            Row row;
            for (int c = 0; c < PQnfields(result); ++c)
                row.push_back(PQgetisnull(result, r, c) ? std::nullopt
                                                        : std::optional<std::string>(PQgetvalue(result, r, c)));
            rows.push_back(std::move(row));
        }
        PQclear(result);
        return rows;
    }
    const std::string &lastError() const { return m_lastError; }

private:
    PGconn *m_conn = nullptr;
    std::string m_lastError;
};

std::string lower(std::string text)
{
    for (char &c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool inPrimaryKey(const schema::Table &table, const schema::Column &column)
{
    return column.type == schema::ColumnType::Key ||
           std::find(table.primaryKey.begin(), table.primaryKey.end(), column.name) != table.primaryKey.end();
}

std::string onDeleteRule(schema::OnDelete onDelete)
{
    switch (onDelete) {
    case schema::OnDelete::NoAction: return "NO ACTION";
    case schema::OnDelete::Cascade: return "CASCADE";
    case schema::OnDelete::SetNull: return "SET NULL";
    }
    return "?";
}

class SchemaDescriptionPostgresTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const char *uri = std::getenv("TRYGG_TEST_POSTGRES");
        ASSERT_TRUE(uri != nullptr && *uri != '\0')
            << "this test needs a PostgreSQL 15 server: set TRYGG_TEST_POSTGRES to a libpq URI of a database "
               "where it may create databases (scripts/test.sh starts one with scripts/pg-cluster.sh)";
        admin = std::make_unique<Connection>(uri);
        ASSERT_EQ(admin->error(), "") << "TRYGG_TEST_POSTGRES=" << uri;
        std::random_device random;
        name = "trygg_schema_" + std::to_string(getpid()) + "_" + std::to_string(random());
        ASSERT_TRUE(admin->query("CREATE DATABASE " + name)) << admin->lastError();
        created = true;
        db = std::make_unique<Connection>(uri, name);
        ASSERT_EQ(db->error(), "");
        const auto version = db->query("SHOW server_version_num");
        ASSERT_TRUE(version);
        ASSERT_GE(std::stoi(*(*version)[0][0]), 150000) << "the shared register needs PostgreSQL 15";
        ASSERT_TRUE(db->query("BEGIN;\n" + schema::createScript(Dialect::Postgres) + "COMMIT;")) << db->lastError();
    }
    void TearDown() override
    {
        db.reset();
        if (created) {
            EXPECT_TRUE(admin->query("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")) << admin->lastError();
        }
    }

    std::vector<Row> rows(const std::string &sql, const std::vector<std::string> &parameters = {})
    {
        auto result = db->query(sql, parameters);
        EXPECT_TRUE(result) << sql << "\n" << db->lastError();
        return result.value_or(std::vector<Row>{});
    }
    // The rows in byte order, whatever the database's collation.
    std::vector<Row> sorted(const std::string &sql)
    {
        std::vector<Row> result = rows(sql);
        std::sort(result.begin(), result.end());
        return result;
    }

    std::unique_ptr<Connection> admin, db;
    std::string name;
    bool created = false;
};

} // namespace

TEST_F(SchemaDescriptionPostgresTest, MakesEveryDescribedTableAndNoOther)
{
    std::vector<Row> described;
    for (const schema::Table &table : schema::tables())
        described.push_back({table.name});
    std::sort(described.begin(), described.end());
    EXPECT_EQ(sorted("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                     "AND table_type = 'BASE TABLE'"),
              described);
}

TEST_F(SchemaDescriptionPostgresTest, EveryColumnHasItsTypeNullabilityAndDefault)
{
    for (const schema::Table &table : schema::tables()) {
        std::vector<Row> described;
        for (const schema::Column &column : table.columns) {
            const std::string type = lower(schema::sqlType(column, Dialect::Postgres));
            std::optional<std::string> defaultValue = column.defaultValue;
            if (defaultValue == "''")
                defaultValue = "''::text";
            described.push_back({column.name, type, column.notNull || inPrimaryKey(table, column) ? "NO" : "YES",
                                 defaultValue, column.type == schema::ColumnType::Key ? "YES" : "NO"});
        }
        EXPECT_EQ(rows("SELECT column_name, data_type, is_nullable, column_default, is_identity "
                       "FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 "
                       "ORDER BY ordinal_position",
                       {table.name}),
                  described)
            << table.name;
    }
}

TEST_F(SchemaDescriptionPostgresTest, EveryForeignKeyHasItsDeleteRule)
{
    std::vector<Row> described;
    for (const schema::Table &table : schema::tables())
        for (const schema::Column &column : table.columns)
            if (column.references)
                described.push_back({table.name, column.name, column.references->table, column.references->column,
                                     onDeleteRule(column.references->onDelete)});
    std::sort(described.begin(), described.end());
    EXPECT_GE(described.size(), 30U);
    EXPECT_EQ(sorted("SELECT k.table_name, k.column_name, u.table_name, u.column_name, r.delete_rule "
                   "FROM information_schema.referential_constraints r "
                   "JOIN information_schema.key_column_usage k "
                   "  ON k.constraint_schema = r.constraint_schema AND k.constraint_name = r.constraint_name "
                   "JOIN information_schema.constraint_column_usage u "
                   "  ON u.constraint_schema = r.constraint_schema AND u.constraint_name = r.constraint_name "
                   "WHERE r.constraint_schema = 'public'"),
              described);
}

TEST_F(SchemaDescriptionPostgresTest, KeysUniqueColumnsAndIndexesAreAsDescribed)
{
    // table, kind (p: primary key, u: unique, i: index), its columns in order, and an index's name
    std::vector<Row> described;
    auto list = [](const std::vector<std::string> &columns) {
        std::string text;
        for (const std::string &column : columns)
            text += (text.empty() ? "" : ",") + column;
        return text;
    };
    for (const schema::Table &table : schema::tables()) {
        std::vector<std::string> key = table.primaryKey;
        for (const schema::Column &column : table.columns) {
            if (column.type == schema::ColumnType::Key)
                key = {column.name};
            if (column.unique)
                described.push_back({table.name, "u", column.name, std::nullopt});
        }
        if (!key.empty())
            described.push_back({table.name, "p", list(key), std::nullopt});
        for (const schema::Index &index : table.indexes)
            described.push_back({table.name, "i", list(index.columns), index.name});
    }
    std::sort(described.begin(), described.end());
    EXPECT_EQ(sorted("SELECT t.relname, CASE WHEN x.indisprimary THEN 'p' WHEN x.indisunique THEN 'u' ELSE 'i' END, "
                   "  (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(x.indkey) WITH ORDINALITY k(attnum, n) "
                   "   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum), "
                   "  CASE WHEN x.indisprimary OR x.indisunique THEN NULL ELSE i.relname END "
                   "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                   "JOIN pg_namespace s ON s.oid = t.relnamespace WHERE s.nspname = 'public'"),
              described);
}

TEST_F(SchemaDescriptionPostgresTest, EveryCheckAcceptsAndRefusesWhatItsDescriptionSays)
{
    int checked = 0;
    for (const schema::Table &table : schema::tables()) {
        for (const schema::Column &column : table.columns) {
            const std::vector<schema::Check> checks = schema::checksOf(column, Dialect::Postgres);
            // The server's constraints on this column, as it keeps them.
            const std::vector<Row> constraints =
                rows("SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
                     "JOIN pg_namespace s ON s.oid = t.relnamespace JOIN pg_attribute a ON a.attrelid = t.oid "
                     "WHERE s.nspname = 'public' AND c.contype = 'c' AND t.relname = $1 AND a.attname = $2 "
                     "AND a.attnum = ANY (c.conkey)",
                     {table.name, column.name});
            ASSERT_EQ(constraints.size(), checks.size()) << table.name << "." << column.name;
            if (checks.empty())
                continue;
            std::string all;
            for (const Row &constraint : constraints) {
                const std::string definition = *constraint[0];
                ASSERT_EQ(definition.rfind("CHECK ", 0), 0U) << definition;
                all += (all.empty() ? "" : " AND ") + definition.substr(6);
            }
            const std::string type = schema::sqlType(column, Dialect::Postgres);
            const std::string sql = "SELECT coalesce(" + all + ", true) FROM (SELECT $1::" + type + " AS " +
                                    column.name + ") AS candidate";
            for (const schema::Check &check : checks) {
                const auto [good, bad] = checkSamples(check);
                for (const std::string &value : good)
                    EXPECT_EQ(rows(sql, {value}), (std::vector<Row>{{"t"}}))
                        << table.name << "." << column.name << " refuses '" << value << "': " << all;
                for (const std::string &value : bad)
                    EXPECT_EQ(rows(sql, {value}), (std::vector<Row>{{"f"}}))
                        << table.name << "." << column.name << " accepts '" << value << "': " << all;
                ++checked;
            }
        }
    }
    EXPECT_GE(checked, 35);
}

TEST_F(SchemaDescriptionPostgresTest, AnIdIsGivenByTheServerWhenNoneIsWritten)
{
    // SQLite gives a new row the next rowid when its id is NULL; a server's identity column does so when
    // the id is left out (DEFAULT), and refuses NULL.
    EXPECT_TRUE(db->query("INSERT INTO unit (name) VALUES ('Oppvekst')")) << db->lastError();
    EXPECT_EQ(rows("SELECT id FROM unit WHERE name = 'Oppvekst'"), (std::vector<Row>{{"1"}}));
    EXPECT_FALSE(db->query("INSERT INTO unit (id, name) VALUES (NULL, 'Helse')"));
}
