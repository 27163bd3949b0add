#pragma once

#include "model/Approval.h"
#include "model/Date.h"
#include "model/Ids.h"
#include "risk/RiskRules.h"

#include <optional>
#include <string>
#include <vector>

namespace trygg {

struct RegisterData;

// A digest of what management approves (002 §25 stk. 6): for an assessment its scope, lines and
// measures; for an action plan (of a unit, or of the whole register with no unit) its measures with
// what, who, by when and resources, and the scores of the risks they treat. Statuses are not part of
// it: following a plan up does not change what was approved.
std::string approvalFingerprint(const RegisterData &data, Approval::Subject subject, std::optional<Id> objectId);

enum class ApprovalState { Current, Outdated };

// The latest approval of each plan or assessment, and whether what it approved has changed since.
struct ApprovalStatus {
    const Approval *approval = nullptr;
    ApprovalState state = ApprovalState::Current;
    bool objectGone = false; // the assessment or unit no longer exists
};
std::vector<ApprovalStatus> approvalStatuses(const RegisterData &data);

// A risk whose residual score (after measures) is still in a zone above the acceptance line needs
// management's explicit acceptance until a date; after it the risk is flagged again.
enum class AcceptanceState { Missing, Valid, Expired };
struct AcceptanceNeed {
    std::size_t riskIndex = 0; // into RegisterData::risks
    RiskScore residual;
    const RiskAcceptance *acceptance = nullptr; // the latest, if any
    AcceptanceState state = AcceptanceState::Missing;
};
// Only risks whose residual value has been assessed; by risk id.
std::vector<AcceptanceNeed> acceptanceNeeds(const RegisterData &data, Date today);

} // namespace trygg
