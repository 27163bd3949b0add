// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "deadlines/DeadlineRule.h"
#include "model/DateTime.h"
#include "model/Ids.h"
#include "model/Message.h"
#include "model/Review.h"

#include <optional>
#include <string>
#include <vector>

namespace trygg {

struct Incident;
struct RegisterData;

// What the yearly cycle asks of a register now (DOMAIN.md, "Cycles and deadlines").
struct DueItem {
    enum class Kind {
        Review,       // an assessment, asset, measure or policy document is to be reviewed
        Deadline,     // a measure's deadline (003 Trinn 4)
        Acceptance,   // a risk above the acceptance line whose acceptance by management is missing or runs out
        Approval,     // an approved plan or assessment changed since it was approved (002 §25 stk. 6)
        Notification, // a personal data breach to be reported to the authority within 72 hours
        Exception,    // an approved exception (002 §7 stk. 4) that runs out
        Treatment,    // a risk above the acceptance line with neither a measure nor management's acceptance
        Residual,     // a risk above the acceptance line whose measures are finished: score its residual risk
        Reassess,     // a line carried over from the last round whose scores nobody has confirmed or changed
        Unscored,     // issue 13: a risk line without probability and consequence yet
    };
    Kind kind = Kind::Review;
    std::string objectType; // assessment, asset, measure, policy, unit, risk, approval, incident, exception
    std::optional<Id> objectId;
    Message name; // the object's name, or what stands for it ("action plan of Skole")
    std::optional<Id> unitId;
    std::optional<Date> due; // none: due now (never assessed, not accepted, approval outdated)
    DueState state = DueState::Open;
    Message detail; // "never reviewed", "last reviewed 2025-03-01 by kari", ...
};

// 72 hours to tell the data protection authority about a personal data breach (GDPR art. 33; 003
// section 3.8: the authority is told when personal data has gone astray).
enum class NotificationState { NotRequired, Pending, Late, NotifiedInTime, NotifiedLate };
// The hours are counted on UTC instants (Incident's times are UTC), so they are real hours across a
// daylight saving change; `nowUtc` and the deadline are UTC too (Clock::toLocal shows them).
inline constexpr int NotificationHours = 72;
NotificationState notificationState(const Incident &incident, DateTime nowUtc);
DateTime notificationDeadline(const Incident &incident);

// Everything overdue, and everything due within `withinDays` days of `now`, the user's wall-clock time: the
// most urgent first (overdue before due soon, then by date).
std::vector<DueItem> dueList(const RegisterData &data, DateTime now, int withinDays = 30);
// Issue 16: what is due of `units` (those a section leader reads on a server, each with its sub-units) and of
// no unit; the other units' assessments the leader does not see would otherwise all seem never assessed.
void keepUnits(std::vector<DueItem> &items, const std::vector<Id> &units);

// review, deadline, acceptance, approval, notification, exception, treatment, residual, reassess, unscored
std::string_view toToken(DueItem::Kind kind);

// The due list as CSV (UTF-8 with BOM, `;`, CRLF like the exports):
// state,due,kind,object_type,object_id,name,unit,detail (state: overdue or due soon; due empty when due now;
// name and detail in English, whatever the reader's language).
std::string dueListCsv(const RegisterData &data, const std::vector<DueItem> &items);

} // namespace trygg
