// SPDX-License-Identifier: EUPL-1.2
// A register on a PostgreSQL server (issue 16), as far as it goes now: `trygg-cli init URI` creates it in an
// empty database, it is read like a file, and `trygg-cli copy` moves it from a file to a server and back
// ("copies a register from a file to a server and back (an offline copy for a laptop), keeping origins so
// `combine` can bring offline edits back"; "a register exported from the server equals the same register
// kept in a file"). Runs on the throwaway cluster of scripts/test.sh (TRYGG_TEST_POSTGRES).

#include "ErrorOf.h"
#include "ServerVersionOne.h"
#include "SqlTestDatabase.h"
#include "TempDir.h"
#include "demo/DemoGenerator.h"
#include "exchange/CsvExport.h"
#include "model/Clock.h"
#include "storage/RegisterFile.h"
#include "storage/SchemaDescription.h"
#include "storage/Sqlite.h"
#include "storage/ServerRegister.h"

#include <gtest/gtest.h>

using namespace trygg;

namespace {

class ServerRegisterTest : public testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(server.make(SqlBackend::Postgres)); }

    // A small demo register in a file: units, people, assets, assessments in rounds, risks, measures,
    // documents, reviews, incidents, and the audit trail of all of it.
    std::string demoFile()
    {
        const std::string path = dir.file("demo.trygg");
        RegisterFile demo = RegisterFile::create(path, "no", "Demo");
        generateDemo(demo, DemoOptions{8, 30, 3, true, true});
        return path;
    }
    std::int64_t count(const char *sql)
    {
        return Statement(*server.open(SqlConnection::Mode::ReadOnly), sql).scalar().value_or(-1);
    }

    TempDir dir;
    SqlTestDatabase server;
};

void expectSameContent(const RegisterData &a, const RegisterData &b)
{
    EXPECT_EQ(a.info, b.info);
    EXPECT_EQ(a.matrices.size(), b.matrices.size());
    EXPECT_EQ(a.units, b.units);
    EXPECT_EQ(a.people, b.people);
    EXPECT_EQ(a.assets, b.assets);
    EXPECT_EQ(a.assessments, b.assessments);
    EXPECT_EQ(a.risks, b.risks);
    EXPECT_EQ(a.measures, b.measures);
    EXPECT_EQ(a.reviewRules, b.reviewRules);
    EXPECT_EQ(a.documents, b.documents);
    EXPECT_EQ(a.reviews, b.reviews);
    EXPECT_EQ(a.acceptances, b.acceptances);
    EXPECT_EQ(a.approvals, b.approvals);
    EXPECT_EQ(a.incidents, b.incidents);
    EXPECT_EQ(a.exceptions, b.exceptions);
}

TEST_F(ServerRegisterTest, InitCreatesTheRegisterANewFileGetsInAnEmptyDatabase)
{
    server::create(server.location(), "dk", "Kommune");
    const RegisterData onServer = RegisterFile::open(server.location(), RegisterFile::Access::ReadOnly).load();

    const std::string path = dir.file("same.trygg");
    RegisterFile::create(path, "dk", "Kommune");
    const RegisterData inFile = RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    EXPECT_EQ(onServer.info.name, "Kommune");
    EXPECT_EQ(onServer.info.language, inFile.info.language);
    EXPECT_EQ(onServer.info.classificationLevels, inFile.info.classificationLevels);
    EXPECT_EQ(onServer.reviewRules, inFile.reviewRules);
    ASSERT_EQ(onServer.matrices.size(), 1u);
    EXPECT_EQ(onServer.matrices[0].probabilityLevels(), inFile.matrices[0].probabilityLevels());
    EXPECT_EQ(onServer.matrices[0].consequenceLevels(), inFile.matrices[0].consequenceLevels());
    EXPECT_EQ(onServer.matrices[0].cellZones(), inFile.matrices[0].cellZones());
    EXPECT_NE(onServer.info.uid, inFile.info.uid);
    EXPECT_EQ(count("SELECT version FROM trygg_schema"), server::SchemaVersion);
    EXPECT_EQ(count("SELECT count(*) FROM audit WHERE action = 'create' AND object_type = 'register'"), 1);
}

TEST_F(ServerRegisterTest, ADatabaseThatHoldsAnythingIsRefusedUntouched)
{
    server.open()->exec("CREATE TABLE payroll (id INTEGER)");
    const std::string message = fileErrorOf([&] { server::create(server.location(), "no", "X"); });
    EXPECT_NE(message.find("already has tables (payroll)"), std::string::npos) << message;
    EXPECT_EQ(count("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"), 1);
    EXPECT_NE(fileErrorOf([&] { server::copy(demoFile(), server.location()); }).find("payroll"), std::string::npos);
    EXPECT_NE(fileErrorOf([&] { RegisterFile::open(server.location(), RegisterFile::Access::ReadOnly); })
                  .find("another program"),
              std::string::npos);
}

// Issue 16, Versions: "a newer schema is refused untouched".
TEST_F(ServerRegisterTest, ARegisterOfANewerServerSchemaIsRefusedUntouched)
{
    server::create(server.location(), "no", "X");
    const int newer = server::SchemaVersion + 1;
    Statement(*server.open(), "UPDATE trygg_schema SET version = ?1").bind(1, newer).run();
    for (auto access : {RegisterFile::Access::ReadOnly, RegisterFile::Access::ReadWrite})
        EXPECT_NE(fileErrorOf([&] { RegisterFile::open(server.location(), access); }).find("newer version of Trygg"),
                  std::string::npos);
    const std::string message = fileErrorOf([&] { server::create(server.location(), "no", "X"); });
    EXPECT_NE(message.find("newer version of Trygg (server schema version " + std::to_string(newer)),
              std::string::npos)
        << message;
    EXPECT_EQ(count("SELECT version FROM trygg_schema"), newer);
    EXPECT_EQ(count("SELECT count(*) FROM register"), 1);
}

// Issue 16, Versions: "the server's schema is versioned and upgraded stepwise like a file". A register of
// version 1 (no triggers noting what a client changed) is read as it is and upgraded when opened for writing.
TEST_F(ServerRegisterTest, ARegisterOfAnOlderServerSchemaIsUpgradedWhenOpenedForWriting)
{
    server::create(server.location(), "no", "X");
    const auto triggers = [&] {
        return count("SELECT count(*) FROM pg_trigger WHERE tgname = 'trygg_follow' AND NOT tgisinternal");
    };
    ASSERT_GT(triggers(), 10);
    backToServerVersionOne(*server.open());
    ASSERT_EQ(triggers(), 0);
    EXPECT_EQ(RegisterFile::open(server.location(), RegisterFile::Access::ReadOnly).load().info.name, "X");
    EXPECT_EQ(count("SELECT version FROM trygg_schema"), 1);

    RegisterFile file = RegisterFile::open(server.location());
    EXPECT_EQ(count("SELECT version FROM trygg_schema"), server::SchemaVersion);
    EXPECT_GT(triggers(), 10);
    // A cascade is recorded again: the unit's removal clears the parent of its sub-unit.
    const Id parent = file.addUnit(OrgUnit{0, "Oppvekst", std::nullopt});
    file.addUnit(OrgUnit{0, "Skole", parent});
    file.removeUnit(parent);
    EXPECT_TRUE(file.trailProblems().empty());
}

// A register on a server is made by trygg-cli init or copy; a server's clients hold no write lock to take over.
TEST_F(ServerRegisterTest, ARegisterIsMadeOnAServerOnlyByInitOrCopy)
{
    const std::string message = fileErrorOf([&] { RegisterFile::create(server.location(), "no", "Y"); });
    EXPECT_NE(message.find("trygg-cli init"), std::string::npos) << message;
    EXPECT_EQ(count("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"), 0);
    server::create(server.location(), "no", "X");
    EXPECT_FALSE(RegisterFile::takeOver(server.location(), true).readOnly());
}

TEST_F(ServerRegisterTest, AFileCopiedToTheServerAndBackIsTheSameRegister)
{
    const std::string original = demoFile();
    server::copy(original, server.location());
    const std::string back = dir.file("back.trygg");
    server::copy(server.location(), back);

    const RegisterData a = RegisterFile::open(original, RegisterFile::Access::ReadOnly).load();
    const RegisterData onServer = RegisterFile::open(server.location(), RegisterFile::Access::ReadOnly).load();
    const RegisterFile backFile = RegisterFile::open(back, RegisterFile::Access::ReadOnly);
    const RegisterData b = backFile.load();
    ASSERT_GT(a.risks.size(), 30u);
    ASSERT_FALSE(a.incidents.empty());
    expectSameContent(a, onServer);
    expectSameContent(a, b);
    EXPECT_EQ(b.info.uid, a.info.uid) << "the same register, so combine can bring offline edits back";
    const Date today = Clock::todayLocal();
    EXPECT_EQ(exportRisksCsv(b), exportRisksCsv(a));
    EXPECT_EQ(exportAssetsCsv(b), exportAssetsCsv(a));
    EXPECT_EQ(exportPlanCsv(b, today), exportPlanCsv(a, today));
    // The audit trail came along, whole: its chain holds, and it ends where the original's does.
    EXPECT_TRUE(backFile.trailProblems().empty());
    EXPECT_TRUE(backFile.integrityProblems().empty());
    EXPECT_EQ(backFile.trailFingerprint(), RegisterFile::open(original, RegisterFile::Access::ReadOnly).trailFingerprint());
    EXPECT_EQ(backFile.history().size(), RegisterFile::open(original, RegisterFile::Access::ReadOnly).history().size());
}

// `copy` streams each table to the server (COPY ... FROM STDIN, PostgresCopy): every value must arrive as the
// file holds it, the characters COPY's text format escapes (backslash, tab, newline, carriage return) and
// texts that look like its markers (\N for NULL, \. for the end) among them, an empty text apart from a NULL,
// and reals to the last bit. Compared cell by cell, every table.
TEST_F(ServerRegisterTest, EveryValueArrivesOnTheServerExactlyAsTheFileHoldsIt)
{
    const std::string path = demoFile();
    {
        Database file(path, Database::Mode::ReadWrite);
        const auto set = [&](const char *sql, auto value) { Statement(file, sql).bind(1, value).run(); };
        set("UPDATE asset SET notes = ?1 WHERE id = (SELECT min(id) FROM asset)",
            "back\\slash\ttab\nnewline\rreturn \\N \\. \\\\ æøå «»");
        set("UPDATE asset SET notes = ?1 WHERE id = (SELECT max(id) FROM asset)", "\\N");
        set("UPDATE asset SET purpose = ?1 WHERE id = (SELECT max(id) FROM asset)", "\\.");
        set("UPDATE asset SET purpose = ?1 WHERE id = (SELECT min(id) FROM asset)", "\n\t\\");
        set("UPDATE measure SET cost = ?1 WHERE id = (SELECT min(id) FROM measure)", 0.1);
        set("UPDATE measure SET hours = ?1 WHERE id = (SELECT min(id) FROM measure)", 12345.678901234567);
        set("UPDATE measure SET cost = ?1 WHERE id = (SELECT max(id) FROM measure)", 1e-300);
        set("UPDATE audit SET old_value = ?1 WHERE id = (SELECT min(id) FROM audit WHERE old_value IS NULL)",
            std::string());
    }
    server::copy(path, server.location());

    const Database file(path, Database::Mode::ReadOnly);
    const std::unique_ptr<SqlConnection> onServer = server.open(SqlConnection::Mode::ReadOnly);
    int nulls = 0, empties = 0, rows = 0;
    for (const schema::Table &table : schema::tables()) {
        std::string columns, order;
        for (const schema::Column &column : table.columns) {
            columns += (columns.empty() ? "" : ", ") + column.name;
            if (column.type == schema::ColumnType::Key)
                order = column.name;
        }
        // The key, else the primary key, else every column: the same rows in the same order on both.
        if (order.empty())
            for (const std::string &column : table.primaryKey)
                order += (order.empty() ? "" : ", ") + column;
        if (order.empty())
            order = columns;
        const std::string select = "SELECT " + columns + " FROM " + table.name + " ORDER BY " + order;
        Statement a(file, select.c_str()), b(*onServer, select.c_str());
        for (int row = 1;; ++row) {
            const bool more = a.step();
            ASSERT_EQ(b.step(), more) << table.name << ": the server has a different number of rows";
            if (!more)
                break;
            ++rows;
            for (std::size_t i = 0; i < table.columns.size(); ++i) {
                const int c = static_cast<int>(i);
                const std::string where = table.name + " row " + std::to_string(row) + " " + table.columns[i].name;
                ASSERT_EQ(a.isNull(c), b.isNull(c)) << where;
                if (a.isNull(c)) {
                    ++nulls;
                    continue;
                }
                switch (table.columns[i].type) {
                case schema::ColumnType::Real: ASSERT_EQ(a.real(c), b.real(c)) << where; break;
                case schema::ColumnType::Text:
                    ASSERT_EQ(a.textView(c), b.textView(c)) << where;
                    empties += a.textView(c).empty();
                    break;
                default: ASSERT_EQ(a.int64(c), b.int64(c)) << where;
                }
            }
        }
    }
    EXPECT_GT(rows, 500);
    EXPECT_GT(nulls, 0);
    EXPECT_GT(empties, 0);
    EXPECT_EQ(Statement(*onServer, "SELECT count(*) FROM asset WHERE notes = ?1")
                  .bind(1, "back\\slash\ttab\nnewline\rreturn \\N \\. \\\\ æøå «»")
                  .scalar(),
              1);
    EXPECT_EQ(Statement(*onServer, "SELECT count(*) FROM measure WHERE cost = ?1").bind(1, 1e-300).scalar(), 1);
}

// "Never lose or half-write data": a row the server refuses (here a flag the file holds as 2, changed by hand:
// the server checks every flag) rolls the whole copy back, the schema with it; the database stays empty.
TEST_F(ServerRegisterTest, ACopyTheServerRefusesHalfwayLeavesTheDatabaseEmpty)
{
    const std::string path = demoFile();
    Database(path, Database::Mode::ReadWrite).exec("UPDATE matrix_zone SET acceptable = 2 WHERE idx = 0");
    const std::string message = fileErrorOf([&] { server::copy(path, server.location()); });
    EXPECT_NE(message.find("acceptable"), std::string::npos) << message;
    EXPECT_EQ(count("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"), 0);
}

// A text the server cannot hold (a NUL character, which a file edited by hand may have) stops the copy in the
// middle of a table's stream: the stream is abandoned, the whole copy rolled back, the database left empty.
TEST_F(ServerRegisterTest, ACopyStoppedInTheMiddleOfATableLeavesTheDatabaseEmpty)
{
    const std::string path = demoFile();
    Statement(Database(path, Database::Mode::ReadWrite),
              "UPDATE asset SET notes = ?1 WHERE id = (SELECT max(id) FROM asset)")
        .bind(1, std::string_view("before\0after", 12))
        .run();
    const std::string message = fileErrorOf([&] { server::copy(path, server.location()); });
    EXPECT_NE(message.find("NUL character"), std::string::npos) << message;
    EXPECT_EQ(count("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"), 0);
    // Nothing is left behind on the server: the repaired file copies into the same database.
    Statement(Database(path, Database::Mode::ReadWrite), "UPDATE asset SET notes = 'repaired' WHERE notes <> ''").run();
    server::copy(path, server.location());
    EXPECT_GT(count("SELECT count(*) FROM asset"), 0);
}

TEST_F(ServerRegisterTest, NewRowsOnTheServerAreNumberedAfterTheCopiedOnes)
{
    server::copy(demoFile(), server.location());
    for (const schema::Table &table : schema::tables())
        for (const schema::Column &column : table.columns)
            if (column.type == schema::ColumnType::Key) {
                const std::string next = "SELECT nextval(pg_get_serial_sequence('" + table.name + "', 'id')) - "
                                         "COALESCE((SELECT max(id) FROM " + table.name + "), 0)";
                EXPECT_EQ(Statement(*server.open(), next.c_str()).scalar(), 1) << table.name;
            }
}

TEST_F(ServerRegisterTest, ACopyToAFileIsRefusedWhenTheFileExistsAndLeavesNothingWhenItFails)
{
    const std::string taken = demoFile();
    server::copy(taken, server.location());
    EXPECT_NE(fileErrorOf([&] { server::copy(server.location(), taken); }).find("already exists"), std::string::npos);
    // A database that holds no register: nothing appears at the target, not even a part of it.
    SqlTestDatabase empty;
    ASSERT_TRUE(empty.make(SqlBackend::Postgres));
    const std::string target = dir.file("none.trygg");
    EXPECT_NE(fileErrorOf([&] { server::copy(empty.location(), target); }).find("empty"), std::string::npos);
    for (const auto &entry : std::filesystem::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path().filename().string().find("none.trygg"), std::string::npos) << entry.path();
    EXPECT_THROW(server::copy(taken, dir.file("other.trygg")), InputError);
}

} // namespace
