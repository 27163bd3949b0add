// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Date.h"
#include "model/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace trygg {

enum class MeasureStatus { Planned, InProgress, Done, Cancelled };
inline constexpr int MeasureStatusCount = 4;

// A tiltak of the action plan: what, by when, by whom (003 Trinn 4), resources and follow-up (004).
struct Measure {
    Id id = 0;
    Id assessmentId = 0;
    std::string what;
    std::optional<Id> responsibleId;
    std::optional<Date> deadline;
    MeasureStatus status = MeasureStatus::Planned;
    double hours = 0;
    double cost = 0;
    std::string followUp;
    std::vector<Id> riskIds; // the risks it treats
    // The day it was done (issue 15): recorded when its status becomes done, none while it is not done. A
    // measure done before file version 10 has none.
    std::optional<Date> completed;

    bool operator==(const Measure &) const = default;
};

} // namespace trygg
