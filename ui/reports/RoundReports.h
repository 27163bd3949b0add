// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the printed reports show of rounds (issue 15): the comparison of two rounds, and the trend of the
// risk picture over the years for the management review (003 section 2).

#include "model/Date.h"
#include "model/Ids.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>

#include <optional>

namespace trygg {
struct RegisterData;
}

namespace trygg::ui {

struct ReportRequest;

class RoundReports {
    Q_DECLARE_TR_FUNCTIONS(RoundReports)

public:
    // The comparison of request.fromRound with request.toRound (of request.assetId only, if given): title,
    // the lines by change with both scores in their zone colours, the measures completed between them
    // and those still open (overdue ones marked). Throws InputError when either round is empty.
    static void comparison(const RegisterData &data, const ReportRequest &request, report::ReportDocument &document);

    // The trend of `unitId` (none: the whole register) for this year and up to five before it: one row per
    // year with the risks per zone (the most severe first, in its colour), above the line, accepted,
    // measures done and overdue, incidents.
    static report::Table trendTable(const RegisterData &data, std::optional<Id> unitId, Date today);
    // The same years as a chart, as the Overview draws it (ui/overview/TrendChart.h): one bar per year, its
    // risks stacked by zone from the least severe at the bottom, each in its zone's colour, the number above
    // the acceptance line over it; the figures in words as the figure's alternative text.
    static report::BarChart trendChart(const RegisterData &data, std::optional<Id> unitId, Date today);
};

} // namespace trygg::ui
