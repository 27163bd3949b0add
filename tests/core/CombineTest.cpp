// 002 §27: the security officer combines the sections' registers into the municipality's register.
#include "TempDir.h"

#include "combine/Combine.h"
#include "combine/CombineContent.h"
#include "demo/DemoGenerator.h"
#include "exchange/CsvExport.h"
#include "matrix/MatrixGrid.h"
#include "model/ContentText.h"
#include "model/Error.h"
#include "plan/Prioritisation.h"
#include "storage/RegisterFile.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <tuple>

using namespace trygg;

namespace {

// A section register: its own unit with an assessment, two risks and a measure, its own asset, and the
// municipality's shared "Visma" asset in unit IKT.
void makeSection(const std::string &path, const std::string &unitName, int probability)
{
    RegisterFile file = RegisterFile::create(path, "no", unitName);
    const Id unit = file.addUnit({0, unitName, std::nullopt});
    const Id ikt = file.addUnit({0, "IKT", std::nullopt});
    const Id leader = file.addPerson({0, "Leder " + unitName, "seksjonsleder", false, false});
    Asset own;
    own.name = "Fagsystem " + unitName;
    own.unitId = unit;
    own.ownerId = leader;
    const Id ownId = file.addAsset(own);
    Asset visma;
    visma.name = "Visma";
    visma.unitId = ikt;
    visma.purpose = "Lønn og personal";
    const Id vismaId = file.addAsset(visma);
    RiskAssessment assessment;
    assessment.name = "ROS " + unitName;
    assessment.unitId = unit;
    assessment.date = Date{2025, 3, 1};
    assessment.assetIds = {ownId};
    const Id assessmentId = file.addAssessment(assessment);
    Risk first;
    first.assessmentId = assessmentId;
    first.assetId = ownId;
    first.threat = "Uautorisert tilgang";
    first.probability = probability;
    first.consequence = 4;
    const Id firstId = file.addRisk(first);
    Risk second = first;
    second.assetId = vismaId;
    second.threat = "Nedetid";
    second.probability = 2;
    file.addRisk(second);
    Measure measure;
    measure.assessmentId = assessmentId;
    measure.what = "Tofaktor";
    measure.responsibleId = leader;
    measure.deadline = Date{2026, 6, 1};
    measure.riskIds = {firstId};
    file.addMeasure(measure);
    // The municipality's policy, reviewed by every section; the section's own review and acceptance.
    const Id policy = file.addPolicyDocument({0, "Informasjonssikkerhetspolicy", std::nullopt});
    file.addReview({0, ReviewKind::Policy, policy, Date{2025, 12, 1}, "Leder " + unitName, ""});
    file.addReview({0, ReviewKind::Asset, ownId, Date{2025, 11, 1}, "Leder " + unitName, "Gjennomgått"});
    file.addAcceptance({0, firstId, "Rådmann", "rådmann", Date{2025, 6, 1}, "Tiltak for dyrt", Date{2026, 6, 1}});
    Incident incident;
    incident.discovered = DateTime{Date{2026, 2, 1}, 9, 0};
    incident.reportedBy = "Leder " + unitName;
    incident.description = "Feilsendt e-post";
    incident.unitId = unit;
    file.addIncident(incident);
}

std::string picture(RegisterFile &file)
{
    const RegisterData data = file.load();
    return exportAssetsCsv(data) + exportRisksCsv(data) + exportPlanCsv(data, Date{2026, 1, 1}) +
           std::to_string(data.units.size()) + " units " + std::to_string(data.people.size()) + " people " +
           std::to_string(data.incidents.size()) + " incidents " + std::to_string(data.matrices.size()) + " matrices";
}

class CombineTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        for (const char *unit : {"Skole", "NAV", "Helse"}) {
            sections.push_back(dir.file(std::string(unit) + ".trygg"));
            makeSection(sections.back(), unit, 3);
        }
        combined = std::make_unique<RegisterFile>(RegisterFile::create(dir.file("kommune.trygg"), "no", "Kommune"));
    }

    TempDir dir;
    std::vector<std::string> sections;
    std::unique_ptr<RegisterFile> combined;
};

} // namespace

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

namespace {

// Every object of a kind as its content, names for ids, sorted: two registers hold the same objects,
// duplicates included, when these are equal.
template <typename T> std::vector<std::string> contents(const RegisterData &data, const std::vector<T> &items)
{
    std::vector<std::string> all;
    for (const T &item : items)
        all.push_back(combine::contentOf(data, item));
    std::sort(all.begin(), all.end());
    return all;
}

std::vector<std::string> unitNames(const RegisterData &data)
{
    std::vector<std::string> names;
    for (const OrgUnit &unit : data.units)
        names.push_back(unit.name);
    std::sort(names.begin(), names.end());
    return names;
}

// How many lines have the same assessment, asset and text as an earlier one.
int duplicateLines(const RegisterData &data)
{
    std::set<std::tuple<Id, std::optional<Id>, std::string>> seen;
    int duplicates = 0;
    for (const Risk &risk : data.risks)
        if (!seen.emplace(risk.assessmentId, risk.assetId, risk.threat).second)
            ++duplicates;
    return duplicates;
}

void expectSameObjects(const RegisterData &expected, const RegisterData &actual)
{
    EXPECT_EQ(unitNames(actual), unitNames(expected));
    EXPECT_EQ(contents(actual, actual.assets), contents(expected, expected.assets));
    EXPECT_EQ(contents(actual, actual.assessments), contents(expected, expected.assessments));
    EXPECT_EQ(contents(actual, actual.risks), contents(expected, expected.risks));
    EXPECT_EQ(contents(actual, actual.measures), contents(expected, expected.measures));
}

const CombineConflict *conflictOf(const CombineSummary &summary, const std::string &type)
{
    for (const CombineConflict &conflict : summary.conflicts)
        if (conflict.objectType == type)
            return &conflict;
    return nullptr;
}

} // namespace

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
