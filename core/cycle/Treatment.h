// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Approval.h"
#include "model/Date.h"
#include "risk/RiskRules.h"

#include <cstddef>
#include <vector>

namespace trygg {

struct RegisterData;

// DOMAIN.md rule 7 (002 §25 stk. 5): nothing above the acceptance line goes untreated. Every risk whose
// standing score (the residual where assessed, else the current) is above the line needs a measure or
// management's explicit acceptance; when its measures are done its residual risk is scored; a residual
// still above the line is accepted by management (until a date) or given a new measure.
enum class TreatmentStage {
    Untreated,       // no measure (other than cancelled ones) treats it: "needs a measure or management's acceptance"
    InTreatment,     // a measure that treats it is not finished yet (a first one, or a new one after a
                     // residual still above the line): its deadline is what is due
    ResidualToScore, // every measure that treats it is finished, and the residual risk is not scored
    ResidualAbove,   // the residual risk is scored and still above the line
};
enum class AcceptanceState { Missing, Valid, Expired };

struct TreatmentNeed {
    std::size_t riskIndex = 0; // into RegisterData::risks
    RiskScore score;           // the standing score
    TreatmentStage stage = TreatmentStage::Untreated;
    const RiskAcceptance *acceptance = nullptr; // the latest, if any
    AcceptanceState state = AcceptanceState::Missing;
    // Whether the rule is met on `today`: a valid acceptance, or a measure under way.
    bool met() const { return state == AcceptanceState::Valid || stage == TreatmentStage::InTreatment; }
};

// Every risk above the acceptance line, by risk id, with what it still needs on `today`. An acceptance is
// valid through its expiry date and flagged again the day after.
std::vector<TreatmentNeed> treatmentNeeds(const RegisterData &data, Date today);

} // namespace trygg
