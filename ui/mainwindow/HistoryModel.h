#pragma once

#include "model/AuditEntry.h"

#include <QAbstractTableModel>

#include <vector>

namespace trygg::ui {

// The audit trail of a register, newest first: when, who, what was done to which object, and for an
// edit the field with its old and new value. Read-only: nothing in the program changes the trail.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, User, Action, Object, Field, OldValue, NewValue, ColumnCount };

    explicit HistoryModel(std::vector<AuditEntry> entries, QObject *parent = nullptr);
    const std::vector<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString actionText(const AuditEntry &entry) const;
    std::vector<AuditEntry> m_entries;
};

} // namespace trygg::ui
