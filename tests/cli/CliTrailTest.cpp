// SPDX-License-Identifier: EUPL-1.2
// Issue 12: changes made behind Trygg's back are evident, through trygg-cli check as a user or a script runs
// it: a register changed with another SQLite tool is reported with the object, the field and both values, or
// the trail's entry where its chain breaks, and check exits 1; what imports and combines write passes.
#include "../core/RawSql.h"
#include "CliRun.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sqlite3.h>

namespace {

std::string rawText(const std::string &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    std::string text;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
            text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return text;
}

class CliTrailTest : public CliTest {
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli({"demo", registerPath, "--assets", "20", "--risks", "40", "--seed", "3"}).exitCode, 0);
        const Result clean = cli({"check", registerPath});
        ASSERT_EQ(clean.exitCode, 0) << clean.out << clean.err;
    }

    // A copy of the demo register changed by `sql` as another SQLite program would, and check's verdict.
    Result checkAfter(const std::string &name, const std::string &sql)
    {
        const std::string copy = dir.file(name);
        std::filesystem::copy_file(registerPath, copy);
        rawSql(copy, sql.c_str());
        return cli({"check", copy});
    }

    std::string registerPath = dir.file("kommune.trygg");
};

} // namespace

TEST_F(CliTrailTest, AMovedDeadlineIsReportedWithTheFieldAndBothValues)
{
    const std::string id = rawText(registerPath, "SELECT min(id) FROM measure WHERE deadline IS NOT NULL");
    const std::string deadline = rawText(registerPath, "SELECT deadline FROM measure WHERE id = " + id);
    ASSERT_FALSE(deadline.empty());
    const Result r = checkAfter("moved.trygg", "UPDATE measure SET deadline = '2031-01-01' WHERE id = " + id);
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("error: measure " + id + ", deadline: changed outside Trygg: the trail says " + deadline +
                         ", the file says 2031-01-01\n"),
              std::string::npos)
        << r.out;
}

TEST_F(CliTrailTest, ALoweredScoreWithTheTrailEditedToMatchIsReported)
{
    const std::string id = rawText(registerPath, "SELECT min(id) FROM risk WHERE probability > 1");
    const std::string entry = rawText(registerPath, "SELECT max(id) FROM audit WHERE object_type = 'risk' AND "
                                                    "object_id = " +
                                                        id);
    const std::string probability = rawText(registerPath, "SELECT probability FROM risk WHERE id = " + id);
    // The score lowered, and the entry's record of the line changed to match.
    const Result r =
        checkAfter("lowered.trygg", "UPDATE risk SET probability = 1 WHERE id = " + id +
                                        "; UPDATE audit SET state = replace(state, 'probability\t1:" + probability +
                                        "', 'probability\t1:1') WHERE id = " + entry);
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("error: the audit trail was changed outside Trygg: entry " + entry +
                         " does not match its chain hash"),
              std::string::npos)
        << r.out;
}

TEST_F(CliTrailTest, ARemovedOrAddedEntryOfTheTrailIsReported)
{
    Result r = checkAfter("removed.trygg", "DELETE FROM audit WHERE id = 5");
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("error: the audit trail was changed outside Trygg: entry 5 is missing (removed outside "
                         "Trygg)\n"),
              std::string::npos)
        << r.out;
    r = checkAfter("added.trygg", "INSERT INTO audit (at, os_user, action, object_type, object_name) VALUES "
                                  "('2026-11-23T10:00:00Z', 'ola', 'import', 'risk', 'risks.csv')");
    const std::string added = rawText(dir.file("added.trygg"), "SELECT max(id) FROM audit");
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("error: the audit trail was changed outside Trygg: entry " + added +
                         " has no chain hash (added outside Trygg)\n"),
              std::string::npos)
        << r.out;
}

TEST_F(CliTrailTest, ImportsAndCombinesLeaveAChainThatHolds)
{
    const std::string risks = dir.file("risks.csv");
    const std::string assets = dir.file("assets.csv");
    ASSERT_EQ(cli({"export", "assets", registerPath, "--format", "csv", "--output", assets}).exitCode, 0);
    ASSERT_EQ(cli({"export", "risks", registerPath, "--format", "csv", "--output", risks}).exitCode, 0);
    const std::string imported = dir.file("imported.trygg");
    ASSERT_EQ(cli({"init", imported, "--preset", "no"}).exitCode, 0);
    ASSERT_EQ(cli({"import", "assets", imported, assets}).exitCode, 0);
    ASSERT_EQ(cli({"import", "risks", imported, risks}).exitCode, 0);
    // Imported again: the rows are there, some unchanged.
    ASSERT_EQ(cli({"import", "risks", imported, risks}).exitCode, 0);
    Result r = cli({"check", imported});
    EXPECT_EQ(r.exitCode, 0) << r.out;

    const std::string other = dir.file("other.trygg");
    ASSERT_EQ(cli({"demo", other, "--assets", "10", "--risks", "20", "--seed", "4", "--name", "Helse"}).exitCode, 0);
    const std::string combined = dir.file("combined.trygg");
    r = cli({"combine", combined, registerPath, other});
    ASSERT_TRUE(r.exitCode == 0 || r.exitCode == 1) << r.out << r.err;
    ASSERT_TRUE(std::filesystem::exists(combined)) << r.err;
    r = cli({"check", combined});
    EXPECT_EQ(r.out.find("outside Trygg"), std::string::npos) << r.out;
    EXPECT_EQ(r.exitCode, 0) << r.out;
    // Combined again, with the first section changed in between.
    ASSERT_EQ(cli({"approve", registerPath, "plan", "--by", "Rådmann", "--role", "rådmann"}).exitCode, 0);
    r = cli({"combine", combined, registerPath, other});
    r = cli({"check", combined});
    EXPECT_EQ(r.out.find("outside Trygg"), std::string::npos) << r.out;
    EXPECT_EQ(r.exitCode, 0) << r.out;
}

// Issue 12: a printed report carries the hash of the register's last audit entry in its footer.
TEST_F(CliTrailTest, APrintedReportCarriesTheTrailsFingerprint)
{
    TRYGG_SKIP_WITHOUT_QT("the printed reports");
    const std::string hash = rawText(registerPath, "SELECT chain_hash FROM audit ORDER BY id DESC LIMIT 1");
    ASSERT_EQ(hash.size(), 64u);
    const std::string grouped =
        hash.substr(0, 4) + ' ' + hash.substr(4, 4) + ' ' + hash.substr(8, 4) + ' ' + hash.substr(12, 4);
    const std::string html = dir.file("plan.html");
    const Result r = cli({"export", "plan", registerPath, "--format", "html", "--language", "en", "--output", html});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(readBytes(html).find("Trail fingerprint " + grouped), std::string::npos);
}
