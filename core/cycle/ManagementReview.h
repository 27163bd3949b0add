// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Date.h"
#include "model/Ids.h"
#include "model/Incident.h"

#include <array>
#include <vector>

namespace trygg {

struct AuditEntry;
struct RegisterData;

// The figures of the yearly management review (003 section 2; 002 §79 stk. 4-5 and §7 stk. 4: incidents
// and exceptions reported yearly), gathered once for the printed report and any other view of it.
// The year is the calendar year; figures "as of" are taken at the end of the year, or today while the
// year is still running. Whether a breach was told in time is judged now (by the clock): once its 72
// hours are over, that it was not told in time is true for every year's report.
struct ManagementReviewFigures {
    int year = 0;
    Date asOf;

    // Incidents discovered in the year, counted by type and severity (indexes of the enums).
    std::array<std::array<int, SeverityCount>, IncidentTypeCount> incidentsByTypeAndSeverity{};
    int incidents = 0;
    std::vector<Id> incidentIds;
    int incidentsOpen = 0; // of those, not closed as of asOf
    int personalDataBreaches = 0;
    // Told to the authority after their 72 hours, or not told and the 72 hours are over (now).
    int breachesNotNotifiedInTime = 0;
    int breachesWithinDeadline = 0; // not told yet, and their 72 hours are still running (now)

    std::vector<Id> measuresDone;    // done during the year: by the day it was done, else by the audit trail
    std::vector<Id> measuresOverdue; // past their deadline as of asOf and neither done nor cancelled

    // Units whose risk assessment is overdue or falls due by the end of the year (002 §26 stk. 2).
    std::vector<std::optional<Id>> assessmentsDue;

    std::vector<Id> risksAboveAcceptance; // residual (or, where not assessed, current) score above the line
    int risksAccepted = 0;                // of those, with management's acceptance valid at asOf

    std::vector<Id> exceptionsInForce; // approved by asOf and valid at some time in the year
};

// `trail` is the register's audit trail (RegisterFile::history()), from which the day a measure was
// done is read; a measure created as done counts in the year it was created.
ManagementReviewFigures managementReviewFigures(const RegisterData &data, const std::vector<AuditEntry> &trail,
                                                int year, Date today);

} // namespace trygg
