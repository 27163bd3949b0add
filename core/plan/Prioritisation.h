// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "deadlines/DeadlineRule.h"
#include "model/Ids.h"
#include "risk/RiskRules.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace trygg {

struct Measure;
struct RegisterData;
struct Risk;

// Which part of a register a list covers: everything, one unit, or one assessment.
struct RiskScope {
    std::optional<Id> unitId;
    std::optional<Id> assessmentId;

    bool includes(const RegisterData &data, const Risk &risk) const;
    bool includes(const RegisterData &data, const Measure &measure) const;
};

// A risk line with its score and its place in the prioritised list (1 = most urgent).
struct RankedRisk {
    std::size_t index = 0; // into RegisterData::risks
    RiskScore score;
    int priority = 0;
};

// DOMAIN.md rules 2, 3 and 5 (003 Vedlegg 2): highest product first; for equal products the higher
// (effective) consequence first, so 1x5 ranks above 5x1; then higher probability; then entry order
// (assessment, line, id) so that printouts are stable. The one ranking used by GUI, CLI and reports.
// Only the risks in the scope are ranked, and numbered from 1.
// Rule 6: when the risks in the scope were scored on matrices that do not rank alike (a 4x4 beside a
// 5x5 in a combined register, or a version with other zones), they are ranked by zone first, counted
// from the most severe zone of each risk's own matrix, then by score as a share of that matrix's
// highest score, then by the tie-breaks of rule 3. Within one matrix the order is exactly rule 3's.
std::vector<RankedRisk> prioritiseRisks(const RegisterData &data, const RiskScope &scope = {});

// One measure of the action plan, in plan order.
struct PlanEntry {
    std::size_t measureIndex = 0;  // into RegisterData::measures
    int priority = 0;              // its place in the plan, from 1
    std::vector<RankedRisk> risks; // the risks it treats, most urgent first
    DueState due = DueState::NoDeadline;

    const RankedRisk *topRisk() const { return risks.empty() ? nullptr : &risks.front(); }
};

// The handlingsplan: measures ordered by the most urgent risk each treats (DOMAIN.md rule 5); measures
// treating equally ranked risks by deadline (none last), then entry order; measures that treat no
// risk come last.
std::vector<PlanEntry> actionPlan(const RegisterData &data, Date today, const RiskScope &scope = {});

} // namespace trygg
