// SPDX-License-Identifier: EUPL-1.2
#include "RiskFormView.h"

#include "LevelDelegate.h"
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

QDate toQDate(const Date &date)
{
    return QDate(date.year, date.month, date.day);
}

Date toDate(const QDate &date)
{
    return Date{date.year(), date.month(), date.day()};
}

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
    : QWidget(parent), m_document(document), m_model(new RiskFormModel(document, this))
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
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateStatus();
        updateDefinitions();
    });
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

void RiskFormView::createActions()
{
    auto action = [this](const QString &text, const char *icon, const QKeySequence &shortcut, const QString &tip,
                         void (RiskFormView::*slot)()) {
        auto *created = new QAction(actionIcon(icon), text, this);
        created->setShortcut(shortcut);
        created->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        created->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        connect(created, &QAction::triggered, this, slot);
        addAction(created);
        return created;
    };
    m_addLine = action(tr("Add line"), "add-line", QKeySequence(Qt::CTRL | Qt::Key_Return),
                       tr("Add a line at the end of the form"), &RiskFormView::addLine);
    m_duplicate = action(tr("Duplicate"), "duplicate", QKeySequence(Qt::CTRL | Qt::Key_D),
                         tr("Copy the selected lines to the end of the form"), &RiskFormView::duplicateLines);
    m_delete = action(tr("Delete"), "delete", QKeySequence(QKeySequence::Delete), tr("Delete the selected lines"),
                      &RiskFormView::deleteLines);
    m_moveUp = action(tr("Move up"), "move-up", QKeySequence(Qt::ALT | Qt::Key_Up), tr("Move the line one place up"),
                      &RiskFormView::moveLineUp);
    m_moveDown = action(tr("Move down"), "move-down", QKeySequence(Qt::ALT | Qt::Key_Down),
                        tr("Move the line one place down"), &RiskFormView::moveLineDown);
    m_createMeasure = action(tr("Create measure from selected lines..."), "create-measure",
                             QKeySequence(Qt::CTRL | Qt::Key_M),
                             tr("Add a measure to the action plan that treats the selected lines"),
                             &RiskFormView::createMeasure);
    m_confirmScores = action(tr("Confirm scores"), "confirm", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                             tr("Confirm the scores of the selected lines carried over from the last round"),
                             &RiskFormView::confirmScores);
    m_lineHistory = new QAction(actionIcon("history"), tr("History of the line..."), this);
    m_lineHistory->setToolTip(tr("Who changed the selected line, when, and what"));
    connect(m_lineHistory, &QAction::triggered, this, [this] {
        const std::vector<Id> ids = selectedRiskIds();
        if (ids.size() != 1)
            return;
        if (const Risk *risk = RegisterData::findById(m_document->data().risks, ids.front()))
            emit historyRequested(QStringLiteral("risk"), risk->id, toQString(risk->threat));
    });
}

void RiskFormView::setUpTable()
{
    m_table->setModel(m_model);
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
    const Risk *risk = RegisterData::findById(m_document->data().risks, m_model->riskIdAt(current.row()));
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
    m_status->setText(status);
}

void RiskFormView::updateActions()
{
    const bool writable = !m_document->readOnly();
    const RiskAssessment *shown = RegisterData::findById(m_document->data().assessments, m_model->assessmentId());
    const bool form = writable && shown && !shown->frozen; // a closed round stays as it was scored (issue 15)
    const std::vector<Id> selected = selectedRiskIds();
    const bool anyCarried = std::any_of(selected.begin(), selected.end(), [&](Id id) {
        const Risk *risk = RegisterData::findById(m_document->data().risks, id);
        return risk && risk->notReassessed;
    });
    m_confirmScores->setEnabled(form && anyCarried);
    const int row = m_table->currentIndex().row();
    m_newAssessment->setEnabled(writable);
    m_editAssessment->setEnabled(form);
    m_addLine->setEnabled(form);
    m_duplicate->setEnabled(form && !selected.empty());
    m_delete->setEnabled(form && !selected.empty());
    m_moveUp->setEnabled(form && row > 0);
    m_moveDown->setEnabled(form && row >= 0 && row + 1 < m_model->rowCount());
    m_createMeasure->setEnabled(form && !selected.empty());
    m_lineHistory->setEnabled(selected.size() == 1);
    m_assessmentHistory->setEnabled(m_model->assessmentId().has_value());
}

void RiskFormView::fitRows()
{
    // Rows grow to show wrapped text, as on paper, as long as the form is short enough to stay fluid.
    m_table->verticalHeader()->setSectionResizeMode(m_model->rowCount() <= FitRowsLimit ? QHeaderView::ResizeToContents
                                                                                        : QHeaderView::Interactive);
}

std::vector<Id> RiskFormView::selectedRiskIds() const
{
    std::vector<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    std::vector<Id> ids;
    for (int row : rows)
        ids.push_back(m_model->riskIdAt(row));
    return ids;
}

void RiskFormView::addLine()
{
    if (!m_model->assessmentId())
        return;
    Risk risk;
    risk.assessmentId = *m_model->assessmentId();
    risk.threat = toStdString(tr("New line"));
    // 003 Vedlegg 2: "Vurderes for personvern konfidensialitet og integritet".
    risk.aspects = AspectPrivacy | AspectConfidentiality | AspectIntegrity;
    // Issue 13: a new line is not scored until its levels are entered; it is not "acceptable" at 1x1.
    risk.probability.reset();
    risk.consequence.reset();
    const std::optional<Id> added = m_document->addRisk(risk);
    if (!added)
        return;
    const QModelIndex cell = m_model->index(m_model->rowOf(*added), RiskFormModel::ThreatColumn);
    m_table->setFocus();
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell);
    m_table->edit(cell); // "New line" is selected, so typing replaces it
}

void RiskFormView::duplicateLines()
{
    std::vector<Id> added;
    for (Id id : selectedRiskIds())
        if (const Risk *risk = RegisterData::findById(m_document->data().risks, id)) {
            Risk copy = *risk;
            copy.id = 0;
            copy.position = 0; // at the end of the form
            if (const std::optional<Id> copied = m_document->addRisk(copy))
                added.push_back(*copied);
        }
    if (added.empty())
        return;
    m_table->clearSelection();
    for (Id id : added)
        m_table->selectionModel()->select(m_model->index(m_model->rowOf(id), 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(m_model->rowOf(added.back()), 0));
}

void RiskFormView::deleteLines()
{
    const std::vector<Id> ids = selectedRiskIds();
    if (ids.empty())
        return;
    const int count = static_cast<int>(ids.size());
    const auto answer = QMessageBox::question(
        this, tr("Delete lines"),
        (count == 1 ? tr("Delete the selected line?") : tr("Delete the %1 selected lines?").arg(count)) +
            QLatin1Char(' ') + tr("Measures stop treating them. Undo brings them back."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    const int firstRow = m_model->rowOf(ids.front());
    const int column = std::max(0, m_table->currentIndex().column());
    if (answer != QMessageBox::Yes || !m_document->removeRisks(ids))
        return;
    // Stay where the first deleted line was, for the next keystroke.
    if (const int row = std::min(firstRow, m_model->rowCount() - 1); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, column));
}

void RiskFormView::moveLineUp()
{
    moveLine(-1);
}

void RiskFormView::moveLineDown()
{
    moveLine(+1);
}

void RiskFormView::moveLine(int direction)
{
    const Id id = m_model->riskIdAt(m_table->currentIndex().row());
    if (id != 0 && m_document->moveRisk(id, direction))
        m_table->scrollTo(m_table->currentIndex()); // the current cell follows the line
    updateActions();
}

void RiskFormView::createMeasure()
{
    const std::vector<Id> ids = selectedRiskIds();
    if (ids.empty() || !m_model->assessmentId())
        return;
    // The action plan's own dialog (what, responsible, deadline...), with this form's lines ticked.
    Measure measure;
    measure.assessmentId = *m_model->assessmentId();
    measure.riskIds = ids;
    MeasureDialog dialog(m_document, measure, this);
    dialog.exec();
}

void RiskFormView::confirmScores()
{
    m_document->confirmRisks(selectedRiskIds());
    updateActions();
}

void RiskFormView::newAssessment()
{
    RiskAssessment assessment;
    assessment.date = Clock::todayLocal();
    if (const RiskAssessment *shown = RegisterData::findById(m_document->data().assessments, m_model->assessmentId()))
        assessment.unitId = shown->unitId;
    std::optional<Id> startFrom;
    if (!runAssessmentDialog(assessment, true, &startFrom))
        return;
    if (startFrom) {
        // The next round (issue 15): the last round's lines carried over, its open measures along.
        if (const std::optional<Id> added = m_document->startRound(*startFrom, assessment))
            showAssessment(*added);
        return;
    }
    // matrixId 0: the core fixes the register's current acceptance criteria for it (003 section 5).
    if (const std::optional<Id> added = m_document->addAssessment(assessment))
        showAssessment(*added);
}

void RiskFormView::editAssessment()
{
    const RiskAssessment *shown = RegisterData::findById(m_document->data().assessments, m_model->assessmentId());
    if (!shown)
        return;
    RiskAssessment assessment = *shown;
    if (runAssessmentDialog(assessment, false))
        m_document->editAssessment(assessment);
}

bool RiskFormView::runAssessmentDialog(RiskAssessment &assessment, bool creating, std::optional<Id> *startFrom)
{
    const RegisterData &data = m_document->data();
    QDialog dialog(this);
    dialog.setWindowTitle(creating ? tr("New assessment") : tr("Edit assessment"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(toQString(assessment.name), &dialog);
    name->setMinimumWidth(320);
    form->addRow(tr("&Name:"), name);
    auto *unit = new QComboBox(&dialog);
    unit->addItem(tr("(no unit)"), QVariant::fromValue<qlonglong>(0));
    for (const OrgUnit &candidate : data.units)
        unit->addItem(toQString(candidate.name), QVariant::fromValue<qlonglong>(candidate.id));
    unit->setCurrentIndex(std::max(0, unit->findData(QVariant::fromValue<qlonglong>(assessment.unitId.value_or(0)))));
    if (creating)
        form->addRow(tr("&Unit:"), unit);
    else
        unit->hide(); // the unit of an assessment stays; its lines and assets belong to it
    auto *date = new DateField(&dialog);
    date->setDate(toQDate(assessment.date));
    form->addRow(tr("&Date:"), date);
    auto *assessor = new QComboBox(&dialog);
    assessor->addItem(tr("(none)"), QVariant::fromValue<qlonglong>(0));
    for (const Person &person : data.people)
        assessor->addItem(toQString(person.name), QVariant::fromValue<qlonglong>(person.id));
    assessor->setCurrentIndex(
        std::max(0, assessor->findData(QVariant::fromValue<qlonglong>(assessment.assessorId.value_or(0)))));
    form->addRow(tr("&Assessor:"), assessor);
    // The assets the assessment covers, printed on its form (issue 14; 003 Vedlegg 2 "assessed assets").
    auto *assets = new QListWidget(&dialog);
    assets->setObjectName(QStringLiteral("assessedAssets"));
    assets->setToolTip(tr("The assets this assessment covers: printed on its form"));
    for (const Asset &asset : data.assets) {
        const std::string unitName = data.unitName(asset.unitId);
        auto *item = new QListWidgetItem(
            unitName.empty() ? toQString(asset.name) : tr("%1 (%2)").arg(toQString(asset.name), toQString(unitName)),
            assets);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(asset.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool assessed =
            std::find(assessment.assetIds.begin(), assessment.assetIds.end(), asset.id) != assessment.assetIds.end();
        item->setCheckState(assessed ? Qt::Checked : Qt::Unchecked);
    }
    assets->sortItems();
    assets->setMaximumHeight(140);
    form->addRow(tr("Assessed a&ssets:"), assets);
    auto *status = new QComboBox(&dialog);
    for (AssessmentStatus value : {AssessmentStatus::Draft, AssessmentStatus::Submitted, AssessmentStatus::Approved})
        status->addItem(DomainTexts::assessmentStatus(value), static_cast<int>(value));
    status->setCurrentIndex(static_cast<int>(assessment.status));
    QCheckBox *fromLast = nullptr;
    if (creating && startFrom) {
        // Issue 15: the next round starts from the last one of the unit.
        fromLast = new QCheckBox(&dialog);
        fromLast->setObjectName(QString::fromLatin1(StartFromLastRoundName));
        auto updateLast = [&data, unit, fromLast] {
            const qlonglong chosen = unit->currentData().toLongLong();
            const std::optional<Id> last = lastRound(data, chosen > 0 ? std::optional<Id>(chosen) : std::nullopt);
            const RiskAssessment *round = RegisterData::findById(data.assessments, last);
            fromLast->setEnabled(round != nullptr);
            if (!round)
                fromLast->setChecked(false);
            fromLast->setText(round ? tr("Start from the last round (%1): its lines carried over, open measures along")
                                          .arg(toQString(round->name))
                                    : tr("Start from the last round (the unit has none)"));
            fromLast->setProperty("round", QVariant::fromValue<qlonglong>(round ? round->id : 0));
        };
        updateLast();
        connect(unit, &QComboBox::currentIndexChanged, &dialog, updateLast);
        form->addRow(fromLast);
    }
    if (creating) {
        auto *note = new QLabel(tr("The register's current acceptance criteria are fixed for this assessment when it "
                                   "is created."),
                                &dialog);
        note->setWordWrap(true);
        form->addRow(note);
        status->hide(); // a new assessment starts as a draft
    } else {
        form->addRow(tr("&Status:"), status);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto enableOk = [buttons, name, date] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!name->text().trimmed().isEmpty() && date->hasValidInput());
    };
    enableOk();
    connect(name, &QLineEdit::textChanged, &dialog, enableOk);
    connect(date, &QLineEdit::textChanged, &dialog, enableOk);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto optionalId = [](const QComboBox *combo) {
        const qlonglong id = combo->currentData().toLongLong();
        return id > 0 ? std::optional<Id>(id) : std::nullopt;
    };
    assessment.name = toStdString(name->text().trimmed());
    if (creating)
        assessment.unitId = optionalId(unit);
    if (fromLast && fromLast->isEnabled() && fromLast->isChecked())
        *startFrom = fromLast->property("round").toLongLong();
    assessment.date = toDate(date->date());
    assessment.assessorId = optionalId(assessor);
    assessment.status = static_cast<AssessmentStatus>(status->currentData().toInt());
    assessment.assetIds.clear();
    for (int row = 0; row < assets->count(); ++row) {
        if (assets->item(row)->checkState() == Qt::Checked)
            assessment.assetIds.push_back(static_cast<Id>(assets->item(row)->data(Qt::UserRole).toLongLong()));
    }
    std::sort(assessment.assetIds.begin(), assessment.assetIds.end());
    return true;
}

} // namespace trygg::ui
