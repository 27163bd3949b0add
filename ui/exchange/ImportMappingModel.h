// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPair>

#include <string>
#include <vector>

namespace trygg {
struct ColumnSpec;
}

namespace trygg::ui {

// What each column of an import file is read as: one row per column of the file, its name and the Trygg
// column it fills (or none: ignored), chosen in place (ColumnChoiceDelegate). A model, not a widget per
// column (issue 19: a file of 100,000 columns froze the window).
class ImportMappingModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FileColumn, ImportedAs, ColumnCount };

    explicit ImportMappingModel(std::vector<std::string> header, QObject *parent = nullptr);

    // The Trygg columns to choose from, and each file column's choice (an index into `columns`, or -1).
    void setColumns(const std::vector<ColumnSpec> &columns, std::vector<int> choices);
    const std::vector<int> &choices() const { return m_choices; }
    // The choices a file column has: (-1, "(ignore)") and every Trygg column, by index.
    const QList<QPair<int, QString>> &options() const { return m_options; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // ImportedAs takes the chosen column's index (Qt::EditRole).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void choicesChanged();

private:
    QString optionName(int choice) const;

    std::vector<std::string> m_header;
    std::vector<int> m_choices;
    QList<QPair<int, QString>> m_options;
};

} // namespace trygg::ui
