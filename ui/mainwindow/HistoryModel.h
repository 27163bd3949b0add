// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "matrix/RiskMatrix.h"
#include "model/AuditEntry.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace trygg {
struct RegisterData;
}

namespace trygg::ui {

// The audit trail of a register, newest first: when, who, what was done to which object, and for an
// edit the field with its old and new value. Read-only: nothing in the program changes the trail.
// The trail keeps the file's own words (object types, column names, stored values such as "in progress"
// or a person's id); the model shows them in the program's language, with the names of the people,
// units, assets, assessments, risks and measures an id points to (as `data` holds them now).
//
// Issue 13: a record made and then filled in (a new risk line: created, then its text, probability and
// consequence typed in, each an edit of its own in the trail) is one row: its creation with the values it was
// given, as long as the edits follow the creation in the trail with nothing between, by the same person, each
// within GroupMinutes of the one before.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, User, Action, Object, Field, OldValue, NewValue, ColumnCount };

    static constexpr int GroupMinutes = 10;

    HistoryModel(std::vector<AuditEntry> entries, const RegisterData &data, QObject *parent = nullptr);
    // Every entry of the trail, newest first.
    const std::vector<AuditEntry> &entries() const { return m_entries; }
    // The entries a row stands for, in the order they were made: one, or a creation and the edits that
    // filled it in.
    std::vector<const AuditEntry *> entriesOf(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString actionText(const AuditEntry &entry);
    static QString fieldText(const std::string &field);
    QString valueText(const AuditEntry &entry, const std::optional<std::string> &value) const;
    QString nameOf(const std::string &kind, const std::string &id) const;
    void groupCreations();
    // A creation with the values it was given: "What can happen?: Tyveri av PC; Probability: 3".
    QString filledInText(const std::vector<std::size_t> &row, const QString &separator) const;

    std::vector<AuditEntry> m_entries;
    std::vector<std::vector<std::size_t>> m_rows; // per row, its entries (indexes into m_entries), oldest first
    // Names by id, per kind of record ("person", "unit", "asset", ...), copied when the model is made.
    std::map<std::string, std::map<Id, QString>> m_names;
    std::vector<Level> m_levels; // the register's classification levels
};

} // namespace trygg::ui
