// SPDX-License-Identifier: EUPL-1.2
#include "ActionPlanView.h"

#include "ActionPlanModel.h"
#include "MeasureDialog.h"
#include "MeasureItemDelegate.h"
#include "PlanFilterModel.h"

#include "common/DomainTexts.h"
#include "common/Numbers.h"
#include "document/RegisterDocument.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace trygg::ui {
namespace {

constexpr int AllStatuses = -1;
constexpr int NotDone = -2;

std::optional<Id> idOf(const QVariant &value)
{
    return value.isValid() ? std::optional<Id>(value.toLongLong()) : std::nullopt;
}

// Selects the item whose data is `id` without emitting anything; the first item ("all") if none is.
void selectId(QComboBox *combo, std::optional<Id> id)
{
    const QSignalBlocker blocker(combo);
    const int found = id ? combo->findData(QVariant::fromValue<qlonglong>(*id)) : 0;
    combo->setCurrentIndex(std::max(found, 0));
}

} // namespace

ActionPlanView::ActionPlanView(RegisterDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ActionPlanModel(document, this)),
      m_filter(new PlanFilterModel(this)), m_unit(new QComboBox(this)), m_responsible(new QComboBox(this)),
      m_status(new QComboBox(this)), m_due(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_table(new QTableView(this)), m_new(new QPushButton(tr("&New measure..."), this)),
      m_edit(new QPushButton(tr("&Edit..."), this)), m_delete(new QPushButton(tr("&Delete"), this)),
      m_history(new QPushButton(tr("&History..."), this)), m_summary(new QLabel(this))
{
    m_filter->setSourceModel(m_model);

    m_unit->setToolTip(tr("Show the measures of one unit"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setMinimumContentsLength(12); // long unit names must not widen the window (1024 wide: issue 13)
    m_responsible->setToolTip(tr("Show the measures one person is responsible for"));
    m_responsible->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_responsible->setMinimumContentsLength(12);
    for (QComboBox *combo : {m_status, m_due}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    fillUnits();
    fillPeople();
    m_status->addItem(tr("All statuses"), AllStatuses);
    m_status->addItem(tr("Not done"), NotDone);
    for (MeasureStatus status :
         {MeasureStatus::Planned, MeasureStatus::InProgress, MeasureStatus::Done, MeasureStatus::Cancelled})
        m_status->addItem(DomainTexts::measureStatus(status), static_cast<int>(status));
    m_status->setToolTip(tr("Show measures by status"));
    m_due->addItem(tr("All deadlines"), static_cast<int>(PlanFilterModel::DueFilter::All));
    m_due->addItem(tr("Overdue"), static_cast<int>(PlanFilterModel::DueFilter::Overdue));
    m_due->addItem(tr("Due within 30 days"), static_cast<int>(PlanFilterModel::DueFilter::DueSoon));
    m_due->setToolTip(tr("Show measures whose deadline has passed or is near"));
    m_search->setPlaceholderText(tr("Search measures"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 10);
    m_search->setMaximumWidth(m_search->fontMetrics().averageCharWidth() * 32);
    m_search->setToolTip(tr("Show measures whose text or follow-up contains this"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Unit:"), this));
    filters->addWidget(m_unit);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Responsible:"), this));
    filters->addWidget(m_responsible);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Deadline:"), this));
    filters->addWidget(m_due);
    filters->addStretch(1);
    filters->addWidget(m_search, 1);

    m_table->setModel(m_filter);
    m_table->setItemDelegate(new MeasureItemDelegate(document, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionPlanModel::PriorityColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Click to sort; right-click to choose the columns"));
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ActionPlanView::showColumnMenu);
    setColumnWidths();

    m_new->setToolTip(tr("Add a measure to the action plan"));
    m_edit->setToolTip(tr("Edit the selected measure and the risks it treats"));
    m_delete->setToolTip(tr("Delete the selected measures"));
    m_history->setToolTip(tr("Who changed the selected measure, when, and what"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_history);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &ActionPlanView::deleteMeasures);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &ActionPlanView::applyFilters);
    connect(m_responsible, &QComboBox::currentIndexChanged, this, &ActionPlanView::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionPlanView::applyFilters);
    connect(m_due, &QComboBox::currentIndexChanged, this, &ActionPlanView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &ActionPlanView::applyFilters);
    connect(m_new, &QPushButton::clicked, this, &ActionPlanView::newMeasure);
    connect(m_edit, &QPushButton::clicked, this, &ActionPlanView::editMeasure);
    connect(m_delete, &QPushButton::clicked, this, &ActionPlanView::deleteMeasures);
    connect(m_history, &QPushButton::clicked, this, &ActionPlanView::showHistory);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            editMeasure();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addAction(m_new->text(), this, &ActionPlanView::newMeasure)->setEnabled(m_new->isEnabled());
        menu.addAction(m_edit->text(), this, &ActionPlanView::editMeasure)->setEnabled(m_edit->isEnabled());
        menu.addAction(m_delete->text(), this, &ActionPlanView::deleteMeasures)->setEnabled(m_delete->isEnabled());
        menu.addSeparator();
        menu.addAction(m_history->text(), this, &ActionPlanView::showHistory)->setEnabled(m_history->isEnabled());
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActionPlanView::updateActions);
    connect(document, &RegisterDocument::recordsReset, this, &ActionPlanView::documentChanged);
    connect(document, &RegisterDocument::recordChanged, this, [this](RecordKind kind, Id) { documentChanged(kind); });

    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(0);
    connect(&m_summaryTimer, &QTimer::timeout, this, &ActionPlanView::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, &m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QAbstractItemModel::layoutChanged, &m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QAbstractItemModel::rowsInserted, &m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QAbstractItemModel::rowsRemoved, &m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QAbstractItemModel::dataChanged, &m_summaryTimer, qOverload<>(&QTimer::start));

    updateSummary();
    updateActions();
    m_model->setActive(false); // until shown
}

void ActionPlanView::showEvent(QShowEvent *event)
{
    m_model->setActive(true);
    QWidget::showEvent(event);
}

void ActionPlanView::hideEvent(QHideEvent *event)
{
    m_model->setActive(false);
    QWidget::hideEvent(event);
}

void ActionPlanView::setColumnWidths()
{
    // Widths in characters of the interface font, so they scale with it and with high DPI.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int character = metrics.averageCharWidth();
    const std::pair<int, int> widths[] = {
        {ActionPlanModel::WhatColumn, 42},   {ActionPlanModel::ResponsibleColumn, 17},
        {ActionPlanModel::StatusColumn, 11}, {ActionPlanModel::HoursColumn, 7},
        {ActionPlanModel::CostColumn, 10},   {ActionPlanModel::FollowUpColumn, 18},
        {ActionPlanModel::RisksColumn, 6},   {ActionPlanModel::TopScoreColumn, 9},
        {ActionPlanModel::UnitColumn, 20},   {ActionPlanModel::AssessmentColumn, 30},
    };
    // Never narrower than the column's title (issue 13: "Højeste produkt" was cut to "øjeste produl").
    const QFontMetrics titles(m_table->horizontalHeader()->font());
    for (const auto &[column, characters] : widths)
        m_table->setColumnWidth(
            column, std::max(characters * character + 16,
                             titles.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24));
    // The header carries the sort indicator; an overdue deadline is bold; the zone names are the register's own.
    m_table->setColumnWidth(ActionPlanModel::PriorityColumn,
                            metrics.horizontalAdvance(m_model->headerData(0, Qt::Horizontal).toString()) + 36);
    QFont bold = m_table->font();
    bold.setBold(true);
    m_table->setColumnWidth(ActionPlanModel::DeadlineColumn,
                            QFontMetrics(bold).horizontalAdvance(dateText(Date{2026, 12, 28})) + 20);
    int zoneWidth = metrics.horizontalAdvance(tr("Zone"));
    for (const Zone &zone : m_document->data().currentMatrix().zones)
        zoneWidth = std::max(zoneWidth, metrics.horizontalAdvance(toQString(zone.name)));
    m_table->setColumnWidth(ActionPlanModel::ZoneColumn, zoneWidth + 20);
}

void ActionPlanView::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < ActionPlanModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The measure itself always stays.
        action->setEnabled(column != ActionPlanModel::WhatColumn);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

void ActionPlanView::fillUnits()
{
    const RegisterData &data = m_document->data();
    const std::optional<Id> selected = idOf(m_unit->currentData());
    const QSignalBlocker blocker(m_unit);
    m_unit->clear();
    m_unit->addItem(tr("All units"));
    // The organisation as a tree: each unit under its parent, siblings by name.
    std::vector<const OrgUnit *> units;
    for (const OrgUnit &unit : data.units)
        units.push_back(&unit);
    std::sort(units.begin(), units.end(), [](const OrgUnit *a, const OrgUnit *b) {
        return QString::localeAwareCompare(toQString(a->name), toQString(b->name)) < 0;
    });
    std::function<void(std::optional<Id>, int)> addChildren = [&](std::optional<Id> parent, int depth) {
        for (const OrgUnit *unit : units) {
            const bool rootUnit = !unit->parentId || !RegisterData::findById(data.units, unit->parentId);
            if (parent ? unit->parentId == parent : rootUnit) {
                m_unit->addItem(QString(depth * 3, QLatin1Char(' ')) + toQString(unit->name),
                                QVariant::fromValue<qlonglong>(unit->id));
                if (depth < 8)
                    addChildren(unit->id, depth + 1);
            }
        }
    };
    addChildren(std::nullopt, 0);
    selectId(m_unit, selected);
}

void ActionPlanView::fillPeople()
{
    const std::optional<Id> selected = idOf(m_responsible->currentData());
    const QSignalBlocker blocker(m_responsible);
    m_responsible->clear();
    MeasureItemDelegate::addPeople(m_responsible, m_document->data(), tr("Anyone"));
    selectId(m_responsible, selected);
}

void ActionPlanView::documentChanged(RecordKind kind)
{
    if (kind == RecordKind::Unit) {
        fillUnits();
        applyFilters(); // a removed unit falls back to "All units"
    } else if (kind == RecordKind::Person) {
        fillPeople();
        applyFilters();
    }
    updateActions();
}

void ActionPlanView::applyFilters()
{
    m_filter->setUnitFilter(idOf(m_unit->currentData()));
    m_filter->setResponsibleFilter(idOf(m_responsible->currentData()));
    const int status = m_status->currentData().toInt();
    if (status == AllStatuses)
        m_filter->setStatusFilter({});
    else if (status == NotDone)
        m_filter->setStatusFilter({MeasureStatus::Planned, MeasureStatus::InProgress});
    else
        m_filter->setStatusFilter({static_cast<MeasureStatus>(status)});
    m_filter->setDueFilter(static_cast<PlanFilterModel::DueFilter>(m_due->currentData().toInt()));
    m_filter->setTextFilter(m_search->text().trimmed());
    m_summaryTimer.start();
}

void ActionPlanView::resetFilterControls()
{
    for (QComboBox *combo : {m_unit, m_responsible, m_status, m_due}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    m_table->sortByColumn(ActionPlanModel::PriorityColumn, Qt::AscendingOrder);
}

void ActionPlanView::showOverdue()
{
    resetFilterControls();
    const QSignalBlocker blocker(m_due);
    m_due->setCurrentIndex(m_due->findData(static_cast<int>(PlanFilterModel::DueFilter::Overdue)));
    applyFilters();
}

void ActionPlanView::showDueSoon()
{
    resetFilterControls();
    const QSignalBlocker blocker(m_due);
    m_due->setCurrentIndex(m_due->findData(static_cast<int>(PlanFilterModel::DueFilter::DueSoon)));
    applyFilters();
}

void ActionPlanView::showAll()
{
    resetFilterControls();
    applyFilters();
}

void ActionPlanView::showUnit(std::optional<Id> unitId)
{
    resetFilterControls();
    selectId(m_unit, unitId);
    applyFilters();
}

std::vector<Id> ActionPlanView::selectedMeasures() const
{
    std::vector<Id> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.push_back(index.data(ActionPlanModel::MeasureIdRole).toLongLong());
    return ids;
}

void ActionPlanView::selectMeasure(Id measureId)
{
    m_model->refresh();
    const int row = m_model->rowOf(measureId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, ActionPlanModel::WhatColumn));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ActionPlanView::newMeasure()
{
    Measure measure;
    if (const std::vector<Id> selected = selectedMeasures(); !selected.empty())
        if (const Measure *current = RegisterData::findById(m_document->data().measures, selected.front()))
            measure.assessmentId = current->assessmentId; // most likely the same form
    MeasureDialog dialog(m_document, measure, this);
    if (dialog.exec() == QDialog::Accepted)
        selectMeasure(dialog.measureId());
}

void ActionPlanView::editMeasure()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Id id = current.data(ActionPlanModel::MeasureIdRole).toLongLong();
    const Measure *measure = RegisterData::findById(m_document->data().measures, id);
    if (!measure)
        return;
    MeasureDialog dialog(m_document, *measure, this);
    if (dialog.exec() == QDialog::Accepted)
        selectMeasure(id);
}

void ActionPlanView::deleteMeasures()
{
    const std::vector<Id> ids = selectedMeasures();
    if (ids.empty() || m_document->readOnly())
        return;
    const RegisterData &data = m_document->data();
    const Measure *first = RegisterData::findById(data.measures, ids.front());
    const QString question =
        ids.size() == 1 && first
            ? tr("Delete the measure \"%1\" from the action plan?").arg(toQString(first->what))
            : tr("Delete %n measures from the action plan?", nullptr, static_cast<int>(ids.size()));
    QMessageBox box(QMessageBox::Question, tr("Delete measures"), question, QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.setInformativeText(tr("The risks they treat stay in their assessments. Undo brings the measures back."));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    if (box.exec() != QMessageBox::Yes)
        return;
    m_document->removeMeasures(ids); // one action: all of them, or none
}

void ActionPlanView::updateActions()
{
    const bool writable = !m_document->readOnly();
    const bool selected = m_table->selectionModel()->hasSelection();
    m_new->setEnabled(writable && m_document->mayEditSomeUnit() && !m_document->data().assessments.empty());
    m_new->setToolTip(m_document->data().assessments.empty()
                          ? tr("A measure belongs to a risk assessment: create an assessment first")
                          : tr("Add a measure to the action plan"));
    // Issue 16: on a server, only the measures of the units the user may change (the server decides: Access).
    const std::vector<Id> measures = selectedMeasures();
    const bool mayEdit = std::all_of(measures.begin(), measures.end(),
                                     [this](Id id) { return m_document->mayEditMeasure(id); });
    m_edit->setEnabled(writable && selected && mayEdit);
    m_delete->setEnabled(writable && selected && mayEdit);
    m_history->setEnabled(selectedMeasures().size() == 1);
}

void ActionPlanView::showHistory()
{
    const std::vector<Id> ids = selectedMeasures();
    if (ids.size() != 1)
        return;
    if (const Measure *measure = RegisterData::findById(m_document->data().measures, ids.front()))
        emit historyRequested(QStringLiteral("measure"), measure->id, toQString(measure->what));
}

QString ActionPlanView::summaryText() const
{
    return m_summary->text();
}

void ActionPlanView::updateSummary()
{
    m_model->refresh();
    const int shown = m_filter->rowCount();
    ActionPlanModel::Totals totals;
    if (shown == m_model->rowCount()) {
        totals = m_model->totals();
    } else {
        std::vector<int> rows;
        rows.reserve(static_cast<std::size_t>(shown));
        for (int row = 0; row < shown; ++row)
            rows.push_back(m_filter->mapToSource(m_filter->index(row, 0)).row());
        std::sort(rows.begin(), rows.end()); // the same sums whatever the view is sorted by
        totals = m_model->totals(&rows);
    }
    QString text = tr("%1; %2; total %3 hours, cost %4")
                       .arg(tr("%n measure(s)", nullptr, shown), tr("%n overdue", nullptr, totals.overdue),
                            ActionPlanModel::numberText(totals.hours), costText(totals.cost));
    if (shown != m_model->rowCount())
        text += QLatin1Char(' ') + tr("(filtered from %1)").arg(m_model->rowCount());
    m_summary->setText(text);
}

} // namespace trygg::ui
