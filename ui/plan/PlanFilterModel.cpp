// SPDX-License-Identifier: EUPL-1.2
#include "PlanFilterModel.h"

#include "ActionPlanModel.h"

namespace trygg::ui {
namespace {

std::optional<Id> idOf(const QVariant &value)
{
    return value.isValid() ? std::optional<Id>(value.toLongLong()) : std::nullopt;
}

} // namespace

PlanFilterModel::PlanFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ActionPlanModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    sort(ActionPlanModel::PriorityColumn, Qt::AscendingOrder);
}

void PlanFilterModel::setUnitFilter(std::optional<Id> unitId)
{
    if (unitId == m_unitId)
        return;
    m_unitId = unitId;
    invalidate();
}

void PlanFilterModel::setResponsibleFilter(std::optional<Id> personId)
{
    if (personId == m_responsibleId)
        return;
    m_responsibleId = personId;
    invalidate();
}

void PlanFilterModel::setStatusFilter(const std::set<MeasureStatus> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidate();
}

void PlanFilterModel::setDueFilter(DueFilter due)
{
    if (due == m_due)
        return;
    m_due = due;
    invalidate();
}

void PlanFilterModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidate();
}

void PlanFilterModel::clearFilters()
{
    m_unitId.reset();
    m_responsibleId.reset();
    m_statuses.clear();
    m_due = DueFilter::All;
    m_text.clear();
    invalidate();
    sort(ActionPlanModel::PriorityColumn, Qt::AscendingOrder);
}

bool PlanFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == ActionPlanModel::PriorityColumn && right.column() == ActionPlanModel::PriorityColumn)
        return left.row() < right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}

bool PlanFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    if (m_unitId && idOf(index.data(ActionPlanModel::UnitIdRole)) != m_unitId)
        return false;
    if (m_responsibleId && idOf(index.data(ActionPlanModel::ResponsibleIdRole)) != m_responsibleId)
        return false;
    if (!m_statuses.empty() &&
        !m_statuses.contains(static_cast<MeasureStatus>(index.data(ActionPlanModel::StatusRole).toInt())))
        return false;
    if (m_due != DueFilter::All) {
        const auto due = static_cast<DueState>(index.data(ActionPlanModel::DueStateRole).toInt());
        switch (m_due) {
        case DueFilter::All: break;
        case DueFilter::Overdue:
            if (due != DueState::Overdue)
                return false;
            break;
        case DueFilter::DueSoon:
            if (due != DueState::DueSoon)
                return false;
            break;
        case DueFilter::Open:
            if (due != DueState::Open && due != DueState::DueSoon && due != DueState::Overdue)
                return false;
            break;
        }
    }
    if (!m_text.isEmpty()) {
        const QString what = source->index(sourceRow, ActionPlanModel::WhatColumn, sourceParent).data().toString();
        const QString followUp =
            source->index(sourceRow, ActionPlanModel::FollowUpColumn, sourceParent).data(Qt::EditRole).toString();
        if (!what.contains(m_text, Qt::CaseInsensitive) && !followUp.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace trygg::ui
