// SPDX-License-Identifier: EUPL-1.2
// Issue 13: a new risk line is "not scored" until its probability and consequence are entered: no
// product, no zone, not acceptable at 1x1, counted apart, on the due list; files keep it as empty cells.
#include "CycleFixture.h"

#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "matrix/MatrixGrid.h"
#include "matrix/Presets.h"
#include "matrix/RiskMatrix.h"
#include "plan/Prioritisation.h"
#include "risk/RiskRules.h"

#include <sstream>

namespace {

Risk unscored(Id assessment, const std::string &threat)
{
    Risk risk;
    risk.assessmentId = assessment;
    risk.threat = threat;
    risk.probability.reset();
    risk.consequence.reset();
    return risk;
}

} // namespace

TEST(UnscoredRiskRules, ALineWithoutLevelsHasNoProductNoZoneAndIsNoProblem)
{
    const RiskMatrix matrix = presetMatrix("no");
    Risk risk = unscored(1, "Lost laptop");
    EXPECT_FALSE(scored(risk));
    const RiskScore score = scoreOf(matrix, risk);
    EXPECT_FALSE(score.scored());
    EXPECT_EQ(score.score, 0);
    EXPECT_EQ(score.zone, -1);
    EXPECT_FALSE(aboveAcceptanceLine(matrix, score)); // not "acceptable" either: in no zone
    EXPECT_TRUE(riskProblems(matrix, risk).empty());
    // Half scored is still not scored.
    risk.probability = 3;
    EXPECT_FALSE(scored(risk));
    EXPECT_FALSE(scoreOf(matrix, risk).scored());
    EXPECT_EQ(scoreOf(matrix, risk).zone, -1);
    risk.consequence = 4;
    EXPECT_TRUE(scored(risk));
    EXPECT_EQ(scoreOf(matrix, risk).score, 12);
}

TEST_P(CycleTest, AnUnscoredLineIsStoredOnTheDueListCountedApartAndRankedLast)
{
    const Id scoredLine = addRisk(2, 2);
    Risk line = unscored(assessment, "Ny linje");
    const Id id = file->addRisk(line);
    const RegisterData loaded = data();
    const Risk *stored = RegisterData::findById(loaded.risks, id);
    ASSERT_NE(stored, nullptr);
    EXPECT_FALSE(stored->probability.has_value());
    EXPECT_FALSE(stored->consequence.has_value());

    const std::vector<DueItem> due = dueList(loaded, at(2024, 6, 1));
    const std::vector<DueItem> toScore = itemsOf(due, DueItem::Kind::Unscored, "risk");
    ASSERT_EQ(toScore.size(), 1u);
    EXPECT_EQ(toScore[0].objectId, id);
    EXPECT_EQ(toScore[0].unitId, unit);
    EXPECT_EQ(toScore[0].state, DueState::Overdue);
    EXPECT_TRUE(itemsOf(due, DueItem::Kind::Treatment, "risk").empty());
    EXPECT_NE(dueListCsv(loaded, due).find(";unscored;risk;"), std::string::npos);

    const MatrixGrid grid = countRisks(loaded, RiskScope{}, false);
    EXPECT_EQ(grid.total, 2);
    EXPECT_EQ(grid.notScored, 1);
    int placed = 0;
    for (const int count : grid.counts)
        placed += count;
    EXPECT_EQ(placed, 1);

    const std::vector<RankedRisk> ranked = prioritiseRisks(loaded);
    ASSERT_EQ(ranked.size(), 2u);
    EXPECT_EQ(loaded.risks[ranked[0].index].id, scoredLine);
    EXPECT_EQ(loaded.risks[ranked[1].index].id, id);

    // Scoring it takes it off the due list.
    Risk scoredNow = *stored;
    scoredNow.probability = 1;
    scoredNow.consequence = 1;
    file->updateRisk(scoredNow);
    EXPECT_TRUE(itemsOf(dueList(data(), at(2024, 6, 1)), DueItem::Kind::Unscored, "risk").empty());
}

TEST_P(CycleTest, TheRiskExportWritesEmptyCellsForAnUnscoredLineAndImportReadsThemBack)
{
    addRisk(3, 4);
    file->addRisk(unscored(assessment, "Ny linje"));
    const std::string csv = exportRisksCsv(data());
    std::istringstream lines(csv);
    std::string line;
    std::string unscoredRow;
    while (std::getline(lines, line))
        if (line.find("Ny linje") != std::string::npos)
            unscoredRow = line;
    ASSERT_FALSE(unscoredRow.empty()) << csv;
    // priority;effective_consequence;score;zone;... probability;consequence empty.
    EXPECT_NE(unscoredRow.find(";;;;Skole;Skole 2024;;Ny linje;"), std::string::npos) << unscoredRow;

    TempDir other;
    RegisterFile target = RegisterFile::create(other.file("t.trygg"), "no", "Ibestad kommune");
    const ImportSummary summary = importRisksCsv(target, csv, "risks.csv");
    EXPECT_EQ(summary.created, 2);
    const RegisterData imported = target.load();
    int notScored = 0;
    for (const Risk &risk : imported.risks)
        notScored += !scored(risk);
    EXPECT_EQ(notScored, 1);
}

// The schema step 8 -> 9 drops NOT NULL on the levels and keeps every line (from version 7: the rounds'
// columns of version 8 come along).
TEST(UnscoredRiskSchema, VersionNineAcceptsALineWithoutLevels)
{
    TempDir dir;
    const std::string path = dir.file("v7.trygg");
    Database db(path, Database::Mode::Create);
    schema::upgrade(db, 7);
    db.exec("INSERT INTO risk (id, assessment_id, position, threat, aspects, probability, consequence, many_affected, "
            "knowledge) VALUES (1, 1, 1, 'Brann', 1, 2, 3, 0, 'medium')");
    EXPECT_THROW(db.exec("INSERT INTO risk (id, assessment_id, position, threat, aspects, probability, consequence, "
                         "many_affected, knowledge) VALUES (2, 1, 2, 'Ny', 1, NULL, NULL, 0, 'medium')"),
                 std::exception);
    schema::upgrade(db, 9);
    EXPECT_EQ(schema::version(db), 9);
    db.exec("INSERT INTO risk (id, assessment_id, position, threat, aspects, probability, consequence, many_affected, "
            "knowledge) VALUES (2, 1, 2, 'Ny', 1, NULL, NULL, 0, 'medium')");
    Statement rows(db, "SELECT id, probability, consequence FROM risk ORDER BY id");
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.int64(1), 2);
    EXPECT_EQ(rows.int64(2), 3);
    ASSERT_TRUE(rows.step());
    EXPECT_TRUE(rows.isNull(1));
    EXPECT_TRUE(rows.isNull(2));
}
