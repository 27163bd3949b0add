// SPDX-License-Identifier: EUPL-1.2
#include "RiskFormFilter.h"

#include "RiskFormModel.h"

#include <limits>

namespace trygg::ui {
namespace {

// Columns ordered by their text; the others by their plain value (level, score, zone...).
bool sortsByText(int column)
{
    switch (column) {
    case RiskFormModel::ThreatColumn:
    case RiskFormModel::AssetColumn:
    case RiskFormModel::AspectsColumn:
    case RiskFormModel::ExistingMeasuresColumn:
    case RiskFormModel::MeasuresColumn: return true;
    default: return false;
    }
}

} // namespace

RiskFormFilter::RiskFormFilter(RiskFormModel *form, QObject *parent) : QSortFilterProxyModel(parent), m_form(form)
{
    setSourceModel(form);
    setDynamicSortFilter(true);
    setSortRole(RiskFormModel::ValueRole);
}

void RiskFormFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void RiskFormFilter::setZone(int zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    invalidateRowsFilter();
}

void RiskFormFilter::setAsset(std::optional<Id> asset)
{
    if (asset == m_asset)
        return;
    m_asset = asset;
    invalidateRowsFilter();
}

void RiskFormFilter::clearFilters()
{
    m_text.clear();
    m_zone = AnyZone;
    m_asset.reset();
    invalidateRowsFilter();
}

bool RiskFormFilter::inLineOrder() const
{
    return sortColumn() < 0 || (sortColumn() == RiskFormModel::NumberColumn && sortOrder() == Qt::AscendingOrder);
}

bool RiskFormFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!isFiltering())
        return true;
    auto cell = [&](int column, int role) { return m_form->index(sourceRow, column).data(role); };
    if (m_asset && cell(RiskFormModel::AssetColumn, RiskFormModel::ValueRole).toLongLong() != *m_asset)
        return false;
    if (m_zone != AnyZone) {
        // Issue 13: a line not scored is in no zone; it has a choice of its own.
        const bool scored = cell(RiskFormModel::ProbabilityColumn, RiskFormModel::ValueRole).toInt() > 0 &&
                            cell(RiskFormModel::ConsequenceColumn, RiskFormModel::ValueRole).toInt() > 0;
        if (m_zone == NotScored ? scored
                                : !scored || cell(RiskFormModel::ZoneColumn, RiskFormModel::ValueRole).toInt() != m_zone)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column : {RiskFormModel::ThreatColumn, RiskFormModel::ExistingMeasuresColumn, RiskFormModel::AssetColumn,
                       RiskFormModel::MeasuresColumn})
        if (cell(column, Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool RiskFormFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (column != RiskFormModel::NumberColumn) {
        if (sortsByText(column)) {
            const int order = QString::localeAwareCompare(left.data(Qt::DisplayRole).toString(),
                                                          right.data(Qt::DisplayRole).toString());
            if (order != 0)
                return order < 0;
        } else {
            // A line not scored has no priority: it comes after the ranked ones, as in the form's ranking.
            auto value = [column](const QModelIndex &index) {
                const qlonglong plain = index.data(RiskFormModel::ValueRole).toLongLong();
                return column == RiskFormModel::PriorityColumn && plain <= 0 ? std::numeric_limits<qlonglong>::max()
                                                                              : plain;
            };
            const qlonglong a = value(left);
            const qlonglong b = value(right);
            if (a != b)
                return a < b;
        }
    }
    return left.row() < right.row(); // equal values stay in line order
}

} // namespace trygg::ui
