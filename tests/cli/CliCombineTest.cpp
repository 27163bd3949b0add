// SPDX-License-Identifier: EUPL-1.2
// trygg-cli end to end: lines moved between registers (combine, export and import) all arrive, conflicts
// are resolved and remembered (issue 11), and sections are told apart by their register ids (issue 19).
#include "CliRun.h"

#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

using namespace trygg;

namespace {

// The lines of a risk export without the priority (first) and id (second last) columns, sorted: what two
// registers hold the same when their ids and entry order differ.
std::vector<std::string> riskLines(const std::string &csv)
{
    std::vector<std::string> lines;
    std::size_t start = csv.find("\r\n") + 2; // after the header
    while (start < csv.size()) {
        std::size_t end = csv.find("\r\n", start);
        if (end == std::string::npos)
            end = csv.size();
        std::string line = csv.substr(start, end - start);
        line = line.substr(line.find(';') + 1);
        // Without the line's id, which another register gives otherwise; the last column, the day each
        // measure was done (issue 15), arrives as it is.
        const std::size_t completed = line.rfind(';');
        lines.push_back(line.substr(0, line.rfind(';', completed - 1)) + line.substr(completed));
        start = end + 2;
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace

// Issue 11: a demo section of 200 risks, with alike lines, arrives whole in a new combined register, and
// an export of it imported into a new register keeps every line.
TEST_F(CliTest, EveryLineArrivesThroughCombineAndThroughExportAndImport_Issue11)
{
    const std::string section = dir.file("demo.trygg");
    ASSERT_EQ(cli({"demo", section, "--assets", "40", "--risks", "200", "--seed", "3"}).exitCode, 0);
    const std::string expected = cli({"export", "risks", section, "--format", "csv"}).out;
    ASSERT_EQ(riskLines(expected).size(), 200u);

    const std::string combined = dir.file("kommune.trygg");
    Result r = cli({"combine", combined, section});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find(", 0 conflicts\n"), std::string::npos) << r.out;
    EXPECT_EQ(riskLines(cli({"export", "risks", combined, "--format", "csv"}).out), riskLines(expected));

    const std::string csv = write("risks.csv", expected);
    const std::string copy = dir.file("kopi.trygg");
    ASSERT_EQ(cli({"init", copy, "--preset", "no"}).exitCode, 0);
    r = cli({"import", "risks", copy, csv});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("200 risks imported (200 new, 0 updated)"), std::string::npos) << r.out;
    EXPECT_EQ(riskLines(cli({"export", "risks", copy, "--format", "csv"}).out), riskLines(expected));
}

// Issue 11: `combine` lists each conflict with its kind, name, section, a risk line's scores and reason;
// --resolve decides all of them, and the decision is remembered for the next combine.
TEST_F(CliTest, CombineResolvesConflictsAndRemembersIt_Issue11)
{
    std::vector<std::string> sections;
    for (const char *unit : {"Skole", "NAV"}) {
        sections.push_back(dir.file(std::string(unit) + ".trygg"));
        ASSERT_EQ(cli({"init", sections.back(), "--preset", "no", "--name", unit}).exitCode, 0);
        ASSERT_EQ(cli({"import", "assets", sections.back(),
                       write(std::string(unit) + ".csv",
                             std::string("name;type;unit;purpose\nVisma;it system;IKT;Lønn i ") + unit + "\n")})
                      .exitCode,
                  0);
        ASSERT_EQ(cli({"import", "risks", sections.back(),
                       write(std::string(unit) + "-risks.csv",
                             std::string("unit;assessment;asset;threat;probability;consequence\n") + unit +
                                 ";ROS;Visma;Nedetid;2;3\n")})
                      .exitCode,
                  0);
    }
    const std::string out = dir.file("kommune.trygg");
    Result r = cli({"combine", out, sections[0], sections[1]});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("1 conflict\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("conflict: " + sections[1] +
                         ": asset 'Visma': the combined register already holds it from 'Skole' with other content\n"),
              std::string::npos)
        << r.out;

    // NAV's risk line changed in the section and in the combined register: both scores are listed.
    ASSERT_EQ(
        cli({"import", "risks", out,
             write("here.csv", "unit;assessment;asset;threat;probability;consequence\nNAV;ROS;Visma;Nedetid;1;3\n")})
            .exitCode,
        0);
    ASSERT_EQ(
        cli({"import", "risks", sections[1],
             write("there.csv", "unit;assessment;asset;threat;probability;consequence\nNAV;ROS;Visma;Nedetid;5;3\n")})
            .exitCode,
        0);
    EXPECT_EQ(cli({"combine", out, sections[0], sections[1], "--resolve", "mine"}).exitCode, 2);
    r = cli({"combine", out, sections[0], sections[1], "--resolve", "both"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("2 conflicts\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(": asset 'Visma': the combined register already holds it from 'Skole' with other content; "
                         "resolved: both kept, the section's as a separate object\n"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("conflict: " + sections[1] +
                         ": risk 'Nedetid' (score 15 in the section, 3 in the combined register): changed both in "
                         "the section and in the combined register since the last combine; resolved: both kept"),
              std::string::npos)
        << r.out;
    const std::string assets = cli({"export", "assets", out, "--format", "csv"}).out;
    EXPECT_NE(assets.find("Visma (NAV);it system;IKT;;;Lønn i NAV;"), std::string::npos) << assets;

    // Remembered: combining again (as the window would, or the CLI) changes nothing.
    const std::string before = cli({"export", "risks", out, "--format", "csv"}).out;
    r = cli({"combine", out, sections[0], sections[1]});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find(": 0 new, 0 updated, "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(", 0 conflicts\n"), std::string::npos) << r.out;
    EXPECT_EQ(cli({"export", "risks", out, "--format", "csv"}).out, before);
}

// Issue 19 ("Sections you can trust"): re-import applies every column the file has to matched
// records, measures included, so that export, edit in Excel and import again changes the plan; the
// summary counts what really changed.
TEST_F(CliTest, ReimportAppliesChangedMeasuresAndCountsOnlyRealChanges_Issue19)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", file, "--preset", "no", "--name", "K"}).exitCode, 0);
    const std::string header = "unit;assessment;threat;probability;consequence;measure;responsible;deadline;status\n";
    Result r = cli({"import", "risks", file,
                    write("first.csv", header + "Skole;ROS 2026;Brann;4;4;Sprinkler;Ola;2027-03-01;planned\n"
                                                "Skole;ROS 2026;Flom;3;3;Flytte servere;Ola;2027-05-01;planned\n")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("2 risks imported (2 new, 0 updated)"), std::string::npos) << r.out;

    // The round trip: the register's own export imported again changes nothing, and says so.
    const std::string exported = dir.file("risks.csv");
    ASSERT_EQ(cli({"export", "risks", file, "--format", "csv", "--output", exported}).exitCode, 0);
    r = cli({"import", "risks", file, exported});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("2 risks imported (0 new, 0 updated, 2 unchanged)"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("updated measures"), std::string::npos) << r.out;

    // A changed responsible, deadline and status of the first line's measure are applied.
    r = cli({"import", "risks", file,
             write("edited.csv", header + "Skole;ROS 2026;Brann;4;4;Sprinkler;Kari;2027-06-01;done\n"
                                          "Skole;ROS 2026;Flom;3;3;Flytte servere;Ola;2027-05-01;planned\n")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("2 risks imported (0 new, 1 updated, 1 unchanged)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("updated measures: 1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("new people: Kari"), std::string::npos) << r.out;
    r = cli({"export", "plan", file, "--format", "csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find(";Sprinkler;Kari;2027-06-01;done;"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(";Flytte servere;Ola;2027-05-01;planned;"), std::string::npos) << r.out;
    // The change is in the trail, as an import.
    r = cli({"history", file, "--format", "csv"});
    EXPECT_NE(r.out.find("Kari"), std::string::npos) << r.out;

    // Only the columns the file has: without a status column the status stays; an empty deadline
    // clears it, as the export writes none.
    r = cli({"import", "risks", file,
             write("partial.csv", "unit;assessment;threat;probability;consequence;measure;deadline\n"
                                  "Skole;ROS 2026;Brann;4;4;Sprinkler;\n")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("1 risk imported (0 new, 1 updated)"), std::string::npos) << r.out;
    r = cli({"export", "plan", file, "--format", "csv"});
    EXPECT_NE(r.out.find(";Sprinkler;Kari;;done;"), std::string::npos) << r.out;
}

// Issue 19 ("Sections you can trust"): two sections copied from one template share the register id.
// `combine` refuses the second (from another file than the first), naming both files, and leaves the
// combined register as it was; --as-new-section gives it an identity of its own there, remembered for
// its file, and both arrive whole.
TEST_F(CliTest, CombineRefusesACopysRegisterIdUntilAsNewSection_Issue19)
{
    const std::string mal = dir.file("mal.trygg");
    ASSERT_EQ(cli({"init", mal, "--preset", "no", "--name", "Mal"}).exitCode, 0);
    ASSERT_EQ(cli({"import", "assets", mal,
                   write("mal.csv", "name;type;unit;purpose;confidentiality\nFagsystem;it system;Skole;Saker;4\n")})
                  .exitCode,
              0);
    const std::string barnehage = dir.file("Barnehage.trygg");
    const std::string sfo = dir.file("SFO.trygg");
    std::filesystem::copy_file(mal, barnehage);
    std::filesystem::copy_file(mal, sfo);
    ASSERT_EQ(cli({"import", "assets", sfo,
                   write("sfo.csv", "name;type;unit;purpose;confidentiality\nSFO-appen;it system;Skole;Foreldre;2\n")})
                  .exitCode,
              0);
    const std::string out = dir.file("kommune.trygg");
    Result r = cli({"combine", out, barnehage});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string before = readBytes(out);

    r = cli({"combine", out, sfo});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(sfo + " has the same register id as " + barnehage +
                         ", which was combined into this register "
                         "before"),
              std::string::npos)
        << r.err;
    EXPECT_EQ(readBytes(out), before);
    // Both in one run: refused too, naming both.
    r = cli({"combine", out, barnehage, sfo});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(barnehage + " and " + sfo + " are copies of one register"), std::string::npos) << r.err;
    EXPECT_EQ(readBytes(out), before);
    // A file that is not one of the registers to combine: bad usage.
    EXPECT_EQ(cli({"combine", out, sfo, "--as-new-section", mal}).exitCode, 2);

    r = cli({"combine", out, barnehage, sfo, "--as-new-section", sfo});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find(", 0 conflicts\n"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("removed"), std::string::npos) << r.out;
    std::string assets = cli({"export", "assets", out, "--format", "csv"}).out;
    EXPECT_NE(assets.find("\r\nFagsystem;"), std::string::npos) << assets;
    EXPECT_NE(assets.find("\r\nSFO-appen;"), std::string::npos) << assets;
    // Remembered: the next combine needs no choice and changes nothing.
    r = cli({"combine", out, barnehage, sfo});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("from 2 sections: 0 new, 0 updated, "), std::string::npos) << r.out;
    EXPECT_EQ(cli({"export", "assets", out, "--format", "csv"}).out, assets);
}
