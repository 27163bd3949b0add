// SPDX-License-Identifier: EUPL-1.2
// Issue 19 ("Sections you can trust"): which register a section is, what it may speak for, and what
// keeping both of an assessment takes along.
#include "CombineFixture.h"

TEST_F(CombineTest, ARegisterIdKnownFromAnotherFileIsRefusedUntilCombinedAsANewSection_Issue19)
{
    const std::string mal = dir.file("mal.trygg");
    makeSection(mal, "Mal", 3);
    const std::string barnehage = dir.file("Barnehage.trygg");
    const std::string sfo = dir.file("SFO.trygg");
    std::filesystem::copy_file(mal, barnehage);
    std::filesystem::copy_file(mal, sfo);
    {
        RegisterFile file = RegisterFile::open(sfo);
        Asset own;
        own.name = "Fagsystem SFO";
        own.unitId = file.findUnit("Mal");
        file.addAsset(own);
    }
    const CombineSummary first = combineRegisters(*combined, {barnehage});
    EXPECT_TRUE(first.conflicts.empty());
    const std::string before = picture(*combined);

    try {
        combineRegisters(*combined, {sfo});
        ADD_FAILURE() << "combined a copy of a section already combined";
    } catch (const InputError &error) {
        const std::string message = error.what();
        EXPECT_NE(message.find(sfo + " has the same register id as " + barnehage), std::string::npos) << message;
        EXPECT_NE(message.find("combine it as a new section"), std::string::npos) << message;
    }
    EXPECT_EQ(picture(*combined), before); // nothing overwritten, nothing removed
    // In one run with the first, likewise.
    EXPECT_THROW(combineRegisters(*combined, {barnehage, sfo}), InputError);
    EXPECT_EQ(picture(*combined), before);

    // The officer's choice: SFO is a section of its own.
    const CombineSummary asNew = combineRegisters(*combined, {barnehage, sfo}, {}, {sfo});
    EXPECT_EQ(asNew.removed, 0);
    EXPECT_TRUE(asNew.conflicts.empty()); // what both have from the template is one object
    EXPECT_TRUE(combined->findAsset(combined->findUnit("Mal"), "Fagsystem Mal").has_value());
    EXPECT_TRUE(combined->findAsset(combined->findUnit("Mal"), "Fagsystem SFO").has_value());
    // Remembered for its file: combining again changes nothing, and SFO needs no choice any more.
    const std::string both = picture(*combined);
    const CombineSummary again = combineRegisters(*combined, {barnehage, sfo});
    EXPECT_EQ(again.created + again.updated + again.removed, 0);
    EXPECT_TRUE(again.conflicts.empty());
    EXPECT_EQ(picture(*combined), both);
    // SFO's change is taken over as SFO's, not Barnehage's.
    {
        RegisterFile file = RegisterFile::open(sfo);
        file.removeAsset(*file.findAsset(file.findUnit("Mal"), "Fagsystem SFO"));
    }
    const CombineSummary removed = combineRegisters(*combined, {barnehage, sfo});
    EXPECT_EQ(removed.removed, 1);
    EXPECT_TRUE(combined->findAsset(combined->findUnit("Mal"), "Fagsystem Mal").has_value());
    EXPECT_FALSE(combined->findAsset(combined->findUnit("Mal"), "Fagsystem SFO").has_value());

    // The section named as new may come first: the other still combines under its own id.
    RegisterFile other = RegisterFile::create(dir.file("kommune2.trygg"), "no", "Kommune");
    EXPECT_NO_THROW(combineRegisters(other, {sfo, barnehage}, {}, {sfo}));
    EXPECT_TRUE(other.findAsset(other.findUnit("Mal"), "Fagsystem Mal").has_value());
    EXPECT_NO_THROW(combineRegisters(other, {barnehage, sfo}));
}

// Issue 19: a section whose file moved (renamed, or the shared folder reached another way) is the
// same section: its old file no longer exists, so its register id is not another section's.
TEST_F(CombineTest, ASectionWhoseFileMovedIsTheSameSection_Issue19)
{
    combineRegisters(*combined, sections);
    const std::string moved = dir.file("Skole-2026.trygg");
    std::filesystem::rename(sections[0], moved);
    const CombineSummary again = combineRegisters(*combined, {moved, sections[1], sections[2]});
    EXPECT_EQ(again.created + again.updated + again.removed, 0);
    EXPECT_TRUE(again.conflicts.empty());
}

// Issue 19: a section speaks only for its own objects. Rows added to its origin table, saying its own
// asset came from another section, do not let it overwrite that section's asset in the combined register.
TEST_F(CombineTest, ASectionCannotSpeakForAnotherSectionsObjects_Issue19)
{
    combineRegisters(*combined, sections);
    const RegisterData skole = RegisterFile::open(sections[0], RegisterFile::Access::ReadOnly).load();
    const Asset &skoleAsset = *RegisterData::findById(
        skole.assets, *RegisterFile::open(sections[0]).findAsset(skole.units[0].id, "Fagsystem Skole"));
    std::string forged;
    {
        RegisterFile nav = RegisterFile::open(sections[1]);
        Asset navAsset =
            *RegisterData::findById(nav.load().assets, *nav.findAsset(nav.findUnit("NAV"), "Fagsystem NAV"));
        navAsset.confidentiality = 0;
        navAsset.ownerId.reset();
        nav.updateAsset(navAsset);
        // The forgery: "my Fagsystem NAV is Skole's Fagsystem Skole".
        nav.setOrigin({skole.info.uid, "asset", skoleAsset.id, navAsset.id, "Skole", std::nullopt});
    }
    const std::optional<Id> local = combined->findAsset(combined->findUnit("Skole"), "Fagsystem Skole");
    ASSERT_TRUE(local);
    const Asset before = *RegisterData::findById(combined->load().assets, *local);
    // Alone, and with Skole in the same run.
    for (const std::vector<std::string> &run : {std::vector<std::string>{sections[1]}, sections}) {
        combineRegisters(*combined, run);
        const RegisterData data = combined->load();
        const Asset *after = RegisterData::findById(data.assets, *local);
        ASSERT_TRUE(after);
        EXPECT_EQ(*after, before);
        const std::optional<Id> nav = combined->findAsset(combined->findUnit("NAV"), "Fagsystem NAV");
        ASSERT_TRUE(nav);
        EXPECT_TRUE(RegisterData::findById(data.assets, *nav)->confidentiality ==
                    std::optional<int>(0)); // NAV's change is NAV's
    }
}

// Issue 19: what a combined register (a district's) carries here is spoken for by it; a third section whose
// origin table says its asset is one of those cannot change that asset: its asset is its own.
TEST_F(CombineTest, AThirdSectionCannotSpeakForObjectsAnotherSectionCarried_Issue19)
{
    const std::string district = dir.file("Distrikt.trygg");
    {
        RegisterFile file = RegisterFile::create(district, "no", "Distrikt");
        combineRegisters(file, {sections[0]});
    }
    combineRegisters(*combined, {district});
    const RegisterData skole = RegisterFile::open(sections[0], RegisterFile::Access::ReadOnly).load();
    const Asset &skoleAsset = *std::find_if(skole.assets.begin(), skole.assets.end(),
                                            [](const Asset &a) { return a.name == "Fagsystem Skole"; });
    {
        RegisterFile nav = RegisterFile::open(sections[1]);
        Asset navAsset =
            *RegisterData::findById(nav.load().assets, *nav.findAsset(nav.findUnit("NAV"), "Fagsystem NAV"));
        navAsset.confidentiality = 0;
        navAsset.ownerId.reset();
        nav.updateAsset(navAsset);
        // The forgery: "my Fagsystem NAV is the Fagsystem Skole that Skole's register has".
        nav.setOrigin({skole.info.uid, "asset", skoleAsset.id, navAsset.id, "Skole", std::nullopt});
    }
    const std::optional<Id> local = combined->findAsset(combined->findUnit("Skole"), "Fagsystem Skole");
    ASSERT_TRUE(local);
    const Asset before = *RegisterData::findById(combined->load().assets, *local);

    combineRegisters(*combined, {sections[1]});
    const RegisterData data = combined->load();
    const Asset *after = RegisterData::findById(data.assets, *local);
    ASSERT_TRUE(after);
    EXPECT_EQ(*after, before);
    const std::optional<Id> nav = combined->findAsset(combined->findUnit("NAV"), "Fagsystem NAV");
    ASSERT_TRUE(nav);
    EXPECT_EQ(RegisterData::findById(data.assets, *nav)->confidentiality, std::optional<int>(0));

    // The district combined again still speaks for its objects.
    {
        RegisterFile skoleFile = RegisterFile::open(sections[0]);
        Asset own = *RegisterData::findById(skoleFile.load().assets, skoleAsset.id);
        own.notes = "Flyttet til skyen";
        skoleFile.updateAsset(own);
    }
    {
        RegisterFile file = RegisterFile::open(district);
        combineRegisters(file, {sections[0]});
    }
    const CombineSummary again = combineRegisters(*combined, {district});
    EXPECT_TRUE(again.conflicts.empty());
    EXPECT_EQ(RegisterData::findById(combined->load().assets, *local)->notes, "Flyttet til skyen");
}

// What a section legitimately carries from its own combines keeps its first origin: a district's
// combined register combined into the municipality's updates what came through it, never doubles it.
TEST_F(CombineTest, ACombinedRegisterCombinedOnKeepsItsObjectsFirstOrigin_002_Par27)
{
    const std::string district = dir.file("Distrikt.trygg");
    {
        RegisterFile file = RegisterFile::create(district, "no", "Distrikt");
        combineRegisters(file, {sections[0]});
    }
    combineRegisters(*combined, {district});
    const std::size_t assets = combined->load().assets.size();
    {
        RegisterFile skole = RegisterFile::open(sections[0]);
        Asset own =
            *RegisterData::findById(skole.load().assets, *skole.findAsset(skole.findUnit("Skole"), "Fagsystem Skole"));
        own.notes = "Flyttet til skyen";
        skole.updateAsset(own);
    }
    {
        RegisterFile file = RegisterFile::open(district);
        combineRegisters(file, {sections[0]});
    }
    const CombineSummary again = combineRegisters(*combined, {district});
    EXPECT_TRUE(again.conflicts.empty());
    EXPECT_EQ(again.updated, 1);
    EXPECT_EQ(combined->load().assets.size(), assets);
    const RegisterData data = combined->load();
    EXPECT_EQ(RegisterData::findById(data.assets, *combined->findAsset(combined->findUnit("Skole"), "Fagsystem Skole"))
                  ->notes,
              "Flyttet til skyen");
}

// Issue 11 (and 19): an assessment changed both in the section and in the combined register, resolved by
// keeping both, is the section's copy beside the combined register's: the section's lines and measure
// go with the section's copy, not stay in the original; combining again changes nothing.
TEST_F(CombineTest, KeepingBothOfAnAssessmentTakesTheSectionsLinesAlong_Issue11)
{
    combineRegisters(*combined, sections);
    const Id original = *combined->findAssessment(combined->findUnit("Skole"), "ROS Skole");
    {
        RiskAssessment here = *RegisterData::findById(combined->load().assessments, original);
        here.date = Date{2025, 4, 1};
        combined->updateAssessment(here);
        RegisterFile skole = RegisterFile::open(sections[0]);
        RiskAssessment there = *RegisterData::findById(skole.load().assessments,
                                                       *skole.findAssessment(skole.findUnit("Skole"), "ROS Skole"));
        there.date = Date{2025, 5, 1};
        skole.updateAssessment(there);
    }
    const CombineSummary summary = combineRegisters(*combined, sections);
    ASSERT_EQ(summary.conflicts.size(), 1u);
    EXPECT_EQ(summary.conflicts[0].objectType, "assessment");
    resolveConflict(*combined, summary.conflicts[0], CombineResolution::Both);

    const RegisterData data = combined->load();
    const std::optional<Id> copy = combined->findAssessment(combined->findUnit("Skole"), "ROS Skole (Skole)");
    ASSERT_TRUE(copy);
    EXPECT_EQ(RegisterData::findById(data.assessments, *copy)->date, (Date{2025, 5, 1}));
    EXPECT_EQ(RegisterData::findById(data.assessments, original)->date, (Date{2025, 4, 1}));
    std::vector<std::string> inCopy;
    for (const Risk &risk : data.risks) {
        EXPECT_NE(risk.assessmentId, original) << risk.threat; // nothing of the section's stays behind
        if (risk.assessmentId == *copy)
            inCopy.push_back(risk.threat);
    }
    std::sort(inCopy.begin(), inCopy.end());
    EXPECT_EQ(inCopy, (std::vector<std::string>{"Nedetid", "Uautorisert tilgang"}));
    for (const Measure &measure : data.measures) {
        if (measure.what == "Tofaktor" &&
            RegisterData::findById(data.risks, measure.riskIds.at(0))->assessmentId == *copy) {
            EXPECT_EQ(measure.assessmentId, *copy);
        }
    }
    EXPECT_EQ(std::count_if(data.risks.begin(), data.risks.end(),
                            [&](const Risk &risk) { return risk.assessmentId == *copy; }),
              2);

    const CombineSummary again = combineRegisters(*combined, sections);
    EXPECT_TRUE(again.conflicts.empty());
    EXPECT_EQ(again.created + again.removed, 0);
    EXPECT_EQ(combined->load().risks.size(), data.risks.size());
}

// Issue 19: a section holding a review dated far in the future (written before dates were checked) is
// refused by the combined register, naming the section's file and the field; nothing is combined.
TEST_F(CombineTest, ASectionsFutureDateIsRefusedNamingItsFile_Issue19)
{
    {
        RegisterFile skole = RegisterFile::open(sections[0]);
        skole.database().exec("UPDATE review SET date = '2062-01-01' WHERE note = 'Gjennomgått'");
    }
    try {
        combineRegisters(*combined, sections);
        ADD_FAILURE() << "combined a review dated 2062";
    } catch (const InputError &error) {
        EXPECT_EQ(std::string(error.what()),
                  sections[0] + ": the review date (2062-01-01) is more than a day in the future");
    }
    EXPECT_TRUE(combined->load().assets.empty());
}
