// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The sections and the combined register the combine tests share (002 §27).

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

namespace combine_test {

// A section register: its own unit with an assessment, two risks and a measure, its own asset, and the
// municipality's shared "Visma" asset in unit IKT.
inline void makeSection(const std::string &path, const std::string &unitName, int probability)
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

inline std::string picture(RegisterFile &file)
{
    const RegisterData data = file.load();
    return exportAssetsCsv(data) + exportRisksCsv(data) + exportPlanCsv(data, Date{2026, 1, 1}) +
           std::to_string(data.units.size()) + " units " + std::to_string(data.people.size()) + " people " +
           std::to_string(data.incidents.size()) + " incidents " + std::to_string(data.matrices.size()) + " matrices";
}

class CombineTest : public ::testing::Test {
protected:
    // Whatever the test did through Trygg, the audit trail's chain holds and records every object as it
    // is (issue 12): cascades, imports and combines included.
    void TearDown() override
    {
        if (combined)
            for (const Message &problem : combined->trailProblems())
                ADD_FAILURE() << problem.english();
    }

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

// Every object of a kind as its content, names for ids, sorted: two registers hold the same objects,
// duplicates included, when these are equal.
template <typename T> inline std::vector<std::string> contents(const RegisterData &data, const std::vector<T> &items)
{
    std::vector<std::string> all;
    for (const T &item : items)
        all.push_back(combine::contentOf(data, item));
    std::sort(all.begin(), all.end());
    return all;
}

inline std::vector<std::string> unitNames(const RegisterData &data)
{
    std::vector<std::string> names;
    for (const OrgUnit &unit : data.units)
        names.push_back(unit.name);
    std::sort(names.begin(), names.end());
    return names;
}

// How many lines have the same assessment, asset and text as an earlier one.
inline int duplicateLines(const RegisterData &data)
{
    std::set<std::tuple<Id, std::optional<Id>, std::string>> seen;
    int duplicates = 0;
    for (const Risk &risk : data.risks)
        if (!seen.emplace(risk.assessmentId, risk.assetId, risk.threat).second)
            ++duplicates;
    return duplicates;
}

inline void expectSameObjects(const RegisterData &expected, const RegisterData &actual)
{
    EXPECT_EQ(unitNames(actual), unitNames(expected));
    EXPECT_EQ(contents(actual, actual.assets), contents(expected, expected.assets));
    EXPECT_EQ(contents(actual, actual.assessments), contents(expected, expected.assessments));
    EXPECT_EQ(contents(actual, actual.risks), contents(expected, expected.risks));
    EXPECT_EQ(contents(actual, actual.measures), contents(expected, expected.measures));
}

inline const CombineConflict *conflictOf(const CombineSummary &summary, const std::string &type)
{
    for (const CombineConflict &conflict : summary.conflicts)
        if (conflict.objectType == type)
            return &conflict;
    return nullptr;
}

} // namespace combine_test

using namespace combine_test;
