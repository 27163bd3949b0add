// SPDX-License-Identifier: EUPL-1.2
// trygg-cli end to end: the binary is run as a user or a script would run it.
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

TEST_F(CliTest, InitCreatesARegisterAndRefusesToOverwrite)
{
    const std::string file = dir.file("k.trygg");
    Result r = cli({"init", file, "--preset", "no", "--name", "Ibestad kommune"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    r = cli({"init", file, "--preset", "no"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("already exists"), std::string::npos) << r.err;
    r = cli({"check", file});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
}

// Issue 4: the DSB-style Norwegian preset is chosen by name in init and demo.
TEST_F(CliTest, InitAndDemoTakeTheNoDsbPreset)
{
    const std::string file = dir.file("dsb.trygg");
    Result r = cli({"init", file, "--preset", "no-dsb", "--name", "Ibestad kommune"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("with the no-dsb matrix"), std::string::npos) << r.out;
    r = cli({"matrix", file});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("P5 Svært sannsynlig"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Mindre alvorlig"), std::string::npos) << r.out;

    const std::string demo = dir.file("dsb-demo.trygg");
    r = cli({"demo", demo, "--assets", "10", "--risks", "30", "--preset", "no-dsb"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = cli({"matrix", demo});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("P1 Lite sannsynlig"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Risks: 30"), std::string::npos) << r.out;

    r = cli({"init", dir.file("x.trygg"), "--preset", "dsb"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("choose no, no-dsb, dk, se or iso"), std::string::npos) << r.err;
}

// Issue 18: a demo is named as its country writes it: "Exempel kommun" for the Swedish preset, not the
// Norwegian "Eksempel kommune"; --name still decides where given.
TEST_F(CliTest, DemoIsNamedAsItsCountryWritesIt)
{
    const struct {
        const char *preset;
        const char *name;
    } expected[] = {{"se", "Exempel kommun"},
                    {"dk", "Eksempel Kommune"},
                    {"no", "Eksempel kommune"},
                    {"iso", "Example Municipality"}};
    for (const auto &e : expected) {
        const std::string demo = dir.file(std::string("demo-") + e.preset + ".trygg");
        const Result r = cli({"demo", demo, "--assets", "3", "--risks", "5", "--preset", e.preset});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        EXPECT_EQ(RegisterFile::open(demo, RegisterFile::Access::ReadOnly).info().name, e.name);
    }
    const std::string named = dir.file("named.trygg");
    ASSERT_EQ(cli({"demo", named, "--assets", "3", "--risks", "5", "--preset", "se", "--name", "Gislaved"}).exitCode,
              0);
    EXPECT_EQ(RegisterFile::open(named, RegisterFile::Access::ReadOnly).info().name, "Gislaved");
}

// Issue 4: a matrix definition shared as JSON. Export, change, import: the imported matrix is a new
// version used by new assessments; risks already scored keep theirs (003 section 5; DOMAIN.md).
TEST_F(CliTest, MatrixExportAndImportAsJson)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", file, "--preset", "se", "--name", "Gislaved"}).exitCode, 0);
    const std::string csv = write("r.csv", "unit,assessment,threat,probability,consequence\n"
                                           "Vård,2025,Brand,4,4\n");
    ASSERT_EQ(cli({"import", "risks", file, csv}).exitCode, 0);

    const std::string json = dir.file("se.json");
    Result r = cli({"matrix", file, "--export", json});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("exported the current matrix"), std::string::npos) << r.out;
    std::string text = readBytes(json);
    EXPECT_NE(text.find("\"format\": \"trygg-matrix\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"label\": \"Mycket sannolik\""), std::string::npos) << text;
    r = cli({"matrix", file, "--export", "-"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, text);

    // Rename the top probability level and import it back.
    const std::string from = "\"label\": \"Mycket sannolik\"";
    text.replace(text.find(from), from.size(), "\"label\": \"Nästan säker\"");
    const std::string changed = write("changed.json", text);
    r = cli({"matrix", file, "--import", changed});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("matrix version 2 (4 x 4, 4 zones) is now current for new assessments; 1 assessment keeps "
                         "its earlier matrix"),
              std::string::npos)
        << r.out;
    r = cli({"matrix", file, "--export", "-"});
    EXPECT_NE(r.out.find("Nästan säker"), std::string::npos) << r.out;
    r = cli({"check", file});
    EXPECT_EQ(r.exitCode, 0) << r.out;
    {
        trygg::Database db(file, trygg::Database::Mode::ReadOnly);
        trygg::Statement kept(db, "SELECT matrix_id FROM assessment");
        ASSERT_TRUE(kept.step());
        EXPECT_EQ(kept.int64(0), 1); // the assessment made before the import keeps version 1
        EXPECT_EQ(trygg::Statement(db, "SELECT current_matrix_id FROM register").scalar(), 2);
    }

    // A broken file: exit 1, the line and field named, the register byte for byte as it was.
    const std::string before = readBytes(file);
    const std::string broken =
        write("broken.json", "{\n  \"format\": \"trygg-matrix\",\n  \"version\": 1,\n  \"zones\": 7\n}\n");
    r = cli({"matrix", file, "--import", broken});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("broken.json: line 1, column 1: the field 'probability' is missing"), std::string::npos)
        << r.err;
    r = cli({"matrix", file, "--import", write("syntax.json", "{\n  \"format\": \"trygg-matrix\",,\n}")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("syntax.json: line 2, column 28: expected a field name in double quotes, found ','"),
              std::string::npos)
        << r.err;
    r = cli({"matrix", file, "--import", dir.file("missing.json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("missing.json: cannot read the file"), std::string::npos) << r.err;
    EXPECT_EQ(readBytes(file), before);

    EXPECT_EQ(cli({"matrix", file, "--export", json, "--import", changed}).exitCode, 2);
    EXPECT_EQ(cli({"matrix", file, "--export", json, "--residual"}).exitCode, 2);
    EXPECT_EQ(cli({"matrix", file, "--import"}).exitCode, 2);
}

TEST_F(CliTest, BadUsageExitsWithTwo)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({"frobnicate"}).exitCode, 2);
    EXPECT_EQ(cli({"init", dir.file("k.trygg"), "--preset", "xx"}).exitCode, 2);
    EXPECT_EQ(cli({"init", dir.file("k.trygg")}).exitCode, 2);
    EXPECT_EQ(cli({"export", "plan", dir.file("k.trygg"), "--format", "pdf"}).exitCode, 2);
    EXPECT_EQ(cli({"demo", dir.file("k.trygg"), "--assets", "many"}).exitCode, 2);
    EXPECT_EQ(cli({"matrix", dir.file("k.trygg"), "--bogus"}).exitCode, 2);
    EXPECT_EQ(cli({"--help"}).exitCode, 0);
}

TEST_F(CliTest, DemoThenEveryCommandWorks)
{
    const std::string file = dir.file("demo.trygg");
    Result r = cli({"demo", file, "--assets", "40", "--risks", "200", "--seed", "7"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("200 risks"), std::string::npos) << r.out;

    r = cli({"check", file});
    EXPECT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("0 errors"), std::string::npos) << r.out;

    r = cli({"matrix", file});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("P5 Svært stor"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Risks: 200"), std::string::npos) << r.out;
    EXPECT_EQ(cli({"matrix", file, "--residual"}).exitCode, 0);

    r = cli({"export", "plan", file, "--format", "csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("\xEF\xBB\xBFpriority;measure;responsible;deadline;status;overdue;score;consequence;"
                          "probability;risks;unit;assessment;hours;cost;follow_up;completed\r\n1;",
                          0),
              0u)
        << r.out.substr(0, 200);

    const std::string risks = dir.file("risks.csv");
    r = cli({"export", "risks", file, "--format", "csv", "--output", risks});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(readBytes(risks).rfind("\xEF\xBB\xBFpriority;effective_consequence;score;zone;", 0), 0u);
    EXPECT_EQ(cli({"export", "assets", file, "--format", "csv", "--output", dir.file("assets.csv")}).exitCode, 0);
}

TEST_F(CliTest, UnitFilterAndUnknownUnit)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", file, "--preset", "iso"}).exitCode, 0);
    const std::string csv = write("r.csv", "unit,assessment,threat,probability,consequence,measure\n"
                                           "School,2025,Flood,2,3,Move servers\n"
                                           "Care,2025,Phishing,4,4,Training\n");
    Result r = cli({"import", "risks", file, csv});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("new units: School, Care"), std::string::npos) << r.out;
    r = cli({"export", "plan", file, "--unit", "School"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Move servers"), std::string::npos);
    EXPECT_EQ(r.out.find("Training"), std::string::npos);
    r = cli({"matrix", file, "--unit", "Nowhere"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("no unit named 'Nowhere' (units: School, Care)"), std::string::npos) << r.err;
}

TEST_F(CliTest, ABrokenCsvRowChangesNothingAndIsNamed)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"demo", file, "--assets", "10", "--risks", "30"}).exitCode, 0);
    const std::string before = readBytes(file);
    const std::string csv = write("assets.csv", "name;type;unit\nNytt system;it system;IKT\n"
                                                "Annet;it system;IKT\n;database;IKT\n");
    Result r = cli({"import", "assets", file, csv});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("assets.csv: row 4, column 'name'"), std::string::npos) << r.err;
    EXPECT_EQ(readBytes(file), before);
}

TEST_F(CliTest, RefusesAFileThatIsNotARegister)
{
    const std::string notRegister = write("notes.trygg", "just some text\n");
    Result r = cli({"check", notRegister});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("notes.trygg"), std::string::npos) << r.err;
    EXPECT_EQ(readBytes(notRegister), "just some text\n");
    r = cli({"export", "assets", dir.file("missing.trygg")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("no such file"), std::string::npos) << r.err;
}

TEST_F(CliTest, HistoryPrintsTheAuditTrailAsTextOrCsv)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", file, "--preset", "no", "--name", "K"}).exitCode, 0);
    const std::string csv = write("assets.csv", "name;type;unit\nGerica;it system;Helse\n");
    ASSERT_EQ(cli({"import", "assets", file, csv}).exitCode, 0);
    ASSERT_EQ(cli({"import", "assets", file,
                   write("again.csv", "name;type;unit;confidentiality\nGerica;it system;Helse;3\n")})
                  .exitCode,
              0);

    Result r = cli({"history", file});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Z  "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("create register 1 'K'\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("create asset 1 'Gerica'\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  import asset '" + csv + "'  1 row: 1 new, 0 updated\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("edit asset 1 'Gerica'  Confidentiality: (none) -> 3\n"), std::string::npos) << r.out;
    // In the reader's language (the translations come with Qt); the CSV below keeps the file's words.
    if (CliHasQt) {
        r = cli({"history", file}, "da_DK.UTF-8");
        EXPECT_NE(r.out.find("oprettet register 1 'K'\n"), std::string::npos) << r.out;
        EXPECT_NE(r.out.find("ændret informationsaktiv 1 'Gerica'  Fortrolighed: "), std::string::npos) << r.out;
    }

    r = cli({"history", file, "--format", "csv"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(
        r.out.rfind("\xEF\xBB\xBF"
                    "at;user;person;action;object_type;object_id;object_name;field;old_value;new_value;chain_hash\r\n",
                    0),
        0u)
        << r.out;
    EXPECT_NE(r.out.find(";edit;asset;1;Gerica;confidentiality;;3;"), std::string::npos) << r.out;
}

TEST_F(CliTest, HistorySinceADate)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", file, "--preset", "no", "--name", "K"}).exitCode, 0);
    {
        // An entry from long ago, as an older session would have left it.
        trygg::Database db(file, trygg::Database::Mode::ReadWrite);
        trygg::Statement(db, "INSERT INTO audit (at, os_user, action, object_type, object_id, object_name) "
                             "VALUES ('2020-05-01T08:00:00Z', 'ola', 'create', 'unit', 7, 'Gammel enhet')")
            .run();
    }
    Result r = cli({"history", file});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("2020-05-01T08:00:00Z  ola  create unit 7 'Gammel enhet'\n"), std::string::npos) << r.out;
    r = cli({"history", file, "--since", "2021-01-01"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.find("Gammel enhet"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("create register 1 'K'"), std::string::npos) << r.out;
    r = cli({"history", file, "--since", "2999-01-01"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "");
}

TEST_F(CliTest, HistoryRefusesABadDateOrFormatWithTwo)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", file, "--preset", "no"}).exitCode, 0);
    Result r = cli({"history", file, "--since", "2026-02-30"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--since '2026-02-30' is not a valid date"), std::string::npos) << r.err;
    EXPECT_EQ(cli({"history", file, "--since", "yesterday"}).exitCode, 2);
    EXPECT_EQ(cli({"history", file, "--format", "xml"}).exitCode, 2);
    EXPECT_EQ(cli({"history"}).exitCode, 2);
    EXPECT_NE(cli({"--help"}).out.find("trygg-cli history FILE"), std::string::npos);
}

// Issue 7: the printed reports, headless, as PDF or HTML.
TEST_F(CliTest, ReportsArePrintedAsPdfOrHtml)
{
    TRYGG_SKIP_WITHOUT_QT("the printed reports");
    const std::string file = dir.file("demo.trygg");
    ASSERT_EQ(cli({"demo", file, "--assets", "20", "--risks", "80", "--seed", "3"}).exitCode, 0);

    const std::string pdf = dir.file("plan.pdf");
    Result r = cli({"export", "plan", file, "--format", "pdf", "--output", pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string bytes = readBytes(pdf);
    EXPECT_EQ(bytes.rfind("%PDF-1.7", 0), 0u); // PDF/A-2u (issue 14)
    EXPECT_NE(bytes.find("<pdfaid:part>2</pdfaid:part>"), std::string::npos);
    EXPECT_NE(bytes.find("%%EOF"), std::string::npos);
    EXPECT_TRUE(r.err.empty()) << r.err; // no Qt chatter on the command line

    // Issue 14: --open-only leaves out the measures done or cancelled ("Utført", "Avbrutt" in the
    // demo's Norwegian), and is for the plan only.
    r = cli({"export", "plan", file, "--format", "html"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_NE(r.out.find("<td>Utført</td>"), std::string::npos) << "the demo has measures done";
    r = cli({"export", "plan", file, "--format", "html", "--open-only"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.find("<td>Utført</td>"), std::string::npos);
    EXPECT_EQ(r.out.find("<td>Avbrutt</td>"), std::string::npos);
    EXPECT_NE(r.out.find("<td>Planlagt</td>"), std::string::npos);
    EXPECT_EQ(cli({"export", "matrix", file, "--format", "html", "--open-only"}).exitCode, 2);

    r = cli({"export", "matrix", file, "--format", "html"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(r.out.find("<table class=\"matrix\">"), std::string::npos);
    EXPECT_EQ(cli({"export", "assets", file, "--format", "pdf", "--output", dir.file("a.pdf")}).exitCode, 0);

    // The form is of one assessment, named (and, when names repeat, narrowed by its unit).
    r = cli({"export", "form", file, "--format", "pdf", "--output", dir.file("f.pdf")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--assessment NAME"), std::string::npos) << r.err;
    r = cli({"export", "form", file, "--format", "pdf", "--output", dir.file("f.pdf"), "--assessment", "Nothing"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("no assessment named 'Nothing'"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("f.pdf")));

    EXPECT_EQ(cli({"export", "risks", file, "--format", "pdf", "--output", pdf}).exitCode, 2);
    EXPECT_EQ(cli({"export", "plan", file, "--format", "pdf"}).exitCode, 2); // a PDF needs --output
}

TEST_F(CliTest, AllUnitsWritesOnePlanPerUnit)
{
    TRYGG_SKIP_WITHOUT_QT("the printed reports");
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", file, "--preset", "no"}).exitCode, 0);
    const std::string csv = write("r.csv", "unit,assessment,threat,probability,consequence,measure\n"
                                           "Skole,2025,Flom,2,3,Flytte servere\n"
                                           "Helse/omsorg,2025,Phishing,4,4,Opplæring\n");
    ASSERT_EQ(cli({"import", "risks", file, csv}).exitCode, 0);
    const std::string out = dir.file("plans");
    const Result r = cli({"export", "plan", file, "--format", "pdf", "--all-units", "--output", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(std::filesystem::exists(out + "/plan-Skole.pdf")) << r.out;
    EXPECT_TRUE(std::filesystem::exists(out + "/plan-Helse_omsorg.pdf")) << r.out; // no folder from a '/'
    EXPECT_EQ(
        cli({"export", "plan", file, "--format", "pdf", "--all-units", "--unit", "Skole", "--output", out}).exitCode,
        2);
}

TEST_F(CliTest, ExportsAndImportsXlsx)
{
    const std::string reg = dir.file("k.trygg");
    ASSERT_EQ(cli({"demo", reg, "--assets", "8", "--risks", "12"}).exitCode, 0);
    const std::string xlsx = dir.file("assets.xlsx");
    Result result = cli({"export", "assets", reg, "--format", "xlsx", "--output", xlsx});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(readBytes(xlsx).rfind("PK\x03\x04", 0), 0u);
    EXPECT_EQ(cli({"export", "plan", reg, "--format", "xlsx", "--output", dir.file("plan.xlsx")}).exitCode, 0);

    // A workbook is never written to the terminal.
    result = cli({"export", "risks", reg, "--format", "xlsx"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("--format xlsx needs --output OUT"), std::string::npos) << result.err;

    const std::string copy = dir.file("copy.trygg");
    ASSERT_EQ(cli({"init", copy, "--preset", "no"}).exitCode, 0);
    result = cli({"import", "assets", copy, xlsx});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("8 assets imported (8 new, 0 updated)"), std::string::npos) << result.out;
    EXPECT_EQ(cli({"export", "assets", copy}).out, cli({"export", "assets", reg}).out);

    // A damaged workbook: exit code 1, the file named, nothing imported.
    const std::string broken = write("broken.xlsx", readBytes(xlsx).substr(0, 300));
    result = cli({"import", "assets", copy, broken});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find(broken + ": not an XLSX workbook, or the file is damaged"), std::string::npos)
        << result.err;
}

TEST_F(CliTest, SkipsInvalidRowsOnlyWhenAsked)
{
    const std::string reg = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", reg, "--preset", "no"}).exitCode, 0);
    const std::string csv = write("a.csv", "name;type\nGerica;it system\nVisma;teleporter\n");
    Result result = cli({"import", "assets", reg, csv});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("a.csv: row 3, column 'type'"), std::string::npos) << result.err;
    EXPECT_EQ(cli({"export", "assets", reg}).out.find("Gerica"), std::string::npos);

    result = cli({"import", "assets", reg, csv, "--skip-invalid-rows"});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("1 asset imported (1 new, 0 updated)"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("skipped rows with problems: 3"), std::string::npos) << result.out;
    EXPECT_NE(cli({"export", "assets", reg}).out.find("Gerica"), std::string::npos);
}

// Issue 6: what the yearly cycle asks now, overdue first.
TEST_F(CliTest, DueListsOverdueAndSoonAsTextOrCsv)
{
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", file, "--preset", "no", "--name", "K"}).exitCode, 0);
    const std::string csv =
        write("risks.csv", "unit;assessment;threat;probability;consequence;measure;deadline;residual_probability;"
                           "residual_consequence\n"
                           "Helse;ROS 2020;Innbrudd i serverrom;4;4;Kryptere disker;2020-03-01;3;4\n"
                           "Helse;ROS 2020;Tyveri av PC;4;4;;;3;4\n");
    ASSERT_EQ(cli({"import", "risks", file, csv}).exitCode, 0);

    Result r = cli({"due", file});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("K on "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(" due within 30 days\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\nOverdue:\n"), std::string::npos) << r.out;
    // The measure's deadline has passed.
    EXPECT_NE(r.out.find("  2020-03-01  deadline     measure 'Kryptere disker' (Helse): responsible: none\n"),
              std::string::npos)
        << r.out;
    // Residual 12 is still "Ikke akseptabel" and nobody has accepted it (DOMAIN.md rule 7; the line whose
    // measure is still under way is not asked for an acceptance yet).
    EXPECT_EQ(r.out.find("risk 'Innbrudd i serverrom'"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("acceptance   risk 'Tyveri av PC' (Helse): residual risk 12 in zone 'Ikke akseptabel' is not "
                         "accepted by management"),
              std::string::npos)
        << r.out;

    r = cli({"due", file, "--within", "90", "--format", "csv"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("\xEF\xBB\xBF"
                          "state;due;kind;object_type;object_id;name;unit;detail\r\n",
                          0),
              0u)
        << r.out;
    EXPECT_NE(r.out.find("overdue;2020-03-01;deadline;measure;1;Kryptere disker;Helse;"), std::string::npos) << r.out;

    EXPECT_EQ(cli({"due", file, "--within", "soon"}).exitCode, 2);
    EXPECT_EQ(cli({"due", file, "--format", "pdf"}).exitCode, 2);
    EXPECT_EQ(cli({"due", dir.file("missing.trygg")}).exitCode, 1);
}

// 002 §27: the sections' registers combined into the municipality's, again without duplicates.
TEST_F(CliTest, CombineSectionRegistersTwiceAndReportAConflict)
{
    std::vector<std::string> sections;
    for (const char *unit : {"Skole", "NAV", "Helse"}) {
        sections.push_back(dir.file(std::string(unit) + ".trygg"));
        ASSERT_EQ(cli({"init", sections.back(), "--preset", "no", "--name", unit}).exitCode, 0);
        const std::string csv =
            write(std::string(unit) + ".csv", std::string("name;type;unit;purpose\n") + "Fagsystem " + unit +
                                                  ";it system;" + unit + ";Saksbehandling\nVisma;it system;IKT;Lønn\n");
        ASSERT_EQ(cli({"import", "assets", sections.back(), csv}).exitCode, 0);
    }
    const std::string out = dir.file("kommune.trygg");
    std::vector<std::string> args = {"combine", out};
    args.insert(args.end(), sections.begin(), sections.end());
    args.insert(args.end(), {"--name", "Kommune"});
    Result r = cli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("created " + out + " from 3 sections: "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(", 0 conflicts\n"), std::string::npos) << r.out;
    const std::string once = cli({"export", "assets", out, "--format", "csv"}).out;

    r = cli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("updated " + out + " from 3 sections: 0 new, 0 updated, "), std::string::npos) << r.out;
    EXPECT_EQ(cli({"export", "assets", out, "--format", "csv"}).out, once);

    // Visma edited in two sections, differently: the first is taken over, the second is a conflict.
    ASSERT_EQ(cli({"import", "assets", sections[1],
                   write("nav.csv", "name;type;unit;purpose\nVisma;it system;IKT;"
                                    "Lønn og reiser\n")})
                  .exitCode,
              0);
    ASSERT_EQ(cli({"import", "assets", sections[2],
                   write("helse.csv", "name;type;unit;purpose\nVisma;it system;IKT;"
                                      "Lønn og fravær\n")})
                  .exitCode,
              0);
    r = cli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("0 new, 1 updated, 4 unchanged, 1 conflict\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("conflict: " + sections[2] +
                         ": asset 'Visma': changed differently in 'NAV', which was taken over\n"),
              std::string::npos)
        << r.out;
    const std::string assets = cli({"export", "assets", out, "--format", "csv"}).out;
    EXPECT_NE(assets.find("Visma;it system;IKT;;;Lønn og reiser;"), std::string::npos) << assets;

    // An asset removed from its section is removed from the combined register on the next combine.
    {
        trygg::RegisterFile skole = trygg::RegisterFile::open(sections[0]);
        skole.removeAsset(*skole.findAsset(skole.findUnit("Skole"), "Fagsystem Skole"));
    }
    r = cli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\n1 object removed: its section no longer holds it\n"), std::string::npos) << r.out;
    EXPECT_EQ(cli({"export", "assets", out, "--format", "csv"}).out.find("Fagsystem Skole"), std::string::npos);

    EXPECT_EQ(cli({"combine", out}).exitCode, 2);
    r = cli({"combine", dir.file("new.trygg"), dir.file("missing.trygg")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(std::filesystem::exists(dir.file("new.trygg")));
}

// Issue 4: "the CLI's messages ... in Danish, Norwegian bokmål, Swedish and English", chosen by the
// locale as for any command line program.
TEST_F(CliTest, SpeaksTheLanguageOfTheLocale)
{
    TRYGG_SKIP_WITHOUT_QT("the translations");
    Result r = cli({"frobnicate"}, "da_DK.UTF-8");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("trygg-cli: ukendt kommando »frobnicate«") /* issue 18: Danish quotation marks */, std::string::npos) << r.err;
    EXPECT_NE(r.err.find("Brug:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("trygg-cli init FILE --preset"), std::string::npos) << r.err; // the syntax stays

    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"init", file, "--preset", "se"}).exitCode, 0);
    r = cli({"check", file}, "sv_SE.UTF-8");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find(": 0 fel, 0 varningar"), std::string::npos) << r.out;
    r = cli({"matrix", file}, "nb_NO.UTF-8");
    EXPECT_NE(r.out.find("Sannsynlighet"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Konsekvens:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Risikoer: 0"), std::string::npos) << r.out;
    // LANGUAGE comes first, except for the C locale; a language Trygg does not speak is English.
    EXPECT_NE(cli({"check", file}, "da_DK.UTF-8", "sv:da").out.find("0 fel, 0 varningar"), std::string::npos);
    EXPECT_NE(cli({"check", file}, "C", "sv").out.find("0 errors, 0 warnings"), std::string::npos);
    EXPECT_NE(cli({"check", file}, "fi_FI.UTF-8").out.find("0 errors, 0 warnings"), std::string::npos);
}

TEST_F(CliTest, ABrokenCsvRowIsNamedInDanish)
{
    TRYGG_SKIP_WITHOUT_QT("the translations");
    const std::string file = dir.file("k.trygg");
    ASSERT_EQ(cli({"demo", file, "--assets", "10", "--risks", "30"}).exitCode, 0);
    const std::string before = readBytes(file);
    const std::string csv = write("aktiver.csv", "navn;type;enhed\nNyt system;it system;IKT\n;database;IKT\n");
    const Result r = cli({"import", "assets", file, csv}, "da_DK.UTF-8");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("aktiver.csv: række 3, kolonne »navn«"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find(" row "), std::string::npos) << r.err;
    EXPECT_EQ(readBytes(file), before);
}
