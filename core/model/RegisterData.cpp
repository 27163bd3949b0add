// SPDX-License-Identifier: EUPL-1.2
#include "model/RegisterData.h"

#include "model/Error.h"
#include "model/Text.h"

namespace trygg {

// trygg::trMsg: lupdate files an unqualified one under the class, where the translator never looks.
const RiskMatrix &RegisterData::currentMatrix() const
{
    if (const RiskMatrix *matrix = findById(matrices, info.currentMatrixId))
        return *matrix;
    throw FileError(trygg::trMsg("the register has no current risk matrix"));
}

bool RegisterData::inClosedRound(const Risk &risk) const
{
    const RiskAssessment *assessment = findById(assessments, risk.assessmentId);
    return assessment && assessment->frozen;
}

const RiskMatrix &RegisterData::matrixOf(const Risk &risk) const
{
    if (const RiskAssessment *assessment = findById(assessments, risk.assessmentId))
        if (const RiskMatrix *matrix = findById(matrices, assessment->matrixId))
            return *matrix;
    return currentMatrix();
}

std::optional<Id> RegisterData::unitOf(const Risk &risk) const
{
    if (const RiskAssessment *assessment = findById(assessments, risk.assessmentId); assessment && assessment->unitId)
        return assessment->unitId;
    if (const Asset *asset = findById(assets, risk.assetId))
        return asset->unitId;
    return std::nullopt;
}

std::optional<Id> RegisterData::unitOf(const Measure &measure) const
{
    if (const RiskAssessment *assessment = findById(assessments, measure.assessmentId))
        return assessment->unitId;
    return std::nullopt;
}

const OrgUnit *RegisterData::unitByName(std::string_view name) const
{
    const std::string wanted = foldCase(trim(name));
    for (const OrgUnit &unit : units)
        if (foldCase(unit.name) == wanted)
            return &unit;
    return nullptr;
}

std::string RegisterData::unitName(const std::optional<Id> &id) const
{
    const OrgUnit *unit = findById(units, id);
    return unit ? unit->name : std::string();
}

std::string RegisterData::personName(const std::optional<Id> &id) const
{
    const Person *person = findById(people, id);
    return person ? person->name : std::string();
}

} // namespace trygg
