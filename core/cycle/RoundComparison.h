// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Comparing two rounds (issue 15; DOMAIN.md "Cycles and deadlines": what matters to management is the
// difference): of a unit, an asset or the whole register, which lines are new, removed, higher, lower or
// unchanged, which measures were completed between them and which are still open or overdue.

#include "model/Date.h"
#include "model/Ids.h"
#include "risk/RiskRules.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trygg {

struct RegisterData;
struct Risk;

enum class LineChange { New, Removed, Higher, Lower, Unchanged };
inline constexpr int LineChangeCount = 5;
// new, removed, higher, lower, unchanged
std::string_view toToken(LineChange change);

// One line of either round. A line of the later round is the same risk as a line of the earlier one when
// it was carried over from it (through the rounds between them), else when it has the same unit, asset
// and text ("Hva kan skje?", case and blanks aside).
struct ComparedLine {
    LineChange change = LineChange::Unchanged;
    const Risk *from = nullptr;                  // none: new
    const Risk *to = nullptr;                    // none: removed
    std::optional<RiskScore> fromScore, toScore; // the standing scores (the residual where assessed)
    std::string fromZone, toZone;
};

struct RoundComparison {
    std::vector<Id> fromAssessments, toAssessments;
    std::vector<ComparedLine> lines; // in the later round's order, then the removed ones
    // Done measures of the rounds from the earlier to the later one completed between their dates (from the
    // earliest date of the earlier round to the latest of the later one); a measure done before file version
    // 10 has no completion date and counts when it belongs to the earlier round or one between them.
    std::vector<Id> measuresCompleted;
    // The later round's measures not done or cancelled; overdue ones (deadline passed by `today`) also in
    // measuresOverdue.
    std::vector<Id> measuresOpen;
    std::vector<Id> measuresOverdue;

    int count(LineChange change) const;
};

// Higher or lower: by zone first, counted from the most severe zone of each line's own matrix, then by
// score as a share of that matrix's highest score (DOMAIN.md rule 6), so two rounds scored on different
// matrix versions compare; within one matrix this is zone, then score.
LineChange compareScores(const RiskMatrix &fromMatrix, const RiskScore &from, const RiskMatrix &toMatrix,
                         const RiskScore &to);

// The lines of the assessments `from` and `to` (a round may be several assessments: the whole register's
// round of a year), of the asset `assetId` only if given.
RoundComparison compareRounds(const RegisterData &data, const std::vector<Id> &from, const std::vector<Id> &to,
                              std::optional<Id> assetId, Date today);

// The comparison as CSV (UTF-8 with BOM, `;`, CRLF like the exports), one row per line:
// change,unit,asset,threat,from_score,to_score,from_zone,to_zone (change: new, removed, higher, lower,
// unchanged; a score and zone empty on the side that has no line).
std::string roundComparisonCsv(const RegisterData &data, const RoundComparison &comparison);

// The assessments that make the round `name` (of the unit `unitId` only, if given): those with that name
// (case and blanks aside); when none has it and it is a year ("2025"), those dated in that year.
std::vector<Id> roundNamed(const RegisterData &data, std::string_view name, std::optional<Id> unitId);

} // namespace trygg
