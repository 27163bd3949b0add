// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Incident.h"
#include "model/Review.h"

#include <QCoreApplication>
#include <QString>

namespace trygg {
struct DueItem;
}

namespace trygg::ui {

// User-visible words for the yearly cycle's values (incidents, reviews, the due list).
class CycleTexts {
    Q_DECLARE_TR_FUNCTIONS(CycleTexts)

public:
    static QString incidentType(IncidentType type);
    static QString severity(Severity severity);
    static QString incidentStatus(IncidentStatus status);
    static QString reviewKind(ReviewKind kind);
    // What a line of the due list asks for: "Review the asset", "Measure deadline", ...
    static QString dueWhat(const DueItem &item);
    // The kind of a due task, for the Due page's filter (issue 13).
    static QString dueKind(int kind);
};

} // namespace trygg::ui
