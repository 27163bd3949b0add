// 002 §27: the security officer combines the sections' registers into the municipality's register.
#include "TempDir.h"

#include "combine/Combine.h"
#include "exchange/CsvExport.h"
#include "model/Error.h"
#include "storage/RegisterFile.h"

#include <gtest/gtest.h>

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
    combined->saveCopy(dir.file("copy.trygg"));
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
