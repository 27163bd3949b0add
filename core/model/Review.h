// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Date.h"
#include "model/Ids.h"

#include <array>
#include <map>
#include <optional>
#include <string>

namespace trygg {

// The kinds of object that are reviewed on a calendar rule (DOMAIN.md, "Cycles and deadlines").
enum class ReviewKind { Assessment, Asset, Measure, Policy };
inline constexpr int ReviewKindCount = 4;

// A policy document or instruction that is revised on a cycle: the security policy and IT security
// instructions (002 §4 stk. 3, §15 stk. 2), guidelines (002 §49-51, §73), the contingency plan (000).
struct PolicyDocument {
    Id id = 0;
    std::string name;
    std::optional<Id> unitId;

    bool operator==(const PolicyDocument &) const = default;
};

// One review of an object: it was looked through on `date` by `reviewer`.
struct Review {
    Id id = 0;
    ReviewKind kind = ReviewKind::Asset;
    Id objectId = 0;
    Date date;
    std::string reviewer;
    std::string note;

    bool operator==(const Review &) const = default;
};

// The register's review rules (DeadlineRule texts) per kind, and how many days at most may pass
// between reviews of an object whose worst risk lies in a zone: higher zones are reviewed more often.
// The assessment rule is RegisterInfo::reviewRule (002 §26: odd-year by default).
struct ReviewRules {
    std::array<std::string, ReviewKindCount> rules{"odd-year", "months:12", "months:6", "months:24"};
    std::map<int, int> zoneDays; // zone index -> days; zones without an entry add no limit

    const std::string &rule(ReviewKind kind) const { return rules[static_cast<std::size_t>(kind)]; }

    bool operator==(const ReviewRules &) const = default;
};

} // namespace trygg
