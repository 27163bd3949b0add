// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Three rounds of one unit with known differences (issue 15): "Skole 2023", "Skole 2025" started from it
// and changed, "Skole 2027" started from that on a new matrix version (the 4x4 of the `se` preset).
#include "CycleFixture.h"

#include "cycle/RoundComparison.h"
#include "cycle/Rounds.h"
#include "edit/Edit.h"
#include "matrix/Presets.h"

namespace rounds_test {

using namespace trygg;

class RoundsTest : public cycle_test::RegisterTest {
protected:
    void SetUp() override
    {
        createRegister(true);
        assetA = asset;
        Asset feide;
        feide.name = "Feide";
        feide.unitId = unit;
        assetB = file->addAsset(feide);
        RiskAssessment a;
        a.name = "Skole 2023";
        a.unitId = unit;
        a.date = Date{2023, 3, 1};
        round2023 = file->addAssessment(a);
        // On the `no` 5x5: Akseptabel 1-4, Vurderes 5-9, Ikke akseptabel 10-25.
        phishing = line(round2023, "Phishing", assetA, 4, 4);        // 16, Ikke akseptabel
        laptop = line(round2023, "Lost laptop", assetB, 3, 3);       // 9, Vurderes
        power = line(round2023, "Power outage", std::nullopt, 2, 2); // 4, Akseptabel
        oldSystem = line(round2023, "Old system", assetA, 2, 3);     // 6, Vurderes
        mfa = measure(round2023, "MFA", MeasureStatus::Done, {phishing}, Date{2023, 6, 30});
        encrypt = measure(round2023, "Encrypt disks", MeasureStatus::Planned, {laptop}, Date{2025, 6, 30});
        ups = measure(round2023, "UPS", MeasureStatus::Cancelled, {power}, Date{2023, 9, 1});
        awareness = measure(round2023, "Awareness", MeasureStatus::InProgress, {phishing}, Date{2024, 6, 30});
        RiskAcceptance acceptance;
        acceptance.riskId = laptop;
        acceptance.acceptedBy = "Rådmann";
        acceptance.role = "rådmann";
        acceptance.date = Date{2023, 6, 1};
        acceptance.justification = "Lav verdi";
        acceptance.expires = Date{2026, 12, 31};
        file->addAcceptance(acceptance);
    }

    Id line(Id assessment, const std::string &threat, std::optional<Id> lineAsset, int p, int c)
    {
        return addLine(assessment, threat, lineAsset, p, c);
    }
    Id measure(Id assessment, const std::string &what, MeasureStatus status, std::vector<Id> risks, Date deadline)
    {
        Measure m;
        m.assessmentId = assessment;
        m.what = what;
        m.status = status;
        m.riskIds = std::move(risks);
        m.deadline = deadline;
        return file->addMeasure(m);
    }

    Edit start(Id from, const std::string &name, Date date)
    {
        RiskAssessment next;
        next.name = name;
        next.date = date;
        return applyEdit(*file, edits::startRound(file->load(), from, next));
    }
    static Id addedAssessment(const Edit &written)
    {
        for (const RecordEdit &step : written.records)
            if (!step.before && std::holds_alternative<RiskAssessment>(*step.after))
                return std::get<RiskAssessment>(*step.after).id;
        return 0;
    }
    // The line of `round` carried over from `from`.
    Id copyOf(Id round, Id from) const
    {
        for (const Risk &risk : file->load().risks)
            if (risk.assessmentId == round && risk.carriedFromId == from)
                return risk.id;
        return 0;
    }
    void setScores(Id risk, int p, int c)
    {
        const RegisterData data = file->load();
        Risk changed = *RegisterData::findById(data.risks, risk);
        changed.probability = p;
        changed.consequence = c;
        applyEdit(*file, edits::change(data, changed));
    }

    // The second round, changed as the tests expect: Phishing lowered to 3x3 (Vurderes), Lost laptop
    // confirmed, Power outage raised to 3x3 (Vurderes), Old system removed, Ransomware new (4x5), the
    // disks encrypted (on 2025-05-20).
    void makeRound2025()
    {
        round2025 = addedAssessment(start(round2023, "Skole 2025", Date{2025, 2, 1}));
        setScores(copyOf(round2025, phishing), 3, 3);
        applyEdit(*file, edits::confirmRisks(file->load(), {copyOf(round2025, laptop)}));
        setScores(copyOf(round2025, power), 3, 3);
        applyEdit(*file, edits::removeRisks(file->load(), {copyOf(round2025, oldSystem)}));
        ransomware = line(round2025, "Ransomware", assetA, 4, 5);
        RegisterData data = file->load();
        Measure done = *RegisterData::findById(data.measures, encrypt);
        done.status = MeasureStatus::Done;
        done.completed = Date{2025, 5, 20};
        applyEdit(*file, edits::change(data, done));
    }
    // The third, on the `se` 4x4 (Låg 1-2, Medel 3-6, Hög 8-12, Extremt hög 16): Phishing 2x4 (8, Hög),
    // Lost laptop 2x3 (6, Medel), Power outage 3x3 (9, Hög), Ransomware 3x4 (12, Hög).
    void makeRound2027()
    {
        applyNewMatrixVersion(*file, file->load(), presetMatrix("se"));
        round2027 = addedAssessment(start(round2025, "Skole 2027", Date{2027, 2, 1}));
        setScores(copyOf(round2027, copyOf(round2025, phishing)), 2, 4);
        setScores(copyOf(round2027, copyOf(round2025, laptop)), 2, 3);
        setScores(copyOf(round2027, copyOf(round2025, power)), 3, 3);
        setScores(copyOf(round2027, ransomware), 3, 4);
    }

    Id assetA = 0, assetB = 0;
    Id round2023 = 0, round2025 = 0, round2027 = 0;
    Id phishing = 0, laptop = 0, power = 0, oldSystem = 0, ransomware = 0;
    Id mfa = 0, encrypt = 0, ups = 0, awareness = 0;
};

} // namespace rounds_test
