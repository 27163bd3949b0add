// SPDX-License-Identifier: EUPL-1.2
#include "AssetFilterModel.h"

#include "AssetTableModel.h"

#include "common/DomainTexts.h"

namespace trygg::ui {

AssetFilterModel::AssetFilterModel(AssetTableModel *assets, QObject *parent)
    : QSortFilterProxyModel(parent), m_assets(assets)
{
    setSourceModel(assets);
    setSortRole(AssetTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Æ, Ø, Å (and Ä, Ö) sort after Z as the user's language has it, not by code point.
    setSortLocaleAware(true);
}

void AssetFilterModel::setUnitFilter(std::optional<Id> unitId)
{
    if (m_unitId == unitId)
        return;
    m_unitId = unitId;
    refilter();
}

void AssetFilterModel::setOwnerFilter(std::optional<Id> ownerId)
{
    if (m_ownerId == ownerId)
        return;
    m_ownerId = ownerId;
    refilter();
}

void AssetFilterModel::setTypeFilter(std::optional<AssetType> type)
{
    if (m_type == type)
        return;
    m_type = type;
    refilter();
}

void AssetFilterModel::setPersonalDataFilter(std::optional<PersonalData> personalData)
{
    if (m_personalData == personalData)
        return;
    m_personalData = personalData;
    refilter();
}

void AssetFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    refilter();
}

void AssetFilterModel::setOnlyWithWarnings(bool only)
{
    if (m_onlyWithWarnings == only)
        return;
    m_onlyWithWarnings = only;
    refilter();
}

void AssetFilterModel::refilter()
{
    invalidateFilter();
    emit filterChanged();
}

std::optional<Id> AssetFilterModel::assetIdAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    const Asset *asset = m_assets->assetAt(mapToSource(index).row());
    return asset ? std::optional<Id>(asset->id) : std::nullopt;
}

int AssetFilterModel::rowsWithWarnings() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        if (!m_assets->warningsAt(mapToSource(index(row, 0)).row()).empty())
            ++count;
    return count;
}

bool AssetFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const Asset *asset = m_assets->assetAt(sourceRow);
    if (!asset)
        return false;
    if (m_unitId && asset->unitId != m_unitId)
        return false;
    if (m_ownerId && asset->ownerId != m_ownerId)
        return false;
    if (m_type && asset->type != *m_type)
        return false;
    if (m_personalData && asset->personalData != *m_personalData)
        return false;
    if (m_onlyWithWarnings && m_assets->warningsAt(sourceRow).empty())
        return false;
    if (m_text.isEmpty())
        return true;
    for (const std::string *field :
         {&asset->name, &asset->purpose, &asset->information, &asset->operatorName, &asset->notes})
        if (toQString(*field).contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool AssetFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftEmpty = !left.data(sortRole()).isValid();
    const bool rightEmpty = !right.data(sortRole()).isValid();
    if (leftEmpty || rightEmpty) {
        if (leftEmpty == rightEmpty)
            return false; // the stable sort keeps register order among empty cells
        // Empty cells stay at the bottom whichever way the column is sorted.
        return sortOrder() == Qt::AscendingOrder ? rightEmpty : leftEmpty;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace trygg::ui
