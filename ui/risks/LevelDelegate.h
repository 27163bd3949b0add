// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

class QComboBox;

namespace trygg::ui {

// Editor for the cells of the risk form chosen from what the model offers (RiskFormModel::ChoiceTextsRole):
// the probability and consequence levels of the assessment's matrix as "3 Moderat", and likewise the asset
// and the knowledge of a line; a row of check boxes where several may be chosen (the aspects).
//
// On a level cell (DigitEntryRole) typing the level's number sets it at once, with or without the
// editor open, so a line of the paper form is filled by keyboard: 3, Tab, 4, Tab (003 Vedlegg 2:
// "ett kryss for Sannsynlighet (S) og ett for Konsekvens (K)"). Backspace clears an optional level.
// Every choice is stored when made, so score and priority follow while the editor is still open.
class LevelDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit LevelDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    // Digits typed on a level cell that has no editor open.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    // Digits typed into an open level editor; Tab and arrows among the check boxes.
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QWidget *createCheckBoxes(QWidget *parent, const QModelIndex &index) const;
    QComboBox *createComboBox(QWidget *parent, const QModelIndex &index) const;
    bool checkBoxKey(QWidget *box, int key);
};

} // namespace trygg::ui
