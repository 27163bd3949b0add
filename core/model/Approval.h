// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Date.h"
#include "model/Ids.h"

#include <optional>
#include <string>

namespace trygg {

// Management accepts a risk whose residual score stays in an unacceptable zone (DOMAIN.md, action
// plan): who, in what role, when, why, and until when; after `expires` it is flagged again.
struct RiskAcceptance {
    Id id = 0;
    Id riskId = 0;
    std::string acceptedBy;
    std::string role;
    Date date;
    std::string justification;
    Date expires;

    bool operator==(const RiskAcceptance &) const = default;
};

// What management approved (002 §25 stk. 6): an action plan (of a unit or the whole register) or an
// assessment. `fingerprint` is approvalFingerprint() of the object when approved: a later change to
// it makes the approval outdated.
struct Approval {
    enum class Subject { Plan, Assessment };
    static constexpr int SubjectCount = 2;
    Id id = 0;
    Subject subject = Subject::Plan;
    std::optional<Id> objectId; // Plan: its unit (none: the whole register); Assessment: its id
    std::string approvedBy;
    std::string role;
    Date date;
    std::string fingerprint;

    bool operator==(const Approval &) const = default;
};

} // namespace trygg
