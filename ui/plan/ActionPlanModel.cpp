#include "ActionPlanModel.h"

#include "common/DomainTexts.h"
#include "document/RegisterDocument.h"
#include "model/Clock.h"
#include "plan/Prioritisation.h"

#include <QDate>
#include <QFont>
#include <QLocale>
#include <QUndoStack>

#include <algorithm>
#include <unordered_map>

namespace trygg::ui {
namespace {

constexpr int MaxRisksInToolTip = 12;
constexpr int DayCheckInterval = 5 * 60 * 1000;

const QColor OverdueText(0xb7, 0x1c, 0x1c);
const QColor DueSoonText(0xa8, 0x5d, 0x00);
const QColor OverdueRow(0xfd, 0xec, 0xea);

QDate toQDate(const Date &date)
{
    return QDate(date.year, date.month, date.day);
}

bool isEditable(int column)
{
    switch (column) {
    case ActionPlanModel::WhatColumn:
    case ActionPlanModel::ResponsibleColumn:
    case ActionPlanModel::DeadlineColumn:
    case ActionPlanModel::StatusColumn:
    case ActionPlanModel::HoursColumn:
    case ActionPlanModel::CostColumn:
    case ActionPlanModel::FollowUpColumn: return true;
    default: return false;
    }
}

} // namespace

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

QString ActionPlanModel::numberText(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

ActionPlanModel::ActionPlanModel(RegisterDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_active)
            recompute();
        else
            m_stale = true;
    });
    m_dayTimer.setInterval(DayCheckInterval);
    connect(&m_dayTimer, &QTimer::timeout, this, [this] {
        if (Clock::todayLocal() != m_today) {
            m_allChanged = true; // due states move with the date
            m_refreshTimer.start();
        }
    });
    m_dayTimer.start();

    connect(document, &RegisterDocument::edited, this, &ActionPlanModel::editWritten);
    connect(document, &RegisterDocument::reloaded, this, [this] {
        m_allChanged = true;
        m_refreshTimer.start();
    });
    m_allChanged = true;
    recompute();
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
    std::unordered_map<Id, int> newRow;
    std::size_t j = 0;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const Id id = data.measures[plan[i].measureIndex].id;
        const bool added = isMoving(id) && places[id].first.row < 0;
        if (added)
            continue; // inserted below
        while (j < m_rows.size() && isMoving(m_rows[j].measureId))
            ++j; // moved: made again at its new place
        if (moved)
            newRow.emplace(id, static_cast<int>(rows.size()));
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
    if (moved) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &old : from)
            to.append(index(newRow.at(m_rows[static_cast<std::size_t>(old.row())].measureId), old.column()));
        m_rows = std::move(rows);
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        m_rows = std::move(rows);
    }

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
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::unordered_map<Id, int> newRow;
    for (std::size_t i = 0; i < rows.size(); ++i)
        newRow.emplace(rows[i].measureId, static_cast<int>(i));
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &old : from)
        to.append(index(newRow.at(m_rows[static_cast<std::size_t>(old.row())].measureId), old.column()));
    m_rows = std::move(rows);
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ActionPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActionPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ActionPlanModel::Totals ActionPlanModel::totals(const std::vector<int> *rows) const
{
    const RegisterData &data = m_document->data();
    Totals totals;
    const auto add = [&](const Row &row) {
        if (row.due == DueState::Overdue)
            ++totals.overdue;
        if (const Measure *measure = RegisterData::findById(data.measures, row.measureId)) {
            totals.hours += measure->hours;
            totals.cost += measure->cost;
        }
    };
    if (!rows) {
        for (const Row &row : m_rows)
            add(row);
    } else {
        for (int row : *rows)
            if (row >= 0 && row < rowCount())
                add(m_rows[static_cast<std::size_t>(row)]);
    }
    return totals;
}

Id ActionPlanModel::measureIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].measureId : Id{0};
}

int ActionPlanModel::rowOf(Id measureId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].measureId == measureId)
            return static_cast<int>(i);
    return -1;
}

QVariant ActionPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const RegisterData &data = m_document->data();
    const Measure *measure = RegisterData::findById(data.measures, row.measureId);
    if (!measure) // removed; the plan follows in this event-loop turn
        return {};
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole: return displayData(row, *measure, column);
    case Qt::EditRole: return editData(*measure, column);
    case Qt::ToolTipRole: return toolTipData(row, *measure, column);
    case SortRole: return sortData(row, *measure, column);
    case MeasureIdRole: return QVariant::fromValue<qlonglong>(row.measureId);
    case DueStateRole: return static_cast<int>(row.due);
    case StatusRole: return static_cast<int>(measure->status);
    case UnitIdRole:
        if (const auto unit = data.unitOf(*measure))
            return QVariant::fromValue<qlonglong>(*unit);
        return {};
    case ResponsibleIdRole:
        return measure->responsibleId ? QVariant::fromValue<qlonglong>(*measure->responsibleId) : QVariant();
    case Qt::TextAlignmentRole:
        switch (column) {
        case PriorityColumn:
        case HoursColumn:
        case CostColumn:
        case RisksColumn:
        case TopScoreColumn: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case ZoneColumn: return QVariant::fromValue(Qt::AlignCenter);
        default: return {};
        }
    case Qt::BackgroundRole:
        if (column == ZoneColumn && !row.risks.empty())
            return zoneColour(topRiskMatrix(row), row.risks.front().score.zone);
        if (row.due == DueState::Overdue)
            return OverdueRow;
        return {};
    case Qt::ForegroundRole:
        if (column == ZoneColumn && !row.risks.empty())
            return textColourOn(zoneColour(topRiskMatrix(row), row.risks.front().score.zone));
        if (column == DeadlineColumn && row.due == DueState::Overdue)
            return OverdueText;
        if (column == DeadlineColumn && row.due == DueState::DueSoon)
            return DueSoonText;
        return {};
    case Qt::FontRole:
        if (column == DeadlineColumn && row.due == DueState::Overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

const RiskMatrix &ActionPlanModel::topRiskMatrix(const Row &row) const
{
    const RegisterData &data = m_document->data();
    if (const Risk *risk = RegisterData::findById(data.risks, row.risks.front().riskId))
        return data.matrixOf(*risk);
    return data.currentMatrix();
}

QVariant ActionPlanModel::displayData(const Row &row, const Measure &measure, int column) const
{
    const RegisterData &data = m_document->data();
    switch (column) {
    case PriorityColumn: return row.priority;
    case WhatColumn: return toQString(measure.what);
    case ResponsibleColumn: return toQString(data.personName(measure.responsibleId));
    case DeadlineColumn: return measure.deadline ? dateText(*measure.deadline) : QString();
    case StatusColumn: return DomainTexts::measureStatus(measure.status);
    case HoursColumn: return numberText(measure.hours);
    case CostColumn: return numberText(measure.cost);
    case FollowUpColumn: return toQString(measure.followUp).section(QLatin1Char('\n'), 0, 0);
    case RisksColumn: return static_cast<int>(row.risks.size());
    case TopScoreColumn: return row.risks.empty() ? QVariant() : QVariant(row.risks.front().score.score);
    case ZoneColumn:
        return row.risks.empty() ? QString() : DomainTexts::zoneName(topRiskMatrix(row), row.risks.front().score.zone);
    case UnitColumn: return toQString(data.unitName(data.unitOf(measure)));
    case AssessmentColumn: {
        const RiskAssessment *assessment = RegisterData::findById(data.assessments, measure.assessmentId);
        return assessment ? toQString(assessment->name) : QString();
    }
    default: return {};
    }
}

QVariant ActionPlanModel::editData(const Measure &measure, int column) const
{
    switch (column) {
    case WhatColumn: return toQString(measure.what);
    case ResponsibleColumn:
        return measure.responsibleId ? QVariant::fromValue<qlonglong>(*measure.responsibleId) : QVariant();
    case DeadlineColumn: return measure.deadline ? toQDate(*measure.deadline) : QDate();
    case StatusColumn: return static_cast<int>(measure.status);
    case HoursColumn: return measure.hours;
    case CostColumn: return measure.cost;
    case FollowUpColumn: return toQString(measure.followUp);
    default: return {};
    }
}

QVariant ActionPlanModel::sortData(const Row &row, const Measure &measure, int column) const
{
    switch (column) {
    case PriorityColumn: return row.priority;
    case DeadlineColumn: return measure.deadline ? toQDate(*measure.deadline) : QDate(9999, 12, 31);
    case StatusColumn: return static_cast<int>(measure.status);
    case HoursColumn: return measure.hours;
    case CostColumn: return measure.cost;
    case RisksColumn: return static_cast<int>(row.risks.size());
    case TopScoreColumn:
    case ZoneColumn: return row.risks.empty() ? -1 : row.risks.front().score.score;
    default: return displayData(row, measure, column);
    }
}

QVariant ActionPlanModel::toolTipData(const Row &row, const Measure &measure, int column) const
{
    const QString deadline = measure.deadline ? dateText(*measure.deadline) : QString();
    switch (column) {
    case WhatColumn: return toQString(measure.what);
    case FollowUpColumn: return measure.followUp.empty() ? QVariant() : editData(measure, column);
    case DeadlineColumn:
    case StatusColumn: {
        QString text = DomainTexts::measureStatus(measure.status).toHtmlEscaped();
        if (row.due == DueState::Overdue)
            text += QStringLiteral("<br><b>%1</b> ").arg(tr("Overdue")) +
                    tr("The deadline %1 has passed.").arg(deadline).toHtmlEscaped();
        else if (row.due == DueState::DueSoon)
            text += QStringLiteral("<br>") + tr("Due soon: the deadline is %1.").arg(deadline).toHtmlEscaped();
        else if (row.due == DueState::NoDeadline)
            text += QStringLiteral("<br>") + tr("No deadline set.").toHtmlEscaped();
        return text;
    }
    case RisksColumn:
    case TopScoreColumn:
    case ZoneColumn: return risksToolTip(row);
    default: return {};
    }
}

QString ActionPlanModel::risksToolTip(const Row &row) const
{
    if (row.risks.empty())
        return tr("This measure treats no risk.");
    const RegisterData &data = m_document->data();
    QStringList lines;
    for (const RiskEntry &entry : row.risks) {
        if (lines.size() == MaxRisksInToolTip) {
            const int more = static_cast<int>(row.risks.size()) - MaxRisksInToolTip;
            lines << tr("and %n more", nullptr, more).toHtmlEscaped();
            break;
        }
        const Risk *risk = RegisterData::findById(data.risks, entry.riskId);
        if (!risk)
            continue;
        QString what = toQString(risk->threat);
        if (const Asset *asset = RegisterData::findById(data.assets, risk->assetId))
            what = tr("%1 (%2)").arg(what, toQString(asset->name));
        const QString zone = DomainTexts::zoneName(data.matrixOf(*risk), entry.score.zone);
        lines << tr("%1: %2, %3").arg(what).arg(entry.score.score).arg(zone).toHtmlEscaped();
    }
    return QStringLiteral("<p style='white-space:pre'>%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

QVariant ActionPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PriorityColumn: return tr("Priority");
        case WhatColumn: return tr("Measure");
        case ResponsibleColumn: return tr("Responsible");
        case DeadlineColumn: return tr("Deadline");
        case StatusColumn: return tr("Status");
        case HoursColumn: return tr("Hours");
        case CostColumn: return tr("Cost");
        case FollowUpColumn: return tr("Follow-up");
        case RisksColumn: return tr("Risks");
        case TopScoreColumn: return tr("Top score");
        case ZoneColumn: return tr("Zone");
        case UnitColumn: return tr("Unit");
        case AssessmentColumn: return tr("Assessment");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PriorityColumn: return tr("Place in the action plan: measures for the most urgent risks first");
        case WhatColumn: return tr("What is done");
        case ResponsibleColumn: return tr("Who is responsible");
        case DeadlineColumn: return tr("By when it is done");
        case HoursColumn: return tr("Personnel resources, in hours");
        case CostColumn: return tr("Economic resources");
        case FollowUpColumn: return tr("How the measure is followed up");
        case RisksColumn: return tr("How many risks the measure treats");
        case TopScoreColumn: return tr("Score (probability x consequence) of the most urgent risk it treats");
        case ZoneColumn: return tr("Acceptance zone of the most urgent risk it treats");
        default: return {};
        }
    }
    return {};
}

Qt::ItemFlags ActionPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable(index.column()) && !m_document->readOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ActionPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !isEditable(index.column()))
        return false;
    return applyEdit(m_rows[static_cast<std::size_t>(index.row())].measureId, index.column(), value);
}

bool ActionPlanModel::applyEdit(Id measureId, int column, const QVariant &value)
{
    const RegisterData &data = m_document->data();
    const Measure *current = RegisterData::findById(data.measures, measureId);
    if (!current)
        return false;
    Measure changed = *current;
    bool ok = true;
    switch (column) {
    case WhatColumn: changed.what = toStdString(value.toString().trimmed()); break;
    case FollowUpColumn: changed.followUp = toStdString(value.toString().trimmed()); break;
    case DeadlineColumn: {
        const QDate date = value.toDate();
        if (date.isValid())
            changed.deadline = Date{date.year(), date.month(), date.day()};
        else
            changed.deadline.reset();
        break;
    }
    case StatusColumn: {
        const int status = value.toInt(&ok);
        if (!ok || status < static_cast<int>(MeasureStatus::Planned) ||
            status > static_cast<int>(MeasureStatus::Cancelled))
            return false;
        changed.status = static_cast<MeasureStatus>(status);
        break;
    }
    case HoursColumn: changed.hours = value.toDouble(&ok); break;
    case CostColumn: changed.cost = value.toDouble(&ok); break;
    case ResponsibleColumn:
        if (value.typeId() == QMetaType::QString)
            return setResponsibleByName(changed, value.toString().trimmed());
        if (value.isValid()) {
            const Id person = value.toLongLong(&ok);
            if (!ok || !RegisterData::findById(data.people, person))
                return false;
            changed.responsibleId = person;
        } else {
            changed.responsibleId.reset();
        }
        break;
    default: return false;
    }
    if (!ok)
        return false;
    if (changed.what == current->what && changed.followUp == current->followUp &&
        changed.deadline == current->deadline && changed.status == current->status && changed.hours == current->hours &&
        changed.cost == current->cost && changed.responsibleId == current->responsibleId)
        return true; // nothing to store, nothing to undo
    return m_document->editMeasure(changed);
}

bool ActionPlanModel::setResponsibleByName(Measure changed, const QString &name)
{
    const RegisterData &data = m_document->data();
    if (name.isEmpty()) {
        changed.responsibleId.reset();
        return m_document->editMeasure(changed);
    }
    for (const Person &person : data.people)
        if (toQString(person.name).compare(name, Qt::CaseInsensitive) == 0) {
            if (changed.responsibleId == person.id)
                return true;
            changed.responsibleId = person.id;
            return m_document->editMeasure(changed);
        }
    // A name nobody has yet: the person is added to the register, in the same undo step.
    return m_document->editMeasure(changed, Person{0, toStdString(name), {}, false, false});
}

} // namespace trygg::ui
