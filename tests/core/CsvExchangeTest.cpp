// SPDX-License-Identifier: EUPL-1.2
// CSV import and export of the CLI contract: all or nothing, errors naming row and column,
// Nordic headers, re-import without duplicates, round trips.
#include "TempDir.h"

#include "exchange/Csv.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"

#include <gtest/gtest.h>

using namespace trygg;

namespace {

const char *const Assets = "name;type;unit;owner;deputy;personal_data;persons;dpa;confidentiality\n"
                           "Gerica;it system;Helse og omsorg;Kari Nordmann;Ola Ås;sensitive;1200;yes;4\n"
                           "Elevmapper;paper archive;Skole;Per Hansen;;ordinary;;no;\n";

std::string messageOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const InputError &error) {
        return error.what();
    }
    return {};
}

// A risk export without its column before the last, the line's id in its register (which another register
// gives other ids).
std::string withoutIds(const std::string &csv)
{
    std::string result;
    std::size_t start = 0;
    while (start < csv.size()) {
        std::size_t end = csv.find("\r\n", start);
        if (end == std::string::npos)
            end = csv.size();
        const std::string line = csv.substr(start, end - start);
        const std::size_t completed = line.rfind(';');
        const std::size_t id =
            completed == std::string::npos || completed == 0 ? completed : line.rfind(';', completed - 1);
        result += (id == std::string::npos ? line : line.substr(0, id) + line.substr(completed)) + "\r\n";
        start = end + 2;
    }
    return result;
}

class CsvExchangeTest : public ::testing::Test {
protected:
    CsvExchangeTest() : file(RegisterFile::create(dir.file("k.trygg"), "no", "K")) {}
    // Whatever the test did through Trygg, the audit trail's chain holds and records every object as it
    // is (issue 12): cascades, imports and combines included.
    void TearDown() override
    {
        for (const Message &problem : file.trailProblems())
            ADD_FAILURE() << problem.english();
    }
    TempDir dir;
    RegisterFile file;
};

} // namespace

TEST_F(CsvExchangeTest, ImportsAssetsCreatingUnitsAndPeople)
{
    const ImportSummary summary = importAssetsCsv(file, Assets, "assets.csv");
    EXPECT_EQ(summary.created, 2);
    EXPECT_EQ(summary.createdUnits, (std::vector<std::string>{"Helse og omsorg", "Skole"}));
    EXPECT_EQ(summary.createdPeople, (std::vector<std::string>{"Kari Nordmann", "Ola Ås", "Per Hansen"}));
    const RegisterData data = file.load();
    ASSERT_EQ(data.assets.size(), 2u);
    EXPECT_EQ(data.assets[0].personalData, PersonalData::Sensitive);
    EXPECT_EQ(data.assets[0].persons, 1200);
    EXPECT_EQ(data.assets[1].type, AssetType::PaperArchive);
    EXPECT_FALSE(data.assets[1].deputyId.has_value());
}

TEST_F(CsvExchangeTest, ReimportUpdatesInsteadOfDuplicating)
{
    importAssetsCsv(file, Assets, "assets.csv");
    const ImportSummary again =
        importAssetsCsv(file, "name,unit,type,persons\nGerica,Helse og omsorg,IT-system,1300\n", "update.csv");
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.updated, 1);
    const RegisterData data = file.load();
    ASSERT_EQ(data.assets.size(), 2u);
    EXPECT_EQ(data.assets[0].persons, 1300);
    // Columns the file does not have are left as they were.
    EXPECT_EQ(data.assets[0].personalData, PersonalData::Sensitive);
    EXPECT_EQ(data.personName(data.assets[0].ownerId), "Kari Nordmann");
}

TEST_F(CsvExchangeTest, ABrokenRowChangesNothingAndIsNamed)
{
    const std::string csv = "name;type;unit;personal_data;confidentiality\n"
                            "Gerica;it system;Helse;sensitive;4\n"
                            "Visma;it system;Økonomi;maybe;2\n"
                            "Profil;teleporter;Helse;none;9\n";
    const std::string message = messageOf([&] { importAssetsCsv(file, csv, "assets.csv"); });
    EXPECT_NE(message.find("assets.csv: row 3, column 'personal_data': 'maybe'"), std::string::npos) << message;
    EXPECT_NE(message.find("assets.csv: row 4, column 'type': 'teleporter'"), std::string::npos) << message;
    EXPECT_NE(message.find("assets.csv: row 4, column 'confidentiality'"), std::string::npos) << message;
    const RegisterData data = file.load();
    EXPECT_TRUE(data.assets.empty());
    EXPECT_TRUE(data.units.empty());
}

TEST_F(CsvExchangeTest, MissingRequiredColumnIsNamed)
{
    const std::string message = messageOf([&] { importAssetsCsv(file, "type;unit\nit system;Skole\n", "a.csv"); });
    EXPECT_NE(message.find("a.csv: row 1: the required column 'name' is missing"), std::string::npos) << message;
}

TEST_F(CsvExchangeTest, AcceptsNorwegianDanishAndSwedishHeaders)
{
    importAssetsCsv(file, "Navn;Type;Enhet;Systemeier;Stedfortreder\nGerica;it-system;Helse;Kari;Ola\n", "nb.csv");
    importAssetsCsv(file, "\xEF\xBB\xBFNamn\tTyp\tEnhet\tSystemägare\tErsättare\nProcapita\tsystem\tSocial\tAnna\tBo\n",
                    "sv.csv");
    importAssetsCsv(file, "navn,type,afdeling,systemejer,stedfortræder\nKMD Sag,it-system,Borgerservice,Jens,Mette\n",
                    "da.csv");
    const RegisterData data = file.load();
    ASSERT_EQ(data.assets.size(), 3u);
    EXPECT_EQ(data.unitName(data.assets[1].unitId), "Social");
    EXPECT_EQ(data.personName(data.assets[2].deputyId), "Mette");
}

TEST_F(CsvExchangeTest, ImportsRisksCreatingAssessmentsAssetsAndSharedMeasures)
{
    const std::string csv =
        "unit;assessment;asset;threat;aspects;probability;consequence;many_affected;knowledge;existing_measures;"
        "measure;responsible;deadline;status\n"
        "Skole;ROS 2025;Elevregister;Uautorisert tilgang;privacy|confidentiality;3;4;ja;high;Tilgangskontroll;"
        "Tofaktor;Per;2026-03-01;planned\n"
        "Skole;ROS 2025;Elevregister;Feilsendt e-post;personvern;Stor;2;nei;medium;;Tofaktor;Per;2026-03-01;planned\n"
        "Skole;ROS 2025;;Brann;availability;1;5;no;low;;Brannsikring;Kari;31.12.2026;in progress\n";
    const ImportSummary summary = importRisksCsv(file, csv, "risks.csv");
    EXPECT_EQ(summary.created, 3);
    EXPECT_EQ(summary.createdMeasures, 2);
    EXPECT_EQ(summary.createdAssessments, std::vector<std::string>{"Skole / ROS 2025"});
    EXPECT_EQ(summary.createdAssets, std::vector<std::string>{"Elevregister"});
    const RegisterData data = file.load();
    ASSERT_EQ(data.risks.size(), 3u);
    EXPECT_EQ(data.risks[1].probability, 4); // "Stor" is level 4 of the no preset
    EXPECT_TRUE(data.risks[0].manyAffected);
    ASSERT_EQ(data.measures.size(), 2u);
    EXPECT_EQ(data.measures[0].riskIds, (std::vector<Id>{data.risks[0].id, data.risks[1].id}));
    EXPECT_EQ(data.measures[1].deadline, (Date{2026, 12, 31}));
    EXPECT_EQ(data.measures[1].status, MeasureStatus::InProgress);

    // The same file again matches the lines instead of adding them; it changes nothing of them, so they
    // are counted unchanged, not updated (issue 19).
    const ImportSummary again = importRisksCsv(file, csv, "risks.csv");
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_EQ(again.updatedMeasures, 0);
    EXPECT_EQ(file.load().risks.size(), 3u);
    EXPECT_EQ(file.load().measures.size(), 2u);
}

TEST_F(CsvExchangeTest, RiskLevelOutsideTheScaleNamesRowColumnAndScale)
{
    const std::string csv = "assessment;threat;probability;consequence\nA;Brann;7;2\nA;;2;2\n";
    const std::string message = messageOf([&] { importRisksCsv(file, csv, "r.csv"); });
    EXPECT_NE(message.find("r.csv: row 2, column 'probability': '7' is not a level of the scale: use 1-5 (Meget liten"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("r.csv: row 3, column 'threat'"), std::string::npos) << message;
    EXPECT_TRUE(file.load().assessments.empty());
}

TEST_F(CsvExchangeTest, ExportThenImportGivesTheSameRegister)
{
    importAssetsCsv(file, Assets, "assets.csv");
    importRisksCsv(file,
                   "unit;assessment;asset;threat;aspects;probability;consequence;many_affected;measure;responsible;"
                   "deadline;status\n"
                   "Skole;ROS;Elevmapper;\"Innbrudd; arkiv\";confidentiality;2;3;yes;Lås;Per Hansen;2026-05-01;done\n"
                   "Skole;ROS;Elevmapper;\"Vann\nskade\";availability;3;3;no;Lås;Per Hansen;2026-05-01;done\n",
                   "risks.csv");
    const RegisterData before = file.load();
    const std::string assets = exportAssetsCsv(before);
    const std::string risks = exportRisksCsv(before);

    RegisterFile copy = RegisterFile::create(dir.file("copy.trygg"), "no", "K");
    importAssetsCsv(copy, assets, "assets-export.csv");
    importRisksCsv(copy, risks, "risks-export.csv");
    const RegisterData after = copy.load();
    EXPECT_EQ(exportAssetsCsv(after), assets);
    EXPECT_EQ(withoutIds(exportRisksCsv(after)), withoutIds(risks));
    EXPECT_EQ(exportPlanCsv(after, {2026, 1, 1}), exportPlanCsv(before, {2026, 1, 1}));
}

// 003 Vedlegg 1's "Melding/Konsesjon" column is read by its Norwegian header, kept, and written back at the
// end of the asset export (the contract's new columns go last).
TEST_F(CsvExchangeTest, AnAssetsNotificationOrLicenceIsImportedAndExportedLast)
{
    importAssetsCsv(file,
                    "Navn;Type;Melding/Konsesjon\n"
                    "Familia;it system;Unntatt i forskriftens 7-16\n",
                    "vedlegg1.csv");
    const RegisterData data = file.load();
    ASSERT_EQ(data.assets.size(), 1u);
    EXPECT_EQ(data.assets[0].notification, "Unntatt i forskriftens 7-16");
    const CsvTable assets = parseCsv(exportAssetsCsv(data), "assets");
    EXPECT_EQ(assets.header.back(), "notification");
    ASSERT_EQ(assets.records.size(), 1u);
    EXPECT_EQ(assets.records[0].fields.back(), "Unntatt i forskriftens 7-16");
}

TEST_F(CsvExchangeTest, ExportHasTheContractHeadersBomAndPlanOrder)
{
    importRisksCsv(file,
                   "assessment;threat;probability;consequence;measure;deadline\n"
                   "A;Lav;1;2;Tiltak lav;2020-01-01\n"
                   "A;Høy;4;5;Tiltak høy;2030-01-01\n",
                   "r.csv");
    const RegisterData data = file.load();
    const CsvTable plan = parseCsv(exportPlanCsv(data, {2026, 1, 1}), "plan");
    // Issue 13: unit, assessment, hours, cost and follow-up were added at the end.
    EXPECT_EQ(plan.header,
              (std::vector<std::string>{"priority", "measure", "responsible", "deadline", "status", "overdue", "score",
                                        "consequence", "probability", "risks", "unit", "assessment", "hours", "cost",
                                        "follow_up", "completed"})); // issue 15
    ASSERT_EQ(plan.records.size(), 2u);
    EXPECT_EQ(plan.records[0].fields[1], "Tiltak høy");
    EXPECT_EQ(plan.records[0].fields[6], "20");
    EXPECT_EQ(plan.records[1].fields[5], "yes"); // 2020 deadline, planned: overdue
    const std::string risks = exportRisksCsv(data);
    EXPECT_EQ(risks.rfind("\xEF\xBB\xBFpriority;effective_consequence;score;zone;unit;assessment;asset;threat;", 0),
              0u);
    const std::string assets = exportAssetsCsv(data);
    EXPECT_EQ(assets.rfind("\xEF\xBB\xBF"
                           "name;type;unit;owner;deputy;purpose;information;personal_data;persons;legal_basis;operator;"
                           "dpa;confidentiality;integrity;availability;classification;archiving;safeguards;storage;"
                           "notes;notification\r\n",
                           0),
              0u);
}

// Issue 11: two rows of one file with the same assessment, asset and text are two lines (a form may hold
// such, made with its Duplicate button); importing the file again updates them, one row each.
TEST_F(CsvExchangeTest, TwoAlikeRowsOfOneFileAreTwoLines_Issue11)
{
    const std::string csv = "assessment;asset;threat;probability;consequence\n"
                            "ROS;Gerica;Uautorisert tilgang;2;3\n"
                            "ROS;Gerica;Uautorisert tilgang;4;3\n";
    const ImportSummary first = importRisksCsv(file, csv, "risks.csv");
    EXPECT_EQ(first.created, 2);
    EXPECT_EQ(first.updated, 0);
    RegisterData data = file.load();
    ASSERT_EQ(data.risks.size(), 2u);
    EXPECT_EQ(data.risks[0].probability, 2);
    EXPECT_EQ(data.risks[1].probability, 4);

    const ImportSummary again = importRisksCsv(file, csv, "risks.csv");
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.updated, 0); // matched, one row each, and unchanged (issue 19)
    EXPECT_EQ(again.unchanged, 2);
    data = file.load();
    ASSERT_EQ(data.risks.size(), 2u);
    EXPECT_EQ(data.risks[0].probability, 2);
    EXPECT_EQ(data.risks[1].probability, 4);
}

// Issue 11: re-importing an export matches each line by the `id` column first, so that of two alike lines
// each row updates its own.
TEST_F(CsvExchangeTest, ReimportMatchesLinesByTheirIdFirst_Issue11)
{
    importRisksCsv(file,
                   "assessment;asset;threat;probability;consequence\n"
                   "ROS;Gerica;Uautorisert tilgang;2;3\n"
                   "ROS;Gerica;Uautorisert tilgang;4;3\n"
                   "Annen;Gerica;Uautorisert tilgang;1;1\n",
                   "risks.csv");
    const RegisterData before = file.load();
    const std::string second = std::to_string(before.risks[1].id);
    const std::string other = std::to_string(before.risks[2].id);
    // Only the second line, by its id, though the first has the same assessment, asset and text.
    ImportSummary summary = importRisksCsv(
        file, "assessment;asset;threat;probability;consequence;id\nROS;Gerica;Uautorisert tilgang;5;3;" + second + "\n",
        "edited.csv");
    EXPECT_EQ(summary.updated, 1);
    RegisterData data = file.load();
    EXPECT_EQ(data.risks[0].probability, 2);
    EXPECT_EQ(data.risks[1].probability, 5);
    // An id of a line in another assessment is not that line: the row is matched as without an id.
    summary = importRisksCsv(
        file, "assessment;asset;threat;probability;consequence;id\nROS;Gerica;Uautorisert tilgang;3;3;" + other + "\n",
        "other.csv");
    EXPECT_EQ(summary.updated, 1);
    data = file.load();
    EXPECT_EQ(data.risks[0].probability, 3);
    EXPECT_EQ(data.risks[2].probability, 1);

    // The export's own ids: exporting and importing back changes nothing.
    const std::string exported = exportRisksCsv(data);
    summary = importRisksCsv(file, exported, "export.csv");
    EXPECT_EQ(summary.created, 0);
    EXPECT_EQ(summary.updated, 0);
    EXPECT_EQ(summary.unchanged, 3);
    EXPECT_EQ(exportRisksCsv(file.load()), exported);
}

TEST_F(CsvExchangeTest, AnIdThatIsNotANumberIsNamedWithRowAndColumn)
{
    const std::string message = messageOf(
        [&] { importRisksCsv(file, "assessment;threat;probability;consequence;id\nROS;Brann;2;2;R-17\n", "r.csv"); });
    EXPECT_NE(message.find("r.csv: row 2, column 'id': 'R-17' is not the id of a risk line"), std::string::npos)
        << message;
    EXPECT_TRUE(file.load().risks.empty());
}

// Issue 11: an import never merges two rows into one object. Asset names are unique within a unit, so a
// second row naming the same asset is refused, naming both rows, and nothing is imported.
TEST_F(CsvExchangeTest, TwoRowsNamingTheSameAssetAreRefused_Issue11)
{
    const std::string message = messageOf([&] {
        importAssetsCsv(file,
                        "name;type;unit;purpose\nGerica;it system;Helse;Journal\nVisma;it system;Helse;Lønn\n"
                        "Gerica;it system;Helse;Fagsystem\n",
                        "assets.csv");
    });
    EXPECT_NE(message.find("assets.csv: row 4: the asset 'Gerica' is already in row 2 of the file"), std::string::npos)
        << message;
    EXPECT_TRUE(file.load().assets.empty());
    // The same name in another unit is another asset.
    const ImportSummary summary =
        importAssetsCsv(file, "name;type;unit\nGerica;it system;Helse\nGerica;it system;Skole\n", "assets.csv");
    EXPECT_EQ(summary.created, 2);
}

TEST_F(CsvExchangeTest, TheRiskExportEndsWithTheLinesIdAndTheDayItsMeasuresWereDone_Issue11_Issue15)
{
    importRisksCsv(file, "assessment;threat;probability;consequence\nA;Brann;2;2\n", "r.csv");
    const RegisterData data = file.load();
    const CsvTable risks = parseCsv(exportRisksCsv(data), "risks");
    ASSERT_EQ(risks.header.size(), 20u);
    EXPECT_EQ(risks.header[17], "status"); // the columns before stay as they were
    EXPECT_EQ(risks.header[18], "id");
    EXPECT_EQ(risks.header.back(), "completed");
    EXPECT_EQ(risks.records[0].fields[18], std::to_string(data.risks[0].id));
}

// Issue 15: a measure keeps the day it was done; the risk and plan files carry it in their last column
// `completed`, and an import reads it back. Without it, a measure set to done in the register is done today.
TEST_F(CsvExchangeTest, TheDayAMeasureWasDoneGoesOutAndComesBack_Issue15)
{
    importRisksCsv(file,
                   "assessment;threat;probability;consequence;measure;status;completed\n"
                   "A;Brann;2;2;\"Slukker\nAlarm\nRutine\";\"done\ndone\nplanned\";\"2025-03-14\n\n2025-01-01\"\n",
                   "r.csv");
    RegisterData data = file.load();
    auto measure = [&](const std::string &what) {
        for (const Measure &m : data.measures)
            if (m.what == what)
                return m;
        throw std::logic_error("no measure " + what);
    };
    EXPECT_EQ(measure("Slukker").completed, (Date{2025, 3, 14}));
    EXPECT_EQ(measure("Alarm").completed, Clock::todayLocal()); // done, no day given: today
    EXPECT_FALSE(measure("Rutine").completed);                  // not done: no day, whatever the file says

    const CsvTable plan = parseCsv(exportPlanCsv(data, {2026, 1, 1}), "plan");
    std::vector<std::string> completed;
    for (const CsvRecord &record : plan.records)
        completed.push_back(record.fields[1] + "=" + record.fields.back());
    std::sort(completed.begin(), completed.end());
    EXPECT_EQ(completed,
              (std::vector<std::string>{"Alarm=" + Clock::todayLocal().toIso(), "Rutine=", "Slukker=2025-03-14"}));
    const CsvTable risks = parseCsv(exportRisksCsv(data), "risks");
    ASSERT_EQ(risks.records.size(), 1u);
    EXPECT_EQ(risks.records[0].fields[14 + 4], std::to_string(data.risks[0].id));
    EXPECT_NE(risks.records[0].fields.back().find("2025-03-14"), std::string::npos) << risks.records[0].fields.back();

    // Read back: the same days; another day given in the file changes it; a day that is no date is refused
    // naming the row and the column.
    std::string again = exportRisksCsv(data);
    const std::size_t at = again.find("2025-03-14");
    ASSERT_NE(at, std::string::npos);
    again.replace(at, 10, "2025-04-01");
    importRisksCsv(file, again, "again.csv");
    data = file.load();
    EXPECT_EQ(measure("Slukker").completed, (Date{2025, 4, 1}));
    EXPECT_EQ(measure("Alarm").completed, Clock::todayLocal());
    const std::string message = messageOf([&] {
        importRisksCsv(
            file,
            "assessment;threat;probability;consequence;measure;status;completed\nA;Brann;2;2;Slukker;done;snart\n",
            "bad.csv");
    });
    EXPECT_NE(message.find("bad.csv"), std::string::npos) << message;
    EXPECT_NE(message.find("completed"), std::string::npos) << message;
    EXPECT_NE(message.find("'snart' is not a date"), std::string::npos) << message;
}

// Issue 19: the import finds assessments and lines in maps it keeps (100,000 rows took minutes searching);
// a row the core refuses after its assessment was made leaves nothing in them, so that a later row makes
// that assessment again instead of pointing at one rolled back.
TEST_F(CsvExchangeTest, ARowRolledBackLeavesNothingBehindForTheNextRows_Issue19)
{
    const std::string csv = "assessment;asset;threat;probability;consequence\n"
                            "ROS;Gerica;Brann;2;3\n"
                            "Ny;Bad\x01name;Flom;2;3\n" // the asset's name is refused after Ny was made
                            "Ny;Visma;Flom;2;3\n"
                            "ROS;Gerica;Brann;4;3\n";
    ImportOptions options;
    options.skipInvalidRows = true;
    const ImportSummary summary =
        importTable(file, ImportKind::Risks, parseCsv(csv, "risks.csv"), "risks.csv", options);
    EXPECT_EQ(summary.skippedRows, std::vector<int>{3});
    EXPECT_EQ(summary.created, 3);
    const RegisterData data = file.load();
    ASSERT_EQ(data.assessments.size(), 2u);
    ASSERT_EQ(data.risks.size(), 3u);
    EXPECT_EQ(data.risks[1].assessmentId, file.findAssessment(std::nullopt, "Ny"));
    EXPECT_EQ(data.risks[2].probability, 4) << "two alike rows are two lines";
}

// Issue 19: an import reports how far it is, and stops when told to, writing nothing.
TEST_F(CsvExchangeTest, AnImportReportsProgressAndCanBeStopped_Issue19)
{
    std::string csv = "assessment;threat;probability;consequence\n";
    for (int i = 0; i < 1000; ++i)
        csv += "ROS;Trussel " + std::to_string(i) + ";2;3\n";
    const CsvTable table = parseCsv(csv, "risks.csv");
    std::vector<std::pair<int, int>> seen;
    ImportOptions options;
    options.progress = [&](int done, int total) {
        seen.emplace_back(done, total);
        return done < 1500;
    };
    const ImportSummary stopped = importTable(file, ImportKind::Risks, table, "risks.csv", options);
    EXPECT_TRUE(stopped.cancelled);
    ASSERT_FALSE(seen.empty());
    for (std::size_t i = 0; i < seen.size(); ++i) {
        EXPECT_EQ(seen[i].second, 2000);
        if (i > 0) {
            EXPECT_GT(seen[i].first, seen[i - 1].first);
        }
    }
    EXPECT_GE(seen.back().first, 1500);
    EXPECT_TRUE(file.load().risks.empty());
    EXPECT_TRUE(file.load().assessments.empty());

    options.progress = [](int, int) { return true; };
    const ImportSummary whole = importTable(file, ImportKind::Risks, table, "risks.csv", options);
    EXPECT_FALSE(whole.cancelled);
    EXPECT_EQ(whole.created, 1000);
}
