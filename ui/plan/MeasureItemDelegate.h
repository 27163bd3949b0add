// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

class QComboBox;

namespace trygg {
struct RegisterData;
}

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

    // Fills a combo with `noneText` (no person) and the register's people by name, ids as item data.
    static void addPeople(QComboBox *combo, const RegisterData &data, const QString &noneText);
    // What an editable people combo holds: a person id (qlonglong), a new name (QString) or nothing.
    static QVariant responsibleChoice(const QComboBox *combo);

private:
    RegisterDocument *m_document;
};

} // namespace trygg::ui
