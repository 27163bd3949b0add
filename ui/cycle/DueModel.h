// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractTableModel>

#include "cycle/DueList.h"

#include <vector>

namespace trygg::ui {

class RegisterDocument;

// The due list of the open register (core dueList): overdue first, then what falls due within the
// chosen number of days. Follows every edit of the document.
class DueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DueColumn, WhatColumn, ObjectColumn, UnitColumn, ColumnCount };
    // Issue 13: what the Due page sorts and filters by. SortRole: the due date as ISO text ("" for now);
    // KindRole: DueItem::Kind as int; UnitRole: the unit's id (0 for the whole register); StateRole:
    // DueState as int.
    enum Role { SortRole = Qt::UserRole + 1, KindRole, UnitRole, StateRole };

    explicit DueModel(RegisterDocument *document, QObject *parent = nullptr);

    void setWithinDays(int days);
    int withinDays() const { return m_withinDays; }
    // For tests: the moment the list is computed for (default: now).
    void setNow(const DateTime &now);
    const DueItem &item(int row) const { return m_items[static_cast<std::size_t>(row)]; }
    int overdueCount() const;
    // While inactive (its page hidden) edits only mark the list stale; it is computed again when it
    // becomes active, so a large register's edits do not pay for a list nobody sees.
    void setActive(bool active);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void refresh();

private:
    void documentChanged();
    RegisterDocument *m_document;
    bool m_active = true;
    bool m_stale = false;
    std::vector<DueItem> m_items;
    int m_withinDays = 30;
    std::optional<DateTime> m_now;
};

} // namespace trygg::ui
