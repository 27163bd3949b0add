// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The trend of the risk picture over the years (issue 15; 003 section 2: the management review
// evaluates whether the security work is working), for the register or one unit.

#include "model/Date.h"
#include "model/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace trygg {

struct RegisterData;

// One year. The risk picture of a year is that of the rounds in force at its end: every assessment dated
// in or before the year from which no round dated in or before the year was started. Zones are counted
// from the most severe of each line's own matrix (DOMAIN.md rule 6), so index 0 is the most severe zone.
struct TrendYear {
    int year = 0;
    int risks = 0;
    std::vector<int> currentPerZone;  // by the scores as assessed
    std::vector<int> residualPerZone; // by the residual where assessed, else as assessed
    int aboveLine = 0;                // standing score above the acceptance line (DOMAIN.md rule 7)
    int accepted = 0;                 // of those, accepted by management at the end of the year
    // Measures done in the year (by the day they were done; one done before file version 10 has none and
    // counts in its deadline's year), and those whose deadline falls in the year, not finished with the
    // deadline passed (by the end of the year, or by today in this year).
    int measuresDone = 0;
    int measuresOverdue = 0;
    int incidents = 0; // discovered in the year
};

struct Trend {
    std::vector<std::string> zoneNames; // the current matrix's, the most severe first
    std::vector<TrendYear> years;       // oldest first
};

// From the year of the first assessment to `today`'s year, the last `maxYears` of them only if given
// (the chart shows this year and up to five before it). `unitId`: that unit's lines, measures and
// incidents; none: the whole register's.
Trend riskTrend(const RegisterData &data, std::optional<Id> unitId, Date today, std::optional<int> maxYears = {});

// The trend as CSV (UTF-8 with BOM, `;`, CRLF like the exports), one row per year: year, risks,
// above_line, accepted, measures_done, measures_overdue, incidents, then current_zone_1.. and
// residual_zone_1.. (1 = the most severe zone), as many as the current matrix has zones.
std::string trendCsv(const Trend &trend);

} // namespace trygg
