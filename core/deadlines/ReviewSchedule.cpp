#include "deadlines/ReviewSchedule.h"

#include "model/RegisterData.h"

#include <algorithm>
#include <map>

namespace trygg {

std::vector<ReviewDue> reviewSchedule(const RegisterData &data, Date today, int soonDays)
{
    const DeadlineRule rule = DeadlineRule::parse(data.info.reviewRule).value_or(DeadlineRule::everyMonths(24));
    // The latest assessment of each unit counts; a newer one replaces an older one.
    std::map<std::optional<Id>, const RiskAssessment *> latest;
    for (const RiskAssessment &assessment : data.assessments) {
        const RiskAssessment *&slot = latest[assessment.unitId];
        if (!slot || std::tie(slot->date, slot->id) < std::tie(assessment.date, assessment.id))
            slot = &assessment;
    }
    std::vector<ReviewDue> schedule;
    for (const OrgUnit &unit : data.units)
        if (!latest.count(unit.id))
            schedule.push_back({unit.id, std::nullopt, std::nullopt, DueState::Overdue});
    for (const auto &[unitId, assessment] : latest) {
        const Date due = rule.nextDue(assessment->date);
        schedule.push_back({unitId, assessment->id, due, dueState(due, false, today, soonDays)});
    }
    const Date never{1, 1, 1};
    std::stable_sort(schedule.begin(), schedule.end(), [&](const ReviewDue &a, const ReviewDue &b) {
        return a.due.value_or(never) < b.due.value_or(never);
    });
    return schedule;
}

} // namespace trygg
