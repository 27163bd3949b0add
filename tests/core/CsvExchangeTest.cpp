// CSV import and export of the CLI contract: all or nothing, errors naming row and column,
// Nordic headers, re-import without duplicates, round trips.
#include "TempDir.h"

#include "exchange/Csv.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
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

class CsvExchangeTest : public ::testing::Test {
protected:
    CsvExchangeTest() : file(RegisterFile::create(dir.file("k.trygg"), "no", "K")) {}
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

    // The same file again updates the lines instead of adding them.
    const ImportSummary again = importRisksCsv(file, csv, "risks.csv");
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.updated, 3);
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
    EXPECT_EQ(exportRisksCsv(after), risks);
    EXPECT_EQ(exportPlanCsv(after, {2026, 1, 1}), exportPlanCsv(before, {2026, 1, 1}));
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
    EXPECT_EQ(plan.header, (std::vector<std::string>{"priority", "measure", "responsible", "deadline", "status",
                                                     "overdue", "score", "consequence", "probability", "risks"}));
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
                           "notes\r\n",
                           0),
              0u);
}
