// SPDX-License-Identifier: EUPL-1.2
#include "DueModel.h"

#include "CycleTexts.h"

#include "common/DomainTexts.h"
#include "common/Translations.h"
#include "document/RegisterDocument.h"
#include "model/Clock.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace trygg::ui {

DueModel::DueModel(RegisterDocument *document, QObject *parent) : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &RegisterDocument::recordsReset, this, &DueModel::documentChanged);
    connect(document, &RegisterDocument::recordChanged, this, &DueModel::documentChanged);
    refresh();
}

void DueModel::documentChanged()
{
    if (m_active)
        refresh();
    else
        m_stale = true;
}

void DueModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        refresh();
}

void DueModel::setWithinDays(int days)
{
    m_withinDays = days;
    refresh();
}

void DueModel::setNow(const DateTime &now)
{
    m_now = now;
    refresh();
}

void DueModel::refresh()
{
    m_stale = false;
    beginResetModel();
    m_items = dueList(m_document->data(), m_now.value_or(Clock::nowLocal()), m_withinDays);
    endResetModel();
}

int DueModel::overdueCount() const
{
    return static_cast<int>(
        std::count_if(m_items.begin(), m_items.end(), [](const DueItem &i) { return i.state == DueState::Overdue; }));
}

int DueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int DueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DueItem &item = m_items[static_cast<std::size_t>(index.row())];
    const bool overdue = item.state == DueState::Overdue;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn: return item.due ? dateText(*item.due) : tr("Now");
        case WhatColumn: return CycleTexts::dueWhat(item);
        case ObjectColumn: return messageText(item.name);
        // Issue 13: every line names its unit, or says it is the whole register's.
        case UnitColumn:
            return item.unitId ? toQString(m_document->data().unitName(item.unitId)) : tr("Whole register");
        }
        return {};
    case SortRole:
        if (index.column() == DueColumn) // due now first, then by date; overdue before due soon
            return QStringLiteral("%1 %2")
                .arg(overdue ? 0 : 1)
                .arg(item.due ? QString::fromStdString(item.due->toIso()) : QString());
        return data(index, Qt::DisplayRole).toString().toLower();
    case KindRole: return static_cast<int>(item.kind);
    case UnitRole: return static_cast<qlonglong>(item.unitId.value_or(0));
    case StateRole: return static_cast<int>(item.state);
    case Qt::ToolTipRole: return messageText(item.detail);
    case Qt::ForegroundRole:
        if (overdue && index.column() == DueColumn)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == DueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant DueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn: return tr("Due");
    case WhatColumn: return tr("What");
    case ObjectColumn: return tr("Concerns");
    case UnitColumn: return tr("Unit");
    }
    return {};
}

} // namespace trygg::ui
