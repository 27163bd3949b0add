// SPDX-License-Identifier: EUPL-1.2
// trygg-cli end to end with a register on a PostgreSQL server (issue 16): `init URI`, the commands that
// taking a URI where they take FILE, `copy` from a file to a server and back, and many clients writing at
// once. Runs on the throwaway cluster of scripts/test.sh (TRYGG_TEST_POSTGRES).
#include "CliRun.h"

#include "../core/SqlTestDatabase.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <future>

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
    // A command that writes, as on a file; the trail names the database user (the test cluster's `trygg`).
    const std::string csv = write("assets.csv", "unit;name;type\nIT;Lønn;it system\n");
    r = cli({"import", "assets", server.location(), csv});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(cli({"export", "assets", server.location(), "--format", "csv"}).out.find("Lønn"), std::string::npos);
    const std::string history = cli({"history", server.location(), "--format", "csv"}).out;
    EXPECT_NE(history.find(";trygg;"), std::string::npos) << history;
    r = cli({"check", server.location()});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find(": 0 errors"), std::string::npos) << r.out;
    // Issue 12 on a server: a change made behind Trygg's back (psql, say) shows in check, as in a file.
    server.open()->exec("UPDATE asset SET name = 'Lønn og HR' WHERE name = 'Lønn'");
    r = cli({"check", server.location()});
    EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
    EXPECT_NE(r.out.find("changed outside Trygg"), std::string::npos) << r.out;
    server.open()->exec("UPDATE asset SET name = 'Lønn' WHERE name = 'Lønn og HR'");
    // demo adds to a register on a server as to a file's.
    r = cli({"demo", server.location(), "--assets", "2", "--risks", "3"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("added to"), std::string::npos) << r.out;
}

// Issue 16: the security officer combines the sections' registers into the register on the server (002 §27),
// and again: what changed in a section is updated, nothing doubled; a section combined as a new one gets an
// identity of its own.
TEST_F(CliServerTest, SectionsAreCombinedIntoARegisterOnAServer)
{
    ASSERT_EQ(cli({"init", server.location(), "--preset", "no", "--name", "Kommunen"}).exitCode, 0);
    const std::string first = dir.file("helse.trygg"), second = dir.file("skole.trygg");
    ASSERT_EQ(cli({"demo", first, "--assets", "4", "--risks", "12", "--seed", "1"}).exitCode, 0);
    ASSERT_EQ(cli({"demo", second, "--assets", "4", "--risks", "12", "--seed", "2"}).exitCode, 0);
    Result r = cli({"combine", server.location(), first, second});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("updated " + server.location()), std::string::npos) << r.out;
    const std::string risks = cli({"export", "risks", server.location(), "--format", "csv"}).out;
    r = cli({"combine", server.location(), first, second});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find(" 0 new"), std::string::npos) << r.out;
    EXPECT_EQ(cli({"export", "risks", server.location(), "--format", "csv"}).out, risks);
    const std::string copy = dir.file("helse-kopi.trygg");
    std::filesystem::copy_file(first, copy); // the same register id: combined as a new section only
    r = cli({"combine", server.location(), copy, "--as-new-section", copy});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    r = cli({"check", server.location()});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
}

// Issue 16, done when: "concurrent imports into different units of one server register all land". Six
// sections import their forms at the same moment, each in its own process; every line is there after, and the
// trail's chain holds.
TEST_F(CliServerTest, ConcurrentImportsIntoDifferentUnitsOfOneServerRegisterAllLand)
{
    ASSERT_EQ(cli({"init", server.location(), "--preset", "no", "--name", "Kommunen"}).exitCode, 0);
    constexpr int Sections = 6, Lines = 25;
    std::vector<std::string> files;
    for (int section = 0; section < Sections; ++section) {
        std::string csv = "unit;assessment;asset;threat;probability;consequence\n";
        for (int line = 0; line < Lines; ++line)
            csv += "Enhet " + std::to_string(section) + ";ROS 2027;System " + std::to_string(line % 5) + ";Trussel " +
                   std::to_string(line) + ";" + std::to_string(1 + line % 5) + ";" + std::to_string(1 + line % 4) +
                   "\n";
        files.push_back(write("section" + std::to_string(section) + ".csv", csv));
    }
    std::vector<std::future<Result>> imports;
    for (int section = 0; section < Sections; ++section)
        imports.push_back(std::async(std::launch::async, [&, section] {
            return runCommand(dir, "LC_ALL=C ", {"import", "risks", server.location(), files[section]},
                              "import" + std::to_string(section));
        }));
    for (auto &import : imports) {
        const Result r = import.get();
        EXPECT_EQ(r.exitCode, 0) << r.err;
    }
    const std::string risks = cli({"export", "risks", server.location(), "--format", "csv"}).out;
    for (int section = 0; section < Sections; ++section)
        for (int line = 0; line < Lines; ++line)
            EXPECT_NE(risks.find("Enhet " + std::to_string(section) + ";"), std::string::npos);
    EXPECT_EQ(std::count(risks.begin(), risks.end(), '\n'), 1 + Sections * Lines) << risks;
    const Result r = cli({"check", server.location()});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find(": 0 errors"), std::string::npos) << r.out;
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

// Issue 16: an offline copy for a laptop (copy URI FILE), edited offline, comes back with combine.
TEST_F(CliServerTest, AnOfflineCopyEditedOnALaptopComesBackWithCombine)
{
    ASSERT_EQ(cli({"init", server.location(), "--preset", "no", "--name", "Kommunen"}).exitCode, 0);
    const std::string laptop = dir.file("laptop.trygg");
    ASSERT_EQ(cli({"copy", server.location(), laptop}).exitCode, 0);
    const std::string csv =
        write("offline.csv", "unit;assessment;asset;threat;probability;consequence\nNAV;ROS 2027;Modia;Nedetid;2;3\n");
    Result r = cli({"import", "risks", laptop, csv});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = cli({"combine", server.location(), laptop});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("4 new"), std::string::npos) << "the unit, the assessment, the asset and the line: " << r.out;
    EXPECT_EQ(cli({"export", "risks", server.location(), "--format", "csv"}).out,
              cli({"export", "risks", laptop, "--format", "csv"}).out);
    r = cli({"combine", server.location(), laptop});
    EXPECT_NE(r.out.find("0 new"), std::string::npos) << r.out;
    r = cli({"check", server.location()});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
}
