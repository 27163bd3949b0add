// SPDX-License-Identifier: EUPL-1.2
// Keeping the action plan's rows in step with the register: after an edit only the lines it touches are
// placed anew (the core's updatePlan), with fine-grained signals so that views keep their selection
// and the sorting proxy does not sort everything again; a reload or a new day ranks the whole plan.
#include "ActionPlanModel.h"

#include "document/RegisterDocument.h"
#include "model/Clock.h"
#include "plan/Prioritisation.h"

#include <algorithm>
#include <unordered_map>

namespace trygg::ui {
bool ActionPlanModel::sameLine(const Row &a, const Row &b)
{
    return a.measureId == b.measureId && a.priority == b.priority && a.due == b.due &&
           std::equal(a.risks.begin(), a.risks.end(), b.risks.begin(), b.risks.end(), [](const auto &x, const auto &y) {
               return x.riskId == y.riskId && x.score.score == y.score.score && x.score.zone == y.score.zone;
           });
}

ActionPlanModel::Row ActionPlanModel::rowOf(const PlanEntry &entry) const
{
    const RegisterData &data = m_document->data();
    Row row{data.measures[entry.measureIndex].id, entry.priority, entry.due, {}};
    row.risks.reserve(entry.risks.size());
    for (const RankedRisk &ranked : entry.risks)
        row.risks.push_back({data.risks[ranked.index].id, ranked.score});
    return row;
}

void ActionPlanModel::editWritten(const Edit &written)
{
    // Beyond this many records waiting (edits made while the page was hidden) ranking anew is as quick.
    constexpr std::size_t MaxPendingRecords = 2000;
    bool planChanged = false;
    for (const RecordEdit &step : written.records) {
        const Record &record = step.after ? *step.after : *step.before;
        if (std::holds_alternative<Person>(record) || std::holds_alternative<OrgUnit>(record)) {
            m_namesChanged = true; // shown in every row; nothing re-ranked
        } else if (std::holds_alternative<Risk>(record) || std::holds_alternative<Measure>(record) ||
                   std::holds_alternative<RiskAssessment>(record) || std::holds_alternative<RegisterInfo>(record)) {
            m_namesChanged = m_namesChanged || std::holds_alternative<RiskAssessment>(record);
            planChanged = true;
            if (!m_allChanged)
                m_pending.records.push_back(step);
        }
        // Assets are read live (tooltips); the yearly cycle does not change the plan.
    }
    if (m_pending.records.size() > MaxPendingRecords) {
        m_allChanged = true;
        m_pending.records.clear();
    }
    if (planChanged || m_namesChanged)
        m_refreshTimer.start();
}

void ActionPlanModel::refresh()
{
    if (m_refreshTimer.isActive() || m_stale) {
        m_refreshTimer.stop();
        recompute();
    }
}

void ActionPlanModel::setActive(bool active)
{
    m_active = active;
    if (active)
        refresh();
}

void ActionPlanModel::recompute()
{
    m_stale = false;
    const RegisterData &data = m_document->data();
    m_today = Clock::todayLocal();
    const Edit changes = std::move(m_pending);
    m_pending.records.clear();
    const bool namesChanged = std::exchange(m_namesChanged, false);
    std::vector<Id> changedMeasures;
    for (const RecordEdit &step : changes.records)
        if (const auto *measure = std::get_if<Measure>(step.after ? &*step.after : &*step.before))
            changedMeasures.push_back(measure->id);

    if (std::exchange(m_allChanged, false)) {
        m_ranked = rankPlan(data, m_today);
        replaceRows({});
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    const PlanUpdate update = updatePlan(m_ranked, data, changes, m_today);
    if (update.reranked || !placeRows(update.placed))
        replaceRows(changedMeasures);
    if (namesChanged && !m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ActionPlanModel::emitChangedRuns(const std::vector<bool> &changed, int firstColumn, int lastColumn)
{
    // One dataChanged per run of changed rows: the common edit repaints (and re-sorts) a few lines.
    for (std::size_t first = 0; first < changed.size();) {
        if (!changed[first]) {
            ++first;
            continue;
        }
        std::size_t last = first;
        while (last + 1 < changed.size() && changed[last + 1])
            ++last;
        emit dataChanged(index(static_cast<int>(first), firstColumn), index(static_cast<int>(last), lastColumn));
        first = last + 1;
    }
}

bool ActionPlanModel::placeRows(const std::vector<Id> &placed)
{
    const RegisterData &data = m_document->data();
    const std::vector<PlanEntry> &plan = m_ranked.plan;
    const auto isPlaced = [&](Id id) { return std::binary_search(placed.begin(), placed.end(), id); };

    // Where each placed measure was and is: after how many of the other rows (its gap), and at which row.
    // One that keeps its gap, in the same order as the other placed ones in it, stays and is repainted; the
    // others move (one layout change for all), or are removed or inserted.
    struct Slot {
        int gap = -1;
        int row = -1;
    };
    std::unordered_map<Id, std::pair<Slot, Slot>> places;
    int gap = 0;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (isPlaced(m_rows[i].measureId))
            places[m_rows[i].measureId].first = {gap, static_cast<int>(i)};
        else
            ++gap;
    }
    const int others = gap;
    gap = 0;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const Id id = data.measures[plan[i].measureIndex].id;
        if (isPlaced(id))
            places[id].second = {gap, static_cast<int>(i)};
        else
            ++gap;
    }
    if (gap != others)
        return false; // the other rows are not the ones the core kept: should not happen
    std::unordered_map<int, std::vector<Id>> stayingInGap;
    for (const auto &[id, slot] : places)
        if (slot.first.gap >= 0 && slot.first.gap == slot.second.gap)
            stayingInGap[slot.first.gap].push_back(id);
    std::vector<Id> moving;
    for (const auto &[id, slot] : places)
        if (slot.first.gap < 0 || slot.first.gap != slot.second.gap)
            moving.push_back(id);
    for (auto &[g, ids] : stayingInGap) {
        std::sort(ids.begin(), ids.end(), [&](Id a, Id b) { return places[a].first.row < places[b].first.row; });
        const bool sameOrder = std::is_sorted(ids.begin(), ids.end(),
                                              [&](Id a, Id b) { return places[a].second.row < places[b].second.row; });
        if (!sameOrder)
            moving.insert(moving.end(), ids.begin(), ids.end());
    }
    std::sort(moving.begin(), moving.end());
    const auto isMoving = [&](Id id) { return std::binary_search(moving.begin(), moving.end(), id); };

    // Out: the removed measures, from the bottom up, a run at a time.
    std::vector<int> out;
    for (Id id : moving)
        if (places[id].first.row >= 0 && places[id].second.row < 0)
            out.push_back(places[id].first.row);
    std::sort(out.begin(), out.end(), std::greater<>());
    for (std::size_t k = 0; k < out.size();) {
        std::size_t end = k + 1;
        while (end < out.size() && out[end] == out[end - 1] - 1)
            ++end;
        const int first = out[end - 1], last = out[k];
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
        k = end;
    }

    // The rest in their new order. Measures that moved do so in one layout change, which keeps the
    // selection on them (a sorting proxy sorts again, by row for the plan's own order); the others take
    // their new places' numbers, and the placed ones their new lines.
    const bool moved = std::any_of(moving.begin(), moving.end(),
                                   [&](Id id) { return places[id].first.row >= 0 && places[id].second.row >= 0; });
    std::vector<Row> rows;
    rows.reserve(plan.size());
    std::vector<bool> renumbered, remade;
    std::size_t j = 0;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const Id id = data.measures[plan[i].measureIndex].id;
        const bool added = isMoving(id) && places[id].first.row < 0;
        if (added)
            continue; // inserted below
        while (j < m_rows.size() && isMoving(m_rows[j].measureId))
            ++j; // moved: made again at its new place
        if (isPlaced(id)) {
            rows.push_back(rowOf(plan[i]));
            remade.push_back(true); // its record changed: its texts too
            renumbered.push_back(false);
            if (!isMoving(id)) {
                if (j == m_rows.size() || m_rows[j].measureId != id)
                    return false;
                ++j;
            }
            continue;
        }
        if (j == m_rows.size() || m_rows[j].measureId != id)
            return false; // cannot happen: the others keep their order
        rows.push_back(std::move(m_rows[j++]));
        remade.push_back(false);
        renumbered.push_back(rows.back().priority != plan[i].priority);
        rows.back().priority = plan[i].priority;
    }
    if (moved)
        reorderRows(std::move(rows));
    else
        m_rows = std::move(rows);

    // In: the new measures at their places, top down, a run at a time.
    for (std::size_t i = 0; i < plan.size();) {
        const Id id = data.measures[plan[i].measureIndex].id;
        if (!isMoving(id) || places[id].first.row >= 0) {
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < plan.size() && isMoving(data.measures[plan[end].measureIndex].id) &&
               places[data.measures[plan[end].measureIndex].id].first.row < 0)
            ++end;
        beginInsertRows({}, static_cast<int>(i), static_cast<int>(end) - 1);
        std::vector<Row> added;
        for (std::size_t k = i; k < end; ++k)
            added.push_back(rowOf(plan[k]));
        m_rows.insert(m_rows.begin() + static_cast<long>(i), std::make_move_iterator(added.begin()),
                      std::make_move_iterator(added.end()));
        renumbered.insert(renumbered.begin() + static_cast<long>(i), end - i, false);
        remade.insert(remade.begin() + static_cast<long>(i), end - i, false);
        endInsertRows();
        i = end;
    }
    emitChangedRuns(remade, 0, ColumnCount - 1);
    emitChangedRuns(renumbered, PriorityColumn, PriorityColumn);
    return true;
}

void ActionPlanModel::replaceRows(const std::vector<Id> &changedMeasures)
{
    std::vector<Row> rows;
    rows.reserve(m_ranked.plan.size());
    for (const PlanEntry &entry : m_ranked.plan)
        rows.push_back(rowOf(entry));

    const bool sameOrder = std::equal(rows.begin(), rows.end(), m_rows.begin(), m_rows.end(),
                                      [](const Row &a, const Row &b) { return a.measureId == b.measureId; });
    if (sameOrder) {
        std::vector<bool> changed(rows.size(), false);
        for (std::size_t i = 0; i < rows.size(); ++i)
            changed[i] = !sameLine(rows[i], m_rows[i]) || std::find(changedMeasures.begin(), changedMeasures.end(),
                                                                    rows[i].measureId) != changedMeasures.end();
        m_rows = std::move(rows);
        emitChangedRuns(changed, 0, ColumnCount - 1);
        return;
    }

    std::vector<Id> oldIds, newIds;
    for (const Row &row : m_rows)
        oldIds.push_back(row.measureId);
    for (const Row &row : rows)
        newIds.push_back(row.measureId);
    std::sort(oldIds.begin(), oldIds.end());
    std::sort(newIds.begin(), newIds.end());
    if (oldIds != newIds) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }

    // The same measures in a new order (the matrix changed): keep selections.
    reorderRows(std::move(rows));
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ActionPlanModel::reorderRows(std::vector<Row> rows)
{
    std::unordered_map<Id, int> newRow;
    for (std::size_t i = 0; i < rows.size(); ++i)
        newRow.emplace(rows[i].measureId, static_cast<int>(i));
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &old : from)
        to.append(index(newRow.at(m_rows[static_cast<std::size_t>(old.row())].measureId), old.column()));
    m_rows = std::move(rows);
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace trygg::ui
