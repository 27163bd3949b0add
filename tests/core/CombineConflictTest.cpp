// SPDX-License-Identifier: EUPL-1.2
// 002 §27: what two versions of one object make when combined is a conflict, each resolved by the
// officer and remembered (issue 11).
#include "CombineFixture.h"

class CombineConflictTest : public CombineTest {
protected:
    // NAV's Visma differs from Skole's, which is combined first.
    CombineSummary conflictOverVisma()
    {
        RegisterFile nav = RegisterFile::open(sections[1]);
        Asset visma = *RegisterData::findById(nav.load().assets, *nav.findAsset(nav.findUnit("IKT"), "Visma"));
        visma.purpose = "Lønn, personal og fravær";
        nav.updateAsset(visma);
        return combineRegisters(*combined, sections);
    }
    std::string vismaPurpose()
    {
        const RegisterData data = combined->load();
        return RegisterData::findById(data.assets, *combined->findAsset(combined->findUnit("IKT"), "Visma"))->purpose;
    }
};

TEST_F(CombineConflictTest, AConflictNamesItsSectionAndTheSectionItsVersionCameFrom)
{
    const CombineSummary summary = conflictOverVisma();
    ASSERT_EQ(summary.conflicts.size(), 1u);
    const CombineConflict &conflict = summary.conflicts[0];
    EXPECT_EQ(conflict.section, sections[1]);
    EXPECT_EQ(conflict.sectionName, "NAV");
    EXPECT_EQ(conflict.reason.english(), "the combined register already holds it from 'Skole' with other content");
    EXPECT_FALSE(conflict.resolution);
    EXPECT_GT(conflict.sectionId, 0);
    EXPECT_EQ(conflict.combinedId, *combined->findAsset(combined->findUnit("IKT"), "Visma"));
}

TEST_F(CombineConflictTest, TakingTheSectionsVersionIsRemembered)
{
    const CombineSummary summary = conflictOverVisma();
    ASSERT_EQ(summary.conflicts.size(), 1u);
    const CombineSummary resolved = resolveConflict(*combined, summary.conflicts[0], CombineResolution::Section);
    ASSERT_EQ(resolved.conflicts.size(), 1u);
    EXPECT_EQ(resolved.conflicts[0].resolution, CombineResolution::Section);
    EXPECT_EQ(vismaPurpose(), "Lønn, personal og fravær");

    const CombineSummary again = combineRegisters(*combined, sections);
    EXPECT_TRUE(again.conflicts.empty());
    EXPECT_EQ(again.created + again.updated + again.removed, 0);
    EXPECT_EQ(vismaPurpose(), "Lønn, personal og fravær");
}

TEST_F(CombineConflictTest, KeepingTheCombinedVersionIsRememberedUntilTheSectionChangesAgain)
{
    const CombineSummary summary = conflictOverVisma();
    ASSERT_EQ(summary.conflicts.size(), 1u);
    resolveConflict(*combined, summary.conflicts[0], CombineResolution::Combined);
    EXPECT_EQ(vismaPurpose(), "Lønn og personal");
    const CombineSummary again = combineRegisters(*combined, sections);
    EXPECT_TRUE(again.conflicts.empty());
    EXPECT_EQ(again.created + again.updated + again.removed, 0);

    {
        RegisterFile nav = RegisterFile::open(sections[1]);
        Asset visma = *RegisterData::findById(nav.load().assets, *nav.findAsset(nav.findUnit("IKT"), "Visma"));
        visma.purpose = "Lønn og reiser";
        nav.updateAsset(visma);
    }
    const CombineSummary changed = combineRegisters(*combined, sections);
    ASSERT_EQ(changed.conflicts.size(), 1u);
    EXPECT_EQ(changed.conflicts[0].objectType, "asset");
    EXPECT_EQ(vismaPurpose(), "Lønn og personal");
}

TEST_F(CombineConflictTest, KeepingBothAddsTheSectionsVersionBeside)
{
    const CombineSummary summary = conflictOverVisma();
    ASSERT_EQ(summary.conflicts.size(), 1u);
    resolveConflict(*combined, summary.conflicts[0], CombineResolution::Both);
    const RegisterData data = combined->load();
    EXPECT_EQ(data.assets.size(), 5u);
    const auto navVisma = combined->findAsset(combined->findUnit("IKT"), "Visma (NAV)");
    ASSERT_TRUE(navVisma);
    EXPECT_EQ(RegisterData::findById(data.assets, *navVisma)->purpose, "Lønn, personal og fravær");
    EXPECT_EQ(vismaPurpose(), "Lønn og personal");

    const CombineSummary again = combineRegisters(*combined, sections);
    EXPECT_TRUE(again.conflicts.empty());
    EXPECT_EQ(again.created + again.updated + again.removed, 0);
    EXPECT_EQ(combined->load().assets.size(), 5u);
}

// A risk line changed both in the section and in the combined register: the conflict carries both
// scores, and a resolver (the CLI's --resolve) decides every conflict of the run.
TEST_F(CombineConflictTest, ARiskConflictCarriesBothScoresAndCanBeResolvedWhileCombining)
{
    combineRegisters(*combined, sections);
    RegisterData data = combined->load();
    Risk mine = *std::find_if(data.risks.begin(), data.risks.end(), [&](const Risk &r) {
        return r.threat == "Uautorisert tilgang" && data.unitOf(r) == data.unitByName("Helse")->id;
    });
    mine.probability = 1; // 1 x 4
    combined->updateRisk(mine);
    {
        RegisterFile helse = RegisterFile::open(sections[2]);
        Risk theirs = helse.load().risks[0];
        theirs.probability = 5; // 5 x 4
        helse.updateRisk(theirs);
    }
    const CombineSummary summary = combineRegisters(*combined, sections, [](const CombineConflict &) {
        return std::optional<CombineResolution>(CombineResolution::Section);
    });
    const CombineConflict *conflict = conflictOf(summary, "risk");
    ASSERT_NE(conflict, nullptr);
    EXPECT_EQ(conflict->sectionName, "Helse");
    EXPECT_EQ(conflict->sectionScore, 20);
    EXPECT_EQ(conflict->combinedScore, 4);
    EXPECT_EQ(conflict->resolution, CombineResolution::Section);
    data = combined->load();
    EXPECT_EQ(RegisterData::findById(data.risks, mine.id)->probability, 5);
    EXPECT_TRUE(combineRegisters(*combined, sections).conflicts.empty());
}

TEST_F(CombineConflictTest, ARemovalInTheSectionCanBeTakenOrTheCombinedObjectKept)
{
    combineRegisters(*combined, sections);
    RegisterData data = combined->load();
    for (Measure measure : data.measures) {
        measure.followUp = "Fulgt opp av kommunen";
        combined->updateMeasure(measure);
    }
    for (std::size_t i : {1u, 2u}) {
        RegisterFile section = RegisterFile::open(sections[i]);
        section.removeMeasure(section.load().measures[0].id);
    }
    const CombineSummary summary = combineRegisters(*combined, sections);
    ASSERT_EQ(summary.conflicts.size(), 2u);
    EXPECT_TRUE(summary.conflicts[0].gone);
    EXPECT_EQ(summary.conflicts[0].sectionName, "NAV");
    EXPECT_EQ(summary.conflicts[1].sectionName, "Helse");
    resolveConflict(*combined, summary.conflicts[0], CombineResolution::Section);  // NAV's removal taken
    resolveConflict(*combined, summary.conflicts[1], CombineResolution::Combined); // Helse's kept
    EXPECT_EQ(combined->load().measures.size(), 2u);
    EXPECT_EQ(RegisterData::findById(combined->load().measures, summary.conflicts[0].combinedId), nullptr);
    EXPECT_NE(RegisterData::findById(combined->load().measures, summary.conflicts[1].combinedId), nullptr);
    const CombineSummary again = combineRegisters(*combined, sections);
    EXPECT_TRUE(again.conflicts.empty());
    EXPECT_EQ(again.removed, 0);
}

TEST(CombineResolutionTokens, AreTheWordsOfTheCommandLine)
{
    for (CombineResolution resolution :
         {CombineResolution::Section, CombineResolution::Combined, CombineResolution::Both})
        EXPECT_EQ(parseCombineResolution(toToken(resolution)), resolution);
    EXPECT_EQ(toToken(CombineResolution::Combined), "combined");
    EXPECT_FALSE(parseCombineResolution("mine"));
}

// Issue 11: combine compares one locale-independent text. Registers combined by earlier versions in the
// window under a decimal comma keep their measures' fingerprints with "0,000000": a measure the section
// removed since is removed, not reported as changed in the combined register.
