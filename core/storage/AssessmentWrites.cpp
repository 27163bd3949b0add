// Changes to risk assessments, their risk lines and the measures of the action plan.
#include "storage/RegisterFile.h"

#include "model/Error.h"
#include "model/Text.h"
#include "model/Tokens.h"
#include "risk/RiskRules.h"
#include "storage/Sqlite.h"
#include "storage/Validation.h"

#include <cmath>

namespace trygg {

using namespace validation;

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

void RegisterFile::writeAssessmentScope(Id assessmentId, const std::vector<Id> &assetIds)
{
    cached("DELETE FROM assessment_asset WHERE assessment_id = ?1").bind(1, assessmentId).run();
    Statement &insert = cached("INSERT OR IGNORE INTO assessment_asset (assessment_id, asset_id) VALUES (?1, ?2)");
    Statement &asset = cached("SELECT 1 FROM asset WHERE id = ?1");
    for (Id assetId : assetIds) {
        if (!asset.bind(1, assetId).scalar())
            throw InputError(trygg::trMsg("asset %1 in the assessment's scope does not exist", assetId));
        insert.bind(1, assessmentId).bind(2, assetId).run();
    }
}

namespace {
void bindAssessment(Statement &s, const RiskAssessment &a)
{
    s.bind(2, trim(a.name))
        .bind(3, a.unitId)
        .bind(4, a.assessorId)
        .bind(5, a.date.toIso())
        .bind(6, toToken(a.status))
        .bind(7, a.approvedById)
        .bind(8, a.approvedOn ? std::optional<std::string>(a.approvedOn->toIso()) : std::nullopt);
}
} // namespace

Id RegisterFile::addAssessment(const RiskAssessment &assessment)
{
    requireWritable();
    requireName(trygg::trMsg("the assessment's name"), assessment.name);
    if (!Date::isValid(assessment.date.year, assessment.date.month, assessment.date.day))
        throw InputError(trygg::trMsg("the assessment's date is not a valid date"));
    if (findAssessment(assessment.unitId, assessment.name))
        throw InputError(trygg::trMsg("an assessment named '%1' already exists in this unit", assessment.name));
    const Id matrixId = assessment.matrixId != 0 ? assessment.matrixId : info().currentMatrixId;
    storedMatrix(matrixId); // must exist
    Transaction transaction(*m_db);
    Statement &insert = cached("INSERT INTO assessment (id, name, unit_id, assessor_id, date, status, approved_by_id, "
                               "approved_on, matrix_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bind(1, idOrNull(assessment.id));
    bindAssessment(insert, assessment);
    insert.bind(9, matrixId).run();
    const Id id = m_db->lastInsertId();
    writeAssessmentScope(id, assessment.assetIds);
    writeAudit("create", "assessment", id, trim(assessment.name));
    transaction.commit();
    return id;
}

void RegisterFile::updateAssessment(const RiskAssessment &assessment)
{
    requireWritable();
    requireName(trygg::trMsg("the assessment's name"), assessment.name);
    if (!Date::isValid(assessment.date.year, assessment.date.month, assessment.date.day))
        throw InputError(trygg::trMsg("the assessment's date is not a valid date"));
    if (auto other = findAssessment(assessment.unitId, assessment.name); other && *other != assessment.id)
        throw InputError(trygg::trMsg("an assessment named '%1' already exists in this unit", assessment.name));
    // The matrix is not updated: the criteria an assessment was scored against stay with it.
    Transaction transaction(*m_db);
    const Snapshot before = snapshot("assessment", assessment.id);
    Statement &update = cached("UPDATE assessment SET name = ?2, unit_id = ?3, assessor_id = ?4, date = ?5, "
                               "status = ?6, approved_by_id = ?7, approved_on = ?8 WHERE id = ?1");
    update.bind(1, assessment.id);
    bindAssessment(update, assessment);
    update.run();
    writeAssessmentScope(assessment.id, assessment.assetIds);
    recordEdits("assessment", assessment.id, before);
    transaction.commit();
}

void RegisterFile::removeAssessment(Id id)
{
    removeRow("DELETE FROM assessment WHERE id = ?1", id, trygg::trMsg("risk assessment %1 does not exist", id),
              "assessment");
}

void RegisterFile::validateRisk(const Risk &risk) const
{
    const RiskMatrix &matrix = storedMatrix(matrixOfAssessment(risk.assessmentId));
    if (auto problems = riskProblems(matrix, risk); !problems.empty())
        throw InputError(problems.front());
    requireText(trygg::trMsg("what can happen"), risk.threat, MaxTextLength, true);
    requireText(trygg::trMsg("existing measures"), risk.existingMeasures, MaxTextLength, false);
    if (risk.assetId && !cached("SELECT 1 FROM asset WHERE id = ?1").bind(1, *risk.assetId).scalar())
        throw InputError(trygg::trMsg("the risk's asset does not exist"));
}

namespace {
void bindRisk(Statement &s, const Risk &r)
{
    s.bind(2, r.assessmentId)
        .bind(3, r.assetId)
        .bind(4, r.position)
        .bind(5, trim(r.threat))
        .bind(6, static_cast<std::int64_t>(r.aspects))
        .bind(7, r.probability)
        .bind(8, r.consequence)
        .bind(9, r.manyAffected)
        .bind(10, toToken(r.knowledge))
        .bind(11, r.existingMeasures)
        .bind(12, r.residualProbability)
        .bind(13, r.residualConsequence);
}
} // namespace

Id RegisterFile::addRisk(const Risk &risk)
{
    requireWritable();
    validateRisk(risk);
    Risk stored = risk;
    if (stored.position == 0)
        stored.position =
            static_cast<int>(cached("SELECT coalesce(max(position), 0) + 1 FROM risk WHERE assessment_id = ?1")
                                 .bind(1, risk.assessmentId)
                                 .scalar()
                                 .value_or(1));
    Statement &insert = cached("INSERT INTO risk (id, assessment_id, asset_id, position, threat, aspects, "
                               "probability, consequence, many_affected, knowledge, existing_measures, "
                               "residual_probability, residual_consequence) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    Transaction transaction(*m_db);
    insert.bind(1, idOrNull(risk.id));
    bindRisk(insert, stored);
    insert.run();
    const Id id = m_db->lastInsertId();
    writeAudit("create", "risk", id, trim(risk.threat));
    transaction.commit();
    return id;
}

void RegisterFile::updateRisk(const Risk &risk)
{
    requireWritable();
    validateRisk(risk);
    Statement &update = cached("UPDATE risk SET assessment_id = ?2, asset_id = ?3, position = ?4, threat = ?5, "
                               "aspects = ?6, probability = ?7, consequence = ?8, many_affected = ?9, knowledge = ?10, "
                               "existing_measures = ?11, residual_probability = ?12, residual_consequence = ?13 "
                               "WHERE id = ?1");
    Transaction transaction(*m_db);
    const Snapshot before = snapshot("risk", risk.id);
    update.bind(1, risk.id);
    bindRisk(update, risk);
    update.run();
    recordEdits("risk", risk.id, before);
    transaction.commit();
}

void RegisterFile::removeRisk(Id id)
{
    removeRow("DELETE FROM risk WHERE id = ?1", id, trygg::trMsg("risk %1 does not exist", id), "risk");
}

void RegisterFile::validateMeasure(const Measure &measure) const
{
    requireText(trygg::trMsg("the measure"), measure.what, MaxTextLength, true);
    requireText(trygg::trMsg("follow-up"), measure.followUp, MaxTextLength, false);
    matrixOfAssessment(measure.assessmentId); // the assessment must exist
    if (!std::isfinite(measure.hours) || measure.hours < 0)
        throw InputError(trygg::trMsg("the measure's hours must be zero or more"));
    if (!std::isfinite(measure.cost) || measure.cost < 0)
        throw InputError(trygg::trMsg("the measure's cost must be zero or more"));
    if (measure.deadline && !Date::isValid(measure.deadline->year, measure.deadline->month, measure.deadline->day))
        throw InputError(trygg::trMsg("the measure's deadline is not a valid date"));
    if (measure.responsibleId && !cached("SELECT 1 FROM person WHERE id = ?1").bind(1, *measure.responsibleId).scalar())
        throw InputError(trygg::trMsg("the person responsible for the measure does not exist"));
}

void RegisterFile::writeMeasureLinks(Id measureId, const std::vector<Id> &riskIds)
{
    cached("DELETE FROM measure_risk WHERE measure_id = ?1").bind(1, measureId).run();
    Statement &insert = cached("INSERT OR IGNORE INTO measure_risk (measure_id, risk_id) VALUES (?1, ?2)");
    Statement &risk = cached("SELECT 1 FROM risk WHERE id = ?1");
    for (Id riskId : riskIds) {
        if (!risk.bind(1, riskId).scalar())
            throw InputError(trygg::trMsg("risk %1 treated by the measure does not exist", riskId));
        insert.bind(1, measureId).bind(2, riskId).run();
    }
}

namespace {
void bindMeasure(Statement &s, const Measure &m)
{
    s.bind(2, m.assessmentId)
        .bind(3, trim(m.what))
        .bind(4, m.responsibleId)
        .bind(5, m.deadline ? std::optional<std::string>(m.deadline->toIso()) : std::nullopt)
        .bind(6, toToken(m.status))
        .bind(7, m.hours)
        .bind(8, m.cost)
        .bind(9, m.followUp);
}
} // namespace

Id RegisterFile::addMeasure(const Measure &measure)
{
    requireWritable();
    validateMeasure(measure);
    Transaction transaction(*m_db);
    Statement &insert = cached("INSERT INTO measure (id, assessment_id, what, responsible_id, deadline, status, "
                               "hours, cost, follow_up) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bind(1, idOrNull(measure.id));
    bindMeasure(insert, measure);
    insert.run();
    const Id id = m_db->lastInsertId();
    writeMeasureLinks(id, measure.riskIds);
    writeAudit("create", "measure", id, trim(measure.what));
    transaction.commit();
    return id;
}

void RegisterFile::updateMeasure(const Measure &measure)
{
    requireWritable();
    validateMeasure(measure);
    Transaction transaction(*m_db);
    const Snapshot before = snapshot("measure", measure.id);
    Statement &update = cached("UPDATE measure SET assessment_id = ?2, what = ?3, responsible_id = ?4, deadline = ?5, "
                               "status = ?6, hours = ?7, cost = ?8, follow_up = ?9 WHERE id = ?1");
    update.bind(1, measure.id);
    bindMeasure(update, measure);
    update.run();
    writeMeasureLinks(measure.id, measure.riskIds);
    recordEdits("measure", measure.id, before);
    transaction.commit();
}

void RegisterFile::removeMeasure(Id id)
{
    removeRow("DELETE FROM measure WHERE id = ?1", id, trygg::trMsg("measure %1 does not exist", id), "measure");
}

void RegisterFile::linkRisk(Id measureId, Id riskId)
{
    requireWritable();
    if (!cached("SELECT 1 FROM measure WHERE id = ?1").bind(1, measureId).scalar())
        throw InputError(trygg::trMsg("measure %1 does not exist", measureId));
    if (!cached("SELECT 1 FROM risk WHERE id = ?1").bind(1, riskId).scalar())
        throw InputError(trygg::trMsg("risk %1 does not exist", riskId));
    Transaction transaction(*m_db);
    const Snapshot before = snapshot("measure", measureId);
    cached("INSERT OR IGNORE INTO measure_risk (measure_id, risk_id) VALUES (?1, ?2)")
        .bind(1, measureId)
        .bind(2, riskId)
        .run();
    recordEdits("measure", measureId, before);
    transaction.commit();
}

std::optional<Id> RegisterFile::findRisk(Id assessmentId, std::optional<Id> assetId, std::string_view threat) const
{
    return cached("SELECT id FROM risk WHERE assessment_id = ?1 AND asset_id IS ?2 AND threat = ?3 ORDER BY position "
                  "LIMIT 1")
        .bind(1, assessmentId)
        .bind(2, assetId)
        .bind(3, trim(threat))
        .scalar();
}

std::vector<Id> RegisterFile::findRisks(Id assessmentId, std::optional<Id> assetId, std::string_view threat) const
{
    Statement &query = cached("SELECT id FROM risk WHERE assessment_id = ?1 AND asset_id IS ?2 AND threat = ?3 "
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
