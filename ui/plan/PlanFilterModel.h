// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Qt first: moc 6.4 cannot parse <compare> (via the core headers) when it comes before <QObject>.
#include <QSortFilterProxyModel>

#include "model/Ids.h"
#include "model/Measure.h"

#include <optional>
#include <set>

namespace trygg::ui {

// The action plan narrowed to what a reader asks for: one unit, one responsible person, some
// statuses, or what is overdue or due soon (DueState from core, through ActionPlanModel's roles).
// Sorted by ActionPlanModel::SortRole; by default in plan order (the Priority column ascending).
class PlanFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class DueFilter {
        All,
        Overdue, // DueState::Overdue
        DueSoon, // DueState::DueSoon: within 30 days, not yet overdue
        Open,    // a deadline not met yet: DueState::Open, DueSoon or Overdue
    };

    explicit PlanFilterModel(QObject *parent = nullptr);

    void setUnitFilter(std::optional<Id> unitId);
    std::optional<Id> unitFilter() const { return m_unitId; }
    void setResponsibleFilter(std::optional<Id> personId);
    std::optional<Id> responsibleFilter() const { return m_responsibleId; }
    // Empty = every status.
    void setStatusFilter(const std::set<MeasureStatus> &statuses);
    const std::set<MeasureStatus> &statusFilter() const { return m_statuses; }
    void setDueFilter(DueFilter due);
    DueFilter dueFilter() const { return m_due; }
    // Case-insensitive text in what the measure is or how it is followed up.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }
    // Back to the whole plan, in plan order.
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // The plan's own order is the source's row order (ActionPlanModel holds the plan in priority order):
    // sorting by priority compares rows, not values, which keeps an edit on a 33,500-measure plan quick.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<Id> m_unitId;
    std::optional<Id> m_responsibleId;
    std::set<MeasureStatus> m_statuses;
    DueFilter m_due = DueFilter::All;
    QString m_text;
};

} // namespace trygg::ui
