// SPDX-License-Identifier: EUPL-1.2
#include "RiskFormView.h"

#include "LevelDelegate.h"
#include "RiskFormFilter.h"
#include "RiskFormModel.h"
#include "RoundComparisonPanel.h"

#include "common/DateField.h"
#include "common/DomainTexts.h"
#include "cycle/Rounds.h"
#include "common/Icons.h"
#include "document/RegisterDocument.h"
#include "model/Clock.h"
#include "plan/MeasureDialog.h"

#include "risk/RiskRules.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace trygg::ui {
namespace {

// Forms longer than this keep a fixed row height: fitting every row to its text would not stay fluid.
constexpr int FitRowsLimit = 400;

// Tab and Shift+Tab go from one cell to fill in to the next, past the computed ones (effective C,
// product, priority, zone), as a hand goes along a line of the paper form.
class FormTable : public QTableView {
public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override
    {
        const QModelIndex current = currentIndex();
        if ((action != MoveNext && action != MovePrevious) || !current.isValid() || !model())
            return QTableView::moveCursor(action, modifiers);
        const int columns = model()->columnCount();
        const int cells = model()->rowCount() * columns;
        const int step = action == MoveNext ? 1 : -1;
        // Issue 13: Tab at a line's end never wraps into the next line's text (typing would replace it):
        // it leaves the form, as at its last line; Ctrl+Return adds a line.
        const int rowStart = current.row() * columns;
        for (int cell = rowStart + current.column() + step; cell >= rowStart && cell < rowStart + columns && cell < cells;
             cell += step) {
            const QModelIndex index = model()->index(cell / columns, cell % columns);
            if (!isColumnHidden(index.column()) && (index.flags() & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
                return index;
        }
        return {};
    }
};

} // namespace

RiskFormView::RiskFormView(RegisterDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new RiskFormModel(document, this)),
      m_filter(new RiskFormFilter(m_model, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    createActions();
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_addLine, m_duplicate, m_delete});
    toolBar->addSeparator();
    toolBar->addActions({m_moveUp, m_moveDown});
    toolBar->addSeparator();
    toolBar->addAction(m_createMeasure);
    toolBar->addAction(m_confirmScores);
    toolBar->addSeparator();
    toolBar->addAction(m_lineHistory);
    layout->addWidget(toolBar);
    layout->addWidget(createFilterBar());

    m_table = new FormTable(this);
    setUpTable();
    auto *definitionsBox = new QGroupBox(tr("Level definitions"), this);
    m_definitions = new QLabel(definitionsBox);
    m_definitions->setWordWrap(true);
    m_definitions->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_definitions->setTextFormat(Qt::RichText);
    auto *scroll = new QScrollArea(definitionsBox);
    scroll->setWidget(m_definitions);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    (new QVBoxLayout(definitionsBox))->addWidget(scroll);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_comparison = new RoundComparisonPanel(document, this);
    connect(m_comparison, &RoundComparisonPanel::printRequested, this, &RiskFormView::comparisonPrintRequested);
    // Beside the form: the comparison with the last round (when the assessment was started from one)
    // above the level definitions.
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_comparison);
    side->addWidget(definitionsBox);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({900, 380});
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, true);
    m_splitter = splitter;
    layout->addWidget(splitter, 1);
    m_status = new QLabel(this);
    layout->addWidget(m_status);

    connect(m_document, &RegisterDocument::recordsReset, this, [this](RecordKind kind) {
        if (kind == RecordKind::Assessment || kind == RecordKind::Unit || kind == RecordKind::Register)
            refreshAssessments();
    });
    connect(m_document, &RegisterDocument::recordChanged, this, [this](RecordKind kind, Id) {
        if (kind == RecordKind::Assessment || kind == RecordKind::Unit)
            refreshAssessments();
    });
    auto formChanged = [this] {
        fitRows();
        updateStatus();
        updateDefinitions();
        updateActions();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, formChanged);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, formChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, formChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, formChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        updateStatus();
        updateDefinitions();
        if (from.column() <= RiskFormModel::AssetColumn && to.column() >= RiskFormModel::AssetColumn)
            refreshFilterChoices();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &RiskFormView::updateStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RiskFormView::updateStatus);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RiskFormView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &RiskFormView::updateDefinitions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RiskFormView::updateActions);

    refreshAssessments();
}

QWidget *RiskFormView::createHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *chooser = new QHBoxLayout;
    m_assessments = new QComboBox(header);
    m_assessments->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assessments->setMinimumContentsLength(24);
    m_assessments->setToolTip(tr("The assessment shown in the form"));
    auto *label = new QLabel(tr("&Assessment:"), header);
    label->setBuddy(m_assessments);
    m_newAssessment = new QPushButton(tr("New assessment..."), header);
    m_newAssessment->setToolTip(tr("Start an assessment with the register's current acceptance criteria"));
    m_editAssessment = new QPushButton(tr("Edit assessment..."), header);
    m_editAssessment->setToolTip(tr("Change the name, date, status or assessor of the assessment"));
    m_assessmentHistory = new QPushButton(tr("History..."), header);
    m_assessmentHistory->setToolTip(tr("Who changed the assessment itself, when, and what"));
    chooser->addWidget(label);
    chooser->addWidget(m_assessments, 1);
    chooser->addWidget(m_newAssessment);
    chooser->addWidget(m_editAssessment);
    chooser->addWidget(m_assessmentHistory);
    layout->addLayout(chooser);
    auto *criteriaBox = new QGroupBox(tr("Acceptance criteria of this assessment"), header);
    m_criteria = new QLabel(criteriaBox);
    m_criteria->setTextFormat(Qt::RichText);
    m_criteria->setWordWrap(true);
    (new QVBoxLayout(criteriaBox))->addWidget(m_criteria);
    layout->addWidget(criteriaBox);

    connect(m_assessments, &QComboBox::currentIndexChanged, this, &RiskFormView::onAssessmentChosen);
    connect(m_newAssessment, &QPushButton::clicked, this, &RiskFormView::newAssessment);
    connect(m_editAssessment, &QPushButton::clicked, this, &RiskFormView::editAssessment);
    connect(m_assessmentHistory, &QPushButton::clicked, this, [this] {
        if (const RiskAssessment *shown =
                RegisterData::findById(m_document->data().assessments, m_model->assessmentId()))
            emit historyRequested(QStringLiteral("assessment"), shown->id, toQString(shown->name));
    });
    return header;
}

void RiskFormView::setUpTable()
{
    m_table->setModel(m_filter);
    // Issue 13: sorted by any column from its header; line order (No. ascending) to start with.
    m_table->horizontalHeader()->setSortIndicator(RiskFormModel::NumberColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // Right-click: the toolbar's actions for the line.
    auto *separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->addActions(
        {m_addLine, m_duplicate, m_delete, m_moveUp, m_moveDown, m_createMeasure, separator, m_lineHistory});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *levels = new LevelDelegate(m_table);
    for (int column : {RiskFormModel::AssetColumn, RiskFormModel::AspectsColumn, RiskFormModel::ProbabilityColumn,
                       RiskFormModel::ConsequenceColumn, RiskFormModel::KnowledgeColumn,
                       RiskFormModel::ResidualProbabilityColumn, RiskFormModel::ResidualConsequenceColumn})
        m_table->setItemDelegateForColumn(column, levels);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Typing in a cell fills it in: text starts the editor, a digit on P or C sets the level.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Room for the usual content in characters, and never less than the column's title.
    const int em = m_table->fontMetrics().averageCharWidth();
    const QFontMetrics titleMetrics(m_table->horizontalHeader()->font());
    const int widths[RiskFormModel::ColumnCount] = {3, 32, 12, 13, 5, 5, 7, 7, 12, 14, 16, 10, 26, 6, 6, 24};
    for (int column = 0; column < RiskFormModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column, std::max(widths[column] * em + 10, titleMetrics.horizontalAdvance(title) + 18));
    }
}

void RiskFormView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Issue 13: on a narrow screen (1024 wide) the level definitions give way to the form, so its zone column
    // shows; the splitter's handle brings them back.
    if (!m_narrowChecked) {
        m_narrowChecked = true;
        if (width() < 1150)
            m_splitter->setSizes({width(), 0});
    }
}

QWidget *RiskFormView::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_filterText = new QLineEdit(bar);
    m_filterText->setObjectName(QStringLiteral("formFilterText"));
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setPlaceholderText(tr("Find in the lines (Ctrl+F)"));
    m_filterText->setToolTip(tr("Shows the lines whose text, existing measures, asset or measures hold this"));
    m_zoneChoice = new QComboBox(bar);
    m_zoneChoice->setObjectName(QStringLiteral("formZoneFilter"));
    m_zoneChoice->setToolTip(tr("Shows the lines of one zone, or those not scored yet"));
    m_assetChoice = new QComboBox(bar);
    m_assetChoice->setObjectName(QStringLiteral("formAssetFilter"));
    m_assetChoice->setToolTip(tr("Shows the lines about one asset"));
    m_assetChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assetChoice->setMinimumContentsLength(16);
    m_clearFilters = new QPushButton(tr("Show all"), bar);
    m_clearFilters->setToolTip(tr("Takes the filters away: every line of the form is shown"));
    auto *findLabel = new QLabel(tr("&Find:"), bar);
    findLabel->setBuddy(m_filterText);
    auto *zoneLabel = new QLabel(tr("&Zone:"), bar);
    zoneLabel->setBuddy(m_zoneChoice);
    auto *assetLabel = new QLabel(tr("Ass&et:"), bar);
    assetLabel->setBuddy(m_assetChoice);
    row->addWidget(findLabel);
    row->addWidget(m_filterText, 2);
    row->addWidget(zoneLabel);
    row->addWidget(m_zoneChoice);
    row->addWidget(assetLabel);
    row->addWidget(m_assetChoice, 1);
    row->addWidget(m_clearFilters);

    auto *find = new QAction(tr("Find in the lines"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filterText->setFocus(Qt::ShortcutFocusReason);
        m_filterText->selectAll();
    });
    addAction(find);
    connect(m_filterText, &QLineEdit::textChanged, m_filter, &RiskFormFilter::setText);
    // Return in the search goes to the first line found, to edit it.
    connect(m_filterText, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() == 0)
            return;
        m_table->setFocus();
        m_table->setCurrentIndex(m_filter->index(0, RiskFormModel::ThreatColumn));
    });
    connect(m_zoneChoice, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setZone(m_zoneChoice->currentData().isValid() ? m_zoneChoice->currentData().toInt()
                                                                             : RiskFormFilter::AnyZone); });
    connect(m_assetChoice, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant chosen = m_assetChoice->currentData();
        m_filter->setAsset(chosen.isValid() ? std::optional<Id>(chosen.toLongLong()) : std::nullopt);
    });
    connect(m_clearFilters, &QPushButton::clicked, this, &RiskFormView::clearFilters);
    return bar;
}

void RiskFormView::refreshFilterChoices()
{
    const QVariant zone = m_zoneChoice->currentData();
    const QVariant asset = m_assetChoice->currentData();
    const QSignalBlocker zoneBlocker(m_zoneChoice);
    const QSignalBlocker assetBlocker(m_assetChoice);
    m_zoneChoice->clear();
    m_zoneChoice->addItem(tr("All zones"));
    if (const RiskMatrix *matrix = m_model->matrix())
        for (std::size_t i = 0; i < matrix->zones.size(); ++i)
            m_zoneChoice->addItem(DomainTexts::zoneName(*matrix, static_cast<int>(i)), static_cast<int>(i));
    m_zoneChoice->addItem(tr("Not scored"), RiskFormFilter::NotScored);
    m_zoneChoice->setCurrentIndex(std::max(0, zone.isValid() ? m_zoneChoice->findData(zone) : 0));

    // The assets the form's lines are about, by name.
    const RegisterData &data = m_document->data();
    std::vector<Id> used;
    bool withoutAsset = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Risk *risk = RegisterData::findById(data.risks, m_model->riskIdAt(row));
        if (risk && risk->assetId)
            used.push_back(*risk->assetId);
        else
            withoutAsset = true;
    }
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    std::vector<std::pair<QString, Id>> assets;
    for (Id id : used)
        if (const Asset *found = RegisterData::findById(data.assets, id))
            assets.emplace_back(toQString(found->name), id);
    std::sort(assets.begin(), assets.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    m_assetChoice->clear();
    m_assetChoice->addItem(tr("All assets"));
    if (withoutAsset)
        m_assetChoice->addItem(tr("(no asset)"), QVariant::fromValue<qlonglong>(0));
    for (const auto &[name, id] : assets)
        m_assetChoice->addItem(name, QVariant::fromValue<qlonglong>(id));
    const int kept = asset.isValid() ? m_assetChoice->findData(asset) : 0;
    m_assetChoice->setCurrentIndex(std::max(0, kept));
    // The filter follows what is chosen: an asset no line is about any more lets its lines' filter go.
    if (kept < 0)
        m_filter->setAsset(std::nullopt);
    if (m_zoneChoice->currentIndex() == 0)
        m_filter->setZone(RiskFormFilter::AnyZone);
}

void RiskFormView::clearFilters()
{
    {
        const QSignalBlocker textBlocker(m_filterText);
        const QSignalBlocker zoneBlocker(m_zoneChoice);
        const QSignalBlocker assetBlocker(m_assetChoice);
        m_filterText->clear();
        m_zoneChoice->setCurrentIndex(0);
        m_assetChoice->setCurrentIndex(0);
    }
    m_filter->clearFilters();
    updateStatus();
}

Id RiskFormView::riskIdAtView(int viewRow) const
{
    if (viewRow < 0 || viewRow >= m_filter->rowCount())
        return 0;
    return m_model->riskIdAt(m_filter->mapToSource(m_filter->index(viewRow, 0)).row());
}

QModelIndex RiskFormView::viewIndex(Id riskId, int column) const
{
    const int row = m_model->rowOf(riskId);
    return row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, column));
}

void RiskFormView::selectRisk(Id riskId)
{
    if (m_model->rowOf(riskId) < 0)
        return;
    if (!viewIndex(riskId).isValid())
        clearFilters();
    const QModelIndex cell = viewIndex(riskId, RiskFormModel::ThreatColumn);
    m_table->selectRow(cell.row());
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell);
}

std::optional<Id> RiskFormView::assessmentId() const
{
    return m_model->assessmentId();
}

void RiskFormView::showAssessment(Id assessmentId)
{
    const int found = m_assessments->findData(QVariant::fromValue<qlonglong>(assessmentId));
    if (found >= 0)
        m_assessments->setCurrentIndex(found);
}

void RiskFormView::refreshAssessments()
{
    const RegisterData &data = m_document->data();
    const QVariant current = m_assessments->currentData();
    std::vector<const RiskAssessment *> assessments;
    for (const RiskAssessment &assessment : data.assessments)
        assessments.push_back(&assessment);
    auto key = [&](const RiskAssessment *a) { return std::make_pair(toQString(data.unitName(a->unitId)), a->date); };
    std::sort(assessments.begin(), assessments.end(),
              [&](const RiskAssessment *a, const RiskAssessment *b) { return key(a) < key(b); });
    {
        const QSignalBlocker blocker(m_assessments);
        m_assessments->clear();
        for (const RiskAssessment *assessment : assessments) {
            const QString unit = toQString(data.unitName(assessment->unitId));
            m_assessments->addItem(tr("%1 \u2013 %2 (%3, %4)")
                                       .arg(unit.isEmpty() ? tr("No unit") : unit, toQString(assessment->name),
                                            dateText(assessment->date),
                                            DomainTexts::assessmentStatus(assessment->status)),
                                   QVariant::fromValue<qlonglong>(assessment->id));
        }
        m_assessments->setCurrentIndex(std::max(0, m_assessments->findData(current)));
    }
    onAssessmentChosen();
}

void RiskFormView::onAssessmentChosen()
{
    const QVariant chosen = m_assessments->currentData();
    const std::optional<Id> id = chosen.isValid() ? std::optional<Id>(chosen.toLongLong()) : std::nullopt;
    if (id != m_model->assessmentId())
        m_model->setAssessment(id);
    m_comparison->setAssessment(id);
    refreshFilterChoices();
    updateCriteria();
    updateStatus();
    updateDefinitions();
    updateActions();
}

void RiskFormView::updateCriteria()
{
    const RiskMatrix *matrix = m_model->matrix();
    if (!matrix) {
        m_criteria->setText(tr("No assessment yet. Start one with New assessment."));
        return;
    }
    // 003 section 5: the criteria for acceptable risk are set before the assessment and stay with it.
    QString zones;
    for (std::size_t i = 0; i < matrix->zones.size(); ++i) {
        const Zone &zone = matrix->zones[i];
        // A zone of one score reads "16", not "16–16" (issue 18; Zone::scoreRange).
        zones += QStringLiteral("<td bgcolor=\"%1\" width=\"18\">&nbsp;</td><td>&nbsp;<b>%2</b> %3, %4"
                                "&nbsp;&nbsp;&nbsp;</td>")
                     .arg(zoneColour(*matrix, static_cast<int>(i)).name(), toQString(zone.name).toHtmlEscaped(),
                          toQString(zone.scoreRange()),
                          zone.acceptable ? tr("acceptable") : tr("not acceptable"));
    }
    const QString scale =
        tr("Scale %1 × %2 (probability × consequence), fixed when the assessment was created. %3")
            .arg(matrix->probabilityLevels())
            .arg(matrix->consequenceLevels())
            .arg(matrix->manyAffectedRaises ? tr("Many affected raises the consequence one level.")
                                            : tr("Many affected does not change the consequence."));
    m_criteria->setText(
        QStringLiteral("<table cellspacing=\"2\"><tr>%1</tr></table>%2").arg(zones, scale.toHtmlEscaped()));
}

void RiskFormView::updateDefinitions()
{
    const RiskMatrix *matrix = m_model->matrix();
    if (!matrix) {
        m_definitions->clear();
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    const Risk *risk = RegisterData::findById(m_document->data().risks, riskIdAtView(current.row()));
    const bool residual = current.column() == RiskFormModel::ResidualProbabilityColumn ||
                          current.column() == RiskFormModel::ResidualConsequenceColumn;
    int probability = 0;
    int consequence = 0;
    if (risk) {
        probability = (residual ? risk->residualProbability : risk->probability).value_or(0);
        consequence = (residual ? risk->residualConsequence : risk->consequence).value_or(0);
    }
    const QString highlight = palette().color(QPalette::Highlight).name();
    const QString highlightText = palette().color(QPalette::HighlightedText).name();
    auto scale = [&](const QString &title, const std::vector<Level> &levels, int chosen) {
        QString html = QStringLiteral("<h4>%1</h4><table cellpadding=\"3\" width=\"100%\">").arg(title.toHtmlEscaped());
        for (std::size_t i = 0; i < levels.size(); ++i) {
            const bool marked = static_cast<int>(i) + 1 == chosen;
            html +=
                QStringLiteral("<tr><td%1><b>%2 %3</b><br>%4</td></tr>")
                    .arg(marked ? QStringLiteral(" bgcolor=\"%1\" style=\"color:%2\"").arg(highlight, highlightText)
                                : QString())
                    .arg(i + 1)
                    .arg(toQString(levels[i].label).toHtmlEscaped(), toQString(levels[i].definition).toHtmlEscaped());
        }
        return html + QStringLiteral("</table>");
    };
    const QString probabilities =
        scale(residual ? tr("Residual probability (P)") : tr("Probability (P)"), matrix->probability, probability);
    const QString consequences =
        scale(residual ? tr("Residual consequence (C)") : tr("Consequence (C)"), matrix->consequence, consequence);
    // The scale of the cell being filled in comes first, so its definitions are in view.
    const int column = current.column();
    const bool consequenceFirst = column == RiskFormModel::ConsequenceColumn ||
                                  column == RiskFormModel::EffectiveConsequenceColumn ||
                                  column == RiskFormModel::ResidualConsequenceColumn;
    m_definitions->setText(consequenceFirst ? consequences + probabilities : probabilities + consequences);
}

void RiskFormView::updateStatus()
{
    const RiskMatrix *matrix = m_model->matrix();
    if (!matrix) {
        m_status->clear();
        return;
    }
    const RegisterData &data = m_document->data();
    int highest = 0;
    int above = 0;
    int notScored = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Risk *risk = RegisterData::findById(data.risks, m_model->riskIdAt(row));
        if (!risk)
            continue;
        const RiskScore score = scoreOf(*matrix, *risk);
        notScored += !score.scored();
        highest = std::max(highest, score.score);
        above += aboveAcceptanceLine(*matrix, score);
    }
    QString status = tr("Lines: %1; highest product: %2; above the acceptance line: %3")
                         .arg(m_model->rowCount())
                         .arg(highest)
                         .arg(above);
    // Issue 13: lines not scored yet are counted apart, in no zone.
    if (notScored > 0)
        status += QStringLiteral("; ") + tr("not scored: %n", nullptr, notScored);
    if (m_filter->isFiltering())
        status += QStringLiteral("; ") + tr("shown: %1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount());
    m_status->setText(status);
}

void RiskFormView::fitRows()
{
    // Rows grow to show wrapped text, as on paper, as long as the form is short enough to stay fluid.
    m_table->verticalHeader()->setSectionResizeMode(m_model->rowCount() <= FitRowsLimit ? QHeaderView::ResizeToContents
                                                                                        : QHeaderView::Interactive);
}

} // namespace trygg::ui
