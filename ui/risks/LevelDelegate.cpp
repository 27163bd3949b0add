#include "LevelDelegate.h"

#include "RiskFormModel.h"

#include <QComboBox>
#include <QKeyEvent>

namespace trygg::ui {
namespace {

// Marks an editor whose choices are a level scale.
constexpr char DigitEntryProperty[] = "trygg_digitEntry";

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

} // namespace

LevelDelegate::LevelDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *LevelDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QStringList texts = index.data(RiskFormModel::ChoiceTextsRole).toStringList();
    if (texts.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    const QVariantList values = index.data(RiskFormModel::ChoiceValuesRole).toList();
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    for (qsizetype i = 0; i < texts.size(); ++i)
        combo->addItem(texts[i], values.value(i));
    combo->setProperty(DigitEntryProperty, index.data(RiskFormModel::DigitEntryRole).toBool());
    combo->setToolTip(index.data(Qt::ToolTipRole).toString());
    // A choice made in the list is stored at once, so score and priority follow while the editor is open.
    auto *self = const_cast<LevelDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] { emit self->commitData(combo); });
    return combo;
}

void LevelDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const int found = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(found);
}

void LevelDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void LevelDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    // "3 Moderat" and asset names need more room than a narrow level column gives.
    QRect rect = option.rect;
    if (qobject_cast<QComboBox *>(editor))
        rect.setWidth(std::max(rect.width(), std::min(editor->sizeHint().width(), 320)));
    editor->setGeometry(rect);
    Q_UNUSED(index)
}

bool LevelDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event && event->type() == QEvent::KeyPress && index.data(RiskFormModel::DigitEntryRole).toBool()) {
        if (const std::optional<int> level = levelKey(static_cast<QKeyEvent *>(event))) {
            const QVariantList values = index.data(RiskFormModel::ChoiceValuesRole).toList();
            // A digit off the scale (or Backspace on a level that must be set) is swallowed, not turned into
            // an editor holding it; the model refuses anything off the scale anyway.
            if (values.contains(QVariant(*level)))
                model->setData(index, *level, Qt::EditRole);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool LevelDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *combo = qobject_cast<QComboBox *>(object);
    if (combo && event->type() == QEvent::KeyPress && combo->property(DigitEntryProperty).toBool()) {
        if (const std::optional<int> level = levelKey(static_cast<QKeyEvent *>(event))) {
            const int found = combo->findData(*level);
            if (found >= 0) {
                combo->setCurrentIndex(found);
                emit commitData(combo);
            }
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace trygg::ui
