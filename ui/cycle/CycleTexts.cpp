// SPDX-License-Identifier: EUPL-1.2
#include "CycleTexts.h"

#include "cycle/DueList.h"

namespace trygg::ui {

QString CycleTexts::incidentType(IncidentType type)
{
    switch (type) {
    case IncidentType::Confidentiality: return tr("Confidentiality");
    case IncidentType::Integrity: return tr("Integrity");
    case IncidentType::Availability: return tr("Availability");
    case IncidentType::PersonalDataBreach: return tr("Personal data breach");
    case IncidentType::RoutineBreach: return tr("Breach of routine");
    }
    return {};
}

QString CycleTexts::severity(Severity severity)
{
    switch (severity) {
    case Severity::Low: return tr("Low");
    case Severity::Medium: return tr("Medium");
    case Severity::High: return tr("High");
    case Severity::Critical: return tr("Critical");
    }
    return {};
}

QString CycleTexts::incidentStatus(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Open: return tr("Open");
    case IncidentStatus::Investigating: return tr("Investigating");
    case IncidentStatus::Closed: return tr("Closed");
    }
    return {};
}

QString CycleTexts::reviewKind(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Assessment: return tr("Risk assessment");
    case ReviewKind::Asset: return tr("Asset");
    case ReviewKind::Measure: return tr("Measure");
    case ReviewKind::Policy: return tr("Policy document");
    }
    return {};
}

QString CycleTexts::dueWhat(const DueItem &item)
{
    switch (item.kind) {
    case DueItem::Kind::Review:
        if (item.objectType == "unit")
            return tr("Never assessed");
        if (item.objectType == "assessment")
            return tr("Renew the risk assessment");
        if (item.objectType == "measure")
            return tr("Follow up the measure");
        if (item.objectType == "policy")
            return tr("Review the policy document");
        return tr("Review the asset");
    case DueItem::Kind::Deadline: return tr("Measure deadline");
    case DueItem::Kind::Acceptance:
        if (!item.due)
            return tr("Residual risk not accepted");
        return item.state == DueState::Overdue ? tr("Acceptance expired") : tr("Acceptance expires");
    case DueItem::Kind::Approval:
        return item.objectType == "plan" ? tr("Action plan changed since approved")
                                         : tr("Assessment changed since approved");
    case DueItem::Kind::Notification: return tr("Tell the data protection authority (72 hours)");
    case DueItem::Kind::Exception: return tr("Exception runs out");
    case DueItem::Kind::Treatment: return tr("Needs a measure or management's acceptance");
    case DueItem::Kind::Residual: return tr("Score the residual risk");
    case DueItem::Kind::Reassess: return tr("Reassess the carried-over line");
    case DueItem::Kind::Unscored: return tr("Score the risk line");
    }
    return {};
}

QString CycleTexts::dueKind(int kind)
{
    switch (static_cast<DueItem::Kind>(kind)) {
    case DueItem::Kind::Review: return tr("Reviews");
    case DueItem::Kind::Deadline: return tr("Measure deadlines");
    case DueItem::Kind::Acceptance: return tr("Acceptances");
    case DueItem::Kind::Approval: return tr("Approvals");
    case DueItem::Kind::Notification: return tr("Breach notifications");
    case DueItem::Kind::Exception: return tr("Exceptions");
    case DueItem::Kind::Treatment: return tr("Risks needing treatment");
    case DueItem::Kind::Residual: return tr("Residual risks to score");
    case DueItem::Kind::Reassess: return tr("Carried-over lines to reassess");
    case DueItem::Kind::Unscored: return tr("Risk lines not scored");
    }
    return {};
}

} // namespace trygg::ui
