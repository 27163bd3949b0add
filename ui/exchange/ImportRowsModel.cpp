// SPDX-License-Identifier: EUPL-1.2
#include "ImportRowsModel.h"

#include "exchange/Csv.h"

#include <QBrush>
#include <QColor>

namespace trygg::ui {

ImportRowsModel::ImportRowsModel(std::shared_ptr<const CsvTable> table, QObject *parent)
    : QAbstractTableModel(parent), m_table(std::move(table))
{
}

int ImportRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table->records.size());
}

int ImportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table->header.size()) + 2;
}

QString ImportRowsModel::problemsOf(int record) const
{
    const auto found = m_problems.find(m_table->records[static_cast<std::size_t>(record)].row);
    return found == m_problems.end() ? QString() : found->second.join(QStringLiteral("\n"));
}

QVariant ImportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CsvRecord &record = m_table->records[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return record.row;
        if (index.column() == problemsColumn())
            return problemsOf(index.row());
        if (static_cast<std::size_t>(index.column() - 1) < record.fields.size())
            return QString::fromStdString(record.fields[static_cast<std::size_t>(index.column() - 1)]);
        return {};
    case Qt::ToolTipRole: {
        const QString problems = problemsOf(index.row());
        return problems.isEmpty() ? QVariant() : QVariant(problems);
    }
    case Qt::BackgroundRole:
        if (m_problems.count(record.row))
            return QBrush(QColor(255, 215, 215));
        return {};
    default: return {};
    }
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Row");
    if (section == problemsColumn())
        return tr("Problems");
    if (section > 0 && static_cast<std::size_t>(section - 1) < m_table->header.size())
        return QString::fromStdString(m_table->header[static_cast<std::size_t>(section - 1)]);
    return {};
}

void ImportRowsModel::setProblems(std::map<int, QStringList> problems)
{
    m_problems = std::move(problems);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, Qt::BackgroundRole});
}

} // namespace trygg::ui
