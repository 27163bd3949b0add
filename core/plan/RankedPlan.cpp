// SPDX-License-Identifier: EUPL-1.2
#include "plan/RankedPlan.h"

#include "edit/Edit.h"
#include "model/RegisterData.h"
#include "plan/PlanOrder.h"

#include <algorithm>
#include <utility>

namespace trygg {
namespace {

template <typename T> std::vector<Id> idsOf(const std::vector<T> &records)
{
    std::vector<Id> ids;
    ids.reserve(records.size());
    for (const T &record : records)
        ids.push_back(record.id);
    return ids;
}

template <typename T> bool sameIds(const std::vector<Id> &ids, const std::vector<T> &records)
{
    return std::equal(ids.begin(), ids.end(), records.begin(), records.end(),
                      [](Id id, const T &record) { return id == record.id; });
}

// Where each record that had `ids` (ascending) is now in `records` (by id ascending); -1 when removed.
template <typename T> std::vector<int> followIndices(const std::vector<Id> &ids, const std::vector<T> &records)
{
    std::vector<int> to(ids.size(), -1);
    std::size_t j = 0;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        while (j < records.size() && records[j].id < ids[i])
            ++j;
        if (j < records.size() && records[j].id == ids[i])
            to[i] = static_cast<int>(j);
    }
    return to;
}

template <typename T> void markIds(std::vector<char> &marks, const std::vector<T> &records, const std::vector<Id> &ids)
{
    for (Id id : ids)
        if (const T *record = RegisterData::findById(records, id))
            marks[static_cast<std::size_t>(record - records.data())] = 1;
}

// Inserts `fresh` (sorted by key, each a line that is not in `kept`) into `kept` (sorted), each where its key
// belongs: the kept lines' keys are computed only where the binary searches look.
template <typename Line, typename Key, typename KeyOf>
std::vector<Line> placeAll(std::vector<Line> &kept, std::vector<std::pair<Key, Line>> &fresh, KeyOf keyOf)
{
    std::vector<Line> placed;
    placed.reserve(kept.size() + fresh.size());
    auto from = kept.begin();
    for (auto &[key, line] : fresh) {
        const auto at = std::lower_bound(from, kept.end(), key,
                                         [&](const Line &other, const Key &wanted) { return keyOf(other) < wanted; });
        std::move(from, at, std::back_inserter(placed));
        placed.push_back(std::move(line));
        from = at;
    }
    std::move(from, kept.end(), std::back_inserter(placed));
    return placed;
}

} // namespace

RankedPlan rankPlan(const RegisterData &data, Date today, const RiskScope &scope)
{
    RankedPlan ranked;
    ranked.scope = scope;
    ranked.today = today;
    ranked.acrossMatrices = plan_order::ranksAcrossMatrices(data, scope);
    ranked.risks = prioritiseRisks(data, scope);
    ranked.plan = plan_order::planOf(data, today, scope, ranked.risks);
    ranked.riskIds = idsOf(data.risks);
    ranked.measureIds = idsOf(data.measures);
    return ranked;
}

PlanUpdate updatePlan(RankedPlan &ranked, const RegisterData &data, const Edit &changes, Date today)
{
    PlanUpdate update;
    const auto rankAnew = [&] {
        ranked = rankPlan(data, today, ranked.scope);
        update.reranked = true;
        update.placed.clear();
        return update;
    };
    if (today != ranked.today)
        return rankAnew(); // due states move with the date

    // What the edits name. Units, people and the yearly cycle do not enter the plan.
    std::vector<Id> riskIds, measureIds, assessmentIds;
    bool matricesMayChange = false;
    for (const RecordEdit &step : changes.records) {
        const Record &record = step.after ? *step.after : *step.before;
        if (std::holds_alternative<RegisterInfo>(record))
            return rankAnew(); // the current matrix scores lines whose assessment has none
        if (std::holds_alternative<Asset>(record) && ranked.scope.unitId)
            return rankAnew(); // a line without an assessment unit belongs to its asset's unit
        if (const auto *risk = std::get_if<Risk>(&record)) {
            riskIds.push_back(risk->id);
            if (!step.before || !step.after ||
                std::get<Risk>(*step.before).assessmentId != std::get<Risk>(*step.after).assessmentId)
                matricesMayChange = true;
        } else if (const auto *measure = std::get_if<Measure>(&record)) {
            measureIds.push_back(measure->id);
        } else if (const auto *assessment = std::get_if<RiskAssessment>(&record)) {
            assessmentIds.push_back(assessment->id);
            matricesMayChange = true; // its matrix, or its unit within a scope
        }
    }
    if (riskIds.empty() && measureIds.empty() && assessmentIds.empty())
        return update;
    std::sort(assessmentIds.begin(), assessmentIds.end());
    if (matricesMayChange && plan_order::ranksAcrossMatrices(data, ranked.scope) != ranked.acrossMatrices)
        return rankAnew(); // rule 6 starts or stops applying: every key changes

    std::vector<RankedRisk> &risks = ranked.risks;
    std::vector<PlanEntry> &plan = ranked.plan;
    std::vector<char> riskTouched(data.risks.size(), 0);
    std::vector<char> measureTouched(data.measures.size(), 0);

    // Indices follow the records through additions and removals.
    if (!sameIds(ranked.measureIds, data.measures)) {
        const std::vector<int> to = followIndices(ranked.measureIds, data.measures);
        std::erase_if(plan, [&](PlanEntry &entry) {
            const int now = to[entry.measureIndex];
            if (now < 0)
                update.placed.push_back(ranked.measureIds[entry.measureIndex]);
            else
                entry.measureIndex = static_cast<std::size_t>(now);
            return now < 0;
        });
        ranked.measureIds = idsOf(data.measures);
    }
    if (!sameIds(ranked.riskIds, data.risks)) {
        const std::vector<int> to = followIndices(ranked.riskIds, data.risks);
        std::erase_if(risks, [&](RankedRisk &risk) {
            const int now = to[risk.index];
            if (now >= 0)
                risk.index = static_cast<std::size_t>(now);
            return now < 0;
        });
        for (PlanEntry &entry : plan)
            for (RankedRisk &risk : entry.risks) {
                const int now = to[risk.index];
                if (now < 0)
                    measureTouched[entry.measureIndex] = 1; // it treated a removed line
                else
                    risk.index = static_cast<std::size_t>(now);
            }
        ranked.riskIds = idsOf(data.risks);
    }

    // The lines touched: those named, the lines and measures of a changed assessment, and every measure
    // that treats a touched line.
    markIds(riskTouched, data.risks, riskIds);
    markIds(measureTouched, data.measures, measureIds);
    if (!assessmentIds.empty()) {
        for (std::size_t i = 0; i < data.risks.size(); ++i)
            if (std::binary_search(assessmentIds.begin(), assessmentIds.end(), data.risks[i].assessmentId))
                riskTouched[i] = 1;
        for (std::size_t m = 0; m < data.measures.size(); ++m)
            if (std::binary_search(assessmentIds.begin(), assessmentIds.end(), data.measures[m].assessmentId))
                measureTouched[m] = 1;
    }
    std::size_t touched = static_cast<std::size_t>(std::count(riskTouched.begin(), riskTouched.end(), 1));
    for (std::size_t m = 0; m < data.measures.size(); ++m) {
        if (!measureTouched[m])
            for (Id riskId : data.measures[m].riskIds)
                if (const Risk *risk = RegisterData::findById(data.risks, riskId);
                    risk && riskTouched[static_cast<std::size_t>(risk - data.risks.data())]) {
                    measureTouched[m] = 1;
                    break;
                }
        if (measureTouched[m]) {
            ++touched;
            update.placed.push_back(data.measures[m].id);
        }
    }
    if (touched > std::max<std::size_t>(64, (data.risks.size() + data.measures.size()) / 8))
        return rankAnew(); // as quick as placing them one by one

    // The ranking: the touched lines out, scored again and placed among the others, whose order holds.
    const bool across = ranked.acrossMatrices;
    const auto riskKey = [&](const RankedRisk &risk) {
        return plan_order::riskKeyOf(data, data.risks[risk.index], risk.score, across);
    };
    std::erase_if(risks, [&](const RankedRisk &risk) { return riskTouched[risk.index] != 0; });
    std::vector<std::pair<plan_order::RiskKey, RankedRisk>> freshRisks;
    for (std::size_t i = 0; i < data.risks.size(); ++i)
        if (riskTouched[i] && ranked.scope.includes(data, data.risks[i])) {
            const RankedRisk risk{i, scoreOf(data.matrixOf(data.risks[i]), data.risks[i]), 0};
            freshRisks.emplace_back(riskKey(risk), risk);
        }
    std::sort(freshRisks.begin(), freshRisks.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    risks = placeAll(risks, freshRisks, riskKey);
    std::vector<int> rankOf(data.risks.size(), -1);
    for (std::size_t r = 0; r < risks.size(); ++r) {
        risks[r].priority = static_cast<int>(r) + 1;
        rankOf[risks[r].index] = static_cast<int>(r);
    }

    // The plan: the other measures' lines only renumber their risks, which keeps their order; the touched
    // ones are made again and placed.
    std::erase_if(plan, [&](const PlanEntry &entry) { return measureTouched[entry.measureIndex] != 0; });
    for (PlanEntry &entry : plan)
        for (RankedRisk &risk : entry.risks) { // untouched: only its place may have moved
            if (rankOf[risk.index] < 0)
                return rankAnew(); // cannot happen when `changes` names every change; be safe anyway
            risk.priority = rankOf[risk.index] + 1;
        }
    std::vector<std::pair<plan_order::MeasureKey, PlanEntry>> freshEntries;
    for (std::size_t m = 0; m < data.measures.size(); ++m)
        if (measureTouched[m] && ranked.scope.includes(data, data.measures[m])) {
            PlanEntry entry = plan_order::planEntryOf(data, m, risks, rankOf, today);
            plan_order::MeasureKey key = plan_order::measureKeyOf(data, entry);
            freshEntries.emplace_back(key, std::move(entry));
        }
    std::sort(freshEntries.begin(), freshEntries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    plan = placeAll(plan, freshEntries, [&](const PlanEntry &entry) { return plan_order::measureKeyOf(data, entry); });
    for (std::size_t i = 0; i < plan.size(); ++i)
        plan[i].priority = static_cast<int>(i) + 1;

    std::sort(update.placed.begin(), update.placed.end());
    update.placed.erase(std::unique(update.placed.begin(), update.placed.end()), update.placed.end());
    return update;
}

} // namespace trygg
