// SPDX-License-Identifier: EUPL-1.2
#include "cycle/RoundComparison.h"

#include "exchange/Csv.h"
#include "matrix/RiskMatrix.h"
#include "model/RegisterData.h"
#include "model/Text.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace trygg {
namespace {

bool contains(const std::vector<Id> &ids, Id id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// A line's zone counted from its matrix's most severe (0 = the most severe).
int zoneFromTop(const RiskMatrix &matrix, const RiskScore &score)
{
    return static_cast<int>(matrix.zones.size()) - 1 - score.zone;
}

std::string zoneName(const RiskMatrix &matrix, const RiskScore &score)
{
    return score.zone >= 0 && score.zone < static_cast<int>(matrix.zones.size())
               ? matrix.zones[static_cast<std::size_t>(score.zone)].name
               : std::string();
}

using SameRiskKey = std::tuple<std::optional<Id>, std::optional<Id>, std::string>;
SameRiskKey sameRiskKey(const RegisterData &data, const Risk &risk)
{
    return {data.unitOf(risk), risk.assetId, foldCase(trim(risk.threat))};
}

} // namespace

std::string_view toToken(LineChange change)
{
    switch (change) {
    case LineChange::New: return "new";
    case LineChange::Removed: return "removed";
    case LineChange::Higher: return "higher";
    case LineChange::Lower: return "lower";
    case LineChange::Unchanged: return "unchanged";
    }
    return "unchanged";
}

int RoundComparison::count(LineChange change) const
{
    return static_cast<int>(
        std::count_if(lines.begin(), lines.end(), [&](const ComparedLine &line) { return line.change == change; }));
}

LineChange compareScores(const RiskMatrix &fromMatrix, const RiskScore &from, const RiskMatrix &toMatrix,
                         const RiskScore &to)
{
    const int fromZone = zoneFromTop(fromMatrix, from), toZone = zoneFromTop(toMatrix, to);
    if (fromZone != toZone)
        return toZone < fromZone ? LineChange::Higher : LineChange::Lower;
    // Score as a share of the matrix's highest, compared without rounding: a / A against b / B.
    const long long fromShare = static_cast<long long>(from.score) * std::max(toMatrix.maxScore(), 1);
    const long long toShare = static_cast<long long>(to.score) * std::max(fromMatrix.maxScore(), 1);
    if (fromShare == toShare)
        return LineChange::Unchanged;
    return toShare > fromShare ? LineChange::Higher : LineChange::Lower;
}

RoundComparison compareRounds(const RegisterData &data, const std::vector<Id> &from, const std::vector<Id> &to,
                              std::optional<Id> assetId, Date today)
{
    RoundComparison result;
    result.fromAssessments = from;
    result.toAssessments = to;
    auto inScope = [&](const Risk &risk) { return !assetId || risk.assetId == assetId; };
    std::vector<const Risk *> fromLines, toLines;
    for (const Risk &risk : data.risks) {
        if (contains(from, risk.assessmentId) && inScope(risk))
            fromLines.push_back(&risk);
        else if (contains(to, risk.assessmentId) && inScope(risk))
            toLines.push_back(&risk);
    }
    auto formOrder = [&](const Risk *a, const Risk *b) {
        return std::tie(a->assessmentId, a->position, a->id) < std::tie(b->assessmentId, b->position, b->id);
    };
    std::sort(fromLines.begin(), fromLines.end(), formOrder);
    std::sort(toLines.begin(), toLines.end(), formOrder);

    std::set<Id> fromIds;
    for (const Risk *line : fromLines)
        fromIds.insert(line->id);
    std::set<Id> matchedFrom;
    std::map<const Risk *, const Risk *> match; // later line -> earlier line
    // First what was carried over, through the rounds between them.
    for (const Risk *line : toLines) {
        std::set<Id> seen;
        for (const Risk *ancestor = RegisterData::findById(data.risks, line->carriedFromId);
             ancestor && seen.insert(ancestor->id).second;
             ancestor = RegisterData::findById(data.risks, ancestor->carriedFromId)) {
            if (fromIds.count(ancestor->id) && !matchedFrom.count(ancestor->id)) {
                match[line] = ancestor;
                matchedFrom.insert(ancestor->id);
                break;
            }
        }
    }
    // Then the same unit, asset and text.
    std::multimap<SameRiskKey, const Risk *> unmatched;
    for (const Risk *line : fromLines)
        if (!matchedFrom.count(line->id))
            unmatched.emplace(sameRiskKey(data, *line), line);
    for (const Risk *line : toLines) {
        if (match.count(line))
            continue;
        const auto it = unmatched.find(sameRiskKey(data, *line));
        if (it == unmatched.end())
            continue;
        match[line] = it->second;
        matchedFrom.insert(it->second->id);
        unmatched.erase(it);
    }

    for (const Risk *line : toLines) {
        ComparedLine compared;
        compared.to = line;
        const RiskMatrix &toMatrix = data.matrixOf(*line);
        compared.toScore = standingScoreOf(toMatrix, *line);
        compared.toZone = zoneName(toMatrix, *compared.toScore);
        if (const auto found = match.find(line); found != match.end()) {
            compared.from = found->second;
            const RiskMatrix &fromMatrix = data.matrixOf(*compared.from);
            compared.fromScore = standingScoreOf(fromMatrix, *compared.from);
            compared.fromZone = zoneName(fromMatrix, *compared.fromScore);
            compared.change = compareScores(fromMatrix, *compared.fromScore, toMatrix, *compared.toScore);
        } else {
            compared.change = LineChange::New;
        }
        result.lines.push_back(std::move(compared));
    }
    for (const Risk *line : fromLines) {
        if (matchedFrom.count(line->id))
            continue;
        ComparedLine compared;
        compared.change = LineChange::Removed;
        compared.from = line;
        const RiskMatrix &fromMatrix = data.matrixOf(*line);
        compared.fromScore = standingScoreOf(fromMatrix, *line);
        compared.fromZone = zoneName(fromMatrix, *compared.fromScore);
        result.lines.push_back(std::move(compared));
    }

    // The rounds from the earlier one up to the later one (not including it): their done measures were
    // completed before the later round started.
    std::vector<Id> between = from;
    for (Id toId : to) {
        const RiskAssessment *round = RegisterData::findById(data.assessments, toId);
        std::vector<Id> chain;
        std::set<Id> seen;
        for (round = round ? RegisterData::findById(data.assessments, round->previousId) : nullptr;
             round && seen.insert(round->id).second;
             round = RegisterData::findById(data.assessments, round->previousId)) {
            if (contains(from, round->id)) {
                between.insert(between.end(), chain.begin(), chain.end());
                break;
            }
            chain.push_back(round->id);
        }
    }
    auto treatsScope = [&](const Measure &measure) {
        if (!assetId)
            return true;
        return std::any_of(measure.riskIds.begin(), measure.riskIds.end(), [&](Id riskId) {
            const Risk *risk = RegisterData::findById(data.risks, riskId);
            return risk && risk->assetId == assetId;
        });
    };
    std::optional<Date> fromDate, toDate;
    for (Id id : from)
        if (const RiskAssessment *round = RegisterData::findById(data.assessments, id))
            fromDate = fromDate ? std::min(*fromDate, round->date) : round->date;
    for (Id id : to)
        if (const RiskAssessment *round = RegisterData::findById(data.assessments, id))
            toDate = toDate ? std::max(*toDate, round->date) : round->date;
    auto completedBetween = [&](const Measure &measure) {
        if (measure.status != MeasureStatus::Done)
            return false;
        if (!measure.completed) // done before file version 10: by the round it stayed with
            return contains(between, measure.assessmentId);
        return (contains(between, measure.assessmentId) || contains(to, measure.assessmentId)) && fromDate && toDate &&
               *fromDate <= *measure.completed && *measure.completed <= *toDate;
    };
    for (const Measure &measure : data.measures) {
        if (!treatsScope(measure))
            continue;
        if (completedBetween(measure))
            result.measuresCompleted.push_back(measure.id);
        if (contains(to, measure.assessmentId) && !measureFinished(measure)) {
            result.measuresOpen.push_back(measure.id);
            if (measure.deadline && *measure.deadline < today)
                result.measuresOverdue.push_back(measure.id);
        }
    }
    return result;
}

std::string roundComparisonCsv(const RegisterData &data, const RoundComparison &comparison)
{
    std::string out;
    CsvWriter writer(out);
    writer.setNumberColumns({false, false, false, false, true, true, false, false});
    writer.writeRow({"change", "unit", "asset", "threat", "from_score", "to_score", "from_zone", "to_zone"});
    for (const ComparedLine &line : comparison.lines) {
        const Risk &risk = line.to ? *line.to : *line.from;
        const Asset *asset = RegisterData::findById(data.assets, risk.assetId);
        writer.writeRow(
            {std::string(toToken(line.change)), data.unitName(data.unitOf(risk)), asset ? asset->name : std::string(),
             risk.threat, line.fromScore ? std::to_string(line.fromScore->score) : std::string(),
             line.toScore ? std::to_string(line.toScore->score) : std::string(), line.fromZone, line.toZone});
    }
    return out;
}

std::vector<Id> roundNamed(const RegisterData &data, std::string_view name, std::optional<Id> unitId)
{
    const std::string wanted = foldCase(trim(name));
    std::vector<Id> named, ofYear;
    std::optional<int> year;
    if (wanted.size() == 4 && std::all_of(wanted.begin(), wanted.end(), [](char c) { return c >= '0' && c <= '9'; }))
        year = std::stoi(wanted);
    for (const RiskAssessment &assessment : data.assessments) {
        if (unitId && assessment.unitId != unitId)
            continue;
        if (foldCase(trim(assessment.name)) == wanted)
            named.push_back(assessment.id);
        else if (year && assessment.date.year == *year)
            ofYear.push_back(assessment.id);
    }
    return named.empty() ? ofYear : named;
}

} // namespace trygg
