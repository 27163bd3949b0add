// SPDX-License-Identifier: EUPL-1.2
#include "LevelDelegate.h"

#include "RiskFormModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>

#include <algorithm>

namespace trygg::ui {
namespace {

// Marks an editor whose choices are a level scale, and the value a check box stands for.
constexpr char DigitEntryProperty[] = "trygg_digitEntry";
constexpr char ChoiceValueProperty[] = "trygg_choiceValue";

// The value a key stands for on a level scale: its digit, 0 for Backspace (clear), nullopt for other keys.
std::optional<int> levelKey(const QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return std::nullopt;
    if (event->key() == Qt::Key_Backspace)
        return 0;
    if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9)
        return event->key() - Qt::Key_0;
    return std::nullopt;
}

QList<QCheckBox *> checkBoxesOf(const QWidget *editor)
{
    return editor->findChildren<QCheckBox *>(QString(), Qt::FindDirectChildrenOnly);
}

} // namespace

LevelDelegate::LevelDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *LevelDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    if (index.data(RiskFormModel::ChoiceTextsRole).toStringList().isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    if (index.data(RiskFormModel::MultipleChoiceRole).toBool())
        return createCheckBoxes(parent, index);
    return createComboBox(parent, index);
}

QComboBox *LevelDelegate::createComboBox(QWidget *parent, const QModelIndex &index) const
{
    const QStringList texts = index.data(RiskFormModel::ChoiceTextsRole).toStringList();
    const QVariantList values = index.data(RiskFormModel::ChoiceValuesRole).toList();
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    for (qsizetype i = 0; i < texts.size(); ++i)
        combo->addItem(texts[i], values.value(i));
    combo->setProperty(DigitEntryProperty, index.data(RiskFormModel::DigitEntryRole).toBool());
    combo->setToolTip(index.data(Qt::ToolTipRole).toString());
    auto *self = const_cast<LevelDelegate *>(this);
    // Only a choice the user makes: setEditorData() changing the index must not write back.
    connect(combo, &QComboBox::activated, self, [self, combo] { emit self->commitData(combo); });
    return combo;
}

QWidget *LevelDelegate::createCheckBoxes(QWidget *parent, const QModelIndex &index) const
{
    const QStringList texts = index.data(RiskFormModel::ChoiceTextsRole).toStringList();
    const QVariantList values = index.data(RiskFormModel::ChoiceValuesRole).toList();
    auto *editor = new QWidget(parent);
    editor->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(editor);
    layout->setContentsMargins(4, 0, 4, 0);
    auto *self = const_cast<LevelDelegate *>(this);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto *box = new QCheckBox(texts[i], editor);
        box->setProperty(ChoiceValueProperty, values.value(i));
        box->installEventFilter(self);
        connect(box, &QCheckBox::toggled, self, [self, editor] { emit self->commitData(editor); });
        layout->addWidget(box);
    }
    editor->setFocusProxy(checkBoxesOf(editor).value(0));
    return editor;
}

void LevelDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    const QList<QCheckBox *> boxes = checkBoxesOf(editor);
    if (boxes.isEmpty()) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const uint chosen = index.data(Qt::EditRole).toUInt();
    for (QCheckBox *box : boxes) {
        const QSignalBlocker blocker(box);
        box->setChecked(chosen & box->property(ChoiceValueProperty).toUInt());
    }
}

void LevelDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    const QList<QCheckBox *> boxes = checkBoxesOf(editor);
    if (boxes.isEmpty()) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    uint chosen = 0;
    for (const QCheckBox *box : boxes)
        if (box->isChecked())
            chosen |= box->property(ChoiceValueProperty).toUInt();
    model->setData(index, chosen, Qt::EditRole);
}

void LevelDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    // "5 Svært alvorlig", asset names and the four aspects need more room than the column gives.
    QRect rect = option.rect;
    if (!index.data(RiskFormModel::ChoiceTextsRole).toStringList().isEmpty())
        rect.setWidth(std::max(rect.width(), std::min(editor->sizeHint().width(), 480)));
    editor->setGeometry(rect);
}

bool LevelDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event && event->type() == QEvent::KeyPress && index.data(RiskFormModel::DigitEntryRole).toBool()) {
        if (const std::optional<int> level = levelKey(static_cast<QKeyEvent *>(event))) {
            const QVariantList values = index.data(RiskFormModel::ChoiceValuesRole).toList();
            // A digit off the scale (or Backspace on a level that must be set) is swallowed rather than
            // opening an editor; the model would refuse it anyway.
            if (values.contains(QVariant(*level)))
                model->setData(index, *level, Qt::EditRole);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool LevelDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (auto *box = qobject_cast<QCheckBox *>(object)) {
        // The view watches the editor around the boxes; the boxes themselves only need their keys.
        return event->type() == QEvent::KeyPress && checkBoxKey(box, static_cast<QKeyEvent *>(event)->key());
    }
    auto *combo = qobject_cast<QComboBox *>(object);
    if (combo && event->type() == QEvent::KeyPress && combo->property(DigitEntryProperty).toBool()) {
        if (const std::optional<int> level = levelKey(static_cast<QKeyEvent *>(event))) {
            if (const int found = combo->findData(*level); found >= 0) {
                combo->setCurrentIndex(found);
                emit commitData(combo);
            }
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

// Left and Right go between the boxes (Space ticks); Tab leaves the cell as from any other cell.
bool LevelDelegate::checkBoxKey(QWidget *box, int key)
{
    QWidget *editor = box->parentWidget();
    const QList<QCheckBox *> boxes = checkBoxesOf(editor);
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const qsizetype next = boxes.indexOf(box) + (key == Qt::Key_Left ? -1 : 1);
        if (next >= 0 && next < boxes.size())
            boxes[next]->setFocus();
        return true;
    }
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
        editor->setFocus(); // the view hands focus back to the table only if its editor held it
        emit commitData(editor);
        emit closeEditor(editor, key == Qt::Key_Tab       ? EditNextItem
                                 : key == Qt::Key_Backtab ? EditPreviousItem
                                                          : NoHint);
        return true;
    default: return false;
    }
}

} // namespace trygg::ui
