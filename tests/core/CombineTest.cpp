// SPDX-License-Identifier: EUPL-1.2
// 002 §27: the security officer combines the sections' registers into the municipality's register.
#include "CombineFixture.h"

TEST_F(CombineTest, CombiningTwiceGivesTheSameResultAsOnce_002_Par27)
{
    const CombineSummary first = combineRegisters(*combined, sections);
    EXPECT_EQ(first.sections, 3);
    EXPECT_TRUE(first.conflicts.empty());
    const RegisterData data = combined->load();
    EXPECT_EQ(data.units.size(), 4u);  // Skole, NAV, Helse and one IKT
    EXPECT_EQ(data.assets.size(), 4u); // three own systems and one Visma
    EXPECT_EQ(data.assessments.size(), 3u);
    EXPECT_EQ(data.risks.size(), 6u);
    EXPECT_EQ(data.measures.size(), 3u);
    EXPECT_EQ(data.incidents.size(), 3u);
    EXPECT_EQ(data.matrices.size(), 1u); // the same criteria: no new matrix version
    const std::string once = picture(*combined);

    const CombineSummary second = combineRegisters(*combined, sections);
    EXPECT_EQ(second.created, 0);
    EXPECT_EQ(second.updated, 0);
    EXPECT_TRUE(second.conflicts.empty());
    EXPECT_EQ(picture(*combined), once);
}

TEST_F(CombineTest, ASectionsChangeIsTakenOverOnTheNextCombine)
{
    combineRegisters(*combined, sections);
    {
        RegisterFile nav = RegisterFile::open(sections[1]);
        RegisterData data = nav.load();
        Risk risk = data.risks[0];
        risk.probability = 5;
        nav.updateRisk(risk);
        Measure measure = data.measures[0];
        measure.status = MeasureStatus::Done;
        nav.updateMeasure(measure);
    }
    const CombineSummary summary = combineRegisters(*combined, sections);
    EXPECT_EQ(summary.updated, 2);
    EXPECT_EQ(summary.created, 0);
    EXPECT_TRUE(summary.conflicts.empty());
    const RegisterData data = combined->load();
    EXPECT_EQ(data.risks.size(), 6u);
    const auto navRisk = std::find_if(data.risks.begin(), data.risks.end(), [&](const Risk &r) {
        return r.threat == "Uautorisert tilgang" && data.unitOf(r) == data.unitByName("NAV")->id;
    });
    ASSERT_NE(navRisk, data.risks.end());
    EXPECT_EQ(navRisk->probability, 5);
}

TEST_F(CombineTest, TheSameAssetEditedInTwoSectionsIsAConflictNotOverwritten)
{
    {
        RegisterFile nav = RegisterFile::open(sections[1]);
        Asset visma = nav.load().assets[1];
        visma.purpose = "Lønn, personal og fravær";
        nav.updateAsset(visma);
    }
    const CombineSummary summary = combineRegisters(*combined, sections);
    ASSERT_EQ(summary.conflicts.size(), 1u);
    EXPECT_EQ(summary.conflicts[0].section, sections[1]);
    EXPECT_EQ(summary.conflicts[0].objectType, "asset");
    EXPECT_EQ(summary.conflicts[0].name, "Visma");
    EXPECT_EQ(summary.conflicts[0].reason.english(),
              "the combined register already holds it from 'Skole' with other content");
    const RegisterData data = combined->load();
    EXPECT_EQ(data.assets.size(), 4u);
    EXPECT_EQ(data.assets[1].purpose, "Lønn og personal"); // Skole's, as combined first

    // Still reported on the next combine, and nothing duplicated.
    const CombineSummary again = combineRegisters(*combined, sections);
    EXPECT_EQ(again.conflicts.size(), 1u);
    EXPECT_EQ(combined->load().assets.size(), 4u);
}

TEST_F(CombineTest, AnAssetEditedDifferentlyInTwoSectionsAfterACombineIsAConflict)
{
    combineRegisters(*combined, sections);
    for (std::size_t i : {1u, 2u}) {
        RegisterFile section = RegisterFile::open(sections[i]);
        Asset visma = section.load().assets[1];
        visma.purpose = i == 1 ? "Lønn og reiser" : "Lønn og fravær";
        section.updateAsset(visma);
    }
    const CombineSummary summary = combineRegisters(*combined, sections);
    EXPECT_EQ(summary.updated, 1);
    ASSERT_EQ(summary.conflicts.size(), 1u);
    EXPECT_EQ(summary.conflicts[0].section, sections[2]);
    EXPECT_EQ(summary.conflicts[0].reason.english(), "changed differently in 'NAV', which was taken over");
    EXPECT_EQ(combined->load().assets[1].purpose, "Lønn og reiser");
    EXPECT_EQ(combineRegisters(*combined, sections).conflicts.size(), 1u); // until someone settles it
}

TEST_F(CombineTest, AnEditInBothTheCombinedRegisterAndTheSectionIsAConflict)
{
    combineRegisters(*combined, sections);
    RegisterData data = combined->load();
    Asset skole = *std::find_if(data.assets.begin(), data.assets.end(),
                                [](const Asset &a) { return a.name == "Fagsystem Skole"; });
    skole.notes = "Sjekket av sikkerhetsansvarlig";
    combined->updateAsset(skole);

    // Only the combined register changed: kept, not a conflict.
    EXPECT_TRUE(combineRegisters(*combined, sections).conflicts.empty());

    {
        RegisterFile section = RegisterFile::open(sections[0]);
        Asset own = section.load().assets[0];
        own.notes = "Ny versjon";
        section.updateAsset(own);
    }
    const CombineSummary summary = combineRegisters(*combined, sections);
    ASSERT_EQ(summary.conflicts.size(), 1u);
    EXPECT_EQ(summary.conflicts[0].reason.english(),
              "changed both in the section and in the combined register since the last combine");
    data = combined->load();
    EXPECT_EQ(RegisterData::findById(data.assets, skole.id)->notes, "Sjekket av sikkerhetsansvarlig");
}

TEST_F(CombineTest, RefusesToCombineARegisterIntoItself)
{
    // A copy made outside Trygg (Save a copy gives the copy its own id, issue 19).
    std::filesystem::copy_file(combined->path(), dir.file("copy.trygg"));
    EXPECT_THROW(combineRegisters(*combined, {sections[0], dir.file("copy.trygg")}), InputError);
    EXPECT_TRUE(combined->load().assets.empty()); // one transaction: nothing from the first section either
}

// 002 §26-27: the combined register knows what the sections reviewed and accepted, so its due list and
// reports are the municipality's; the shared policy document is one document, reviewed by each.
TEST_F(CombineTest, PolicyDocumentsReviewsAndAcceptancesComeAlong_002_Par26_27)
{
    combineRegisters(*combined, sections);
    const RegisterData data = combined->load();
    ASSERT_EQ(data.documents.size(), 1u);
    EXPECT_EQ(data.documents[0].name, "Informasjonssikkerhetspolicy");
    ASSERT_EQ(data.reviews.size(), 6u);
    ASSERT_EQ(data.acceptances.size(), 3u);
    for (const char *unit : {"Skole", "NAV", "Helse"}) {
        const std::string leader = std::string("Leder ") + unit;
        const auto assetReview = std::find_if(data.reviews.begin(), data.reviews.end(), [&](const Review &r) {
            return r.reviewer == leader && r.kind == ReviewKind::Asset;
        });
        ASSERT_NE(assetReview, data.reviews.end()) << unit;
        EXPECT_EQ(RegisterData::findById(data.assets, assetReview->objectId)->name, std::string("Fagsystem ") + unit);
        EXPECT_EQ(assetReview->date, (Date{2025, 11, 1}));
        const auto policyReview = std::find_if(data.reviews.begin(), data.reviews.end(), [&](const Review &r) {
            return r.reviewer == leader && r.kind == ReviewKind::Policy;
        });
        ASSERT_NE(policyReview, data.reviews.end()) << unit;
        EXPECT_EQ(policyReview->objectId, data.documents[0].id);
    }
    for (const RiskAcceptance &acceptance : data.acceptances) {
        const Risk *risk = RegisterData::findById(data.risks, acceptance.riskId);
        ASSERT_NE(risk, nullptr);
        EXPECT_EQ(risk->threat, "Uautorisert tilgang");
    }
    const CombineSummary again = combineRegisters(*combined, sections);
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_TRUE(again.conflicts.empty());
    EXPECT_EQ(combined->load().reviews.size(), 6u);
    EXPECT_EQ(combined->load().acceptances.size(), 3u);
}

// 002 §27: combining again follows the sections, deletions included; what was changed in the combined
// register since is kept and listed instead.
TEST_F(CombineTest, WhatASectionRemovedIsRemovedUnlessChangedInTheCombinedRegister_002_Par27)
{
    combineRegisters(*combined, sections);
    const RegisterData before = combined->load();
    {
        RegisterFile nav = RegisterFile::open(sections[1]);
        const RegisterData data = nav.load();
        nav.removeMeasure(data.measures[0].id);
        nav.removeIncident(data.incidents[0].id);
        RegisterFile skole = RegisterFile::open(sections[0]);
        skole.removeAssessment(skole.load().assessments[0].id); // with its risks, measure and acceptance
    }
    CombineSummary summary = combineRegisters(*combined, sections);
    EXPECT_TRUE(summary.conflicts.empty());
    EXPECT_EQ(summary.removed, 2 + 5);
    RegisterData after = combined->load();
    EXPECT_EQ(after.measures.size(), before.measures.size() - 2);
    EXPECT_EQ(after.incidents.size(), before.incidents.size() - 1);
    EXPECT_EQ(after.risks.size(), before.risks.size() - 2);
    EXPECT_EQ(after.acceptances.size(), before.acceptances.size() - 1);
    EXPECT_EQ(after.assessments.size(), before.assessments.size() - 1);
    EXPECT_EQ(after.assets.size(), before.assets.size()); // the assets are still in the sections
    EXPECT_EQ(combineRegisters(*combined, sections).removed, 0);

    // Helse's measure, edited in the combined register, then removed in the section: kept, and said.
    Measure helse = *std::find_if(after.measures.begin(), after.measures.end(), [&](const Measure &m) {
        return after.unitName(RegisterData::findById(after.assessments, m.assessmentId)->unitId) == "Helse";
    });
    helse.followUp = "Fulgt opp av kommunen";
    combined->updateMeasure(helse);
    {
        RegisterFile section = RegisterFile::open(sections[2]);
        section.removeMeasure(section.load().measures[0].id);
    }
    summary = combineRegisters(*combined, sections);
    EXPECT_EQ(summary.removed, 0);
    ASSERT_EQ(summary.conflicts.size(), 1u);
    EXPECT_EQ(summary.conflicts[0].objectType, "measure");
    EXPECT_EQ(summary.conflicts[0].name, "Tofaktor");
    EXPECT_EQ(summary.conflicts[0].reason.english(),
              "no longer in the section, but changed in the combined register since the last combine; kept");
    EXPECT_NE(RegisterData::findById(combined->load().measures, helse.id), nullptr);
}

// Issue 11: a form may hold two lines of one assessment with the same asset and text (the Duplicate
// button makes exactly that); both arrive, and combining again finds each by its origin.
TEST_F(CombineTest, TwoAlikeLinesOfASectionBecomeTwoLines_Issue11)
{
    {
        RegisterFile skole = RegisterFile::open(sections[0]);
        const RegisterData data = skole.load();
        Risk copy = data.risks[0];
        copy.id = 0;
        copy.position = 0;
        skole.addRisk(copy);
        Measure measure = data.measures[0];
        measure.id = 0;
        skole.addMeasure(measure);
    }
    const CombineSummary first = combineRegisters(*combined, sections);
    EXPECT_TRUE(first.conflicts.empty());
    const RegisterData data = combined->load();
    EXPECT_EQ(data.risks.size(), 7u);
    EXPECT_EQ(data.measures.size(), 4u);
    EXPECT_EQ(duplicateLines(data), 1);

    const CombineSummary second = combineRegisters(*combined, sections);
    EXPECT_EQ(second.created, 0);
    EXPECT_EQ(second.updated, 0);
    EXPECT_EQ(second.removed, 0);
    EXPECT_TRUE(second.conflicts.empty());
    EXPECT_EQ(combined->load().risks.size(), 7u);
}

// Issue 11: "a demo section of 200 risks arrives with 174". Every unit, asset, assessment, risk line and
// measure arrives, compared by content, duplicates included.
TEST_F(CombineTest, ADemoSectionArrivesWhole_Issue11)
{
    const std::string path = dir.file("demo.trygg");
    {
        RegisterFile demo = RegisterFile::create(path, "no", "Demo");
        generateDemo(demo, DemoOptions{40, 200, 11, true});
    }
    const RegisterData section = RegisterFile::open(path, RegisterFile::Access::ReadOnly).load();
    ASSERT_EQ(section.risks.size(), 200u);
    ASSERT_GT(duplicateLines(section), 0); // what lost lines before

    const CombineSummary summary = combineRegisters(*combined, {path});
    EXPECT_TRUE(summary.conflicts.empty());
    const RegisterData data = combined->load();
    expectSameObjects(section, data);
    EXPECT_EQ(contents(data, data.incidents), contents(section, section.incidents));
    EXPECT_EQ(contents(data, data.reviews), contents(section, section.reviews));
    EXPECT_EQ(contents(data, data.acceptances), contents(section, section.acceptances));

    const CombineSummary again = combineRegisters(*combined, {path});
    EXPECT_EQ(again.created + again.updated + again.removed, 0);
    EXPECT_TRUE(again.conflicts.empty());
}

// Issue 11: a register split into one register per unit (each a register of its own: combined from the
// municipality's and cut down to the unit), then combined again, gives back every risk line, the same
// action plan in the same order (DOMAIN.md rules 3 and 5) and the same matrix counts.
TEST_F(CombineTest, SplittingPerUnitAndCombiningBackLosesNothing_Issue11)
{
    const std::string whole = dir.file("whole.trygg");
    {
        RegisterFile demo = RegisterFile::create(whole, "no", "Kommune");
        generateDemo(demo, DemoOptions{30, 200, 5, false});
    }
    const RegisterData original = RegisterFile::open(whole, RegisterFile::Access::ReadOnly).load();
    std::vector<std::string> parts;
    for (const OrgUnit &unit : original.units) {
        parts.push_back(dir.file("part-" + std::to_string(unit.id) + ".trygg"));
        RegisterFile part = RegisterFile::create(parts.back(), "no", unit.name);
        combineRegisters(part, {whole});
        const RegisterData data = part.load();
        const std::optional<Id> own = part.findUnit(unit.name);
        for (const RiskAssessment &assessment : data.assessments)
            if (assessment.unitId != own)
                part.removeAssessment(assessment.id);
        for (const Asset &asset : data.assets)
            if (asset.unitId != own)
                part.removeAsset(asset.id);
    }
    RegisterFile back = RegisterFile::create(dir.file("back.trygg"), "no", "Kommune");
    const CombineSummary summary = combineRegisters(back, parts);
    EXPECT_TRUE(summary.conflicts.empty());
    const RegisterData data = back.load();
    EXPECT_EQ(data.risks.size(), original.risks.size());
    expectSameObjects(original, data);
    const Date today{2026, 1, 1};
    EXPECT_EQ(exportPlanCsv(data, today), exportPlanCsv(original, today));
    EXPECT_EQ(countRisks(data, {}, false).counts, countRisks(original, {}, false).counts);
    EXPECT_EQ(countRisks(data, {}, true).counts, countRisks(original, {}, true).counts);
}

TEST_F(CombineTest, CopiesOfOneRegisterAreRefusedAsSections)
{
    {
        // A copy made outside Trygg, in the file system: the same register id.
        RegisterFile skole = RegisterFile::open(sections[0], RegisterFile::Access::ReadOnly);
        std::filesystem::copy_file(sections[0], dir.file("Skole-kopi.trygg"));
    }
    try {
        combineRegisters(*combined, {sections[0], dir.file("Skole-kopi.trygg")});
        ADD_FAILURE() << "combined two copies of one register";
    } catch (const InputError &error) {
        // The message names both files (issue 19).
        EXPECT_NE(std::string(error.what()).find(sections[0]), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("Skole-kopi.trygg"), std::string::npos) << error.what();
    }
    EXPECT_TRUE(combined->load().assets.empty());
    // Save a copy gives the copy its own id: the two are combined as two sections (issue 19).
    {
        RegisterFile skole = RegisterFile::open(sections[0], RegisterFile::Access::ReadOnly);
        skole.saveCopy(dir.file("Skole-kopi2.trygg"));
    }
    EXPECT_NO_THROW(combineRegisters(*combined, {sections[0], dir.file("Skole-kopi2.trygg")}));
}

// 002 §27: the municipality's Visma is in every section; one section dropping it does not remove it.
TEST_F(CombineTest, WhatAnotherSectionStillHoldsIsNotRemoved)
{
    combineRegisters(*combined, sections);
    {
        RegisterFile nav = RegisterFile::open(sections[1]);
        nav.removeAsset(*nav.findAsset(nav.findUnit("IKT"), "Visma"));
    }
    const CombineSummary summary = combineRegisters(*combined, sections);
    EXPECT_TRUE(summary.conflicts.empty());
    EXPECT_EQ(summary.removed, 0);
    const RegisterData data = combined->load();
    EXPECT_TRUE(combined->findAsset(combined->findUnit("IKT"), "Visma").has_value());
    EXPECT_EQ(data.assets.size(), 4u);
}

TEST_F(CombineTest, AnAssetRemovedAndAddedAgainInItsSectionStaysOneAsset)
{
    combineRegisters(*combined, sections);
    {
        RegisterFile skole = RegisterFile::open(sections[0]);
        const Id id = *skole.findAsset(skole.findUnit("Skole"), "Fagsystem Skole");
        Asset again = *RegisterData::findById(skole.load().assets, id);
        skole.removeAsset(id);
        again.id = 0;
        skole.addAsset(again);
    }
    const CombineSummary summary = combineRegisters(*combined, sections);
    EXPECT_TRUE(summary.conflicts.empty());
    EXPECT_EQ(summary.removed, 1); // the section's review of the asset went with it
    EXPECT_EQ(combined->load().assets.size(), 4u);
    EXPECT_TRUE(combined->findAsset(combined->findUnit("Skole"), "Fagsystem Skole").has_value());
    EXPECT_TRUE(combineRegisters(*combined, sections).conflicts.empty());
}

TEST_F(CombineTest, FingerprintsWrittenUnderADecimalCommaByEarlierVersionsStillMatch)
{
    combineRegisters(*combined, {sections[0]});
    Statement(
        combined->database(),
        "UPDATE origin SET fingerprint = replace(fingerprint, '.000000', ',000000') WHERE object_type = 'measure'")
        .run();
    ASSERT_TRUE(Statement(combined->database(), "SELECT 1 FROM origin WHERE fingerprint LIKE '%,000000%'").scalar());
    {
        RegisterFile section = RegisterFile::open(sections[0]);
        section.removeMeasure(section.load().measures.front().id);
    }
    const CombineSummary again = combineRegisters(*combined, {sections[0]});
    EXPECT_TRUE(again.conflicts.empty()) << again.conflicts.front().reason.english();
    EXPECT_EQ(again.removed, 1);
    EXPECT_TRUE(combined->load().measures.empty());
}

TEST(ContentTextLegacy, OnlyRealNumbersAsStdToStringWroteThemGetTheirPointBack)
{
    EXPECT_EQ(ContentText::withDecimalPoint("Tofaktor\x1f"
                                            "12,500000\x1f"
                                            "-3,250000\x1f"
                                            "1,5\x1f"
                                            "a,bcdefg\x1f"),
              "Tofaktor\x1f"
              "12.500000\x1f"
              "-3.250000\x1f"
              "1,5\x1f"
              "a,bcdefg\x1f");
}

// Issue 19 ("Sections you can trust"): two sections made from one template (copied in the file
// system) share the register id. Combined, one would overwrite the other's objects and delete the rest;
// so a register id the combined register knows from another file is refused, naming both files, until
// the officer combines the second as a new section: then both arrive whole, and stay so.
