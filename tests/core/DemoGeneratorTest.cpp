// SPDX-License-Identifier: EUPL-1.2
// The demo register: the same seed gives the same content, everything stays within the register's rules, and the
// register checks have something to find.
#include "TempDir.h"

#include "demo/DemoGenerator.h"
#include "risk/RiskRules.h"
#include "storage/RegisterFile.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace trygg;

namespace {

struct Generated {
    DemoSummary summary;
    RegisterData data;
};

Generated generate(const TempDir &dir, const std::string &fileName, const std::string &preset, DemoOptions options)
{
    RegisterFile file = RegisterFile::create(dir.file(fileName), preset, "Demo kommune");
    Generated generated;
    generated.summary = generateDemo(file, options);
    generated.data = file.load();
    return generated;
}

using RiskLine = std::tuple<std::string, std::optional<int>, std::optional<int>, bool, std::string>;

std::vector<RiskLine> riskLines(const RegisterData &data)
{
    std::vector<RiskLine> lines;
    for (const Risk &risk : data.risks) {
        const Asset *asset = RegisterData::findById(data.assets, risk.assetId);
        lines.emplace_back(risk.threat, risk.probability, risk.consequence, risk.manyAffected,
                           asset ? asset->name : std::string());
    }
    return lines;
}

class DemoGeneratorPresetTest : public ::testing::TestWithParam<const char *> {};

TEST_P(DemoGeneratorPresetTest, FillsARegisterWithinItsRules)
{
    TempDir dir;
    const auto [summary, data] = generate(dir, "demo.trygg", GetParam(), DemoOptions{45, 160, 7});

    EXPECT_EQ(summary.assets, 45);
    EXPECT_EQ(summary.risks, 160);
    EXPECT_GE(summary.units, 8);
    EXPECT_LE(summary.units, 10);
    EXPECT_GE(summary.assessments, summary.units);
    EXPECT_GT(summary.measures, 0);
    EXPECT_EQ(data.units.size(), static_cast<std::size_t>(summary.units));
    EXPECT_EQ(data.people.size(), static_cast<std::size_t>(summary.people));
    EXPECT_EQ(data.assets.size(), static_cast<std::size_t>(summary.assets));
    EXPECT_EQ(data.assessments.size(), static_cast<std::size_t>(summary.assessments));
    EXPECT_EQ(data.risks.size(), static_cast<std::size_t>(summary.risks));
    EXPECT_EQ(data.measures.size(), static_cast<std::size_t>(summary.measures));

    for (const Risk &risk : data.risks) {
        const RiskMatrix &matrix = data.matrixOf(risk);
        ASSERT_TRUE(scored(risk)); // the demo scores every line
        EXPECT_GE(*risk.probability, 1);
        EXPECT_LE(*risk.probability, matrix.probabilityLevels());
        EXPECT_GE(*risk.consequence, 1);
        EXPECT_LE(*risk.consequence, matrix.consequenceLevels());
        EXPECT_LE(risk.residualProbability.value_or(*risk.probability), *risk.probability);
        EXPECT_LE(risk.residualConsequence.value_or(*risk.consequence), *risk.consequence);
        EXPECT_GE(risk.residualProbability.value_or(1), 1);
        EXPECT_GE(risk.residualConsequence.value_or(1), 1);
        EXPECT_NE(risk.aspects, 0u);
        EXPECT_FALSE(risk.threat.empty());
    }

    for (const Measure &measure : data.measures) {
        EXPECT_FALSE(measure.riskIds.empty()) << measure.what;
        EXPECT_LE(measure.riskIds.size(), 3u) << measure.what;
        for (Id riskId : measure.riskIds) {
            const Risk *risk = RegisterData::findById(data.risks, riskId);
            ASSERT_NE(risk, nullptr);
            EXPECT_EQ(risk->assessmentId, measure.assessmentId) << measure.what;
        }
    }

    EXPECT_TRUE(std::any_of(data.assets.begin(), data.assets.end(), [](const Asset &a) { return !a.deputyId; }));
    EXPECT_TRUE(std::any_of(data.assets.begin(), data.assets.end(), [](const Asset &a) { return a.deputyId; }));
    EXPECT_EQ(std::count_if(data.people.begin(), data.people.end(), [](const Person &p) { return p.securityLeader; }),
              1);
    EXPECT_EQ(std::count_if(data.people.begin(), data.people.end(), [](const Person &p) { return p.itResponsible; }),
              1);
    for (const Person &person : data.people)
        EXPECT_FALSE(person.securityLeader && person.itResponsible) << person.name;

    std::set<std::pair<std::optional<Id>, std::string>> assetNames;
    for (const Asset &asset : data.assets)
        EXPECT_TRUE(assetNames.emplace(asset.unitId, asset.name).second) << asset.name;
    std::set<std::string> personNames;
    for (const Person &person : data.people)
        EXPECT_TRUE(personNames.insert(person.name).second) << person.name;
}

INSTANTIATE_TEST_SUITE_P(Presets, DemoGeneratorPresetTest, ::testing::Values("no", "no-dsb", "dk", "se", "iso"));

TEST(DemoGeneratorTest, WritesInTheRegistersLanguage)
{
    TempDir dir;
    const std::pair<const char *, const char *> expected[] = {
        {"no", "Helse og omsorg"}, {"dk", "Sundhed og Omsorg"}, {"se", "Vård och omsorg"}, {"iso", "Health and Care"}};
    for (const auto &[preset, unit] : expected) {
        const Generated generated = generate(dir, std::string(preset) + ".trygg", preset, DemoOptions{12, 20, 1});
        EXPECT_NE(generated.data.unitByName(unit), nullptr) << preset;
    }
}

TEST(DemoGeneratorTest, SameSeedGivesTheSameRegister)
{
    TempDir dir;
    const Generated first = generate(dir, "first.trygg", "no", DemoOptions{30, 120, 42});
    const Generated second = generate(dir, "second.trygg", "no", DemoOptions{30, 120, 42});
    const Generated other = generate(dir, "other.trygg", "no", DemoOptions{30, 120, 43});

    EXPECT_EQ(riskLines(first.data), riskLines(second.data));
    EXPECT_EQ(first.summary.measures, second.summary.measures);
    ASSERT_EQ(first.data.people.size(), second.data.people.size());
    for (std::size_t i = 0; i < first.data.people.size(); ++i)
        EXPECT_EQ(first.data.people[i].name, second.data.people[i].name);
    EXPECT_NE(riskLines(first.data), riskLines(other.data));
}

// The yearly cycle (002 §26-27, §79-80; 003 section 2): something for the due list, the incident register
// and the management review to show, in the register's language, the same for the same seed.
TEST(DemoGeneratorTest, FillsTheYearlyCycle)
{
    TempDir dir;
    const Generated first = generate(dir, "first.trygg", "dk", DemoOptions{30, 200, 5});
    const RegisterData &data = first.data;
    ASSERT_EQ(data.documents.size(), 2u);
    EXPECT_EQ(data.documents[0].name, "Informationssikkerhedspolitik");
    int policyReviews = 0;
    int assetReviews = 0;
    for (const Review &review : data.reviews) {
        policyReviews += review.kind == ReviewKind::Policy ? 1 : 0;
        assetReviews += review.kind == ReviewKind::Asset ? 1 : 0;
        EXPECT_LT(review.date, (Date{2026, 11, 1}));
    }
    EXPECT_EQ(policyReviews, 2);
    EXPECT_GT(assetReviews, 5);
    EXPECT_LT(assetReviews, 25);
    EXPECT_EQ(data.incidents.size(), 30u / 6 + 1);
    for (const Incident &incident : data.incidents) {
        EXPECT_EQ(
            incident.description,
            std::vector<std::string>(
                {"Uvedkommende fik adgang til fællesdrev", "Fejl i afgørelse efter manuel registrering",
                 "Fagsystemet var utilgængeligt i fire timer", "Personoplysninger sendt til forkert modtager på e-mail",
                 "Adgangskode delt mellem medarbejdere på vagt"})[static_cast<std::size_t>(incident.type)]);
        EXPECT_EQ(incident.assetIds.size(), 1u);
        EXPECT_TRUE(!incident.notifiedAt || incident.type == IncidentType::PersonalDataBreach);
    }
    EXPECT_EQ(data.exceptions.size(), 2u);
    EXPECT_FALSE(data.acceptances.empty());
    for (const RiskAcceptance &acceptance : data.acceptances) {
        const Risk *risk = RegisterData::findById(data.risks, acceptance.riskId);
        ASSERT_NE(risk, nullptr);
        const RiskMatrix &matrix = data.matrixOf(*risk);
        const auto residual = residualScoreOf(matrix, *risk);
        ASSERT_TRUE(residual); // only a residual risk above the acceptance line is accepted
        EXPECT_FALSE(matrix.zones[static_cast<std::size_t>(residual->zone)].acceptable);
        EXPECT_EQ(acceptance.expires, acceptance.date.addMonths(12));
    }

    const Generated second = generate(dir, "second.trygg", "dk", DemoOptions{30, 200, 5});
    ASSERT_EQ(second.data.incidents.size(), data.incidents.size());
    for (std::size_t i = 0; i < data.incidents.size(); ++i)
        EXPECT_EQ(second.data.incidents[i].discovered, data.incidents[i].discovered);
    EXPECT_EQ(second.data.reviews.size(), data.reviews.size());

    DemoOptions without{30, 200, 5};
    without.cycle = false;
    const Generated plain = generate(dir, "plain.trygg", "dk", without);
    EXPECT_TRUE(plain.data.documents.empty() && plain.data.reviews.empty() && plain.data.incidents.empty() &&
                plain.data.exceptions.empty());
    EXPECT_EQ(riskLines(plain.data), riskLines(data)); // the cycle comes after, with draws of its own
}

TEST(DemoGeneratorTest, ScoresOnTheFourLevelMatrixOfSe)
{
    TempDir dir;
    const Generated generated = generate(dir, "se.trygg", "se", DemoOptions{20, 300, 3});
    ASSERT_EQ(generated.data.currentMatrix().probabilityLevels(), 4);
    int highest = 0;
    for (const Risk &risk : generated.data.risks)
        highest = std::max({highest, risk.probability.value_or(0), risk.consequence.value_or(0)});
    EXPECT_EQ(highest, 4);
}

TEST(DemoGeneratorTest, NumbersNamesBeyondTheWordLists)
{
    TempDir dir;
    const Generated generated = generate(dir, "many.trygg", "dk", DemoOptions{400, 50, 5});
    EXPECT_EQ(generated.data.assets.size(), 400u);
    EXPECT_TRUE(std::any_of(generated.data.assets.begin(), generated.data.assets.end(),
                            [](const Asset &asset) { return asset.name.ends_with(" (2)"); }));
}

TEST(DemoGeneratorTest, HandlesNoAssetsAndNoRisks)
{
    TempDir dir;
    const Generated empty = generate(dir, "empty.trygg", "iso", DemoOptions{0, 0, 1});
    EXPECT_TRUE(empty.data.assets.empty());
    EXPECT_TRUE(empty.data.risks.empty());
    EXPECT_TRUE(empty.data.measures.empty());
    EXPECT_FALSE(empty.data.assessments.empty());

    const Generated unscoped = generate(dir, "unscoped.trygg", "iso", DemoOptions{0, 25, 1});
    EXPECT_EQ(unscoped.data.risks.size(), 25u);
    for (const Risk &risk : unscoped.data.risks)
        EXPECT_FALSE(risk.assetId);
}

TEST(DemoGeneratorTest, AddsToARegisterThatHasContentAlready)
{
    TempDir dir;
    RegisterFile file = RegisterFile::create(dir.file("twice.trygg"), "no", "Demo kommune");
    const DemoSummary first = generateDemo(file, DemoOptions{20, 40, 1});
    const DemoSummary second = generateDemo(file, DemoOptions{20, 40, 1});
    EXPECT_EQ(second.units, 0); // the units are reused
    EXPECT_EQ(second.assets, 20);
    const RegisterData data = file.load();
    EXPECT_EQ(data.assets.size(), static_cast<std::size_t>(first.assets + second.assets));
    EXPECT_EQ(data.risks.size(), static_cast<std::size_t>(first.risks + second.risks));
    EXPECT_EQ(data.people.size(), static_cast<std::size_t>(first.people + second.people));
}

} // namespace
