// SPDX-License-Identifier: EUPL-1.2
// trygg-cli end to end with a register on a PostgreSQL server (issue 16): `init URI`, the commands that
// read taking a URI where they take FILE, `copy` from a file to a server and back, and a clear refusal of
// edits on a server for now. Runs on the throwaway cluster of scripts/test.sh (TRYGG_TEST_POSTGRES).
#include "CliRun.h"

#include "../core/SqlTestDatabase.h"

#include <gtest/gtest.h>

namespace {

class CliServerTest : public CliTest {
protected:
    void SetUp() override { ASSERT_TRUE(server.make(SqlBackend::Postgres)); }
    SqlTestDatabase server;
};

} // namespace

TEST_F(CliServerTest, InitOnAServerThenTheReadingCommandsTakeItsAddress)
{
    Result r = cli({"init", server.location(), "--preset", "se", "--name", "Kommunen"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("register 'Kommunen' with the se matrix"), std::string::npos) << r.out;
    r = cli({"init", server.location(), "--preset", "se"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("already holds a Trygg register"), std::string::npos) << r.err;

    r = cli({"export", "risks", server.location(), "--format", "csv"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("priority;"), std::string::npos);
    for (const std::vector<std::string> &command :
         {std::vector<std::string>{"matrix", server.location()}, {"due", server.location()},
          {"trend", server.location()}, {"history", server.location()}, {"check", server.location()}}) {
        r = cli(command);
        EXPECT_EQ(r.exitCode, 0) << command[0] << ": " << r.err;
    }
    // A command that writes: a clear refusal, nothing written.
    const std::string history = cli({"history", server.location(), "--format", "csv"}).out;
    const std::string csv = write("assets.csv", "unit;name\nIT;Lønn\n");
    r = cli({"import", "assets", server.location(), csv});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("editing a register on a server is not available yet"), std::string::npos) << r.err;
    r = cli({"demo", server.location(), "--assets", "2", "--risks", "3"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("editing a register on a server is not available yet"), std::string::npos) << r.err;
    EXPECT_EQ(cli({"history", server.location(), "--format", "csv"}).out, history);
}

// Issue 16: "a register exported from the server equals the same register kept in a file"; the copy back
// is whole, its audit trail included (check passes).
TEST_F(CliServerTest, ADemoRegisterCopiedToAServerAndBackExportsTheSame)
{
    const std::string demo = dir.file("demo.trygg");
    ASSERT_EQ(cli({"demo", demo, "--assets", "6", "--risks", "25", "--rounds"}).exitCode, 0);
    Result r = cli({"copy", demo, server.location()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string back = dir.file("back.trygg");
    r = cli({"copy", server.location(), back});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    for (const char *kind : {"risks", "assets", "plan"}) {
        const std::string expected = cli({"export", kind, demo, "--format", "csv"}).out;
        EXPECT_GT(expected.size(), 200u) << kind;
        EXPECT_EQ(cli({"export", kind, back, "--format", "csv"}).out, expected) << kind;
        EXPECT_EQ(cli({"export", kind, server.location(), "--format", "csv"}).out, expected) << kind;
    }
    EXPECT_EQ(cli({"history", back, "--format", "csv"}).out, cli({"history", demo, "--format", "csv"}).out);
    r = cli({"check", back});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find(": 0 errors"), std::string::npos) << r.out;

    r = cli({"copy", server.location(), back});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("already exists"), std::string::npos) << r.err;
    r = cli({"copy", demo, server.location()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("already holds a Trygg register"), std::string::npos) << r.err;
    EXPECT_EQ(cli({"copy", demo, dir.file("c.trygg")}).exitCode, 2);
}
