// SPDX-License-Identifier: EUPL-1.2
#include "cycle/Rounds.h"

#include "model/Error.h"
#include "model/Message.h"

#include <algorithm>
#include <map>

namespace trygg {

std::optional<Id> lastRound(const RegisterData &data, std::optional<Id> unitId)
{
    const RiskAssessment *last = nullptr;
    for (const RiskAssessment &assessment : data.assessments) {
        if (assessment.unitId != unitId || assessment.frozen)
            continue;
        if (!last || assessment.date > last->date || (assessment.date == last->date && assessment.id > last->id))
            last = &assessment;
    }
    return last ? std::optional<Id>(last->id) : std::nullopt;
}

std::vector<Id> roundChain(const RegisterData &data, Id assessmentId)
{
    std::vector<Id> chain;
    for (const RiskAssessment *round = RegisterData::findById(data.assessments, assessmentId); round;
         round = RegisterData::findById(data.assessments, round->previousId)) {
        if (std::find(chain.begin(), chain.end(), round->id) != chain.end())
            break; // a loop written by another program: stop rather than run forever
        chain.push_back(round->id);
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

namespace edits {

Edit startRound(const RegisterData &data, Id fromId, RiskAssessment next)
{
    const RiskAssessment *from = RegisterData::findById(data.assessments, fromId);
    if (!from)
        throw InputError(trygg::trMsg("risk assessment %1 does not exist", fromId));
    if (from->frozen) {
        std::string after;
        for (const RiskAssessment &assessment : data.assessments)
            if (assessment.previousId == from->id)
                after = assessment.name;
        throw InputError(after.empty()
                             ? trygg::trMsg("a round was already started from '%1'", from->name)
                             : trygg::trMsg("a round was already started from '%1': '%2'", from->name, after));
    }
    if (next.date < from->date)
        throw InputError(trygg::trMsg("the new round's date %1 is before the date of the round it starts from, "
                                      "'%2' (%3)",
                                      next.date.toIso(), from->name, from->date.toIso()));
    next.id = Placeholder;
    next.unitId = from->unitId;
    next.assetIds = from->assetIds;
    next.status = AssessmentStatus::Draft;
    next.matrixId = data.info.currentMatrixId; // the criteria of now, fixed before scoring (003 section 5)
    next.approvedById.reset();
    next.approvedOn.reset();
    next.previousId = from->id;
    next.frozen = false;
    const RiskMatrix *matrix = nullptr;
    for (const RiskMatrix &candidate : data.matrices)
        if (candidate.id == next.matrixId)
            matrix = &candidate;
    const int levelsP = matrix ? matrix->probabilityLevels() : 5;
    const int levelsC = matrix ? matrix->consequenceLevels() : 5;
    auto clamp = [](int value, int levels) { return std::clamp(value, 1, std::max(levels, 1)); };

    Edit edit;
    edit.records.push_back({std::nullopt, Record(next)});
    std::vector<const Risk *> lines;
    for (const Risk &risk : data.risks)
        if (risk.assessmentId == from->id)
            lines.push_back(&risk);
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Risk *a, const Risk *b) { return a->position < b->position; });
    std::map<Id, Id> copyOf; // old line -> the placeholder of its copy
    Id placeholder = Placeholder;
    for (const Risk *line : lines) {
        Risk copy = *line;
        copy.id = --placeholder;
        copy.assessmentId = Placeholder;
        if (copy.probability) // a line not scored stays so (issue 13)
            copy.probability = clamp(*copy.probability, levelsP);
        if (copy.consequence)
            copy.consequence = clamp(*copy.consequence, levelsC);
        if (copy.residualProbability)
            copy.residualProbability = clamp(*copy.residualProbability, levelsP);
        if (copy.residualConsequence)
            copy.residualConsequence = clamp(*copy.residualConsequence, levelsC);
        copy.carriedFromId = line->id;
        copy.notReassessed = true;
        copyOf[line->id] = copy.id;
        edit.records.push_back({std::nullopt, Record(copy)});
    }
    for (const Measure &measure : data.measures) {
        if (measure.assessmentId != from->id || measure.status == MeasureStatus::Done ||
            measure.status == MeasureStatus::Cancelled)
            continue;
        Measure moved = measure;
        moved.assessmentId = Placeholder;
        for (Id &riskId : moved.riskIds)
            if (const auto it = copyOf.find(riskId); it != copyOf.end())
                riskId = it->second;
        edit.records.push_back({Record(measure), Record(moved)});
    }
    // Management's acceptance of a residual risk (002 §25 stk. 5) still in force when the round starts.
    for (const RiskAcceptance &acceptance : data.acceptances) {
        const auto it = copyOf.find(acceptance.riskId);
        if (it == copyOf.end() || acceptance.expires < next.date)
            continue;
        RiskAcceptance carried = acceptance;
        carried.id = 0;
        carried.riskId = it->second;
        edit.records.push_back({std::nullopt, Record(carried)});
    }
    RiskAssessment closed = *from;
    closed.frozen = true;
    edit.records.push_back({Record(*from), Record(closed)});
    return edit;
}

Edit confirmRisks(const RegisterData &data, const std::vector<Id> &riskIds)
{
    Edit edit;
    for (Id id : riskIds) {
        const Risk *risk = RegisterData::findById(data.risks, id);
        if (!risk || !risk->notReassessed)
            continue;
        Risk confirmed = *risk;
        confirmed.notReassessed = false;
        edit.records.push_back({Record(*risk), Record(confirmed)});
    }
    return edit;
}

} // namespace edits
} // namespace trygg
