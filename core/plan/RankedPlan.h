// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Issue 11: an edit is shown within 50 ms with the action plan open. Ranking 100,000 risks and 33,500
// measures anew takes about as long, so after an edit only the lines it touches are computed again and
// put in their place in the order that is kept.

#include "plan/Prioritisation.h"

#include <vector>

namespace trygg {

struct Edit;

// The action plan together with the ranking of every risk it was made from.
struct RankedPlan {
    RiskScope scope;
    Date today;
    bool acrossMatrices = false;   // rule 6 applies
    std::vector<RankedRisk> risks; // prioritiseRisks(data, scope)
    std::vector<PlanEntry> plan;   // actionPlan(data, today, scope)
    // data.risks' and data.measures' ids when last ranked, to follow the indices through additions and
    // removals.
    std::vector<Id> riskIds;
    std::vector<Id> measureIds;
};

RankedPlan rankPlan(const RegisterData &data, Date today, const RiskScope &scope = {});

// What updatePlan() did.
struct PlanUpdate {
    bool reranked = false;  // ranked anew as a whole (the plan's order may have changed anywhere)
    std::vector<Id> placed; // otherwise: the measures whose lines were made again and put in their
                            // place (or removed), ascending; every other line kept its relative order
};

// Brings `ranked` in step with `data` after `changes`: one or more edits (their records joined) that
// mirrorEdit applied to the register `ranked` was made from, naming every record changed since. Only the
// risks and measures they touch (a changed assessment touches all its lines) are scored and placed again,
// by the same order as prioritiseRisks() and actionPlan(); the result equals rankPlan(data, today,
// ranked.scope). It ranks anew when the edit touches what every line depends on: the register's
// information (its current matrix), a new day, a change of rule 6's applying, an asset while the scope is
// a unit, or a large share of the register.
PlanUpdate updatePlan(RankedPlan &ranked, const RegisterData &data, const Edit &changes, Date today);

} // namespace trygg
