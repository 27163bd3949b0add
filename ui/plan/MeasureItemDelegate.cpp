// SPDX-License-Identifier: EUPL-1.2
#include "MeasureItemDelegate.h"

#include "ActionPlanModel.h"
#include "DeadlineEdit.h"

#include "common/DomainTexts.h"
#include "document/RegisterDocument.h"

#include <QComboBox>
#include <QDoubleSpinBox>

#include <algorithm>

namespace trygg::ui {
namespace {

constexpr double MaxHours = 1'000'000;
constexpr double MaxCost = 1'000'000'000'000;

} // namespace

MeasureItemDelegate::MeasureItemDelegate(RegisterDocument *document, QObject *parent)
    : QStyledItemDelegate(parent), m_document(document)
{
}

QWidget *MeasureItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    switch (index.column()) {
    case ActionPlanModel::DeadlineColumn: return new DeadlineEdit(parent);
    case ActionPlanModel::StatusColumn: {
        auto *combo = new QComboBox(parent);
        for (MeasureStatus status :
             {MeasureStatus::Planned, MeasureStatus::InProgress, MeasureStatus::Done, MeasureStatus::Cancelled})
            combo->addItem(DomainTexts::measureStatus(status), static_cast<int>(status));
        // A status is one choice: store it as soon as it is picked.
        auto *self = const_cast<MeasureItemDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    case ActionPlanModel::ResponsibleColumn: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setToolTip(tr("Pick a person, or type a new name to add the person to the register"));
        addPeople(combo, m_document->data(), QString());
        return combo;
    }
    case ActionPlanModel::HoursColumn:
    case ActionPlanModel::CostColumn: {
        auto *spin = new QDoubleSpinBox(parent);
        const bool hours = index.column() == ActionPlanModel::HoursColumn;
        spin->setRange(0, hours ? MaxHours : MaxCost);
        spin->setDecimals(hours ? 1 : 2);
        spin->setGroupSeparatorShown(true);
        spin->setAlignment(Qt::AlignRight);
        if (hours)
            spin->setSuffix(tr(" h"));
        return spin;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void MeasureItemDelegate::addPeople(QComboBox *combo, const RegisterData &data, const QString &noneText)
{
    std::vector<const Person *> people;
    people.reserve(data.people.size());
    for (const Person &person : data.people)
        people.push_back(&person);
    std::sort(people.begin(), people.end(), [](const Person *a, const Person *b) {
        return QString::localeAwareCompare(toQString(a->name), toQString(b->name)) < 0;
    });
    combo->addItem(noneText);
    for (const Person *person : people)
        combo->addItem(toQString(person->name), QVariant::fromValue<qlonglong>(person->id));
}

QVariant MeasureItemDelegate::responsibleChoice(const QComboBox *combo)
{
    const QString name = combo->currentText().trimmed();
    if (name.isEmpty())
        return {};
    const int found = combo->findText(name, Qt::MatchFixedString);
    return found > 0 ? combo->itemData(found) : QVariant(name);
}

void MeasureItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *deadline = qobject_cast<DeadlineEdit *>(editor)) {
        deadline->setDeadline(value.toDate());
        // The field then reads "No deadline", selected: typing replaces it, Enter keeps it empty.
        if (!value.toDate().isValid())
            deadline->selectAll();
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int found = value.isValid() ? combo->findData(value) : 0;
        combo->setCurrentIndex(std::max(found, 0));
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.toDouble());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void MeasureItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *deadline = qobject_cast<DeadlineEdit *>(editor)) {
        model->setData(index, deadline->deadline());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (!combo->isEditable()) {
            model->setData(index, combo->currentData());
            return;
        }
        model->setData(index, responsibleChoice(combo));
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void MeasureItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    // Narrow columns must not squeeze a date or a name out of its editor.
    QRect rect = option.rect;
    rect.setWidth(std::max(rect.width(), editor->sizeHint().width()));
    editor->setGeometry(rect);
    Q_UNUSED(index);
}

} // namespace trygg::ui
