// SPDX-License-Identifier: EUPL-1.2
#include "IncidentModel.h"

#include "CycleTexts.h"

#include "common/DomainTexts.h"
#include "common/Today.h"
#include "cycle/DueList.h"
#include "document/RegisterDocument.h"
#include "model/Clock.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace trygg::ui {
namespace {

// An incident's times are UTC instants: shown as the user's wall-clock time.
QString wallClockText(const std::optional<DateTime> &utc)
{
    return utc ? dateTimeText(Clock::toLocal(*utc)) : QString();
}

} // namespace

IncidentModel::IncidentModel(RegisterDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &RegisterDocument::recordsReset, this, [this](RecordKind kind) {
        if (kind == RecordKind::Incident || kind == RecordKind::Unit)
            refresh();
    });
    connect(document, &RegisterDocument::recordChanged, this, [this](RecordKind kind, Id id) {
        if (kind != RecordKind::Incident)
            return;
        if (const int row = rowOf(id); row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    refresh();
}

void IncidentModel::refresh()
{
    beginResetModel();
    m_ids.clear();
    std::vector<const Incident *> incidents;
    for (const Incident &incident : m_document->data().incidents)
        incidents.push_back(&incident);
    std::stable_sort(incidents.begin(), incidents.end(),
                     [](const Incident *a, const Incident *b) { return a->discovered > b->discovered; });
    for (const Incident *incident : incidents)
        m_ids.push_back(incident->id);
    endResetModel();
}

int IncidentModel::rowOf(Id id) const
{
    const auto found = std::find(m_ids.begin(), m_ids.end(), id);
    return found == m_ids.end() ? -1 : static_cast<int>(found - m_ids.begin());
}

int IncidentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int IncidentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RegisterData &data = m_document->data();
    const Incident *incident = RegisterData::findById(data.incidents, m_ids[static_cast<std::size_t>(index.row())]);
    if (!incident)
        return {};
    const NotificationState notification = notificationState(*incident, Clock::nowUtc());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DiscoveredColumn: return wallClockText(incident->discovered);
        case TypeColumn: return CycleTexts::incidentType(incident->type);
        case SeverityColumn: return CycleTexts::severity(incident->severity);
        case StatusColumn: return CycleTexts::incidentStatus(incident->status);
        case UnitColumn: return toQString(data.unitName(incident->unitId));
        case DescriptionColumn: return toQString(incident->description).section(QLatin1Char('\n'), 0, 0);
        case AuthorityColumn:
            switch (notification) {
            case NotificationState::NotRequired: return QString();
            case NotificationState::Pending:
                return tr("Tell by %1").arg(wallClockText(notificationDeadline(*incident)));
            case NotificationState::Late: return tr("Not told: over 72 hours");
            case NotificationState::NotifiedInTime: return tr("Told %1").arg(wallClockText(incident->notifiedAt));
            case NotificationState::NotifiedLate: return tr("Told late, %1").arg(wallClockText(incident->notifiedAt));
            }
            return {};
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == AuthorityColumn &&
        (notification == NotificationState::Late || notification == NotificationState::NotifiedLate))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && index.column() == DescriptionColumn)
        return toQString(incident->description);
    return {};
}

QVariant IncidentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DiscoveredColumn: return tr("Discovered");
    case TypeColumn: return tr("Type");
    case SeverityColumn: return tr("Severity");
    case StatusColumn: return tr("Status");
    case UnitColumn: return tr("Unit");
    case DescriptionColumn: return tr("Description");
    case AuthorityColumn: return tr("Authority told");
    }
    return {};
}

} // namespace trygg::ui
