// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The orders of the action plan, written once: the full ranking (Prioritisation.cpp) and the update of
// a ranked plan after an edit (PlanUpdate.cpp) both sort and place with these keys, so the two cannot
// rank differently. Internal to core/plan.

#include "plan/Prioritisation.h"

#include <tuple>

namespace trygg::plan_order {

// Where a risk stands (DOMAIN.md rules 3 and 6): smaller ranks first. Keys of different risks differ
// (the id breaks every tie).
struct RiskKey {
    int zoneFromTop; // rule 6, across matrices only (0 otherwise): the most severe zone of its matrix first
    double share;    // rule 6, across matrices only: minus the score's share of its matrix's highest score
    int urgency;     // rules 2 and 3: higher score, then higher effective consequence, then higher probability
    Id assessmentId; // then entry order, for stable printouts
    int position;
    Id id;

    bool operator<(const RiskKey &other) const
    {
        return std::tie(zoneFromTop, share, urgency, assessmentId, position, id) <
               std::tie(other.zoneFromTop, other.share, other.urgency, other.assessmentId, other.position, other.id);
    }
};

// Rule 6: whether the risks in the scope were scored on matrices that do not rank alike, so that they are
// ranked by zone and share first.
bool ranksAcrossMatrices(const RegisterData &data, const RiskScope &scope);
RiskKey riskKeyOf(const RegisterData &data, const Risk &risk, const RiskScore &score, bool acrossMatrices);

// Where a measure stands in the plan (rule 5): by the most urgent risk it treats, then deadline (none
// last), then id; measures that treat no risk last. `entry.risks` must be in ranking order.
struct MeasureKey {
    int topRisk;
    Date deadline;
    Id id;

    bool operator<(const MeasureKey &other) const
    {
        return std::tie(topRisk, deadline, id) < std::tie(other.topRisk, other.deadline, other.id);
    }
};
MeasureKey measureKeyOf(const RegisterData &data, const PlanEntry &entry);

// The plan line of data.measures[measureIndex] (priority 0 until placed). `rankOf` is each risk's place
// in `ranked` by index into data.risks, -1 when not ranked.
PlanEntry planEntryOf(const RegisterData &data, std::size_t measureIndex, const std::vector<RankedRisk> &ranked,
                      const std::vector<int> &rankOf, Date today);

// The plan of the measures in the scope, given the ranking of the risks in it.
std::vector<PlanEntry> planOf(const RegisterData &data, Date today, const RiskScope &scope,
                              const std::vector<RankedRisk> &ranked);

} // namespace trygg::plan_order
