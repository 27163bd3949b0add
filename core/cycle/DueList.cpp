// SPDX-License-Identifier: EUPL-1.2
#include "cycle/DueList.h"

#include "cycle/Approvals.h"
#include "cycle/Treatment.h"
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

Message lastReviewedText(const ReviewDates &dates, ReviewKind kind, Id objectId, const Message &never)
{
    if (const Review *review = dates.latest(kind, objectId))
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
    case DueItem::Kind::Treatment: return "treatment";
    case DueItem::Kind::Residual: return "residual";
    case DueItem::Kind::Reassess: return "reassess";
    case DueItem::Kind::Unscored: return "unscored";
    }
    return "review";
}

DateTime notificationDeadline(const Incident &incident)
{
    return incident.discovered.addHours(NotificationHours); // on UTC instants: 72 real hours, DST or not
}

NotificationState notificationState(const Incident &incident, DateTime nowUtc)
{
    if (incident.type != IncidentType::PersonalDataBreach)
        return NotificationState::NotRequired;
    const DateTime deadline = notificationDeadline(incident);
    if (incident.authorityNotified)
        return incident.notifiedAt && *incident.notifiedAt > deadline ? NotificationState::NotifiedLate
                                                                      : NotificationState::NotifiedInTime;
    return nowUtc > deadline ? NotificationState::Late : NotificationState::Pending;
}

std::vector<DueItem> dueList(const RegisterData &data, DateTime now, int withinDays)
{
    const Date today = now.date;
    std::vector<DueItem> items;
    const ReviewDates dates(data);
    auto add = [&](DueItem item) {
        if (item.state == DueState::Overdue || item.state == DueState::DueSoon)
            items.push_back(std::move(item));
    };
    auto reviewItem = [&](ReviewKind kind, Id id, std::string name, std::optional<Id> unitId, const Message &never) {
        const ReviewTiming timing = dates.timing(kind, id);
        add({DueItem::Kind::Review, std::string(toToken(kind)), id, std::move(name), unitId, timing.due,
             dueState(timing.due, false, today, withinDays), lastReviewedText(dates, kind, id, never)});
    };

    // Assessments: the latest of each unit is what is renewed (002 §26 stk. 2); a unit never assessed
    // is due now.
    for (const ReviewDue &entry : reviewSchedule(data, dates, today, withinDays)) {
        if (!entry.lastAssessmentId) {
            add({DueItem::Kind::Review, "unit", entry.unitId, data.unitName(entry.unitId), entry.unitId, std::nullopt,
                 DueState::Overdue, trygg::trMsg("never assessed")});
            continue;
        }
        const RiskAssessment *assessment = RegisterData::findById(data.assessments, entry.lastAssessmentId);
        reviewItem(ReviewKind::Assessment, assessment->id, assessment->name, assessment->unitId,
                   trygg::trMsg("assessed %1", assessment->date.toIso()));
    }
    for (const Asset &asset : data.assets)
        reviewItem(ReviewKind::Asset, asset.id, asset.name, asset.unitId,
                   trygg::trMsg("never reviewed (counted from %1)", data.info.created.toIso()));
    for (const Measure &measure : data.measures) {
        if (measureFinished(measure))
            continue;
        add({DueItem::Kind::Deadline, "measure", measure.id, measure.what, data.unitOf(measure), measure.deadline,
             dueState(measure.deadline, false, today, withinDays),
             measure.responsibleId ? trygg::trMsg("responsible: %1", data.personName(measure.responsibleId))
                                   : trygg::trMsg("responsible: none")});
        reviewItem(ReviewKind::Measure, measure.id, measure.what, data.unitOf(measure),
                   trygg::trMsg("never followed up (counted from %1)",
                                dates.timing(ReviewKind::Measure, measure.id).since.toIso()));
    }
    for (const PolicyDocument &document : data.documents)
        reviewItem(ReviewKind::Policy, document.id, document.name, document.unitId,
                   trygg::trMsg("never reviewed (counted from %1)", data.info.created.toIso()));

    // DOMAIN.md rule 7: nothing above the acceptance line goes untreated.
    for (const TreatmentNeed &need : treatmentNeeds(data, today)) {
        if (need.stage == TreatmentStage::InTreatment)
            continue; // its measures' deadlines are on the list
        const Risk &risk = data.risks[need.riskIndex];
        const std::string zone = data.matrixOf(risk).zones[static_cast<std::size_t>(need.score.zone)].name;
        DueItem item{DueItem::Kind::Acceptance, "risk",       risk.id,           risk.threat,
                     data.unitOf(risk),         std::nullopt, DueState::Overdue, ""};
        if (need.acceptance) {
            const std::string accepted = need.acceptance->date.toIso();
            item.due = need.acceptance->expires;
            if (need.state == AcceptanceState::Expired) {
                item.detail =
                    trygg::trMsg("acceptance expired (accepted %1 by %2)", accepted, need.acceptance->acceptedBy);
            } else {
                item.state = dueState(need.acceptance->expires, false, today, withinDays);
                item.detail =
                    trygg::trMsg("acceptance expires (accepted %1 by %2)", accepted, need.acceptance->acceptedBy);
            }
            add(std::move(item));
            continue;
        }
        switch (need.stage) {
        case TreatmentStage::InTreatment: continue;
        case TreatmentStage::ResidualAbove:
            item.detail = trygg::trMsg("residual risk %1 in zone '%2' is not accepted by management", need.score.score,
                                       zone);
            break;
        case TreatmentStage::Untreated:
            item.kind = DueItem::Kind::Treatment;
            item.detail = trygg::trMsg("risk %1 in zone '%2' needs a measure or management's acceptance",
                                       need.score.score, zone);
            break;
        case TreatmentStage::ResidualToScore:
            item.kind = DueItem::Kind::Residual;
            item.detail = trygg::trMsg("its measures are finished: score the residual risk (now %1 in zone '%2')",
                                       need.score.score, zone);
            break;
        }
        add(std::move(item));
    }
    // Issue 13: a line not scored yet is in no zone, so rule 7 cannot tell whether it needs treatment: it
    // is due until it is scored.
    for (const Risk &risk : data.risks)
        if (!scored(risk))
            add({DueItem::Kind::Unscored, "risk", risk.id, risk.threat, data.unitOf(risk), std::nullopt,
                 DueState::Overdue, trygg::trMsg("not scored: enter its probability and consequence")});
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
    // Issue 15: a line carried over from the last round is reassessed in its round, by the end of the
    // round's year (002 §26 stk. 2: renewed before the end of the year); listed until it is.
    for (const Risk &risk : data.risks) {
        if (!risk.notReassessed || data.inClosedRound(risk))
            continue;
        const RiskAssessment *round = RegisterData::findById(data.assessments, risk.assessmentId);
        if (!round)
            continue;
        const Date due{round->date.year, 12, 31};
        items.push_back(
            {DueItem::Kind::Reassess, "risk", risk.id, risk.threat, data.unitOf(risk), due,
             today > due ? DueState::Overdue : DueState::DueSoon,
             trygg::trMsg("carried over into '%1', not reassessed: confirm or change its scores", round->name)});
    }
    const DateTime nowUtc = Clock::toUtc(now);
    for (const Incident &incident : data.incidents) {
        const NotificationState state = notificationState(incident, nowUtc);
        if (state != NotificationState::Pending && state != NotificationState::Late)
            continue;
        const DateTime deadline = Clock::toLocal(notificationDeadline(incident)); // as the user's clock shows it
        add({DueItem::Kind::Notification, "incident", incident.id, incident.description, incident.unitId, deadline.date,
             state == NotificationState::Late ? DueState::Overdue : DueState::DueSoon,
             trygg::trMsg("personal data breach discovered %1: tell the data protection authority by %2",
                          Clock::toLocal(incident.discovered).toText(), deadline.toText())});
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

void keepUnits(std::vector<DueItem> &items, const std::vector<Id> &units)
{
    std::erase_if(items, [&](const DueItem &item) {
        return item.unitId && std::find(units.begin(), units.end(), *item.unitId) == units.end();
    });
}

} // namespace trygg
