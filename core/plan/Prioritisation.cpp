// SPDX-License-Identifier: EUPL-1.2
#include "plan/Prioritisation.h"

#include "model/RegisterData.h"
#include "plan/PlanOrder.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace trygg {
namespace {

// The order of rules 2 and 3 in one sortable value: higher score, then higher effective consequence,
// then higher probability first (levels are at most 6, scores at most 36, so each fits in 6 bits).
// Across matrices the score has already been compared as a share of its matrix's highest (rule 6), so
// only the tie-breaks of rule 3 remain.
int urgencyOf(const RiskScore &score, bool acrossMatrices)
{
    return -(((acrossMatrices ? 0 : score.score) << 12) | (score.effectiveConsequence << 6) | score.probability);
}

// Whether risks scored on two matrices rank by rule 3 alone: the same scales, and every cell in a zone
// of the same standing (a new version that only renamed levels or recoloured zones, say).
bool rankAlike(const RiskMatrix &a, const RiskMatrix &b)
{
    if (&a == &b)
        return true;
    if (a.probabilityLevels() != b.probabilityLevels() || a.consequenceLevels() != b.consequenceLevels() ||
        a.zones.size() != b.zones.size())
        return false;
    for (std::size_t z = 0; z < a.zones.size(); ++z)
        if (a.zones[z].acceptable != b.zones[z].acceptable)
            return false;
    for (int p = 1; p <= a.probabilityLevels(); ++p)
        for (int c = 1; c <= a.consequenceLevels(); ++c)
            if (a.zoneIndexOf(p, c) != b.zoneIndexOf(p, c))
                return false;
    return true;
}

} // namespace

namespace plan_order {

bool ranksAcrossMatrices(const RegisterData &data, const RiskScope &scope)
{
    // DOMAIN.md rule 6: a 16 on a 4x4 is not a 16 on a 5x5. Only a list that mixes matrices which do not
    // rank alike is ranked by zone and share first; within one matrix the order is rule 3's.
    std::vector<const RiskMatrix *> seen;
    for (const Risk &risk : data.risks) {
        if (!scope.includes(data, risk))
            continue;
        const RiskMatrix &matrix = data.matrixOf(risk);
        if (std::find(seen.begin(), seen.end(), &matrix) != seen.end())
            continue;
        if (!seen.empty() && !rankAlike(*seen.front(), matrix))
            return true;
        seen.push_back(&matrix);
    }
    return false;
}

RiskKey riskKeyOf(const RegisterData &data, const Risk &risk, const RiskScore &score, bool acrossMatrices)
{
    RiskKey key{0, 0.0, urgencyOf(score, acrossMatrices), risk.assessmentId, risk.position, risk.id};
    if (acrossMatrices) {
        const RiskMatrix &matrix = data.matrixOf(risk);
        const int zones = static_cast<int>(matrix.zones.size());
        key.zoneFromTop =
            score.zone >= 0 && score.zone < zones ? zones - 1 - score.zone : std::numeric_limits<int>::max();
        const int highest = matrix.probabilityLevels() * matrix.consequenceLevels();
        key.share = highest > 0 ? -static_cast<double>(score.score) / highest : 0.0;
    }
    return key;
}

MeasureKey measureKeyOf(const RegisterData &data, const PlanEntry &entry)
{
    const Measure &measure = data.measures[entry.measureIndex];
    return {entry.risks.empty() ? std::numeric_limits<int>::max() : entry.risks.front().priority,
            measure.deadline.value_or(Date{9999, 12, 31}), measure.id};
}

PlanEntry planEntryOf(const RegisterData &data, std::size_t measureIndex, const std::vector<RankedRisk> &ranked,
                      const std::vector<int> &rankOf, Date today)
{
    const Measure &measure = data.measures[measureIndex];
    PlanEntry entry;
    entry.measureIndex = measureIndex;
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
    entry.due = dueState(measure.deadline, measureFinished(measure), today);
    return entry;
}

std::vector<PlanEntry> planOf(const RegisterData &data, Date today, const RiskScope &scope,
                              const std::vector<RankedRisk> &ranked)
{
    // Where each risk (by index into data.risks) stands in the ranking; -1 if outside the scope.
    std::vector<int> rankOf(data.risks.size(), -1);
    for (std::size_t r = 0; r < ranked.size(); ++r)
        rankOf[ranked[r].index] = static_cast<int>(r);

    std::vector<PlanEntry> plan;
    for (std::size_t m = 0; m < data.measures.size(); ++m)
        if (scope.includes(data, data.measures[m]))
            plan.push_back(planEntryOf(data, m, ranked, rankOf, today));

    // Sort by precomputed keys: the entries themselves carry vectors and are costly to move.
    std::vector<std::pair<MeasureKey, std::size_t>> keys;
    keys.reserve(plan.size());
    for (std::size_t i = 0; i < plan.size(); ++i)
        keys.emplace_back(measureKeyOf(data, plan[i]), i);
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<PlanEntry> ordered;
    ordered.reserve(plan.size());
    for (const auto &key : keys) {
        ordered.push_back(std::move(plan[key.second]));
        ordered.back().priority = static_cast<int>(ordered.size());
    }
    return ordered;
}

} // namespace plan_order

bool RiskScope::includes(const RegisterData &data, const Risk &risk) const
{
    // A closed round's lines are shown when it is asked for by itself, not in the picture of now.
    if (!assessmentId && data.inClosedRound(risk))
        return false;
    return (!assessmentId || risk.assessmentId == *assessmentId) && (!unitId || data.unitOf(risk) == unitId);
}

bool RiskScope::includes(const RegisterData &data, const Measure &measure) const
{
    return (!assessmentId || measure.assessmentId == *assessmentId) && (!unitId || data.unitOf(measure) == unitId);
}

std::vector<RankedRisk> prioritiseRisks(const RegisterData &data, const RiskScope &scope)
{
    const bool acrossMatrices = plan_order::ranksAcrossMatrices(data, scope);
    std::vector<RankedRisk> scored;
    std::vector<std::pair<plan_order::RiskKey, std::size_t>> keys; // with the slot in `scored`
    scored.reserve(data.risks.size());
    keys.reserve(data.risks.size());
    for (std::size_t i = 0; i < data.risks.size(); ++i) {
        const Risk &risk = data.risks[i];
        if (!scope.includes(data, risk))
            continue;
        const RiskScore score = scoreOf(data.matrixOf(risk), risk);
        keys.emplace_back(plan_order::riskKeyOf(data, risk, score, acrossMatrices), scored.size());
        scored.push_back({i, score, 0});
    }
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<RankedRisk> result;
    result.reserve(keys.size());
    for (const auto &key : keys) {
        result.push_back(scored[key.second]);
        result.back().priority = static_cast<int>(result.size());
    }
    return result;
}

std::vector<PlanEntry> actionPlan(const RegisterData &data, Date today, const RiskScope &scope)
{
    return plan_order::planOf(data, today, scope, prioritiseRisks(data, scope));
}

} // namespace trygg
