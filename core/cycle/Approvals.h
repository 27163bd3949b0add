// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Approval.h"
#include "model/Date.h"
#include "model/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace trygg {

struct RegisterData;

// A digest of what management approves (002 §25 stk. 6): for an assessment its scope, lines and
// measures; for an action plan (of a unit, or of the whole register with no unit) its measures with
// what, who, by when and resources, and the scores of the risks they treat. Statuses are not part of
// it: following a plan up does not change what was approved.
// The same text on every machine and under every locale (ContentText).
std::string approvalFingerprint(const RegisterData &data, Approval::Subject subject, std::optional<Id> objectId);
// Whether what the approval approved is unchanged: its fingerprint is the object's now, or the one an
// earlier version wrote for it under a decimal-comma locale.
bool approvalStillValid(const RegisterData &data, const Approval &approval);

enum class ApprovalState { Current, Outdated };

// The latest approval of each plan or assessment (the one recorded last, whatever its date), and whether what it
// approved has changed since.
struct ApprovalStatus {
    const Approval *approval = nullptr;
    ApprovalState state = ApprovalState::Current;
    bool objectGone = false; // the assessment or unit no longer exists
};
std::vector<ApprovalStatus> approvalStatuses(const RegisterData &data);

} // namespace trygg
