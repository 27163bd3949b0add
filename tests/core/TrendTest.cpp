// SPDX-License-Identifier: EUPL-1.2
// The trend of the risk picture over the years (issue 15; 003 section 2: the management review evaluates
// whether the security work is working), from three rounds with known differences.
#include "RoundsFixture.h"

#include "combine/Combine.h"
#include "cycle/Trend.h"

using namespace rounds_test;

namespace {

using Counts = std::vector<int>;

} // namespace

TEST_P(RoundsTest, TheTrendCountsTheRoundsInForceEachYear)
{
    makeRound2025();
    {
        const RegisterData data = file->load();
        Risk treated = *RegisterData::findById(data.risks, ransomware);
        treated.residualProbability = 1;
        treated.residualConsequence = 4; // 4: Akseptabel
        applyEdit(*file, edits::change(data, treated));
    }
    makeRound2027();
    Incident incident;
    incident.discovered = DateTime{{2024, 5, 3}, 9, 0};
    incident.unitId = unit;
    incident.reportedBy = "Kari";
    incident.description = "Phishing mail clicked";
    file->addIncident(incident);

    const RegisterData data = file->load();
    const Trend trend = riskTrend(data, unit, Date{2027, 3, 1});
    // Zones of the current matrix (the `se` 4x4), the most severe first; older matrices' zones are counted
    // from their own most severe (DOMAIN.md rule 6).
    EXPECT_EQ(trend.zoneNames, (std::vector<std::string>{"Extremt hög", "Hög", "Medel", "Låg"}));
    ASSERT_EQ(trend.years.size(), 5u);
    const TrendYear &y2023 = trend.years[0], &y2024 = trend.years[1], &y2025 = trend.years[2], &y2026 = trend.years[3],
                    &y2027 = trend.years[4];
    EXPECT_EQ(y2023.year, 2023);
    EXPECT_EQ(y2023.risks, 4);
    EXPECT_EQ(y2023.currentPerZone, (Counts{1, 2, 1, 0}));
    EXPECT_EQ(y2023.residualPerZone, (Counts{1, 2, 1, 0}));
    EXPECT_EQ(y2023.aboveLine, 3);
    EXPECT_EQ(y2023.accepted, 1);
    EXPECT_EQ(y2023.measuresDone, 1);    // MFA
    EXPECT_EQ(y2023.measuresOverdue, 0); // UPS was cancelled
    EXPECT_EQ(y2023.incidents, 0);

    EXPECT_EQ(y2024.risks, 4);           // still the 2023 round
    EXPECT_EQ(y2024.measuresOverdue, 1); // Awareness, due 2024-06-30, still in progress
    EXPECT_EQ(y2024.incidents, 1);

    EXPECT_EQ(y2025.risks, 4);
    EXPECT_EQ(y2025.currentPerZone, (Counts{1, 3, 0, 0}));
    EXPECT_EQ(y2025.residualPerZone, (Counts{0, 3, 1, 0}));
    EXPECT_EQ(y2025.aboveLine, 3);
    EXPECT_EQ(y2025.accepted, 1);     // the acceptance carried with Lost laptop
    EXPECT_EQ(y2025.measuresDone, 1); // the disks encrypted
    EXPECT_EQ(y2026.accepted, 1);     // until 2026-12-31

    EXPECT_EQ(y2027.risks, 4);
    EXPECT_EQ(y2027.currentPerZone, (Counts{0, 3, 1, 0}));
    // Ransomware's residual 1x4 is Hög: the `se` matrix colours that corner cell higher than its product.
    EXPECT_EQ(y2027.residualPerZone, (Counts{0, 3, 1, 0}));
    EXPECT_EQ(y2027.aboveLine, 4);
    EXPECT_EQ(y2027.accepted, 0);

    // The chart's window: this year and the ones before it.
    const Trend recent = riskTrend(data, std::nullopt, Date{2027, 3, 1}, 3);
    ASSERT_EQ(recent.years.size(), 3u);
    EXPECT_EQ(recent.years.front().year, 2025);
    EXPECT_EQ(recent.years.back().risks, 4);

    const std::string csv = trendCsv(trend);
    EXPECT_NE(csv.find("\xEF\xBB\xBF"
                       "year;risks;above_line;accepted;measures_done;measures_overdue;incidents;"
                       "current_zone_1;current_zone_2;current_zone_3;current_zone_4;residual_zone_1;residual_zone_2;"
                       "residual_zone_3;residual_zone_4\r\n"),
              std::string::npos)
        << csv;
    EXPECT_NE(csv.find("2027;4;4;0;0;0;0;0;3;1;0;0;3;1;0\r\n"), std::string::npos) << csv;
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 6);
}

// Combine keeps rounds (issue 15), so the municipality's trend is the sum of its sections' (002 §27).
TEST(RoundsCombineTest, TheCombinedTrendIsTheSumOfTheSections)
{
    TempDir dir;
    auto section = [&](const std::string &name, int lines) {
        const std::string path = dir.file(name + ".trygg");
        RegisterFile file = RegisterFile::create(path, "no", name);
        const Id unit = file.addUnit({0, name, std::nullopt});
        RiskAssessment first;
        first.name = name + " 2023";
        first.unitId = unit;
        first.date = Date{2023, 3, 1};
        const Id round2023 = file.addAssessment(first);
        for (int i = 0; i < lines; ++i) {
            Risk risk;
            risk.assessmentId = round2023;
            risk.threat = "Line " + std::to_string(i);
            risk.probability = 3;
            risk.consequence = 1 + i % 5;
            file.addRisk(risk);
        }
        Measure open;
        open.assessmentId = round2023;
        open.what = "Open measure";
        open.riskIds = {file.load().risks.front().id};
        file.addMeasure(open);
        RiskAssessment next;
        next.name = name + " 2025";
        next.date = Date{2025, 2, 1};
        applyEdit(file, edits::startRound(file.load(), round2023, next));
        const RegisterData data = file.load();
        Risk lowered = data.risks.back(); // a copy in the 2025 round
        lowered.consequence = 1;
        applyEdit(file, edits::change(data, lowered));
        return path;
    };
    const std::vector<std::string> sections = {section("Skole", 4), section("Helse", 6)};
    RegisterFile combined = RegisterFile::create(dir.file("kommune.trygg"), "no", "Kommune");
    combineRegisters(combined, sections);
    combineRegisters(combined, sections); // again: nothing changes, the closed rounds stay closed
    const RegisterData whole = combined.load();
    EXPECT_EQ(std::count_if(whole.assessments.begin(), whole.assessments.end(),
                            [](const RiskAssessment &a) { return a.frozen; }),
              2);
    for (const Risk &risk : whole.risks)
        if (RegisterData::findById(whole.assessments, risk.assessmentId)->date.year == 2025) {
            ASSERT_TRUE(risk.carriedFromId);
            EXPECT_EQ(RegisterData::findById(whole.risks, *risk.carriedFromId)->threat, risk.threat);
        }
    const Date today{2026, 6, 1};
    const Trend sum = riskTrend(whole, std::nullopt, today);
    ASSERT_EQ(sum.years.size(), 4u);
    for (std::size_t y = 0; y < sum.years.size(); ++y) {
        TrendYear added;
        added.currentPerZone.assign(sum.zoneNames.size(), 0);
        for (const std::string &path : sections) {
            const Trend part =
                riskTrend(RegisterFile::open(path, RegisterFile::Access::ReadOnly).load(), std::nullopt, today);
            added.risks += part.years[y].risks;
            added.aboveLine += part.years[y].aboveLine;
            for (std::size_t z = 0; z < added.currentPerZone.size(); ++z)
                added.currentPerZone[z] += part.years[y].currentPerZone[z];
        }
        EXPECT_EQ(sum.years[y].risks, added.risks) << sum.years[y].year;
        EXPECT_EQ(sum.years[y].aboveLine, added.aboveLine) << sum.years[y].year;
        EXPECT_EQ(sum.years[y].currentPerZone, added.currentPerZone) << sum.years[y].year;
    }
    EXPECT_EQ(sum.years[0].risks, 10);
    for (const Message &problem : combined.trailProblems())
        ADD_FAILURE() << problem.english();
}
