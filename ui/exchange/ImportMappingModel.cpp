// SPDX-License-Identifier: EUPL-1.2
#include "ImportMappingModel.h"

#include "common/Translations.h"
#include "exchange/Columns.h"

namespace trygg::ui {

ImportMappingModel::ImportMappingModel(std::vector<std::string> header, QObject *parent)
    : QAbstractTableModel(parent), m_header(std::move(header)), m_choices(m_header.size(), -1)
{
}

void ImportMappingModel::setColumns(const std::vector<ColumnSpec> &columns, std::vector<int> choices)
{
    beginResetModel();
    m_options.clear();
    m_options.append({-1, tr("(ignore)")});
    for (std::size_t c = 0; c < columns.size(); ++c) {
        // The window's label for the field, not the file's column name (legal_basis, dpa).
        const QString name =
            QString::fromStdString(columnLabel(columns, static_cast<int>(c), currentLanguage().toStdString()));
        m_options.append({static_cast<int>(c), columns[c].required ? tr("%1 (required)").arg(name) : name});
    }
    choices.resize(m_header.size(), -1);
    m_choices = std::move(choices);
    endResetModel();
}

QString ImportMappingModel::optionName(int choice) const
{
    for (const auto &[value, name] : m_options)
        if (value == choice)
            return name;
    return {};
}

int ImportMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_header.size());
}

int ImportMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    if (index.column() == FileColumn && role == Qt::DisplayRole)
        return QString::fromStdString(m_header[row]);
    if (index.column() == ImportedAs) {
        if (role == Qt::DisplayRole)
            return optionName(m_choices[row]);
        if (role == Qt::EditRole)
            return m_choices[row];
        if (role == Qt::ToolTipRole)
            return tr("Double-click to choose what this column is");
    }
    return {};
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == FileColumn ? tr("Column in the file") : tr("Imported as");
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ImportedAs)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != ImportedAs || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    const int choice = value.toInt();
    if (optionName(choice).isEmpty())
        return false;
    int &current = m_choices[static_cast<std::size_t>(index.row())];
    if (current == choice)
        return true;
    current = choice;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit choicesChanged();
    return true;
}

} // namespace trygg::ui
