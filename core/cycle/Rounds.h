// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Rounds (issue 15; DOMAIN.md "Cycles and deadlines"): each renewal of a unit's assessment is a round
// (2023, 2025, 2027 ...). The next round starts from the last: its lines are copied as the starting
// point, each "carried over, not reassessed" until someone confirms or changes its scores; measures not
// done come along, treating the new lines; done and cancelled ones stay with the old round, which is
// closed and keeps the criteria it was scored against (003 section 5).

#include "edit/Edit.h"

#include <optional>
#include <vector>

namespace trygg {

// The round a unit's next assessment starts from: of the unit's assessments (none: those without a
// unit) that no round has been started from yet, the latest by date (then the last made).
std::optional<Id> lastRound(const RegisterData &data, std::optional<Id> unitId);

// The rounds an assessment follows, oldest first, ending with `assessmentId` itself.
std::vector<Id> roundChain(const RegisterData &data, Id assessmentId);

namespace edits {

// The next round from the assessment `fromId`, as one action: `next` (its name, date and assessor; the
// unit and scope are the old round's, the criteria the register's current matrix) added, the old lines
// copied, open measures moved to the new round and its lines, acceptances still in force on the new
// date carried to the copies, the old round closed. Scores are kept, on the new matrix's scales where it
// has fewer levels. Throws InputError when there is no such assessment, a round was already started from
// it, or the date is before the old round's.
Edit startRound(const RegisterData &data, Id fromId, RiskAssessment next);

// The lines' scores confirmed as they stand: they are no longer "not reassessed".
Edit confirmRisks(const RegisterData &data, const std::vector<Id> &riskIds);

} // namespace edits
} // namespace trygg
