// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <map>
#include <memory>

namespace trygg {
struct CsvTable;
}

namespace trygg::ui {

// The import preview's rows as the file has them (issue 19: a view over the file, read as the view shows
// it, not an item per cell): the row number, every cell, and the problems the check found in the row.
class ImportRowsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    ImportRowsModel(std::shared_ptr<const CsvTable> table, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int problemsColumn() const { return columnCount() - 1; }
    // The problems by the row as the file numbers it; rows not named have none.
    void setProblems(std::map<int, QStringList> problems);

private:
    QString problemsOf(int record) const;

    std::shared_ptr<const CsvTable> m_table;
    std::map<int, QStringList> m_problems;
};

} // namespace trygg::ui
