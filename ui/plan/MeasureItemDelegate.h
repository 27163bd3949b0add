#pragma once

#include <QStyledItemDelegate>

namespace trygg::ui {

class RegisterDocument;

// Editors for the cells of the action plan: a date picker with a calendar that can also clear the
// deadline, a list of the register's people (typing a new name adds the person), the statuses, and
// spin boxes for hours and cost. Other columns get the default line edit.
class MeasureItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    MeasureItemDelegate(RegisterDocument *document, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    RegisterDocument *m_document;
};

} // namespace trygg::ui
