// SPDX-License-Identifier: EUPL-1.2
#include "MatrixView.h"

#include "CellRiskModel.h"
#include "MatrixWidget.h"
#include "common/DomainTexts.h"
#include "matrix/MatrixGrid.h"
#include "plan/Prioritisation.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace trygg::ui {
namespace {

std::optional<Id> comboId(const QComboBox *combo)
{
    const QVariant value = combo->currentData();
    if (!value.isValid())
        return std::nullopt;
    return value.toLongLong();
}

// Refills a combo with "All ..." and the given (name, id) entries, keeping the chosen id if it is
// still there. Emits no signals: the caller refreshes once.
void fillCombo(QComboBox *combo, const QString &all, std::vector<std::pair<QString, Id>> entries)
{
    const std::optional<Id> chosen = comboId(combo);
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all);
    for (const auto &[name, id] : entries) {
        combo->addItem(name, QVariant::fromValue<qlonglong>(id));
        if (chosen == id)
            combo->setCurrentIndex(combo->count() - 1);
    }
}

QPixmap swatch(const QColor &colour, int size, qreal pixelRatio)
{
    QPixmap pixmap(QSize(size, size) * pixelRatio);
    pixmap.setDevicePixelRatio(pixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(140));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size * 0.15, size * 0.15);
    return pixmap;
}

} // namespace

MatrixView::MatrixView(RegisterDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_cellModel(new CellRiskModel(document, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilterRow());

    auto *upper = new QWidget;
    auto *upperLayout = new QHBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    m_matrix = new MatrixWidget;
    m_matrix->setObjectName(QStringLiteral("matrixWidget"));
    upperLayout->addWidget(m_matrix, 1);
    upperLayout->addWidget(createSidePanel());

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(upper);
    splitter->addWidget(createCellList());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_matrix, &MatrixWidget::cellClicked, this, &MatrixView::onCellClicked);
    connect(m_document, &RegisterDocument::recordChanged, this,
            [this](RecordKind kind, Id) { onRecordsChanged(kind); });
    connect(m_document, &RegisterDocument::recordsReset, this, &MatrixView::onRecordsChanged);
    reloadAll();
}

QWidget *MatrixView::createFilterRow()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    m_currentButton = new QToolButton;
    m_currentButton->setText(tr("Current risk"));
    m_currentButton->setToolTip(tr("The risk as assessed, before new measures"));
    m_residualButton = new QToolButton;
    m_residualButton->setText(tr("Residual risk"));
    m_residualButton->setToolTip(
        tr("The risk after the measures, where a residual risk has been assessed; others at their current risk"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : {m_currentButton, m_residualButton}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(button);
        layout->addWidget(button);
    }
    m_currentButton->setChecked(true);
    connect(m_residualButton, &QToolButton::toggled, this, &MatrixView::setResidual);
    layout->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);

    m_unitCombo = new QComboBox;
    m_unitCombo->setObjectName(QStringLiteral("unitFilter"));
    m_assessmentCombo = new QComboBox;
    m_assessmentCombo->setObjectName(QStringLiteral("assessmentFilter"));
    for (QComboBox *combo : {m_unitCombo, m_assessmentCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
    }
    auto *unitLabel = new QLabel(tr("&Unit:"));
    unitLabel->setBuddy(m_unitCombo);
    auto *assessmentLabel = new QLabel(tr("&Assessment:"));
    assessmentLabel->setBuddy(m_assessmentCombo);
    layout->addWidget(unitLabel);
    layout->addWidget(m_unitCombo);
    layout->addWidget(assessmentLabel);
    layout->addWidget(m_assessmentCombo);
    layout->addStretch(1);

    connect(m_unitCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillAssessments();
        refresh();
    });
    connect(m_assessmentCombo, &QComboBox::currentIndexChanged, this, &MatrixView::refresh);
    return row;
}

QWidget *MatrixView::createSidePanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Acceptance zones"));
    m_legendLayout = new QVBoxLayout(box);
    layout->addWidget(box);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("matrixSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    panel->setMaximumWidth(fontMetrics().averageCharWidth() * 36);
    return panel;
}

QWidget *MatrixView::createCellList()
{
    auto *list = new QWidget;
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    m_cellHint = new QLabel;
    m_cellHint->setObjectName(QStringLiteral("cellHint"));
    m_cellHint->setWordWrap(true);
    layout->addWidget(m_cellHint);

    m_sortModel = new QSortFilterProxyModel(this);
    m_sortModel->setSourceModel(m_cellModel);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("cellRiskTable"));
    m_table->setModel(m_sortModel);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CellRiskModel::Priority, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->viewport()->installEventFilter(this);
    layout->addWidget(m_table, 1);

    connect(m_cellModel, &QAbstractItemModel::modelReset, this, &MatrixView::fitColumns);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Id id = m_cellModel->riskIdAt(m_sortModel->mapToSource(index).row()))
            emit riskActivated(id);
    });
    return list;
}

std::optional<std::pair<int, int>> MatrixView::selectedCell() const
{
    return m_matrix->selectedCell();
}

RiskScope MatrixView::scope() const
{
    return RiskScope{comboId(m_unitCombo), comboId(m_assessmentCombo)};
}

void MatrixView::showCell(int probability, int consequence)
{
    refreshIfDirty();
    m_matrix->setSelectedCell(std::pair{probability, consequence});
    m_cellModel->setCell(m_matrix->selectedCell());
    updateCellHint();
}

void MatrixView::showZone(int zone)
{
    refreshIfDirty();
    m_matrix->setSelectedCell(std::nullopt);
    m_cellModel->setZone(zone);
    updateCellHint();
}

void MatrixView::clearCell()
{
    m_matrix->setSelectedCell(std::nullopt);
    m_cellModel->setCell(std::nullopt);
    updateCellHint();
}

void MatrixView::onCellClicked(int probability, int consequence)
{
    // Clicking the listed cell again puts the list away.
    if (m_matrix->selectedCell() == std::pair{probability, consequence})
        clearCell();
    else
        showCell(probability, consequence);
}

void MatrixView::setResidual(bool residual)
{
    {
        const QSignalBlocker blocker(m_residualButton);
        (residual ? m_residualButton : m_currentButton)->setChecked(true);
    }
    if (residual == m_residual)
        return;
    m_residual = residual;
    if (m_dirty) {
        reloadAll();
        return;
    }
    // The ranking stays: priorities come from the current risk in both views.
    updateCounts();
    m_cellModel->setResidual(m_residual);
    updateCellHint();
}

void MatrixView::onRecordsChanged(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Register:
    case RecordKind::Unit:
    case RecordKind::Asset: // a risk may belong to a unit through its asset
    case RecordKind::Assessment:
    case RecordKind::Risk: scheduleRefresh(); break;
    case RecordKind::Person:
    case RecordKind::Measure:
    case RecordKind::Document:
    case RecordKind::Review:
    case RecordKind::Acceptance:
    case RecordKind::Approval:
    case RecordKind::Incident:
    case RecordKind::Exception: break;
    }
}

// Edits come one by one and a reload announces every kind: count once, and only when the page shows.
void MatrixView::scheduleRefresh()
{
    m_dirty = true;
    if (!isVisible() || m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refreshIfDirty();
    });
}

void MatrixView::refreshIfDirty()
{
    if (m_dirty)
        reloadAll();
}

void MatrixView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshIfDirty();
}

void MatrixView::reloadAll()
{
    fillUnits();
    fillAssessments();
    refresh();
}

void MatrixView::fillUnits()
{
    std::vector<std::pair<QString, Id>> units;
    for (const OrgUnit &unit : m_document->data().units)
        units.emplace_back(toQString(unit.name), unit.id);
    fillCombo(m_unitCombo, tr("All units"), std::move(units));
}

void MatrixView::fillAssessments()
{
    const RegisterData &data = m_document->data();
    const std::optional<Id> unit = comboId(m_unitCombo);
    // Those of the unit, and those without a unit that hold risks of the unit through their assets.
    std::set<Id> withRisksOfUnit;
    if (unit) {
        for (const Risk &risk : data.risks) {
            if (data.unitOf(risk) == unit)
                withRisksOfUnit.insert(risk.assessmentId);
        }
    }
    std::vector<std::pair<QString, Id>> assessments;
    for (const RiskAssessment &assessment : data.assessments) {
        if (!unit || assessment.unitId == unit || withRisksOfUnit.count(assessment.id))
            assessments.emplace_back(toQString(assessment.name), assessment.id);
    }
    fillCombo(m_assessmentCombo, tr("All assessments"), std::move(assessments));
}

void MatrixView::refresh()
{
    m_dirty = false;
    updateCounts();
    m_cellModel->setQuery(scope(), m_residual, m_matrix->selectedCell());
    updateCellHint();
}

void MatrixView::updateCounts()
{
    const RegisterData &data = m_document->data();
    const MatrixGrid grid = countRisks(data, scope(), m_residual);
    m_matrix->setMatrix(data.currentMatrix());
    m_matrix->setCounts(grid);
    updateLegend(grid);
    updateSummary(grid);
}

void MatrixView::updateLegend(const MatrixGrid &grid)
{
    delete m_legend;
    m_legend = new QWidget;
    auto *layout = new QGridLayout(m_legend);
    layout->setContentsMargins(0, 0, 0, 0);
    const RiskMatrix &matrix = m_matrix->matrix();
    std::vector<int> perZone(matrix.zones.size(), 0);
    for (int p = 1; p <= matrix.probabilityLevels(); ++p) {
        for (int c = 1; c <= matrix.consequenceLevels(); ++c) {
            if (const int zone = matrix.zoneIndexOf(p, c); zone >= 0)
                perZone[static_cast<std::size_t>(zone)] += grid.count(p, c);
        }
    }
    const int size = fontMetrics().height();
    // Most severe first, as in the matrix, where the severe cells are at the top.
    int row = 0;
    for (int zone = static_cast<int>(matrix.zones.size()) - 1; zone >= 0; --zone, ++row) {
        const Zone &z = matrix.zones[static_cast<std::size_t>(zone)];
        auto *colour = new QLabel;
        colour->setPixmap(swatch(zoneColour(matrix, zone), size, devicePixelRatioF()));
        colour->setAlignment(Qt::AlignTop);
        const QString band = tr("Score %1").arg(toQString(z.scoreRange()));
        const QString count = tr("%n risk(s)", nullptr, perZone[static_cast<std::size_t>(zone)]);
        auto *text =
            new QLabel(QStringLiteral("<b>%1</b><br/>%2 · %3")
                           .arg(toQString(z.name).toHtmlEscaped(), band.toHtmlEscaped(), count.toHtmlEscaped()));
        text->setToolTip(z.acceptable ? tr("Below the acceptance line: no measure or acceptance needed")
                                      : tr("Above the acceptance line: needs measures or acceptance by management"));
        layout->addWidget(colour, row, 0);
        layout->addWidget(text, row, 1);
    }
    if (!matrix.cellZones().empty()) {
        auto *note = new QLabel(tr("Some cells are set to a zone of their own, whatever their score."));
        note->setWordWrap(true);
        layout->addWidget(note, row, 0, 1, 2);
    }
    layout->setColumnStretch(1, 1);
    m_legendLayout->addWidget(m_legend);
    m_legend->show(); // at once, not when the event loop next runs: the page may be grabbed first
}

void MatrixView::updateSummary(const MatrixGrid &grid)
{
    const RiskScope riskScope = scope();
    QStringList lines{riskScope.assessmentId ? tr("%n risk(s) in this assessment.", nullptr, grid.total)
                      : riskScope.unitId     ? tr("%n risk(s) in this unit.", nullptr, grid.total)
                                             : tr("%n risk(s) in the register.", nullptr, grid.total)};
    if (grid.notPlaced > 0)
        lines << tr("%n scored on other scales, not in the matrix.", nullptr, grid.notPlaced);
    if (grid.notScored > 0)
        lines << tr("%n not scored yet, not in the matrix.", nullptr, grid.notScored);
    if (m_residual && grid.withoutResidual > 0)
        lines << tr("%n without a residual risk, shown at their current risk.", nullptr, grid.withoutResidual);
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void MatrixView::updateCellHint()
{
    const std::optional<std::pair<int, int>> cell = m_matrix->selectedCell();
    if (!cell) {
        const std::optional<int> zone = m_cellModel->zone();
        m_cellHint->setText(zone ? tr("%n risk(s) in the zone %1. Click a cell to list its risks instead.", nullptr,
                                      m_cellModel->rowCount())
                                       .arg(DomainTexts::zoneName(m_matrix->matrix(), *zone))
                                 : tr("Click a cell to list its risks"));
        return;
    }
    const RiskMatrix &matrix = m_matrix->matrix();
    const QString probability = DomainTexts::probabilityLevel(matrix, cell->first);
    const QString consequence = DomainTexts::consequenceLevel(matrix, cell->second);
    const int rows = m_cellModel->rowCount();
    m_cellHint->setText(m_residual ? tr("%n risk(s) with residual probability %1 and consequence %2. Click the cell "
                                        "again to clear the list.",
                                        nullptr, rows)
                                         .arg(probability, consequence)
                                   : tr("%n risk(s) with probability %1 and consequence %2. Click the cell again to "
                                        "clear the list.",
                                        nullptr, rows)
                                         .arg(probability, consequence));
}

void MatrixView::fitColumns()
{
    // A chosen unit or assessment is the same on every line.
    m_table->setColumnHidden(CellRiskModel::Unit, comboId(m_unitCombo).has_value());
    m_table->setColumnHidden(CellRiskModel::Assessment, comboId(m_assessmentCombo).has_value());
    // Widest useful text in characters; longer texts are elided and shown whole in the tooltip.
    const int character = m_table->fontMetrics().averageCharWidth();
    const std::pair<int, int> caps[] = {{CellRiskModel::Unit, 16},        {CellRiskModel::Assessment, 18},
                                        {CellRiskModel::Asset, 18},       {CellRiskModel::Probability, 13},
                                        {CellRiskModel::Consequence, 16}, {CellRiskModel::Zone, 14}};
    for (int column = 0; column < CellRiskModel::ColumnCount; ++column) {
        if (column == CellRiskModel::Threat || m_table->isColumnHidden(column))
            continue;
        m_table->resizeColumnToContents(column);
        for (const auto &[capped, characters] : caps) {
            if (capped == column) {
                const int header = m_table->horizontalHeader()->sectionSizeHint(column);
                const int capWidth = std::max(header, characters * character);
                m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), capWidth));
            }
        }
    }
    fitThreatColumn();
}

// "What can happen" takes the room the other columns leave, but stays wide enough to read.
void MatrixView::fitThreatColumn()
{
    int others = 0;
    for (int column = 0; column < CellRiskModel::ColumnCount; ++column) {
        if (column != CellRiskModel::Threat && !m_table->isColumnHidden(column))
            others += m_table->columnWidth(column);
    }
    const int minimum = m_table->fontMetrics().averageCharWidth() * 28;
    m_table->setColumnWidth(CellRiskModel::Threat, std::max(minimum, m_table->viewport()->width() - others));
}

bool MatrixView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitThreatColumn();
    return QWidget::eventFilter(watched, event);
}

} // namespace trygg::ui
