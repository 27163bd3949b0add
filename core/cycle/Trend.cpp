// SPDX-License-Identifier: EUPL-1.2
#include "cycle/Trend.h"

#include "exchange/Csv.h"
#include "model/RegisterData.h"
#include "risk/RiskRules.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace trygg {
namespace {

// The assessments in force at the end of `year`.
std::set<Id> roundsInForce(const RegisterData &data, int year)
{
    std::set<Id> inForce, superseded;
    for (const RiskAssessment &assessment : data.assessments) {
        if (assessment.date.year > year)
            continue;
        inForce.insert(assessment.id);
        if (assessment.previousId)
            superseded.insert(*assessment.previousId);
    }
    for (Id id : superseded)
        inForce.erase(id);
    return inForce;
}

void countZone(std::vector<int> &perZone, const RiskMatrix &matrix, const RiskScore &score)
{
    if (score.zone < 0 || perZone.empty())
        return;
    const int fromTop = static_cast<int>(matrix.zones.size()) - 1 - score.zone;
    ++perZone[static_cast<std::size_t>(std::clamp(fromTop, 0, static_cast<int>(perZone.size()) - 1))];
}

} // namespace

Trend riskTrend(const RegisterData &data, std::optional<Id> unitId, Date today, std::optional<int> maxYears)
{
    Trend trend;
    const RiskMatrix &current = data.currentMatrix();
    for (auto zone = current.zones.rbegin(); zone != current.zones.rend(); ++zone)
        trend.zoneNames.push_back(zone->name);
    int first = today.year;
    for (const RiskAssessment &assessment : data.assessments)
        if (!unitId || assessment.unitId == unitId)
            first = std::min(first, assessment.date.year);
    if (maxYears && *maxYears > 0)
        first = std::max(first, today.year - *maxYears + 1);
    // Each risk's acceptances, looked up once (a register may hold 100,000 lines).
    std::unordered_map<Id, std::vector<const RiskAcceptance *>> acceptancesOf;
    for (const RiskAcceptance &acceptance : data.acceptances)
        acceptancesOf[acceptance.riskId].push_back(&acceptance);

    for (int year = first; year <= today.year; ++year) {
        TrendYear row;
        row.year = year;
        row.currentPerZone.assign(trend.zoneNames.size(), 0);
        row.residualPerZone.assign(trend.zoneNames.size(), 0);
        const Date endOfYear{year, 12, 31};
        const Date asOf = std::min(endOfYear, today);
        const std::set<Id> inForce = roundsInForce(data, year);
        for (const Risk &risk : data.risks) {
            if (!inForce.count(risk.assessmentId) || (unitId && data.unitOf(risk) != unitId))
                continue;
            ++row.risks;
            const RiskMatrix &matrix = data.matrixOf(risk);
            countZone(row.currentPerZone, matrix, scoreOf(matrix, risk));
            const RiskScore standing = standingScoreOf(matrix, risk);
            countZone(row.residualPerZone, matrix, standing);
            if (!aboveAcceptanceLine(matrix, standing))
                continue;
            ++row.aboveLine;
            const auto found = acceptancesOf.find(risk.id);
            if (found != acceptancesOf.end() &&
                std::any_of(found->second.begin(), found->second.end(), [&](const RiskAcceptance *acceptance) {
                    return acceptance->date <= asOf && acceptance->expires >= asOf;
                }))
                ++row.accepted;
        }
        for (const Measure &measure : data.measures) {
            if (unitId && data.unitOf(measure) != unitId)
                continue;
            if (measure.status == MeasureStatus::Done) {
                // Done in the year of the day it was done; one done before file version 10 has no such day
                // and counts in its deadline's year.
                const std::optional<Date> &day = measure.completed ? measure.completed : measure.deadline;
                if (day && day->year == year)
                    ++row.measuresDone;
            } else if (measure.deadline && measure.deadline->year == year && !measureFinished(measure) &&
                       *measure.deadline < asOf) {
                ++row.measuresOverdue;
            }
        }
        for (const Incident &incident : data.incidents)
            if (incident.discovered.date.year == year && (!unitId || incident.unitId == unitId))
                ++row.incidents;
        trend.years.push_back(std::move(row));
    }
    return trend;
}

std::string trendCsv(const Trend &trend)
{
    std::string out;
    CsvWriter writer(out);
    std::vector<std::string> header = {
        "year", "risks", "above_line", "accepted", "measures_done", "measures_overdue", "incidents"};
    for (std::size_t i = 1; i <= trend.zoneNames.size(); ++i)
        header.push_back("current_zone_" + std::to_string(i));
    for (std::size_t i = 1; i <= trend.zoneNames.size(); ++i)
        header.push_back("residual_zone_" + std::to_string(i));
    writer.writeRow(header);
    for (const TrendYear &year : trend.years) {
        std::vector<std::string> row = {std::to_string(year.year),         std::to_string(year.risks),
                                        std::to_string(year.aboveLine),    std::to_string(year.accepted),
                                        std::to_string(year.measuresDone), std::to_string(year.measuresOverdue),
                                        std::to_string(year.incidents)};
        for (int count : year.currentPerZone)
            row.push_back(std::to_string(count));
        for (int count : year.residualPerZone)
            row.push_back(std::to_string(count));
        writer.writeRow(row);
    }
    return out;
}

} // namespace trygg
