// SPDX-License-Identifier: EUPL-1.2
#include "ExceptionModel.h"

#include "common/DomainTexts.h"
#include "document/RegisterDocument.h"
#include "model/Clock.h"

#include <QBrush>
#include <QColor>

namespace trygg::ui {

ExceptionModel::ExceptionModel(RegisterDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &RegisterDocument::recordsReset, this, [this](RecordKind kind) {
        if (kind == RecordKind::Exception || kind == RecordKind::Unit)
            reset();
    });
    connect(document, &RegisterDocument::recordChanged, this, [this](RecordKind kind, Id) {
        if (kind == RecordKind::Exception && rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void ExceptionModel::reset()
{
    beginResetModel();
    endResetModel();
}

Id ExceptionModel::exceptionId(int row) const
{
    return m_document->data().exceptions[static_cast<std::size_t>(row)].id;
}

int ExceptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_document->data().exceptions.size());
}

int ExceptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExceptionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RegisterData &data = m_document->data();
    const RuleException &e = data.exceptions[static_cast<std::size_t>(index.row())];
    const bool expired = e.validUntil && *e.validUntil < Clock::todayLocal();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RuleColumn: return toQString(e.rule);
        case ApprovedByColumn: return toQString(e.approvedBy);
        case ApprovedOnColumn: return dateText(e.approvedOn);
        case ValidUntilColumn: return e.validUntil ? dateText(*e.validUntil) : tr("Until revoked");
        case UnitColumn: return toQString(data.unitName(e.unitId));
        }
        return {};
    }
    if (role == Qt::ToolTipRole)
        return toQString(e.reason);
    if (role == Qt::ForegroundRole && expired)
        return QBrush(QColor(0x80, 0x80, 0x80));
    return {};
}

QVariant ExceptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RuleColumn: return tr("Exception from");
    case ApprovedByColumn: return tr("Approved by");
    case ApprovedOnColumn: return tr("Approved on");
    case ValidUntilColumn: return tr("Valid until");
    case UnitColumn: return tr("Unit");
    }
    return {};
}

} // namespace trygg::ui
