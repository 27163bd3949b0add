// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Asset.h"

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace trygg::ui {

class AssetTableModel;

// Narrows the asset register to what the user looks for: one unit, one owner, one type, one level
// of personal data, a text, or only the assets with warnings. Sorts by AssetTableModel::SortRole with
// empty cells last in either order.
class AssetFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit AssetFilterModel(AssetTableModel *assets, QObject *parent = nullptr);

    AssetTableModel *assets() const { return m_assets; }

    // std::nullopt (or an empty text, or false) lets every asset through.
    void setUnitFilter(std::optional<Id> unitId);
    void setOwnerFilter(std::optional<Id> ownerId);
    void setTypeFilter(std::optional<AssetType> type);
    void setPersonalDataFilter(std::optional<PersonalData> personalData);
    // Found in name, purpose, type of information, operator or notes; case-insensitive.
    void setTextFilter(const QString &text);
    void setOnlyWithWarnings(bool only);

    std::optional<Id> unitFilter() const { return m_unitId; }
    std::optional<Id> ownerFilter() const { return m_ownerId; }
    std::optional<AssetType> typeFilter() const { return m_type; }
    std::optional<PersonalData> personalDataFilter() const { return m_personalData; }
    QString textFilter() const { return m_text; }
    bool onlyWithWarnings() const { return m_onlyWithWarnings; }

    // The asset shown in a row of this model; std::nullopt for an invalid index.
    std::optional<Id> assetIdAt(const QModelIndex &index) const;
    // How many of the rows shown have warnings.
    int rowsWithWarnings() const;

signals:
    // Any filter changed (the rows shown may differ).
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    AssetTableModel *m_assets;
    std::optional<Id> m_unitId;
    std::optional<Id> m_ownerId;
    std::optional<AssetType> m_type;
    std::optional<PersonalData> m_personalData;
    QString m_text;
    bool m_onlyWithWarnings = false;
};

} // namespace trygg::ui
