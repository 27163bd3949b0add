// SPDX-License-Identifier: EUPL-1.2
// Issue 13 item 5: spreadsheets in the register's language. A Danish register's XLSX export has Danish
// headers and values (no "planned", "it system", "ordinary"), real dates, a plan sheet with unit,
// assessment, hours, cost and follow-up, and it imports again. CSV keeps the English contract unless
// `--language` asks for people's words.
#include "../cli/CliRun.h"
#include "UiTestSupport.h"

#include "exchange/Columns.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "exchange/ExportTable.h"
#include "exchange/Xlsx.h"

#include <gtest/gtest.h>

#include <cstdlib>

using namespace trygg;

namespace {

const Date Today{2026, 12, 1};

std::string danishRegister(const TempDir &dir)
{
    const std::string path = dir.file("dansk.trygg");
    RegisterFile file = RegisterFile::create(path, "dk", "Eksempel Kommune");
    importAssetsCsv(file,
                    "name;type;unit;owner;personal_data;dpa;confidentiality\n"
                    "Journal;it system;Skole;Kari;ordinary;yes;3\n"
                    "Tilgangsrutine;procedure;Skole;Kari;none;no;\n",
                    "assets.csv");
    importRisksCsv(file,
                   "unit;assessment;asset;threat;aspects;probability;consequence;many_affected;knowledge;measure;"
                   "responsible;deadline;status\n"
                   "Skole;ROS 2027;Journal;Uautoriseret adgang;privacy|integrity;4;5;yes;high;Tofaktor;Kari;"
                   "2027-01-31;planned\n"
                   "Skole;ROS 2027;Journal;Nedbrud;availability;2;3;no;low;Nødprocedure;Kari;2027-03-15;in progress\n",
                   "risks.csv");
    RegisterData data = file.load();
    Measure measure = data.measures.front();
    measure.hours = 12.5;
    measure.cost = 3000;
    measure.followUp = "Kvartalsvis";
    file.updateMeasure(measure);
    return path;
}

std::string unzipped(const TempDir &dir, const std::string &xlsx, const std::string &part)
{
    const std::string out = dir.file("part.xml");
    const std::string command = "unzip -p " + quote(xlsx) + " " + quote(part) + " > " + quote(out);
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    return readBytes(out);
}

std::vector<std::string> column(const CsvTable &table, const std::string &header)
{
    std::vector<std::string> cells;
    for (std::size_t c = 0; c < table.header.size(); ++c)
        if (table.header[c] == header)
            for (const CsvRecord &record : table.records)
                cells.push_back(c < record.fields.size() ? record.fields[c] : "");
    return cells;
}

} // namespace

TEST(SpreadsheetLanguage, ADanishRegistersWorkbookIsInDanishAndImportsAgain)
{
    TempDir dir;
    const std::string path = danishRegister(dir);
    const RegisterData data = RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    ASSERT_EQ(data.info.language, "da");

    for (ExportKind kind : {ExportKind::Assets, ExportKind::Risks, ExportKind::Plan}) {
        ExportTable table = exportTable(data, kind, Today);
        localiseExport(table, kind, data.info.language);
        const std::string xlsx = dir.file("export" + std::to_string(static_cast<int>(kind)) + ".xlsx");
        writeXlsx(table, xlsx, path);
        const CsvTable read = readXlsx(xlsx);
        std::string all;
        for (const std::string &cell : read.header)
            all += cell + "|";
        for (const CsvRecord &record : read.records)
            for (const std::string &cell : record.fields)
                all += cell + "|";
        for (const char *english : {"planned", "in progress", "it system", "ordinary", "|procedure|", "privacy",
                                    "|yes|", "|no|", "|high|", "|name|", "legal_basis", "|dpa|", "|measure|"})
            EXPECT_EQ(all.find(english), std::string::npos)
                << static_cast<int>(kind) << ": " << english << " in " << all;
        // Dates are dates: not one of them is a text of the workbook.
        EXPECT_EQ(unzipped(dir, xlsx, "xl/sharedStrings.xml").find("2027-0"), std::string::npos)
            << static_cast<int>(kind);

        if (kind == ExportKind::Assets) {
            EXPECT_EQ(read.header[0], "Navn");
            EXPECT_EQ(column(read, "Type"), (std::vector<std::string>{"It-system", "Forretningsgang"}));
            EXPECT_EQ(column(read, "Personoplysninger"), (std::vector<std::string>{"Almindelige", "Ingen"}));
        } else if (kind == ExportKind::Risks) {
            EXPECT_EQ(column(read, "Vidensgrundlag").size(), 2u) << all;
            EXPECT_NE(all.find("|Lavt|"), std::string::npos) << all;
            EXPECT_NE(all.find("|Højt|"), std::string::npos) << all;
            EXPECT_NE(all.find("Planlagt"), std::string::npos) << all;
            EXPECT_NE(all.find("I gang"), std::string::npos) << all;
        } else {
            // The plan with unit, assessment, hours, cost and follow-up; the deadline a date.
            EXPECT_EQ(column(read, "Enhed"), (std::vector<std::string>{"Skole", "Skole"})) << all;
            EXPECT_EQ(column(read, "Risikovurdering"), (std::vector<std::string>{"ROS 2027", "ROS 2027"})) << all;
            const std::vector<std::string> hours = column(read, "Timer");
            ASSERT_EQ(hours.size(), 2u) << all;
            EXPECT_TRUE(hours[0] == "12.5" || hours[1] == "12.5") << all;
            EXPECT_NE(all.find("Kvartalsvis"), std::string::npos) << all;
            EXPECT_NE(all.find("|2027-01-31|"), std::string::npos) << all;
            EXPECT_NE(unzipped(dir, xlsx, "xl/styles.xml").find("dd.mm.yyyy"), std::string::npos);
        }
    }

    // The workbooks import again into a new Danish register: same assets, lines and measures.
    const std::string copy = dir.file("kopi.trygg");
    RegisterFile file = RegisterFile::create(copy, "dk", "Kopi");
    importTable(file, ImportKind::Assets, readXlsx(dir.file("export0.xlsx")), "export0.xlsx");
    importTable(file, ImportKind::Risks, readXlsx(dir.file("export1.xlsx")), "export1.xlsx");
    const RegisterData again = file.load();
    ASSERT_EQ(again.assets.size(), data.assets.size());
    for (const Asset &asset : data.assets) {
        const auto found = std::find_if(again.assets.begin(), again.assets.end(),
                                        [&](const Asset &a) { return a.name == asset.name; });
        ASSERT_NE(found, again.assets.end()) << asset.name;
        EXPECT_EQ(found->type, asset.type);
        EXPECT_EQ(found->personalData, asset.personalData);
        EXPECT_EQ(found->dataProcessingAgreement, asset.dataProcessingAgreement);
        EXPECT_EQ(found->confidentiality, asset.confidentiality);
    }
    ASSERT_EQ(again.risks.size(), data.risks.size());
    ASSERT_EQ(again.measures.size(), data.measures.size());
    for (const Risk &risk : data.risks) {
        const auto found = std::find_if(again.risks.begin(), again.risks.end(),
                                        [&](const Risk &r) { return r.threat == risk.threat; });
        ASSERT_NE(found, again.risks.end()) << risk.threat;
        EXPECT_EQ(found->aspects, risk.aspects);
        EXPECT_EQ(found->probability, risk.probability);
        EXPECT_EQ(found->manyAffected, risk.manyAffected);
        EXPECT_EQ(found->knowledge, risk.knowledge);
    }
    for (const Measure &measure : data.measures) {
        const auto found = std::find_if(again.measures.begin(), again.measures.end(),
                                        [&](const Measure &m) { return m.what == measure.what; });
        ASSERT_NE(found, again.measures.end()) << measure.what;
        EXPECT_EQ(found->status, measure.status);
        EXPECT_EQ(found->deadline, measure.deadline);
    }
}

// CSV: the English contract by default, people's words with --language; the plan's new columns last.
TEST(SpreadsheetLanguage, CsvKeepsTheContractUnlessALanguageIsAsked)
{
    TempDir dir;
    const std::string path = danishRegister(dir);
    Result r = runCli(dir, {"export", "assets", path, "--format", "csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("name;type;unit;owner"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(";it system;"), std::string::npos) << r.out;

    r = runCli(dir, {"export", "assets", path, "--format", "csv", "--language", "da"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Navn;Type;Enhed;Ejer"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(";It-system;"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("it system"), std::string::npos) << r.out;

    r = runCli(dir, {"export", "plan", path, "--format", "csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("priority;measure;responsible;deadline;status;overdue;score;consequence;probability;risks;"
                         "unit;assessment;hours;cost;follow_up;completed\r\n"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find(";Skole;ROS 2027;12.5;3000;Kvartalsvis;\r\n"), std::string::npos) << r.out;

    r = runCli(dir, {"export", "plan", path, "--format", "csv", "--language", "nb"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("31.01.2027"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Planlagt"), std::string::npos) << r.out;

    r = runCli(dir, {"export", "plan", path, "--format", "csv", "--language", "fi"});
    EXPECT_EQ(r.exitCode, 2);
}
