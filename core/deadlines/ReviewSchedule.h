#pragma once

#include "deadlines/DeadlineRule.h"
#include "model/Ids.h"

#include <optional>
#include <vector>

namespace trygg {

struct RegisterData;

// When each unit's risk assessment is next due under the register's review rule (002 §26 stk. 2:
// before the end of every odd year, by default).
struct ReviewDue {
    std::optional<Id> unitId;
    std::optional<Id> lastAssessmentId; // none: the unit has never been assessed
    std::optional<Date> due;            // none when never assessed: due now
    DueState state = DueState::Open;
};

// One entry per unit (and one for assessments without a unit, if any), the most urgent first.
// "Due soon" means within `soonDays` days.
std::vector<ReviewDue> reviewSchedule(const RegisterData &data, Date today, int soonDays = 90);

} // namespace trygg
