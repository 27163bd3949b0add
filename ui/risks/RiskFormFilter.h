// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Ids.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace trygg::ui {

class RiskFormModel;

// The risk form as the user narrows and orders it (issue 13: a demo assessment has 2,275 lines): the lines of
// one zone, or not scored yet; of one asset, or of none; whose text (what can happen, existing measures, asset,
// measures) holds a word; sorted by any column. The lines keep their own numbers (the No. column is the line's
// place in the form, not in the view) and line order is the No. column ascending. Edits go through to the form
// model; a view row maps to a form row by mapToSource().
class RiskFormFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    // Zone filter values besides a zone's index.
    static constexpr int AnyZone = -1;
    static constexpr int NotScored = -2;

    explicit RiskFormFilter(RiskFormModel *form, QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setZone(int zone);
    int zone() const { return m_zone; }
    // nullopt: any asset; 0: lines without an asset.
    void setAsset(std::optional<Id> asset);
    std::optional<Id> asset() const { return m_asset; }
    bool isFiltering() const { return !m_text.isEmpty() || m_zone != AnyZone || m_asset.has_value(); }
    void clearFilters();
    // In the form's own order (by No., ascending), where moving a line up or down means what it says.
    bool inLineOrder() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RiskFormModel *m_form;
    QString m_text;
    int m_zone = AnyZone;
    std::optional<Id> m_asset;
};

} // namespace trygg::ui
