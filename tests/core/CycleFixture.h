// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The register the yearly cycle's tests share: one unit, one asset, one assessment, risks added as asked;
// the rounds' tests (RoundsFixture.h) start from the same.
#include "OldVersions.h"
#include "TempDir.h"
#include "TestClock.h"
#include "TestRegister.h"

#include "cycle/Approvals.h"
#include "cycle/DueList.h"
#include "cycle/Treatment.h"
#include "deadlines/ReviewSchedule.h"
#include "model/Error.h"
#include "model/Tokens.h"
#include "storage/RegisterFile.h"
#include "storage/Schema.h"
#include "storage/Sqlite.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace trygg;

namespace cycle_test {

// Ibestad kommune with the unit "Skole" and the asset "Visma Flyt Skole": what the yearly cycle's tests and
// the rounds' (RoundsFixture.h) start from, in a file and on a server (issue 16: the same tests against both).
class RegisterTest : public testing::TestWithParam<SqlBackend> {
protected:
    // Whatever the test did through Trygg, the audit trail's chain holds and records every object as it
    // is (issue 12): cascades, imports and combines included.
    void TearDown() override
    {
        if (file)
            for (const Message &problem : file->trailProblems())
                ADD_FAILURE() << problem.english();
    }
    // `assetInUnit`: the asset belongs to the unit.
    void createRegister(bool assetInUnit)
    {
        ASSERT_TRUE(place.create(GetParam(), "no", "Ibestad kommune"));
        file = std::make_unique<RegisterFile>(place.open());
        unit = file->addUnit({0, "Skole", std::nullopt});
        Asset visma;
        visma.name = "Visma Flyt Skole";
        if (assetInUnit)
            visma.unitId = unit;
        asset = file->addAsset(visma);
    }

    Id addLine(Id assessmentId, const std::string &threat, std::optional<Id> assetId, int probability, int consequence,
               std::optional<int> residualP = std::nullopt, std::optional<int> residualC = std::nullopt)
    {
        Risk risk;
        risk.assessmentId = assessmentId;
        risk.assetId = assetId;
        risk.threat = threat;
        risk.probability = probability;
        risk.consequence = consequence;
        risk.residualProbability = residualP;
        risk.residualConsequence = residualC;
        return file->addRisk(risk);
    }

    TempDir dir;
    TestRegister place;
    std::unique_ptr<RegisterFile> file;
    Id unit = 0;
    Id asset = 0;
};

// The register with one assessment of the unit, risks added as asked.
class CycleTest : public RegisterTest {
protected:
    void SetUp() override
    {
        createRegister(false);
        RiskAssessment a;
        a.name = "Skole 2024";
        a.unitId = unit;
        a.date = Date{2024, 5, 1};
        assessment = file->addAssessment(a);
    }

    // The register as loaded, created on 2024-01-01 so that dates in tests do not depend on today.
    RegisterData data() const
    {
        RegisterData loaded = file->load();
        loaded.info.created = Date{2024, 1, 1};
        return loaded;
    }

    Id addRisk(int probability, int consequence, std::optional<int> residualP = std::nullopt,
               std::optional<int> residualC = std::nullopt, std::optional<Id> assetId = std::nullopt)
    {
        return addLine(assessment, "Uautorisert tilgang " + std::to_string(++m_risks), assetId, probability,
                       consequence, residualP, residualC);
    }

    static std::vector<DueItem> itemsOf(const std::vector<DueItem> &items, DueItem::Kind kind, std::string_view type)
    {
        std::vector<DueItem> found;
        std::copy_if(items.begin(), items.end(), std::back_inserter(found),
                     [&](const DueItem &item) { return item.kind == kind && item.objectType == type; });
        return found;
    }

    Id assessment = 0;

private:
    int m_risks = 0;
};

inline DateTime at(int y, int m, int d, int hour = 12, int minute = 0)
{
    return DateTime{Date{y, m, d}, hour, minute};
}

} // namespace cycle_test

using namespace cycle_test;
