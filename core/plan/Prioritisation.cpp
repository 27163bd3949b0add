#include "plan/Prioritisation.h"

#include "model/RegisterData.h"

#include <algorithm>
#include <limits>
#include <tuple>

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

struct RankKey {
    int zoneFromTop; // rule 6, across matrices only (0 otherwise): the most severe zone of its matrix first
    double share;    // rule 6, across matrices only: minus the score's share of its matrix's highest score
    int urgency;
    Id assessmentId; // then entry order, for stable printouts
    int position;
    Id id;
    std::size_t slot; // into the scored list

    bool operator<(const RankKey &other) const
    {
        return std::tie(zoneFromTop, share, urgency, assessmentId, position, id) <
               std::tie(other.zoneFromTop, other.share, other.urgency, other.assessmentId, other.position, other.id);
    }
};

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
    std::vector<const RiskMatrix *> matrixOf;
    scored.reserve(data.risks.size());
    matrixOf.reserve(data.risks.size());
    // DOMAIN.md rule 6: a 16 on a 4x4 is not a 16 on a 5x5. Only a list that mixes matrices which do
    // not rank alike is ranked by zone and share first; within one matrix the order is rule 3's.
    const RiskMatrix *first = nullptr;
    bool acrossMatrices = false;
    for (std::size_t i = 0; i < data.risks.size(); ++i) {
        const Risk &risk = data.risks[i];
        if (!scope.includes(data, risk))
            continue;
        const RiskMatrix &matrix = data.matrixOf(risk);
        if (!first)
            first = &matrix;
        else if (!acrossMatrices && first != &matrix)
            acrossMatrices = !rankAlike(*first, matrix);
        scored.push_back({i, scoreOf(matrix, risk), 0});
        matrixOf.push_back(&matrix);
    }
    std::vector<RankKey> keys;
    keys.reserve(scored.size());
    for (std::size_t slot = 0; slot < scored.size(); ++slot) {
        const Risk &risk = data.risks[scored[slot].index];
        const RiskScore &score = scored[slot].score;
        RankKey key{0, 0.0, urgencyOf(score, acrossMatrices), risk.assessmentId, risk.position, risk.id, slot};
        if (acrossMatrices) {
            const RiskMatrix &matrix = *matrixOf[slot];
            const int zones = static_cast<int>(matrix.zones.size());
            key.zoneFromTop = score.zone >= 0 && score.zone < zones ? zones - 1 - score.zone : std::numeric_limits<int>::max();
            const int highest = matrix.probabilityLevels() * matrix.consequenceLevels();
            key.share = highest > 0 ? -static_cast<double>(score.score) / highest : 0.0;
        }
        keys.push_back(key);
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
        entry.due = dueState(measure.deadline, measureFinished(measure), today);
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
