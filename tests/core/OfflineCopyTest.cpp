// SPDX-License-Identifier: EUPL-1.2
// Issue 16: "copy SOURCE TARGET copies a register from a file to a server and back (an offline copy for a
// laptop), keeping origins so combine can bring offline edits back". The offline copy is the same register
// with the same trail up to the copy; combining it into the server's register brings back what was done
// offline, and what was done on both sides since is a conflict, never overwritten unasked. Runs on the
// throwaway cluster of scripts/test.sh (TRYGG_TEST_POSTGRES).
#include "TestRegister.h"

#include "combine/Combine.h"
#include "demo/DemoGenerator.h"
#include "edit/Edit.h"
#include "storage/ServerRegister.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace trygg;

namespace {

class OfflineCopyTest : public testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(place.create(SqlBackend::Postgres, "no", "Ibestad kommune",
                                 [](RegisterFile &made) { generateDemo(made, {6, 30, 3, true}); }));
        laptop = place.file("laptop.trygg");
        server::copy(place.location(), laptop);
    }
    static const Risk &riskNamed(const RegisterData &data, const std::string &threat)
    {
        const auto found = std::find_if(data.risks.begin(), data.risks.end(),
                                        [&](const Risk &risk) { return risk.threat == threat; });
        EXPECT_NE(found, data.risks.end()) << threat;
        return *found;
    }

    TestRegister place;
    std::string laptop;
};

TEST_F(OfflineCopyTest, WhatWasDoneOfflineComesBackAndWhatBothChangedIsAConflict)
{
    RegisterFile onServer = place.open();
    const RegisterData before = onServer.load();
    ASSERT_GE(before.risks.size(), 10u);
    ASSERT_GE(before.measures.size(), 2u);
    const Risk offlineOnly = before.risks[0], both = before.risks[1];
    const Measure removedOffline = before.measures[0];
    {
        RegisterFile offline = RegisterFile::open(laptop);
        offline.setActingPerson("Kari Nordmann");
        RegisterData data = offline.load();
        Risk rescored = offlineOnly;
        rescored.consequence = offlineOnly.consequence == 1 ? 2 : 1;
        mirrorEdit(data, applyEdit(offline, edits::change(data, rescored)));
        Risk rewritten = both;
        rewritten.threat = "Skrevet om på laptopen";
        mirrorEdit(data, applyEdit(offline, edits::change(data, rewritten)));
        mirrorEdit(data, applyEdit(offline, edits::removeMeasure(data, removedOffline.id)));
        // New records referring to each other: an asset, a line about it, a measure by a new person, a review.
        Asset tablet;
        tablet.name = "Nettbrett i hjemmetjenesten";
        tablet.unitId = data.assessments.front().unitId;
        const Id asset = offline.addAsset(tablet);
        Risk line;
        line.assessmentId = data.assessments.front().id;
        line.assetId = asset;
        line.threat = "Nettbrett mistet på hjemmebesøk";
        line.probability = 3;
        line.consequence = 4;
        const Id risk = offline.addRisk(line);
        Measure measure;
        measure.assessmentId = line.assessmentId;
        measure.what = "Fjernsletting av nettbrett";
        measure.riskIds = {risk};
        data = offline.load();
        applyEdit(offline, edits::withNewResponsible(data, Person{0, "Ny Ansvarlig", "", false, false}, measure));
        Review review;
        review.kind = ReviewKind::Asset;
        review.objectId = asset;
        review.date = Date::parse("2026-12-01").value();
        review.reviewer = "Kari Nordmann";
        offline.addReview(review);
    }
    // Meanwhile on the server: the same line changed, and a line added (its id is the one the laptop gave its
    // new line: the copy's new records get the register's next ids).
    Risk meanwhile = both;
    meanwhile.probability = both.probability == 1 ? 2 : 1;
    onServer.updateRisk(meanwhile);
    Risk serverLine;
    serverLine.assessmentId = before.assessments.back().id;
    serverLine.threat = "Lagt til på serveren";
    onServer.addRisk(serverLine);

    const CombineSummary summary = combineRegisters(onServer, {laptop});
    EXPECT_EQ(summary.created, 5) << "the asset, the line, the person, the measure and the review";
    EXPECT_EQ(summary.removed, 1);
    ASSERT_EQ(summary.conflicts.size(), 1u);
    EXPECT_EQ(summary.conflicts.front().objectType, "risk");
    EXPECT_EQ(summary.conflicts.front().sectionId, both.id);

    const RegisterData after = onServer.load();
    EXPECT_EQ(RegisterData::findById(after.risks, offlineOnly.id)->consequence, offlineOnly.consequence == 1 ? 2 : 1);
    EXPECT_EQ(*RegisterData::findById(after.risks, both.id), meanwhile) << "a conflict is not overwritten unasked";
    EXPECT_FALSE(RegisterData::findById(after.measures, removedOffline.id));
    riskNamed(after, "Lagt til på serveren");
    const Risk &brought = riskNamed(after, "Nettbrett mistet på hjemmebesøk");
    const Asset *tablet = RegisterData::findById(after.assets, brought.assetId.value_or(0));
    ASSERT_TRUE(tablet);
    EXPECT_EQ(tablet->name, "Nettbrett i hjemmetjenesten");
    const auto measure = std::find_if(after.measures.begin(), after.measures.end(),
                                      [](const Measure &m) { return m.what == "Fjernsletting av nettbrett"; });
    ASSERT_NE(measure, after.measures.end());
    EXPECT_EQ(measure->riskIds, std::vector<Id>{brought.id});
    ASSERT_TRUE(measure->responsibleId);
    EXPECT_EQ(RegisterData::findById(after.people, *measure->responsibleId)->name, "Ny Ansvarlig");
    EXPECT_TRUE(std::any_of(after.reviews.begin(), after.reviews.end(), [&](const Review &review) {
        return review.kind == ReviewKind::Asset && review.objectId == tablet->id;
    }));
    for (const Message &problem : onServer.trailProblems())
        ADD_FAILURE() << problem.english();

    // Brought back again: nothing twice; the conflict stays until decided, and taking the copy's side settles it.
    const CombineSummary again = combineRegisters(onServer, {laptop});
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.removed, 0);
    EXPECT_EQ(onServer.load().risks.size(), after.risks.size());
    ASSERT_EQ(again.conflicts.size(), 1u);
    resolveConflict(onServer, again.conflicts.front(), CombineResolution::Section);
    EXPECT_EQ(onServer.stored<Risk>(both.id)->threat, "Skrevet om på laptopen");
    for (const Message &problem : onServer.trailProblems())
        ADD_FAILURE() << problem.english();
}

} // namespace
