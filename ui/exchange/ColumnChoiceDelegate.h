// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

namespace trygg::ui {

class ImportMappingModel;

// The editor of ImportMappingModel's "Imported as" column: a list of the Trygg columns, made only while
// a cell is edited. A choice is taken at once.
class ColumnChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ColumnChoiceDelegate(const ImportMappingModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const ImportMappingModel *m_model;
};

} // namespace trygg::ui
