// SPDX-License-Identifier: EUPL-1.2
#include "cycle/Approvals.h"

#include "model/ContentText.h"
#include "model/RegisterData.h"
#include "plan/Prioritisation.h"

#include <map>

namespace trygg {
namespace {

void addRisk(ContentText &digest, const Risk &r)
{
    digest << r.id << r.assetId << r.threat << r.aspects << r.probability << r.consequence << r.manyAffected
           << static_cast<int>(r.knowledge) << r.existingMeasures << r.residualProbability << r.residualConsequence;
    digest.endRecord();
}

void addMeasure(ContentText &digest, const Measure &m)
{
    digest << m.id << m.what << m.responsibleId << m.deadline << m.hours << m.cost << m.riskIds;
    digest.endRecord();
}

std::string fingerprint(const RegisterData &data, Approval::Subject subject, std::optional<Id> objectId,
                        ContentText::DecimalMark mark)
{
    ContentText digest(mark);
    if (subject == Approval::Subject::Assessment) {
        const RiskAssessment *assessment = RegisterData::findById(data.assessments, objectId);
        if (!assessment)
            return {};
        digest << assessment->name << assessment->unitId << assessment->date << assessment->assessorId
               << assessment->assetIds;
        digest.endRecord();
        for (const Risk &risk : data.risks)
            if (risk.assessmentId == assessment->id)
                addRisk(digest, risk);
        for (const Measure &measure : data.measures)
            if (measure.assessmentId == assessment->id)
                addMeasure(digest, measure);
        return digest.digest();
    }
    const RiskScope scope{objectId, std::nullopt};
    for (const Measure &measure : data.measures) {
        if (!scope.includes(data, measure))
            continue;
        addMeasure(digest, measure);
        for (Id riskId : measure.riskIds)
            if (const Risk *risk = RegisterData::findById(data.risks, riskId))
                addRisk(digest, *risk);
    }
    return digest.digest();
}

} // namespace

std::string approvalFingerprint(const RegisterData &data, Approval::Subject subject, std::optional<Id> objectId)
{
    return fingerprint(data, subject, objectId, ContentText::DecimalMark::Point);
}

bool approvalStillValid(const RegisterData &data, const Approval &approval)
{
    if (approval.fingerprint == approvalFingerprint(data, approval.subject, approval.objectId))
        return true;
    // Recorded by a version before 0.11 in a program running with a decimal comma (the window under
    // da_DK, nb_NO or sv_SE): the same content, only the hours and costs written "12,500000".
    return approval.fingerprint ==
           fingerprint(data, approval.subject, approval.objectId, ContentText::DecimalMark::Comma);
}

std::vector<ApprovalStatus> approvalStatuses(const RegisterData &data)
{
    std::map<std::pair<Approval::Subject, std::optional<Id>>, const Approval *> latest;
    for (const Approval &approval : data.approvals) {
        const Approval *&slot = latest[{approval.subject, approval.objectId}];
        // The one recorded last (issue 19): a mistaken date, in the future say, never keeps an approval
        // the latest after a later one.
        if (!slot || slot->id < approval.id)
            slot = &approval;
    }
    std::vector<ApprovalStatus> statuses;
    for (const auto &[key, approval] : latest) {
        ApprovalStatus status;
        status.approval = approval;
        status.objectGone = key.first == Approval::Subject::Assessment
                                ? !RegisterData::findById(data.assessments, key.second)
                                : key.second && !RegisterData::findById(data.units, key.second);
        const bool changed = status.objectGone || !approvalStillValid(data, *approval);
        status.state = changed ? ApprovalState::Outdated : ApprovalState::Current;
        statuses.push_back(status);
    }
    return statuses;
}

} // namespace trygg
