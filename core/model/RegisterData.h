// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "matrix/RiskMatrix.h"
#include "model/Approval.h"
#include "model/Asset.h"
#include "model/Incident.h"
#include "model/Measure.h"
#include "model/Organisation.h"
#include "model/RegisterInfo.h"
#include "model/Review.h"
#include "model/Risk.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace trygg {

// Everything a register file holds, in memory, each vector sorted by id.
struct RegisterData {
    RegisterInfo info;
    std::vector<RiskMatrix> matrices;
    std::vector<OrgUnit> units;
    std::vector<Person> people;
    std::vector<Asset> assets;
    std::vector<RiskAssessment> assessments;
    std::vector<Risk> risks;
    std::vector<Measure> measures;
    // The yearly cycle. reviewRules.rule(ReviewKind::Assessment) is info.reviewRule.
    ReviewRules reviewRules;
    std::vector<PolicyDocument> documents;
    std::vector<Review> reviews; // by id
    std::vector<RiskAcceptance> acceptances;
    std::vector<Approval> approvals;
    std::vector<Incident> incidents;
    std::vector<RuleException> exceptions;

    template <typename T> static const T *findById(const std::vector<T> &items, Id id)
    {
        // Ids are mostly 1, 2, 3...: where the record with id N is at N - 1, no search is needed (the
        // exports look up 100,000 risks' assessments and assets).
        if (id >= 1 && static_cast<std::uint64_t>(id) <= items.size() &&
            items[static_cast<std::size_t>(id - 1)].id == id)
            return &items[static_cast<std::size_t>(id - 1)];
        auto it = std::lower_bound(items.begin(), items.end(), id, [](const T &item, Id key) { return item.id < key; });
        return it != items.end() && it->id == id ? &*it : nullptr;
    }
    template <typename T> static const T *findById(const std::vector<T> &items, const std::optional<Id> &id)
    {
        return id ? findById(items, *id) : nullptr;
    }

    const RiskMatrix &currentMatrix() const;
    // The criteria the risk's assessment was created with.
    const RiskMatrix &matrixOf(const Risk &risk) const;
    // A line of a closed round (issue 15): the next round was started from its assessment, so it is part
    // of that round's record, not of the register's risk picture now.
    bool inClosedRound(const Risk &risk) const;
    // The unit a risk belongs to: its assessment's unit, else its asset's unit.
    std::optional<Id> unitOf(const Risk &risk) const;
    std::optional<Id> unitOf(const Measure &measure) const;
    const OrgUnit *unitByName(std::string_view name) const;
    std::string unitName(const std::optional<Id> &id) const;
    std::string personName(const std::optional<Id> &id) const;
};

} // namespace trygg
