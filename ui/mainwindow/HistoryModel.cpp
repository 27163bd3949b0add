#include "HistoryModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace trygg::ui {

HistoryModel::HistoryModel(std::vector<AuditEntry> entries, QObject *parent)
    : QAbstractTableModel(parent), m_entries(std::move(entries))
{
    std::reverse(m_entries.begin(), m_entries.end()); // newest first
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::actionText(const AuditEntry &entry) const
{
    if (entry.action == "create")
        return tr("Created");
    if (entry.action == "edit")
        return tr("Changed");
    if (entry.action == "delete")
        return tr("Deleted");
    if (entry.action == "import")
        return tr("Imported");
    if (entry.action == "approve")
        return tr("Approved");
    return QString::fromStdString(entry.action);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditEntry &e = m_entries[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole && (index.column() == OldValue || index.column() == NewValue))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When: {
        // Stored in UTC; shown in the user's time zone and locale.
        const QDateTime at = QDateTime::fromString(QString::fromStdString(e.at), Qt::ISODate);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString::fromStdString(e.at);
    }
    case User:
        return e.person.empty()
                   ? QString::fromStdString(e.osUser)
                   : QStringLiteral("%1 (%2)").arg(QString::fromStdString(e.person), QString::fromStdString(e.osUser));
    case Action: return actionText(e);
    case Object:
        return QStringLiteral("%1 %2").arg(QString::fromStdString(e.objectType), QString::fromStdString(e.objectName));
    case Field: return QString::fromStdString(e.field);
    case OldValue: return QString::fromStdString(e.oldValue.value_or(""));
    case NewValue: return QString::fromStdString(e.newValue.value_or(""));
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case User: return tr("Who");
    case Action: return tr("What");
    case Object: return tr("Object");
    case Field: return tr("Field");
    case OldValue: return tr("Before");
    case NewValue: return tr("After");
    default: return {};
    }
}

} // namespace trygg::ui
