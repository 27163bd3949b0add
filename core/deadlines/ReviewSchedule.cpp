// SPDX-License-Identifier: EUPL-1.2
#include "deadlines/ReviewSchedule.h"

#include "model/RegisterData.h"
#include "risk/RiskRules.h"

#include <algorithm>
#include <tuple>

namespace trygg {
namespace {

// A rule the file holds is checked when it is stored and loaded; should one still not parse, the
// strictest of the defaults counts rather than none.
DeadlineRule ruleOf(const RegisterData &data, ReviewKind kind)
{
    const std::string &text = kind == ReviewKind::Assessment ? data.info.reviewRule : data.reviewRules.rule(kind);
    return DeadlineRule::parse(text).value_or(DeadlineRule::everyMonths(12));
}

} // namespace

ReviewDates::ReviewDates(const RegisterData &data) : m_data(data)
{
    for (const Review &review : data.reviews) {
        const Review *&slot = m_latest[{review.kind, review.objectId}];
        if (!slot || std::tie(slot->date, slot->id) < std::tie(review.date, review.id))
            slot = &review;
    }
    // The days per zone are set for the zones of the current matrix; a risk scored on another version (or
    // a section's 4x4 in a combined register) counts by its zone's place from the top (DOMAIN.md rule 6).
    const int currentZones = data.risks.empty() ? 0 : static_cast<int>(data.currentMatrix().zones.size());
    std::map<Id, int> riskZone;
    for (const Risk &risk : data.risks) {
        const RiskMatrix &matrix = data.matrixOf(risk);
        const int own = scoreOf(matrix, risk).zone;
        const int fromTop = static_cast<int>(matrix.zones.size()) - 1 - own;
        const int zone = own < 0 || fromTop >= currentZones ? -1 : currentZones - 1 - fromTop;
        riskZone[risk.id] = zone;
        raise(ReviewKind::Assessment, risk.assessmentId, zone);
        if (risk.assetId)
            raise(ReviewKind::Asset, *risk.assetId, zone);
    }
    for (const Measure &measure : data.measures)
        for (Id riskId : measure.riskIds)
            if (auto found = riskZone.find(riskId); found != riskZone.end())
                raise(ReviewKind::Measure, measure.id, found->second);
}

void ReviewDates::raise(ReviewKind kind, Id objectId, int zone)
{
    auto [slot, inserted] = m_worst.emplace(std::pair{kind, objectId}, zone);
    if (!inserted)
        slot->second = std::max(slot->second, zone);
}

const Review *ReviewDates::latest(ReviewKind kind, Id objectId) const
{
    auto found = m_latest.find({kind, objectId});
    return found == m_latest.end() ? nullptr : found->second;
}

int ReviewDates::worstZone(ReviewKind kind, Id objectId) const
{
    auto found = m_worst.find({kind, objectId});
    return found == m_worst.end() ? -1 : found->second;
}

Date ReviewDates::since(ReviewKind kind, Id objectId) const
{
    switch (kind) {
    case ReviewKind::Assessment:
        if (const RiskAssessment *assessment = RegisterData::findById(m_data.assessments, objectId))
            return assessment->date;
        break;
    case ReviewKind::Measure:
        if (const Measure *measure = RegisterData::findById(m_data.measures, objectId))
            if (const RiskAssessment *assessment = RegisterData::findById(m_data.assessments, measure->assessmentId))
                return assessment->date;
        break;
    case ReviewKind::Asset:
    case ReviewKind::Policy: break;
    }
    return m_data.info.created;
}

ReviewTiming ReviewDates::timing(ReviewKind kind, Id objectId) const
{
    ReviewTiming timing;
    timing.since = since(kind, objectId);
    const Review *review = latest(kind, objectId);
    if (review)
        timing.last = review->date;
    const Date from = review ? std::max(review->date, timing.since) : timing.since;
    timing.due = ruleOf(m_data, kind).nextDue(from);
    const int zone = worstZone(kind, objectId);
    if (auto days = m_data.reviewRules.zoneDays.find(zone); zone >= 0 && days != m_data.reviewRules.zoneDays.end())
        timing.due = std::min(timing.due, from.addDays(days->second));
    return timing;
}

ReviewTiming nextReview(const RegisterData &data, ReviewKind kind, Id objectId)
{
    return ReviewDates(data).timing(kind, objectId);
}

std::vector<ReviewDue> reviewSchedule(const RegisterData &data, Date today, int soonDays)
{
    return reviewSchedule(data, ReviewDates(data), today, soonDays);
}

std::vector<ReviewDue> reviewSchedule(const RegisterData &data, const ReviewDates &dates, Date today, int soonDays)
{
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
        const Date due = dates.timing(ReviewKind::Assessment, assessment->id).due;
        schedule.push_back({unitId, assessment->id, due, dueState(due, false, today, soonDays)});
    }
    const Date never{1, 1, 1};
    std::stable_sort(schedule.begin(), schedule.end(), [&](const ReviewDue &a, const ReviewDue &b) {
        return a.due.value_or(never) < b.due.value_or(never);
    });
    return schedule;
}

} // namespace trygg
