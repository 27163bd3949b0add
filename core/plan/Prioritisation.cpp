#include "plan/Prioritisation.h"

#include "model/RegisterData.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace trygg {
namespace {

// The order of rules 2 and 3 in one sortable value: higher score, then higher effective consequence,
// then higher probability first (levels are at most 6, scores at most 36, so each fits in 6 bits).
int urgencyOf(const RiskScore &score)
{
    return -((score.score << 12) | (score.effectiveConsequence << 6) | score.probability);
}

struct RankKey {
    int urgency;
    Id assessmentId; // then entry order, for stable printouts
    int position;
    Id id;
    std::size_t slot; // into the scored list

    bool operator<(const RankKey &other) const
    {
        return std::tie(urgency, assessmentId, position, id) <
               std::tie(other.urgency, other.assessmentId, other.position, other.id);
    }
};

} // namespace

bool RiskScope::includes(const RegisterData &data, const Risk &risk) const
{
    return (!assessmentId || risk.assessmentId == *assessmentId) && (!unitId || data.unitOf(risk) == unitId);
}

bool RiskScope::includes(const RegisterData &data, const Measure &measure) const
{
    return (!assessmentId || measure.assessmentId == *assessmentId) && (!unitId || data.unitOf(measure) == unitId);
}

std::vector<RankedRisk> prioritiseRisks(const RegisterData &data, const RiskScope &scope)
{
    std::vector<RankedRisk> scored;
    std::vector<RankKey> keys;
    scored.reserve(data.risks.size());
    keys.reserve(data.risks.size());
    for (std::size_t i = 0; i < data.risks.size(); ++i) {
        const Risk &risk = data.risks[i];
        if (!scope.includes(data, risk))
            continue;
        const RiskScore score = scoreOf(data.matrixOf(risk), risk);
        keys.push_back({urgencyOf(score), risk.assessmentId, risk.position, risk.id, scored.size()});
        scored.push_back({i, score, 0});
    }
    std::sort(keys.begin(), keys.end());
    std::vector<RankedRisk> result;
    result.reserve(keys.size());
    for (const RankKey &key : keys) {
        result.push_back(scored[key.slot]);
        result.back().priority = static_cast<int>(result.size());
    }
    return result;
}

std::vector<PlanEntry> actionPlan(const RegisterData &data, Date today, const RiskScope &scope)
{
    const std::vector<RankedRisk> ranked = prioritiseRisks(data, scope);
    // Where each risk (by index into data.risks) stands in the ranking; -1 if outside the scope.
    std::vector<int> rankOf(data.risks.size(), -1);
    for (std::size_t r = 0; r < ranked.size(); ++r)
        rankOf[ranked[r].index] = static_cast<int>(r);

    std::vector<PlanEntry> plan;
    for (std::size_t m = 0; m < data.measures.size(); ++m) {
        const Measure &measure = data.measures[m];
        if (!scope.includes(data, measure))
            continue;
        PlanEntry entry;
        entry.measureIndex = m;
        entry.risks.reserve(measure.riskIds.size());
        for (Id riskId : measure.riskIds) {
            const Risk *risk = RegisterData::findById(data.risks, riskId);
            if (!risk)
                continue;
            const int rank = rankOf[static_cast<std::size_t>(risk - data.risks.data())];
            if (rank >= 0)
                entry.risks.push_back(ranked[static_cast<std::size_t>(rank)]);
        }
        std::sort(entry.risks.begin(), entry.risks.end(),
                  [](const RankedRisk &a, const RankedRisk &b) { return a.priority < b.priority; });
        const bool finished = measure.status == MeasureStatus::Done || measure.status == MeasureStatus::Cancelled;
        entry.due = dueState(measure.deadline, finished, today);
        plan.push_back(std::move(entry));
    }

    // Sort by precomputed keys: the entries themselves carry vectors and are costly to move.
    constexpr int NoRisk = std::numeric_limits<int>::max();
    const Date noDeadline{9999, 12, 31};
    std::vector<std::tuple<int, Date, Id, std::size_t>> keys;
    keys.reserve(plan.size());
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const Measure &measure = data.measures[plan[i].measureIndex];
        keys.emplace_back(plan[i].risks.empty() ? NoRisk : plan[i].risks.front().priority,
                          measure.deadline.value_or(noDeadline), measure.id, i);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<PlanEntry> ordered;
    ordered.reserve(plan.size());
    for (const auto &key : keys) {
        ordered.push_back(std::move(plan[std::get<3>(key)]));
        ordered.back().priority = static_cast<int>(ordered.size());
    }
    return ordered;
}

} // namespace trygg
