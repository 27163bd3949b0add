// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "deadlines/DeadlineRule.h"
#include "model/Ids.h"
#include "model/Review.h"

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace trygg {

struct RegisterData;

// When an object is next to be reviewed: the one answer behind the Overview, the Due page, the
// management review and `trygg-cli due` (DOMAIN.md "Cycles and deadlines"). Its kind's rule
// (ReviewRules; for assessments RegisterInfo::reviewRule, 002 §26 stk. 2) counted from its latest review,
// or when never reviewed from when it came to be (an assessment's date; a measure's assessment's date;
// an asset or policy document: the register's creation), and brought forward by the days of the worst
// zone it touches (ReviewRules::zoneDays: a risk's current score counts for its assessment, its asset
// and the measures that treat it; zones are counted from the top, so a risk scored on another matrix
// counts with the zone of the current matrix in the same place).
struct ReviewTiming {
    std::optional<Date> last; // the latest review, if any
    Date since;               // what the rule counts from when never reviewed
    Date due;
};

// The latest reviews and worst zones of a whole register, gathered in one pass, for asking about many
// objects.
class ReviewDates {
public:
    explicit ReviewDates(const RegisterData &data);
    ReviewTiming timing(ReviewKind kind, Id objectId) const;
    const Review *latest(ReviewKind kind, Id objectId) const;

private:
    Date since(ReviewKind kind, Id objectId) const;
    int worstZone(ReviewKind kind, Id objectId) const;
    void raise(ReviewKind kind, Id objectId, int zone);

    const RegisterData &m_data;
    std::map<std::pair<ReviewKind, Id>, const Review *> m_latest;
    std::map<std::pair<ReviewKind, Id>, int> m_worst;
};

// For one object; ReviewDates for many.
ReviewTiming nextReview(const RegisterData &data, ReviewKind kind, Id objectId);

// When each unit's risk assessment is next due: its latest assessment's review (nextReview), or now
// when it has never been assessed.
struct ReviewDue {
    std::optional<Id> unitId;
    std::optional<Id> lastAssessmentId; // none: the unit has never been assessed
    std::optional<Date> due;            // none when never assessed: due now
    DueState state = DueState::Open;
};

// One entry per unit (and one for assessments without a unit, if any), the most urgent first.
// "Due soon" means within `soonDays` days.
std::vector<ReviewDue> reviewSchedule(const RegisterData &data, Date today, int soonDays = 90);
std::vector<ReviewDue> reviewSchedule(const RegisterData &data, const ReviewDates &dates, Date today, int soonDays);

} // namespace trygg
