// SPDX-License-Identifier: EUPL-1.2
#include "RoundReports.h"

#include "ReportBuilder.h"
#include "ReportText.h"

#include "common/DomainTexts.h"
#include "cycle/RoundComparison.h"
#include "cycle/Trend.h"
#include "model/Error.h"
#include "model/RegisterData.h"

#include <algorithm>
#include <string>
#include <vector>

namespace trygg::ui {

using report::Align;
using report::Cell;
using report::Table;
using report::TableRow;

namespace {

using reporttext::text;

QString changeText(LineChange change)
{
    switch (change) {
    case LineChange::New: return RoundReports::tr("New");
    case LineChange::Removed: return RoundReports::tr("Removed");
    case LineChange::Higher: return RoundReports::tr("Higher");
    case LineChange::Lower: return RoundReports::tr("Lower");
    case LineChange::Unchanged: return RoundReports::tr("Unchanged");
    }
    return {};
}

// The names of a round's assessments, each once: the whole register's round of a year is usually one
// name given in every unit ("Risikovurdering 2025"), which the title and the column header say once.
std::string roundNames(const RegisterData &data, const std::vector<Id> &round)
{
    std::vector<std::string> names;
    for (Id id : round)
        if (const RiskAssessment *assessment = RegisterData::findById(data.assessments, id);
            assessment && std::find(names.begin(), names.end(), assessment->name) == names.end())
            names.push_back(assessment->name);
    std::string joined;
    for (const std::string &name : names)
        joined += (joined.empty() ? "" : ", ") + name;
    return joined;
}

Cell scoreCell(const RegisterData &data, const Risk *risk, const std::optional<RiskScore> &score,
               const std::string &zone)
{
    if (!risk || !score)
        return Cell{std::string()};
    const RiskMatrix &matrix = data.matrixOf(*risk);
    return Cell{std::to_string(score->score) + " " + zone, reporttext::zoneColour(matrix, score->zone), true};
}

} // namespace

void RoundReports::comparison(const RegisterData &data, const ReportRequest &request, report::ReportDocument &document)
{
    if (request.fromRound.empty() || request.toRound.empty())
        throw InputError("a comparison needs two rounds");
    const RoundComparison comparison =
        compareRounds(data, request.fromRound, request.toRound, request.assetId, request.today);
    const std::string from = roundNames(data, request.fromRound), to = roundNames(data, request.toRound);
    document.title = text(tr("Comparison of rounds"));
    document.subtitle = data.info.name + " · " + from + " \u2192 " + to;
    if (const Asset *asset = RegisterData::findById(data.assets, request.assetId))
        document.subtitle += " · " + asset->name;
    document.blocks.emplace_back(report::Paragraph{
        text(tr("%1 new, %2 removed, %3 higher, %4 lower and %5 unchanged. Higher or lower: by zone first, then by "
                "score as a share of its matrix's highest, so rounds scored on different matrix versions compare.")
                 .arg(comparison.count(LineChange::New))
                 .arg(comparison.count(LineChange::Removed))
                 .arg(comparison.count(LineChange::Higher))
                 .arg(comparison.count(LineChange::Lower))
                 .arg(comparison.count(LineChange::Unchanged)))});

    document.blocks.emplace_back(report::Heading{text(tr("Risks"))});
    Table lines;
    lines.columns = {{text(tr("Change")), 1.1}, {text(tr("What can happen?")), 4}, {text(tr("Asset")), 2},
                     {text(tr("Unit")), 1.6},   {from, 1.8, Align::Centre},        {to, 1.8, Align::Centre}};
    lines.emptyText = text(tr("Neither round has lines."));
    for (const ComparedLine &line : comparison.lines) {
        const Risk &risk = line.to ? *line.to : *line.from;
        const Asset *asset = RegisterData::findById(data.assets, risk.assetId);
        TableRow row;
        row.marked = line.change == LineChange::Higher || line.change == LineChange::New;
        row.cells = {Cell{text(changeText(line.change)), std::nullopt, line.change != LineChange::Unchanged},
                     Cell{risk.threat},
                     Cell{asset ? asset->name : std::string()},
                     Cell{data.unitName(data.unitOf(risk))},
                     scoreCell(data, line.from, line.fromScore, line.fromZone),
                     scoreCell(data, line.to, line.toScore, line.toZone)};
        lines.rows.push_back(std::move(row));
    }
    document.blocks.emplace_back(std::move(lines));

    auto measures = [&](const QString &heading, const std::vector<Id> &ids, const QString &empty) {
        document.blocks.emplace_back(report::Heading{text(heading)});
        Table table;
        table.columns = {{text(tr("Measure")), 4},
                         {text(tr("Unit")), 2},
                         {text(tr("Responsible")), 2},
                         {text(tr("Deadline")), 1.2},
                         {text(tr("Status")), 1.2}};
        table.emptyText = text(empty);
        for (Id id : ids) {
            const Measure *measure = RegisterData::findById(data.measures, id);
            if (!measure)
                continue;
            TableRow row;
            row.marked = std::find(comparison.measuresOverdue.begin(), comparison.measuresOverdue.end(), id) !=
                         comparison.measuresOverdue.end();
            row.cells = {Cell{measure->what}, Cell{data.unitName(data.unitOf(*measure))},
                         Cell{data.personName(measure->responsibleId)},
                         Cell{measure->deadline ? text(dateText(*measure->deadline)) : std::string()},
                         Cell{text(DomainTexts::measureStatus(measure->status))}};
            table.rows.push_back(std::move(row));
        }
        document.blocks.emplace_back(std::move(table));
    };
    measures(tr("Measures completed between the rounds"), comparison.measuresCompleted, tr("None."));
    measures(tr("Measures still open (%1 overdue, marked)").arg(comparison.measuresOverdue.size()),
             comparison.measuresOpen, tr("None."));
}

namespace {

constexpr int ChartYears = 6; // this year and up to five before it

} // namespace

report::BarChart RoundReports::trendChart(const RegisterData &data, std::optional<Id> unitId, Date today)
{
    const Trend trend = riskTrend(data, unitId, today, ChartYears);
    const RiskMatrix &matrix = data.currentMatrix();
    const int zones = static_cast<int>(trend.zoneNames.size());
    report::BarChart chart;
    chart.title = text(tr("Risks by zone per year"));
    chart.noteName = text(tr("Over each bar: the risks above the acceptance line."));
    // Bottom up: the least severe zone first (trend.zoneNames has the most severe first).
    for (int z = zones - 1; z >= 0; --z) {
        chart.segmentNames.push_back(trend.zoneNames[static_cast<std::size_t>(z)]);
        chart.segmentColours.push_back(reporttext::zoneColour(matrix, zones - 1 - z));
    }
    QStringList years;
    for (const TrendYear &year : trend.years) {
        report::BarChart::Bar bar;
        bar.label = std::to_string(year.year);
        QStringList perZone;
        for (int z = zones - 1; z >= 0; --z) {
            const int count = z < static_cast<int>(year.currentPerZone.size())
                                  ? year.currentPerZone[static_cast<std::size_t>(z)]
                                  : 0;
            bar.values.push_back(count);
        }
        for (int z = 0; z < zones && z < static_cast<int>(year.currentPerZone.size()); ++z)
            perZone << QStringLiteral("%1 %2")
                           .arg(QString::fromStdString(trend.zoneNames[static_cast<std::size_t>(z)]))
                           .arg(year.currentPerZone[static_cast<std::size_t>(z)]);
        bar.note = std::to_string(year.aboveLine);
        years << tr("%1: %2 risks (%3), %4 above the acceptance line")
                     .arg(year.year)
                     .arg(year.risks)
                     .arg(perZone.join(QStringLiteral(", ")))
                     .arg(year.aboveLine);
        chart.bars.push_back(std::move(bar));
    }
    chart.description = text(years.join(QStringLiteral("; ")));
    return chart;
}

report::Table RoundReports::trendTable(const RegisterData &data, std::optional<Id> unitId, Date today)
{
    const Trend trend = riskTrend(data, unitId, today, ChartYears);
    const RiskMatrix &matrix = data.currentMatrix();
    Table table;
    table.columns = {{text(tr("Year")), 0.8}};
    for (const std::string &zone : trend.zoneNames)
        table.columns.push_back({zone, 1, Align::Centre});
    table.columns.push_back({text(tr("Above the line")), 1, Align::Right});
    table.columns.push_back({text(tr("Accepted")), 1, Align::Right});
    table.columns.push_back({text(tr("Measures done")), 1, Align::Right});
    table.columns.push_back({text(tr("Measures overdue")), 1, Align::Right});
    table.columns.push_back({text(tr("Incidents")), 1, Align::Right});
    table.emptyText = text(tr("No risk assessment yet."));
    const int zones = static_cast<int>(matrix.zones.size());
    for (const TrendYear &year : trend.years) {
        TableRow row;
        row.cells.push_back(Cell{std::to_string(year.year), std::nullopt, year.year == today.year});
        for (std::size_t i = 0; i < year.currentPerZone.size(); ++i) {
            const int zone = zones - 1 - static_cast<int>(i);
            const int count = year.currentPerZone[i];
            // A bar of the chart: the zone's colour where there are risks in it.
            row.cells.push_back(Cell{std::to_string(count),
                                     count > 0 ? std::optional(reporttext::zoneColour(matrix, zone)) : std::nullopt,
                                     count > 0});
        }
        row.cells.push_back(Cell{std::to_string(year.aboveLine)});
        row.cells.push_back(Cell{std::to_string(year.accepted)});
        row.cells.push_back(Cell{std::to_string(year.measuresDone)});
        row.cells.push_back(Cell{std::to_string(year.measuresOverdue)});
        row.cells.push_back(Cell{std::to_string(year.incidents)});
        row.marked = year.measuresOverdue > 0;
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace trygg::ui
