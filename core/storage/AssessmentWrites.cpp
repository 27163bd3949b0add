// SPDX-License-Identifier: EUPL-1.2
// The rules of risk assessments, their lines and the measures of the action plan beyond their fields'
// checks (RecordWrites.cpp writes them), and look-ups.
#include "storage/RegisterFile.h"

#include "model/Error.h"
#include "model/Text.h"
#include "model/Tokens.h"
#include "risk/RiskRules.h"
#include "storage/Sqlite.h"
#include "storage/Validation.h"


namespace trygg {

const RiskMatrix &RegisterFile::storedMatrix(Id id) const
{
    auto it = m_matrices.find(id);
    if (it == m_matrices.end())
        it = m_matrices.emplace(id, matrix(id)).first;
    return it->second;
}

Id RegisterFile::matrixOfAssessment(Id assessmentId) const
{
    auto matrixId = cached("SELECT matrix_id FROM assessment WHERE id = ?1").bind(1, assessmentId).scalar();
    if (!matrixId)
        throw InputError(trygg::trMsg("risk assessment %1 does not exist", assessmentId));
    return *matrixId;
}

void RegisterFile::complete(RiskAssessment &assessment) const
{
    if (assessment.matrixId == 0)
        assessment.matrixId = info().currentMatrixId;
}

void RegisterFile::checkRules(const RiskAssessment &assessment) const
{
    if (auto other = findAssessment(assessment.unitId, assessment.name); other && *other != assessment.id)
        throw InputError(trygg::trMsg("an assessment named '%1' already exists in this unit", assessment.name));
}

void RegisterFile::complete(Risk &risk) const
{
    if (risk.position == 0)
        risk.position =
            static_cast<int>(cached("SELECT coalesce(max(position), 0) + 1 FROM risk WHERE assessment_id = ?1")
                                 .bind(1, risk.assessmentId)
                                 .scalar()
                                 .value_or(1));
}

// The scores are on the scales of the matrix the line's assessment was created with (003 section 5).
void RegisterFile::checkRules(const Risk &risk) const
{
    const RiskMatrix &matrix = storedMatrix(matrixOfAssessment(risk.assessmentId));
    if (auto problems = riskProblems(matrix, risk); !problems.empty())
        throw InputError(problems.front());
}

void RegisterFile::checkRules(const Measure &measure) const
{
    // A measure not done has not been completed (issue 15): edits::withCompletion dates a measure when it is
    // done and clears the date when it is no longer; what is stored is held to it.
    if (measure.completed && measure.status != MeasureStatus::Done)
        throw InputError(trygg::trMsg("the measure '%1' has a completion date but is not done", measure.what));
}

void RegisterFile::linkRisk(Id measureId, Id riskId)
{
    requireWritable();
    Transaction transaction(*m_db);
    if (!cached("SELECT 1 FROM measure WHERE id = ?1").bind(1, measureId).scalar())
        throw InputError(trygg::trMsg("measure %1 does not exist", measureId));
    if (!cached("SELECT 1 FROM risk WHERE id = ?1").bind(1, riskId).scalar())
        throw InputError(trygg::trMsg("risk %1 does not exist", riskId));
    const Snapshot before = snapshot("measure", measureId);
    cached("INSERT INTO measure_risk (measure_id, risk_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
        .bind(1, measureId)
        .bind(2, riskId)
        .run();
    recordEdits("measure", measureId, before, stored<Measure>(measureId)->what);
    transaction.commit();
}

std::optional<Id> RegisterFile::findRisk(Id assessmentId, std::optional<Id> assetId, std::string_view threat) const
{
    return cached("SELECT id FROM risk WHERE assessment_id = ?1 AND asset_id IS NOT DISTINCT FROM ?2 AND threat = ?3 ORDER BY position "
                  "LIMIT 1")
        .bind(1, assessmentId)
        .bind(2, assetId)
        .bind(3, trim(threat))
        .scalar();
}

std::vector<Id> RegisterFile::findRisks(Id assessmentId, std::optional<Id> assetId, std::string_view threat) const
{
    Statement &query = cached("SELECT id FROM risk WHERE assessment_id = ?1 AND asset_id IS NOT DISTINCT FROM ?2 AND threat = ?3 "
                              "ORDER BY position, id");
    query.bind(1, assessmentId).bind(2, assetId).bind(3, trim(threat));
    std::vector<Id> ids;
    while (query.step())
        ids.push_back(query.int64(0));
    query.reset();
    return ids;
}

std::vector<Id> RegisterFile::findMeasures(Id assessmentId, std::string_view what) const
{
    Statement &query = cached("SELECT id FROM measure WHERE assessment_id = ?1 AND what = ?2 ORDER BY id");
    query.bind(1, assessmentId).bind(2, trim(what));
    std::vector<Id> ids;
    while (query.step())
        ids.push_back(query.int64(0));
    query.reset();
    return ids;
}

} // namespace trygg
