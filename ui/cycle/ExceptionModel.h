// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractTableModel>

#include "model/Ids.h"

namespace trygg::ui {

class RegisterDocument;

// The register of approved exceptions (002 §7 stk. 4), in the order they were entered.
class ExceptionModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RuleColumn, ApprovedByColumn, ApprovedOnColumn, ValidUntilColumn, UnitColumn, ColumnCount };

    explicit ExceptionModel(RegisterDocument *document, QObject *parent = nullptr);

    Id exceptionId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reset();
    RegisterDocument *m_document;
};

} // namespace trygg::ui
