#include "cycle/Approvals.h"

#include "model/RegisterData.h"
#include "plan/Prioritisation.h"

#include <cstdint>
#include <cstdio>
#include <map>
#include <tuple>

namespace trygg {
namespace {

// Builds the text that is digested: fields separated by a unit separator, records by a record one.
class Digest {
public:
    template <typename T> Digest &operator<<(const T &value)
    {
        add(value);
        m_text += '\x1f';
        return *this;
    }
    void endRecord() { m_text += '\x1e'; }
    std::string hex() const
    {
        // FNV-1a, 64 bits: enough to notice a change, not a security measure.
        std::uint64_t hash = 14695981039346656037ull;
        for (unsigned char ch : m_text) {
            hash ^= ch;
            hash *= 1099511628211ull;
        }
        char text[17];
        std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
        return text;
    }

private:
    void add(const std::string &value) { m_text += value; }
    void add(const char *value) { m_text += value; }
    void add(long long value) { m_text += std::to_string(value); }
    void add(std::int64_t value) { m_text += std::to_string(value); }
    void add(int value) { m_text += std::to_string(value); }
    void add(unsigned value) { m_text += std::to_string(value); }
    void add(bool value) { m_text += value ? '1' : '0'; }
    void add(double value) { m_text += std::to_string(value); }
    void add(const Date &value) { m_text += value.toIso(); }
    template <typename T> void add(const std::optional<T> &value)
    {
        if (value)
            add(*value);
        else
            m_text += '-';
    }
    void add(const std::vector<Id> &ids)
    {
        for (Id id : ids)
            m_text += std::to_string(id) + ',';
    }
    std::string m_text;
};

void addRisk(Digest &digest, const Risk &r)
{
    digest << r.id << r.assetId << r.threat << r.aspects << r.probability << r.consequence << r.manyAffected
           << static_cast<int>(r.knowledge) << r.existingMeasures << r.residualProbability << r.residualConsequence;
    digest.endRecord();
}

void addMeasure(Digest &digest, const Measure &m)
{
    digest << m.id << m.what << m.responsibleId << m.deadline << m.hours << m.cost << m.riskIds;
    digest.endRecord();
}

} // namespace

std::string approvalFingerprint(const RegisterData &data, Approval::Subject subject, std::optional<Id> objectId)
{
    Digest digest;
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
        return digest.hex();
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
    return digest.hex();
}

std::vector<ApprovalStatus> approvalStatuses(const RegisterData &data)
{
    std::map<std::pair<Approval::Subject, std::optional<Id>>, const Approval *> latest;
    for (const Approval &approval : data.approvals) {
        const Approval *&slot = latest[{approval.subject, approval.objectId}];
        if (!slot || std::tie(slot->date, slot->id) < std::tie(approval.date, approval.id))
            slot = &approval;
    }
    std::vector<ApprovalStatus> statuses;
    for (const auto &[key, approval] : latest) {
        ApprovalStatus status;
        status.approval = approval;
        status.objectGone = key.first == Approval::Subject::Assessment
                                ? !RegisterData::findById(data.assessments, key.second)
                                : key.second && !RegisterData::findById(data.units, key.second);
        const bool changed =
            status.objectGone || approvalFingerprint(data, key.first, key.second) != approval->fingerprint;
        status.state = changed ? ApprovalState::Outdated : ApprovalState::Current;
        statuses.push_back(status);
    }
    return statuses;
}

std::vector<AcceptanceNeed> acceptanceNeeds(const RegisterData &data, Date today)
{
    std::map<Id, const RiskAcceptance *> latest;
    for (const RiskAcceptance &acceptance : data.acceptances) {
        const RiskAcceptance *&slot = latest[acceptance.riskId];
        if (!slot || std::tie(slot->date, slot->id) < std::tie(acceptance.date, acceptance.id))
            slot = &acceptance;
    }
    std::vector<AcceptanceNeed> needs;
    for (std::size_t i = 0; i < data.risks.size(); ++i) {
        const Risk &risk = data.risks[i];
        const RiskMatrix &matrix = data.matrixOf(risk);
        const std::optional<RiskScore> residual = residualScoreOf(matrix, risk);
        if (!residual || residual->zone < 0 || residual->zone >= static_cast<int>(matrix.zones.size()) ||
            matrix.zones[static_cast<std::size_t>(residual->zone)].acceptable)
            continue;
        AcceptanceNeed need{i, *residual, nullptr, AcceptanceState::Missing};
        if (auto found = latest.find(risk.id); found != latest.end()) {
            need.acceptance = found->second;
            // Valid through its expiry date; flagged again the day after.
            need.state = today <= found->second->expires ? AcceptanceState::Valid : AcceptanceState::Expired;
        }
        needs.push_back(need);
    }
    return needs;
}

} // namespace trygg
