// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractTableModel>

#include "model/Ids.h"

namespace trygg::ui {

class RegisterDocument;

// The register of incidents and deviations (003 3.7-3.9, 002 §79), newest first.
class IncidentModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        DiscoveredColumn,
        TypeColumn,
        SeverityColumn,
        StatusColumn,
        UnitColumn,
        DescriptionColumn,
        AuthorityColumn,
        ColumnCount
    };

    explicit IncidentModel(RegisterDocument *document, QObject *parent = nullptr);

    Id incidentId(int row) const { return m_ids[static_cast<std::size_t>(row)]; }
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void refresh();

private:
    RegisterDocument *m_document;
    std::vector<Id> m_ids;
};

} // namespace trygg::ui
