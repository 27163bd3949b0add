// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Date.h"
#include "model/DateTime.h"
#include "model/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace trygg {

// 003 Vedlegg 7 and 002 §79: the kind of breach.
enum class IncidentType { Confidentiality, Integrity, Availability, PersonalDataBreach, RoutineBreach };
inline constexpr int IncidentTypeCount = 5;
enum class Severity { Low, Medium, High, Critical };
inline constexpr int SeverityCount = 4;
enum class IncidentStatus { Open, Investigating, Closed };
inline constexpr int IncidentStatusCount = 3;

// A deviation or security incident (avvik, hændelse; 003 sections 3.7-3.9, 002 §79-82).
// Its times are UTC instants (the file keeps "YYYY-MM-DDTHH:MMZ"): the window and the reports show and
// take them as the user's wall-clock time through Clock::toLocal and Clock::toUtc, so the 72 hours of
// GDPR art. 33 are counted on instants, real hours across a daylight saving change.
struct Incident {
    Id id = 0;
    DateTime discovered; // UTC
    std::optional<Id> unitId;
    std::string reportedBy;
    IncidentType type = IncidentType::Confidentiality;
    std::string description;
    std::string observed; // what was seen: messages on screen, the error (002 §79)
    Severity severity = Severity::Medium;
    IncidentStatus status = IncidentStatus::Open;
    // The data protection authority (Datatilsynet, IMY) told about a personal data breach, and when.
    bool authorityNotified = false;
    std::optional<DateTime> notifiedAt; // UTC
    std::vector<Id> assetIds;
    std::vector<Id> riskIds;
    std::vector<Id> measureIds; // corrective measures in the action plan

    bool operator==(const Incident &) const = default;
};

// An approved exception from a rule (fravigelse, 002 §7 stk. 4), reported yearly.
struct RuleException {
    Id id = 0;
    std::string rule;
    std::string reason;
    std::string approvedBy;
    Date approvedOn;
    std::optional<Date> validUntil; // none: until revoked
    std::optional<Id> unitId;

    bool operator==(const RuleException &) const = default;
};

} // namespace trygg
