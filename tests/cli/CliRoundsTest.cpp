// SPDX-License-Identifier: EUPL-1.2
// Rounds from the command line (issue 15): `round`, `compare` with its CSV contract
// (change,unit,asset,threat,from_score,to_score,from_zone,to_zone) and `trend` (one row per year, `year`
// first).
#include "CliRun.h"

#include "exchange/Csv.h"
#include "storage/RegisterFile.h"

#include <set>
#include <string>

using namespace trygg;

namespace {

class CliRoundsTest : public CliTest {
protected:
    void SetUp() override
    {
        path = dir.file("k.trygg");
        RegisterFile file = RegisterFile::create(path, "no", "Ibestad kommune");
        const Id unit = file.addUnit({0, "Skole", std::nullopt});
        Asset visma;
        visma.name = "Visma Flyt Skole";
        visma.unitId = unit;
        const Id asset = file.addAsset(visma);
        RiskAssessment a;
        a.name = "Skole 2023";
        a.unitId = unit;
        a.date = Date{2023, 3, 1};
        const Id assessment = file.addAssessment(a);
        auto line = [&](const std::string &threat, int p, int c) {
            Risk risk;
            risk.assessmentId = assessment;
            risk.assetId = asset;
            risk.threat = threat;
            risk.probability = p;
            risk.consequence = c;
            return file.addRisk(risk);
        };
        const Id phishing = line("Phishing", 4, 4);
        line("Power outage", 2, 2);
        line("Old system", 2, 3);
        Measure measure;
        measure.assessmentId = assessment;
        measure.what = "Awareness";
        measure.riskIds = {phishing};
        measure.deadline = Date{2024, 6, 30};
        file.addMeasure(measure);
    }

    // The second round changed: Phishing lowered, Power outage raised, Old system removed, Ransomware new.
    void changeSecondRound()
    {
        RegisterFile file = RegisterFile::open(path);
        const RegisterData data = file.load();
        for (const Risk &risk : data.risks) {
            if (!risk.carriedFromId)
                continue;
            Risk changed = risk;
            if (risk.threat == "Phishing")
                changed.probability = 2; // 8: Vurderes
            else if (risk.threat == "Power outage")
                changed.probability = 4; // 8: Vurderes
            else
                file.removeRisk(risk.id);
            if (risk.threat != "Old system")
                file.updateRisk(changed);
        }
        Risk ransomware;
        ransomware.assessmentId = data.assessments.back().id;
        ransomware.threat = "Ransomware";
        ransomware.probability = 4;
        ransomware.consequence = 5;
        file.addRisk(ransomware);
    }

    std::string path;
};

TEST_F(CliRoundsTest, RoundStartsTheNextRoundFromTheLast)
{
    Result r = cli({"round", path, "--unit", "Skole", "--name", "Skole 2025", "--date", "2025-02-01"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("started round 'Skole 2025' of Skole from 'Skole 2023': 3 lines carried over"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("1 open measure came along"), std::string::npos) << r.out;
    const RegisterData data = RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    ASSERT_EQ(data.assessments.size(), 2u);
    EXPECT_TRUE(data.assessments[0].frozen);
    EXPECT_EQ(data.measures.front().assessmentId, data.assessments[1].id);

    // Started once: the last round is now Skole 2025, and --from an old one names the round made from it.
    r = cli(
        {"round", path, "--unit", "Skole", "--from", "Skole 2023", "--name", "Skole 2025b", "--date", "2025-03-01"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("a round was already started from 'Skole 2023': 'Skole 2025'"), std::string::npos) << r.err;
    r = cli({"round", path, "--unit", "Skole", "--name", "Skole 2027", "--date", "2024-01-01"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("before the date of the round it starts from"), std::string::npos) << r.err;
    r = cli({"round", path, "--unit", "Skole", "--name", "Skole 2027", "--date", "2027-02-30"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("--date '2027-02-30' is not a valid date"), std::string::npos) << r.err;
    EXPECT_EQ(cli({"round", path, "--unit", "Skole", "--name", "Skole 2027"}).exitCode, 2);
    r = cli({"round", path, "--unit", "Barnehage", "--name", "B 2027", "--date", "2027-02-01"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("no unit named 'Barnehage'"), std::string::npos) << r.err;
}

TEST_F(CliRoundsTest, CompareWritesTheCsvContract)
{
    ASSERT_EQ(cli({"round", path, "--unit", "Skole", "--name", "Skole 2025", "--date", "2025-02-01"}).exitCode, 0);
    changeSecondRound();
    Result r = cli({"compare", path, "--from", "Skole 2023", "--to", "Skole 2025", "--format", "csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const CsvTable table = parseCsv(r.out, "compare.csv");
    EXPECT_EQ(table.header, (std::vector<std::string>{"change", "unit", "asset", "threat", "from_score", "to_score",
                                                      "from_zone", "to_zone"}));
    std::map<std::string, std::vector<std::string>> byThreat;
    for (const CsvRecord &record : table.records)
        byThreat[record.fields[3]] = record.fields;
    ASSERT_EQ(byThreat.size(), 4u);
    EXPECT_EQ(byThreat["Phishing"], (std::vector<std::string>{"lower", "Skole", "Visma Flyt Skole", "Phishing", "16",
                                                              "8", "Ikke akseptabel", "Vurderes"}));
    EXPECT_EQ(byThreat["Power outage"][0], "higher");
    EXPECT_EQ(byThreat["Old system"][0], "removed");
    EXPECT_EQ(byThreat["Old system"][5], "");
    EXPECT_EQ(byThreat["Ransomware"][0], "new");
    EXPECT_EQ(byThreat["Ransomware"][4], "");

    // A year names the round too; the text says the counts.
    r = cli({"compare", path, "--from", "2023", "--to", "2025", "--unit", "Skole"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("2023 -> 2025: 1 new, 1 removed, 1 higher, 1 lower, 0 unchanged"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Measures still open: 1, of them overdue: 1"), std::string::npos) << r.out;

    r = cli({"compare", path, "--from", "Skole 2019", "--to", "2025"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("--from: there is no round named 'Skole 2019'"), std::string::npos) << r.err;
    EXPECT_EQ(cli({"compare", path, "--from", "2023"}).exitCode, 2);
    EXPECT_EQ(cli({"compare", path, "--from", "2023", "--to", "2025", "--format", "xlsx"}).exitCode, 2);
    EXPECT_EQ(cli({"compare", path, "--from", "2023", "--to", "2025", "--format", "pdf"}).exitCode, 2);
}

TEST_F(CliRoundsTest, CompareReportsInHtmlAndPdf)
{
    TRYGG_SKIP_WITHOUT_QT("the printed reports");
    ASSERT_EQ(cli({"round", path, "--unit", "Skole", "--name", "Skole 2025", "--date", "2025-02-01"}).exitCode, 0);
    changeSecondRound();
    Result r = cli({"compare", path, "--from", "2023", "--to", "2025", "--format", "html", "--language", "en"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Comparison of rounds"), std::string::npos);
    EXPECT_NE(r.out.find("Skole 2023 \u2192 Skole 2025"), std::string::npos);
    EXPECT_NE(r.out.find("Ransomware"), std::string::npos);
    EXPECT_NE(r.out.find("Measures still open"), std::string::npos);
    const std::string pdf = dir.file("compare.pdf");
    r = cli({"compare", path, "--from", "2023", "--to", "2025", "--format", "pdf", "--output", pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(readBytes(pdf).substr(0, 5), "%PDF-");
}

// The whole register's round of a year is one name given in every unit: the report's title and column
// headers name it once, not once per unit ("Risikovurdering 2025, Risikovurdering 2025, ...").
TEST_F(CliRoundsTest, CompareNamesARoundGivenInEveryUnitOnce)
{
    TRYGG_SKIP_WITHOUT_QT("the printed reports");
    const std::string demo = dir.file("demo.trygg");
    ASSERT_EQ(cli({"demo", demo, "--assets", "40", "--risks", "200", "--rounds"}).exitCode, 0);
    const RegisterData data = RegisterFile::open(demo, RegisterFile::Access::ReadOnly).load();
    std::set<Id> units;
    std::set<std::string> names;
    for (const RiskAssessment &assessment : data.assessments)
        if (assessment.date.year == 2025) {
            units.insert(assessment.unitId.value_or(0));
            names.insert(assessment.name);
        }
    ASSERT_GT(units.size(), 1u);
    ASSERT_EQ(names.size(), 1u) << "the demo's 2025 round has one name in every unit";
    const Result r = cli({"compare", demo, "--from", "2025", "--to", "2027", "--format", "html", "--language", "en"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string name = *names.begin();
    EXPECT_NE(r.out.find(name), std::string::npos) << r.out.substr(0, 2000);
    EXPECT_EQ(r.out.find(name + ", " + name), std::string::npos) << r.out.substr(0, 2000);
}

TEST_F(CliRoundsTest, TrendHasOneRowPerYear)
{
    ASSERT_EQ(cli({"round", path, "--unit", "Skole", "--name", "Skole 2025", "--date", "2025-02-01"}).exitCode, 0);
    changeSecondRound();
    Result r = cli({"trend", path, "--format", "csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const CsvTable table = parseCsv(r.out, "trend.csv");
    ASSERT_FALSE(table.header.empty());
    EXPECT_EQ(table.header[0], "year");
    ASSERT_EQ(table.records.size(), 4u); // 2023 to 2026, the year TRYGG_NOW is in
    EXPECT_EQ(table.records[0].fields[0], "2023");
    EXPECT_EQ(table.records[0].fields[1], "3");
    EXPECT_EQ(table.records[3].fields[0], "2026");
    EXPECT_EQ(table.records[3].fields[1], "3"); // Phishing, Power outage, Ransomware
    r = cli({"trend", path, "--unit", "Skole"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Trend of Skole"), std::string::npos) << r.out;
    EXPECT_EQ(cli({"trend", path, "--format", "pdf"}).exitCode, 2);
}

} // namespace
