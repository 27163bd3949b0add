// SPDX-License-Identifier: EUPL-1.2
// Issue 12, "Safe on a shared folder": '"Skole" and "SKOLE" become two units'. Unit names are compared
// without regard to upper and lower case (the Nordic letters too: "Økonomi" is "ØKONOMI"): an import or a
// combine that names a unit in other case puts its records in the unit the register has, and says so; a
// register that already holds both spellings is reported by `check`.
#include "../core/RawSql.h"
#include "CliRun.h"

#include "model/Error.h"
#include "model/Organisation.h"
#include "storage/RegisterFile.h"

#include <gtest/gtest.h>

#include <string>

namespace {

// The unit column (the third) of every row of an asset export.
std::vector<std::string> unitsOfAssets(const std::string &csv)
{
    std::vector<std::string> units;
    std::size_t begin = csv.find("\r\n") + 2; // after the header
    while (begin < csv.size()) {
        const std::size_t end = csv.find("\r\n", begin);
        const std::string row = csv.substr(begin, end - begin);
        const std::size_t first = row.find(';');
        const std::size_t second = row.find(';', first + 1);
        const std::size_t third = row.find(';', second + 1);
        units.push_back(row.substr(second + 1, third - second - 1));
        begin = end + 2;
    }
    return units;
}

TEST_F(CliTest, AnImportNamingAUnitInOtherCaseUsesTheRegistersUnitAndSaysSo_Issue12)
{
    const std::string reg = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", reg, "--preset", "no", "--name", "K"}).exitCode, 0);
    Result r =
        cli({"import", "assets", reg,
             write("a.csv", "name;type;unit\nElevregister;register;Skole\nLønn;it system;Økonomi og Årsregnskap\n")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = cli({"import", "assets", reg,
             write("b.csv", "name;type;unit\nFravær;register;SKOLE\nFaktura;it system;ØKONOMI OG ÅRSREGNSKAP\n"
                            "Timeplan;application;skole\n")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.find("new units"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("imported into the register's unit: SKOLE = Skole, ØKONOMI OG ÅRSREGNSKAP = Økonomi og "
                         "Årsregnskap, skole = Skole"),
              std::string::npos)
        << r.out;
    const std::vector<std::string> units = unitsOfAssets(cli({"export", "assets", reg, "--format", "csv"}).out);
    ASSERT_EQ(units.size(), 5u);
    for (const std::string &unit : units)
        EXPECT_TRUE(unit == "Skole" || unit == "Økonomi og Årsregnskap") << unit;

    // Risks too: the assessment goes into the unit the register has.
    r = cli(
        {"import", "risks", reg,
         write("r.csv", "unit;assessment;asset;threat;probability;consequence\nSKOLE;ROS;Elevregister;Brann;2;3\n")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.find("new units"), std::string::npos) << r.out;
    r = cli({"export", "risks", reg, "--format", "csv", "--unit", "skole"});
    EXPECT_NE(r.out.find(";Skole;ROS;Elevregister;Brann;"), std::string::npos) << r.out;
}

TEST_F(CliTest, CombineTakesSectionsUnitsInOtherCaseForOne_Issue12)
{
    std::vector<std::string> sections;
    for (const char *unit : {"Skole", "SKOLE", "skole"}) {
        sections.push_back(dir.file(std::string("s") + std::to_string(sections.size()) + ".trygg"));
        ASSERT_EQ(cli({"init", sections.back(), "--preset", "no", "--name", unit}).exitCode, 0);
        ASSERT_EQ(cli({"import", "assets", sections.back(),
                       write("a.csv", std::string("name;type;unit\nSystem ") + std::to_string(sections.size()) +
                                          ";it system;" + unit + "\n")})
                      .exitCode,
                  0);
    }
    const std::string out = dir.file("kommune.trygg");
    const Result r = cli({"combine", out, sections[0], sections[1], sections[2]});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::vector<std::string> units = unitsOfAssets(cli({"export", "assets", out, "--format", "csv"}).out);
    EXPECT_EQ(units, (std::vector<std::string>{"Skole", "Skole", "Skole"}));
}

TEST_F(CliTest, ARegisterHoldingOneUnitInTwoCasesIsReportedByCheck_Issue12)
{
    const std::string reg = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", reg, "--preset", "no", "--name", "K"}).exitCode, 0);
    ASSERT_EQ(cli({"import", "assets", reg, write("a.csv", "name;type;unit;owner\nElevregister;register;Skole;Kari\n")})
                  .exitCode,
              0);
    // Made by an earlier version, or by another SQLite tool: then the audit trail's chain also says that the
    // unit was added outside Trygg (an error); the two spellings themselves are only a warning.
    rawSql(reg, "INSERT INTO unit (name) VALUES ('SKOLE')");
    Result r = cli({"check", reg});
    EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
    EXPECT_NE(r.out.find("error: unit 2: added outside Trygg"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("warning: units 'Skole' (1) and 'SKOLE' (2) differ only in upper and lower case"),
              std::string::npos)
        << r.out;
    // Every command still reads it; the spelling given is found first.
    r = cli({"export", "assets", reg, "--format", "csv", "--unit", "Skole"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Elevregister"), std::string::npos);
    EXPECT_EQ(cli({"due", reg}).exitCode, 0);
}

TEST(UnitNames, ASecondUnitDifferingOnlyInCaseIsRefusedNamingTheFirst_Issue12)
{
    const TempDir dir;
    trygg::RegisterFile file = trygg::RegisterFile::create(dir.file("k.trygg"), "no", "K");
    const trygg::Id skole = file.addUnit(trygg::OrgUnit{0, "Økonomi", std::nullopt});
    try {
        file.addUnit(trygg::OrgUnit{0, "ØKONOMI", std::nullopt});
        FAIL() << "a second unit 'ØKONOMI' was added";
    } catch (const trygg::InputError &error) {
        EXPECT_NE(std::string(error.what()).find("already exists as 'Økonomi'"), std::string::npos) << error.what();
    }
    EXPECT_EQ(file.findUnit(" økonomi "), skole);
    EXPECT_EQ(file.load().units.size(), 1u);
    // Renaming a unit to another case of its own name is allowed.
    file.updateUnit(trygg::OrgUnit{skole, "ØKONOMI", std::nullopt});
    EXPECT_EQ(file.load().units.at(0).name, "ØKONOMI");
}

} // namespace
