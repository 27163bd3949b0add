// SPDX-License-Identifier: EUPL-1.2
#include "AssetsView.h"

#include "AssetEditorDialog.h"
#include "AssetFilterModel.h"
#include "AssetTableModel.h"

#include "common/DomainTexts.h"
#include "common/Icons.h"
#include "document/RegisterDocument.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace trygg::ui {
namespace {

// C, I and A in a column narrower than "3 Alvorlig": the level's number alone, never "3 …"; the name and its
// definition are in the tooltip (issue 13).
class LevelNumberDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem shown(option);
        initStyleOption(&shown, index);
        const QStyle *style = shown.widget ? shown.widget->style() : QApplication::style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, shown.widget) + 1;
        if (shown.fontMetrics.horizontalAdvance(shown.text) > shown.rect.width() - 2 * margin)
            shown.text = shown.text.section(QLatin1Char(' '), 0, 0);
        style->drawControl(QStyle::CE_ItemViewItem, &shown, painter, shown.widget);
    }
};

std::optional<Id> idOf(const QVariant &value)
{
    return value.isValid() ? std::optional<Id>(value.value<qint64>()) : std::nullopt;
}

// Fills a filter combo with "all" and then (name, id) pairs sorted by name, keeping the choice.
template <typename T> void fillNamed(QComboBox *combo, const QString &all, std::vector<const T *> items)
{
    const QVariant selected = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all);
    std::sort(items.begin(), items.end(), [](const T *a, const T *b) {
        return QString::localeAwareCompare(toQString(a->name), toQString(b->name)) < 0;
    });
    for (const T *item : items)
        combo->addItem(toQString(item->name), QVariant::fromValue<qint64>(item->id));
    combo->setCurrentIndex(selected.isValid() ? std::max(0, combo->findData(selected)) : 0);
}

} // namespace

AssetsView::AssetsView(RegisterDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new AssetTableModel(document, this)),
      m_filter(new AssetFilterModel(m_model, this))
{
    m_newAction = new QAction(actionIcon("new"), tr("&New asset..."), this);
    m_newAction->setToolTip(tr("Add an asset to the register"));
    m_editAction = new QAction(actionIcon("edit"), tr("&Edit..."), this);
    m_editAction->setToolTip(tr("Edit every field of the selected asset (Enter)"));
    m_editAction->setShortcut(Qt::Key_Return);
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction = new QAction(actionIcon("delete"), tr("&Delete"), this);
    m_deleteAction->setToolTip(tr("Delete the selected asset (Del)"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_historyAction = new QAction(actionIcon("history"), tr("&History..."), this);
    m_historyAction->setToolTip(tr("Who changed the selected asset, when, and what"));
    connect(m_historyAction, &QAction::triggered, this, [this] {
        const std::optional<Id> id = selectedAssetId();
        if (const Asset *asset = id ? RegisterData::findById(m_document->data().assets, *id) : nullptr)
            emit historyRequested(QStringLiteral("asset"), asset->id, toQString(asset->name));
    });
    connect(m_newAction, &QAction::triggered, this, &AssetsView::newAsset);
    connect(m_editAction, &QAction::triggered, this, &AssetsView::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &AssetsView::deleteSelected);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addSeparator();
    toolBar->addAction(m_historyAction);

    auto *filterBar = new QWidget(this);
    buildFilterBar(filterBar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("assetTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AssetTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Issue 13: the warnings column is as wide as its warnings (narrow when there are none), not the rest of
    // the table.
    m_table->horizontalHeader()->setStretchLastSection(false);
    auto *levels = new LevelNumberDelegate(m_table);
    for (int column : {AssetTableModel::ConfidentialityColumn, AssetTableModel::IntegrityColumn,
                       AssetTableModel::AvailabilityColumn})
        m_table->setItemDelegateForColumn(column, levels);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &AssetsView::showColumnMenu);
    m_table->addAction(m_editAction);
    m_table->addAction(m_deleteAction);
    m_table->addAction(m_historyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, &AssetsView::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AssetsView::updateActions);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(toolBar);
    layout->addWidget(filterBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    fillFilterCombos();
    setDefaultColumnWidths();
    connect(m_document, &RegisterDocument::recordsReset, this, &AssetsView::onRecordsChanged);
    connect(m_document, &RegisterDocument::recordChanged, this,
            [this](RecordKind kind, Id) { onRecordsChanged(kind); });
    // A reset clears the selection without selectionChanged.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AssetsView::updateStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AssetsView::updateActions);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AssetsView::updateStatus);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AssetsView::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AssetsView::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AssetsView::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AssetsView::updateActions);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &AssetsView::updateStatus);
    connect(m_filter, &AssetFilterModel::filterChanged, this, &AssetsView::updateStatus);
    updateStatus();
    updateActions();
}

void AssetsView::buildFilterBar(QWidget *bar)
{
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search assets"));
    m_search->setToolTip(tr("Finds the text in name, purpose, type of information, operator and notes"));
    m_search->setMinimumWidth(100);
    m_unit = new QComboBox(bar);
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_unit->setToolTip(tr("Show the assets of one unit"));
    m_owner = new QComboBox(bar);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setToolTip(tr("Show the assets of one owner"));
    m_type = new QComboBox(bar);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->setToolTip(tr("Show one type of asset"));
    m_type->addItem(tr("All types"));
    for (int type = 0; type < AssetTypeCount; ++type)
        m_type->addItem(DomainTexts::assetType(static_cast<AssetType>(type)), type);
    m_personalData = new QComboBox(bar);
    m_personalData->setObjectName(QStringLiteral("personalDataFilter"));
    m_personalData->setToolTip(tr("Show the assets with this level of personal data"));
    m_personalData->addItem(tr("Any personal data"));
    for (PersonalData level : {PersonalData::None, PersonalData::Ordinary, PersonalData::Sensitive})
        m_personalData->addItem(tr("Personal data: %1").arg(DomainTexts::personalData(level)), static_cast<int>(level));
    m_onlyWarnings = new QCheckBox(tr("Only with &warnings"), bar);
    m_onlyWarnings->setObjectName(QStringLiteral("onlyWarnings"));
    m_onlyWarnings->setToolTip(
        tr("Assets without owner or deputy, or whose owner holds roles that are to be kept apart"));
    for (QComboBox *combo : {m_unit, m_owner, m_type, m_personalData}) {
        // Issue 13: the bar fits a 1024-pixel window; the lists open as wide as their items.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(9);
        combo->setMaximumWidth(260);
        connect(combo, &QComboBox::currentIndexChanged, this, &AssetsView::applyFilters);
    }
    // Its words say what it filters ("Personal data: all"): never cut, the others give way.
    int personalDataText = 0;
    for (int item = 0; item < m_personalData->count(); ++item)
        personalDataText =
            std::max(personalDataText, m_personalData->fontMetrics().horizontalAdvance(m_personalData->itemText(item)));
    m_personalData->setMinimumWidth(std::min(260, personalDataText + 36));
    connect(m_search, &QLineEdit::textChanged, this, &AssetsView::applyFilters);
    connect(m_onlyWarnings, &QCheckBox::toggled, this, &AssetsView::applyFilters);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    // The lists may shrink on a narrow window and grow with a wide one, so their texts show when there is room.
    layout->addWidget(m_search, 2);
    layout->addWidget(m_unit, 1);
    layout->addWidget(m_owner, 1);
    layout->addWidget(m_type, 1);
    layout->addWidget(m_personalData, 1);
    layout->addWidget(m_onlyWarnings);
}

void AssetsView::fillFilterCombos()
{
    const RegisterData &data = m_document->data();
    std::vector<const OrgUnit *> units;
    for (const OrgUnit &unit : data.units)
        units.push_back(&unit);
    fillNamed(m_unit, tr("All units"), units);
    // Only people who own something: the list stays short in a large municipality.
    std::set<Id> owners;
    for (const Asset &asset : data.assets)
        if (asset.ownerId)
            owners.insert(*asset.ownerId);
    std::vector<const Person *> people;
    for (const Person &person : data.people)
        if (owners.count(person.id))
            people.push_back(&person);
    fillNamed(m_owner, tr("All owners"), people);
    applyFilters();
}

void AssetsView::applyFilters()
{
    m_filter->setUnitFilter(idOf(m_unit->currentData()));
    m_filter->setOwnerFilter(idOf(m_owner->currentData()));
    const QVariant type = m_type->currentData();
    m_filter->setTypeFilter(type.isValid() ? std::optional<AssetType>(static_cast<AssetType>(type.toInt()))
                                           : std::nullopt);
    const QVariant level = m_personalData->currentData();
    m_filter->setPersonalDataFilter(
        level.isValid() ? std::optional<PersonalData>(static_cast<PersonalData>(level.toInt())) : std::nullopt);
    m_filter->setTextFilter(m_search->text());
    m_filter->setOnlyWithWarnings(m_onlyWarnings->isChecked());
}

void AssetsView::onRecordsChanged(RecordKind kind)
{
    if (kind == RecordKind::Unit || kind == RecordKind::Person || kind == RecordKind::Asset)
        fillFilterCombos();
}

QString AssetsView::statusText() const
{
    return tr("%1 of %2 assets; %3 with warnings")
        .arg(m_filter->rowCount())
        .arg(m_model->rowCount())
        .arg(m_filter->rowsWithWarnings());
}

void AssetsView::updateStatus()
{
    m_status->setText(statusText());
}

void AssetsView::updateActions()
{
    const std::optional<Id> id = selectedAssetId();
    const bool selected = id.has_value();
    const bool writable = !m_document->readOnly();
    m_newAction->setEnabled(m_document->mayEditSomeUnit());
    m_editAction->setEnabled(selected);
    // Issue 16: on a server, only an asset of a unit the user may change (the server decides: Access).
    const Asset *asset = selected ? RegisterData::findById(m_document->data().assets, *id) : nullptr;
    const bool mayEdit = asset && m_document->mayEdit(asset->unitId);
    m_deleteAction->setEnabled(selected && mayEdit);
    m_deleteAction->setToolTip(selected && writable && !mayEdit
                                   ? tr("The server lets you change only the assets of your own units")
                                   : tr("Delete the selected asset (Del)"));
    m_historyAction->setEnabled(selected);
}

void AssetsView::setDefaultColumnWidths()
{
    QHeaderView *header = m_table->horizontalHeader();
    // Fourteen columns do not fit a laptop screen: these two wait in the header's menu.
    header->setSectionHidden(AssetTableModel::ClassificationColumn, true);
    header->setSectionHidden(AssetTableModel::OperatorColumn, true);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < AssetTableModel::ColumnCount - 1; ++column)
        header->resizeSection(column, std::clamp(header->sectionSize(column), 32, 150));
    header->resizeSection(AssetTableModel::NameColumn,
                          std::clamp(header->sectionSize(AssetTableModel::NameColumn), 180, 240));
    header->resizeSection(AssetTableModel::WarningsColumn, warningsWidth());
}

int AssetsView::warningsWidth() const
{
    // The warnings' own width, at least the title's, at most a third of the table.
    const QHeaderView *header = m_table->horizontalHeader();
    const int title = header->fontMetrics().horizontalAdvance(
                          m_model->headerData(AssetTableModel::WarningsColumn, Qt::Horizontal).toString()) +
                      24;
    int content = 0;
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < std::min(model->rowCount(), 500); ++row)
        content = std::max(content, m_table->fontMetrics().horizontalAdvance(
                                        model->index(row, AssetTableModel::WarningsColumn).data().toString()) +
                                        16);
    return std::clamp(std::max(title, content), title, std::max(title, m_table->viewport()->width() / 3));
}

void AssetsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_columnsFitted)
        fitColumnsToWidth();
}

void AssetsView::fitColumnsToWidth()
{
    // Issue 13: every column in view where the width allows, no text cut. What gives way: C, I and A down to the
    // level's number (LevelNumberDelegate; the name is in the tooltip), then the warnings down to their title
    // (the warning icon and the tooltip of the name stay).
    QHeaderView *header = m_table->horizontalHeader();
    const int available = m_table->viewport()->width();
    if (available <= 0)
        return;
    m_columnsFitted = true;
    header->resizeSection(AssetTableModel::WarningsColumn, warningsWidth());
    int excess = -available;
    for (int column = 0; column < AssetTableModel::ColumnCount; ++column)
        if (!header->isSectionHidden(column))
            excess += header->sectionSize(column);
    auto giveWay = [&](int column, int minimum) {
        if (excess <= 0 || header->isSectionHidden(column))
            return;
        const int give = std::min(excess, header->sectionSize(column) - minimum);
        if (give > 0) {
            header->resizeSection(column, header->sectionSize(column) - give);
            excess -= give;
        }
    };
    const QFontMetrics titles(header->font());
    auto titleWidth = [&](int column) {
        return titles.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
    };
    // C, I and A give way together, so that the three show their levels alike: all names or all numbers.
    if (excess > 0)
        for (int column : {AssetTableModel::ConfidentialityColumn, AssetTableModel::IntegrityColumn,
                           AssetTableModel::AvailabilityColumn}) {
            const int minimum =
                std::max(titleWidth(column), m_table->fontMetrics().horizontalAdvance(QStringLiteral("0")) + 20);
            if (!header->isSectionHidden(column) && header->sectionSize(column) > minimum) {
                excess -= header->sectionSize(column) - minimum;
                header->resizeSection(column, minimum);
            }
        }
    giveWay(AssetTableModel::WarningsColumn, titleWidth(AssetTableModel::WarningsColumn));
    // What is still too wide scrolls: a name, unit or owner is shown whole rather than cut ("Geir …").
}

void AssetsView::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < AssetTableModel::ColumnCount; ++column) {
        QString text = m_model->headerData(column, Qt::Horizontal).toString();
        if (text.size() <= 3) // "C", "I", "A", "DPA": the menu has room for the whole word
            text = m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        QAction *action = menu.addAction(text);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != AssetTableModel::NameColumn);
        connect(action, &QAction::toggled, header, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            if (shown && header->sectionSize(column) < 32)
                header->resizeSection(column, 100);
        });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

std::optional<Id> AssetsView::selectedAssetId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_filter->assetIdAt(rows.first());
}

void AssetsView::selectAsset(Id assetId)
{
    const int sourceRow = m_model->rowOf(assetId);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, AssetTableModel::NameColumn));
    if (!index.isValid()) {
        // Hidden by a filter: show everything rather than select nothing.
        for (QComboBox *combo : {m_unit, m_owner, m_type, m_personalData})
            combo->setCurrentIndex(0);
        m_search->clear();
        m_onlyWarnings->setChecked(false);
        index = m_filter->mapFromSource(m_model->index(sourceRow, AssetTableModel::NameColumn));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void AssetsView::newAsset()
{
    AssetEditorDialog dialog(m_document, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted && dialog.assetId())
        selectAsset(*dialog.assetId());
}

void AssetsView::editSelected()
{
    const std::optional<Id> assetId = selectedAssetId();
    if (!assetId)
        return;
    if (AssetEditorDialog::editAsset(m_document, assetId, this))
        selectAsset(*assetId);
}

void AssetsView::deleteSelected()
{
    const std::optional<Id> assetId = selectedAssetId();
    const Asset *asset = assetId ? RegisterData::findById(m_document->data().assets, *assetId) : nullptr;
    if (!asset)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete asset"),
        tr("Delete the asset \"%1\" from the register?\n\nRisk lines about it keep their text without an asset. "
           "Undo brings the asset back.")
            .arg(toQString(asset->name)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_document->removeAsset(*assetId);
}

void AssetsView::showOnlyWarnings(bool only)
{
    m_onlyWarnings->setChecked(only);
}

void AssetsView::showUnit(std::optional<trygg::Id> unitId)
{
    m_unit->setCurrentIndex(unitId ? std::max(0, m_unit->findData(QVariant::fromValue<qint64>(*unitId))) : 0);
}

} // namespace trygg::ui
