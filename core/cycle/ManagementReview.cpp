// SPDX-License-Identifier: EUPL-1.2
#include "cycle/ManagementReview.h"

#include "cycle/Treatment.h"
#include "cycle/DueList.h"
#include "deadlines/ReviewSchedule.h"
#include "model/AuditEntry.h"
#include "model/Clock.h"
#include "model/RegisterData.h"
#include "risk/RiskRules.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace trygg {

ManagementReviewFigures managementReviewFigures(const RegisterData &data, const std::vector<AuditEntry> &trail,
                                                int year, Date today)
{
    ManagementReviewFigures figures;
    figures.year = year;
    const Date first{year, 1, 1};
    const Date last{year, 12, 31};
    figures.asOf = std::min(today, last);

    for (const Incident &incident : data.incidents) {
        if (Clock::toLocal(incident.discovered).date.year != year) // the year on the user's calendar
            continue;
        ++figures.incidents;
        figures.incidentIds.push_back(incident.id);
        ++figures.incidentsByTypeAndSeverity[static_cast<std::size_t>(incident.type)]
                                            [static_cast<std::size_t>(incident.severity)];
        if (incident.status != IncidentStatus::Closed)
            ++figures.incidentsOpen;
        if (incident.type == IncidentType::PersonalDataBreach) {
            ++figures.personalDataBreaches;
            switch (notificationState(incident, Clock::nowUtc())) {
            case NotificationState::Late:
            case NotificationState::NotifiedLate: ++figures.breachesNotNotifiedInTime; break;
            case NotificationState::Pending: ++figures.breachesWithinDeadline; break;
            case NotificationState::NotifiedInTime:
            case NotificationState::NotRequired: break;
            }
        }
    }

    // The day each measure was last set to done (or created done), from the trail (UTC dates).
    std::map<Id, int> doneYear;
    for (const AuditEntry &entry : trail) {
        if (entry.objectType != "measure" || !entry.objectId || entry.at.size() < 4)
            continue;
        const bool setDone = entry.action == "edit" && entry.field == "status" && entry.newValue == "done";
        int entryYear = 0; // a damaged time in the file counts for no year
        const auto [end, ec] = std::from_chars(entry.at.data(), entry.at.data() + 4, entryYear);
        if ((setDone || entry.action == "create") && ec == std::errc() && end == entry.at.data() + 4)
            doneYear[*entry.objectId] = entryYear;
    }
    for (const Measure &measure : data.measures) {
        if (measure.status == MeasureStatus::Done) {
            // The day it was done (issue 15); for one done before file version 10 kept it, the audit trail's.
            const auto found = doneYear.find(measure.id);
            const std::optional<int> doneIn = measure.completed              ? std::optional(measure.completed->year)
                                              : found != doneYear.end() ? std::optional(found->second)
                                                                        : std::nullopt;
            if (doneIn == year)
                figures.measuresDone.push_back(measure.id);
        } else if (dueState(measure.deadline, measureFinished(measure), figures.asOf) == DueState::Overdue) {
            figures.measuresOverdue.push_back(measure.id);
        }
    }

    for (const ReviewDue &due : reviewSchedule(data, figures.asOf))
        if (!due.due || *due.due <= last)
            figures.assessmentsDue.push_back(due.unitId);

    for (const TreatmentNeed &need : treatmentNeeds(data, figures.asOf)) {
        figures.risksAboveAcceptance.push_back(data.risks[need.riskIndex].id);
        if (need.state == AcceptanceState::Valid)
            ++figures.risksAccepted;
    }

    for (const RuleException &exception : data.exceptions)
        if (exception.approvedOn <= figures.asOf && (!exception.validUntil || *exception.validUntil >= first))
            figures.exceptionsInForce.push_back(exception.id);
    return figures;
}

} // namespace trygg
