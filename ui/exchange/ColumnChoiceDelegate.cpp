// SPDX-License-Identifier: EUPL-1.2
#include "ColumnChoiceDelegate.h"

#include "ImportMappingModel.h"

#include <QComboBox>

namespace trygg::ui {

ColumnChoiceDelegate::ColumnChoiceDelegate(const ImportMappingModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{
}

QWidget *ColumnChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    if (index.column() != ImportMappingModel::ImportedAs)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *box = new QComboBox(parent);
    for (const auto &[value, name] : m_model->options())
        box->addItem(name, value);
    connect(box, &QComboBox::activated, this, [this, box] {
        auto *self = const_cast<ColumnChoiceDelegate *>(this);
        emit self->commitData(box);
    });
    return box;
}

void ColumnChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ColumnChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        model->setData(index, box->currentData(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace trygg::ui
