#include "cycle/DueList.h"

#include "cycle/Approvals.h"
#include "deadlines/ReviewSchedule.h"
#include "exchange/Csv.h"
#include "model/Clock.h"
#include "model/RegisterData.h"
#include "model/Tokens.h"
#include "risk/RiskRules.h"

#include <algorithm>
#include <map>

namespace trygg {
namespace {

DeadlineRule ruleOf(const RegisterData &data, ReviewKind kind)
{
    const std::string &text = kind == ReviewKind::Assessment ? data.info.reviewRule : data.reviewRules.rule(kind);
    return DeadlineRule::parse(text).value_or(DeadlineRule::everyMonths(12));
}

// The latest review of every object and the most severe zone (highest index) of the current scores
// of the risks each object touches, gathered in one pass over the register.
class ReviewIndex {
public:
    explicit ReviewIndex(const RegisterData &data)
    {
        for (const Review &review : data.reviews) {
            const Review *&slot = m_latest[{review.kind, review.objectId}];
            if (!slot || std::tie(slot->date, slot->id) < std::tie(review.date, review.id))
                slot = &review;
        }
        std::map<Id, int> riskZone;
        for (const Risk &risk : data.risks) {
            const int zone = scoreOf(data.matrixOf(risk), risk).zone;
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

    const Review *latest(ReviewKind kind, Id id) const
    {
        auto found = m_latest.find({kind, id});
        return found == m_latest.end() ? nullptr : found->second;
    }
    int worstZone(ReviewKind kind, Id id) const
    {
        auto found = m_worst.find({kind, id});
        return found == m_worst.end() ? -1 : found->second;
    }

private:
    void raise(ReviewKind kind, Id id, int zone)
    {
        auto [slot, inserted] = m_worst.emplace(std::pair{kind, id}, zone);
        if (!inserted)
            slot->second = std::max(slot->second, zone);
    }
    std::map<std::pair<ReviewKind, Id>, const Review *> m_latest;
    std::map<std::pair<ReviewKind, Id>, int> m_worst;
};

ReviewTiming timingOf(const RegisterData &data, const ReviewIndex &index, ReviewKind kind, Id objectId, Date since)
{
    ReviewTiming timing;
    const Review *review = index.latest(kind, objectId);
    if (review)
        timing.last = review->date;
    const Date last = review ? std::max(review->date, since) : since;
    timing.due = ruleOf(data, kind).nextDue(last);
    const int zone = index.worstZone(kind, objectId);
    if (auto days = data.reviewRules.zoneDays.find(zone); zone >= 0 && days != data.reviewRules.zoneDays.end())
        timing.due = std::min(timing.due, last.addDays(days->second));
    return timing;
}

Message lastReviewedText(const ReviewIndex &index, ReviewKind kind, Id objectId, const Message &never)
{
    if (const Review *review = index.latest(kind, objectId))
        return trygg::trMsg("last reviewed %1 by %2", review->date.toIso(), review->reviewer);
    return never;
}

} // namespace

std::string_view toToken(DueItem::Kind kind)
{
    switch (kind) {
    case DueItem::Kind::Review: return "review";
    case DueItem::Kind::Deadline: return "deadline";
    case DueItem::Kind::Acceptance: return "acceptance";
    case DueItem::Kind::Approval: return "approval";
    case DueItem::Kind::Notification: return "notification";
    case DueItem::Kind::Exception: return "exception";
    }
    return "review";
}

ReviewTiming nextReview(const RegisterData &data, ReviewKind kind, Id objectId, Date since)
{
    return timingOf(data, ReviewIndex(data), kind, objectId, since);
}

DateTime notificationDeadline(const Incident &incident)
{
    return Clock::toLocal(Clock::toUtc(incident.discovered).addHours(NotificationHours)); // 72 real hours, DST or not
}

NotificationState notificationState(const Incident &incident, DateTime now)
{
    if (incident.type != IncidentType::PersonalDataBreach)
        return NotificationState::NotRequired;
    const DateTime deadline = notificationDeadline(incident);
    if (incident.authorityNotified)
        return incident.notifiedAt && *incident.notifiedAt > deadline ? NotificationState::NotifiedLate
                                                                      : NotificationState::NotifiedInTime;
    return now > deadline ? NotificationState::Late : NotificationState::Pending;
}

std::vector<DueItem> dueList(const RegisterData &data, DateTime now, int withinDays)
{
    const Date today = now.date;
    std::vector<DueItem> items;
    const ReviewIndex index(data);
    auto add = [&](DueItem item) {
        if (item.state == DueState::Overdue || item.state == DueState::DueSoon)
            items.push_back(std::move(item));
    };
    auto reviewItem = [&](ReviewKind kind, Id id, std::string name, std::optional<Id> unitId, Date since,
                          const Message &never) {
        const ReviewTiming timing = timingOf(data, index, kind, id, since);
        add({DueItem::Kind::Review, std::string(toToken(kind)), id, std::move(name), unitId, timing.due,
             dueState(timing.due, false, today, withinDays), lastReviewedText(index, kind, id, never)});
    };

    // Assessments: the latest of each unit is what is renewed (002 §26 stk. 2); a unit never assessed
    // is due now.
    for (const ReviewDue &entry : reviewSchedule(data, today, withinDays)) {
        if (!entry.lastAssessmentId) {
            add({DueItem::Kind::Review, "unit", entry.unitId, data.unitName(entry.unitId), entry.unitId, std::nullopt,
                 DueState::Overdue, trygg::trMsg("never assessed")});
            continue;
        }
        const RiskAssessment *assessment = RegisterData::findById(data.assessments, entry.lastAssessmentId);
        reviewItem(ReviewKind::Assessment, assessment->id, assessment->name, assessment->unitId, assessment->date,
                   trygg::trMsg("assessed %1", assessment->date.toIso()));
    }
    for (const Asset &asset : data.assets)
        reviewItem(ReviewKind::Asset, asset.id, asset.name, asset.unitId, data.info.created,
                   trygg::trMsg("never reviewed (counted from %1)", data.info.created.toIso()));
    for (const Measure &measure : data.measures) {
        const bool finished = measure.status == MeasureStatus::Done || measure.status == MeasureStatus::Cancelled;
        if (finished)
            continue;
        add({DueItem::Kind::Deadline, "measure", measure.id, measure.what, data.unitOf(measure), measure.deadline,
             dueState(measure.deadline, false, today, withinDays),
             measure.responsibleId ? trygg::trMsg("responsible: %1", data.personName(measure.responsibleId))
                                   : trygg::trMsg("responsible: none")});
        const RiskAssessment *assessment = RegisterData::findById(data.assessments, measure.assessmentId);
        const Date since = assessment ? assessment->date : data.info.created;
        reviewItem(ReviewKind::Measure, measure.id, measure.what, data.unitOf(measure), since,
                   trygg::trMsg("never followed up (counted from %1)", since.toIso()));
    }
    for (const PolicyDocument &document : data.documents)
        reviewItem(ReviewKind::Policy, document.id, document.name, document.unitId, data.info.created,
                   trygg::trMsg("never reviewed (counted from %1)", data.info.created.toIso()));

    for (const AcceptanceNeed &need : acceptanceNeeds(data, today)) {
        const Risk &risk = data.risks[need.riskIndex];
        const std::string zone = data.matrixOf(risk).zones[static_cast<std::size_t>(need.residual.zone)].name;
        DueItem item{DueItem::Kind::Acceptance, "risk",       risk.id,           risk.threat,
                     data.unitOf(risk),         std::nullopt, DueState::Overdue, ""};
        if (!need.acceptance) {
            item.detail =
                trygg::trMsg("residual risk %1 in zone '%2' is not accepted by management", need.residual.score, zone);
        } else {
            item.due = need.acceptance->expires;
            item.state = need.state == AcceptanceState::Expired
                             ? DueState::Overdue
                             : dueState(need.acceptance->expires, false, today, withinDays);
            const std::string accepted = need.acceptance->date.toIso();
            item.detail =
                need.state == AcceptanceState::Expired
                    ? trygg::trMsg("acceptance expired (accepted %1 by %2)", accepted, need.acceptance->acceptedBy)
                    : trygg::trMsg("acceptance expires (accepted %1 by %2)", accepted, need.acceptance->acceptedBy);
        }
        add(std::move(item));
    }
    for (const ApprovalStatus &status : approvalStatuses(data)) {
        if (status.state != ApprovalState::Outdated)
            continue;
        const Approval &approval = *status.approval;
        Message name;
        std::optional<Id> unitId;
        if (approval.subject == Approval::Subject::Assessment) {
            const RiskAssessment *assessment = RegisterData::findById(data.assessments, approval.objectId);
            name =
                assessment ? Message(assessment->name) : trygg::trMsg("assessment %1", approval.objectId.value_or(0));
            unitId = assessment ? assessment->unitId : std::nullopt;
        } else {
            name = approval.objectId ? trygg::trMsg("action plan of %1", data.unitName(approval.objectId))
                                     : trygg::trMsg("action plan");
            unitId = approval.objectId;
        }
        const std::string approved = approval.date.toIso();
        add({DueItem::Kind::Approval, std::string(toToken(approval.subject)), approval.objectId, name, unitId,
             std::nullopt, DueState::Overdue,
             status.objectGone ? trygg::trMsg("deleted since approved %1 by %2", approved, approval.approvedBy)
                               : trygg::trMsg("changed since approved %1 by %2", approved, approval.approvedBy)});
    }
    for (const Incident &incident : data.incidents) {
        const NotificationState state = notificationState(incident, now);
        if (state != NotificationState::Pending && state != NotificationState::Late)
            continue;
        const DateTime deadline = notificationDeadline(incident);
        add({DueItem::Kind::Notification, "incident", incident.id, incident.description, incident.unitId, deadline.date,
             state == NotificationState::Late ? DueState::Overdue : DueState::DueSoon,
             trygg::trMsg("personal data breach discovered %1: tell the data protection authority by %2",
                          incident.discovered.toText(), deadline.toText())});
    }
    for (const RuleException &exception : data.exceptions) {
        if (!exception.validUntil || *exception.validUntil < today)
            continue; // open-ended, or no longer in force
        add({DueItem::Kind::Exception, "exception", exception.id, exception.rule, exception.unitId,
             exception.validUntil, dueState(exception.validUntil, false, today, withinDays),
             trygg::trMsg("approved by %1 on %2", exception.approvedBy, exception.approvedOn.toIso())});
    }

    const Date now0{1, 1, 1};
    std::stable_sort(items.begin(), items.end(), [&](const DueItem &a, const DueItem &b) {
        const bool aOver = a.state == DueState::Overdue;
        const bool bOver = b.state == DueState::Overdue;
        if (aOver != bOver)
            return aOver;
        return a.due.value_or(now0) < b.due.value_or(now0);
    });
    return items;
}

std::string dueListCsv(const RegisterData &data, const std::vector<DueItem> &items)
{
    std::string out;
    CsvWriter writer(out);
    writer.writeRow({"state", "due", "kind", "object_type", "object_id", "name", "unit", "detail"});
    for (const DueItem &item : items)
        writer.writeRow({item.state == DueState::Overdue ? "overdue" : "due soon", item.due ? item.due->toIso() : "",
                         std::string(toToken(item.kind)), item.objectType,
                         item.objectId ? std::to_string(*item.objectId) : std::string(), item.name.english(),
                         data.unitName(item.unitId), item.detail.english()});
    return out;
}

} // namespace trygg
