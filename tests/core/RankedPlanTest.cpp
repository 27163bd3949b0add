// SPDX-License-Identifier: EUPL-1.2
// Issue 11: after an edit only the plan lines it touches are ranked again. Whatever the edit, the plan
// kept up to date must be exactly the plan ranked anew (DOMAIN.md rules 3, 5 and 6): the same measures
// in the same order, the same risks with the same places and scores, the same due states.
#include "TempDir.h"

#include "demo/DemoGenerator.h"
#include "edit/Edit.h"
#include "matrix/Presets.h"
#include "model/Error.h"
#include "plan/RankedPlan.h"
#include "storage/RegisterFile.h"

#include <gtest/gtest.h>

#include <memory>
#include <random>

using namespace trygg;

namespace {

void expectSameRisk(const RankedRisk &a, const RankedRisk &b)
{
    EXPECT_EQ(a.index, b.index);
    EXPECT_EQ(a.priority, b.priority);
    EXPECT_EQ(a.score.probability, b.score.probability);
    EXPECT_EQ(a.score.consequence, b.score.consequence);
    EXPECT_EQ(a.score.effectiveConsequence, b.score.effectiveConsequence);
    EXPECT_EQ(a.score.score, b.score.score);
    EXPECT_EQ(a.score.zone, b.score.zone);
}

// Stops at the first difference: one is enough to read, thousands are not.
::testing::AssertionResult samePlan(const RankedPlan &kept, const RankedPlan &anew)
{
    if (kept.acrossMatrices != anew.acrossMatrices)
        return ::testing::AssertionFailure() << "rule 6 applies in one and not the other";
    if (kept.risks.size() != anew.risks.size())
        return ::testing::AssertionFailure() << kept.risks.size() << " risks ranked, expected " << anew.risks.size();
    for (std::size_t r = 0; r < kept.risks.size(); ++r) {
        const RankedRisk &a = kept.risks[r], &b = anew.risks[r];
        if (a.index != b.index || a.priority != b.priority || a.score.score != b.score.score ||
            a.score.zone != b.score.zone || a.score.effectiveConsequence != b.score.effectiveConsequence)
            return ::testing::AssertionFailure() << "risk ranking differs at place " << r + 1;
    }
    if (kept.plan.size() != anew.plan.size())
        return ::testing::AssertionFailure() << kept.plan.size() << " plan lines, expected " << anew.plan.size();
    for (std::size_t i = 0; i < kept.plan.size(); ++i) {
        const PlanEntry &a = kept.plan[i], &b = anew.plan[i];
        if (a.measureIndex != b.measureIndex || a.priority != b.priority || a.due != b.due ||
            a.risks.size() != b.risks.size())
            return ::testing::AssertionFailure() << "plan line " << i + 1 << " differs";
        for (std::size_t j = 0; j < a.risks.size(); ++j) {
            expectSameRisk(a.risks[j], b.risks[j]);
            if (a.risks[j].index != b.risks[j].index || a.risks[j].priority != b.risks[j].priority)
                return ::testing::AssertionFailure() << "risk " << j + 1 << " of plan line " << i + 1 << " differs";
        }
    }
    return ::testing::AssertionSuccess();
}

class RankedPlanTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        file = std::make_unique<RegisterFile>(RegisterFile::create(dir.file("k.trygg"), "no", "Ibestad kommune"));
        generateDemo(*file, {40, 1200, 11, false});
        data = file->load();
        all = rankPlan(data, today);
        unit = rankPlan(data, today, RiskScope{data.units.at(1).id, std::nullopt});
    }

    // Writes the edit, updates both kept plans from what was written, and compares them with plans
    // ranked anew. Returns what the whole-register update did. An edit the file refuses (a level the
    // line's matrix does not have, a name taken in the unit) writes nothing and is skipped.
    PlanUpdate apply(const Edit &edit)
    {
        Edit written;
        try {
            written = applyEdit(*file, edit);
        } catch (const InputError &) {
            return {};
        }
        mirrorEdit(data, written);
        lastWritten = written;
        return check(written);
    }

    PlanUpdate check(const Edit &changes)
    {
        const PlanUpdate update = updatePlan(all, data, changes, today);
        updatePlan(unit, data, changes, today);
        EXPECT_TRUE(samePlan(all, rankPlan(data, today)));
        EXPECT_TRUE(samePlan(unit, rankPlan(data, today, unit.scope)));
        return update;
    }

    const Risk &anyRisk() { return data.risks[pick(data.risks.size())]; }
    const Measure &anyMeasure() { return data.measures[pick(data.measures.size())]; }
    std::size_t pick(std::size_t count) { return std::uniform_int_distribution<std::size_t>(0, count - 1)(random); }
    int level(int levels = 5) { return std::uniform_int_distribution<int>(1, levels)(random); }

    // One random user action of the kinds that touch the plan.
    Edit randomEdit()
    {
        switch (pick(11)) {
        case 0:
        case 1: { // rescore a line: its zone and its place may change anywhere
            Risk risk = anyRisk();
            risk.probability = level();
            risk.consequence = level();
            risk.manyAffected = pick(3) == 0;
            return edits::change(data, risk);
        }
        case 2: { // a deadline set, moved or cleared
            Measure measure = anyMeasure();
            if (pick(4) == 0)
                measure.deadline.reset();
            else
                measure.deadline = Date{2025, level(12), level(28)};
            return edits::change(data, measure);
        }
        case 3: { // status: done measures are never overdue
            Measure measure = anyMeasure();
            measure.status = static_cast<MeasureStatus>(pick(MeasureStatusCount));
            return edits::change(data, measure);
        }
        case 4: { // link a line, or unlink one
            Measure measure = anyMeasure();
            if (!measure.riskIds.empty() && pick(2) == 0)
                measure.riskIds.erase(measure.riskIds.begin() + static_cast<long>(pick(measure.riskIds.size())));
            else
                measure.riskIds.push_back(anyRisk().id);
            std::sort(measure.riskIds.begin(), measure.riskIds.end());
            measure.riskIds.erase(std::unique(measure.riskIds.begin(), measure.riskIds.end()), measure.riskIds.end());
            return edits::change(data, measure);
        }
        case 5: { // a new measure, sometimes treating nothing yet
            const Risk &risk = anyRisk();
            Measure measure;
            measure.assessmentId = risk.assessmentId;
            measure.what = "Nytt tiltak";
            if (pick(4) != 0)
                measure.riskIds = {risk.id};
            if (pick(2) == 0)
                measure.deadline = Date{2025, level(12), level(28)};
            return edits::add(measure);
        }
        case 6: return edits::removeMeasure(data, anyMeasure().id);
        case 7: { // a new line on a form
            Risk risk = anyRisk();
            risk.id = 0;
            risk.position = 0;
            risk.threat = "Ny hendelse";
            risk.probability = level();
            risk.consequence = level();
            return edits::addRisk(data, risk);
        }
        case 8: { // measures stop treating them
            const Id first = anyRisk().id, second = anyRisk().id;
            return edits::removeRisks(data, first == second ? std::vector<Id>{first} : std::vector<Id>{first, second});
        }
        case 9: return edits::moveRisk(data, anyRisk().id, pick(2) == 0 ? -1 : 1); // entry order breaks ties
        default: { // an assessment moves to another unit: in or out of a unit's plan
            RiskAssessment assessment = data.assessments[pick(data.assessments.size())];
            assessment.unitId = data.units[pick(data.units.size())].id;
            return edits::change(data, assessment);
        }
        }
    }

    // The register's matrix changes (a new version); assessments made afterwards are scored on it.
    PlanUpdate changeMatrix(const char *preset)
    {
        RiskMatrix matrix = presetMatrix(preset);
        const Id id = file->addMatrix(matrix);
        RegisterInfo info = data.info;
        info.currentMatrixId = id;
        const Edit written = applyEdit(*file, edits::change(data, info));
        data = file->load();
        return check(written);
    }

    TempDir dir;
    std::unique_ptr<RegisterFile> file;
    RegisterData data;
    const Date today{2025, 6, 1};
    RankedPlan all;
    RankedPlan unit; // one unit's plan
    Edit lastWritten;
    std::mt19937 random{20250601};
};

TEST_F(RankedPlanTest, RandomEditsKeepThePlanExactlyAsRankedAnew)
{
    ASSERT_FALSE(unit.plan.empty());
    int placed = 0;
    for (int step = 0; step < 300; ++step) {
        SCOPED_TRACE(step);
        const Edit edit = randomEdit();
        if (edit.empty())
            continue; // a line at the top of its form cannot move up
        if (const PlanUpdate update = apply(edit); !update.reranked && !update.placed.empty())
            ++placed;
        if (step % 7 == 0) { // undo
            const Edit undone = lastWritten.inverse();
            apply(undone);
        }
        if (::testing::Test::HasFailure())
            return;
    }
    EXPECT_GT(placed, 200); // placed line by line, not ranked anew
}

TEST_F(RankedPlanTest, SeveralEditsJoinedAreOneUpdate)
{
    for (int step = 0; step < 40; ++step) {
        SCOPED_TRACE(step);
        Edit joined;
        for (int n = 0; n < 3; ++n) {
            const Edit edit = randomEdit();
            if (edit.empty())
                continue;
            Edit written;
            try {
                written = applyEdit(*file, edit);
            } catch (const InputError &) {
                continue;
            }
            mirrorEdit(data, written);
            joined.records.insert(joined.records.end(), written.records.begin(), written.records.end());
        }
        check(joined);
        if (::testing::Test::HasFailure())
            return;
    }
}

// The common edit is placed, not ranked anew: a rescored line moves the measures that treat it.
TEST_F(RankedPlanTest, ARescoredLinePlacesOnlyTheMeasuresTreatingIt)
{
    const Measure &treating = *std::find_if(data.measures.begin(), data.measures.end(),
                                            [](const Measure &m) { return m.riskIds.size() == 1; });
    Risk risk = *RegisterData::findById(data.risks, treating.riskIds.front());
    risk.probability = risk.probability == 5 ? 1 : 5;
    std::vector<Id> expected;
    for (const Measure &measure : data.measures)
        if (std::find(measure.riskIds.begin(), measure.riskIds.end(), risk.id) != measure.riskIds.end())
            expected.push_back(measure.id);
    const PlanUpdate update = apply(edits::change(data, risk));
    EXPECT_FALSE(update.reranked);
    EXPECT_EQ(update.placed, expected);
}

// A matrix change touches every line's criteria: ranked anew. Assessments made on a 4x4 beside the 5x5
// bring rule 6 in (ranked anew once more), and edits after that are placed by zone and share.
TEST_F(RankedPlanTest, AMatrixChangeRanksAnewAndRuleSixIsKept)
{
    EXPECT_TRUE(changeMatrix("no").reranked);
    EXPECT_FALSE(all.acrossMatrices);
    EXPECT_TRUE(changeMatrix("se").reranked);

    RiskAssessment section;
    section.name = "Skole";
    section.unitId = data.units.at(1).id;
    section.date = Date{2025, 5, 1};
    const Edit added = applyEdit(*file, edits::addAssessment(data, section));
    mirrorEdit(data, added);
    check(added);
    const Id sectionId = idOf(*added.records.front().after);
    for (int n = 0; n < 20; ++n) {
        Risk risk;
        risk.assessmentId = sectionId;
        risk.threat = "Innbrudd";
        risk.probability = level(4);
        risk.consequence = level(4);
        const Edit written = applyEdit(*file, edits::addRisk(data, risk));
        mirrorEdit(data, written);
        Measure measure;
        measure.assessmentId = sectionId;
        measure.what = "Alarm";
        measure.riskIds = {idOf(*written.records.front().after), anyRisk().id};
        Edit both = written;
        const Edit measureWritten = applyEdit(*file, edits::add(measure));
        mirrorEdit(data, measureWritten);
        both.records.push_back(measureWritten.records.front());
        check(both);
    }
    EXPECT_TRUE(all.acrossMatrices);
    for (int step = 0; step < 100; ++step) {
        SCOPED_TRACE(step);
        const Edit edit = randomEdit();
        if (!edit.empty())
            apply(edit);
        if (::testing::Test::HasFailure())
            return;
    }
}

TEST_F(RankedPlanTest, ANewDayRanksAnew)
{
    Risk risk = anyRisk();
    risk.probability = risk.probability == 1 ? 2 : 1;
    const Edit written = applyEdit(*file, edits::change(data, risk));
    mirrorEdit(data, written);
    const Date tomorrow{2025, 6, 2};
    EXPECT_TRUE(updatePlan(all, data, written, tomorrow).reranked);
    EXPECT_TRUE(samePlan(all, rankPlan(data, tomorrow)));
}

} // namespace
